package train

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"veritrain/internal/commit"
)

// TestRoundCommitmentsVerify (issue 8): every round of every shard writes commitments that
// Verify re-executes (any segment, from the round's checkpoints) and StepTrace traces at any of
// its steps; the trace root leads with the round's start state; a shard whose solver nudges a
// weight after one step is caught at exactly that step, and its record of the step (replayed
// with the same tamper) ends at the committed hash.
func TestRoundCommitmentsVerify(t *testing.T) {
	job := shardedJob(t)
	job.Train.CheckpointEvery = 2
	sh, err := LoadSharded(job)
	if err != nil {
		t.Fatal(err)
	}
	defer sh.Close()
	H, S := job.Parallel.InnerSteps, job.Parallel.Shards
	ctx := context.Background()
	dirs := map[[2]int]string{}
	const cheatShard, cheatRound = 1, 1
	cheatStep := cheatRound*H + 3 // the round's third step
	nudge := func(step int, st *State) {
		if step == cheatStep {
			st.Tensors[0].Data[0] += 1e-3
		}
	}
	for r := range sh.Rounds() {
		for s := range S {
			dir := filepath.Join(t.TempDir(), "round")
			dirs[[2]int{s, r}] = dir
			if s == cheatShard {
				sh.Shards[s].Tamper = nudge
			}
			trace, state, err := sh.RunShardRound(ctx, s, dir, nil)
			sh.Shards[s].Tamper = nil
			if err != nil {
				t.Fatal(err)
			}
			cm, err := ReadCommitments(dir)
			if err != nil {
				t.Fatal(err)
			}
			if !cm.Round() || cm.Shard != s || cm.Shards != S || cm.First != r*H || cm.Steps() != H || cm.TraceRoot != trace || cm.Hash(cm.Last()) != state {
				t.Fatalf("round %d shard %d: commitments %+v, trace %s, state %s", r, s, cm, trace, state)
			}
			// Checkpoints: the start, every 2 steps, the end.
			if len(cm.Checkpoints) != H/2+1 || cm.Checkpoints[0].Step != r*H || cm.Checkpoints[0].StateRoot != cm.Initial {
				t.Fatalf("round %d shard %d: checkpoints %+v", r, s, cm.Checkpoints)
			}
		}
		if err := sh.OuterStep(); err != nil {
			t.Fatal(err)
		}
	}
	for k, dir := range dirs {
		s, r := k[0], k[1]
		rep, err := Verify(ctx, job, dir, []Segment{{r*H + 2, r*H + 3}, {r*H + 4, r*H + 4}}, nil)
		var mm *Mismatch
		switch {
		case s == cheatShard && r == cheatRound:
			if !errors.As(err, &mm) || mm.Step != cheatStep {
				t.Fatalf("the cheating round: %v, want a mismatch at step %d", err, cheatStep)
			}
		case err != nil:
			t.Fatalf("shard %d round %d: %v", s, r, err)
		case rep.StepsChecked != 3:
			t.Fatalf("shard %d round %d: %d steps checked", s, r, rep.StepsChecked)
		}
	}
	// Segments outside the round are refused.
	if _, err := Verify(ctx, job, dirs[[2]int{0, 1}], []Segment{{H, H + 1}}, nil); err == nil {
		t.Fatal("a segment reaching into the previous round was accepted")
	}
	// Both sides' records of the disputed step: the honest replay leaves the committed hash,
	// the cheater's (with its tamper) reaches it.
	dir := dirs[[2]int{cheatShard, cheatRound}]
	cm, err := ReadCommitments(dir)
	if err != nil {
		t.Fatal(err)
	}
	honest, err := StepTrace(ctx, job, dir, cheatStep, nil)
	if err != nil {
		t.Fatal(err)
	}
	cheat, err := StepTrace(ctx, job, dir, cheatStep, nudge)
	if err != nil {
		t.Fatal(err)
	}
	if commit.StateRoot(cheat.Post) != cm.Hash(cheatStep) || commit.StateRoot(honest.Post) == cm.Hash(cheatStep) ||
		commit.StateRoot(honest.Prev) != cm.Hash(cheatStep-1) {
		t.Fatal("the step records do not bracket the committed hashes")
	}
	if _, err := StepTrace(ctx, job, dir, cheatRound*H, nil); err == nil {
		t.Fatal("a step before the round was traced")
	}
	// A round's commitments are refused by another shard count.
	other := *job
	other.Parallel.Shards = S + 1
	if _, err := Verify(ctx, &other, dir, nil, nil); !errors.Is(err, ErrCommitments) {
		t.Fatalf("another shard count: %v", err)
	}
}
