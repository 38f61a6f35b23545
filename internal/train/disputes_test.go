package train

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/dispute"
	"veritrain/internal/nn"
)

// TestStepTrace checks StepTrace against the dispute tests' records of a step (traceFrom and
// stateRoots over the solver's saved states): an honest run's steps from the start and from a
// checkpoint, a cheater's steps replayed with its Tamper (its Post is what it committed), the
// challenger's honest record of the cheater's first corrupt step, and a replay that cannot reach
// the committed h_{step-1}.
func TestStepTrace(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	job := cheatJob(t, dir)

	honestDir := filepath.Join(dir, "honest")
	saved := runCheater(t, job, cheater{name: "honest"}, honestDir)
	cm, err := ReadCommitments(honestDir)
	if err != nil {
		t.Fatal(err)
	}
	same := func(t *testing.T, what string, got, want []commit.Hash) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s differ", what)
		}
	}
	for _, step := range []int{1, cheatEvery, cheatEvery + 1, cheatSteps} {
		tr, err := StepTrace(ctx, job, honestDir, step, nil)
		if err != nil {
			t.Fatalf("step %d: %v", step, err)
		}
		want, _ := traceFrom(t, job, saved[step-1], nil)
		same(t, "op roots", tr.Roots, want.Roots)
		same(t, "prev", tr.Prev, want.Prev)
		same(t, "post", tr.Post, want.Post)
		if commit.StateRoot(tr.Post) != cm.Hash(step) || commit.StateRoot(tr.Prev) != cm.Hash(step-1) {
			t.Fatalf("step %d: the trace's ends are not the committed h_%d and h_%d", step, step-1, step)
		}
		if len(tr.Values) != len(tr.Ops) || (&dispute.Trace{Ops: tr.Ops, Values: tr.Values, Roots: tr.Roots, Prev: tr.Prev, Post: tr.Post}).View().OpTraceRoot() != want.View().OpTraceRoot() {
			t.Fatalf("step %d: the op trace differs", step)
		}
	}
	if _, err := StepTrace(ctx, job, honestDir, cheatSteps+1, nil); err == nil {
		t.Fatal("a step past the run was traced")
	}

	// A cheater that perturbs one weight after every step from cheatStep on, trained by Run.
	w := firstOfRole(newTrainer(t, job), nn.RoleParam)
	tamper := func(step int, st *State) {
		if step >= cheatStep {
			st.Tensors[w].Data[3] += 0.25
		}
	}
	cheatDir := filepath.Join(dir, "cheat")
	if _, err := Run(ctx, job, RunOptions{OutDir: cheatDir, Tamper: tamper}); err != nil {
		t.Fatal(err)
	}
	ccm, err := ReadCommitments(cheatDir)
	if err != nil {
		t.Fatal(err)
	}
	var mm *Mismatch
	if _, err := Verify(ctx, job, cheatDir, nil, nil); !errors.As(err, &mm) || mm.Step != cheatStep {
		t.Fatalf("verification of the cheater: %v", err)
	}
	// The cheater's states as it computed them.
	tt := newTrainer(t, job)
	tt.Tamper = tamper
	csaved := map[int][]float32{0: append([]float32(nil), tt.State.Flat...)}
	for s := 1; s <= cheatSteps; s++ {
		if _, err := tt.Step(); err != nil {
			t.Fatal(err)
		}
		csaved[s] = append([]float32(nil), tt.State.Flat...)
	}
	for _, step := range []int{cheatStep, cheatStep + 1, 2*cheatEvery + 2} {
		tr, err := StepTrace(ctx, job, cheatDir, step, tamper)
		if err != nil {
			t.Fatalf("the cheater's step %d: %v", step, err)
		}
		want, _ := traceFrom(t, job, csaved[step-1], nil)
		same(t, "op roots", tr.Roots, want.Roots)
		same(t, "prev", tr.Prev, stateRoots(t, job, csaved[step-1]))
		same(t, "post", tr.Post, stateRoots(t, job, csaved[step]))
		if commit.StateRoot(tr.Post) != ccm.Hash(step) {
			t.Fatalf("the cheater's step %d: its post is not what it committed", step)
		}
	}
	// The challenger's record of the first corrupt step: the honest step from the agreed state.
	own, err := StepTrace(ctx, job, cheatDir, cheatStep, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := traceFrom(t, job, saved[cheatStep-1], nil)
	same(t, "the challenger's post", own.Post, want.Post)
	if commit.StateRoot(own.Post) == ccm.Hash(cheatStep) {
		t.Fatal("the challenger's record agrees with the cheat")
	}
	// Past the corrupt step an honest replay cannot reach the cheater's committed states.
	if _, err := StepTrace(ctx, job, cheatDir, 2*cheatEvery, nil); !errors.Is(err, ErrCommitments) {
		t.Fatalf("an honest replay through the cheat: %v", err)
	}
}
