package contracts

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// committedJob posts a one-shard job with the given bids (solver i bids prices[i]), runs the
// auction and has the winner commit. It returns the job id and the winner.
func (e *env) committedJob(prices ...int64) (*big.Int, *account) {
	e.t.Helper()
	id := e.post(jobParams(1))
	for i, p := range prices {
		e.bid(e.solvers[i], id, tok(p))
	}
	e.endBidding(id)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	var winner *account
	for _, s := range e.solvers {
		if s.addr == e.shard(id, 0).Solver {
			winner = s
		}
	}
	e.commit(winner, id, 0)
	return id, winner
}

var shard0 = big.NewInt(0)

// A dispute the solver wins: the shard cannot finalize while it is open, and the challenge
// window is paused for as long as it was open.
func TestDisputeSolverWins(t *testing.T) {
	e := newEnv(t)
	id, winner := e.committedJob(40)
	e.advance(challengeWindow / 2)
	r := e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1))
	e.expectEvents(r, "DisputeOpened")
	openedAt := e.now()
	end0 := e.shard(id, 0).Deadline
	remaining := end0 - openedAt

	e.advance(3 * challengeWindow) // far past the original window
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0), "DisputeOpen")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	// A second challenger can still join while the window is paused.
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1))
	if sh := e.shard(id, 0); sh.Disputes != 2 {
		t.Fatalf("disputes %d", sh.Disputes)
	}
	e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, false, e.challenger.addr))
	if sh := e.shard(id, 0); sh.Disputes != 1 || sh.Deadline != end0 {
		t.Fatalf("after the first close: %+v", sh)
	}
	r = e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, false, e.challenger.addr))
	closedAt := e.now()
	ev := findEvent(e, r, e.mkt.UnpackDisputeClosedEvent)
	if ev.SolverLost || ev.OpenDisputes.Sign() != 0 {
		t.Fatalf("close event: %+v", ev)
	}
	sh := e.shard(id, 0)
	if sh.Deadline != closedAt+remaining || ev.ChallengeEnd != sh.Deadline {
		t.Fatalf("challenge window not resumed: end %d, closed at %d, remaining %d", sh.Deadline, closedAt, remaining)
	}
	e.expectRevert(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, false, e.challenger.addr), "NoOpenDispute")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0), "TooEarly")
	e.advanceTo(sh.Deadline)
	e.expectRevert(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1), "ChallengeWindowClosed")
	w := e.balance(winner.addr)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0))
	bigEq(t, "paid", sub(e.balance(winner.addr), w), tok(90))
	bigEq(t, "stake intact", e.stake(winner.addr).Bonded, tok(1000))
	e.checkInvariants()
}

// A dispute the solver loses: its whole shard stake is slashed, half credited to the
// challenger's stake and half burned, and the shard goes to the next reserve (attempt 2); calls
// naming the old attempt are refused.
func TestDisputeSolverLosesReassigns(t *testing.T) {
	e := newEnv(t)
	id, loser := e.committedJob(40, 60)
	reserve := e.solvers[1]
	e.send(e.dm, e.mktC, e.mkt.PackRecordVerifier(id, shard0, 1, e.verifier.addr))
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1))
	ch0 := e.stake(e.challenger.addr).Bonded
	r := e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, true, e.challenger.addr))
	e.expectEvents(r, "DisputeClosed", "SolverSlashed", "Slashed", "ShardAssigned")
	bigEq(t, "loser stake", e.stake(loser.addr).Bonded, tok(950))
	bigEq(t, "challenger reward (in stake)", sub(e.stake(e.challenger.addr).Bonded, ch0), tok(25))
	bigEq(t, "burned", call(e, e.stkC, e.stk.PackBurned(), e.stk.UnpackBurned), tok(25))
	sh := e.shard(id, 0)
	if sh.Solver != reserve.addr || sh.Attempt != 2 || sh.State != shardAssigned || sh.Verifier != (common.Address{}) {
		t.Fatalf("reassigned shard: %+v", sh)
	}
	bigEq(t, "reserve price", sh.Price, tok(60))
	e.checkInvariants()

	e.commit(reserve, id, 0)
	for _, data := range [][]byte{
		e.mkt.PackOpenDispute(id, shard0, 1),
		e.mkt.PackCloseDispute(id, shard0, 1, true, e.challenger.addr),
		e.mkt.PackRecordVerifier(id, shard0, 1, e.verifier.addr),
	} {
		e.expectRevert(e.dm, e.mktC, data, "WrongAttempt")
	}
	e.advance(challengeWindow)
	v := e.balance(e.verifier.addr)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	bigEq(t, "no verifier recorded for attempt 2: no fee", sub(e.balance(e.verifier.addr), v), new(big.Int))
	e.checkInvariants()
}

// A lost dispute with no reserve refunds the shard; a zero challenger gets no reward (all burned).
func TestDisputeSolverLosesRefunds(t *testing.T) {
	e := newEnv(t)
	id, loser := e.committedJob(40)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1))
	sub0 := e.balance(e.submitter.addr)
	r := e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, true, common.Address{}))
	e.expectEvents(r, "DisputeClosed", "SolverSlashed", "Slashed", "ShardRefunded", "JobClosed")
	bigEq(t, "refund", sub(e.balance(e.submitter.addr), sub0), tok(100))
	bigEq(t, "loser stake", e.stake(loser.addr).Bonded, tok(950))
	bigEq(t, "burned", call(e, e.stkC, e.stk.PackBurned(), e.stk.UnpackBurned), tok(50))
	e.checkInvariants()
}

// A dispute the dispute contract never closes expires after disputeTimeout: the solver is
// unlocked unpaid and the shard refunded.
func TestDisputeTimeout(t *testing.T) {
	e := newEnv(t)
	id, winner := e.committedJob(40)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1))
	since := e.shard(id, 0).DisputeSince
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackExpireDispute(id, shard0), "TooEarly")
	e.advanceTo(since + uint64(disputeTimeout/time.Second) - 1)
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackExpireDispute(id, shard0), "TooEarly")
	e.advance(time.Second)
	sub0 := e.balance(e.submitter.addr)
	r := e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "DisputeExpired", "Unlocked", "ShardRefunded", "JobClosed")
	bigEq(t, "refund", sub(e.balance(e.submitter.addr), sub0), tok(100))
	s := e.stake(winner.addr)
	bigEq(t, "solver unlocked", s.Locked, new(big.Int))
	bigEq(t, "solver not slashed", s.Bonded, tok(1000))
	e.expectRevert(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, true, e.challenger.addr), "WrongShardState")
	e.checkInvariants()
}

// Disputes that keep opening and closing never reach the neutral expiry (docs/adversaries.md,
// hole 6): it is timed from the last dispute activity on the shard, not from the first open, so a
// challenger chaining games, each within its clock, cannot deny an honest solver its pay. The
// pause of the challenge window still counts from the first open.
func TestDisputeTimeoutFromLastActivity(t *testing.T) {
	e := newEnv(t)
	id, winner := e.committedJob(40)
	end := e.shard(id, 0).Deadline
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1)) // game A
	since := e.shard(id, 0).DisputeSince
	timeout := uint64(disputeTimeout / time.Second)
	e.advanceTo(since + timeout/2)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1)) // game B, while A runs
	e.advanceTo(since + timeout - 10)
	e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, false, e.challenger.addr)) // A: the solver won
	closedA := e.shard(id, 0).DisputeActivity
	if sh := e.shard(id, 0); sh.DisputeSince != since || sh.Disputes != 1 {
		t.Fatalf("after A: since %d (want %d), %d open", sh.DisputeSince, since, sh.Disputes)
	}
	// The old rule would expire here; the new one waits for a timeout after A's close.
	e.advanceTo(since + timeout + 5)
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackExpireDispute(id, shard0), "TooEarly")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	// B closes, the solver won: the window resumes, extended by the whole pause from A's open.
	e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, false, e.challenger.addr))
	sh := e.shard(id, 0)
	if paused := sh.DisputeActivity - since; sh.Disputes != 0 || sh.Deadline != end+paused {
		t.Fatalf("after B: %d open, window end %d, want %d + %d", sh.Disputes, sh.Deadline, end, paused)
	}
	e.advanceTo(sh.Deadline)
	b0 := e.balance(winner.addr)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0))
	if e.balance(winner.addr).Cmp(b0) <= 0 {
		t.Fatal("the honest solver was not paid")
	}
	// A dispute left open with no activity still expires a timeout after the last one.
	id2, _ := e.committedJob(40)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id2, shard0, 1))
	last := e.shard(id2, 0).DisputeActivity
	if last < closedA {
		t.Fatalf("activity %d before %d", last, closedA)
	}
	e.advanceTo(last + timeout - 1)
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackExpireDispute(id2, shard0), "TooEarly")
	e.advance(time.Second)
	e.expectEvents(e.send(e.anyone, e.mktC, e.mkt.PackExpireDispute(id2, shard0)), "DisputeExpired", "Unlocked", "ShardRefunded", "JobClosed")
	e.checkInvariants()
}

// Only the dispute manager can use the hooks, only on committed shards, only in the window.
func TestDisputeHookRefusals(t *testing.T) {
	e := newEnv(t)
	id := e.post(jobParams(1))
	e.bid(e.solvers[0], id, tok(40))
	e.endBidding(id)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	e.expectRevert(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1), "WrongShardState") // not committed yet
	e.commit(e.solvers[0], id, 0)
	for _, who := range []*account{e.submitter, e.solvers[0], e.challenger, e.deployer} {
		e.expectRevert(who, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1), "NotDisputeManager")
		e.expectRevert(who, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, true, who.addr), "NotDisputeManager")
		e.expectRevert(who, e.mktC, e.mkt.PackRecordVerifier(id, shard0, 1, who.addr), "NotDisputeManager")
	}
	e.expectRevert(e.dm, e.mktC, e.mkt.PackRecordVerifier(id, shard0, 1, common.Address{}), "ZeroAddress")
	e.expectRevert(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, true, e.challenger.addr), "NoOpenDispute")
	e.expectRevert(e.dm, e.mktC, e.mkt.PackOpenDispute(id, big.NewInt(1), 1), "WrongShardState") // no such shard
	e.advance(challengeWindow)
	e.expectRevert(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1), "ChallengeWindowClosed")
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0))
	e.expectRevert(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1), "WrongShardState")
	e.checkInvariants()
}
