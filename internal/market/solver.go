package market

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"veritrain/internal/commit"
)

// The solver's rules (decide, in the style of op-challenger): a pure function from what the node
// knows (the market's jobs and shards as the chain holds them, and the node's own record of its
// bids, quotes and training runs) to the actions it should take now. The node (act) carries
// them out and records what it did, so that the next call does not repeat them. Every rule says
// why it exists.

// JobState and ShardState are numbered as JobMarket.sol's enums.
type JobState uint8

const (
	JobNone JobState = iota
	JobBidding
	JobActive
	JobClosed
)

// ShardState is a shard's state in the market.
type ShardState uint8

const (
	ShardNone ShardState = iota
	ShardAssigned
	ShardCommitted
	ShardFinalized
	ShardRefunded
)

// Address is an account on the chain.
type Address [20]byte

// Job is a job as the chain holds it.
type Job struct {
	ID          uint64
	State       JobState
	BiddingEnds uint64 // bids are taken strictly before it
	Offer       Offer
	SpecHash    commit.Hash // keccak256 of the job's spec file
	GraphRoot   commit.Hash // the step program's graph root
	DataRoot    commit.Hash // the training set's data root
	Shards      int         // shards (solvers) of the job
	Rounds      int         // outer rounds (1: the job is trained in one piece)
	Round       int         // the round being trained: every shard's earlier rounds are accepted
	NextReserve int         // bids below this index (in the sorted list) hold or held a shard
}

// Shard is one shard of a job as the chain holds it.
type Shard struct {
	Job      uint64
	Index    int
	State    ShardState
	Solver   Address
	Deadline uint64 // Assigned: the training deadline; Committed: the end of the challenge window
	Attempt  int    // 1 for the first assignment, +1 at each reassignment
	Disputes int    // open disputes
	Round    int    // the shard's round: the earlier ones are accepted (by any attempt)
}

// Waiting is the deadline of a shard whose round is accepted and that waits for the other
// shards' (JobMarket's type(uint64).max).
const Waiting = ^uint64(0)

// RunKey names one training attempt of a shard, or (Round > 0, or any round of a job in
// rounds where it says so) one round of it: a job trained in rounds is verified and disputed
// round by round.
type RunKey struct {
	Job     uint64
	Shard   int
	Attempt int
	Round   int
}

// RunStatus is where the node's training of a shard attempt stands.
type RunStatus uint8

const (
	RunTraining RunStatus = iota + 1 // started, not finished
	RunTrained                       // finished: the roots below are the run's commitments
	RunFailed                        // cannot finish (bad input, a crash it cannot recover from)
)

// Run is the node's record of one training attempt.
type Run struct {
	Status    RunStatus
	TraceRoot commit.Hash // RunTrained: the trace root over h_1..h_T
	StateRoot commit.Hash // RunTrained: h_T
}

// SolverView is everything the rules read.
type SolverView struct {
	Now       uint64  // the latest block's time
	Me        Address // the solver's account
	FreeStake *big.Int
	Owed      *big.Int // what the market owes the solver (claimable)

	Jobs   []Job
	Shards []Shard

	Bids      map[uint64]bool    // jobs the solver has bid on (placed, or sent and pending)
	Skipped   map[uint64]bool    // jobs the solver decided not to bid on (logged once)
	Quotes    map[uint64]Quote   // the solver's quotes, by job (missing: not priced yet)
	Runs      map[RunKey]Run     // the solver's training runs
	Committed map[RunKey]bool    // commits sent and pending
	Finalized map[[3]uint64]bool // finalizeShard sent and pending, by (job, shard, round)

	Games []uint64 // open dispute games of the solver's shards (the solver is their solver)
	// RoundGames are the open round games (RoundGame) of the solver's shards.
	RoundGames []uint64

	// Withdrawable lists the closed jobs on which the solver still has a bid that holds no
	// shard (a cancelled job's, or an unused reserve's): its stake stays locked until withdrawn.
	Withdrawable []uint64
}

// ResolveRoundGame: resolve round game Game (RoundGame) against the solver with its own states.
type ResolveRoundGame struct{ Game uint64 }

func (ResolveRoundGame) isAction() {}

// Action is one thing the solver node should do now.
type Action interface{ isAction() }

// PriceJob: fetch job Job's spec and blobs and quote a shard of it (QuoteShard); the node
// records the quote, or a skip if the job cannot be priced (bad spec, blobs missing).
type PriceJob struct{ Job uint64 }

// PlaceBid: bid Price for a shard of Job.
type PlaceBid struct {
	Job   uint64
	Price *big.Int
}

// SkipJob: do not bid for Job, for Reason (record it so that it is logged once).
type SkipJob struct {
	Job    uint64
	Reason string
}

// FinalizeAuction: close Job's auction (anyone may, once bidding has ended).
type FinalizeAuction struct{ Job uint64 }

// StartTraining: train the attempt (from the job's initial state, or the round state).
type StartTraining struct{ Run RunKey }

// CommitRun: commit the trained attempt's roots.
type CommitRun struct {
	Run                  RunKey
	TraceRoot, StateRoot commit.Hash
}

// FinalizeShard: the challenge window of a committed shard has passed without a dispute;
// finalizing pays the solver (for an earlier round of a job in rounds: accepts the round).
type FinalizeShard struct {
	Job   uint64
	Shard int
	Round int
}

// ClaimPayment: withdraw what the market owes.
type ClaimPayment struct{ Amount *big.Int }

// WithdrawBid: withdraw the bid on Job, which is closed, and unlock its stake.
type WithdrawBid struct{ Job uint64 }

func (PriceJob) isAction()        {}
func (PlaceBid) isAction()        {}
func (SkipJob) isAction()         {}
func (FinalizeAuction) isAction() {}
func (StartTraining) isAction()   {}
func (CommitRun) isAction()       {}
func (FinalizeShard) isAction()   {}
func (ClaimPayment) isAction()    {}
func (WithdrawBid) isAction()     {}

// SolverActions returns the actions the solver should take now, in a fixed order (by job, then
// shard). It is a pure function of v; calling it again after the node has recorded the actions
// it took returns only what is still to do.
func SolverActions(v *SolverView) []Action {
	var acts []Action
	jobs := slices.Clone(v.Jobs)
	slices.SortFunc(jobs, func(a, b Job) int { return cmp.Compare(a.ID, b.ID) })
	for _, j := range jobs {
		switch {
		// Rule 1. A job taking bids that the solver has not answered yet is priced first, then
		// bid on or skipped. Why: the solver never bids without a quote of its own (DESIGN 5:
		// "never below cost"), and answers each job once.
		case j.State == JobBidding && v.Now < j.BiddingEnds && !v.Bids[j.ID] && !v.Skipped[j.ID]:
			q, ok := v.Quotes[j.ID]
			if !ok {
				acts = append(acts, PriceJob{Job: j.ID})
				continue
			}
			d := Decide(j.Offer, q, v.FreeStake)
			if d.Bid {
				acts = append(acts, PlaceBid{Job: j.ID, Price: d.Price})
			} else {
				acts = append(acts, SkipJob{Job: j.ID, Reason: d.Reason})
			}
		// Rule 2. Once bidding has ended, a job the solver bid on is finalized by it if nobody
		// did. Why: training (and payment) starts only with the auction's result, and the
		// finalization is open to anyone; waiting for others would let the training period of
		// nobody start.
		case j.State == JobBidding && v.Now >= j.BiddingEnds && v.Bids[j.ID]:
			acts = append(acts, FinalizeAuction{Job: j.ID})
		}
	}
	shards := slices.Clone(v.Shards)
	slices.SortFunc(shards, func(a, b Shard) int {
		return cmp.Or(cmp.Compare(a.Job, b.Job), cmp.Compare(a.Index, b.Index))
	})
	for _, s := range shards {
		if s.Solver != v.Me {
			continue
		}
		key := RunKey{Job: s.Job, Shard: s.Index, Attempt: s.Attempt}
		run, ran := v.Runs[key]
		switch s.State {
		case ShardAssigned:
			switch {
			// Rule 3. An assigned shard without a run is trained. Why: the stake is lost at
			// the deadline otherwise; the deadline is the chain's, so the run starts at once.
			case !ran && v.Now < s.Deadline:
				acts = append(acts, StartTraining{Run: key})
			// Rule 4. A trained run is committed before the deadline, once. Why: the commit
			// starts the challenge window that ends in payment; a commit after the deadline
			// reverts, and by then the shard is another solver's.
			case ran && run.Status == RunTrained && v.Now < s.Deadline && !v.Committed[key]:
				acts = append(acts, CommitRun{Run: key, TraceRoot: run.TraceRoot, StateRoot: run.StateRoot})
			}
			// A failed run is never committed: committing roots the node did not compute
			// would be slashed in a dispute; missing the deadline costs the same stake but no
			// bond of a verifier's time.
		case ShardCommitted:
			// Rule 5. A committed shard whose challenge window has passed without an open
			// dispute is finalized by the solver (each round of a job in rounds). Why: that
			// pays it, or lets the next round open; anyone may, so the solver does not wait for
			// others.
			if v.Now >= s.Deadline && s.Disputes == 0 && !v.Finalized[[3]uint64{s.Job, uint64(s.Index), uint64(s.Round)}] {
				acts = append(acts, FinalizeShard{Job: s.Job, Shard: s.Index, Round: s.Round})
			}
		}
	}
	// Rule 6. Every open game against the solver is answered to its end. Why: a solver that does
	// not move loses by timeout and is slashed, however honest its run was.
	games := slices.Clone(v.Games)
	slices.Sort(games)
	for _, g := range games {
		acts = append(acts, DriveGame{Game: g})
	}
	// Rule 6b. Every open round game against the solver is resolved. Why: the round game ends
	// by timeout against the solver unless someone proves its round's start right, and the
	// solver holds every state that proof needs.
	rgs := slices.Clone(v.RoundGames)
	slices.Sort(rgs)
	for _, g := range rgs {
		acts = append(acts, ResolveRoundGame{Game: g})
	}
	// Rule 7. A bid on a closed job that holds no shard is withdrawn. Why: it can no longer
	// win, and the stake it locks is the solver's capital for other jobs (a job's reserves stay
	// while it runs: they may still be promoted).
	withdraw := slices.Clone(v.Withdrawable)
	slices.Sort(withdraw)
	for _, j := range withdraw {
		acts = append(acts, WithdrawBid{Job: j})
	}
	// Rule 8. What the market owes is claimed. Why: payments the market could not push (a
	// failed transfer) wait in `owed` until their owner claims them.
	if v.Owed != nil && v.Owed.Sign() > 0 {
		acts = append(acts, ClaimPayment{Amount: new(big.Int).Set(v.Owed)})
	}
	return acts
}

var jobStateNames = []string{"none", "bidding", "active", "closed"}
var shardStateNames = []string{"none", "assigned", "committed", "finalized", "refunded"}

func (s JobState) String() string {
	if int(s) < len(jobStateNames) {
		return jobStateNames[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

func (s ShardState) String() string {
	if int(s) < len(shardStateNames) {
		return shardStateNames[s]
	}
	return fmt.Sprintf("state(%d)", uint8(s))
}

// Tokens formats an amount in wei (18 decimals) as tokens, with at most 4 decimals.
func Tokens(x *big.Int) string {
	if x == nil {
		return "0"
	}
	r := new(big.Rat).SetFrac(x, big.NewInt(1e18))
	return strings.TrimRight(strings.TrimRight(r.FloatString(4), "0"), ".")
}
