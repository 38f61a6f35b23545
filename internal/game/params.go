package game

import (
	"errors"
	"fmt"
	"math/big"

	"veritrain/internal/commit"
)

// BPS is the denominator of the reward shares: 10,000 basis points are 100%.
const BPS = 10_000

// DefaultRewardBPS is the share of a loser's stake or bond that goes to the winner; the rest is
// burned. 50% matches the market's DISPUTE_REWARD_BPS (contracts/src/JobMarket.sol).
const DefaultRewardBPS = 5_000

// MaxLeaves bounds the leaf count of every tree a game bisects (op trace, state, tensor), so that
// every position fits comfortably in 64-bit integers on any platform (and in Solidity's uint256).
const MaxLeaves = 1 << 48

// OpKind says how the output of an op of the step program is checked.
type OpKind uint8

const (
	// OpCompute is an op whose output elements the Judge recomputes: a primitive, a constant,
	// a data input. Its output root is bisected down to one chunk.
	OpCompute OpKind = iota
	// OpStateRead is a leaf of the op trace that reads state tensor Slot at the start of the
	// step: its output root must equal the tensor root of Slot under h_{t-1}.
	OpStateRead
)

func (k OpKind) String() string {
	switch k {
	case OpCompute:
		return "compute"
	case OpStateRead:
		return "state-read"
	}
	return fmt.Sprintf("OpKind(%d)", uint8(k))
}

// Op describes one op of the step program as the game needs it; the job's graph root commits to
// the full descriptor (type, inputs, attributes), which only the Judge reads.
type Op struct {
	Kind  OpKind
	Slot  int   // OpStateRead: the state tensor it reads, in [0, StateSlots)
	Shape []int // shape of the op's output (its tensor root is cut into leaves by this shape)
	// Segments is, for a sum or matmul_abt whose elements fold more than proof.SegmentTerms
	// terms, the number of segments of its partial-sum bisection (proof.Segments, ≥ 2): the
	// challenger may then Split an element instead of checking it whole. 0 otherwise.
	Segments int
}

// Carried marks a state tensor that the step does not update (Params.Updates).
const Carried = -1

// Params are the fixed inputs of one game, all known before it starts: the solver's commitment
// (from the market), the step program's layout (from the job's graph), and the rules.
type Params struct {
	TraceRoot    commit.Hash // the solver's trace root over h_1..h_T
	Steps        int         // T, the number of committed step hashes
	InitialState commit.Hash // h_0, computable by anyone from the job spec
	// A job trained in rounds (a sharded job, DESIGN section 6) is disputed one round at a
	// time: Inner > 0 is the round's number of inner steps H and First the steps before the
	// round (r·H), and TraceRoot is then the round's, over H+2 leaves: the shard's state at the
	// start of the round, then its state after each of the round's steps First+1..First+H, then
	// the global state the round started from (which the round game checks, not this one).
	Inner, First int

	StateSlots int   // m, the number of tensors in the training state
	Ops        []Op  // the op trace's leaves, in program order (a topological order)
	Updates    []int // per state tensor j: the op whose output is tensor j after the step, or Carried

	MoveTimeout uint64   // seconds each party has for each move
	Bond        *big.Int // the challenger's bond, escrowed at open
	Stake       *big.Int // the solver's stake slashed when it loses (the market's stakePerShard)
	// StakeRewardBPS is the share of the slashed stake paid to a winning challenger; the rest is
	// burned. BondRewardBPS is the share of a losing challenger's bond paid to the solver; the
	// rest is burned.
	StakeRewardBPS uint64
	BondRewardBPS  uint64
}

// ErrParams is wrapped by Validate's errors.
var ErrParams = errors.New("invalid game parameters")

// Validate checks that p describes a playable game; New calls it.
func (p *Params) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("game: %w: %s", ErrParams, fmt.Sprintf(format, a...))
	}
	switch {
	case p.Steps < 1 || p.Steps > MaxLeaves:
		return bad("steps %d outside [1, 2^48]", p.Steps)
	case p.Inner < 0 || p.First < 0 || (p.Inner > 0 && (p.First%p.Inner != 0 || p.First+p.Inner > p.Steps)):
		return bad("a round of %d inner steps after step %d does not fit %d steps", p.Inner, p.First, p.Steps)
	case p.StateSlots < 1 || p.StateSlots > MaxLeaves:
		return bad("state slots %d outside [1, 2^48]", p.StateSlots)
	case len(p.Ops) < 1 || len(p.Ops) > MaxLeaves:
		return bad("%d ops outside [1, 2^48]", len(p.Ops))
	case len(p.Updates) != p.StateSlots:
		return bad("%d updates for %d state slots", len(p.Updates), p.StateSlots)
	case p.MoveTimeout < 1:
		return bad("move timeout must be positive")
	case p.Bond == nil || p.Bond.Sign() < 0:
		return bad("bond must be a non-negative amount")
	case p.Stake == nil || p.Stake.Sign() < 0:
		return bad("stake must be a non-negative amount")
	case p.StakeRewardBPS > BPS || p.BondRewardBPS > BPS:
		return bad("reward shares %d, %d exceed %d bps", p.StakeRewardBPS, p.BondRewardBPS, BPS)
	}
	for k, op := range p.Ops {
		l, err := commit.LayoutOf(op.Shape)
		if err != nil {
			return bad("op %d: %v", k, err)
		}
		if l.Leaves > MaxLeaves {
			return bad("op %d: %d leaves exceed 2^48", k, l.Leaves)
		}
		if op.Segments != 0 && (op.Kind != OpCompute || op.Segments < 2 || op.Segments > MaxLeaves) {
			return bad("op %d: %d segments (a computed op has 0 or 2 to 2^48)", k, op.Segments)
		}
		switch op.Kind {
		case OpCompute:
		case OpStateRead:
			if op.Slot < 0 || op.Slot >= p.StateSlots {
				return bad("op %d reads state slot %d outside [0, %d)", k, op.Slot, p.StateSlots)
			}
		default:
			return bad("op %d: unknown kind %d", k, op.Kind)
		}
	}
	for j, u := range p.Updates {
		if u != Carried && (u < 0 || u >= len(p.Ops)) {
			return bad("state slot %d updated by op %d outside [0, %d)", j, u, len(p.Ops))
		}
	}
	return nil
}

// MaxMoves returns the largest number of events a game with parameters p can accept, the open
// and the final move or timeout included:
//
//	3 + max(2·D(ops) + 1 + max(1, max over computed ops k of C_k),  2·D(slots) + 2)
//	C_k = 2·D(L_k) + 2 + (1 + 2·D(S_k) if S_k ≥ 2)
//
// where D is commit.Depth, L_k the leaf count of op k's output tensor and S_k its Segments.
// (Open, post, choose; then either the op-trace bisection, the leaf reveal and either a tie proof
// or the tensor bisection, chunk reveal and element check, or the split, the partial-sum
// bisection and the segment check; or the post-state bisection, the leaf reveal and a tie proof.)
func MaxMoves(p *Params) int {
	ct := 0
	for _, op := range p.Ops {
		if op.Kind == OpCompute {
			if l, err := commit.LayoutOf(op.Shape); err == nil {
				c := 2*commit.Depth(l.Leaves) + 2
				if op.Segments >= 2 {
					c += 1 + 2*commit.Depth(op.Segments)
				}
				ct = max(ct, c)
			}
		}
	}
	ops := 2*commit.Depth(len(p.Ops)) + 1 + max(1, ct)
	out := 2*commit.Depth(p.StateSlots) + 2
	return 3 + max(ops, out)
}

// clone returns a copy of p that shares nothing mutable with it.
func (p *Params) clone() Params {
	q := *p
	q.Ops = make([]Op, len(p.Ops))
	for i, op := range p.Ops {
		op.Shape = append([]int(nil), op.Shape...)
		q.Ops[i] = op
	}
	q.Updates = append([]int(nil), p.Updates...)
	q.Bond = new(big.Int).Set(p.Bond)
	q.Stake = new(big.Int).Set(p.Stake)
	return q
}

// split returns amount·bps/BPS (rounded down) and the rest.
func split(amount *big.Int, bps uint64) (reward, burn *big.Int) {
	reward = new(big.Int).Mul(amount, new(big.Int).SetUint64(bps))
	reward.Quo(reward, big.NewInt(BPS))
	return reward, new(big.Int).Sub(amount, reward)
}
