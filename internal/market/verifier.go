package market

import (
	"cmp"
	"math/big"
	"slices"

	"veritrain/internal/commit"
	"veritrain/internal/game"
)

// The verifier's rules (decide): which committed shards to re-execute and which segments, when
// to open a dispute, and which games to drive. Segment selection follows docs/dispute-game.md
// section 9: the segments come from randomness drawn after the commit, so the solver could not
// know them when it committed.

// Check is the verifier's record of its verification of one shard attempt.
type Check struct {
	Status   CheckStatus
	Mismatch int    // CheckMismatch: the first step whose hash differs (the step to dispute)
	RetryAt  uint64 // CheckFailed: the chain time from which to try again (0: never)
	// CheckBadGlobal: the element of the global state the outer step gives otherwise (parameter
	// Param's θ or momentum, element Element).
	Param, Element int
}

// CheckStatus is where a verification stands.
type CheckStatus uint8

const (
	CheckRunning  CheckStatus = iota + 1 // re-executing
	CheckPassed                          // every sampled step's hash matched
	CheckMismatch                        // a step's hash differs: Mismatch is the first
	CheckFailed                          // could not verify (checkpoint or blob missing, bad input)
	// CheckBadStart: a round of a sharded job whose trace starts from another state than the
	// one its global state and its shard's previous round give (a Start round game).
	CheckBadStart
	// CheckBadGlobal: a round of a sharded job whose global state is not the outer step of the
	// previous round's (a wrong aggregate: an Outer round game on Param, Element).
	CheckBadGlobal
)

// Commitment is a committed shard attempt as the verifier sees it: its run, or for a job in
// rounds its round Shard.Round.
type Commitment struct {
	Shard      Shard       // State ShardCommitted; Deadline is the end of the challenge window
	Steps      int         // T, the committed run's steps (a round's: its inner steps)
	Rounds     bool        // the job is trained in rounds: checks are per round (RunKey.Round)
	TraceRoot  commit.Hash // the committed trace root
	Randomness *commit.Hash
	// Randomness is R for this attempt (keccak256 of a block's prevrandao drawn after the commit,
	// the job id and the shard); nil until that block exists.
}

// VerifierView is everything the verifier's rules read.
type VerifierView struct {
	Now      uint64
	Me       Address
	Sampling game.Sampling
	Bond     *big.Int // the dispute game's bond
	Balance  *big.Int // the verifier's tokens available for bonds

	Commitments []Commitment
	Checks      map[RunKey]Check // the verifier's verifications, by attempt
	Disputed    map[RunKey]bool  // attempts the verifier opened a game on (sent or pending)
	Games       []uint64         // open games the verifier is a party of
}

// Verify: re-execute Segments (segment indices of Sampling.SegmentLen steps, counted from the
// round's first step for a round) of the attempt and record the result.
type Verify struct {
	Run      RunKey
	Segments []int
}

// OpenDispute: open a game on the attempt's step Step (the first mismatch; the shard's own step
// count, also in a round), escrowing the bond.
type OpenDispute struct {
	Run  RunKey
	Step int
}

// OpenRoundDispute: open a round game on the attempt's round (RoundGame: a Start game, or with
// Outer an Outer game on element Element of parameter Param), escrowing the bond, and resolve it.
type OpenRoundDispute struct {
	Run            RunKey
	Outer          bool
	Param, Element int
}

// DriveGame: run the node's side of game Game (a chain.GameDriver: the challenger's for a
// verifier, the solver's for a solver) until it ends.
type DriveGame struct{ Game uint64 }

// SkipDispute: the verifier found a mismatch but cannot open a game now, for Reason. It is
// proposed again at every call while the reason holds (a balance can be topped up within the
// challenge window); the node logs it once.
type SkipDispute struct {
	Run    RunKey
	Reason string
}

// Key is the key of the verifier's check of c: the attempt, and its round in a job in rounds.
func (c Commitment) Key() RunKey {
	k := RunKey{Job: c.Shard.Job, Shard: c.Shard.Index, Attempt: c.Shard.Attempt}
	if c.Rounds {
		k.Round = c.Shard.Round
	}
	return k
}

func (Verify) isAction()           {}
func (OpenDispute) isAction()      {}
func (OpenRoundDispute) isAction() {}
func (DriveGame) isAction()        {}
func (SkipDispute) isAction()      {}

// VerifierActions returns what the verifier should do now, in attempt order, then its games.
func VerifierActions(v *VerifierView) ([]Action, error) {
	var acts []Action
	cs := slices.Clone(v.Commitments)
	slices.SortFunc(cs, func(a, b Commitment) int {
		return cmp.Or(cmp.Compare(a.Shard.Job, b.Shard.Job), cmp.Compare(a.Shard.Index, b.Shard.Index), cmp.Compare(a.Shard.Attempt, b.Shard.Attempt))
	})
	for _, c := range cs {
		s := c.Shard
		key := c.Key()
		// A verifier never checks its own work (it would gain nothing by disputing it and the
		// market refuses a self-challenge), and only within the challenge window: after it,
		// a dispute can no longer be opened.
		if s.State != ShardCommitted || s.Solver == v.Me || v.Now >= s.Deadline {
			continue
		}
		chk, checked := v.Checks[key]
		switch {
		// Rule 1. A commitment whose randomness exists is verified once, on the segments the
		// randomness selects. Why: segments chosen by the verifier itself would let a cheater
		// guess them; before the randomness exists there is nothing fair to check.
		// A check that failed for a reason that may pass (a peer that did not serve the
		// run's blobs in time, a node that ran out of disk) is tried again from RetryAt, while
		// the window lasts. Why: a solver that withholds its checkpoints for a while must not
		// escape verification.
		case !checked && c.Randomness != nil,
			checked && chk.Status == CheckFailed && chk.RetryAt != 0 && v.Now >= chk.RetryAt && c.Randomness != nil:
			segs, err := v.Sampling.Select(*c.Randomness, c.Steps)
			if err != nil {
				return nil, err
			}
			acts = append(acts, Verify{Run: key, Segments: segs})
		// Rule 2. A mismatch is disputed once, if the verifier can pay the bond. Why: the
		// game slashes the cheater and refunds the bond; the first differing step is the one
		// whose h_{t-1} both sides agree on (DESIGN 4.2).
		case checked && chk.Status == CheckMismatch && !v.Disputed[key]:
			if v.Bond == nil || v.Balance == nil || v.Balance.Cmp(v.Bond) < 0 {
				acts = append(acts, SkipDispute{Run: key, Reason: "the balance does not cover the bond"})
				continue
			}
			acts = append(acts, OpenDispute{Run: key, Step: chk.Mismatch})
		// Rule 2b. A round whose start or global state is wrong is disputed once in the round
		// game, on the same terms. Why: every inner step may be right from a start of the
		// solver's choosing; only the round game checks where a round starts.
		case checked && (chk.Status == CheckBadStart || chk.Status == CheckBadGlobal) && !v.Disputed[key]:
			if v.Bond == nil || v.Balance == nil || v.Balance.Cmp(v.Bond) < 0 {
				acts = append(acts, SkipDispute{Run: key, Reason: "the balance does not cover the bond"})
				continue
			}
			acts = append(acts, OpenRoundDispute{Run: key, Outer: chk.Status == CheckBadGlobal, Param: chk.Param, Element: chk.Element})
		}
	}
	// Rule 3. Every open game of the verifier is driven to its end. Why: a party that does
	// not move loses by timeout, however right it is.
	games := slices.Clone(v.Games)
	slices.Sort(games)
	for _, g := range games {
		acts = append(acts, DriveGame{Game: g})
	}
	return acts, nil
}
