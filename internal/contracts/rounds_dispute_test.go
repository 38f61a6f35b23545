package contracts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"veritrain/internal/commit"
	"veritrain/internal/game"
)

// Disputes on the rounds of a job trained in rounds: every round's commit opens a challenge
// window, disputable like a final commit; a lost dispute on a round before the last reassigns
// the shard in that round; once the job's rounds have ended (a shard was refunded), the shards
// in a round's window are refunded at its end and no shard is reassigned any more. Then
// DisputeGame's rules for such a job: the steps a game can open, the round's trace root over
// H+2 leaves, and the step the Judge is asked about.

// A dispute on a round before the last, opened within its window, pauses the window: the round
// cannot be accepted and the next round cannot open. The solver loses: its whole shard stake is
// slashed (half to the challenger's stake, half burned) and the next reserve takes the shard in
// the same round; the other shard, whose round is accepted, waits until the replacement's commit
// of that round is accepted, and then the next round opens. The job completes and pays the
// replacement, not the loser.
func TestRoundsLostDisputeOnEarlierRoundReassigns(t *testing.T) {
	e := newEnv(t)
	s0, s1, s2, s3 := e.solvers[0], e.solvers[1], e.solvers[2], e.solvers[3]
	sub0 := e.balance(e.submitter.addr)
	id := e.roundJob(2, 2, 10, 20, 30, 40) // clearing 30; reserves s2, then s3
	e.commitRound(s0, id, 0, 0)
	r := e.commitRound(s1, id, 1, 0)
	end1 := findEvent(e, r, e.mkt.UnpackRoundCommittedEvent).ChallengeEnd
	e.send(e.dm, e.mktC, e.mkt.PackRecordVerifier(id, big.NewInt(1), 1, e.verifier.addr))
	e.advance(challengeWindow / 2)
	e.expectEvents(e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, big.NewInt(1), 1)), "DisputeOpened")

	// Far past the window's end: shard 0's round is accepted, shard 1's is not, and no round opens.
	e.advance(3 * challengeWindow)
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(1)), "DisputeOpen")
	r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "RoundAccepted")
	if acc := findEvent(e, r, e.mkt.UnpackRoundAcceptedEvent); acc.Shard.Int64() != 0 {
		t.Fatalf("RoundAccepted %+v", acc)
	}
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	if sh := e.shard(id, 1); sh.State != shardCommitted || sh.Disputes != 1 || sh.Deadline != end1 || sh.Round != 0 {
		t.Fatalf("disputed shard: %+v", sh)
	}
	if j := e.job(id); j.Round != 0 {
		t.Fatalf("job round %d with a round in dispute", j.Round)
	}
	e.checkInvariants()

	// The solver loses.
	ch0, burned0 := e.stake(e.challenger.addr).Bonded, e.burned()
	r = e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, big.NewInt(1), 1, true, e.challenger.addr))
	e.expectEvents(r, "DisputeClosed", "SolverSlashed", "Slashed", "ShardAssigned")
	sl := findEvent(e, r, e.mkt.UnpackSolverSlashedEvent)
	if sl.Shard.Int64() != 1 || sl.Attempt.Int64() != 1 || sl.Solver != s1.addr || sl.Challenger != e.challenger.addr {
		t.Fatalf("SolverSlashed %+v", sl)
	}
	bigEq(t, "slashed", sl.Amount, tok(50))
	bigEq(t, "reward", sl.Reward, tok(25))
	bigEq(t, "s1 bonded", e.stake(s1.addr).Bonded, tok(950))
	bigEq(t, "s1 locked", e.stake(s1.addr).Locked, new(big.Int))
	bigEq(t, "challenger reward (in stake)", sub(e.stake(e.challenger.addr).Bonded, ch0), tok(25))
	bigEq(t, "burned", sub(e.burned(), burned0), tok(25))
	sh := e.shard(id, 1)
	if sh.Solver != s2.addr || sh.Attempt != 2 || sh.State != shardAssigned || sh.Round != 0 ||
		sh.Deadline != e.now()+trainingSecs || sh.Verifier != (common.Address{}) {
		t.Fatalf("reassigned shard: %+v", sh)
	}
	bigEq(t, "replacement price", sh.Price, tok(30))
	if sh0 := e.shard(id, 0); sh0.State != shardAssigned || sh0.Round != 1 || sh0.Deadline != waitingDeadline {
		t.Fatalf("the waiting shard was touched: %+v", sh0)
	}
	if j := e.job(id); j.Round != 0 || j.RoundsEnded || j.NextReserve != 3 {
		t.Fatalf("job after the reassignment: %+v", j)
	}
	e.expectRevert(s1, e.mktC, e.mkt.PackCommit(id, big.NewInt(1), common.Hash{1}, common.Hash{2}), "NotSolver")
	e.expectRevert(e.dm, e.mktC, e.mkt.PackOpenDispute(id, big.NewInt(1), 1), "WrongShardState")
	e.checkInvariants()

	// The replacement redoes round 0: its root replaces the loser's; shard 0 still waits until
	// the replacement's round is accepted, and then round 1 opens for both.
	r = e.commitRound(s2, id, 1, 0)
	e.expectEvents(r, "RoundCommitted")
	if ev := findEvent(e, r, e.mkt.UnpackRoundCommittedEvent); ev.Attempt.Int64() != 2 || ev.Round.Int64() != 0 || ev.Solver != s2.addr {
		t.Fatalf("replacement's RoundCommitted %+v", ev)
	}
	if _, want := roundRoots(s2, 1, 0); e.roundRoot(id, 1, 0) != want {
		t.Fatal("the replacement's commit did not replace the round's root")
	}
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	if sh0 := e.shard(id, 0); sh0.Deadline != waitingDeadline || e.job(id).Round != 0 {
		t.Fatalf("round opened before the replacement's round was accepted: %+v", sh0)
	}
	e.advance(challengeWindow)
	r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "RoundAccepted", "RoundOpened")
	if acc := findEvent(e, r, e.mkt.UnpackRoundAcceptedEvent); acc.Shard.Int64() != 1 || acc.Attempt.Int64() != 2 || acc.Round.Int64() != 0 {
		t.Fatalf("RoundAccepted %+v", acc)
	}
	op := findEvent(e, r, e.mkt.UnpackRoundOpenedEvent)
	if op.Round.Int64() != 1 || op.Deadline != e.now()+trainingSecs {
		t.Fatalf("RoundOpened %+v", op)
	}
	for i := range int64(2) {
		if sh := e.shard(id, i); sh.State != shardAssigned || sh.Round != 1 || sh.Deadline != op.Deadline {
			t.Fatalf("round 1 opened: shard %d %+v", i, sh)
		}
	}
	e.checkInvariants()

	// The last round: both commit, the windows pass, and the job pays the shards' holders.
	e.expectEvents(e.commitRound(s0, id, 0, 1), "ShardCommitted")
	e.expectEvents(e.commitRound(s2, id, 1, 1), "ShardCommitted")
	e.advance(challengeWindow)
	b0, b1, b2, v0, sb := e.balance(s0.addr), e.balance(s1.addr), e.balance(s2.addr), e.balance(e.verifier.addr), e.balance(e.submitter.addr)
	r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "ShardFinalized", "Unlocked", "ShardFinalized", "Unlocked", "JobClosed")
	bigEq(t, "s0 paid", sub(e.balance(s0.addr), b0), tok(30))
	bigEq(t, "s1 (the loser) paid", sub(e.balance(s1.addr), b1), new(big.Int))
	bigEq(t, "s2 (the replacement) paid", sub(e.balance(s2.addr), b2), tok(30))
	bigEq(t, "no fee for the verifier of the lost attempt", sub(e.balance(e.verifier.addr), v0), new(big.Int))
	bigEq(t, "refund", sub(e.balance(e.submitter.addr), sb), tok(140))
	bigEq(t, "submitter net cost", sub(sub0, e.balance(e.submitter.addr)), tok(60))
	bigEq(t, "market empty", e.balance(e.marketAddr), new(big.Int))
	for _, s := range []*account{s0, s2} {
		bigEq(t, s.name+" bonded", e.stake(s.addr).Bonded, tok(1000))
		bigEq(t, s.name+" locked", e.stake(s.addr).Locked, new(big.Int))
	}
	bigEq(t, "s1 bonded", e.stake(s1.addr).Bonded, tok(950))
	e.send(s3, e.mktC, e.mkt.PackWithdrawBid(id))
	bigEq(t, "s3 locked", e.stake(s3.addr).Locked, new(big.Int))
	e.checkInvariants()
}

// A dispute the solver wins on a round before the last: the window, paused while the dispute was
// open, resumes for what was left of it; the round is accepted only at the resumed end, which
// opens the next round, and the job completes and pays both solvers in full.
func TestRoundsWonDisputeOnEarlierRoundResumesWindow(t *testing.T) {
	e := newEnv(t)
	s0, s1 := e.solvers[0], e.solvers[1]
	sub0 := e.balance(e.submitter.addr)
	id := e.roundJob(2, 2, 10, 20) // no reserve: the clearing price is the maximum, 90
	r := e.commitRound(s0, id, 0, 0)
	end0 := findEvent(e, r, e.mkt.UnpackRoundCommittedEvent).ChallengeEnd
	e.advance(challengeWindow / 2)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1))
	remaining := end0 - e.now()
	e.commitRound(s1, id, 1, 0)
	e.advance(3 * challengeWindow)
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0), "DisputeOpen")
	r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "RoundAccepted") // shard 1 only
	if acc := findEvent(e, r, e.mkt.UnpackRoundAcceptedEvent); acc.Shard.Int64() != 1 {
		t.Fatalf("RoundAccepted %+v", acc)
	}
	e.checkInvariants()

	burned0, ch0 := e.burned(), e.stake(e.challenger.addr).Bonded
	r = e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, shard0, 1, false, e.challenger.addr))
	e.expectEvents(r, "DisputeClosed")
	ev := findEvent(e, r, e.mkt.UnpackDisputeClosedEvent)
	if ev.SolverLost || ev.OpenDisputes.Sign() != 0 || ev.ChallengeEnd != e.now()+remaining {
		t.Fatalf("DisputeClosed %+v (now %d, remaining %d)", ev, e.now(), remaining)
	}
	sh := e.shard(id, 0)
	if sh.State != shardCommitted || sh.Disputes != 0 || sh.Deadline != ev.ChallengeEnd || sh.Round != 0 || sh.Attempt != 1 {
		t.Fatalf("shard after the won dispute: %+v", sh)
	}
	bigEq(t, "s0 bonded", e.stake(s0.addr).Bonded, tok(1000))
	bigEq(t, "s0 still locked", e.stake(s0.addr).Locked, tok(50))
	bigEq(t, "challenger stake", e.stake(e.challenger.addr).Bonded, ch0)
	bigEq(t, "burned", e.burned(), burned0)
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0), "TooEarly")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	if j := e.job(id); j.Round != 0 {
		t.Fatalf("job round %d before shard 0's round is accepted", j.Round)
	}
	e.checkInvariants()

	e.advanceTo(ev.ChallengeEnd)
	e.expectRevert(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1), "ChallengeWindowClosed")
	r = e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0))
	e.expectEvents(r, "RoundAccepted", "RoundOpened")
	if acc := findEvent(e, r, e.mkt.UnpackRoundAcceptedEvent); acc.Shard.Int64() != 0 || acc.Round.Int64() != 0 || acc.Attempt.Int64() != 1 {
		t.Fatalf("RoundAccepted %+v", acc)
	}
	if j := e.job(id); j.Round != 1 {
		t.Fatalf("job round %d", j.Round)
	}
	e.checkInvariants()

	e.expectEvents(e.commitRound(s0, id, 0, 1), "ShardCommitted")
	e.expectEvents(e.commitRound(s1, id, 1, 1), "ShardCommitted")
	e.advance(challengeWindow)
	b0, b1 := e.balance(s0.addr), e.balance(s1.addr)
	r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "ShardFinalized", "Unlocked", "ShardFinalized", "Unlocked", "JobClosed")
	bigEq(t, "s0 paid", sub(e.balance(s0.addr), b0), tok(90))
	bigEq(t, "s1 paid", sub(e.balance(s1.addr), b1), tok(90))
	bigEq(t, "refund", findEvent(e, r, e.mkt.UnpackJobClosedEvent).Refund, tok(20))
	bigEq(t, "submitter net cost", sub(sub0, e.balance(e.submitter.addr)), tok(180))
	bigEq(t, "market empty", e.balance(e.marketAddr), new(big.Int))
	for _, s := range []*account{s0, s1} {
		bigEq(t, s.name+" bonded", e.stake(s.addr).Bonded, tok(1000))
		bigEq(t, s.name+" locked", e.stake(s.addr).Locked, new(big.Int))
	}
	e.checkInvariants()
}

// Once a shard of a job in rounds is refunded (here: its solver missed round 0's deadline and no
// reserve is left), the rounds cannot go on (roundsEnded): a shard in round 0's window is not
// accepted at the window's end but refunded, its solver unlocked unpaid and unslashed; a lost
// dispute on another shard's round 0 slashes its solver and refunds the shard. The job closes
// with the whole budget refunded and no token or stake left in the market.
func TestRoundsEndedRefundsShardsInWindow(t *testing.T) {
	e := newEnv(t)
	s0, s1, s2 := e.solvers[0], e.solvers[1], e.solvers[2]
	sub0 := e.balance(e.submitter.addr)
	id := e.roundJob(3, 2, 10, 20, 30) // no reserve: the clearing price is the maximum, 90
	deadline := e.shard(id, 0).Deadline
	// Shards 1 and 2 commit round 0 shortly before its deadline; shard 2's is disputed.
	e.advanceTo(deadline - 10)
	r := e.commitRound(s1, id, 1, 0)
	end1 := findEvent(e, r, e.mkt.UnpackRoundCommittedEvent).ChallengeEnd
	e.commitRound(s2, id, 2, 0)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, big.NewInt(2), 1))

	// Shard 0 missed the deadline: refunded, which ends the rounds; the committed shards stay.
	e.advanceTo(deadline)
	r = e.send(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, shard0))
	e.expectEvents(r, "DeadlineMissed", "Slashed", "Unlocked", "ShardRefunded")
	if got := e.refundedShards(r); fmt.Sprint(got) != "[0]" {
		t.Fatalf("refunded shards %v", got)
	}
	if j := e.job(id); !j.RoundsEnded || j.State != jobActive || j.Settled != 1 || j.Round != 0 {
		t.Fatalf("job after the refund: %+v", j)
	}
	for i := int64(1); i < 3; i++ {
		if sh := e.shard(id, i); sh.State != shardCommitted || sh.Round != 0 {
			t.Fatalf("committed shard %d touched: %+v", i, sh)
		}
	}
	bigEq(t, "s0 bonded", e.stake(s0.addr).Bonded, sub(tok(1000), missPenalty))
	bigEq(t, "s0 locked", e.stake(s0.addr).Locked, new(big.Int))
	e.checkInvariants()

	// Shard 1's window ends: its round is not accepted but the shard refunded, its solver
	// unlocked, neither paid nor slashed.
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(1)), "TooEarly")
	e.advanceTo(end1)
	b1 := e.balance(s1.addr)
	r = e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(1)))
	e.expectEvents(r, "Unlocked", "ShardRefunded")
	if got := e.refundedShards(r); fmt.Sprint(got) != "[1]" {
		t.Fatalf("refunded shards %v", got)
	}
	if un := findEvent(e, r, e.stk.UnpackUnlockedEvent); un.Account != s1.addr || un.Amount.Cmp(tok(50)) != 0 {
		t.Fatalf("Unlocked %+v", un)
	}
	if sh := e.shard(id, 1); sh.State != shardRefunded {
		t.Fatalf("shard 1: %+v", sh)
	}
	bigEq(t, "s1 paid", sub(e.balance(s1.addr), b1), new(big.Int))
	bigEq(t, "s1 bonded", e.stake(s1.addr).Bonded, tok(1000))
	bigEq(t, "s1 locked", e.stake(s1.addr).Locked, new(big.Int))
	if j := e.job(id); j.State != jobActive || j.Settled != 2 || j.Round != 0 {
		t.Fatalf("job: %+v", j)
	}
	e.checkInvariants()

	// Shard 2's solver loses its dispute: slashed whole, and the shard refunded, which closes the
	// job with the whole budget refunded.
	ch0, burned0 := e.stake(e.challenger.addr).Bonded, e.burned()
	r = e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, big.NewInt(2), 1, true, e.challenger.addr))
	e.expectEvents(r, "DisputeClosed", "SolverSlashed", "Slashed", "ShardRefunded", "JobClosed")
	closed := findEvent(e, r, e.mkt.UnpackJobClosedEvent)
	if closed.Reason != closeSettled {
		t.Fatalf("close reason %d", closed.Reason)
	}
	bigEq(t, "refund", closed.Refund, tok(300))
	bigEq(t, "submitter whole", e.balance(e.submitter.addr), sub0)
	bigEq(t, "s2 bonded", e.stake(s2.addr).Bonded, tok(950))
	bigEq(t, "s2 locked", e.stake(s2.addr).Locked, new(big.Int))
	bigEq(t, "challenger reward (in stake)", sub(e.stake(e.challenger.addr).Bonded, ch0), tok(25))
	bigEq(t, "burned", sub(e.burned(), burned0), tok(25))
	bigEq(t, "market empty", e.balance(e.marketAddr), new(big.Int))
	bigEq(t, "market owes nothing", call(e, e.mktC, e.mkt.PackTotalOwed(), e.mkt.UnpackTotalOwed), new(big.Int))
	if j := e.job(id); j.State != jobClosed || j.Settled != 3 || j.Escrow.Sign() != 0 {
		t.Fatalf("closed job: %+v", j)
	}
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	e.checkInvariants()
}

// Once the rounds have ended, a lost dispute refunds the shard although a reserve is left (the
// reserve's work could not be used). Here the rounds end by an expired dispute on shard 0's
// round 0 (a neutral refund), which also refunds shard 1, whose round 0 is accepted and waits;
// shard 2's solver then loses the dispute on its round 0: slashed, and the shard refunded, not
// reassigned. The reserve keeps its bid and withdraws it; no token or stake is left.
func TestRoundsEndedLostDisputeRefundsDespiteReserve(t *testing.T) {
	e := newEnv(t)
	s0, s1, s2, s3 := e.solvers[0], e.solvers[1], e.solvers[2], e.solvers[3]
	sub0 := e.balance(e.submitter.addr)
	id := e.roundJob(3, 2, 10, 20, 30, 40) // clearing 40; reserve s3
	for i, s := range []*account{s0, s1, s2} {
		e.commitRound(s, id, int64(i), 0)
	}
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, shard0, 1))
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, big.NewInt(2), 1))
	e.advance(challengeWindow)
	r := e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "RoundAccepted") // shard 1; shards 0 and 2 are in dispute
	e.advance(disputeTimeout)
	r = e.send(e.anyone, e.mktC, e.mkt.PackExpireDispute(id, shard0))
	e.expectEvents(r, "DisputeExpired", "Unlocked", "ShardRefunded", "ShardRefunded", "Unlocked")
	if got := e.refundedShards(r); fmt.Sprint(got) != "[0 1]" {
		t.Fatalf("refunded shards %v", got)
	}
	if j := e.job(id); !j.RoundsEnded || j.State != jobActive || j.Settled != 2 || j.NextReserve != 3 {
		t.Fatalf("job after the expiry: %+v", j)
	}
	e.checkInvariants()

	ch0 := e.stake(e.challenger.addr).Bonded
	r = e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, big.NewInt(2), 1, true, e.challenger.addr))
	e.expectEvents(r, "DisputeClosed", "SolverSlashed", "Slashed", "ShardRefunded", "JobClosed")
	if sh := e.shard(id, 2); sh.State != shardRefunded || sh.Solver != s2.addr || sh.Attempt != 1 {
		t.Fatalf("shard 2: %+v", sh)
	}
	j := e.job(id)
	if j.State != jobClosed || j.NextReserve != 3 || j.Escrow.Sign() != 0 {
		t.Fatalf("closed job: %+v", j)
	}
	bigEq(t, "refund", findEvent(e, r, e.mkt.UnpackJobClosedEvent).Refund, tok(300))
	bigEq(t, "submitter whole", e.balance(e.submitter.addr), sub0)
	bigEq(t, "s2 bonded", e.stake(s2.addr).Bonded, tok(950))
	bigEq(t, "challenger reward (in stake)", sub(e.stake(e.challenger.addr).Bonded, ch0), tok(25))
	for _, s := range []*account{s0, s1} {
		bigEq(t, s.name+" bonded", e.stake(s.addr).Bonded, tok(1000))
	}
	bigEq(t, "s3 (reserve) still locked", e.stake(s3.addr).Locked, tok(50))
	e.send(s3, e.mktC, e.mkt.PackWithdrawBid(id))
	for _, s := range []*account{s0, s1, s2, s3} {
		bigEq(t, s.name+" locked", e.stake(s.addr).Locked, new(big.Int))
	}
	bigEq(t, "market empty", e.balance(e.marketAddr), new(big.Int))
	e.checkInvariants()
}

// roundClaimHash is claimHash for the claim naming the given step and shard (MockJudge checks
// keccak256(abi.encode(claim))).
func (d *dgEnv) roundClaimHash(j *dgJob, c game.ElementClaim, step, shard int64) common.Hash {
	claim := dgClaim{
		Step: big.NewInt(step), Op: big.NewInt(int64(c.Op)), Element: big.NewInt(int64(c.Element)), Claimed: c.Claimed,
		OutputRoot: c.OutputRoot, OpTraceRoot: c.OpTraceRoot, Prev: c.Prev, Cur: c.Cur,
		JobId: j.id, Shard: big.NewInt(shard), GraphRoot: j.graph.Root(),
		NumOps: big.NewInt(int64(len(j.p.Ops))), NumStates: big.NewInt(int64(j.p.StateSlots)),
		DataRoot: d.dataRt, Context: d.context,
	}
	var b []byte
	var err error
	if c.Partial {
		b, err = d.partArgs.Pack(claim, big.NewInt(int64(c.Segment)), c.Start)
	} else {
		b, err = d.claimArgs.Pack(claim)
	}
	if err != nil {
		d.t.Fatal(err)
	}
	return crypto.Keccak256Hash(b)
}

// DisputeGame on a job of S = 2 shards trained in R = 2 rounds of H = 4 inner steps. The layout
// copies the market's rounds and shards and must be whole rounds. A game opens only on a step of
// the shard's current round, against the round's trace root over H+2 leaves (the shard's state
// at the start of the round, then after each inner step: step r·H+k is proven as leaves k-1 and
// k; last the global state the round started from, which RoundGame checks), with a proof for
// step 1 too. A game on shard 1's round 0 (a round before the last) is
// played to the Judge, which is asked about step (t-1)·S+s+1 (the shard's own data stream): the
// cheating solver is slashed and the reserve takes the shard in round 0, whose acceptance opens
// round 1, where a game can open only on round 1's steps.
func TestDisputeGameOpenInRounds(t *testing.T) {
	const S, R, H, k = 2, 2, 4, 3 // k: the inner step disputed in round 0
	const shard = 1
	d := dgDefaultEnv(t)
	s0, s1, s2 := d.solvers[0], d.solvers[1], d.solvers[2]
	window := uint64(7200)

	// Shard 1's round 0: a world whose step k the solver got wrong (op 5, which updates slot 0).
	// Its h_0..h_H, then a global state root G_0 (any 32 bytes here), are the round's H+2
	// leaves: the start of the round, each inner step, the global state. The Go reference plays
	// the same step as a job of one round of H steps (w.p: a trace root over h_1..h_H), which
	// reaches the same states after the open.
	slots := [][]int{{4, 3}, {3}, {}, {2, 1030}}
	computed := [][]int{{4, 5}, {4, 3}, {3}, {}, {2, 1030}, {7}}
	w := newDGWorld(rand.New(rand.NewPCG(60, 1)), slots, computed, H, k, 5, -1, d)
	leaves := append(slices.Clone(w.hs), commit.Keccak256([]byte("round 0 global")))
	if len(leaves) != H+2 {
		t.Fatalf("%d leaves, want H+2", len(leaves))
	}
	root := commit.TraceRoot(leaves)
	j := &dgJob{p: w.p, descs: synthDescs(&w.p), upd: updatesTree(w.p.Updates), solver: s1}
	j.graph = leafTree(j.descs)
	j.id = d.post(JobMarketJobParams{
		SpecHash: crypto.Keccak256Hash([]byte("dg rounds spec")), GraphRoot: j.graph.Root(), DataRoot: d.dataRt,
		Shards: S, Rounds: R, BiddingPeriod: d.rules.timeout + 600, TrainingPeriod: 86400, ChallengeWindow: window,
		Budget: tok(200), StakePerShard: tok(50), VerifierFee: new(big.Int),
	})
	n := len(w.p.Ops)
	reg := func(steps uint64) []byte {
		return d.dg.PackRegisterLayout(j.id, uint64(n), uint64(w.p.StateSlots), steps, w.p.InitialState, j.upd.Root(),
			d.context, j.descs[n-1], hashes(j.graph.Proof(n-1)))
	}
	d.expectRevert(d.submitter, d.dgC, reg(R*H+1), "BadLayout") // not whole rounds
	d.send(d.submitter, d.dgC, reg(R*H))
	if lay := call(d.env, d.dgC, d.dg.PackLayoutOf(j.id), d.dg.UnpackLayoutOf); lay.Rounds != R || lay.Shards != S || lay.Steps != R*H {
		t.Fatalf("layout %+v", lay)
	}
	for i, s := range []*account{s0, s1, s2} { // s2 is the reserve
		d.send(s, d.stkC, d.stk.PackBond(tok(50)))
		d.bid(s, j.id, tok(int64(10+i)))
	}
	d.endBidding(j.id)
	d.send(d.anyone, d.mktC, d.mkt.PackFinalizeAuction(j.id))
	if sh := d.shard(j.id, shard); sh.Solver != s1.addr {
		t.Fatalf("shard 1 went to %v", sh.Solver)
	}

	// Shard 0's round 0 is accepted (it waits); then shard 1 commits round 0's trace root.
	d.send(s0, d.mktC, d.mkt.PackCommit(j.id, shard0, crypto.Keccak256Hash([]byte("shard 0 trace")), crypto.Keccak256Hash([]byte("shard 0 state"))))
	d.advance(time.Duration(window) * time.Second)
	d.expectEvents(d.send(d.anyone, d.mktC, d.mkt.PackFinalizeShard(j.id, shard0)), "RoundAccepted")
	d.expectEvents(d.send(s1, d.mktC, d.mkt.PackCommit(j.id, big.NewInt(shard), root, leaves[H])), "RoundCommitted")

	proof := func(ls []commit.Hash, leaf int) []commit.Hash { // of ls[leaf]
		p, err := commit.TraceProof(ls, leaf+1)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	open := func(sh, step int, prev, cur commit.Hash, prevProof, curProof []commit.Hash) []byte {
		return d.dg.PackOpen(j.id, big.NewInt(int64(sh)), big.NewInt(int64(step)), prev, cur, hashes(prevProof), hashes(curProof), d.rules.bond)
	}
	good := open(shard, k, leaves[k-1], leaves[k], proof(leaves, k-1), proof(leaves, k))
	// Steps outside round 0 (steps 1..H).
	for _, step := range []int{0, H + 1, R * H, R*H + 1} {
		d.expectRevert(d.challenger, d.dgC, open(shard, step, leaves[k-1], leaves[k], proof(leaves, k-1), proof(leaves, k)), "BadStep")
	}
	// Proofs of a trace over the round's H steps only (a job of one round's leaves), and of one
	// over the H+1 leaves without the global state (the start, then each inner step).
	d.expectRevert(d.challenger, d.dgC, open(shard, k, leaves[k-1], leaves[k], proof(leaves[1:H+1], k-2), proof(leaves[1:H+1], k-1)), "BadProof")
	d.expectRevert(d.challenger, d.dgC, open(shard, k, leaves[k-1], leaves[k], proof(leaves[:H+1], k-1), proof(leaves[:H+1], k)), "BadProof")
	// Step 1 as in a job of one round: the start with no proof.
	d.expectRevert(d.challenger, d.dgC, open(shard, 1, leaves[0], leaves[1], nil, proof(leaves, 1)), "BadProof")
	// The next step's leaves under step k.
	d.expectRevert(d.challenger, d.dgC, open(shard, k, leaves[k], leaves[k+1], proof(leaves, k), proof(leaves, k+1)), "BadProof")
	// Step 1 with the start proven as leaf 0; the round's last step.
	for _, data := range [][]byte{
		open(shard, 1, leaves[0], leaves[1], proof(leaves, 0), proof(leaves, 1)),
		open(shard, H, leaves[H-1], leaves[H], proof(leaves, H-1), proof(leaves, H)),
	} {
		if err := d.accepts(d.challenger, data, d.now()+1); err != nil {
			t.Fatalf("open refused: %s", d.describeErr(err))
		}
	}

	// The game on step k of shard 1: the Judge must be asked about step (k-1)·S+s+1.
	judgeStep := func(t int) int64 { return int64((t-1)*S + shard + 1) }
	judge := game.JudgeFunc(func(c game.ElementClaim, wit []byte) (bool, error) {
		if len(wit) != 64 {
			return false, errors.New("malformed witness")
		}
		if h := common.BytesToHash(wit[32:]); h != (common.Hash{}) && h != d.roundClaimHash(j, c, judgeStep(c.Step), shard) {
			return false, errors.New("unexpected claim")
		}
		switch wit[31] {
		case 1:
			return true, nil
		case 2:
			return false, nil
		}
		return false, errors.New("malformed witness")
	})
	ev := w.openEvent(k)
	g, acts, err := game.New(j.p, judge, ev)
	if err != nil {
		t.Fatal(err)
	}
	gg := &dgGame{d: d, j: j, name: "round 0 of shard 1", g: g, acts: acts, chal: d.challenger}
	gg.before = d.balances(j, d.challenger)
	ts := d.now() + 1
	r := d.sendAt(d.challenger, good, ts)
	opened := findEvent(d.env, r, d.dg.UnpackGameOpenedEvent)
	if opened == nil || opened.Shard.Int64() != shard || opened.Step.Int64() != k || opened.Attempt.Int64() != 1 {
		t.Fatalf("GameOpened %+v", opened)
	}
	gg.id, gg.base = opened.Id, ts-ev.Time
	gg.record("open", r.GasUsed)
	gg.compare()
	if sh := d.shard(j.id, shard); sh.State != shardCommitted || sh.Disputes != 1 || sh.Round != 0 {
		t.Fatalf("disputed shard %+v", sh)
	}

	var last game.ElementClaim // the claim of the challenger's last witness
	chal := &game.ChallengerPlayer{View: w.truth, Witness: func(s game.State, e int, _ func(game.NodeKey) commit.Hash) ([]byte, error) {
		l, _ := commit.LayoutOf(w.shapes[s.Op])
		start, _ := l.ChunkRange(s.Index/l.ChunksPerRow, s.Index%l.ChunksPerRow)
		c := game.ElementClaim{Step: s.Step, Op: s.Op, Element: e, Claimed: binary.LittleEndian.Uint32(s.Chunk[4*(e-start):]),
			OutputRoot: s.LeafRoot, OpTraceRoot: s.OpTraceRoot, Prev: s.Prev, Cur: s.Cur}
		last = c
		answer := "right"
		if c.Claimed != w.vals[s.Op][e] {
			answer = "wrong"
		}
		return mockWitness(answer, d.roundClaimHash(j, c, judgeStep(c.Step), shard)), nil
	}}
	solver := &game.SolverPlayer{View: w.claim}
	for gg.g.State().Phase != game.PhaseCheckElement {
		if gg.g.Over() {
			t.Fatalf("the game ended before the check: %+v", gg.g.State())
		}
		gg.play1(solver, chal)
	}
	st := gg.g.State()
	m, ok := chal.Next(&j.p, st)
	if !ok {
		t.Fatal("no check")
	}
	check := m.(game.CheckElement)
	// MockJudge names the claim it got when it is not the expected one: a witness for step t
	// itself, or for shard 0, shows that the contract asks about step (t-1)·S+s+1 of shard s.
	want := d.roundClaimHash(j, last, judgeStep(k), shard)
	for _, c := range []struct{ step, shard int64 }{{k, shard}, {judgeStep(k), 0}} {
		data := d.dg.PackCheck(gg.id, big.NewInt(int64(check.Offset)), st.Chunk, mockWitness("wrong", d.roundClaimHash(j, last, c.step, c.shard)))
		err := d.accepts(d.challenger, data, d.now()+1)
		rd, ok := ethclient.RevertErrorData(err)
		if !ok || d.errorName(rd) != "UnexpectedClaim" || len(rd) < 36 {
			t.Fatalf("check naming step %d of shard %d: %s", c.step, c.shard, d.describeErr(err))
		}
		if got := common.BytesToHash(rd[4:36]); got != want {
			t.Fatalf("the Judge got claim %v, want %v (step %d of shard %d)", got, want, judgeStep(k), shard)
		}
	}
	if !gg.step(game.Event{Time: gg.next(st), From: game.Challenger, Move: m}) {
		t.Fatal("check refused")
	}
	if st := gg.g.State(); !gg.g.Over() || st.Winner != game.Challenger || st.Reason != game.ReasonElementWrong || st.Op != 5 {
		t.Fatalf("outcome %v %v op %d", st.Winner, st.Reason, st.Op)
	}

	// The market: s1 slashed whole (half to the challenger's stake), the reserve takes shard 1 in
	// round 0; shard 0 still waits.
	bigEq(t, "s1 stake", d.stake(s1.addr).Bonded, new(big.Int))
	bigEq(t, "challenger stake", d.stake(d.challenger.addr).Bonded, tok(25))
	bigEq(t, "staking burned", call(d.env, d.stkC, d.stk.PackBurned(), d.stk.UnpackBurned), tok(25))
	sh := d.shard(j.id, shard)
	if sh.State != shardAssigned || sh.Solver != s2.addr || sh.Attempt != 2 || sh.Round != 0 || sh.Deadline != d.now()+86400 {
		t.Fatalf("shard 1 after the game: %+v", sh)
	}
	if sh0 := d.shard(j.id, 0); sh0.State != shardAssigned || sh0.Round != 1 || sh0.Deadline != waitingDeadline {
		t.Fatalf("shard 0 after the game: %+v", sh0)
	}
	if jb := d.job(j.id); jb.Round != 0 || jb.RoundsEnded {
		t.Fatalf("job after the game: %+v", jb)
	}
	d.checkGameSolvency()

	// The reserve's round 0 is accepted: round 1 opens.
	d.send(s2, d.mktC, d.mkt.PackCommit(j.id, big.NewInt(shard), root, leaves[H]))
	d.advance(time.Duration(window) * time.Second)
	d.expectEvents(d.send(d.anyone, d.mktC, d.mkt.PackPoke(j.id)), "RoundAccepted", "RoundOpened")

	// Round 1 (the last): games open on its steps H+1..2H only, against its own trace root
	// (over H+2 leaves: h_0..h_H of the round, then G_1).
	leaves1 := make([]commit.Hash, H+2)
	for i := range H + 1 {
		leaves1[i] = commit.Keccak256([]byte(fmt.Sprintf("round 1 h%d", i)))
	}
	leaves1[H+1] = commit.Keccak256([]byte("round 1 global"))
	d.expectEvents(d.send(s0, d.mktC, d.mkt.PackCommit(j.id, shard0, commit.TraceRoot(leaves1), leaves1[H])), "ShardCommitted")
	d.expectRevert(d.challenger, d.dgC, open(0, k, leaves1[k-1], leaves1[k], proof(leaves1, k-1), proof(leaves1, k)), "BadStep")
	d.expectRevert(d.challenger, d.dgC, open(0, 2*H+1, leaves1[k-1], leaves1[k], proof(leaves1, k-1), proof(leaves1, k)), "BadStep")
	d.expectRevert(d.challenger, d.dgC, open(0, H+k, leaves[k-1], leaves[k], proof(leaves, k-1), proof(leaves, k)), "BadProof") // round 0's trace
	if err := d.accepts(d.challenger, open(0, H+k, leaves1[k-1], leaves1[k], proof(leaves1, k-1), proof(leaves1, k)), d.now()+1); err != nil {
		t.Fatalf("open of round 1's step %d refused: %s", H+k, d.describeErr(err))
	}
	d.checkGameSolvency()
}
