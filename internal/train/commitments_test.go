package train

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/store"
)

// TestRunCommitments checks what a run commits to: every step hash equals the state root a
// serial replay computes, the trace root is over them, checkpoints are blobs named by their
// keccak256 whose state roots are the committed step hashes, and a run stopped and resumed in
// the same directory commits exactly what an uninterrupted run does.
func TestRunCommitments(t *testing.T) {
	dir := t.TempDir()
	job := tinyJob(t, dir, "job.toml", "", "steps = 6", "steps = 6\ncheckpoint_every = 2")
	ctx := context.Background()
	full := filepath.Join(dir, "full")
	res, err := Run(ctx, job, RunOptions{OutDir: full})
	if err != nil {
		t.Fatal(err)
	}
	cm, err := ReadCommitments(full)
	if err != nil {
		t.Fatal(err)
	}
	if cm.Steps() != 6 || res.TraceRoot != cm.TraceRoot.String() || res.GraphRoot != cm.GraphRoot.String() || res.DataRoot != cm.DataRoot.String() {
		t.Fatalf("result %+v vs commitments %+v", res, cm)
	}
	replay := newTrainer(t, job)
	if replay.StateRoot() != cm.Initial {
		t.Errorf("h0 %s, replay %s", cm.Initial, replay.StateRoot())
	}
	for step := 1; step <= 6; step++ {
		if _, err := replay.Step(); err != nil {
			t.Fatal(err)
		}
		if got := replay.State.Root(); got != cm.Hash(step) {
			t.Errorf("h_%d committed %s, replay %s", step, cm.Hash(step), got)
		}
	}
	if steps := []int{2, 4, 6}; len(cm.Checkpoints) != 3 {
		t.Fatalf("checkpoints %+v, want steps %v", cm.Checkpoints, steps)
	}
	blobs := &store.Blobs{Dir: BlobDir(full)}
	for _, ck := range cm.Checkpoints {
		b, err := blobs.Get(ck.Blob)
		if err != nil {
			t.Fatal(err)
		}
		named, err := os.ReadFile(filepath.Join(full, ck.File))
		if err != nil || string(named) != string(b) {
			t.Errorf("checkpoint %s is not the blob %s: %v", ck.File, ck.Blob, err)
		}
	}
	if cm.Checkpoints[2].File != "final.safetensors" {
		t.Errorf("last checkpoint file %q", cm.Checkpoints[2].File)
	}

	// Stop after 3 steps, resume from the step-2 checkpoint in the same directory.
	part := filepath.Join(dir, "part")
	if _, err := Run(ctx, job, RunOptions{OutDir: part, Steps: 3}); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(ctx, job, RunOptions{OutDir: part, Resume: filepath.Join(part, "ckpt-0000002.safetensors")}); err != nil {
		t.Fatal(err)
	}
	again, err := ReadCommitments(part)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again.StepHashes, cm.StepHashes) || again.TraceRoot != cm.TraceRoot {
		t.Errorf("resumed run commits trace %s, uninterrupted %s", again.TraceRoot, cm.TraceRoot)
	}

	// Resuming elsewhere (no earlier hashes) trains the same bits but commits no trace.
	other := filepath.Join(dir, "other")
	res2, err := Run(ctx, job, RunOptions{OutDir: other, Resume: filepath.Join(part, "ckpt-0000002.safetensors")})
	if err != nil {
		t.Fatal(err)
	}
	if res2.StateRoot != res.StateRoot || res2.TraceRoot != "" {
		t.Errorf("resume elsewhere: root %s trace %q", res2.StateRoot, res2.TraceRoot)
	}
	if _, err := os.Stat(filepath.Join(other, CommitmentsFile)); err == nil {
		t.Error("a partial run wrote commitments")
	}
}

// TestDecodeCommitmentsRejects feeds inconsistent commitments files to the decoder.
func TestDecodeCommitmentsRejects(t *testing.T) {
	hs := []commit.Hash{{1}, {2}, {3}}
	good := Commitments{Format: CommitmentsFormat, NumOps: 5, DataSize: 10, Initial: commit.Hash{9}, StepHashes: hs, TraceRoot: commit.TraceRoot(hs),
		Checkpoints: []CheckpointRef{{Step: 2, StateRoot: hs[1], Blob: commit.Hash{7}, File: "ckpt.safetensors"}}}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		edit func(c *Commitments)
		want string
	}{
		"format":          {func(c *Commitments) { c.Format = "v0" }, "format"},
		"trace root":      {func(c *Commitments) { c.TraceRoot = commit.Hash{1} }, "trace_root"},
		"checkpoint root": {func(c *Commitments) { c.Checkpoints[0].StateRoot = hs[0] }, "state root"},
		"checkpoint step": {func(c *Commitments) { c.Checkpoints[0].Step = 4 }, "out of order"},
		"file path":       {func(c *Commitments) { c.Checkpoints[0].File = "../x" }, "plain name"},
		"num ops":         {func(c *Commitments) { c.NumOps = 0 }, "num_ops"},
	} {
		c := good
		c.Checkpoints = append([]CheckpointRef(nil), good.Checkpoints...)
		tc.edit(&c)
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", name, err, tc.want)
		}
	}
	for _, bad := range []string{"", "{", `{"format":"veritrain-commitments/v1","extra":1}`, `{} {}`} {
		if _, err := DecodeCommitments([]byte(bad)); err == nil {
			t.Errorf("DecodeCommitments(%q) accepted", bad)
		}
	}
}

func FuzzDecodeCommitments(f *testing.F) {
	hs := []commit.Hash{{1}, {2}}
	b, _ := os.ReadFile("testdata/commitments.json")
	if len(b) > 0 {
		f.Add(b)
	}
	f.Add([]byte(`{"format":"veritrain-commitments/v1","num_ops":1,"data_size":1,"step_hashes":[],"trace_root":"0x0000000000000000000000000000000000000000000000000000000000000000"}`))
	f.Add([]byte(`{"format":"veritrain-commitments/v1","num_ops":1,"data_size":1,"step_hashes":["` + hs[0].String() + `"],"trace_root":"` + commit.TraceRoot(hs[:1]).String() + `"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := DecodeCommitments(b)
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("decoded commitments do not validate: %v", err)
		}
		for s := 0; s <= c.Steps(); s++ {
			c.Hash(s)
			c.Checkpoint(s)
		}
	})
}
