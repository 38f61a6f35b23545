package train

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"veritrain/internal/commit"
	"veritrain/internal/roundgame"
	"veritrain/internal/safetensors"
	"veritrain/internal/store"
)

// CommitmentsFormat names version 1 of the commitments file.
const CommitmentsFormat = "veritrain-commitments/v1"

// CommitmentsFile is the name of the commitments file in a run's output directory.
const CommitmentsFile = "commitments.json"

// Commitments is everything a solver commits to for a run (DESIGN section 3): the roots that
// fix the job's program and data, every step hash, the trace root over them, and the
// checkpoints (content-addressed blobs) that verifiers restart from.
type Commitments struct {
	Format      string          `json:"format"`
	Job         commit.Hash     `json:"job_hash"`
	GraphRoot   commit.Hash     `json:"graph_root"`
	NumOps      int             `json:"num_ops"`
	DataRoot    commit.Hash     `json:"data_root"`
	DataSize    int             `json:"data_size"`
	Initial     commit.Hash     `json:"h0"`
	StepHashes  []commit.Hash   `json:"step_hashes"` // StepHashes[i] = h_{i+1}
	TraceRoot   commit.Hash     `json:"trace_root"`
	Checkpoints []CheckpointRef `json:"checkpoints"`

	// A round of a sharded job (DESIGN section 6) is committed on its own: shard Shard of
	// Shards (Shards > 0), its steps First+1..First+len(StepHashes). Initial is then the
	// shard's state at the start of the round (the global parameters θ_r in the shard's own
	// state; its root is the round trace's leaf 0, which the chain cannot recompute: a verifier
	// compares it with the start it computes itself), Global the root of the global state the
	// round started from (θ_r and the outer momentum, the round game's), and TraceRoot is over
	// Initial, the step hashes and Global (RoundTraceRoot). GlobalCheckpoint, if set, is that
	// global state's blob.
	Shards           int            `json:"shards,omitempty"`
	Shard            int            `json:"shard,omitempty"`
	First            int            `json:"first_step,omitempty"`
	Global           commit.Hash    `json:"global_root,omitzero"`
	GlobalCheckpoint *CheckpointRef `json:"global_checkpoint,omitempty"`
}

// RoundTraceRoot is the trace root of a round of a sharded job: over the round's start state
// root, its step hashes, then the root of the global state it started from
// (roundgame.Leaves).
func RoundTraceRoot(start commit.Hash, stepHashes []commit.Hash, global commit.Hash) commit.Hash {
	return commit.TraceRoot(roundgame.Leaves(start, stepHashes, global))
}

// Round reports whether c commits a round of a sharded job.
func (c *Commitments) Round() bool { return c.Shards > 0 }

// CheckpointRef names the checkpoint of the state after Step steps: a safetensors blob whose
// keccak256 is Blob, holding a state with root StateRoot (= h_Step).
type CheckpointRef struct {
	Step      int         `json:"step"`
	StateRoot commit.Hash `json:"state_root"`
	Blob      commit.Hash `json:"blob"`
	File      string      `json:"file,omitempty"` // a convenience name in the run directory
}

// maxCommittedSteps bounds the step hashes a commitments file may hold (a 32 MB file).
const maxCommittedSteps = 1 << 20

// Validate checks that c is internally consistent: the format, the trace root over the step
// hashes, and checkpoints in ascending step order within the trace whose state roots are the
// committed step hashes.
func (c *Commitments) Validate() error {
	if c.Format != CommitmentsFormat {
		return fmt.Errorf("commitments: format %q, want %q", c.Format, CommitmentsFormat)
	}
	if len(c.StepHashes) > maxCommittedSteps {
		return fmt.Errorf("commitments: %d step hashes, more than the %d allowed", len(c.StepHashes), maxCommittedSteps)
	}
	if c.NumOps <= 0 || c.DataSize <= 0 {
		return fmt.Errorf("commitments: num_ops %d and data_size %d must be positive", c.NumOps, c.DataSize)
	}
	want := commit.TraceRoot(c.StepHashes)
	switch {
	case c.Shards < 0 || c.Shards > 1<<16-1 || c.Shard < 0 || c.First < 0 || c.First > maxCommittedSteps:
		return fmt.Errorf("commitments: shard %d of %d, first step %d: out of range", c.Shard, c.Shards, c.First)
	case c.Round() && (c.Shard >= c.Shards || len(c.StepHashes) == 0):
		return fmt.Errorf("commitments: a round of shard %d of %d with %d steps", c.Shard, c.Shards, len(c.StepHashes))
	case !c.Round() && (c.Shard != 0 || c.First != 0):
		return fmt.Errorf("commitments: shard %d and first step %d without shards", c.Shard, c.First)
	case c.Round():
		want = RoundTraceRoot(c.Initial, c.StepHashes, c.Global)
		if g := c.GlobalCheckpoint; g != nil && (g.Step != c.First || g.StateRoot != c.Global || !plainName(g.File)) {
			return fmt.Errorf("commitments: the global checkpoint (step %d, root %s) is not the round's global state (step %d, root %s)", g.Step, g.StateRoot, c.First, c.Global)
		}
	}
	if want != c.TraceRoot {
		return fmt.Errorf("commitments: trace_root %s, but the %d step hashes have root %s", c.TraceRoot, len(c.StepHashes), want)
	}
	last := c.First - 1
	for _, ck := range c.Checkpoints {
		if ck.Step <= last || ck.Step > c.Last() {
			return fmt.Errorf("commitments: checkpoint at step %d out of order or outside the committed steps %d..%d", ck.Step, c.First, c.Last())
		}
		last = ck.Step
		if want := c.Hash(ck.Step); ck.StateRoot != want {
			return fmt.Errorf("commitments: checkpoint at step %d has state root %s, the trace commits %s", ck.Step, ck.StateRoot, want)
		}
		if !plainName(ck.File) {
			return fmt.Errorf("commitments: checkpoint file name %q is not a plain name", ck.File)
		}
	}
	return nil
}

// Blobs are the checkpoints a run publishes and a verifier fetches: every checkpoint, then a
// round's global checkpoint.
func (c *Commitments) Blobs() []CheckpointRef {
	out := slices.Clone(c.Checkpoints)
	if c.GlobalCheckpoint != nil {
		out = append(out, *c.GlobalCheckpoint)
	}
	return out
}

// plainName reports whether a checkpoint's file name is empty or a plain name in its directory.
func plainName(f string) bool { return f == "" || (filepath.Base(f) == f && f[0] != '.') }

// Steps is the number of committed steps T (of a round: its inner steps).
func (c *Commitments) Steps() int { return len(c.StepHashes) }

// Last is the last committed step: Steps(), or for a round First + Steps().
func (c *Commitments) Last() int { return c.First + len(c.StepHashes) }

// Hash returns h_step (h_0 is the initial state root; h_First a round's start). step must be in
// [First, Last()].
func (c *Commitments) Hash(step int) commit.Hash {
	if step == c.First {
		return c.Initial
	}
	return c.StepHashes[step-c.First-1]
}

// Checkpoint returns the latest checkpoint at or before step, or false if there is none.
func (c *Commitments) Checkpoint(step int) (CheckpointRef, bool) {
	var best CheckpointRef
	found := false
	for _, ck := range c.Checkpoints {
		if ck.Step <= step {
			best, found = ck, true
		}
	}
	return best, found
}

// DecodeCommitments parses and validates a commitments file. Unknown fields are errors.
func DecodeCommitments(b []byte) (*Commitments, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var c Commitments
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("commitments: %w", err)
	}
	if dec.More() {
		return nil, errors.New("commitments: trailing data after the JSON object")
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// ReadCommitments reads dir/commitments.json.
func ReadCommitments(dir string) (*Commitments, error) {
	b, err := os.ReadFile(filepath.Join(dir, CommitmentsFile))
	if err != nil {
		return nil, err
	}
	c, err := DecodeCommitments(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, CommitmentsFile), err)
	}
	return c, nil
}

// writeCommitments writes dir/commitments.json atomically.
func writeCommitments(dir string, c *Commitments) error {
	b, err := json.MarshalIndent(c, "", " ")
	if err != nil {
		return err
	}
	path := filepath.Join(dir, CommitmentsFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// BlobDir is the directory of content-addressed blobs in a run's output directory.
func BlobDir(outDir string) string { return filepath.Join(outDir, "blobs") }

// Encode returns the state as a safetensors checkpoint (see Save).
func (s *State) Encode(job commit.Hash, root commit.Hash) ([]byte, error) {
	var buf bytes.Buffer
	if err := safetensors.Write(&buf, s.SafetensorsTensors(), s.meta(job, root)); err != nil {
		return nil, fmt.Errorf("encode checkpoint: %w", err)
	}
	return buf.Bytes(), nil
}

// saveBlob stores the state as a content-addressed checkpoint blob in outDir's blob store, names
// it file in outDir too, and returns its reference.
func (s *State) saveBlob(outDir, file string, job, root commit.Hash) (CheckpointRef, error) {
	b, err := s.Encode(job, root)
	if err != nil {
		return CheckpointRef{}, err
	}
	return storeBlob(outDir, file, s.Step(), root, b)
}

// storeBlob writes the encoded checkpoint b of the state after step steps to outDir's blob store
// and links it as outDir/file.
func storeBlob(outDir, file string, step int, root commit.Hash, b []byte) (CheckpointRef, error) {
	blobs := &store.Blobs{Dir: BlobDir(outDir)}
	h, err := blobs.Put(b)
	if err != nil {
		return CheckpointRef{}, err
	}
	if err := blobs.Link(h, filepath.Join(outDir, file)); err != nil {
		return CheckpointRef{}, err
	}
	return CheckpointRef{Step: step, StateRoot: root, Blob: h, File: file}, nil
}

// checkpointWriter hashes and writes checkpoints on a goroutine while training goes on: the
// state is encoded (copied) synchronously, the keccak256 of the file and the fsynced write
// happen in the background. At most one checkpoint is in flight.
type checkpointWriter struct {
	outDir  string
	pending chan checkpointResult
	refs    []CheckpointRef
	err     error
}

type checkpointResult struct {
	ref CheckpointRef
	err error
}

// save encodes the state now and stores it in the background (after the previous one is done).
func (w *checkpointWriter) save(s *State, file string, job, root commit.Hash) error {
	b, err := s.Encode(job, root)
	if err != nil {
		return err
	}
	if err := w.wait(); err != nil {
		return err
	}
	w.pending = make(chan checkpointResult, 1)
	step, ch := s.Step(), w.pending
	go func() {
		ref, err := storeBlob(w.outDir, file, step, root, b)
		ch <- checkpointResult{ref, err}
	}()
	return nil
}

// wait finishes the checkpoint in flight, if any, and returns the first error so far.
func (w *checkpointWriter) wait() error {
	if w.pending != nil {
		r := <-w.pending
		w.pending = nil
		if r.err != nil && w.err == nil {
			w.err = r.err
		}
		if r.err == nil {
			w.refs = append(w.refs, r.ref)
		}
	}
	return w.err
}
