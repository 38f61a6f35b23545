package train

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/dispute"
	"veritrain/internal/game"
	"veritrain/internal/proof"
	"veritrain/internal/spec"
	"veritrain/internal/tensor"
)

// disputeJob is what the chain knows about a job and a solver's commitments.
func disputeJob(t *testing.T, tr *Trainer, cm *Commitments) *dispute.Job {
	t.Helper()
	l, err := tr.Listing()
	if err != nil {
		t.Fatal(err)
	}
	return &dispute.Job{Ops: l.Ops, GraphRoot: l.Root(), NumStates: len(tr.State.Specs), DataRoot: tr.DataRoot(),
		DataSize: tr.Data.Train.Len(), Batch: tr.Job.Train.Batch, InputLens: []int{tr.Data.Train.InputLen(), tr.Data.Train.TargetLen()},
		Sampler: tr.Sampler(), TraceRoot: cm.TraceRoot, Steps: cm.Steps(), Initial: cm.Initial, Hashes: cm.StepHashes}
}

// traceFrom runs step t from the state flat (the state after t-1 steps) with an optional tamper
// (constants it changes are restored afterwards) and returns the party's trace and the state
// after the step.
func traceFrom(t *testing.T, job *spec.Job, flat []float32, tamper func(k int, v *tensor.Tensor)) (*dispute.Trace, []float32) {
	t.Helper()
	tr := newTrainer(t, job)
	copy(tr.State.Flat, flat)
	before := tr.State.TensorRoots()
	listing, _ := tr.Listing()
	var restore []func()
	ot, err := tr.TraceStep(func(k int, v *tensor.Tensor) {
		if tamper == nil {
			return
		}
		if listing.Ops[k].Op == tensor.OpConst {
			orig := append([]float32(nil), v.Data...)
			restore = append(restore, func() { copy(v.Data, orig) })
		}
		tamper(k, v)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range restore {
		r()
	}
	return &dispute.Trace{Ops: listing.Ops, Values: ot.Values, Roots: ot.Roots, Prev: before, Post: tr.State.TensorRoots()}, append([]float32(nil), tr.State.Flat...)
}

func stateRoots(t *testing.T, job *spec.Job, flat []float32) []commit.Hash {
	tr := newTrainer(t, job)
	copy(tr.State.Flat, flat)
	return tr.State.TensorRoots()
}

// TestCheatersLoseDisputes runs the whole proof of training against every cheater of the
// catalogue: segment verification finds the first corrupt step, the honest challenger opens a
// dispute on it, and the dispute game, played from each party's own record of the step (the
// cheater answering from what it really computed), pinpoints one op and one element (or an end
// of the step that does not fit) and the Go adjudicator decides it: every cheater loses its
// stake. Against the honest solver a frivolous challenger (one whose own record of the step is
// wrong) loses its bond.
func TestCheatersLoseDisputes(t *testing.T) {
	dir := t.TempDir()
	job := cheatJob(t, dir)
	ctx := context.Background()
	bond, stake := big.NewInt(100), big.NewInt(1000)
	for _, c := range cheaters {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, c.name)
			saved := runCheater(t, job, c, out)
			_, err := Verify(ctx, job, out, []Segment{{cheatStep - 1, cheatStep + 1}}, nil)
			var mm *Mismatch
			if !errors.As(err, &mm) {
				t.Fatalf("verification did not find the cheat: %v", err)
			}
			step := mm.Step
			cm, err := ReadCommitments(out)
			if err != nil {
				t.Fatal(err)
			}
			honest := newTrainer(t, job)
			dj := disputeJob(t, honest, cm)
			own, _ := traceFrom(t, job, saved[step-1], nil)
			var tamper func(int, *tensor.Tensor)
			if c.tamper != nil {
				tamper = c.tamper(newTrainer(t, job))
			}
			solverTrace, _ := traceFrom(t, job, saved[step-1], tamper)
			solverTrace.Post = stateRoots(t, job, saved[step]) // the state it really continued from
			open, err := dj.Open(step, bond)
			if err != nil {
				t.Fatal(err)
			}
			ch := &game.ChallengerPlayer{View: own.View(), Witness: dj.WitnessBuilder(own, step, honest.Sample)}
			judge, segmentChecked := dj.Judge(), false
			record := game.JudgeFunc(func(c game.ElementClaim, w []byte) (bool, error) {
				segmentChecked = segmentChecked || c.Partial
				return judge.CheckElement(c, w)
			})
			res, err := dispute.Play(dj.Params(3600, bond, stake), record, open, &game.SolverPlayer{View: solverTrace.View()}, ch, 1_000_000)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("step %d: %v wins by %v after %d moves (%d rejected, segment check %v)", step, res.Winner, res.Reason, res.Moves, res.Rejected, segmentChecked)
			if c.name == "reordered reduction" && (!segmentChecked || res.Reason != game.ReasonElementWrong) {
				t.Errorf("a wrong long sum was not settled by a segment check of the partial-sum bisection")
			}

			// The same step pinpointed off-chain from everything the solver reveals, and judged
			// by the Go adjudicator alone: the solver is wrong, or it cannot even open its own
			// commitment (then it loses the game by timeout, as above).
			a := &proof.Agreed{GraphRoot: dj.GraphRoot, NumOps: len(dj.Ops), Step: step, TraceRoot: commit.StateRoot(solverTrace.Roots),
				Prev: cm.Hash(step - 1), Post: cm.Hash(step), NumStates: dj.NumStates, DataRoot: dj.DataRoot, DataSize: dj.DataSize,
				Batch: dj.Batch, InputLens: dj.InputLens, Sampler: dj.Sampler}
			local := &proof.Local{Ops: dj.Ops, Values: own.Values, Roots: own.Roots, Prev: own.Prev, Sample: honest.Sample}
			w, err := proof.Pinpoint(a, local, proof.Reveal(solverTrace.Values, solverTrace.Roots, solverTrace.Post))
			switch {
			case errors.Is(err, proof.ErrSolver):
				t.Logf("pinpoint: the solver cannot open its commitment (%v)", err)
			case err != nil:
				t.Fatalf("pinpoint: %v", err)
			default:
				a.Op, a.Element = w.Op.Index, w.Element
				v, err := proof.Adjudicate(a, w)
				if err != nil || v != proof.SolverWrong {
					t.Fatalf("adjudicator on the pinpointed witness (form %d, op %d, element %d): %v, %v", w.Form, w.Op.Index, w.Element, v, err)
				}
				t.Logf("pinpoint: op %d (%v) element %d, form %d, %d-byte witness: solver wrong", w.Op.Index, dj.Ops[w.Op.Index].Op, w.Element, w.Form, len(w.Encode()))
			}
			if res.Winner != game.Challenger {
				t.Fatalf("the cheater won: %+v", res)
			}
			slashed := false
			for _, a := range res.Actions {
				if s, ok := a.(game.SlashSolver); ok && s.Amount.Cmp(stake) == 0 {
					slashed = true
				}
			}
			if !slashed {
				t.Errorf("no SlashSolver(%v) in %v", stake, res.Actions)
			}
		})
	}

	// Frivolous challengers: the challenger's record of the step is off by one element of every
	// matmul's output, or by one ulp of the longest gradient sum (so that it splits the sum and
	// loses the segment check of the partial-sum bisection).
	for _, f := range []struct {
		name   string
		tamper func(honest *Trainer) func(k int, v *tensor.Tensor)
	}{
		{"frivolous challenger", func(honest *Trainer) func(int, *tensor.Tensor) {
			listing, _ := honest.Listing()
			return func(k int, v *tensor.Tensor) {
				if listing.Ops[k].Op == tensor.OpMatMulABT {
					v.Data[0] += 1
				}
			}
		}},
		{"frivolous splitter", splitterRecord},
	} {
		t.Run(f.name, func(t *testing.T) {
			out := filepath.Join(dir, "honest")
			saved := runCheater(t, job, cheater{name: "honest"}, out)
			cm, err := ReadCommitments(out)
			if err != nil {
				t.Fatal(err)
			}
			honest := newTrainer(t, job)
			dj := disputeJob(t, honest, cm)
			wrong, _ := traceFrom(t, job, saved[cheatStep-1], f.tamper(honest))
			solver, _ := traceFrom(t, job, saved[cheatStep-1], nil)
			open, err := dj.Open(cheatStep, bond)
			if err != nil {
				t.Fatal(err)
			}
			ch := &game.ChallengerPlayer{View: wrong.View(), Witness: dj.WitnessBuilder(wrong, cheatStep, honest.Sample)}
			judge, segmentChecked := dj.Judge(), false
			record := game.JudgeFunc(func(c game.ElementClaim, w []byte) (bool, error) {
				segmentChecked = segmentChecked || c.Partial
				return judge.CheckElement(c, w)
			})
			res, err := dispute.Play(dj.Params(3600, bond, stake), record, open, &game.SolverPlayer{View: solver.View()}, ch, 1_000_000)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%v wins by %v after %d moves (%d rejected, segment check %v)", res.Winner, res.Reason, res.Moves, res.Rejected, segmentChecked)
			if res.Winner != game.Solver || res.Reason != game.ReasonElementRight {
				t.Fatalf("the honest solver lost: %+v", res)
			}
			if f.name == "frivolous splitter" && !segmentChecked {
				t.Error("the frivolous challenge of a long sum was not settled by a segment check")
			}
		})
	}
}
