package train

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"veritrain/internal/commit"
)

func TestVerify(t *testing.T) {
	dir := t.TempDir()
	job := tinyJob(t, dir, "job.toml", "", "steps = 6", "steps = 6\ncheckpoint_every = 2")
	ctx := context.Background()
	out := filepath.Join(dir, "run")
	if _, err := Run(ctx, job, RunOptions{OutDir: out}); err != nil {
		t.Fatal(err)
	}
	rep, err := Verify(ctx, job, out, nil, nil)
	if err != nil || rep.StepsChecked != 6 || rep.Mismatch != nil {
		t.Fatalf("honest run: %+v, %v", rep, err)
	}
	// A segment replays from the latest checkpoint before it: 5..6 from step 4 (2 steps), 2..3
	// from the initial state (3 steps).
	rep, err = Verify(ctx, job, out, []Segment{{5, 6}, {2, 3}}, nil)
	if err != nil || rep.StepsChecked != 4 || rep.StepsReplayed != 2+3 {
		t.Fatalf("segments: %+v, %v", rep, err)
	}

	// A solver that commits a wrong hash for step 4 (with a consistent trace root) is caught
	// by any segment covering step 4, and only by those.
	cm, err := ReadCommitments(out)
	if err != nil {
		t.Fatal(err)
	}
	cm.StepHashes[3] = commit.Hash{0xba, 0xd}
	cm.TraceRoot = commit.TraceRoot(cm.StepHashes)
	cm.Checkpoints[1].StateRoot = cm.StepHashes[3] // the step-4 checkpoint claims it too
	if err := writeCommitments(out, cm); err != nil {
		t.Fatal(err)
	}
	rep, err = Verify(ctx, job, out, []Segment{{3, 4}}, nil)
	var mm *Mismatch
	if !errors.As(err, &mm) || mm.Step != 4 || rep.Mismatch == nil {
		t.Fatalf("wrong h_4: %+v, %v", rep, err)
	}
	if _, err := Verify(ctx, job, out, []Segment{{1, 3}}, nil); err != nil {
		t.Errorf("segment 1..3 does not cover the bad step but failed: %v", err)
	}
	// Segment 5..6 starts from the step-4 checkpoint, whose blob does not have the claimed root.
	if _, err := Verify(ctx, job, out, []Segment{{5, 6}}, nil); !errors.Is(err, ErrCommitments) {
		t.Errorf("checkpoint with the wrong root: %v", err)
	}

	other := tinyJob(t, dir, "other.toml", "", "seed = 5", "seed = 6")
	if _, err := Verify(ctx, other, out, nil, nil); !errors.Is(err, ErrCommitments) {
		t.Errorf("another job's spec: %v", err)
	}
	if _, err := Verify(ctx, job, out, []Segment{{0, 2}}, nil); err == nil {
		t.Error("segment starting at step 0 accepted")
	}
	if _, err := Verify(ctx, job, out, []Segment{{5, 7}}, nil); err == nil {
		t.Error("segment past the last step accepted")
	}
}
