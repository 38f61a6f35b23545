package contracts

import (
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// A three-shard job driven only by poke: the auction, a missed deadline with reassignment, two
// finalizations, a second miss with no reserve left (refund) and the close.
func TestPokeDrivesMultiShardJob(t *testing.T) {
	e := newEnv(t)
	id := e.post(jobParams(3))
	for i, p := range []int64{30, 10, 20, 40} {
		e.bid(e.solvers[i], id, tok(p))
	}
	e.advanceTo(e.job(id).BiddingEnds)
	r := e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "AuctionFinalized", "ShardAssigned", "ShardAssigned", "ShardAssigned")
	// Shards in price order: 0 -> solver 1 (10), 1 -> solver 2 (20), 2 -> solver 0 (30); solver 3 is the reserve.
	e.commit(e.solvers[1], id, 0)
	e.commit(e.solvers[0], id, 2)
	e.expectRevert(e.anyone, e.mktC, e.mkt.PackPoke(id), "NothingToPoke")
	e.advanceTo(e.shard(id, 1).Deadline)
	r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	// Shards 0 and 2 are long past their challenge window; shard 1 missed its deadline.
	e.expectEvents(r, "ShardFinalized", "Unlocked", "DeadlineMissed", "Slashed", "Unlocked", "ShardAssigned",
		"ShardFinalized", "Unlocked")
	if sh := e.shard(id, 1); sh.Solver != e.solvers[3].addr || sh.Attempt != 2 {
		t.Fatalf("shard 1: %+v", sh)
	}
	e.checkInvariants()
	e.advanceTo(e.shard(id, 1).Deadline)
	sub0 := e.balance(e.submitter.addr)
	r = e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	e.expectEvents(r, "DeadlineMissed", "Slashed", "Unlocked", "ShardRefunded", "JobClosed")
	// 300 escrowed, two shards paid 40 each (the clearing price is the reserve's bid), no verifier.
	bigEq(t, "refund", sub(e.balance(e.submitter.addr), sub0), tok(220))
	e.checkInvariants()
}

// A node must be able to follow the market from its logs alone: replaying every event of a busy
// market reproduces the job, shard and bid state that the contract reports.
func TestEventsReproduceState(t *testing.T) {
	e := newEnv(t)
	s := e.solvers

	// Job 1: happy path with a verifier. Job 2: cancelled with a bid left to withdraw.
	// Job 3: no bids. Job 4: two shards, a lost dispute with reassignment, a won dispute,
	// a missed deadline, an expired dispute. Job 5: still running.
	id1 := e.post(jobParams(1))
	id2 := e.post(jobParams(1))
	id3 := e.post(jobParams(1))
	id4 := e.post(jobParams(2))
	e.bid(s[0], id1, tok(30))
	e.bid(s[1], id1, tok(35))
	e.bid(s[2], id2, tok(10))
	e.bid(s[3], id2, tok(15))
	for i, p := range []int64{5, 6, 7, 8} {
		e.bid(s[i], id4, tok(p))
	}
	e.send(s[3], e.mktC, e.mkt.PackWithdrawBid(id2))
	e.send(e.submitter, e.mktC, e.mkt.PackCancelJob(id2))
	e.advance(biddingPeriod)
	for _, id := range []*big.Int{id1, id3, id4} {
		e.send(e.anyone, e.mktC, e.mkt.PackPoke(id))
	}
	e.commit(s[0], id1, 0)
	e.send(e.dm, e.mktC, e.mkt.PackRecordVerifier(id1, shard0, 1, e.verifier.addr))
	e.commit(s[0], id4, 0)
	e.commit(s[1], id4, 1)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id4, shard0, 1))
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id4, big.NewInt(1), 1))
	e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id4, shard0, 1, true, e.challenger.addr)) // s2 takes shard 0
	e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id4, big.NewInt(1), 1, false, e.challenger.addr))
	e.advance(challengeWindow)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id1))
	e.send(s[1], e.mktC, e.mkt.PackWithdrawBid(id1))
	e.send(s[2], e.mktC, e.mkt.PackWithdrawBid(id2))
	e.advance(trainingPeriod) // s2 misses shard 0 of job 4: s3 takes it
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id4))
	e.commit(s[3], id4, 0)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id4, shard0, 3))
	e.advance(disputeTimeout)
	e.send(e.anyone, e.mktC, e.mkt.PackExpireDispute(id4, shard0))
	// Job 5 stays active: one shard committed, one assigned.
	id5 := e.post(jobParams(2))
	e.bid(s[4], id5, tok(50))
	e.bid(s[5], id5, tok(60))
	e.advance(biddingPeriod)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id5))
	e.commit(s[4], id5, 0)
	e.checkInvariants()

	// Rounds. Job 6: two shards, four rounds; s1 misses round 1 and s2 takes shard 1 in that
	// round; it stays active with shard 0's round 2 accepted (waiting) and shard 1 in round 2's
	// challenge window. Job 7: two shards, two rounds, no reserve; s4 misses round 0 while shard
	// 0's round 0 is accepted and both shards are refunded. Job 8: one shard, two rounds, paid.
	id6 := e.post(roundParams(2, 4))
	id7 := e.post(roundParams(2, 2))
	id8 := e.post(roundParams(1, 2))
	for i, p := range []int64{10, 20, 30} {
		e.bid(s[i], id6, tok(p))
	}
	e.bid(s[3], id7, tok(10))
	e.bid(s[4], id7, tok(20))
	e.bid(s[5], id8, tok(10))
	e.advance(biddingPeriod)
	for _, id := range []*big.Int{id6, id7, id8} {
		e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	}
	e.commitRound(s[0], id6, 0, 0)
	e.commitRound(s[1], id6, 1, 0)
	e.commitRound(s[3], id7, 0, 0)
	e.commitRound(s[5], id8, 0, 0)
	e.advance(challengeWindow)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id6)) // both rounds accepted: round 1 opens
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id7)) // shard 0 of job 7 waits
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id8)) // round 1 of job 8 opens at once
	e.commitRound(s[5], id8, 0, 1)
	e.commitRound(s[0], id6, 0, 1)
	e.advance(trainingPeriod)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id6)) // shard 0 accepted; s1 missed: s2 takes shard 1, still in round 1
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id7)) // s4 missed, no reserve: both shards refunded
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id8)) // finalized
	e.commitRound(s[2], id6, 1, 1)
	e.advance(challengeWindow)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id6, big.NewInt(1))) // round 2 opens
	e.commitRound(s[0], id6, 0, 2)
	e.advance(challengeWindow)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id6)) // shard 0 waits
	e.commitRound(s[2], id6, 1, 2)                // shard 1 in round 2's window
	e.checkInvariants()

	// Disputes on a round before the last. Job 9: one shard, two rounds; s3 loses a dispute on
	// round 0 and s4 takes the shard in round 0; s4 wins one (its window resumes) and its round
	// is accepted: round 1 opens. Job 10: two shards, two rounds, no reserve; s4 misses round 0
	// while s3's round 0 is in its window, which ends the rounds: at the window's end s3's shard
	// is refunded too.
	id9 := e.post(roundParams(1, 2))
	id10 := e.post(roundParams(2, 2))
	e.bid(s[3], id9, tok(10))
	e.bid(s[4], id9, tok(20))
	e.bid(s[3], id10, tok(10))
	e.bid(s[4], id10, tok(20))
	e.advance(biddingPeriod)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id9))
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id10))
	e.commitRound(s[3], id9, 0, 0)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id9, shard0, 1))
	e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id9, shard0, 1, true, e.challenger.addr)) // s4 takes shard 0 in round 0
	e.commitRound(s[4], id9, 0, 0)
	e.send(e.dm, e.mktC, e.mkt.PackOpenDispute(id9, shard0, 2))
	e.advance(challengeWindow)
	e.send(e.dm, e.mktC, e.mkt.PackCloseDispute(id9, shard0, 2, false, e.challenger.addr)) // the window resumes
	e.advance(challengeWindow)
	e.send(e.anyone, e.mktC, e.mkt.PackPoke(id9)) // accepted: round 1 opens
	deadline10 := e.shard(id10, 1).Deadline
	e.advanceTo(deadline10 - 10)
	e.commitRound(s[3], id10, 0, 0)
	e.advanceTo(deadline10)
	e.send(e.anyone, e.mktC, e.mkt.PackReportMissedDeadline(id10, big.NewInt(1))) // refunded: the rounds end
	e.advance(challengeWindow)
	e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id10, shard0)) // refunded at its window's end
	e.checkInvariants()

	replayed := e.replay()
	n := call(e, e.mktC, e.mkt.PackJobCount(), e.mkt.UnpackJobCount).Int64()
	if int64(len(replayed)) != n {
		t.Fatalf("replayed %d jobs, contract has %d", len(replayed), n)
	}
	for id := int64(1); id <= n; id++ {
		m, j := replayed[id], e.job(big.NewInt(id))
		if m.state != j.State || m.escrow.Cmp(j.Escrow) != 0 || m.shards != j.Shards || m.settled != j.Settled ||
			m.rounds != j.Rounds || m.round != j.Round || m.roundsEnded != j.RoundsEnded {
			t.Fatalf("job %d: replayed %+v, contract %+v", id, m, j)
		}
		var live []common.Address
		for _, b := range e.bids(big.NewInt(id)) {
			if b.Bidder != (common.Address{}) {
				live = append(live, b.Bidder)
			}
		}
		var got []common.Address
		for a := range m.bids {
			got = append(got, a)
		}
		slices.SortFunc(got, func(a, b common.Address) int { return a.Cmp(b) })
		slices.SortFunc(live, func(a, b common.Address) int { return a.Cmp(b) })
		if !slices.Equal(got, live) {
			t.Fatalf("job %d bids: replayed %v, contract %v", id, got, live)
		}
		for i := int64(0); i < int64(j.Shards); i++ {
			ms, cs := m.shard[i], e.shard(big.NewInt(id), i)
			if ms == nil {
				ms = &shardModel{}
			}
			if ms.state != cs.State || ms.solver != cs.Solver || ms.attempt != cs.Attempt ||
				ms.deadline != cs.Deadline || ms.verifier != cs.Verifier || ms.disputes != cs.Disputes ||
				ms.disputeSince != cs.DisputeSince || ms.disputeActivity != cs.DisputeActivity || ms.round != cs.Round ||
				ms.traceRoot != cs.TraceRoot || ms.stateRoot != cs.StateRoot ||
				(ms.price != nil && ms.price.Cmp(cs.Price) != 0) {
				t.Fatalf("job %d shard %d: replayed %+v, contract %+v", id, i, ms, cs)
			}
			for r := range int(j.Rounds) {
				if got, want := ms.roundRoots[r], e.roundRoot(big.NewInt(id), i, r); got != want {
					t.Fatalf("job %d shard %d round %d: replayed root %v, contract %v", id, i, r, got, want)
				}
			}
		}
	}
	// The scenario reached every job and shard state, a later round, a waiting shard, a shard in
	// the window of a round before the last, a replacement that kept its shard's round and a job
	// whose rounds ended.
	seenJob, seenShard := map[uint8]bool{}, map[uint8]bool{}
	var seenRound, seenWaiting, seenWindow, seenKept, seenEnded bool
	for _, m := range replayed {
		seenJob[m.state] = true
		seenRound = seenRound || m.round > 0
		seenEnded = seenEnded || m.roundsEnded
		for _, sh := range m.shard {
			seenShard[sh.state] = true
			seenWaiting = seenWaiting || sh.state == shardAssigned && sh.deadline == waitingDeadline
			seenWindow = seenWindow || sh.state == shardCommitted && sh.round+1 < m.rounds
			seenKept = seenKept || sh.attempt > 1 && len(sh.roundRoots) > 0
		}
	}
	if !seenJob[jobClosed] || !seenJob[jobActive] || !seenShard[shardAssigned] || !seenShard[shardCommitted] ||
		!seenShard[shardFinalized] || !seenShard[shardRefunded] || !seenRound || !seenWaiting || !seenWindow || !seenKept || !seenEnded {
		t.Fatalf("scenario too narrow: jobs %v shards %v round %v waiting %v window %v kept %v ended %v",
			seenJob, seenShard, seenRound, seenWaiting, seenWindow, seenKept, seenEnded)
	}
}

type shardModel struct {
	state        uint8
	solver       common.Address
	attempt      uint16
	deadline     uint64
	price        *big.Int
	verifier     common.Address
	disputes     uint8
	disputeSince uint64
	// the last open, or close the solver won, of a dispute (what expiry is timed from)
	disputeActivity uint64
	round           uint16   // the shard's round: those before it are accepted (by any attempt)
	traceRoot       [32]byte // of the last commit (of any round, by any attempt)
	stateRoot       [32]byte
	roundRoots      map[int][32]byte // state roots of the rounds before the last
}

type jobModel struct {
	state       uint8
	shards      uint16
	escrow      *big.Int
	closeReason uint8
	settled     uint16
	rounds      uint16
	round       uint16
	roundsEnded bool // a shard of the job (of several rounds) was refunded
	bids        map[common.Address]bool
	shard       map[int64]*shardModel
}

// replay rebuilds the market's state from its event logs alone.
func (e *env) replay() map[int64]*jobModel {
	e.t.Helper()
	logs, err := e.client.FilterLogs(e.ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{e.marketAddr}})
	if err != nil {
		e.t.Fatal(err)
	}
	jobs := map[int64]*jobModel{}
	shard := func(job, i *big.Int) *shardModel {
		m := jobs[job.Int64()]
		if m.shard[i.Int64()] == nil {
			m.shard[i.Int64()] = &shardModel{roundRoots: map[int][32]byte{}}
		}
		return m.shard[i.Int64()]
	}
	for i := range logs {
		l := &logs[i]
		if ev, err := e.mkt.UnpackJobPostedEvent(l); err == nil {
			jobs[ev.JobId.Int64()] = &jobModel{state: jobBidding, shards: uint16(ev.Shards.Uint64()),
				rounds: uint16(ev.Rounds.Uint64()), escrow: new(big.Int).Set(ev.Budget), bids: map[common.Address]bool{},
				shard: map[int64]*shardModel{}}
		} else if ev, err := e.mkt.UnpackBidPlacedEvent(l); err == nil {
			jobs[ev.JobId.Int64()].bids[ev.Bidder] = true
		} else if ev, err := e.mkt.UnpackBidWithdrawnEvent(l); err == nil {
			delete(jobs[ev.JobId.Int64()].bids, ev.Bidder)
		} else if ev, err := e.mkt.UnpackBidEvictedEvent(l); err == nil {
			delete(jobs[ev.JobId.Int64()].bids, ev.Bidder)
		} else if ev, err := e.mkt.UnpackAuctionFinalizedEvent(l); err == nil {
			jobs[ev.JobId.Int64()].state = jobActive
		} else if ev, err := e.mkt.UnpackShardAssignedEvent(l); err == nil {
			// A (re)assignment keeps the shard's round and roots: a replacement redoes the round
			// (its commit overwrites the round's root).
			sh := shard(ev.JobId, ev.Shard)
			sh.state, sh.solver, sh.attempt, sh.deadline, sh.price = shardAssigned, ev.Solver,
				uint16(ev.Attempt.Uint64()), ev.Deadline, ev.Price
			sh.verifier, sh.disputes = common.Address{}, 0
		} else if ev, err := e.mkt.UnpackRoundCommittedEvent(l); err == nil {
			// A round's commit opens a challenge window on it, as a final commit does; the shard
			// stays in its round.
			sh := shard(ev.JobId, ev.Shard)
			sh.state, sh.deadline, sh.traceRoot, sh.stateRoot = shardCommitted, ev.ChallengeEnd, ev.TraceRoot, ev.StateRoot
			sh.round, sh.roundRoots[int(ev.Round.Int64())] = uint16(ev.Round.Uint64()), ev.StateRoot
		} else if ev, err := e.mkt.UnpackRoundAcceptedEvent(l); err == nil {
			// The window passed: the shard waits, with no deadline, at the next round.
			sh := shard(ev.JobId, ev.Shard)
			sh.state, sh.round, sh.deadline = shardAssigned, uint16(ev.Round.Uint64()+1), waitingDeadline
		} else if ev, err := e.mkt.UnpackRoundOpenedEvent(l); err == nil {
			m := jobs[ev.JobId.Int64()]
			m.round = uint16(ev.Round.Uint64())
			for _, sh := range m.shard { // every shard is assigned when a round opens
				sh.deadline = ev.Deadline
			}
		} else if ev, err := e.mkt.UnpackShardCommittedEvent(l); err == nil {
			sh := shard(ev.JobId, ev.Shard)
			sh.state, sh.deadline, sh.traceRoot, sh.stateRoot = shardCommitted, ev.ChallengeEnd, ev.TraceRoot, ev.StateRoot
		} else if ev, err := e.mkt.UnpackVerifierRecordedEvent(l); err == nil {
			shard(ev.JobId, ev.Shard).verifier = ev.Verifier
		} else if ev, err := e.mkt.UnpackDisputeOpenedEvent(l); err == nil {
			sh := shard(ev.JobId, ev.Shard)
			sh.disputes = uint8(ev.OpenDisputes.Uint64())
			h, err := e.client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(l.BlockNumber))
			if err != nil {
				e.t.Fatal(err)
			}
			if sh.disputes == 1 { // a new run of open disputes begins at this block
				sh.disputeSince = h.Time
			}
			sh.disputeActivity = h.Time
		} else if ev, err := e.mkt.UnpackDisputeClosedEvent(l); err == nil {
			sh := shard(ev.JobId, ev.Shard)
			sh.disputes, sh.deadline = uint8(ev.OpenDisputes.Uint64()), ev.ChallengeEnd
			if !ev.SolverLost {
				h, err := e.client.HeaderByNumber(e.ctx, new(big.Int).SetUint64(l.BlockNumber))
				if err != nil {
					e.t.Fatal(err)
				}
				sh.disputeActivity = h.Time
			}
		} else if ev, err := e.mkt.UnpackDisputeExpiredEvent(l); err == nil {
			shard(ev.JobId, ev.Shard).disputes = 0
		} else if ev, err := e.mkt.UnpackShardFinalizedEvent(l); err == nil {
			shard(ev.JobId, ev.Shard).state = shardFinalized
			m := jobs[ev.JobId.Int64()]
			m.escrow.Sub(m.escrow, new(big.Int).Add(ev.Paid, ev.VerifierFee))
			m.settled++
		} else if ev, err := e.mkt.UnpackShardRefundedEvent(l); err == nil {
			shard(ev.JobId, ev.Shard).state = shardRefunded
			m := jobs[ev.JobId.Int64()]
			m.settled++
			m.roundsEnded = m.roundsEnded || m.rounds > 1
		} else if ev, err := e.mkt.UnpackJobClosedEvent(l); err == nil {
			m := jobs[ev.JobId.Int64()]
			m.state, m.closeReason = jobClosed, ev.Reason
			m.escrow.Sub(m.escrow, ev.Refund)
		}
		// DeadlineMissed, SolverSlashed, PaymentDeferred and Claimed change no job or shard field
		// beyond what the events above record.
	}
	return jobs
}
