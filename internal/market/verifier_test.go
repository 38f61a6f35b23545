package market

import (
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/game"
)

func verifierView() *VerifierView {
	r := commit.Keccak256([]byte("randomness"))
	return &VerifierView{
		Now: 1_000, Me: me, Sampling: game.Sampling{SegmentLen: 10, RateBPS: 2_000},
		Bond: big.NewInt(5), Balance: big.NewInt(5),
		Commitments: []Commitment{{Shard: Shard{Job: 1, Index: 0, State: ShardCommitted, Solver: other, Deadline: 2_000, Attempt: 1},
			Steps: 100, Randomness: &r}},
		Checks: map[RunKey]Check{}, Disputed: map[RunKey]bool{},
	}
}

func describeV(t *testing.T, v *VerifierView) []string {
	t.Helper()
	acts, err := VerifierActions(v)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, a := range acts {
		out = append(out, fmt.Sprintf("%T%+v", a, a))
	}
	return out
}

func TestVerifierActions(t *testing.T) {
	k := RunKey{Job: 1, Shard: 0, Attempt: 1}
	v0 := verifierView()
	segs, err := v0.Sampling.Select(*v0.Commitments[0].Randomness, 100)
	if err != nil || len(segs) != 2 {
		t.Fatalf("sampling: %v %v", segs, err)
	}
	verify := fmt.Sprintf("%T%+v", Verify{}, Verify{Run: k, Segments: segs})
	for _, c := range []struct {
		name string
		edit func(v *VerifierView)
		want []string
	}{
		{"verifies the sampled segments", func(v *VerifierView) {}, []string{verify}},
		{"waits for the randomness", func(v *VerifierView) { v.Commitments[0].Randomness = nil }, nil},
		{"not its own work", func(v *VerifierView) { v.Commitments[0].Shard.Solver = me }, nil},
		{"not after the challenge window", func(v *VerifierView) { v.Now = 2_000 }, nil},
		{"not a shard that is no longer committed", func(v *VerifierView) { v.Commitments[0].Shard.State = ShardFinalized }, nil},
		{"verifies once", func(v *VerifierView) { v.Checks[k] = Check{Status: CheckRunning} }, nil},
		{"nothing after a pass", func(v *VerifierView) { v.Checks[k] = Check{Status: CheckPassed} }, nil},
		{"a failed check waits for its retry time", func(v *VerifierView) { v.Checks[k] = Check{Status: CheckFailed, RetryAt: 1_001} }, nil},
		{"a failed check is tried again", func(v *VerifierView) { v.Checks[k] = Check{Status: CheckFailed, RetryAt: 1_000} }, []string{verify}},
		{"a failed check without a retry time is final", func(v *VerifierView) { v.Checks[k] = Check{Status: CheckFailed} }, nil},
		{"no retry after the window", func(v *VerifierView) { v.Checks[k], v.Now = Check{Status: CheckFailed, RetryAt: 1_500}, 2_000 }, nil},
		{"disputes the first mismatch", func(v *VerifierView) { v.Checks[k] = Check{Status: CheckMismatch, Mismatch: 37} },
			[]string{"market.OpenDispute{Run:{Job:1 Shard:0 Attempt:1 Round:0} Step:37}"}},
		{"disputes once", func(v *VerifierView) {
			v.Checks[k], v.Disputed[k] = Check{Status: CheckMismatch, Mismatch: 37}, true
		}, nil},
		{"cannot pay the bond", func(v *VerifierView) {
			v.Checks[k], v.Balance = Check{Status: CheckMismatch, Mismatch: 37}, big.NewInt(4)
		}, []string{"market.SkipDispute{Run:{Job:1 Shard:0 Attempt:1 Round:0} Reason:the balance does not cover the bond}"}},
		{"a job in rounds: each round is its own check", func(v *VerifierView) {
			v.Commitments[0].Rounds, v.Commitments[0].Shard.Round = true, 2
			v.Checks[k] = Check{Status: CheckPassed} // round 0's
		}, []string{fmt.Sprintf("%T%+v", Verify{}, Verify{Run: RunKey{Job: 1, Shard: 0, Attempt: 1, Round: 2}, Segments: segs})}},
		{"a round's mismatch is disputed at its step", func(v *VerifierView) {
			v.Commitments[0].Rounds, v.Commitments[0].Shard.Round = true, 2
			v.Checks[RunKey{Job: 1, Shard: 0, Attempt: 1, Round: 2}] = Check{Status: CheckMismatch, Mismatch: 237}
		}, []string{"market.OpenDispute{Run:{Job:1 Shard:0 Attempt:1 Round:2} Step:237}"}},
		{"a round that starts from a wrong state is disputed in the round game", func(v *VerifierView) {
			v.Commitments[0].Rounds, v.Commitments[0].Shard.Round = true, 2
			v.Checks[RunKey{Job: 1, Shard: 0, Attempt: 1, Round: 2}] = Check{Status: CheckBadStart}
		}, []string{"market.OpenRoundDispute{Run:{Job:1 Shard:0 Attempt:1 Round:2} Outer:false Param:0 Element:0}"}},
		{"a wrong aggregate is disputed at its element", func(v *VerifierView) {
			v.Commitments[0].Rounds, v.Commitments[0].Shard.Round = true, 2
			v.Checks[RunKey{Job: 1, Shard: 0, Attempt: 1, Round: 2}] = Check{Status: CheckBadGlobal, Param: 3, Element: 17}
		}, []string{"market.OpenRoundDispute{Run:{Job:1 Shard:0 Attempt:1 Round:2} Outer:true Param:3 Element:17}"}},
		{"a round is disputed once", func(v *VerifierView) {
			v.Commitments[0].Rounds, v.Commitments[0].Shard.Round = true, 2
			k2 := RunKey{Job: 1, Shard: 0, Attempt: 1, Round: 2}
			v.Checks[k2], v.Disputed[k2] = Check{Status: CheckBadGlobal, Param: 3, Element: 17}, true
		}, nil},
		{"a wrong start and no bond", func(v *VerifierView) {
			v.Commitments[0].Rounds, v.Commitments[0].Shard.Round = true, 2
			v.Checks[RunKey{Job: 1, Shard: 0, Attempt: 1, Round: 2}], v.Balance = Check{Status: CheckBadStart}, big.NewInt(4)
		}, []string{"market.SkipDispute{Run:{Job:1 Shard:0 Attempt:1 Round:2} Reason:the balance does not cover the bond}"}},
		{"drives its games in order", func(v *VerifierView) {
			v.Checks[k], v.Games = Check{Status: CheckPassed}, []uint64{9, 4}
		}, []string{"market.DriveGame{Game:4}", "market.DriveGame{Game:9}"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := verifierView()
			c.edit(v)
			if got := describeV(t, v); !reflect.DeepEqual(got, c.want) {
				t.Fatalf("actions %q, want %q", got, c.want)
			}
		})
	}
	// The segments depend on the randomness alone: another R selects others (here, for a
	// fixed pair of draws), the same R the same ones.
	v := verifierView()
	r2 := commit.Keccak256([]byte("other randomness"))
	v.Commitments[0].Randomness = &r2
	if got := describeV(t, v); reflect.DeepEqual(got, []string{verify}) {
		t.Fatal("another randomness selects the same segments")
	}
	// A run too short for the sampling rule is an error, not a silent skip.
	v = verifierView()
	v.Sampling = game.Sampling{}
	if _, err := VerifierActions(v); err == nil {
		t.Fatal("an invalid sampling rule: no error")
	}
}
