package market

import (
	"fmt"
	"math/big"
	"reflect"
	"testing"
)

func submitterView() *SubmitterView {
	return &SubmitterView{Now: 1_000, MoveTimeout: 100, Owed: big.NewInt(0), Jobs: []PostedJob{{
		Job: Job{ID: 1, State: JobBidding, BiddingEnds: 2_000},
	}}}
}

func TestSubmitterActions(t *testing.T) {
	shard := func(st ShardState, deadline uint64, disputes int) Shard {
		return Shard{Job: 1, State: st, Solver: other, Deadline: deadline, Attempt: 1, Disputes: disputes}
	}
	for _, c := range []struct {
		name string
		edit func(v *SubmitterView)
		want []string
	}{
		{"registers the layout first", func(v *SubmitterView) {}, []string{"market.RegisterLayout{Job:1}"}},
		{"then the Judge context", func(v *SubmitterView) { v.Jobs[0].LayoutRegistered = true }, []string{"market.RegisterContext{Job:1}"}},
		{"not a layout bidders cannot check", func(v *SubmitterView) { v.Now = 1_900 }, []string{"market.RegisterContext{Job:1}"}},
		{"waits for a pending transaction", func(v *SubmitterView) { v.Jobs[0].Pending = true }, nil},
		{"nothing while bidding once registered", func(v *SubmitterView) {
			v.Jobs[0].LayoutRegistered, v.Jobs[0].ContextRegistered = true, true
		}, nil},
		{"pokes an auction past its window", func(v *SubmitterView) {
			v.Jobs[0].LayoutRegistered, v.Jobs[0].ContextRegistered, v.Now = true, true, 2_000
		}, []string{"market.Poke{Job:1}"}},
		{"pokes a missed training deadline", func(v *SubmitterView) {
			v.Jobs[0].Job.State, v.Now = JobActive, 5_000
			v.Jobs[0].Shards = []Shard{shard(ShardCommitted, 9_000, 0), shard(ShardAssigned, 5_000, 0)}
		}, []string{"market.Poke{Job:1}"}},
		{"pokes a finished challenge window", func(v *SubmitterView) {
			v.Jobs[0].Job.State, v.Now = JobActive, 9_000
			v.Jobs[0].Shards = []Shard{shard(ShardCommitted, 9_000, 0)}
		}, []string{"market.Poke{Job:1}"}},
		{"not during a dispute", func(v *SubmitterView) {
			v.Jobs[0].Job.State, v.Now = JobActive, 9_000
			v.Jobs[0].Shards = []Shard{shard(ShardCommitted, 9_000, 1)}
		}, nil},
		{"fetches the model of a settled job", func(v *SubmitterView) {
			v.Jobs[0].Job.State = JobClosed
			v.Jobs[0].Shards = []Shard{shard(ShardFinalized, 0, 0), shard(ShardFinalized, 0, 0)}
		}, []string{"market.FetchModel{Job:1}"}},
		{"once", func(v *SubmitterView) {
			v.Jobs[0].Job.State, v.Jobs[0].Fetched = JobClosed, true
			v.Jobs[0].Shards = []Shard{shard(ShardFinalized, 0, 0)}
		}, nil},
		{"no model of a refunded shard", func(v *SubmitterView) {
			v.Jobs[0].Job.State = JobClosed
			v.Jobs[0].Shards = []Shard{shard(ShardFinalized, 0, 0), shard(ShardRefunded, 0, 0)}
		}, nil},
		{"claims refunds", func(v *SubmitterView) {
			v.Jobs[0].Job.State, v.Owed = JobClosed, big.NewInt(70)
		}, []string{"market.ClaimPayment{Amount:+70}"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := submitterView()
			c.edit(v)
			var got []string
			for _, a := range SubmitterActions(v) {
				got = append(got, fmt.Sprintf("%T%+v", a, a))
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("actions %q, want %q", got, c.want)
			}
		})
	}
}
