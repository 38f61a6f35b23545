package train

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"veritrain/internal/commit"
	"veritrain/internal/safetensors"
	"veritrain/internal/spec"
	"veritrain/internal/store"
)

// Segment is a run of steps First..Last (1-based, inclusive) to re-execute.
type Segment struct {
	First, Last int
}

// Mismatch is the first step whose re-executed hash differs from the committed one.
type Mismatch struct {
	Step      int         `json:"step"`
	Committed commit.Hash `json:"committed"`
	Computed  commit.Hash `json:"computed"`
}

func (m *Mismatch) Error() string {
	return fmt.Sprintf("step %d: the solver committed state root %s, re-execution gives %s", m.Step, m.Committed, m.Computed)
}

// VerifyReport summarises a verification.
type VerifyReport struct {
	Job           string    `json:"job_hash"`
	TraceRoot     string    `json:"trace_root"`
	Steps         int       `json:"steps"`          // committed steps T
	Segments      []Segment `json:"segments"`       // the segments checked
	StepsChecked  int       `json:"steps_checked"`  // steps whose hash was compared
	StepsReplayed int       `json:"steps_replayed"` // steps re-executed (checked + replayed from a checkpoint to a segment start)
	Seconds       float64   `json:"seconds"`
	Mismatch      *Mismatch `json:"mismatch,omitempty"`
}

// ErrCommitments is wrapped by errors about commitments that do not belong to the job (another
// spec, program, dataset or initial state) or checkpoints that do not match them.
var ErrCommitments = errors.New("commitments do not match the job")

// VerifyProgress is called after each re-executed step.
type VerifyProgress func(step int, seg Segment)

// Verify checks a run's commitments (dir/commitments.json, checkpoints in dir/blobs) against the
// job: it recomputes the graph, data and initial-state roots, then re-executes each segment
// from the latest committed checkpoint at or before its start and compares every step hash.
// Segments nil means the whole run. For a round of a sharded job (Commitments.Round) the
// segments are within its steps, every one restarts from a committed checkpoint, and the
// round's start (Initial) is the caller's to check: it depends on every shard's previous round.
// A hash that differs is reported in VerifyReport.Mismatch (and
// the error is that *Mismatch); commitments that do not fit the job are an error wrapping
// ErrCommitments.
func Verify(ctx context.Context, job *spec.Job, dir string, segments []Segment, progress VerifyProgress) (*VerifyReport, error) {
	return VerifyWith(ctx, job, dir, segments, VerifyOptions{Progress: progress})
}

// VerifyOptions are Verify's optional settings.
type VerifyOptions struct {
	Progress VerifyProgress // called after each re-executed step
	// Tamper (Trainer.Tamper) makes the re-execution wrong: TESTS AND THE ADVERSARY NODES ONLY
	// (a verifier whose own replay is wrong, which then disputes honest steps).
	Tamper func(step int, st *State)
}

// VerifyWith is Verify with options.
func VerifyWith(ctx context.Context, job *spec.Job, dir string, segments []Segment, opts VerifyOptions) (*VerifyReport, error) {
	progress := opts.Progress
	cm, err := ReadCommitments(dir)
	if err != nil {
		return nil, err
	}
	if cm.Job != job.Hash {
		return nil, fmt.Errorf("%w: %s commits to job %s, the spec is %s", ErrCommitments, dir, cm.Job, job.Hash)
	}
	ds, err := LoadData(job)
	if err != nil {
		return nil, err
	}
	t, err := New(job, ds)
	if err != nil {
		return nil, err
	}
	defer t.Close()
	t.Tamper = opts.Tamper
	if cm.Round() {
		if !job.Sharded() || cm.Shards != job.Parallel.Shards {
			return nil, fmt.Errorf("%w: a round of shard %d of %d, the spec has %d shards", ErrCommitments, cm.Shard, cm.Shards, job.Parallel.Shards)
		}
		t.SetShard(cm.Shard, cm.Shards)
	}
	g, err := t.GraphRoot()
	if err != nil {
		return nil, err
	}
	l, _ := t.Listing()
	switch {
	case g != cm.GraphRoot || len(l.Ops) != cm.NumOps:
		return nil, fmt.Errorf("%w: graph root %s (%d ops) committed, the spec compiles to %s (%d ops)", ErrCommitments, cm.GraphRoot, cm.NumOps, g, len(l.Ops))
	case t.DataRoot() != cm.DataRoot || ds.Train.Len() != cm.DataSize:
		return nil, fmt.Errorf("%w: data root %s (%d samples) committed, the dataset has %s (%d)", ErrCommitments, cm.DataRoot, cm.DataSize, t.DataRoot(), ds.Train.Len())
	case !cm.Round() && t.StateRoot() != cm.Initial:
		return nil, fmt.Errorf("%w: initial state root %s committed, the spec gives %s", ErrCommitments, cm.Initial, t.StateRoot())
	}
	if segments == nil && cm.Steps() > 0 {
		segments = []Segment{{cm.First + 1, cm.Last()}}
	}
	for _, s := range segments {
		if s.First <= cm.First || s.Last < s.First || s.Last > cm.Last() {
			return nil, fmt.Errorf("segment %d..%d is outside the committed steps %d..%d", s.First, s.Last, cm.First+1, cm.Last())
		}
	}
	initial := append([]float32(nil), t.State.Flat...)
	blobs := &store.Blobs{Dir: BlobDir(dir)}
	rep := &VerifyReport{Job: job.Hash.String(), TraceRoot: cm.TraceRoot.String(), Steps: cm.Steps(), Segments: segments}
	start := time.Now()
	defer func() { rep.Seconds = time.Since(start).Seconds() }()
	for _, seg := range segments {
		t.Close()
		if ck, ok := cm.Checkpoint(seg.First - 1); ok {
			if err := loadCheckpoint(t, blobs, ck, job.Hash); err != nil {
				return rep, err
			}
		} else if cm.Round() {
			return rep, fmt.Errorf("%w: no checkpoint of the round at or before step %d", ErrCommitments, seg.First-1)
		} else {
			copy(t.State.Flat, initial)
		}
		t.RecordHashes()
		for t.StepsDone() < seg.Last {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
			if _, err := t.Step(); err != nil {
				return rep, err
			}
			rep.StepsReplayed++
			if progress != nil {
				progress(t.StepsDone(), seg)
			}
		}
		first, hs := t.StepHashes()
		for i, h := range hs {
			step := first + i
			if step < seg.First {
				if h != cm.Hash(step) {
					// Replaying from the checkpoint to the segment start already disagrees.
					rep.Mismatch = &Mismatch{step, cm.Hash(step), h}
					return rep, rep.Mismatch
				}
				continue
			}
			rep.StepsChecked++
			if h != cm.Hash(step) {
				rep.Mismatch = &Mismatch{step, cm.Hash(step), h}
				return rep, rep.Mismatch
			}
		}
	}
	return rep, nil
}

// loadCheckpoint loads the committed checkpoint ck into t after checking the blob's hash, its
// metadata and its state root against the commitments.
func loadCheckpoint(t *Trainer, blobs *store.Blobs, ck CheckpointRef, job commit.Hash) error {
	b, err := blobs.Get(ck.Blob)
	if err != nil {
		return fmt.Errorf("%w: checkpoint of step %d: %w", ErrCommitments, ck.Step, err)
	}
	if err := loadStateBytes(t, b, job, ck.StateRoot, ck.Step); err != nil {
		return fmt.Errorf("checkpoint blob %s: %w", ck.Blob, err)
	}
	return nil
}

// loadStateBytes loads checkpoint b into t after checking its metadata, then its state root and
// step count against root and step.
func loadStateBytes(t *Trainer, b []byte, job, root commit.Hash, step int) error {
	if err := readCheckpoint(t.State, b, job); err != nil {
		return fmt.Errorf("%w: checkpoint of step %d: %w", ErrCommitments, step, err)
	}
	if r := t.State.Root(); r != root || t.StepsDone() != step {
		return fmt.Errorf("%w: the checkpoint holds a state with root %s at step %d, the commitment is %s at step %d", ErrCommitments, r, t.StepsDone(), root, step)
	}
	return nil
}

// readCheckpoint loads checkpoint b (safetensors) of job into st; on error st is unchanged.
func readCheckpoint(st *State, b []byte, job commit.Hash) error {
	f, err := safetensors.Read(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return err
	}
	if f.Metadata[MetaJob] != job.String() {
		return fmt.Errorf("it belongs to job %q", f.Metadata[MetaJob])
	}
	return st.Load(f, false)
}

// LoadCheckpoint loads the committed checkpoint ck (a blob in blobs) into t, after checking the
// blob's hash, its metadata and its state root against ck.
func (t *Trainer) LoadCheckpoint(blobs *store.Blobs, ck CheckpointRef) error {
	t.Sync()
	return loadCheckpoint(t, blobs, ck, t.Job.Hash)
}
