package train

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/nn"
	"veritrain/internal/proof"
	"veritrain/internal/spec"
	"veritrain/internal/tensor"
)

// The catalogue of cheating solvers (issue 5). Each cheater runs the job like an honest solver
// but corrupts step cheatStep in its own way, then commits (step hashes, trace root, checkpoint
// blobs) exactly as `veritrain train` does. Every cheat must be caught by segment verification
// when the segment holding its first corrupt step is sampled; the dispute tests pinpoint it.

const (
	cheatSteps = 12
	cheatEvery = 4 // checkpoint interval
	cheatStep  = 6 // the first step a cheater corrupts
)

// cheater describes one way of cheating at step cheatStep.
type cheater struct {
	name string
	// tamper, if set, corrupts step cheatStep's computation: it is called with every op's value
	// of the step (TraceStep's hook).
	tamper func(t *Trainer) func(k int, v *tensor.Tensor)
	// after, if set, changes the state after step cheatStep (the solver continues from it).
	after func(t *Trainer, saved map[int][]float32)
	// commit, if set, changes the step hashes the solver commits (its state stays honest).
	commit func(hs []commit.Hash)
}

// firstOfRole returns the state position of the first state tensor with the role.
func firstOfRole(t *Trainer, role nn.Role) int {
	for i, sp := range t.State.Specs {
		if sp.Role == role {
			return i
		}
	}
	panic("no state tensor of role " + string(role))
}

var cheaters = []cheater{
	{name: "skipped step", after: func(t *Trainer, saved map[int][]float32) {
		// The solver never computed the step: it keeps the state of step cheatStep-1 and only
		// advances the step counter.
		step := t.State.Step()
		copy(t.State.Flat, saved[cheatStep-1])
		t.State.Tensors[t.State.Index(nn.StepName)].Data[0] = float32(step)
	}},
	{name: "one altered weight", after: func(t *Trainer, _ map[int][]float32) {
		t.State.Tensors[firstOfRole(t, nn.RoleParam)].Data[3] += 0.25
	}},
	{name: "wrong data sample", tamper: func(t *Trainer) func(int, *tensor.Tensor) {
		l, _ := t.Listing()
		return func(k int, v *tensor.Tensor) {
			if d := l.Ops[k]; d.Op == tensor.OpInput && d.Slot == 0 {
				// Batch row 1 holds another sample's inputs (here: row 0's).
				n := t.Data.Train.InputLen()
				copy(v.Data[n:2*n], v.Data[:n])
			}
		}
	}},
	{name: "wrong learning rate", tamper: func(t *Trainer) func(int, *tensor.Tensor) {
		l, _ := t.Listing()
		o := t.Job.Optimizer
		return func(k int, v *tensor.Tensor) {
			// The cosine schedule's amplitude lr - min_lr, scaled by 1.5 for this step only
			// (constants live in the program: the hook restores it after the step).
			if d := l.Ops[k]; d.Op == tensor.OpConst && len(v.Data) == 1 && v.Data[0] == o.LR-o.MinLR {
				v.Data[0] *= 1.5
			}
		}
	}},
	{name: "reordered reduction", tamper: func(t *Trainer) func(int, *tensor.Tensor) {
		// A kernel that sums in its own order (pairwise, or by threads) instead of the canonical
		// one: with cancellation the result can move far more than an ulp. Here the longest
		// gradient sum of the step (a bias gradient, summed over the batch's rows) comes out
		// 0.1% off in its first element. The dispute narrows it to one segment of the sum by
		// the partial-sum bisection.
		k := longestSum(t)
		return func(j int, v *tensor.Tensor) {
			if j == k {
				v.Data[0] = v.Data[0]*1.001 + 1e-6
			}
		}
	}},
	{name: "stale optimizer state", after: func(t *Trainer, saved map[int][]float32) {
		// The AdamW moments of step cheatStep-1 are kept instead of the new ones.
		for i, sp := range t.State.Specs {
			if sp.Role == nn.RoleSlot {
				off := t.State.Offsets[i]
				copy(t.State.Flat[off:off+len(t.State.Tensors[i].Data)], saved[cheatStep-1][off:])
			}
		}
	}},
	{name: "replayed checkpoint", after: func(t *Trainer, saved map[int][]float32) {
		// The solver replays the checkpoint of step cheatEvery and claims it as its new state.
		copy(t.State.Flat, saved[cheatEvery])
		t.State.Tensors[t.State.Index(nn.StepName)].Data[0] = cheatStep
	}},
	{name: "fabricated trace", commit: func(hs []commit.Hash) {
		// Random final weights with a made-up trace: every hash from cheatStep on is invented.
		for i := cheatStep - 1; i < len(hs); i++ {
			hs[i] = commit.Keccak256([]byte(fmt.Sprintf("made up %d", i)))
		}
	}},
	{name: "wrong commitment", commit: func(hs []commit.Hash) {
		// Honest training, but the hash committed for one step is not its state root.
		hs[cheatStep-1][0] ^= 1
	}},
}

// longestSum returns the sum op of the step program with more than one output element (not a
// scalar such as the loss, which does not reach the state) whose elements fold the most terms.
func longestSum(t *Trainer) int {
	l, _ := t.Listing()
	best, most := -1, 0
	for k, d := range l.Ops {
		if d.Op != tensor.OpSum || tensor.Numel(d.Shape) < 2 {
			continue
		}
		n := tensor.ReductionLen(d.Op, d.Shape, [][]int{l.Ops[d.In[0]].Shape})
		if n > most {
			best, most = k, n
		}
	}
	if proof.Segments(most) < 2 {
		panic(fmt.Sprintf("the step program has no long sum (longest: %d terms)", most))
	}
	return best
}

// splitterRecord is a frivolous challenger's corruption of its own record of a step: one ulp
// down in the first element of the longest gradient sum, so that it splits the sum and loses the
// segment check of the partial-sum bisection.
func splitterRecord(honest *Trainer) func(k int, v *tensor.Tensor) {
	s := longestSum(honest)
	return func(k int, v *tensor.Tensor) {
		if k == s {
			v.Data[0] = math.Nextafter32(v.Data[0], float32(math.Inf(-1)))
		}
	}
}

// cheatJob is the job the catalogue runs: the tiny GPT with checkpoints every cheatEvery steps.
func cheatJob(t *testing.T, dir string) *spec.Job {
	return tinyJob(t, dir, "job.toml", "", "steps = 6", fmt.Sprintf("steps = %d\ncheckpoint_every = %d", cheatSteps, cheatEvery))
}

// runCheater trains job as cheater c would and writes its commitments and checkpoint blobs to
// out. It returns the solver's trainer states after each step (saved[s] = state after s steps,
// the states the solver's checkpoints and dispute answers come from).
func runCheater(t *testing.T, job *spec.Job, c cheater, out string) map[int][]float32 {
	t.Helper()
	tr := newTrainer(t, job)
	listing, _ := tr.Listing()
	cm := &Commitments{Format: CommitmentsFormat, Job: job.Hash, GraphRoot: listing.Root(), NumOps: len(listing.Ops),
		DataRoot: tr.DataRoot(), DataSize: tr.Data.Train.Len(), Initial: tr.State.Root()}
	saved := map[int][]float32{0: append([]float32(nil), tr.State.Flat...)}
	for step := 1; step <= cheatSteps; step++ {
		if step == cheatStep && c.tamper != nil {
			var restore []func()
			hook := c.tamper(tr)
			if _, err := tr.TraceStep(func(k int, v *tensor.Tensor) {
				if listing.Ops[k].Op == tensor.OpConst {
					orig := append([]float32(nil), v.Data...)
					restore = append(restore, func() { copy(v.Data, orig) })
				}
				hook(k, v)
			}); err != nil {
				t.Fatal(err)
			}
			for _, r := range restore {
				r()
			}
		} else if _, err := tr.Step(); err != nil {
			t.Fatal(err)
		}
		if step == cheatStep && c.after != nil {
			c.after(tr, saved)
		}
		saved[step] = append([]float32(nil), tr.State.Flat...)
		cm.StepHashes = append(cm.StepHashes, tr.State.Root())
	}
	if c.commit != nil {
		c.commit(cm.StepHashes)
	}
	cm.TraceRoot = commit.TraceRoot(cm.StepHashes)
	// Checkpoints: the solver stores its real states, but names them with its committed hashes.
	for step := cheatEvery; step <= cheatSteps; step += cheatEvery {
		copy(tr.State.Flat, saved[step])
		ref, err := tr.State.saveBlob(out, fmt.Sprintf("ckpt-%07d.safetensors", step), job.Hash, cm.Hash(step))
		if err != nil {
			t.Fatal(err)
		}
		cm.Checkpoints = append(cm.Checkpoints, ref)
	}
	if err := cm.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := writeCommitments(out, cm); err != nil {
		t.Fatal(err)
	}
	return saved
}

// TestCheatersCaughtBySegments runs every cheater and verifies every segment of its run: the
// segments before the corrupt step pass, the segment holding it is caught at exactly that step.
// An honest solver passes every segment.
func TestCheatersCaughtBySegments(t *testing.T) {
	dir := t.TempDir()
	job := cheatJob(t, dir)
	ctx := context.Background()
	segLen := 3
	for _, c := range append([]cheater{{name: "honest"}}, cheaters...) {
		t.Run(c.name, func(t *testing.T) {
			out := filepath.Join(dir, c.name)
			runCheater(t, job, c, out)
			caught := 0
			for first := 1; first <= cheatSteps; first += segLen {
				seg := Segment{first, min(first+segLen-1, cheatSteps)}
				_, err := Verify(ctx, job, out, []Segment{seg}, nil)
				var mm *Mismatch
				switch {
				case c.name == "honest" || seg.Last < cheatStep:
					if err != nil {
						t.Errorf("segment %v before the cheat (or honest) failed: %v", seg, err)
					}
				case seg.First <= cheatStep:
					if !errors.As(err, &mm) || mm.Step != cheatStep {
						t.Errorf("segment %v holding the corrupt step %d: %v", seg, cheatStep, err)
					} else {
						caught++
					}
				default:
					// After the cheat the solver's checkpoints and hashes may or may not be
					// consistent (a cheater that continued honestly from its corrupt state is
					// consistent); only a mismatch or a bad checkpoint may be reported.
					if err != nil && !errors.As(err, &mm) && !errors.Is(err, ErrCommitments) {
						t.Errorf("segment %v after the cheat: unexpected error %v", seg, err)
					}
				}
			}
			if c.name != "honest" && caught != 1 {
				t.Errorf("caught by %d segments, want 1", caught)
			}
		})
	}
}
