package contracts

import (
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// A seeded random walk through the market: every step tries one random action (most are
// legal, many are refused) and then checks the solvency and stake-lock invariants. This is a
// smoke test of the invariants over a few hundred mixed actions; a long-running fuzzer over
// thousands of sequences is the next step (see the package's report).
func TestRandomActionsKeepInvariants(t *testing.T) {
	steps := 300
	if testing.Short() {
		steps = 80
	}
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(4, 2026))
	byAddr := map[common.Address]*account{}
	for _, a := range e.accounts {
		byAddr[a.addr] = a
	}
	stakers := append(append([]*account{}, e.solvers...), e.verifier, e.challenger)
	done := map[string]int{}
	try := func(name string, from *account, c *bind.BoundContract, data []byte) {
		if _, err := e.trySend(from, c, data); err == nil {
			done[name]++
		}
	}
	jobCount := func() int64 { return call(e, e.mktC, e.mkt.PackJobCount(), e.mkt.UnpackJobCount).Int64() }
	randJob := func() *big.Int {
		n := jobCount()
		if n == 0 {
			return big.NewInt(1)
		}
		return big.NewInt(1 + rng.Int64N(n))
	}
	// randJobIn prefers a job in the given state (a few tries, then any job).
	randJobIn := func(state uint8) *big.Int {
		for range 6 {
			if id := randJob(); e.job(id).State == state {
				return id
			}
		}
		return randJob()
	}
	openJobs := func() int {
		n := 0
		for id := int64(1); id <= jobCount(); id++ {
			if st := e.job(big.NewInt(id)).State; st == jobBidding || st == jobActive {
				n++
			}
		}
		return n
	}
	// randShard picks a random shard, over all jobs, in one of the wanted states.
	type shardRef struct {
		id *big.Int
		i  int64
		sh JobMarketShard
	}
	randShard := func(state uint8) (*big.Int, int64, JobMarketShard, bool) {
		var all []shardRef
		for id := int64(1); id <= jobCount(); id++ {
			j := e.job(big.NewInt(id))
			if j.State != jobActive {
				continue
			}
			for i := int64(0); i < int64(j.Shards); i++ {
				if sh := e.shard(big.NewInt(id), i); sh.State == state {
					all = append(all, shardRef{big.NewInt(id), i, sh})
				}
			}
		}
		if len(all) == 0 {
			return nil, 0, JobMarketShard{}, false
		}
		r := all[rng.IntN(len(all))]
		return r.id, r.i, r.sh, true
	}
	// randBid picks a random live bid (its job and bidder).
	randBid := func() (*big.Int, *account, bool) {
		type ref struct {
			id *big.Int
			a  *account
		}
		var all []ref
		for id := int64(1); id <= jobCount(); id++ {
			for _, b := range e.bids(big.NewInt(id)) {
				if b.Bidder != (common.Address{}) {
					all = append(all, ref{big.NewInt(id), byAddr[b.Bidder]})
				}
			}
		}
		if len(all) == 0 {
			return nil, nil, false
		}
		r := all[rng.IntN(len(all))]
		return r.id, r.a, true
	}

	for step := 0; step < steps; step++ {
		switch k := rng.IntN(100); {
		case k < 8 && openJobs() < 4:
			p := jobParams(uint16(1 + rng.IntN(3)))
			p.VerifierFee = tok(rng.Int64N(20))
			try("postJob", e.submitter, e.mktC, e.mkt.PackPostJob(p))
		case k < 30:
			s := stakers[rng.IntN(len(stakers))]
			try("bid", s, e.mktC, e.mkt.PackBid(randJobIn(jobBidding), tok(rng.Int64N(95))))
		case k < 35:
			if id, a, ok := randBid(); ok {
				try("withdrawBid", a, e.mktC, e.mkt.PackWithdrawBid(id))
			}
		case k < 37:
			try("cancelJob", e.submitter, e.mktC, e.mkt.PackCancelJob(randJobIn(jobBidding)))
		case k < 47:
			try("poke", e.anyone, e.mktC, e.mkt.PackPoke(randJob()))
		case k < 60:
			if id, i, sh, ok := randShard(shardAssigned); ok && rng.IntN(5) != 0 {
				try("commit", byAddr[sh.Solver], e.mktC, e.mkt.PackCommit(id, big.NewInt(i), common.Hash{1}, common.Hash{2}))
			}
		case k < 66:
			if id, i, sh, ok := randShard(shardCommitted); ok {
				try("openDispute", e.dm, e.mktC, e.mkt.PackOpenDispute(id, big.NewInt(i), sh.Attempt))
			}
		case k < 72:
			if id, i, sh, ok := randShard(shardCommitted); ok {
				challenger := []common.Address{e.challenger.addr, e.verifier.addr, {}}[rng.IntN(3)]
				try("closeDispute", e.dm, e.mktC, e.mkt.PackCloseDispute(id, big.NewInt(i), sh.Attempt, rng.IntN(2) == 0, challenger))
			}
		case k < 75:
			if id, i, sh, ok := randShard(shardCommitted); ok {
				try("recordVerifier", e.dm, e.mktC, e.mkt.PackRecordVerifier(id, big.NewInt(i), sh.Attempt, e.verifier.addr))
			}
		case k < 78:
			s := stakers[rng.IntN(len(stakers))]
			try("requestUnbond", s, e.stkC, e.stk.PackRequestUnbond(tok(1+rng.Int64N(300))))
		case k < 80:
			s := stakers[rng.IntN(len(stakers))]
			try("withdraw", s, e.stkC, e.stk.PackWithdraw())
		case k < 82:
			s := stakers[rng.IntN(len(stakers))]
			try("bond", s, e.stkC, e.stk.PackBond(tok(1+rng.Int64N(100))))
		case k < 83:
			try("claim", e.submitter, e.mktC, e.mkt.PackClaim())
		default:
			d := []time.Duration{time.Minute, 10 * time.Minute, biddingPeriod / 2, biddingPeriod / 2,
				challengeWindow, trainingPeriod / 3, unbondingDelay, disputeTimeout}[rng.IntN(8)]
			e.advance(d)
			done["advance"]++
		}
		e.checkInvariants()
	}

	names := make([]string, 0, len(done))
	for n := range done {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t.Logf("%-15s %d", n, done[n])
	}
	if !testing.Short() {
		for _, n := range []string{"postJob", "bid", "poke", "commit", "openDispute", "closeDispute", "withdrawBid", "recordVerifier"} {
			if done[n] == 0 {
				t.Errorf("the walk never succeeded at %s: change the seed or the mix", n)
			}
		}
	}
}
