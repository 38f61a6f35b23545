package train

import (
	"context"
	"fmt"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/spec"
	"veritrain/internal/store"
	"veritrain/internal/tensor"
)

// StepRecord is a party's record of one step: the step program's ops, every op's value and
// root, and the state's tensor roots before and after the step (the fields of a dispute.Trace).
type StepRecord struct {
	Ops    []autograd.OpDesc
	Values []*tensor.Tensor
	Roots  []commit.Hash
	Prev   []commit.Hash
	Post   []commit.Hash
}

// StepTrace is a party's record (node.StepTrace turns it into a dispute.Trace) of step `step` of the run in dir (dir/commitments.json and the
// checkpoint blobs in dir/blobs), for its side of a dispute of that step: it loads the latest
// committed checkpoint at or before step-1 (or the job's initial state), replays the run to
// step-1, checks that the state there has the committed root h_{step-1}, and traces step `step`
// op by op. Post is the state after the step.
//
// tamper is the run's Trainer.Tamper: nil for an honest replay (a challenger's own record of the
// step, or an honest solver's), the cheater's own for a cheating solver that answers from what
// it really computed (it is applied after every replayed step and to Post). The state at step-1
// must be the committed one either way: the challenger disputes the first step whose hash
// differs, so every state before it agrees with the commitments.
func StepTrace(ctx context.Context, job *spec.Job, dir string, step int, tamper func(step int, st *State)) (*StepRecord, error) {
	cm, err := ReadCommitments(dir)
	if err != nil {
		return nil, err
	}
	if cm.Job != job.Hash {
		return nil, fmt.Errorf("%w: %s commits to job %s, the spec is %s", ErrCommitments, dir, cm.Job, job.Hash)
	}
	if step <= cm.First || step > cm.Last() {
		return nil, fmt.Errorf("step %d is outside the committed steps %d..%d", step, cm.First+1, cm.Last())
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
	if cm.Round() {
		if !job.Sharded() || cm.Shards != job.Parallel.Shards {
			return nil, fmt.Errorf("%w: a round of shard %d of %d, the spec has %d shards", ErrCommitments, cm.Shard, cm.Shards, job.Parallel.Shards)
		}
		t.SetShard(cm.Shard, cm.Shards)
	}
	l, err := t.Listing()
	if err != nil {
		return nil, err
	}
	if l.Root() != cm.GraphRoot || len(l.Ops) != cm.NumOps {
		return nil, fmt.Errorf("%w: graph root %s (%d ops) committed, the spec compiles to %s (%d ops)", ErrCommitments, cm.GraphRoot, cm.NumOps, l.Root(), len(l.Ops))
	}
	if ck, ok := cm.Checkpoint(step - 1); ok {
		if err := loadCheckpoint(t, &store.Blobs{Dir: BlobDir(dir)}, ck, job.Hash); err != nil {
			return nil, err
		}
	} else if cm.Round() {
		return nil, fmt.Errorf("%w: no checkpoint of the round at or before step %d", ErrCommitments, step-1)
	} else if r := t.State.Root(); r != cm.Initial {
		return nil, fmt.Errorf("%w: initial state root %s committed, the spec gives %s", ErrCommitments, cm.Initial, r)
	}
	t.Tamper = tamper
	for t.StepsDone() < step-1 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if _, err := t.Step(); err != nil {
			return nil, err
		}
	}
	if r := t.State.Root(); r != cm.Hash(step-1) {
		return nil, fmt.Errorf("%w: the replay reaches state root %s at step %d, the run committed %s", ErrCommitments, r, step-1, cm.Hash(step-1))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	prev := t.State.TensorRoots()
	ot, err := t.TraceStep(nil)
	if err != nil {
		return nil, err
	}
	if tamper != nil {
		tamper(step, t.State)
	}
	return &StepRecord{Ops: l.Ops, Values: ot.Values, Roots: ot.Roots, Prev: prev, Post: t.State.TensorRoots()}, nil
}
