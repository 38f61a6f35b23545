package contracts

import (
	"fmt"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Jobs trained in several outer rounds (JobParams.rounds): every shard commits each round's
// roots, which opens a challenge window on them as on a final commit (RoundCommitted). When the
// window of a round before the last passes undisputed, finalizeShard (or poke) accepts the round
// (RoundAccepted): the shard waits (deadline type(uint64).max) at the next round until every
// shard's round is accepted, then the next round opens with a fresh training period for every
// shard (RoundOpened). Only the last round's finalization pays.

// waitingDeadline is the deadline of a shard whose round is accepted and that waits for the
// others'.
const waitingDeadline = uint64(math.MaxUint64)

var trainingSecs = uint64(trainingPeriod / time.Second)

// missPenalty is 25% of the 50-token shard stake.
var missPenalty = new(big.Int).Div(tok(25), big.NewInt(2))

// roundParams is jobParams(shards) trained in `rounds` outer rounds.
func roundParams(shards, rounds uint16) JobMarketJobParams {
	p := jobParams(shards)
	p.Rounds = rounds
	return p
}

// roundJob posts roundParams(shards, rounds), has solver i bid prices[i] and runs the auction:
// shard k goes to the k-th lowest bid.
func (e *env) roundJob(shards, rounds uint16, prices ...int64) *big.Int {
	e.t.Helper()
	id := e.post(roundParams(shards, rounds))
	for i, p := range prices {
		e.bid(e.solvers[i], id, tok(p))
	}
	e.endBidding(id)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	return id
}

// roundRoots are the roots solver s commits for round r of shard i.
func roundRoots(s *account, i int64, r int) (trace, state common.Hash) {
	tag := []byte{byte(i), byte(r)}
	return crypto.Keccak256Hash([]byte("round trace"), s.addr[:], tag),
		crypto.Keccak256Hash([]byte("round state"), s.addr[:], tag)
}

// commitRound has s commit roundRoots(s, i, r) for shard i (the contract takes the round from
// the shard: r only names the roots).
func (e *env) commitRound(s *account, id *big.Int, i int64, r int) *types.Receipt {
	e.t.Helper()
	trace, state := roundRoots(s, i, r)
	return e.send(s, e.mktC, e.mkt.PackCommit(id, big.NewInt(i), trace, state))
}

func (e *env) roundRoot(id *big.Int, i int64, r int) common.Hash {
	e.t.Helper()
	return call(e, e.mktC, e.mkt.PackRoundRoot(id, big.NewInt(i), big.NewInt(int64(r))), e.mkt.UnpackRoundRoot)
}

// expectWrongRound checks that `from` committing shard i reverts with WrongRound(want).
func (e *env) expectWrongRound(from *account, id *big.Int, i int64, want uint16) {
	e.t.Helper()
	_, err := e.trySend(from, e.mktC, e.mkt.PackCommit(id, big.NewInt(i), common.Hash{1}, common.Hash{2}))
	if err == nil {
		e.t.Fatalf("%s: want revert WrongRound, got success", from.name)
	}
	data, ok := ethclient.RevertErrorData(err)
	if !ok || e.errorName(data) != "WrongRound" {
		e.t.Fatalf("%s: want revert WrongRound, got %s", from.name, e.describe(err))
	}
	got, err := e.mkt.UnpackWrongRoundError(data[4:])
	if err != nil {
		e.t.Fatal(err)
	}
	if got.Current != want {
		e.t.Fatalf("WrongRound(%d), want WrongRound(%d)", got.Current, want)
	}
}

// allEvents returns every log of the receipt that unpacks as the wanted event, in order.
func allEvents[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if v, err := unpack(l); err == nil {
			out = append(out, v)
		}
	}
	return out
}

// refundedShards lists the shards of the receipt's ShardRefunded events, in order.
func (e *env) refundedShards(r *types.Receipt) []int64 {
	var out []int64
	for _, ev := range allEvents(r, e.mkt.UnpackShardRefundedEvent) {
		out = append(out, ev.Shard.Int64())
	}
	return out
}

// passRound has holders[i] commit round r of shard i, lets the challenge windows pass and pokes:
// every shard's round is accepted and the next round opens. It returns the poke's receipt.
func (e *env) passRound(id *big.Int, holders []*account, r int) *types.Receipt {
	e.t.Helper()
	want := make([]string, 0, len(holders)+1)
	for i, s := range holders {
		e.expectEvents(e.commitRound(s, id, int64(i), r), "RoundCommitted")
		want = append(want, "RoundAccepted")
	}
	e.advance(challengeWindow)
	rc := e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(rc, append(want, "RoundOpened")...)
	if op := findEvent(e, rc, e.mkt.UnpackRoundOpenedEvent); op.Round.Int64() != int64(r+1) {
		e.t.Fatalf("RoundOpened %+v, want round %d", op, r+1)
	}
	return rc
}

func (e *env) burned() *big.Int {
	e.t.Helper()
	return call(e, e.stkC, e.stk.PackBurned(), e.stk.UnpackBurned)
}

// A 2-shard, 3-round job end to end: each round's commits and their challenge windows, the
// acceptance of a round and the waiting shard, the round opening with a fresh training period
// for both, the final commits, finalization and payments.
func TestRoundsHappyPath(t *testing.T) {
	e := newEnv(t)
	s0, s1, s2 := e.solvers[0], e.solvers[1], e.solvers[2]
	sub0 := e.balance(e.submitter.addr)
	window := uint64(challengeWindow / time.Second)

	r := e.send(e.submitter, e.mktC, e.mkt.PackPostJob(roundParams(2, 3)))
	posted := findEvent(e, r, e.mkt.UnpackJobPostedEvent)
	if posted.Rounds.Int64() != 3 {
		t.Fatalf("JobPosted rounds %v", posted.Rounds)
	}
	id := posted.JobId
	if j := e.job(id); j.Rounds != 3 || j.Round != 0 || j.RoundsEnded {
		t.Fatalf("posted job: rounds %d round %d ended %v", j.Rounds, j.Round, j.RoundsEnded)
	}
	e.bid(s0, id, tok(10))
	e.bid(s1, id, tok(20))
	e.bid(s2, id, tok(30)) // the reserve; the clearing price is 30
	e.endBidding(id)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	holders := []*account{s0, s1}
	for i := range int64(2) {
		if sh := e.shard(id, i); sh.Solver != holders[i].addr || sh.Round != 0 || sh.State != shardAssigned {
			t.Fatalf("shard %d after the auction: %+v", i, sh)
		}
	}
	e.checkInvariants()

	for round := range 2 {
		first, second := int64(round), int64(1-round) // shard 0 commits first in round 0, shard 1 in round 1
		deadline := e.shard(id, second).Deadline
		if e.shard(id, first).Deadline != deadline {
			t.Fatalf("round %d: the shards' deadlines differ", round)
		}
		// A round's commit opens a challenge window on it; the shard stays in its round.
		r := e.commitRound(holders[first], id, first, round)
		e.expectEvents(r, "RoundCommitted")
		ev := findEvent(e, r, e.mkt.UnpackRoundCommittedEvent)
		trace, state := roundRoots(holders[first], first, round)
		if ev.Shard.Int64() != first || ev.Round.Int64() != int64(round) || ev.Attempt.Int64() != 1 ||
			ev.Solver != holders[first].addr || ev.TraceRoot != trace || ev.StateRoot != state || ev.ChallengeEnd != e.now()+window {
			t.Fatalf("round %d: RoundCommitted %+v (now %d)", round, ev, e.now())
		}
		sh := e.shard(id, first)
		if sh.State != shardCommitted || sh.Round != uint16(round) || sh.Deadline != ev.ChallengeEnd ||
			sh.TraceRoot != trace || sh.StateRoot != state {
			t.Fatalf("round %d: committed shard %+v", round, sh)
		}
		if got := e.roundRoot(id, first, round); got != state {
			t.Fatalf("round %d: roundRoot %v, want %v", round, got, state)
		}
		if got := e.roundRoot(id, second, round); got != (common.Hash{}) {
			t.Fatalf("round %d: roundRoot of the shard still training %v", round, got)
		}
		if j := e.job(id); j.Round != uint16(round) {
			t.Fatalf("round %d: job round %d before every shard's round is accepted", round, j.Round)
		}
		if e.shard(id, second).Deadline != deadline {
			t.Fatal("the other shard's deadline moved")
		}
		// In its window the shard can neither commit again nor miss a deadline nor be accepted
		// yet; poke has nothing to do.
		e.expectRevert(holders[first], e.mktC, e.mkt.PackCommit(id, big.NewInt(first), common.Hash{1}, common.Hash{2}), "WrongShardState")
		e.expectRevert(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, big.NewInt(first)), "WrongShardState")
		e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(first)), "TooEarly")
		e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
		e.expectRevert(holders[first], e.mktC, e.mkt.PackCommit(id, big.NewInt(second), common.Hash{1}, common.Hash{2}), "NotSolver")
		e.checkInvariants()

		// The window passes undisputed: the round is accepted, and the shard waits at the next
		// round with no deadline (its roots stay readable).
		e.advanceTo(ev.ChallengeEnd)
		r = e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(first)))
		e.expectEvents(r, "RoundAccepted")
		acc := findEvent(e, r, e.mkt.UnpackRoundAcceptedEvent)
		if acc.JobId.Cmp(id) != 0 || acc.Shard.Int64() != first || acc.Attempt.Int64() != 1 || acc.Round.Int64() != int64(round) {
			t.Fatalf("round %d: RoundAccepted %+v", round, acc)
		}
		sh = e.shard(id, first)
		if sh.State != shardAssigned || sh.Round != uint16(round+1) || sh.Deadline != waitingDeadline ||
			sh.TraceRoot != trace || sh.StateRoot != state {
			t.Fatalf("round %d: waiting shard %+v", round, sh)
		}
		if j := e.job(id); j.Round != uint16(round) {
			t.Fatalf("round %d: job round %d before every shard's round is accepted", round, j.Round)
		}
		// A waiting shard can neither commit again nor miss a deadline; poke has nothing to do.
		e.expectWrongRound(holders[first], id, first, uint16(round))
		e.expectRevert(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, big.NewInt(first)), "TooEarly")
		e.expectRevert(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(first)), "WrongShardState")
		e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
		e.checkInvariants()

		// The other shard commits in the last second before the round's deadline; the deadline
		// then passes inside its window (it is not late), and the acceptance of its round opens
		// the next round with a fresh training period from that acceptance.
		e.advanceTo(deadline - 2)
		r = e.commitRound(holders[second], id, second, round)
		e.expectEvents(r, "RoundCommitted")
		end := findEvent(e, r, e.mkt.UnpackRoundCommittedEvent).ChallengeEnd
		e.advanceTo(deadline)
		e.expectRevert(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, big.NewInt(second)), "WrongShardState")
		e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
		e.advanceTo(end)
		r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
		e.expectEvents(r, "RoundAccepted", "RoundOpened")
		if acc := findEvent(e, r, e.mkt.UnpackRoundAcceptedEvent); acc.Shard.Int64() != second || acc.Round.Int64() != int64(round) {
			t.Fatalf("round %d: RoundAccepted %+v", round, acc)
		}
		op := findEvent(e, r, e.mkt.UnpackRoundOpenedEvent)
		if op.JobId.Cmp(id) != 0 || op.Round.Int64() != int64(round+1) || op.Deadline != e.now()+trainingSecs {
			t.Fatalf("round %d: RoundOpened %+v (now %d)", round, op, e.now())
		}
		if j := e.job(id); j.Round != uint16(round+1) {
			t.Fatalf("job round %d, want %d", j.Round, round+1)
		}
		for i := range int64(2) {
			sh := e.shard(id, i)
			if sh.State != shardAssigned || sh.Round != uint16(round+1) || sh.Deadline != op.Deadline || sh.Attempt != 1 {
				t.Fatalf("round %d opened: shard %d %+v", round+1, i, sh)
			}
			_, state := roundRoots(holders[i], i, round)
			if got := e.roundRoot(id, i, round); got != state {
				t.Fatalf("roundRoot(%d, %d) = %v, want %v", i, round, got, state)
			}
		}
		e.checkInvariants()
	}

	// The last round: the final commit, as for a job trained in one piece.
	r = e.commitRound(s0, id, 0, 2)
	e.expectEvents(r, "ShardCommitted")
	trace, state := roundRoots(s0, 0, 2)
	sh := e.shard(id, 0)
	if sh.State != shardCommitted || sh.Round != 2 || sh.Deadline != e.now()+uint64(challengeWindow/time.Second) ||
		sh.TraceRoot != trace || sh.StateRoot != state {
		t.Fatalf("final commit: %+v", sh)
	}
	if got := e.roundRoot(id, 0, 2); got != (common.Hash{}) {
		t.Fatalf("the last round's root is the shard's stateRoot, roundRoot gave %v", got)
	}
	e.expectRevert(s0, e.mktC, e.mkt.PackCommit(id, shard0, common.Hash{1}, common.Hash{2}), "WrongShardState")
	e.expectEvents(e.commitRound(s1, id, 1, 2), "ShardCommitted")
	if j := e.job(id); j.Round != 2 || j.Rounds != 3 {
		t.Fatalf("job after the final commits: round %d rounds %d", j.Round, j.Rounds)
	}
	e.send(e.dm, e.mktC, e.mkt.PackRecordVerifier(id, shard0, 1, e.verifier.addr))
	e.checkInvariants()

	e.advance(challengeWindow)
	b0, b1, v0, subBefore := e.balance(s0.addr), e.balance(s1.addr), e.balance(e.verifier.addr), e.balance(e.submitter.addr)
	r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "ShardFinalized", "Unlocked", "ShardFinalized", "Unlocked", "JobClosed")
	bigEq(t, "s0 paid", sub(e.balance(s0.addr), b0), tok(30))
	bigEq(t, "s1 paid", sub(e.balance(s1.addr), b1), tok(30))
	bigEq(t, "verifier paid", sub(e.balance(e.verifier.addr), v0), tok(10))
	bigEq(t, "refund", sub(e.balance(e.submitter.addr), subBefore), tok(130)) // 200 - 2 x 30 - 10
	bigEq(t, "submitter net cost", sub(sub0, e.balance(e.submitter.addr)), tok(70))
	bigEq(t, "market empty", e.balance(e.marketAddr), new(big.Int))
	if j := e.job(id); j.State != jobClosed || j.Settled != 2 || j.RoundsEnded {
		t.Fatalf("closed job: %+v", j)
	}
	for _, s := range []*account{s0, s1} {
		bigEq(t, s.name+" unlocked", e.stake(s.addr).Locked, new(big.Int))
		bigEq(t, s.name+" not slashed", e.stake(s.addr).Bonded, tok(1000))
	}
	e.send(s2, e.mktC, e.mkt.PackWithdrawBid(id))
	e.checkInvariants()
}

// A shard that misses a round's deadline (round 0, 1 or the last, 2) is slashed 25% and goes to
// the next reserve as attempt 2, which keeps the shard's round (it redoes that round from the
// round roots) and completes the job; the other shard, whose round is accepted and waits (or,
// in the last round, committed), is not touched, and the next round opens when the
// replacement's round is accepted.
func TestRoundsMissedDeadlineReassigns(t *testing.T) {
	for miss := range 3 {
		t.Run(fmt.Sprintf("round%d", miss), func(t *testing.T) {
			e := newEnv(t)
			s0, s1, s2, s3 := e.solvers[0], e.solvers[1], e.solvers[2], e.solvers[3]
			id := e.roundJob(2, 3, 10, 20, 30, 40) // clearing 30; reserves s2, then s3
			holders := []*account{s0, s1}
			for round := range 3 {
				last := round == 2
				if round != miss {
					if last {
						e.expectEvents(e.commitRound(holders[0], id, 0, round), "ShardCommitted")
						e.expectEvents(e.commitRound(holders[1], id, 1, round), "ShardCommitted")
					} else {
						e.passRound(id, holders, round)
					}
					continue
				}
				deadline := e.shard(id, 1).Deadline
				e.commitRound(s0, id, 0, round)
				if !last {
					e.advance(challengeWindow)
					e.expectEvents(e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0)), "RoundAccepted")
				}
				e.advanceTo(deadline)
				e.expectRevert(s1, e.mktC, e.mkt.PackCommit(id, big.NewInt(1), common.Hash{1}, common.Hash{2}), "DeadlinePassed")
				if last {
					e.expectRevert(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, shard0), "WrongShardState")
				} else {
					e.expectRevert(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, shard0), "TooEarly")
				}
				r := e.send(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, big.NewInt(1)))
				e.expectEvents(r, "DeadlineMissed", "Slashed", "Unlocked", "ShardAssigned")
				dm := findEvent(e, r, e.mkt.UnpackDeadlineMissedEvent)
				if dm.Shard.Int64() != 1 || dm.Attempt.Int64() != 1 || dm.Solver != s1.addr {
					t.Fatalf("DeadlineMissed %+v", dm)
				}
				bigEq(t, "slashed", dm.Slashed, missPenalty)
				bigEq(t, "s1 bonded", e.stake(s1.addr).Bonded, sub(tok(1000), missPenalty))
				bigEq(t, "s1 unlocked", e.stake(s1.addr).Locked, new(big.Int))
				bigEq(t, "burned", e.burned(), missPenalty)

				sh := e.shard(id, 1)
				if sh.Solver != s2.addr || sh.Attempt != 2 || sh.State != shardAssigned || sh.Round != uint16(round) ||
					sh.Deadline != e.now()+trainingSecs {
					t.Fatalf("reassigned shard: %+v", sh)
				}
				bigEq(t, "replacement price", sh.Price, tok(30))
				if j := e.job(id); j.Round != uint16(round) || j.RoundsEnded {
					t.Fatalf("job round %d (ended %v), want %d", j.Round, j.RoundsEnded, round)
				}
				sh0 := e.shard(id, 0)
				if last && sh0.State != shardCommitted ||
					!last && (sh0.State != shardAssigned || sh0.Deadline != waitingDeadline || sh0.Round != uint16(round+1)) {
					t.Fatalf("the other shard was touched: %+v", sh0)
				}
				// The replacement starts from the public round roots of its shard.
				for k := range round {
					if _, want := roundRoots(s1, 1, k); e.roundRoot(id, 1, k) != want {
						t.Fatalf("roundRoot(1, %d) lost at the reassignment", k)
					}
				}
				if e.roundRoot(id, 1, round) != (common.Hash{}) {
					t.Fatal("root of a round the missing solver never committed")
				}
				e.expectRevert(s1, e.mktC, e.mkt.PackCommit(id, big.NewInt(1), common.Hash{1}, common.Hash{2}), "NotSolver")
				e.checkInvariants()

				holders[1] = s2
				r = e.commitRound(s2, id, 1, round)
				if last {
					e.expectEvents(r, "ShardCommitted")
					continue
				}
				e.expectEvents(r, "RoundCommitted")
				if ev := findEvent(e, r, e.mkt.UnpackRoundCommittedEvent); ev.Attempt.Int64() != 2 || ev.Round.Int64() != int64(round) || ev.Solver != s2.addr {
					t.Fatalf("replacement's RoundCommitted %+v", ev)
				}
				if j := e.job(id); j.Round != uint16(round) {
					t.Fatalf("job round %d before the replacement's round is accepted", j.Round)
				}
				e.advance(challengeWindow)
				r = e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(1)))
				e.expectEvents(r, "RoundAccepted", "RoundOpened")
				if acc := findEvent(e, r, e.mkt.UnpackRoundAcceptedEvent); acc.Attempt.Int64() != 2 || acc.Round.Int64() != int64(round) {
					t.Fatalf("replacement's RoundAccepted %+v", acc)
				}
				if op := findEvent(e, r, e.mkt.UnpackRoundOpenedEvent); op.Round.Int64() != int64(round+1) {
					t.Fatalf("RoundOpened %+v", op)
				}
				e.checkInvariants()
			}
			for k := range 2 {
				who := s1
				if k >= miss {
					who = s2
				}
				if _, want := roundRoots(who, 1, k); e.roundRoot(id, 1, k) != want {
					t.Fatalf("roundRoot(1, %d) is not %s's", k, who.name)
				}
			}
			if sh := e.shard(id, 1); sh.State != shardCommitted || sh.Attempt != 2 || sh.Round != 2 {
				t.Fatalf("shard 1 after the final commit: %+v", sh)
			}

			e.advance(challengeWindow)
			b0, b1, b2, sb := e.balance(s0.addr), e.balance(s1.addr), e.balance(s2.addr), e.balance(e.submitter.addr)
			r := e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
			e.expectEvents(r, "ShardFinalized", "Unlocked", "ShardFinalized", "Unlocked", "JobClosed")
			bigEq(t, "s0 paid", sub(e.balance(s0.addr), b0), tok(30))
			bigEq(t, "s1 paid", sub(e.balance(s1.addr), b1), new(big.Int))
			bigEq(t, "s2 paid", sub(e.balance(s2.addr), b2), tok(30))
			bigEq(t, "refund", sub(e.balance(e.submitter.addr), sb), tok(140))
			bigEq(t, "s2 unlocked", e.stake(s2.addr).Locked, new(big.Int))
			e.expectRevert(s2, e.mktC, e.mkt.PackWithdrawBid(id), "BidConsumed")
			e.send(s3, e.mktC, e.mkt.PackWithdrawBid(id))
			e.checkInvariants()
		})
	}
}

// With no reserve left, a shard that misses round 1 is refunded, which ends the job's rounds, and
// so is the other shard, whose round 1 is accepted and waits for the next round: its solver is
// unlocked unpaid and unslashed, and the job closes with the whole budget refunded.
func TestRoundsMissedDeadlineWithoutReserveRefundsAll(t *testing.T) {
	e := newEnv(t)
	s0, s1 := e.solvers[0], e.solvers[1]
	sub0 := e.balance(e.submitter.addr)
	id := e.roundJob(2, 3, 10, 20) // no reserve: the clearing price is the maximum, 90
	e.passRound(id, []*account{s0, s1}, 0)
	deadline := e.shard(id, 1).Deadline
	e.commitRound(s0, id, 0, 1)
	e.advance(challengeWindow)
	e.expectEvents(e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0)), "RoundAccepted") // shard 0 waits for round 2
	e.advanceTo(deadline)
	e.checkInvariants()

	r := e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "DeadlineMissed", "Slashed", "Unlocked", "ShardRefunded", "ShardRefunded", "Unlocked", "JobClosed")
	if got := e.refundedShards(r); len(got) != 2 || got[0] != 1 || got[1] != 0 {
		t.Fatalf("refunded shards %v, want [1 0]", got)
	}
	for _, ev := range allEvents(r, e.mkt.UnpackShardRefundedEvent) {
		if ev.Attempt.Int64() != 1 {
			t.Fatalf("ShardRefunded %+v", ev)
		}
	}
	if un := allEvents(r, e.stk.UnpackUnlockedEvent); un[1].Account != s0.addr {
		t.Fatalf("unlocked %v, want s0", un[1].Account)
	} else {
		bigEq(t, "s0 unlocked amount", un[1].Amount, tok(50))
	}
	closed := findEvent(e, r, e.mkt.UnpackJobClosedEvent)
	if closed.Reason != closeSettled {
		t.Fatalf("close reason %d", closed.Reason)
	}
	bigEq(t, "refund", closed.Refund, tok(200))
	bigEq(t, "submitter whole", e.balance(e.submitter.addr), sub0)
	bigEq(t, "market empty", e.balance(e.marketAddr), new(big.Int))
	j := e.job(id)
	if j.State != jobClosed || j.Settled != 2 || j.Escrow.Sign() != 0 || j.Round != 1 || !j.RoundsEnded {
		t.Fatalf("closed job: %+v", j)
	}
	for i := range int64(2) {
		if sh := e.shard(id, i); sh.State != shardRefunded {
			t.Fatalf("shard %d: %+v", i, sh)
		}
	}
	bigEq(t, "s0 bonded", e.stake(s0.addr).Bonded, tok(1000))
	bigEq(t, "s0 locked", e.stake(s0.addr).Locked, new(big.Int))
	bigEq(t, "s1 bonded", e.stake(s1.addr).Bonded, sub(tok(1000), missPenalty))
	bigEq(t, "s1 locked", e.stake(s1.addr).Locked, new(big.Int))
	if _, want := roundRoots(s0, 0, 1); e.roundRoot(id, 0, 1) != want {
		t.Fatal("the round roots stay readable")
	}
	e.expectRevert(s0, e.mktC, e.mkt.PackCommit(id, shard0, common.Hash{1}, common.Hash{2}), "WrongShardState")
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	e.expectRevert(s0, e.mktC, e.mkt.PackWithdrawBid(id), "BidConsumed")
	e.checkInvariants()
}

// The other ways a shard of a multi-round job is refunded: each ends the job's rounds, refunds
// every shard still assigned (unlocking its solver), lets committed shards settle normally, and
// closes the job once all have settled.
func TestRoundsRefundEndsTheJob(t *testing.T) {
	cases := []struct {
		name string
		// run drives the job to its close and returns the closing transaction's receipt.
		run    func(t *testing.T, e *env) *types.Receipt
		events []string   // of the closing transaction
		refund int64      // JobClosed.refund, in tokens
		cost   int64      // the submitter's net cost, in tokens
		bonded []*big.Int // solvers 0.. bonded stake afterwards
	}{{
		name: "auction with fewer bids than shards",
		run: func(t *testing.T, e *env) *types.Receipt {
			id := e.post(roundParams(3, 3))
			e.bid(e.solvers[0], id, tok(10))
			e.bid(e.solvers[1], id, tok(20))
			e.endBidding(id)
			r := e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
			if got := e.refundedShards(r); fmt.Sprint(got) != "[2 0 1]" {
				t.Fatalf("refunded shards %v", got)
			}
			return r
		},
		events: []string{"AuctionFinalized", "ShardAssigned", "ShardAssigned", "ShardRefunded",
			"ShardRefunded", "Unlocked", "ShardRefunded", "Unlocked", "JobClosed"},
		refund: 300,
		bonded: []*big.Int{tok(1000), tok(1000)},
	}, {
		name: "one bid for two shards",
		run: func(t *testing.T, e *env) *types.Receipt {
			id := e.post(roundParams(2, 2))
			e.bid(e.solvers[0], id, tok(10))
			e.endBidding(id)
			return e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
		},
		events: []string{"AuctionFinalized", "ShardAssigned", "ShardRefunded", "ShardRefunded", "Unlocked", "JobClosed"},
		refund: 200,
		bonded: []*big.Int{tok(1000)},
	}, {
		name: "lost dispute in the last round, no reserve, other shard training",
		run: func(t *testing.T, e *env) *types.Receipt {
			s0, s1 := e.solvers[0], e.solvers[1]
			id := e.roundJob(2, 2, 10, 20)
			e.passRound(id, []*account{s0, s1}, 0)
			e.expectEvents(e.commitRound(s1, id, 1, 1), "ShardCommitted")
			e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, big.NewInt(1), 1))
			r := e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, big.NewInt(1), 1, true, e.challenger.addr))
			if got := e.refundedShards(r); fmt.Sprint(got) != "[1 0]" {
				t.Fatalf("refunded shards %v", got)
			}
			return r
		},
		events: []string{"DisputeClosed", "SolverSlashed", "Slashed", "ShardRefunded", "ShardRefunded", "Unlocked", "JobClosed"},
		refund: 200,
		bonded: []*big.Int{tok(1000), tok(950)}, // the whole stake slashed
	}, {
		name: "expired dispute in the last round, other shard training",
		run: func(t *testing.T, e *env) *types.Receipt {
			s0, s1 := e.solvers[0], e.solvers[1]
			p := roundParams(2, 2)
			p.TrainingPeriod = uint64(30 * 24 * time.Hour / time.Second) // longer than the dispute timeout
			id := e.post(p)
			e.bid(s0, id, tok(10))
			e.bid(s1, id, tok(20))
			e.bid(e.solvers[2], id, tok(30)) // a reserve: expiry refunds without reassigning
			e.endBidding(id)
			e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
			e.passRound(id, []*account{s0, s1}, 0)
			e.commitRound(s1, id, 1, 1)
			e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, big.NewInt(1), 1))
			e.advance(disputeTimeout)
			e.expectRevert(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, shard0), "TooEarly")
			r := e.send(e.anyone, e.mktC, e.mkt.PackExpireDispute(id, big.NewInt(1)))
			if got := e.refundedShards(r); fmt.Sprint(got) != "[1 0]" {
				t.Fatalf("refunded shards %v", got)
			}
			e.send(e.solvers[2], e.mktC, e.mkt.PackWithdrawBid(id))
			return r
		},
		events: []string{"DisputeExpired", "Unlocked", "ShardRefunded", "ShardRefunded", "Unlocked", "JobClosed"},
		refund: 200,
		bonded: []*big.Int{tok(1000), tok(1000), tok(1000)},
	}, {
		name: "committed shard settles normally",
		run: func(t *testing.T, e *env) *types.Receipt {
			s0, s1 := e.solvers[0], e.solvers[1]
			id := e.roundJob(2, 2, 10, 20)
			e.passRound(id, []*account{s0, s1}, 0)
			e.commitRound(s0, id, 0, 1) // final
			e.advanceTo(e.shard(id, 1).Deadline)
			r := e.send(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id, big.NewInt(1)))
			e.expectEvents(r, "DeadlineMissed", "Slashed", "Unlocked", "ShardRefunded")
			if sh := e.shard(id, 0); sh.State != shardCommitted {
				t.Fatalf("committed shard refunded: %+v", sh)
			}
			if j := e.job(id); j.State != jobActive || j.Settled != 1 {
				t.Fatalf("job: %+v", j)
			}
			e.checkInvariants()
			b0 := e.balance(s0.addr)
			r = e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0))
			bigEq(t, "s0 paid", sub(e.balance(s0.addr), b0), tok(90))
			return r
		},
		events: []string{"ShardFinalized", "Unlocked", "JobClosed"},
		refund: 110, // 200 - 90, no verifier
		cost:   90,
		bonded: []*big.Int{tok(1000), sub(tok(1000), missPenalty)},
	}, {
		// Both shards miss round 0's (shared) deadline: poke slashes the first and refunds it,
		// which refunds the second, slashed for its own miss too (the order of the reports must
		// not decide which late solver escapes).
		name: "both shards miss, both are slashed",
		run: func(t *testing.T, e *env) *types.Receipt {
			id := e.roundJob(2, 2, 10, 20)
			e.advanceTo(e.shard(id, 0).Deadline)
			r := e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
			if got := e.refundedShards(r); fmt.Sprint(got) != "[0 1]" {
				t.Fatalf("refunded shards %v", got)
			}
			return r
		},
		events: []string{"DeadlineMissed", "Slashed", "Unlocked", "ShardRefunded", "DeadlineMissed", "Slashed", "ShardRefunded", "Unlocked", "JobClosed"},
		refund: 200,
		bonded: []*big.Int{sub(tok(1000), missPenalty), sub(tok(1000), missPenalty)},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t)
			sub0 := e.balance(e.submitter.addr)
			r := c.run(t, e)
			e.expectEvents(r, c.events...)
			closed := findEvent(e, r, e.mkt.UnpackJobClosedEvent)
			if closed.Reason != closeSettled {
				t.Fatalf("close reason %d", closed.Reason)
			}
			bigEq(t, "refund", closed.Refund, tok(c.refund))
			id := closed.JobId
			j := e.job(id)
			if j.State != jobClosed || j.Settled != j.Shards || j.Escrow.Sign() != 0 || !j.RoundsEnded {
				t.Fatalf("closed job: %+v", j)
			}
			for i := range int64(j.Shards) {
				if sh := e.shard(id, i); sh.State != shardRefunded && sh.State != shardFinalized {
					t.Fatalf("shard %d not settled: %+v", i, sh)
				}
			}
			bigEq(t, "submitter net cost", sub(sub0, e.balance(e.submitter.addr)), tok(c.cost))
			bigEq(t, "market empty", e.balance(e.marketAddr), new(big.Int))
			for i, want := range c.bonded {
				bigEq(t, e.solvers[i].name+" bonded", e.stake(e.solvers[i].addr).Bonded, want)
				bigEq(t, e.solvers[i].name+" locked", e.stake(e.solvers[i].addr).Locked, new(big.Int))
			}
			e.checkInvariants()
		})
	}
}

// A lost dispute on a last-round commit goes to the reserve, which redoes the last round only.
func TestRoundsLostDisputeInLastRoundReassigns(t *testing.T) {
	e := newEnv(t)
	s0, s1, s2 := e.solvers[0], e.solvers[1], e.solvers[2]
	id := e.roundJob(2, 2, 10, 20, 30)
	e.passRound(id, []*account{s0, s1}, 0)
	e.commitRound(s1, id, 1, 1)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id, big.NewInt(1), 1))
	r := e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id, big.NewInt(1), 1, true, e.challenger.addr))
	e.expectEvents(r, "DisputeClosed", "SolverSlashed", "Slashed", "ShardAssigned")
	sh := e.shard(id, 1)
	if sh.Solver != s2.addr || sh.Attempt != 2 || sh.State != shardAssigned || sh.Round != 1 {
		t.Fatalf("reassigned shard: %+v", sh)
	}
	if j := e.job(id); j.Round != 1 || j.RoundsEnded {
		t.Fatalf("job round %d, ended %v", j.Round, j.RoundsEnded)
	}
	e.expectEvents(e.commitRound(s2, id, 1, 1), "ShardCommitted")
	e.expectEvents(e.commitRound(s0, id, 0, 1), "ShardCommitted")
	e.advance(challengeWindow)
	b2 := e.balance(s2.addr)
	r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "ShardFinalized", "Unlocked", "ShardFinalized", "Unlocked", "JobClosed")
	bigEq(t, "replacement paid", sub(e.balance(s2.addr), b2), tok(30))
	bigEq(t, "refund", findEvent(e, r, e.mkt.UnpackJobClosedEvent).Refund, tok(140))
	e.checkInvariants()
}

// rounds = 0 and 1 both mean one round; MAX_ROUNDS is accepted; a one-shard job of several
// rounds opens each next round when its own round is accepted.
func TestRoundsDefaultAndBounds(t *testing.T) {
	e := newEnv(t)
	if m := call(e, e.mktC, e.mkt.PackMAXROUNDS(), e.mkt.UnpackMAXROUNDS); m != 4096 {
		t.Fatalf("MAX_ROUNDS %d", m)
	}
	for _, c := range []struct{ in, want uint16 }{{0, 1}, {1, 1}, {2, 2}, {4096, 4096}} {
		r := e.send(e.submitter, e.mktC, e.mkt.PackPostJob(roundParams(1, c.in)))
		ev := findEvent(e, r, e.mkt.UnpackJobPostedEvent)
		if ev.Rounds.Int64() != int64(c.want) {
			t.Fatalf("rounds=%d: JobPosted rounds %v, want %d", c.in, ev.Rounds, c.want)
		}
		if j := e.job(ev.JobId); j.Rounds != c.want || j.Round != 0 {
			t.Fatalf("rounds=%d: job rounds %d round %d, want %d", c.in, j.Rounds, j.Round, c.want)
		}
	}
	e.expectRevert(e.submitter, e.mktC, e.mkt.PackPostJob(roundParams(1, 4097)), "BadRounds")
	e.checkInvariants()

	// rounds = 0: the first commit is the final one.
	id := e.roundJob(1, 0, 10)
	e.expectEvents(e.commitRound(e.solvers[0], id, 0, 0), "ShardCommitted")
	if sh := e.shard(id, 0); sh.State != shardCommitted || sh.Round != 0 {
		t.Fatalf("one-round shard: %+v", sh)
	}
	if e.roundRoot(id, 0, 0) != (common.Hash{}) || e.job(id).Round != 0 {
		t.Fatal("a one-round job recorded a round")
	}

	// One shard, two rounds: its round-0 commit opens a window, whose end accepts the round and
	// opens round 1 at once.
	id = e.roundJob(1, 2, 10)
	r := e.commitRound(e.solvers[0], id, 0, 0)
	e.expectEvents(r, "RoundCommitted")
	if sh := e.shard(id, 0); sh.State != shardCommitted || sh.Round != 0 || e.job(id).Round != 0 {
		t.Fatalf("one-shard job in round 0's window: %+v", sh)
	}
	e.advance(challengeWindow)
	r = e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0))
	e.expectEvents(r, "RoundAccepted", "RoundOpened")
	if sh := e.shard(id, 0); sh.State != shardAssigned || sh.Round != 1 || sh.Deadline != e.now()+trainingSecs || e.job(id).Round != 1 {
		t.Fatalf("one-shard job after round 0: %+v", sh)
	}
	e.expectEvents(e.commitRound(e.solvers[0], id, 0, 1), "ShardCommitted")
	e.advance(challengeWindow)
	e.expectEvents(e.send(e.anyone, e.mktC, e.mkt.PackPoke(id)), "ShardFinalized", "Unlocked", "JobClosed")
	e.checkInvariants()
}
