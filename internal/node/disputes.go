package node

import (
	"context"

	"veritrain/internal/commit"
	"veritrain/internal/dispute"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// DisputeJob is what a dispute of a run of tr's job needs to know about the job (its step
// program, data and sampler, from the trainer) and about the run (its commitments cm: trace
// root, steps, initial state and every step hash). With cm nil it describes the job as posted:
// the spec's steps and the trainer's initial state, no trace (enough for the game layout).
func DisputeJob(tr *train.Trainer, cm *train.Commitments) (*dispute.Job, error) {
	l, err := tr.Listing()
	if err != nil {
		return nil, err
	}
	j := &dispute.Job{Ops: l.Ops, GraphRoot: l.Root(), NumStates: len(tr.State.Specs), DataRoot: tr.DataRoot(),
		DataSize: tr.Data.Train.Len(), Batch: tr.Job.Train.Batch, InputLens: []int{tr.Data.Train.InputLen(), tr.Data.Train.TargetLen()},
		Sampler: tr.Sampler()}
	if cm == nil {
		j.Steps, j.Initial = tr.Job.Train.Steps, tr.StateRoot()
		return j, nil
	}
	j.TraceRoot, j.Steps, j.Initial, j.Hashes = cm.TraceRoot, cm.Steps(), cm.Initial, cm.StepHashes
	if cm.Round() {
		// A round of a sharded job: the game's steps are the shard's whole run, its trace the
		// round's, and the shard reads its own stream of batches.
		j.Steps, j.Inner, j.First, j.Global = tr.Job.Train.Steps, cm.Steps(), cm.First, cm.Global
		j.Sampler = dispute.ShardSampler{SampleIndexer: tr.Sampler(), Shard: cm.Shard, Shards: cm.Shards}
	}
	return j, nil
}

// JudgeContext returns the bytes the on-chain Judge registers for tr's job (dispute.JudgeContext).
func JudgeContext(tr *train.Trainer) ([]byte, error) {
	return dispute.JudgeContext(tr.Data.Train.Len(), tr.Job.Train.Batch, tr.Sampler().Seed, []int{tr.Data.Train.InputLen(), tr.Data.Train.TargetLen()})
}

// JudgeContextHash is the keccak256 of JudgeContext, the context a job's game layout names.
func JudgeContextHash(tr *train.Trainer) (commit.Hash, error) {
	b, err := JudgeContext(tr)
	if err != nil {
		return commit.Hash{}, err
	}
	return commit.Keccak256(b), nil
}

// StepTrace is a party's record of step `step` of the run in dir as a dispute trace
// (train.StepTrace).
func StepTrace(ctx context.Context, job *spec.Job, dir string, step int, tamper func(step int, st *train.State)) (*dispute.Trace, error) {
	r, err := train.StepTrace(ctx, job, dir, step, tamper)
	if err != nil {
		return nil, err
	}
	return &dispute.Trace{Ops: r.Ops, Values: r.Values, Roots: r.Roots, Prev: r.Prev, Post: r.Post}, nil
}
