package market

import (
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"veritrain/internal/commit"
)

var me, other = Address{1}, Address{2}

// view is a solver with 100 of free stake at time 1,000, a quote of cost 10, price 12 and 60 s
// for job 1, and job 1 taking bids until 2,000 with a maximum of 50 a shard.
func view() *SolverView {
	return &SolverView{
		Now: 1_000, Me: me, FreeStake: big.NewInt(100), Owed: big.NewInt(0),
		Jobs: []Job{{ID: 1, State: JobBidding, BiddingEnds: 2_000,
			Offer: Offer{MaxPrice: big.NewInt(50), StakePerShard: big.NewInt(20), TrainingPeriod: 3_600}}},
		Bids: map[uint64]bool{}, Skipped: map[uint64]bool{}, Runs: map[RunKey]Run{}, Committed: map[RunKey]bool{},
		Finalized: map[[3]uint64]bool{},
		Quotes:    map[uint64]Quote{1: {Seconds: 60, Cost: big.NewInt(10), Price: big.NewInt(12)}},
	}
}

func describe(acts []Action) []string {
	var out []string
	for _, a := range acts {
		switch a := a.(type) {
		case PlaceBid:
			out = append(out, fmt.Sprintf("bid job %d at %v", a.Job, a.Price))
		case ClaimPayment:
			out = append(out, fmt.Sprintf("claim %v", a.Amount))
		case SkipJob:
			out = append(out, fmt.Sprintf("skip job %d", a.Job))
		default:
			out = append(out, fmt.Sprintf("%T%+v", a, a))
		}
	}
	return out
}

func TestSolverActions(t *testing.T) {
	trained := Run{Status: RunTrained, TraceRoot: commit.Hash{7}, StateRoot: commit.Hash{8}}
	k1 := RunKey{Job: 1, Shard: 0, Attempt: 1}
	for _, c := range []struct {
		name string
		edit func(v *SolverView)
		want []string
	}{
		{"bids its quote", func(v *SolverView) {}, []string{"bid job 1 at 12"}},
		{"prices an unpriced job first", func(v *SolverView) { delete(v.Quotes, 1) }, []string{"market.PriceJob{Job:1}"}},
		{"skips a job below cost", func(v *SolverView) { v.Jobs[0].Offer.MaxPrice = big.NewInt(9) }, []string{"skip job 1"}},
		{"skips without free stake", func(v *SolverView) { v.FreeStake = big.NewInt(19) }, []string{"skip job 1"}},
		{"answers a job once (bid)", func(v *SolverView) { v.Bids[1] = true }, nil},
		{"withdraws bids on closed jobs, in job order", func(v *SolverView) { v.Bids[1], v.Withdrawable = true, []uint64{7, 3} },
			[]string{"market.WithdrawBid{Job:3}", "market.WithdrawBid{Job:7}"}},
		{"answers a job once (skip)", func(v *SolverView) { v.Skipped[1] = true }, nil},
		{"no bid once bidding has ended", func(v *SolverView) { v.Now = 2_000 }, nil},
		{"finalizes the auction it bid in", func(v *SolverView) { v.Now, v.Bids[1] = 2_000, true },
			[]string{"market.FinalizeAuction{Job:1}"}},
		{"trains an assigned shard", func(v *SolverView) {
			v.Jobs[0].State = JobActive
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardAssigned, Solver: me, Deadline: 5_000, Attempt: 1}}
		}, []string{"market.StartTraining{Run:{Job:1 Shard:0 Attempt:1 Round:0}}"}},
		{"not another solver's shard", func(v *SolverView) {
			v.Jobs[0].State = JobActive
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardAssigned, Solver: other, Deadline: 5_000, Attempt: 1}}
		}, nil},
		{"waits for a running training", func(v *SolverView) {
			v.Jobs[0].State = JobActive
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardAssigned, Solver: me, Deadline: 5_000, Attempt: 1}}
			v.Runs[k1] = Run{Status: RunTraining}
		}, nil},
		{"commits a trained run", func(v *SolverView) {
			v.Jobs[0].State = JobActive
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardAssigned, Solver: me, Deadline: 5_000, Attempt: 1}}
			v.Runs[k1] = trained
		}, []string{fmt.Sprintf("%T%+v", CommitRun{}, CommitRun{Run: k1, TraceRoot: trained.TraceRoot, StateRoot: trained.StateRoot})}},
		{"commits once", func(v *SolverView) {
			v.Jobs[0].State = JobActive
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardAssigned, Solver: me, Deadline: 5_000, Attempt: 1}}
			v.Runs[k1], v.Committed[k1] = trained, true
		}, nil},
		{"never commits after the deadline", func(v *SolverView) {
			v.Jobs[0].State, v.Now = JobActive, 5_000
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardAssigned, Solver: me, Deadline: 5_000, Attempt: 1}}
			v.Runs[k1] = trained
		}, nil},
		{"never commits a failed run", func(v *SolverView) {
			v.Jobs[0].State = JobActive
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardAssigned, Solver: me, Deadline: 5_000, Attempt: 1}}
			v.Runs[k1] = Run{Status: RunFailed}
		}, nil},
		{"a reassigned attempt is a new run", func(v *SolverView) {
			v.Jobs[0].State = JobActive
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardAssigned, Solver: me, Deadline: 5_000, Attempt: 2}}
			v.Runs[k1] = trained // the first attempt's run (another solver's shard then)
		}, []string{"market.StartTraining{Run:{Job:1 Shard:0 Attempt:2 Round:0}}"}},
		{"finalizes after the challenge window", func(v *SolverView) {
			v.Jobs[0].State, v.Now = JobActive, 9_000
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardCommitted, Solver: me, Deadline: 9_000, Attempt: 1}}
		}, []string{"market.FinalizeShard{Job:1 Shard:0 Round:0}"}},
		{"not during the window", func(v *SolverView) {
			v.Jobs[0].State, v.Now = JobActive, 8_999
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardCommitted, Solver: me, Deadline: 9_000, Attempt: 1}}
		}, nil},
		{"not with an open dispute", func(v *SolverView) {
			v.Jobs[0].State, v.Now = JobActive, 9_000
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardCommitted, Solver: me, Deadline: 9_000, Attempt: 1, Disputes: 1}}
		}, nil},
		{"finalizes once", func(v *SolverView) {
			v.Jobs[0].State, v.Now = JobActive, 9_000
			v.Shards = []Shard{{Job: 1, Index: 0, State: ShardCommitted, Solver: me, Deadline: 9_000, Attempt: 1}}
			v.Finalized[[3]uint64{1, 0, 0}] = true
		}, nil},
		{"answers its open games, in game order", func(v *SolverView) { v.Bids[1], v.Games = true, []uint64{7, 3} },
			[]string{"market.DriveGame{Game:3}", "market.DriveGame{Game:7}"}},
		{"resolves its round games after its step games, in game order", func(v *SolverView) {
			v.Bids[1], v.Games, v.RoundGames = true, []uint64{4}, []uint64{9, 2}
		}, []string{"market.DriveGame{Game:4}", "market.ResolveRoundGame{Game:2}", "market.ResolveRoundGame{Game:9}"}},
		{"games before the claim", func(v *SolverView) { v.Bids[1], v.Games, v.Owed = true, []uint64{2}, big.NewInt(5) },
			[]string{"market.DriveGame{Game:2}", "claim 5"}},
		{"claims what it is owed", func(v *SolverView) { v.Bids[1], v.Owed = true, big.NewInt(33) }, []string{"claim 33"}},
		{"in job and shard order", func(v *SolverView) {
			v.Jobs = append([]Job{{ID: 3, State: JobBidding, BiddingEnds: 2_000, Offer: v.Jobs[0].Offer}}, v.Jobs...)
			v.Quotes[3] = v.Quotes[1]
			v.Shards = []Shard{
				{Job: 2, Index: 1, State: ShardAssigned, Solver: me, Deadline: 5_000, Attempt: 1},
				{Job: 2, Index: 0, State: ShardAssigned, Solver: me, Deadline: 5_000, Attempt: 1},
			}
			v.Owed = big.NewInt(1)
		}, []string{"bid job 1 at 12", "bid job 3 at 12", "market.StartTraining{Run:{Job:2 Shard:0 Attempt:1 Round:0}}",
			"market.StartTraining{Run:{Job:2 Shard:1 Attempt:1 Round:0}}", "claim 1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := view()
			c.edit(v)
			if got := describe(SolverActions(v)); !reflect.DeepEqual(got, c.want) {
				t.Fatalf("actions %q, want %q", got, c.want)
			}
		})
	}
}

// TestSolverLifecycle walks one job from its posting to the payment, recording each action as
// the node would, and checks that no action is ever proposed twice.
func TestSolverLifecycle(t *testing.T) {
	v := view()
	delete(v.Quotes, 1)
	seen := map[string]bool{}
	step := func(want string) {
		t.Helper()
		acts := describe(SolverActions(v))
		if len(acts) != 1 || acts[0] != want {
			t.Fatalf("at %d: %q, want [%q]", v.Now, acts, want)
		}
		if seen[want] {
			t.Fatalf("%q proposed twice", want)
		}
		seen[want] = true
	}
	step("market.PriceJob{Job:1}")
	v.Quotes[1] = Quote{Seconds: 60, Cost: big.NewInt(10), Price: big.NewInt(12)}
	step("bid job 1 at 12")
	v.Bids[1] = true
	if acts := SolverActions(v); len(acts) != 0 {
		t.Fatalf("while bidding: %v", describe(acts))
	}
	v.Now = 2_000
	step("market.FinalizeAuction{Job:1}")
	v.Jobs[0].State = JobActive
	v.Shards = []Shard{{Job: 1, State: ShardAssigned, Solver: me, Deadline: 5_600, Attempt: 1}}
	k := RunKey{Job: 1, Attempt: 1}
	step("market.StartTraining{Run:{Job:1 Shard:0 Attempt:1 Round:0}}")
	v.Runs[k] = Run{Status: RunTraining}
	v.Now = 2_100
	if acts := SolverActions(v); len(acts) != 0 {
		t.Fatalf("while training: %v", describe(acts))
	}
	v.Runs[k] = Run{Status: RunTrained, TraceRoot: commit.Hash{1}, StateRoot: commit.Hash{2}}
	step(fmt.Sprintf("%T%+v", CommitRun{}, CommitRun{Run: k, TraceRoot: commit.Hash{1}, StateRoot: commit.Hash{2}}))
	v.Committed[k] = true
	v.Shards[0].State, v.Shards[0].Deadline = ShardCommitted, 2_200
	v.Now = 2_200
	step("market.FinalizeShard{Job:1 Shard:0 Round:0}")
	v.Finalized[[3]uint64{1, 0, 0}] = true
	v.Shards[0].State, v.Owed = ShardFinalized, big.NewInt(12)
	step("claim 12")
}

func TestStateNamesAndTokens(t *testing.T) {
	if JobActive.String() != "active" || ShardCommitted.String() != "committed" || JobState(9).String() != "state(9)" {
		t.Fatalf("names: %s %s %s", JobActive, ShardCommitted, JobState(9))
	}
	for in, want := range map[string]string{"0": "0", "1000000000000000000": "1", "1500000000000000000": "1.5",
		"123456789000000000": "0.1235", "100000000000000": "0.0001", "49999999999999": "0"} {
		x, _ := new(big.Int).SetString(in, 10)
		if got := Tokens(x); got != want {
			t.Errorf("Tokens(%s) = %s, want %s", in, got, want)
		}
	}
	if Tokens(nil) != "0" {
		t.Error("Tokens(nil)")
	}
}
