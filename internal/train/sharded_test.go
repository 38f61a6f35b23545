package train

import (
	"context"
	"errors"
	"math"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/spec"
	"veritrain/internal/tensor"
)

// shardedJob is the tiny GPT as a sharded job: 3 shards, 4 inner steps a round, 3 rounds.
func shardedJob(t *testing.T) *spec.Job {
	t.Helper()
	return tinyJob(t, t.TempDir(), "sharded.toml", "", "steps = 6", "steps = 12",
		"[eval]", "[parallel]\nshards = 3\ninner_steps = 4\n\n[eval]")
}

func runShardedRoot(t *testing.T, job *spec.Job) *ShardedResult {
	t.Helper()
	res, err := RunSharded(context.Background(), job, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestShardedDeterministic: a sharded run gives the same bits on every run and thread count,
// and it is a real combination of the shards (not shard 0 alone, not the initial state).
func TestShardedDeterministic(t *testing.T) {
	job := shardedJob(t)
	a := runShardedRoot(t, job)
	if a.Rounds != 3 || len(a.RoundRoots) != 3 || a.Shards != 3 {
		t.Fatalf("%d rounds, %d roots, %d shards", a.Rounds, len(a.RoundRoots), a.Shards)
	}
	defer tensor.SetThreads(tensor.Threads())
	for _, threads := range []int{1, 2, 3} {
		tensor.SetThreads(threads)
		b := runShardedRoot(t, job)
		if b.StateRoot != a.StateRoot || b.Eval.Loss != a.Eval.Loss {
			t.Fatalf("threads %d: root %s loss %v, first run %s %v", threads, b.StateRoot, b.Eval.Loss, a.StateRoot, a.Eval.Loss)
		}
	}
	if a.RoundRoots[0] == a.RoundRoots[1] || a.RoundRoots[1] == a.RoundRoots[2] {
		t.Fatal("the global state did not change between rounds")
	}
	if a.BytesPerStep != 4*a.BytesRounds {
		t.Fatalf("per-step exchange %d bytes, rounds %d: want the ratio H = 4", a.BytesPerStep, a.BytesRounds)
	}
}

// TestShardedOrderAndReplacement: the shards of a round may run in any order, and a shard whose
// solver drops out mid-round (its trainer discarded) and is redone by a replacement from the
// shard's state at the start of the round gives the fault-free run's bits.
func TestShardedOrderAndReplacement(t *testing.T) {
	job := shardedJob(t)
	want := runShardedRoot(t, job)
	ds, err := LoadData(job)
	if err != nil {
		t.Fatal(err)
	}
	sh, err := NewSharded(job, ds)
	if err != nil {
		t.Fatal(err)
	}
	defer sh.Close()
	ctx := context.Background()
	for sh.Round() < sh.Rounds() {
		r := sh.Round()
		for s := len(sh.Shards) - 1; s >= 0; s-- { // reverse order
			if r == 1 && s == 1 {
				// Shard 1's solver dies after 2 of its 4 steps in round 1.
				start := sh.ShardState(s)
				cctx, cancel := context.WithCancel(ctx)
				n := 0
				err := sh.RunShard(cctx, s, func(int, float32) {
					if n++; n == 2 {
						cancel()
					}
				})
				if !errors.Is(err, context.Canceled) {
					t.Fatalf("the interrupted shard: %v", err)
				}
				// A round cannot end with the shard behind.
				if err := sh.OuterStep(); err == nil {
					t.Fatal("the outer step ran with a shard mid-round")
				}
				if err := sh.ReplaceShard(s, ds, start); err != nil {
					t.Fatal(err)
				}
			}
			if err := sh.RunShard(ctx, s, nil); err != nil {
				t.Fatal(err)
			}
		}
		if err := sh.OuterStep(); err != nil {
			t.Fatal(err)
		}
		if got := sh.GlobalRoot().String(); got != want.RoundRoots[r] {
			t.Fatalf("round %d: root %s, the fault-free run %s", r, got, want.RoundRoots[r])
		}
	}
	if err := sh.RunShard(ctx, 0, nil); err == nil {
		t.Fatal("a shard ran past the last round")
	}
}

// TestOuterStepFormula checks the outer step against the formula computed elementwise in Go
// (float32, shard order): Δ = Σ_s(θ−θ_s)/S, m' = μm + Δ, θ' = θ − η(Δ + μm').
func TestOuterStepFormula(t *testing.T) {
	job := shardedJob(t)
	ds, err := LoadData(job)
	if err != nil {
		t.Fatal(err)
	}
	sh, err := NewSharded(job, ds)
	if err != nil {
		t.Fatal(err)
	}
	defer sh.Close()
	ctx := context.Background()
	lr, mu := job.Parallel.OuterLR, job.Parallel.OuterMomentum
	P := len(sh.params)
	for round := 0; round < 2; round++ {
		for s := range sh.Shards {
			if err := sh.RunShard(ctx, s, nil); err != nil {
				t.Fatal(err)
			}
		}
		theta := make([][]float32, P)
		mom := make([][]float32, P)
		for k := range P {
			theta[k] = append([]float32(nil), sh.Global.Tensors[k].Data...)
			mom[k] = append([]float32(nil), sh.Global.Tensors[P+k].Data...)
		}
		if err := sh.OuterStep(); err != nil {
			t.Fatal(err)
		}
		S := float32(len(sh.Shards))
		for k, i := range sh.params {
			for j := range theta[k] {
				d := theta[k][j] - sh.Shards[0].State.Tensors[i].Data[j]
				for s := 1; s < len(sh.Shards); s++ {
					d += theta[k][j] - sh.Shards[s].State.Tensors[i].Data[j]
				}
				d /= S
				// float32(): no fused multiply-add (Go may fuse x*y+z on some architectures).
				m := float32(mom[k][j]*mu) + d
				th := theta[k][j] - float32((d+float32(m*mu))*lr)
				if got := sh.Global.Tensors[P+k].Data[j]; math.Float32bits(got) != math.Float32bits(m) {
					t.Fatalf("round %d, %s[%d]: momentum %v, want %v", round, sh.Global.Specs[k].Name, j, got, m)
				}
				if got := sh.Global.Tensors[k].Data[j]; math.Float32bits(got) != math.Float32bits(th) {
					t.Fatalf("round %d, %s[%d]: θ %v, want %v", round, sh.Global.Specs[k].Name, j, got, th)
				}
			}
		}
	}
	var zero commit.Hash
	if sh.GlobalRoot() == zero {
		t.Fatal("zero root")
	}
}

// TestShardedAcrossMachines: each shard on its own machine (its own Sharded), exchanging only
// checkpoints of the shards' round-end states (EncodeShard → LoadShard, as solvers do over the
// network), reaches the one-machine run's global root after every round. A node that joins late
// (a replacement) catches up from the checkpoints of every earlier round. Each round's state
// root is the round's last step hash, and a checkpoint with the wrong root, step or job is
// refused.
func TestShardedAcrossMachines(t *testing.T) {
	job := shardedJob(t)
	want := runShardedRoot(t, job)
	ds, err := LoadData(job)
	if err != nil {
		t.Fatal(err)
	}
	S := job.Parallel.Shards
	nodes := make([]*Sharded, S)
	for s := range nodes {
		if nodes[s], err = NewSharded(job, ds); err != nil {
			t.Fatal(err)
		}
		defer nodes[s].Close()
	}
	ctx := context.Background()
	type published struct {
		b    []byte
		root commit.Hash
	}
	var history [][]published // [round][shard]
	for r := range nodes[0].Rounds() {
		pub := make([]published, S)
		for s, n := range nodes {
			trace, state, err := n.RunShardRound(ctx, s, "", nil)
			if err != nil {
				t.Fatal(err)
			}
			b, root, err := n.EncodeShard(s)
			if err != nil {
				t.Fatal(err)
			}
			if root != state || trace == (commit.Hash{}) || trace == state {
				t.Fatalf("round %d shard %d: trace %s, last step hash %s, state root %s", r, s, trace, state, root)
			}
			pub[s] = published{b, root}
		}
		if r == 0 {
			bad := pub[1].root
			bad[0] ^= 1
			if err := nodes[0].LoadShard(1, pub[1].b, bad); !errors.Is(err, ErrCommitments) {
				t.Fatalf("a checkpoint with another root: %v", err)
			}
		}
		for s, n := range nodes {
			for o := range S {
				if o != s {
					if err := n.LoadShard(o, pub[o].b, pub[o].root); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := n.OuterStep(); err != nil {
				t.Fatal(err)
			}
			if got := n.GlobalRoot().String(); got != want.RoundRoots[r] {
				t.Fatalf("round %d node %d: global root %s, one machine %s", r, s, got, want.RoundRoots[r])
			}
		}
		history = append(history, pub)
	}
	// A late node replays every round from the published checkpoints alone.
	late, err := NewSharded(job, ds)
	if err != nil {
		t.Fatal(err)
	}
	defer late.Close()
	for r, pub := range history {
		if r == 1 {
			if err := late.LoadShard(0, history[0][0].b, history[0][0].root); !errors.Is(err, ErrCommitments) {
				t.Fatalf("round 0's checkpoint loaded as round 1's: %v", err)
			}
		}
		for s := range S {
			if err := late.LoadShard(s, pub[s].b, pub[s].root); err != nil {
				t.Fatal(err)
			}
		}
		if err := late.OuterStep(); err != nil {
			t.Fatal(err)
		}
	}
	b, root, err := late.EncodeGlobal()
	if err != nil || root.String() != want.StateRoot || len(b) == 0 {
		t.Fatalf("late node: global root %s (%v), want %s", root, err, want.StateRoot)
	}
}
