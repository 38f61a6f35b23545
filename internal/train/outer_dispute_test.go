package train

import (
	"errors"
	"math/big"
	"testing"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/dispute"
	"veritrain/internal/game"
	"veritrain/internal/spec"
	"veritrain/internal/tensor"
)

// roundEnd returns a sharded run of job whose shards have all run round 0: the state the outer
// step of round 0 starts from.
func roundEnd(t *testing.T, job *spec.Job, ds *Datasets) *Sharded {
	t.Helper()
	sh, err := NewSharded(job, ds)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sh.Close)
	for s := range sh.Shards {
		if err := sh.RunShard(t.Context(), s, nil); err != nil {
			t.Fatal(err)
		}
	}
	return sh
}

// outerCase is one dispute of the outer step of round 0 of the sharded tiny job: the record of
// the aggregator that committed and the challenger's own.
type outerCase struct {
	name       string
	solver     *StepRecord
	challenger *StepRecord
	winner     game.Party
}

// outerDisputes runs the outer step of round 0 three times from the same state: honestly, with
// one element of the first parameter's average off by 1e-3 (a wrong aggregate), and returns the
// listing, h_0 and the two cases (the wrong aggregate against an honest verifier, the honest
// aggregate against a frivolous one).
func outerDisputes(t *testing.T) (*spec.Job, *autograd.Listing, int, commit.Hash, []outerCase) {
	t.Helper()
	job := shardedJob(t)
	ds, err := LoadData(job)
	if err != nil {
		t.Fatal(err)
	}
	divOp := -1
	off := func(k int, v *tensor.Tensor) {
		if k == divOp {
			v.Data[len(v.Data)/2] += 1e-3
		}
	}
	honest := roundEnd(t, job, ds)
	l, err := honest.OuterListing()
	if err != nil {
		t.Fatal(err)
	}
	for k, op := range l.Ops {
		if op.Op == tensor.OpDiv {
			divOp = k // the first parameter's average Δ
			break
		}
	}
	if divOp < 0 {
		t.Fatal("no division in the outer step")
	}
	honestRec, err := honest.TraceOuter(nil)
	if err != nil {
		t.Fatal(err)
	}
	wrongRec, err := roundEnd(t, job, ds).TraceOuter(off)
	if err != nil {
		t.Fatal(err)
	}
	h0 := commit.StateRoot(honestRec.Prev)
	if commit.StateRoot(wrongRec.Prev) != h0 {
		t.Fatal("the two aggregators did not start from the same state")
	}
	if commit.StateRoot(wrongRec.Post) == commit.StateRoot(honestRec.Post) {
		t.Fatal("the wrong aggregate has the honest root")
	}
	return job, l, len(honest.OuterStateNames()), h0, []outerCase{
		{"wrong aggregate", wrongRec, honestRec, game.Challenger},
		{"frivolous challenger", honestRec, wrongRec, game.Solver},
	}
}

// outerDisputeJob is what a dispute of an outer step committed with h_0 → h_1 knows: the outer
// step program, no data (the step reads none), one step.
func outerDisputeJob(l *autograd.Listing, numStates int, h0, h1 commit.Hash) *dispute.Job {
	return &dispute.Job{Ops: l.Ops, GraphRoot: l.Root(), NumStates: numStates, DataSize: 1, Batch: 1, InputLens: []int{1},
		TraceRoot: commit.TraceRoot([]commit.Hash{h1}), Steps: 1, Initial: h0, Hashes: []commit.Hash{h1}}
}

func recordTrace(r *StepRecord) *dispute.Trace {
	return &dispute.Trace{Ops: r.Ops, Values: r.Values, Roots: r.Roots, Prev: r.Prev, Post: r.Post}
}

func noSample(int) ([]byte, []commit.Hash, error) {
	return nil, nil, errors.New("the outer step reads no data")
}

// TestOuterStepDisputes: the outer step is disputable through the same game as any step. The
// aggregator of a round commits to h_before (the round's global state and every shard's
// parameters, all public) and h_after; a verifier re-runs the outer step, and the game narrows a
// difference down to one element of one op of the outer step program, which the Go judge
// recomputes. A wrong aggregate (one element of the average off) loses; an honest aggregator
// beats a frivolous challenger.
func TestOuterStepDisputes(t *testing.T) {
	bond, stake := big.NewInt(100), big.NewInt(1000)
	_, l, numStates, h0, cases := outerDisputes(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dj := outerDisputeJob(l, numStates, h0, commit.StateRoot(c.solver.Post))
			open, err := dj.Open(1, bond)
			if err != nil {
				t.Fatal(err)
			}
			own := recordTrace(c.challenger)
			ch := &game.ChallengerPlayer{View: own.View(), Witness: dj.WitnessBuilder(own, 1, noSample)}
			res, err := dispute.Play(dj.Params(3600, bond, stake), dj.Judge(), open, &game.SolverPlayer{View: recordTrace(c.solver).View()}, ch, 1_000_000)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: the %v wins by %v after %d moves", c.name, res.Winner, res.Reason, res.Moves)
			if res.Winner != c.winner || res.Reason != game.ReasonElementWrong && res.Reason != game.ReasonElementRight {
				t.Fatalf("the %v won by %v, want the %v by an element check", res.Winner, res.Reason, c.winner)
			}
			if c.winner == game.Challenger {
				slashed := false
				for _, a := range res.Actions {
					if s, ok := a.(game.SlashSolver); ok && s.Amount.Cmp(stake) == 0 {
						slashed = true
					}
				}
				if !slashed {
					t.Errorf("no SlashSolver(%v) in %v", stake, res.Actions)
				}
			}
		})
	}
}
