package nn

import (
	"fmt"

	"veritrain/internal/autograd"
)

// OuterGraph is the outer step of a sharded job (DESIGN section 6, DiLoCo-style with Nesterov
// momentum): from the global parameters θ, the outer momentum m and the parameters θ_s each of
// the S shards reached after a round, per parameter tensor,
//
//	Δ  = ((θ − θ_0) + (θ − θ_1) + … + (θ − θ_{S-1})) / S   (summed in shard order)
//	m' = μ·m + Δ
//	θ' = θ − η·(Δ + μ·m')
//
// It is an ordinary step program of primitives (elementwise sub, add, mul, div), so it is
// reproducible bit for bit and disputable like any training step. Its state is θ (the model's
// parameter names, RoleParam), m (OuterMomentumPrefix + name, RoleSlot) and the shards'
// parameters (ShardPrefix(s) + name, RoleShard), in that order; it updates θ and m.
type OuterGraph struct {
	G       *autograd.Graph
	States  []StateSpec
	Updates []autograd.Update
}

// OuterMomentumPrefix names the outer momentum of a parameter.
const OuterMomentumPrefix = "outer_momentum/"

// ShardPrefix names shard s's copy of a parameter in the outer step.
func ShardPrefix(s int) string { return fmt.Sprintf("shard%d/", s) }

// RoleShard is a shard's parameters after a round, an input of the outer step it does not
// update.
const RoleShard Role = "shard"

// BuildOuter builds the outer step over the parameters params (RoleParam entries of a model's
// state, in state order) for shards shards, outer learning rate lr and momentum mu.
func BuildOuter(params []StateSpec, shards int, lr, mu float32) (*OuterGraph, error) {
	if shards < 1 {
		return nil, fmt.Errorf("nn: outer step over %d shards", shards)
	}
	g := autograd.New()
	o := &OuterGraph{G: g}
	var theta, mom []autograd.Value
	for _, p := range params {
		if p.Role != RoleParam {
			return nil, fmt.Errorf("nn: outer step over %q, which is not a parameter", p.Name)
		}
		o.States = append(o.States, StateSpec{Name: p.Name, Shape: p.Shape, Role: RoleParam, Init: p.Init, Decay: p.Decay})
		theta = append(theta, g.State(p.Name, p.Shape...))
	}
	for _, p := range params {
		o.States = append(o.States, StateSpec{Name: OuterMomentumPrefix + p.Name, Shape: p.Shape, Role: RoleSlot, Init: Init{Kind: InitZeros}})
		mom = append(mom, g.State(OuterMomentumPrefix+p.Name, p.Shape...))
	}
	shard := make([][]autograd.Value, shards)
	for s := range shards {
		for _, p := range params {
			o.States = append(o.States, StateSpec{Name: ShardPrefix(s) + p.Name, Shape: p.Shape, Role: RoleShard, Init: Init{Kind: InitZeros}})
			shard[s] = append(shard[s], g.State(ShardPrefix(s)+p.Name, p.Shape...))
		}
	}
	for i := range params {
		th := theta[i]
		d := g.Sub(th, shard[0][i])
		for s := 1; s < shards; s++ {
			d = g.Add(d, g.Sub(th, shard[s][i]))
		}
		if shards > 1 {
			d = g.Div(d, g.Like(float32(shards), d))
		}
		m := g.Add(g.MulScalar(mom[i], mu), d)
		step := g.Add(d, g.MulScalar(m, mu))
		o.Updates = append(o.Updates,
			autograd.Update{State: mom[i], Value: m},
			autograd.Update{State: th, Value: g.Sub(th, g.MulScalar(step, lr))})
	}
	return o, nil
}
