package contracts

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func bigEq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s: got %v, want %v", what, got, want)
	}
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

// A one-shard job with three bids, end to end: the lowest bid wins at the second-lowest price,
// the verifier is paid its fee, the excess is refunded, and the reserves get their stake back.
func TestHappyPathOneShard(t *testing.T) {
	e := newEnv(t)
	s0, s1, s2 := e.solvers[0], e.solvers[1], e.solvers[2]
	sub0 := e.balance(e.submitter.addr)

	id := e.post(jobParams(1))
	bigEq(t, "escrow", e.balance(e.marketAddr), tok(100))
	j := e.job(id)
	if j.State != jobBidding || j.Submitter != e.submitter.addr || j.Shards != 1 {
		t.Fatalf("posted job: %+v", j)
	}
	bigEq(t, "max price", j.MaxPrice, tok(90))

	e.expectEvents(e.bid(s0, id, tok(70)), "BidPlaced", "Locked")
	e.bid(s1, id, tok(50))
	e.bid(s2, id, tok(60))
	e.bid(s0, id, tok(80)) // a solver can change its bid during the window
	e.checkInvariants()
	bigEq(t, "s1 locked", e.stake(s1.addr).Locked, tok(50))

	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id), "TooEarly")
	e.endBidding(id)
	r := e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	e.expectEvents(r, "AuctionFinalized", "ShardAssigned")
	fin := findEvent(e, r, e.mkt.UnpackAuctionFinalizedEvent)
	bigEq(t, "clearing price (second-lowest bid)", fin.ClearingPrice, tok(60))
	sh := e.shard(id, 0)
	if sh.Solver != s1.addr || sh.State != shardAssigned || sh.Attempt != 1 {
		t.Fatalf("assigned shard: %+v", sh)
	}
	bigEq(t, "shard price", sh.Price, tok(60))
	if sh.Deadline != e.now()+uint64(trainingPeriod/time.Second) {
		t.Fatalf("training deadline %d, now %d", sh.Deadline, e.now())
	}
	bids := e.bids(id)
	if bids[0].Bidder != s1.addr || bids[1].Bidder != s2.addr || bids[2].Bidder != s0.addr {
		t.Fatalf("bids not sorted after the auction: %+v", bids)
	}
	e.checkInvariants()

	r = e.commit(s1, id, 0)
	e.expectEvents(r, "ShardCommitted")
	e.send(e.dm, e.mktC, e.mkt.PackRecordVerifier(id, big.NewInt(0), 1, e.verifier.addr))
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(0)), "TooEarly")
	e.checkInvariants()

	// Reserves may leave once the auction is over.
	e.send(s0, e.mktC, e.mkt.PackWithdrawBid(id))
	e.expectRevert(s1, e.mktC, e.mkt.PackWithdrawBid(id), "BidConsumed")

	e.advanceTo(e.shard(id, 0).Deadline)
	v0, w0 := e.balance(e.verifier.addr), e.balance(s1.addr)
	r = e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(0)))
	e.expectEvents(r, "ShardFinalized", "Unlocked", "JobClosed")
	bigEq(t, "solver paid", sub(e.balance(s1.addr), w0), tok(60))
	bigEq(t, "verifier paid", sub(e.balance(e.verifier.addr), v0), tok(10))
	bigEq(t, "submitter net cost", sub(sub0, e.balance(e.submitter.addr)), tok(70))
	bigEq(t, "market empty", e.balance(e.marketAddr), new(big.Int))
	closed := findEvent(e, r, e.mkt.UnpackJobClosedEvent)
	if closed.Reason != closeSettled {
		t.Fatalf("close reason %d", closed.Reason)
	}
	bigEq(t, "refund", closed.Refund, tok(30))
	if j := e.job(id); j.State != jobClosed || j.Settled != 1 {
		t.Fatalf("closed job: %+v", j)
	}
	bigEq(t, "s1 unlocked", e.stake(s1.addr).Locked, new(big.Int))
	e.checkInvariants()

	// The last reserve withdraws after the job closed.
	e.send(s2, e.mktC, e.mkt.PackWithdrawBid(id))
	bigEq(t, "s2 unlocked", e.stake(s2.addr).Locked, new(big.Int))
	e.expectRevert(s2, e.mktC, e.mkt.PackWithdrawBid(id), "NoBid")
	e.checkInvariants()
}

// Uniform price with several shards: the S lowest bids win, all paid the (S+1)-th bid; with
// fewer bids than shards the winners are paid the maximum price and the rest is refunded.
func TestUniformClearingPrice(t *testing.T) {
	e := newEnv(t)
	id := e.post(jobParams(3))
	prices := []int64{40, 90, 20, 30, 35}
	for i, p := range prices {
		e.bid(e.solvers[i], id, tok(p))
	}
	e.endBidding(id)
	fin := findEvent(e, e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id)), e.mkt.UnpackAuctionFinalizedEvent)
	bigEq(t, "clearing", fin.ClearingPrice, tok(40))
	winners := map[common.Address]bool{}
	for i := int64(0); i < 3; i++ {
		sh := e.shard(id, i)
		winners[sh.Solver] = true
		bigEq(t, "price", sh.Price, tok(40))
	}
	for _, i := range []int{2, 3, 4} {
		if !winners[e.solvers[i].addr] {
			t.Fatalf("solver %d (bid %d) should have won", i, prices[i])
		}
	}
	e.checkInvariants()

	// Two bids for three shards: both paid the maximum price, the third shard refunded at once.
	id2 := e.post(jobParams(3))
	e.bid(e.solvers[5], id2, tok(10))
	e.bid(e.verifier, id2, tok(5))
	e.endBidding(id2)
	r := e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id2))
	e.expectEvents(r, "AuctionFinalized", "ShardAssigned", "ShardAssigned", "ShardRefunded")
	bigEq(t, "clearing with too few bids", findEvent(e, r, e.mkt.UnpackAuctionFinalizedEvent).ClearingPrice, tok(90))
	if sh := e.shard(id2, 2); sh.State != shardRefunded {
		t.Fatalf("third shard: %+v", sh)
	}
	for i := int64(0); i < 2; i++ {
		e.commit([]*account{e.verifier, e.solvers[5]}[i], id2, i)
	}
	e.advance(challengeWindow)
	sub0 := e.balance(e.submitter.addr)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id2))
	// 300 budget: 2 x 90 paid, no verifier recorded so the fees come back, plus the third share.
	bigEq(t, "refund", sub(e.balance(e.submitter.addr), sub0), tok(120))
	e.checkInvariants()
}

func TestCancelBeforeAssignment(t *testing.T) {
	e := newEnv(t)
	id := e.post(jobParams(1))
	e.bid(e.solvers[0], id, tok(50))
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackCancelJob(id), "NotSubmitter")
	sub0 := e.balance(e.submitter.addr)
	r := e.send(e.submitter, e.mktC, e.mkt.PackCancelJob(id))
	e.expectEvents(r, "JobClosed")
	if ev := findEvent(e, r, e.mkt.UnpackJobClosedEvent); ev.Reason != closeCancelled {
		t.Fatalf("reason %d", ev.Reason)
	}
	bigEq(t, "refund", sub(e.balance(e.submitter.addr), sub0), tok(100))
	e.checkInvariants() // the bid is still locked until withdrawn
	e.expectRevert(e.solvers[1], e.mktC, e.mkt.PackBid(id, tok(1)), "WrongJobState")
	e.send(e.solvers[0], e.mktC, e.mkt.PackWithdrawBid(id))
	bigEq(t, "unlocked", e.stake(e.solvers[0].addr).Locked, new(big.Int))
	e.expectRevert(e.submitter, e.mktC, e.mkt.PackCancelJob(id), "WrongJobState")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")

	// After the auction the submitter can no longer cancel.
	id2 := e.post(jobParams(1))
	e.bid(e.solvers[0], id2, tok(50))
	e.endBidding(id2)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id2))
	e.expectRevert(e.submitter, e.mktC, e.mkt.PackCancelJob(id2), "WrongJobState")
	e.checkInvariants()
}

func TestNoBidsRefund(t *testing.T) {
	e := newEnv(t)
	id := e.post(jobParams(2))
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	e.endBidding(id)
	sub0 := e.balance(e.submitter.addr)
	r := e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "JobClosed")
	if ev := findEvent(e, r, e.mkt.UnpackJobClosedEvent); ev.Reason != closeNoBids {
		t.Fatalf("reason %d", ev.Reason)
	}
	bigEq(t, "refund", sub(e.balance(e.submitter.addr), sub0), tok(200))
	e.expectRevert(e.solvers[0], e.mktC, e.mkt.PackBid(id, tok(1)), "WrongJobState")
	e.checkInvariants()
}

// A solver that misses its deadline is slashed 25% (burned) and the shard goes to the next
// reserve, which is paid max(clearing price, its bid) and gets a fresh training period.
func TestMissedDeadlineReassigns(t *testing.T) {
	e := newEnv(t)
	s0, s1, s2, s3 := e.solvers[0], e.solvers[1], e.solvers[2], e.solvers[3]
	id := e.post(jobParams(1))
	e.bid(s0, id, tok(10))
	e.bid(s1, id, tok(20))
	e.bid(s2, id, tok(30))
	e.bid(s3, id, tok(40))
	e.endBidding(id)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	e.send(s1, e.mktC, e.mkt.PackWithdrawBid(id)) // the first reserve leaves: s2 is next
	deadline := e.shard(id, 0).Deadline

	e.expectRevert(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, big.NewInt(0)), "TooEarly")
	e.advanceTo(deadline)
	e.expectRevert(s0, e.mktC, e.mkt.PackCommit(id, big.NewInt(0), common.Hash{1}, common.Hash{2}), "DeadlinePassed")
	r := e.send(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, big.NewInt(0)))
	e.expectEvents(r, "DeadlineMissed", "Slashed", "Unlocked", "ShardAssigned")
	penalty := new(big.Int).Div(tok(25), big.NewInt(2)) // 25% of 50
	bigEq(t, "slashed stake", e.stake(s0.addr).Bonded, sub(tok(1000), penalty))
	bigEq(t, "slash event", findEvent(e, r, e.mkt.UnpackDeadlineMissedEvent).Slashed, penalty)
	bigEq(t, "burned", call(e, e.stkC, e.stk.PackBurned(), e.stk.UnpackBurned), penalty)
	sh := e.shard(id, 0)
	if sh.Solver != s2.addr || sh.Attempt != 2 || sh.State != shardAssigned {
		t.Fatalf("reassigned shard: %+v", sh)
	}
	bigEq(t, "reserve price = max(clearing 20, own bid 30)", sh.Price, tok(30))
	if sh.Deadline != e.now()+uint64(trainingPeriod/time.Second) {
		t.Fatal("no fresh training period")
	}
	e.checkInvariants()
	e.expectRevert(s0, e.mktC, e.mkt.PackCommit(id, big.NewInt(0), common.Hash{1}, common.Hash{2}), "NotSolver")
	e.expectRevert(s0, e.mktC, e.mkt.PackWithdrawBid(id), "BidConsumed")
	e.expectRevert(s2, e.mktC, e.mkt.PackWithdrawBid(id), "BidConsumed")

	e.commit(s2, id, 0)
	e.advance(challengeWindow)
	w := e.balance(s2.addr)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	bigEq(t, "replacement paid", sub(e.balance(s2.addr), w), tok(30))
	e.send(s3, e.mktC, e.mkt.PackWithdrawBid(id))
	e.checkInvariants()
}

// With no reserve left, a missed deadline refunds the shard's share.
func TestMissedDeadlineWithoutReserveRefunds(t *testing.T) {
	e := newEnv(t)
	id := e.post(jobParams(1))
	e.bid(e.solvers[0], id, tok(10))
	e.endBidding(id)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.advanceTo(e.shard(id, 0).Deadline)
	sub0 := e.balance(e.submitter.addr)
	r := e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "DeadlineMissed", "Slashed", "Unlocked", "ShardRefunded", "JobClosed")
	bigEq(t, "full refund", sub(e.balance(e.submitter.addr), sub0), tok(100))
	bigEq(t, "burned", call(e, e.stkC, e.stk.PackBurned(), e.stk.UnpackBurned), new(big.Int).Div(tok(25), big.NewInt(2)))
	e.checkInvariants()
}
