package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"veritrain/internal/contracts"
	"veritrain/internal/market"
)

// TestMarketJob follows one job through the market as the nodes' rules read it, and feeds the
// views to the solver's rules at each stage.
func TestMarketJob(t *testing.T) {
	e, sub, sol := marketPair(t)
	ctx := e.ctx
	r := must[*types.Receipt](t)
	id, _, err := sub.PostJob(ctx, params1())
	if err != nil {
		t.Fatal(err)
	}
	read := func() (market.Job, []market.Shard) {
		t.Helper()
		j, s, err := sol.MarketJob(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return j, s
	}
	j, shards := read()
	p := params1()
	if j.ID != 1 || j.State != market.JobBidding || j.SpecHash != p.SpecHash || len(shards) != 0 ||
		j.Offer.MaxPrice.Cmp(tok(90)) != 0 || j.Offer.StakePerShard.Cmp(p.StakePerShard) != 0 || j.Offer.TrainingPeriod != p.TrainingPeriod {
		t.Fatalf("job while bidding: %+v, shards %v", j, shards)
	}
	me := market.Address(sol.Address())
	v := &market.SolverView{Me: me, FreeStake: tok(100), Owed: big.NewInt(0), Jobs: []market.Job{j},
		Quotes: map[uint64]market.Quote{1: {Seconds: 60, Cost: tok(50), Price: tok(70)}}}
	head, err := e.sim.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	v.Now = head.Time
	acts := market.SolverActions(v)
	bid, ok := acts[0].(market.PlaceBid)
	if len(acts) != 1 || !ok || bid.Price.Cmp(tok(70)) != 0 {
		t.Fatalf("solver actions while bidding: %#v", acts)
	}
	r(sol.Bid(ctx, id, bid.Price))
	e.advance(time.Hour)
	r(sol.FinalizeAuction(ctx, id))
	j, shards = read()
	if j.State != market.JobActive || len(shards) != 1 || shards[0].State != market.ShardAssigned || shards[0].Solver != me ||
		shards[0].Attempt != 1 || shards[0].Index != 0 || shards[0].Job != 1 {
		t.Fatalf("after the auction: %+v %+v", j, shards)
	}
	r(sol.Commit(ctx, id, 0, crypto.Keccak256Hash([]byte("trace")), crypto.Keccak256Hash([]byte("state"))))
	if _, shards = read(); shards[0].State != market.ShardCommitted {
		t.Fatalf("after the commit: %+v", shards)
	}
	// A state the rules do not know is an error.
	if _, err := MarketJobOf(1, contracts.JobMarketJob{State: 4, MaxPrice: big.NewInt(0), StakePerShard: big.NewInt(0)}); err == nil {
		t.Fatal("unknown job state: no error")
	}
	if _, err := MarketShardOf(1, 0, contracts.JobMarketShard{State: 5}); err == nil {
		t.Fatal("unknown shard state: no error")
	}
}

// marketPair is a simulated chain with a submitter that approved the market for its 1,000
// tokens and a solver that bonded 100 of its 1,000.
func marketPair(t *testing.T) (e *simEnv, sub, sol *Client) {
	t.Helper()
	e, c := newSimEnv(t, "submitter", "solver")
	ctx := e.ctx
	sub, sol = c["submitter"], c["solver"]
	r := must[*types.Receipt](t)
	r(sub.Mint(ctx, sub.Address(), tok(1000)))
	r(sol.Mint(ctx, sol.Address(), tok(1000)))
	r(sub.Approve(ctx, e.dep.Market, abi.MaxUint256))
	r(sol.Approve(ctx, e.dep.Staking, abi.MaxUint256))
	r(sol.Bond(ctx, tok(100)))
	return e, sub, sol
}
