package train

import (
	"veritrain/internal/commit"
	"veritrain/internal/dispute"
)

// DisputeJob is what a dispute of a run of t's job needs to know about the job (its step
// program, data and sampler, from the trainer) and about the run (its commitments cm: trace
// root, steps, initial state and every step hash). With cm nil it describes the job as posted:
// the spec's steps and the trainer's initial state, no trace (enough for the game layout).
func (t *Trainer) DisputeJob(cm *Commitments) (*dispute.Job, error) {
	l, err := t.Listing()
	if err != nil {
		return nil, err
	}
	j := &dispute.Job{Ops: l.Ops, GraphRoot: l.Root(), NumStates: len(t.State.Specs), DataRoot: t.DataRoot(),
		DataSize: t.Data.Train.Len(), Batch: t.Job.Train.Batch, InputLens: []int{t.Data.Train.InputLen(), t.Data.Train.TargetLen()},
		Sampler: t.Sampler()}
	if cm == nil {
		j.Steps, j.Initial = t.Job.Train.Steps, t.StateRoot()
		return j, nil
	}
	j.TraceRoot, j.Steps, j.Initial, j.Hashes = cm.TraceRoot, cm.Steps(), cm.Initial, cm.StepHashes
	return j, nil
}

// JudgeContext returns the bytes the on-chain Judge registers for t's job (dispute.JudgeContext).
func (t *Trainer) JudgeContext() ([]byte, error) {
	return dispute.JudgeContext(t.Data.Train.Len(), t.Job.Train.Batch, t.Sampler().Seed, []int{t.Data.Train.InputLen(), t.Data.Train.TargetLen()})
}

// JudgeContextHash is the keccak256 of JudgeContext, the context a job's game layout names.
func (t *Trainer) JudgeContextHash() (commit.Hash, error) {
	b, err := t.JudgeContext()
	if err != nil {
		return commit.Hash{}, err
	}
	return commit.Keccak256(b), nil
}
