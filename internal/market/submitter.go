package market

import (
	"cmp"
	"math/big"
	"slices"
)

// The submitter's rules (decide): what a node that posted jobs does for them until each ends:
// register what disputes need, keep the job moving past every deadline, fetch and check the
// model, and take back refunds.

// PostedJob is a job the submitter posted, as the chain holds it, with the node's record.
type PostedJob struct {
	Job    Job
	Shards []Shard

	LayoutRegistered  bool // the dispute game knows the job's layout (chain)
	ContextRegistered bool // the Judge knows the job's context (chain)
	Fetched           bool // the node downloaded the final model and checked it (node)
	Pending           bool // an action for this job was sent and is not mined yet (node)
}

// SubmitterView is everything the submitter's rules read.
type SubmitterView struct {
	Now         uint64
	MoveTimeout uint64 // the dispute game's seconds per move
	Owed        *big.Int
	Jobs        []PostedJob
}

// RegisterLayout: register the job's game layout with the dispute game.
type RegisterLayout struct{ Job uint64 }

// RegisterContext: register the job's Judge context.
type RegisterContext struct{ Job uint64 }

// Poke: call the market's poke(job), which takes every exit that is due (finalize the
// auction, report missed deadlines, finalize shards, expire stuck disputes).
type Poke struct{ Job uint64 }

// FetchModel: download the job's final state from the solvers' blobs and check it against the
// committed state roots.
type FetchModel struct{ Job uint64 }

func (RegisterLayout) isAction()  {}
func (RegisterContext) isAction() {}
func (Poke) isAction()            {}
func (FetchModel) isAction()      {}

// SubmitterActions returns what the submitter should do now, by job.
func SubmitterActions(v *SubmitterView) []Action {
	var acts []Action
	jobs := slices.Clone(v.Jobs)
	slices.SortFunc(jobs, func(a, b PostedJob) int { return cmp.Compare(a.Job.ID, b.Job.ID) })
	for _, pj := range jobs {
		j := pj.Job
		if pj.Pending {
			continue // one transaction per job at a time: the next call sees its effect
		}
		// Rule 1. While the job takes bids, its layout and Judge context are registered, the
		// layout at least one move timeout before bidding ends. Why: without them no dispute
		// can be opened on the job, so verifiers could not catch a cheater; the contract
		// refuses a layout that bidders had no time to check.
		if j.State == JobBidding && !pj.LayoutRegistered && j.BiddingEnds > v.Now+v.MoveTimeout {
			acts = append(acts, RegisterLayout{Job: j.ID})
			continue
		}
		if j.State == JobBidding && !pj.ContextRegistered {
			acts = append(acts, RegisterContext{Job: j.ID})
			continue
		}
		// Rule 2. Every exit that is due is taken. Why: the job's escrow moves only through
		// these transitions, and a submitter that waits for others may wait forever.
		if due(j, pj.Shards, v.Now) {
			acts = append(acts, Poke{Job: j.ID})
			continue
		}
		// Rule 3. Once every shard is finalized the model is fetched and checked, once. Why:
		// the submitter paid for a model whose state root the network verified; it must get
		// exactly those bytes.
		if j.State == JobClosed && !pj.Fetched && len(pj.Shards) > 0 && allFinalized(pj.Shards) {
			acts = append(acts, FetchModel{Job: j.ID})
		}
	}
	// Rule 4. Refunds and payments the market could not push are claimed.
	if v.Owed != nil && v.Owed.Sign() > 0 {
		acts = append(acts, ClaimPayment{Amount: new(big.Int).Set(v.Owed)})
	}
	return acts
}

// due reports whether poke(job) would do something: an auction past its bidding window, a shard
// past its training deadline, a committed shard past its challenge window without a dispute.
// (Stuck disputes expire after the market's dispute timeout, which the view does not carry: the
// node pokes those on its own schedule.)
func due(j Job, shards []Shard, now uint64) bool {
	if j.State == JobBidding {
		return now >= j.BiddingEnds
	}
	if j.State != JobActive {
		return false
	}
	for _, s := range shards {
		switch {
		case s.State == ShardAssigned && now >= s.Deadline:
			return true
		case s.State == ShardCommitted && s.Disputes == 0 && now >= s.Deadline:
			return true
		}
	}
	return false
}

func allFinalized(shards []Shard) bool {
	for _, s := range shards {
		if s.State != ShardFinalized {
			return false
		}
	}
	return true
}
