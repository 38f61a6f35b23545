package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestPostJobValidation(t *testing.T) {
	e := newEnv(t)
	bad := func(name string, mutate func(p *JobMarketJobParams)) {
		t.Helper()
		p := jobParams(1)
		mutate(&p)
		e.expectRevert(e.submitter, e.mktC, e.mkt.PackPostJob(p), name)
	}
	bad("BadShardCount", func(p *JobMarketJobParams) { p.Shards = 0 })
	bad("BadShardCount", func(p *JobMarketJobParams) { p.Shards = 65; p.Budget = tok(6500) })
	bad("BadPeriod", func(p *JobMarketJobParams) { p.BiddingPeriod = 0 })
	bad("BadPeriod", func(p *JobMarketJobParams) { p.TrainingPeriod = 0 })
	bad("BadPeriod", func(p *JobMarketJobParams) { p.ChallengeWindow = 0 })
	bad("BadPeriod", func(p *JobMarketJobParams) { p.TrainingPeriod = 365*24*3600 + 1 })
	bad("BadRounds", func(p *JobMarketJobParams) { p.Rounds = 4097 }) // MAX_ROUNDS + 1
	bad("BadRounds", func(p *JobMarketJobParams) { p.Rounds = 65535 })
	bad("BudgetTooSmall", func(p *JobMarketJobParams) { p.VerifierFee = tok(101) })
	bad("SafeCastOverflowedUintDowncast", func(p *JobMarketJobParams) {
		p.Budget = new(big.Int).Lsh(big.NewInt(1), 100) // more than a uint96 per shard
	})
	// Without an allowance the escrow cannot be pulled.
	e.send(e.submitter, e.tokC, e.tok.PackApprove(e.marketAddr, tok(99)))
	e.expectRevert(e.submitter, e.mktC, e.mkt.PackPostJob(jobParams(1)), "ERC20InsufficientAllowance")
	if n := call(e, e.mktC, e.mkt.PackJobCount(), e.mkt.UnpackJobCount); n.Sign() != 0 {
		t.Fatalf("job count %v", n)
	}
	e.checkInvariants()
}

func TestBidRefusals(t *testing.T) {
	e := newEnv(t)
	id := e.post(jobParams(2))
	s0, s1, s2 := e.solvers[0], e.solvers[1], e.solvers[2]
	e.expectRevert(s0, e.mktC, e.mkt.PackBid(big.NewInt(99), tok(1)), "WrongJobState") // no such job
	e.expectRevert(s0, e.mktC, e.mkt.PackBid(id, tok(91)), "BidAboveMaxPrice")
	e.expectRevert(e.submitter, e.mktC, e.mkt.PackBid(id, tok(1)), "InsufficientAvailableStake") // no stake
	e.expectRevert(s0, e.mktC, e.mkt.PackWithdrawBid(id), "NoBid")

	// Withdrawing during the window removes the bid (swap and pop) and unlocks the stake.
	e.bid(s0, id, tok(10))
	e.bid(s1, id, tok(20))
	e.bid(s2, id, tok(30))
	e.send(s0, e.mktC, e.mkt.PackWithdrawBid(id))
	bids := e.bids(id)
	if len(bids) != 2 || bids[0].Bidder != s2.addr || bids[1].Bidder != s1.addr {
		t.Fatalf("bids after withdrawal: %+v", bids)
	}
	if b := call(e, e.mktC, e.mkt.PackBidOf(id, s2.addr), e.mkt.UnpackBidOf); !b.Exists || b.Index.Int64() != 0 {
		t.Fatalf("bidOf moved bid: %+v", b)
	}
	if b := call(e, e.mktC, e.mkt.PackBidOf(id, s0.addr), e.mkt.UnpackBidOf); b.Exists {
		t.Fatalf("bidOf withdrawn bid: %+v", b)
	}
	bigEq(t, "s0 unlocked", e.stake(s0.addr).Locked, new(big.Int))
	e.checkInvariants()

	e.endBidding(id)
	e.expectRevert(s0, e.mktC, e.mkt.PackBid(id, tok(1)), "BiddingClosed")
	e.expectRevert(s1, e.mktC, e.mkt.PackWithdrawBid(id), "BiddingClosed") // no leaving once the price is known
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id), "WrongJobState")
	e.checkInvariants()
}

func TestShardRefusals(t *testing.T) {
	e := newEnv(t)
	id := e.post(jobParams(1))
	s0 := e.solvers[0]
	e.bid(s0, id, tok(10))
	e.expectRevert(s0, e.mktC, e.mkt.PackCommit(id, shard0, common.Hash{1}, common.Hash{2}), "WrongShardState")
	e.endBidding(id)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0), "WrongShardState")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackExpireDispute(id, shard0), "WrongShardState")
	e.expectRevert(e.solvers[1], e.mktC, e.mkt.PackCommit(id, shard0, common.Hash{1}, common.Hash{2}), "NotSolver")
	e.expectRevert(s0, e.mktC, e.mkt.PackCommit(id, shard0, common.Hash{}, common.Hash{2}), "ZeroRoot")
	e.expectRevert(s0, e.mktC, e.mkt.PackCommit(id, shard0, common.Hash{1}, common.Hash{}), "ZeroRoot")
	e.expectRevert(s0, e.mktC, e.mkt.PackCommit(id, big.NewInt(1), common.Hash{1}, common.Hash{2}), "WrongShardState")
	e.commit(s0, id, 0)
	e.expectRevert(s0, e.mktC, e.mkt.PackCommit(id, shard0, common.Hash{1}, common.Hash{2}), "WrongShardState")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, shard0), "WrongShardState")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackExpireDispute(id, shard0), "NoOpenDispute")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0), "TooEarly")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackClaim(), "NothingToClaim")
	e.advance(challengeWindow)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0))
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0), "WrongShardState")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	e.checkInvariants()
}

// The bid list is bounded at shards + 16: when full, a new bid must beat the highest, which is
// evicted and unlocked.
func TestBidListEviction(t *testing.T) {
	e := newEnvWith(t, 19, TestTokenMetaData.Bin)
	id := e.post(jobParams(1))
	for i := range 17 {
		e.bid(e.solvers[i], id, tok(int64(50+i))) // 50..66
	}
	late := e.solvers[17]
	e.expectRevert(late, e.mktC, e.mkt.PackBid(id, tok(66)), "BidListFull")
	r := e.bid(late, id, tok(65))
	e.expectEvents(r, "BidEvicted", "Unlocked", "BidPlaced", "Locked")
	if ev := findEvent(e, r, e.mkt.UnpackBidEvictedEvent); ev.Bidder != e.solvers[16].addr {
		t.Fatalf("evicted %v", ev.Bidder)
	}
	bigEq(t, "evicted unlocked", e.stake(e.solvers[16].addr).Locked, new(big.Int))
	if len(e.bids(id)) != 17 {
		t.Fatal("bid list grew past its bound")
	}
	e.expectRevert(e.solvers[16], e.mktC, e.mkt.PackWithdrawBid(id), "NoBid")
	// Ties at the top (two bids of 65): the one further down the list is evicted.
	r = e.bid(e.solvers[18], id, tok(1))
	if ev := findEvent(e, r, e.mkt.UnpackBidEvictedEvent); ev.Bidder != late.addr {
		t.Fatalf("evicted %v, want the late bidder", ev.Bidder)
	}
	e.checkInvariants()
	e.endBidding(id)
	fin := findEvent(e, e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id)), e.mkt.UnpackAuctionFinalizedEvent)
	bigEq(t, "clearing", fin.ClearingPrice, tok(50))
	if e.shard(id, 0).Solver != e.solvers[18].addr {
		t.Fatal("lowest bid did not win")
	}
	e.checkInvariants()
}
