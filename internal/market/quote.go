// Package market holds the pure rules a solver node follows in the market: what a job's shard
// costs to train on this machine (a cost model of the job's step program, calibrated by a
// measured step) and whether and at what price to bid for it. It does no I/O; the node feeds it
// the job from the chain and its own measurements, and acts on its decisions.
package market

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"veritrain/internal/autograd"
	"veritrain/internal/tensor"
)

// Work is the cost model of one step of a step program: arithmetic, weighted by what each
// primitive costs our kernels relative to one add, and the bytes hashed for the step's
// commitment (the full training state, DESIGN section 3).
type Work struct {
	Flops      float64 // weighted floating-point operations per step
	StateBytes int64   // bytes of the training state, hashed after every step
}

// Transcendental weights: one exp or log of internal/fmath costs about as much as this many adds
// (a polynomial and a reduction in float32, no hardware instruction); sqrt is one instruction.
const (
	expLogWeight = 20
	sqrtWeight   = 4
)

// StepWork returns the cost model of one step of the listing ops: matmul_abt counts 2·M·N·K per
// batch, reductions and scatter_add one add per input element, exp and log expLogWeight per
// element, every other primitive one per output element, and data movement (reshape, permute,
// broadcast, gather, onehot) one per element moved. Leaf ops cost nothing but state reads, whose
// bytes count in StateBytes.
func StepWork(ops []autograd.OpDesc) (Work, error) {
	var w Work
	for k, d := range ops {
		out := float64(tensor.Numel(d.Shape))
		if len(d.In) != d.Op.Arity() {
			return Work{}, fmt.Errorf("market: op %d (%v) has %d inputs, want %d", k, d.Op, len(d.In), d.Op.Arity())
		}
		for _, x := range d.In {
			if x < 0 || x >= k {
				return Work{}, fmt.Errorf("market: op %d (%v) reads op %d, not an earlier op", k, d.Op, x)
			}
		}
		switch d.Op {
		case tensor.OpState:
			w.StateBytes += 4 * int64(tensor.Numel(d.Shape))
		case tensor.OpInput, tensor.OpConst:
		case tensor.OpMatMulABT:
			a := ops[d.In[0]].Shape
			if len(a) == 0 {
				return Work{}, fmt.Errorf("market: op %d (matmul_abt) of a scalar", k)
			}
			w.Flops += 2 * out * float64(a[len(a)-1])
		case tensor.OpSum, tensor.OpMaxLast, tensor.OpScatterAdd:
			w.Flops += float64(tensor.Numel(ops[d.In[0]].Shape))
		case tensor.OpExp, tensor.OpLog:
			w.Flops += expLogWeight * out
		case tensor.OpSqrt:
			w.Flops += sqrtWeight * out
		default:
			w.Flops += out
		}
	}
	return w, nil
}

// Machine is what a solver measured about itself: the seconds one step of a reference program
// took and that program's Work, which calibrate the cost model, and the bytes per second it
// hashes the state at.
type Machine struct {
	RefWork      Work    // the cost model of the step the node timed
	RefSeconds   float64 // the measured seconds of that step (median of several), hashing included
	HashPerSec   float64 // keccak256 throughput, bytes per second
	SafetyFactor float64 // margin on time estimates against slowdowns (e.g. 1.5); at least 1
}

// Seconds estimates the wall time of steps steps of work w on m: the arithmetic scaled by the
// reference step's seconds per weighted flop (the reference's hashing time taken out), plus
// hashing the state after every step.
func (m *Machine) Seconds(w Work, steps int) (float64, error) {
	if m.RefWork.Flops <= 0 || !(m.RefSeconds > 0) || !(m.HashPerSec > 0) || !(m.SafetyFactor >= 1) {
		return 0, errors.New("market: machine not calibrated (reference work, seconds, hash rate and a safety factor ≥ 1 are needed)")
	}
	refHash := float64(m.RefWork.StateBytes) / m.HashPerSec
	perFlop := math.Max(m.RefSeconds-refHash, m.RefSeconds/10) / m.RefWork.Flops
	step := w.Flops*perFlop + float64(w.StateBytes)/m.HashPerSec
	return step * float64(steps) * m.SafetyFactor, nil
}

// Pricing is the solver's price list, in the market token's smallest unit.
type Pricing struct {
	PerHour   *big.Int // what one hour of this machine costs the operator (power, hardware, wear)
	MarginBPS uint64   // profit on top of the cost, in basis points (10,000 = 100%)
}

// Quote is a solver's price for a shard.
type Quote struct {
	Seconds float64  // estimated training time, safety factor included
	Cost    *big.Int // ⌈Seconds · PerHour / 3600⌉: the solver never bids below it
	Price   *big.Int // Cost + ⌊Cost · MarginBPS / 10,000⌋
}

// QuoteShard prices steps steps of work w on machine m.
func QuoteShard(w Work, steps int, m *Machine, p *Pricing) (Quote, error) {
	if steps < 1 {
		return Quote{}, fmt.Errorf("market: %d steps", steps)
	}
	if p.PerHour == nil || p.PerHour.Sign() < 0 {
		return Quote{}, errors.New("market: a non-negative price per hour is needed")
	}
	sec, err := m.Seconds(w, steps)
	if err != nil {
		return Quote{}, err
	}
	// Cost in integer milliseconds, rounded up, so that it never rounds below the estimate.
	ms := new(big.Int).SetUint64(uint64(math.Ceil(sec * 1000)))
	cost := new(big.Int).Mul(ms, p.PerHour)
	cost.Add(cost, big.NewInt(3_600_000-1)).Quo(cost, big.NewInt(3_600_000))
	profit := new(big.Int).Mul(cost, new(big.Int).SetUint64(p.MarginBPS))
	profit.Quo(profit, big.NewInt(10_000))
	return Quote{Seconds: sec, Cost: cost, Price: new(big.Int).Add(cost, profit)}, nil
}

// Offer is what the market says about a job that is taking bids, as a solver reads it.
type Offer struct {
	MaxPrice       *big.Int // the most a shard pays (budget / shards − verifier fee)
	StakePerShard  *big.Int // stake the solver locks while it holds a shard
	TrainingPeriod uint64   // seconds from assignment to the commitment deadline
}

// Decision is a solver's answer to an offer: bid Price, or skip it for Reason.
type Decision struct {
	Bid    bool
	Price  *big.Int
	Reason string
}

// Decide returns whether to bid for a shard of an offer with quote q, given the stake the solver
// has free. It bids its quoted price, capped at the offer's maximum (the auction is
// uniform-price, so bidding the true price is the solver's best bid), and never below cost.
func Decide(o Offer, q Quote, freeStake *big.Int) Decision {
	switch {
	case o.MaxPrice == nil || o.StakePerShard == nil:
		return Decision{Reason: "the offer is incomplete"}
	case q.Cost.Cmp(o.MaxPrice) > 0:
		return Decision{Reason: fmt.Sprintf("the job pays at most %v a shard, below our cost %v", o.MaxPrice, q.Cost)}
	case q.Seconds > float64(o.TrainingPeriod):
		return Decision{Reason: fmt.Sprintf("training takes about %.0f s, the job allows %d s", q.Seconds, o.TrainingPeriod)}
	case freeStake == nil || freeStake.Cmp(o.StakePerShard) < 0:
		return Decision{Reason: fmt.Sprintf("a shard locks %v of stake, %v is free", o.StakePerShard, freeStake)}
	}
	price := q.Price
	if price.Cmp(o.MaxPrice) > 0 {
		price = o.MaxPrice // still at least the cost (checked above)
	}
	return Decision{Bid: true, Price: new(big.Int).Set(price)}
}
