package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/nn"
	"veritrain/internal/roundgame"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// VerifierConfig is what a verifier node needs.
type VerifierConfig struct {
	Client   *chain.Client
	DB       *DB
	Specs    SpecSource
	Runs     RunSource
	Rounds   RoundSource   // the round states of sharded jobs (a round's start is recomputed from them)
	Sampling game.Sampling // which segments of a committed run to re-execute
	WorkDir  string        // the node's scratch space (the verifier itself writes nothing there)
	Log      *slog.Logger
	Poll     time.Duration // how often a game driver looks for a new block (default 1 s)
	Metrics  *Metrics      // if set, counts the segments checked and the games played

	// Adversaries: TESTS AND THE DEMO ONLY (node --adversary).
	// Tamper makes the verifier's own re-execution wrong (train.VerifyOptions.Tamper): it then
	// finds honest steps wrong, disputes them and plays the games from its wrong record (a
	// frivolous challenger).
	Tamper func(step int, st *train.State)
	// Stall makes the verifier open its games and then never move in them (a challenger that
	// stalls a dispute until its clock runs out).
	Stall bool
	// Double makes the verifier open two games on every step it disputes.
	Double bool
}

// Verifier is the verifier role of a node: each Tick reads the committed shards of the market
// from the chain and its own records from the database, asks market.VerifierActions what to do,
// and does it. Verifications and games run in the background; a restart resumes the
// verifications that were running and the games that are not over.
type Verifier struct {
	cfg     VerifierConfig
	checks  tasks[market.RunKey] // verifications
	games   tasks[uint64]        // game drivers
	mu      sync.Mutex
	skipped map[market.RunKey]string // SkipDispute reasons logged
	starts  map[uint64]*roundStarts  // the rounds' starts of the active sharded jobs, by job
}

// roundStarts is a sharded job's global state as the verifier replays it round after round,
// and every shard's start of each round it reached: the rounds before a round that is open are
// accepted, so neither can change.
type roundStarts struct {
	mu      sync.Mutex
	sh      *train.Sharded
	starts  map[int][]commit.Hash // round → each shard's start
	globals map[int]*roundGlobal  // round → the global state it starts from
}

// roundGlobal is the global state a round starts from.
type roundGlobal struct {
	root  commit.Hash
	state roundgame.State
	spec  *roundgame.Spec
	specs []nn.StateSpec
}

// committedGlobal is the global state a round's commitments rc start from (a state of specs of
// job), decoded from its global checkpoint in dir.
func committedGlobal(specs []nn.StateSpec, dir string, rc *train.Commitments, job commit.Hash) (*train.State, error) {
	b, err := blob(dir, rc.GlobalCheckpoint)
	if err != nil {
		return nil, fmt.Errorf("the round's global checkpoint: %w", err)
	}
	return train.DecodeState(specs, b, job, rc.Global)
}

// NewVerifier returns a verifier over cfg.
func NewVerifier(cfg VerifierConfig) (*Verifier, error) {
	if cfg.Client == nil || cfg.DB == nil || cfg.Specs == nil || cfg.Runs == nil {
		return nil, errors.New("node: a verifier needs a chain client, a database, a spec source and a run source")
	}
	if cfg.Sampling.SegmentLen < 1 || cfg.Sampling.RateBPS < 1 || cfg.Sampling.RateBPS > game.BPS {
		return nil, fmt.Errorf("node: sampling %+v (want segments of at least one step and a rate in (0, %d] bps)", cfg.Sampling, game.BPS)
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	return &Verifier{cfg: cfg, skipped: map[market.RunKey]string{}, starts: map[uint64]*roundStarts{}}, nil
}

// Wait waits for the background verifications to end.
func (v *Verifier) Wait() { v.checks.wait() }

// WaitGames waits for the background game drivers to end (cancel Tick's context to stop them).
func (v *Verifier) WaitGames() { v.games.wait() }

// commitment is what the verifier knows of a committed attempt (or round) besides
// market.Commitment.
type commitment struct {
	spec   commit.Hash
	solver market.Address
	root   commit.Hash
	steps  int  // the run's, or the round's
	rounds bool // a round of a sharded job (the key's Round)
}

// verifierState is one Tick's reading of the chain and the database.
type verifierState struct {
	view    *market.VerifierView
	commits map[market.RunKey]commitment
	games   map[uint64]openGame
}

// View reads the verifier's view of the market: every committed shard of the active jobs (with
// its sampling randomness while the verifier has not checked it), the game's bond, the
// verifier's balance, its open games and its records.
func (v *Verifier) View(ctx context.Context) (*market.VerifierView, error) {
	s, err := v.read(ctx)
	if err != nil {
		return nil, err
	}
	return s.view, nil
}

func (v *Verifier) read(ctx context.Context) (*verifierState, error) {
	c, db := v.cfg.Client, v.cfg.DB
	me := c.Address()
	vv := &market.VerifierView{Me: market.Address(me), Sampling: v.cfg.Sampling}
	s := &verifierState{view: vv, commits: map[market.RunKey]commitment{}, games: map[uint64]openGame{}}
	var err error
	if vv.Now, err = c.HeadTime(ctx); err != nil {
		return nil, err
	}
	rules, err := c.GameRules(ctx)
	if err != nil {
		return nil, err
	}
	vv.Bond = rules.Bond
	if vv.Balance, err = c.TokenBalance(ctx, me); err != nil {
		return nil, err
	}
	if err := db.VerifierRecords(vv); err != nil {
		return nil, err
	}
	n, err := c.JobCount(ctx)
	if err != nil {
		return nil, err
	}
	floor, err := db.JobFloor()
	if err != nil {
		return nil, err
	}
	from, open := max(floor, 1), uint64(0)
	active := map[uint64]bool{}
	for id := from; id <= n.Uint64(); id++ {
		bid := new(big.Int).SetUint64(id)
		j, err := c.Job(ctx, bid)
		if err != nil {
			return nil, err
		}
		mj, err := chain.MarketJobOf(id, j)
		if err != nil {
			return nil, err
		}
		if mj.State != market.JobClosed && open == 0 {
			open = id
		}
		if mj.State != market.JobActive {
			continue
		}
		active[id] = true
		for i := range int(j.Shards) {
			sh, err := c.Shard(ctx, bid, uint64(i))
			if err != nil {
				return nil, err
			}
			ms, err := chain.MarketShardOf(id, i, sh)
			if err != nil {
				return nil, err
			}
			if ms.State != market.ShardCommitted || ms.Solver == vv.Me || vv.Now >= ms.Deadline {
				continue
			}
			job, err := v.cfg.Specs.Spec(ctx, mj.SpecHash)
			if err != nil {
				v.cfg.Log.Warn("cannot verify: the job's spec is unavailable", "job", id, "shard", i, "attempt", ms.Attempt, "err", err)
				continue
			}
			// A job in rounds is verified round by round: each round's commit has its own
			// window, trace and randomness.
			cm := market.Commitment{Shard: ms, Steps: job.Train.Steps, TraceRoot: sh.TraceRoot, Rounds: mj.Rounds > 1}
			if cm.Rounds {
				if !job.Sharded() || job.Rounds() != mj.Rounds {
					v.cfg.Log.Warn("cannot verify: the job's spec is not trained in its rounds", "job", id, "rounds", mj.Rounds)
					continue
				}
				cm.Steps = job.Parallel.InnerSteps
			}
			key := cm.Key()
			// The randomness is read only while it is needed: for an attempt not checked yet,
			// or whose check failed and is tried again.
			if chk, checked := vv.Checks[key]; !checked || chk.Status == market.CheckFailed {
				if cm.Randomness, err = c.RoundRandomness(ctx, bid, uint64(i), ms.Attempt, ms.Round, mj.Rounds); err != nil {
					return nil, err
				}
			}
			vv.Commitments = append(vv.Commitments, cm)
			s.commits[key] = commitment{spec: mj.SpecHash, solver: ms.Solver, root: sh.TraceRoot, steps: cm.Steps, rounds: cm.Rounds}
		}
	}
	v.forgetRounds(active)
	if open == 0 {
		open = n.Uint64() + 1
	}
	if open > from {
		if err := db.SetJobFloor(open); err != nil {
			return nil, err
		}
	}
	games, err := openGames(ctx, c, db)
	if err != nil {
		return nil, err
	}
	for _, g := range games {
		if g.View.Challenger != me {
			continue
		}
		vv.Games = append(vv.Games, g.ID)
		s.games[g.ID] = g
		// A game whose open was sent but not recorded (the node stopped in between) is the
		// verifier's dispute of that attempt all the same.
		k, err := g.runKey(ctx, c)
		if err != nil {
			return nil, err
		}
		if !vv.Disputed[k] {
			vv.Disputed[k] = true
			if err := db.Put(TableDisputed, RunKey(k), g.ID); err != nil {
				return nil, err
			}
		}
	}
	return s, nil
}

// Tick does one round: resumes interrupted verifications, then carries out the rules' actions.
// It returns the actions it took (an action that failed is logged and tried again next round; a
// game whose driver already runs is not an action taken).
func (v *Verifier) Tick(ctx context.Context) ([]market.Action, error) {
	s, err := v.read(ctx)
	if err != nil {
		return nil, err
	}
	v.resume(ctx, s)
	acts, err := market.VerifierActions(s.view)
	if err != nil {
		return nil, err
	}
	var done []market.Action
	for _, a := range acts {
		switch err := v.act(ctx, s, a); {
		case errors.Is(err, errBusy):
		case err != nil:
			v.cfg.Log.Warn("verifier action failed", "action", fmt.Sprintf("%T", a), "err", err)
		default:
			done = append(done, a)
		}
	}
	return done, nil
}

// RetryAfter is how many seconds of chain time a verifier waits before trying a failed check
// again.
const RetryAfter = 15

// checkRecord is the verifier's record of a check: the rules' market.Check and what a restart
// needs to resume a running one.
type checkRecord struct {
	market.Check
	Segments []int  `json:",omitempty"` // the sampled segments
	Reason   string `json:",omitempty"` // CheckFailed: why
}

// resume restarts the verifications the database says are running but no goroutine of this
// process runs (the node was restarted mid-verification).
func (v *Verifier) resume(ctx context.Context, s *verifierState) {
	var keys []market.RunKey
	for k, c := range s.view.Checks {
		if c.Status == market.CheckRunning {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return RunKey(keys[i]) < RunKey(keys[j]) })
	for _, k := range keys {
		cm, ok := s.commits[k]
		if !ok || v.checks.busy(k) {
			continue // the window has passed (no dispute is possible any more), or it runs
		}
		// Read the record again: a verification that ended since the view was read recorded
		// its result before it stopped counting as running.
		var rec checkRecord
		if ok, err := v.cfg.DB.Get(TableChecks, RunKey(k), &rec); !ok || err != nil || rec.Status != market.CheckRunning {
			continue
		}
		v.cfg.Log.Info("resuming an interrupted verification", "job", k.Job, "shard", k.Shard, "attempt", k.Attempt, "round", k.Round)
		v.verify(ctx, k, cm, rec.Segments)
	}
}

func (v *Verifier) act(ctx context.Context, s *verifierState, a market.Action) error {
	db, log := v.cfg.DB, v.cfg.Log
	switch a := a.(type) {
	case market.Verify:
		cm := s.commits[a.Run]
		if err := db.Put(TableChecks, RunKey(a.Run), checkRecord{Check: market.Check{Status: market.CheckRunning}, Segments: a.Segments}); err != nil {
			return err
		}
		log.Info("verifying", "job", a.Run.Job, "shard", a.Run.Shard, "attempt", a.Run.Attempt, "round", a.Run.Round, "segments", a.Segments)
		v.verify(ctx, a.Run, cm, a.Segments)
		return nil
	case market.OpenDispute:
		return v.open(ctx, s, a)
	case market.OpenRoundDispute:
		return v.openRound(ctx, s, a)
	case market.SkipDispute:
		v.mu.Lock()
		logged := v.skipped[a.Run] == a.Reason
		v.skipped[a.Run] = a.Reason
		v.mu.Unlock()
		if !logged {
			log.Warn("not disputing a mismatch", "job", a.Run.Job, "shard", a.Run.Shard, "attempt", a.Run.Attempt, "reason", a.Reason)
		}
		return nil
	case market.DriveGame:
		g, ok := s.games[a.Game]
		if !ok {
			return fmt.Errorf("game %d is not an open game of the verifier", a.Game)
		}
		if !v.games.start(a.Game, func() error { return v.drive(ctx, g) }) {
			return errBusy
		}
		return nil
	}
	return fmt.Errorf("node: the verifier cannot carry out %T", a)
}

// verify re-executes the segments of attempt k in the background and records the result.
func (v *Verifier) verify(ctx context.Context, k market.RunKey, cm commitment, segments []int) {
	v.checks.start(k, func() error {
		log := v.cfg.Log.With("job", k.Job, "shard", k.Shard, "attempt", k.Attempt)
		if cm.rounds {
			log = log.With("round", k.Round)
		}
		rec := checkRecord{Segments: segments}
		var err error
		rec.Check, err = v.check(ctx, k, cm, segments)
		if ctx.Err() != nil {
			log.Info("verification interrupted; it restarts with the node")
			return nil
		}
		v.cfg.Metrics.Segments(checkResult(rec.Status), len(segments))
		switch rec.Status {
		case market.CheckPassed:
			log.Info("verified: every sampled step matches", "segments", segments)
		case market.CheckMismatch:
			log.Warn("verification found a wrong step", "step", rec.Mismatch, "err", err)
		case market.CheckBadStart:
			log.Warn("the round starts from a state that is not its global state's and its previous round's", "err", err)
		case market.CheckBadGlobal:
			log.Warn("the round's global state is not the outer step of the previous round (a wrong aggregate)", "param", rec.Param, "element", rec.Element, "err", err)
		default:
			rec.Status, rec.Reason = market.CheckFailed, err.Error()
			// Try again later while the challenge window lasts (market.VerifierActions).
			if now, herr := v.cfg.Client.HeadTime(ctx); herr == nil {
				rec.RetryAt = now + RetryAfter
			}
			log.Error("could not verify; trying again later", "err", err, "retry_at", rec.RetryAt)
		}
		if err := v.cfg.DB.Put(TableChecks, RunKey(k), rec); err != nil {
			log.Error("recording the verification", "err", err)
		}
		return nil // a failure is recorded with its retry time (market.VerifierActions)
	})
}

// checkResult names a check's status for the metrics.
func checkResult(s market.CheckStatus) string {
	switch s {
	case market.CheckPassed:
		return "passed"
	case market.CheckMismatch:
		return "mismatch"
	case market.CheckBadStart:
		return "bad_start"
	case market.CheckBadGlobal:
		return "bad_global"
	}
	return "failed"
}

// check fetches the run of attempt k and re-executes its segments.
func (v *Verifier) check(ctx context.Context, k market.RunKey, cm commitment, segments []int) (market.Check, error) {
	job, dir, err := v.run(ctx, k, cm)
	if err != nil {
		return market.Check{}, err
	}
	rc, err := train.ReadCommitments(dir)
	if err != nil {
		return market.Check{}, err
	}
	if rc.Steps() != cm.steps {
		return market.Check{}, fmt.Errorf("the run commits %d steps, the job has %d", rc.Steps(), cm.steps)
	}
	if cm.rounds {
		if first := k.Round * cm.steps; !rc.Round() || rc.Shard != k.Shard || rc.Shards != job.Parallel.Shards || rc.First != first {
			return market.Check{}, fmt.Errorf("the commitments are of shard %d of %d from step %d, not round %d of shard %d of %d (from step %d)",
				rc.Shard, rc.Shards, rc.First, k.Round, k.Shard, job.Parallel.Shards, first)
		}
		// The round's first leaf is the shard's start, its last the global state: θ_r and the
		// outer momentum from every shard's previous round, on chain, and the start θ_r in the
		// shard's own previous state. The round game judges both (openRound).
		start, global, err := v.roundStart(ctx, k, job)
		if err != nil {
			return market.Check{}, err
		}
		if rc.Global != global.root {
			if k.Round == 0 {
				return market.Check{Status: market.CheckBadStart}, fmt.Errorf("round 0's global state root is %s, the job's initial one %s", rc.Global, global.root)
			}
			g, err := committedGlobal(global.specs, dir, rc, job.Hash)
			if err != nil {
				return market.Check{}, fmt.Errorf("the round's global state root is %s, the outer step gives %s, and the element cannot be found: %w", rc.Global, global.root, err)
			}
			p, i, ok := global.spec.FirstDiff(g.RoundState(), global.state)
			if !ok {
				return market.Check{}, errors.New("the round's global checkpoint has another root but the same values")
			}
			return market.Check{Status: market.CheckBadGlobal, Param: p, Element: i}, fmt.Errorf("the round's global state root is %s, the outer step gives %s; parameter %d element %d differs", rc.Global, global.root, p, i)
		}
		if start != rc.Initial {
			return market.Check{Status: market.CheckBadStart}, fmt.Errorf("the round's trace starts from state root %s, the round's start is %s", rc.Initial, start)
		}
	}
	segs := make([]train.Segment, len(segments))
	for i, sg := range segments {
		segs[i].First, segs[i].Last = game.SegmentSteps(rc.Steps(), v.cfg.Sampling.SegmentLen, sg)
		segs[i].First += rc.First
		segs[i].Last += rc.First
	}
	_, err = train.VerifyWith(ctx, job, dir, segs, train.VerifyOptions{Tamper: v.cfg.Tamper})
	var mm *train.Mismatch
	switch {
	case err == nil:
		return market.Check{Status: market.CheckPassed}, nil
	case errors.As(err, &mm):
		return market.Check{Status: market.CheckMismatch, Mismatch: mm.Step}, err
	}
	return market.Check{}, err
}

// roundStart is the state root shard k.Shard starts round k.Round from: every earlier round's
// outer step replayed from the shards' committed round states (catchUp), then θ in the shard's
// state. The replay is kept per job and every shard's start computed at once: the checks of a
// round's shards, which run in parallel, share one replay.
func (v *Verifier) roundStart(ctx context.Context, k market.RunKey, job *spec.Job) (commit.Hash, *roundGlobal, error) {
	if v.cfg.Rounds == nil {
		return commit.Hash{}, nil, errors.New("a sharded job's rounds need the network (no round source)")
	}
	v.mu.Lock()
	rs := v.starts[k.Job]
	if rs == nil {
		rs = &roundStarts{starts: map[int][]commit.Hash{}, globals: map[int]*roundGlobal{}}
		v.starts[k.Job] = rs
	}
	v.mu.Unlock()
	rs.mu.Lock()
	defer rs.mu.Unlock()
	if st, ok := rs.starts[k.Round]; ok {
		return st[k.Shard], rs.globals[k.Round], nil
	}
	if rs.sh != nil && (rs.sh.Job.Hash != job.Hash || rs.sh.Round() > k.Round) {
		rs.sh.Close() // an earlier round asked late (a restart): replay from the start
		rs.sh = nil
	}
	if rs.sh == nil {
		sh, err := train.LoadSharded(job)
		if err != nil {
			return commit.Hash{}, nil, err
		}
		rs.sh = sh
	}
	sh := rs.sh
	if err := catchUp(ctx, v.cfg.Client, v.cfg.Rounds, k.Job, sh, k.Round, v.cfg.Log.With("job", k.Job)); err != nil {
		sh.Close() // its state is undefined after a failed load
		rs.sh = nil
		return commit.Hash{}, nil, err
	}
	st := make([]commit.Hash, len(sh.Shards))
	for s := range sh.Shards {
		// StartShard sets only the shard's parameters, which the next catchUp's loads replace.
		if err := sh.StartShard(s); err != nil {
			return commit.Hash{}, nil, err
		}
		st[s] = sh.Shards[s].State.Root()
	}
	rs.starts[k.Round] = st
	g := &roundGlobal{root: sh.GlobalRoot(), state: sh.Global.RoundState().Clone(), spec: sh.RoundSpec(), specs: sh.Global.Specs}
	rs.globals[k.Round] = g
	return st[k.Shard], g, nil
}

// forgetRounds drops the round replays of the jobs that are no longer active.
func (v *Verifier) forgetRounds(active map[uint64]bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	for id, rs := range v.starts {
		if active[id] {
			continue
		}
		if rs.mu.TryLock() { // a check still running keeps it until the next read
			if rs.sh != nil {
				rs.sh.Close()
			}
			rs.mu.Unlock()
			delete(v.starts, id)
		}
	}
}

// run resolves attempt k's job spec and fetches its run, checking the run's trace root against
// the committed one.
func (v *Verifier) run(ctx context.Context, k market.RunKey, cm commitment) (*spec.Job, string, error) {
	job, err := v.cfg.Specs.Spec(ctx, cm.spec)
	if err != nil {
		return nil, "", err
	}
	if job.Hash != cm.spec {
		return nil, "", fmt.Errorf("the spec source gave spec %v for %v", job.Hash, cm.spec)
	}
	dir, err := v.cfg.Runs.RunDir(ctx, k, cm.solver, cm.root)
	if err != nil {
		return nil, "", fmt.Errorf("fetching the run: %w", err)
	}
	rc, err := train.ReadCommitments(dir)
	if err != nil {
		return nil, "", err
	}
	if rc.TraceRoot != cm.root {
		return nil, "", fmt.Errorf("the run's commitments have trace root %v, the chain %v", rc.TraceRoot, cm.root)
	}
	return job, dir, nil
}

// open opens a game on the mismatching step of an attempt and records its id.
func (v *Verifier) open(ctx context.Context, s *verifierState, a market.OpenDispute) error {
	c := v.cfg.Client
	cm, ok := s.commits[a.Run]
	if !ok {
		return fmt.Errorf("no commitment of %+v", a.Run)
	}
	job, dir, err := v.run(ctx, a.Run, cm)
	if err != nil {
		return err
	}
	_, dj, _, err := disputeSetup(ctx, c, a.Run.Job, job, dir)
	if err != nil {
		return err
	}
	o, err := dj.Open(a.Step, s.view.Bond)
	if err != nil {
		return err
	}
	id, _, err := c.OpenGame(ctx, new(big.Int).SetUint64(a.Run.Job), uint64(a.Run.Shard), o)
	if err != nil {
		return err
	}
	v.cfg.Log.Info("opened a dispute", "job", a.Run.Job, "shard", a.Run.Shard, "attempt", a.Run.Attempt, "step", a.Step, "game", id, "bond", o.Bond)
	if v.cfg.Double {
		id2, _, err := c.OpenGame(ctx, new(big.Int).SetUint64(a.Run.Job), uint64(a.Run.Shard), o)
		if err != nil {
			return err
		}
		v.cfg.Log.Warn("adversary double: opened a second game on the same step", "step", a.Step, "game", id2, "bond", o.Bond)
	}
	return v.cfg.DB.Put(TableDisputed, RunKey(a.Run), id.Uint64())
}

// drive plays the challenger's side of game g to its end, from the verifier's own record of the
// disputed step: the honest step from the solver's committed state at step-1 (which agrees with
// the verifier's re-execution: the step is the first that differs).
func (v *Verifier) drive(ctx context.Context, g openGame) error {
	k, err := g.runKey(ctx, v.cfg.Client)
	if err != nil {
		return err // tried again after a backoff
	}
	base := v.cfg.Log.With("job", k.Job, "shard", k.Shard, "attempt", k.Attempt, "round", k.Round)
	log := base.With("game", g.ID)
	// A game whose shard attempt was settled otherwise (another game slashed the solver, or the
	// disputes expired) is moot: its run may be gone and nobody else need end it, so the
	// challenger ends it and takes its bond back.
	sh, err := v.cfg.Client.Shard(ctx, g.View.JobId, g.View.Shard.Uint64())
	if err != nil {
		return err
	}
	if sh.State != uint8(market.ShardCommitted) || sh.Attempt != g.View.Attempt {
		if _, err := v.cfg.Client.EndMoot(ctx, new(big.Int).SetUint64(g.ID)); err != nil {
			log.Warn("ending a moot game (tried again after a backoff)", "err", err)
			return err
		}
		log.Info("the game is moot (its shard attempt was settled otherwise): ended it, the bond is back")
		v.cfg.Metrics.Dispute("step", "challenger", "moot")
		return nil
	}
	player, layout, params, err := v.challenger(ctx, g, k, log)
	if err != nil {
		if ctx.Err() == nil {
			log.Error("cannot play the game (tried again after a backoff)", "err", err)
		}
		return err
	}
	var rec game.Player = &recordingChallenger{player: player, db: v.cfg.DB, game: g.ID, log: log}
	if v.cfg.Stall {
		rec = stalling{}
	}
	playGame(ctx, v.cfg.Client, v.cfg.DB, g, k, game.Challenger, layout, params, rec, v.cfg.Poll, base, v.cfg.Metrics)
	return nil
}

// stalling is the Player of a party that never moves (VerifierConfig.Stall).
type stalling struct{}

func (stalling) Next(*game.Params, game.State) (game.Move, bool) { return nil, false }

// challenger builds the challenger's Player of game g on run (or round) k (its transcript
// restored from the database) and the game's layout and parameters.
func (v *Verifier) challenger(ctx context.Context, g openGame, k market.RunKey, log *slog.Logger) (*game.ChallengerPlayer, *chain.GameLayout, *game.Params, error) {
	c := v.cfg.Client
	bid := new(big.Int).SetUint64(k.Job)
	j, err := c.Job(ctx, bid)
	if err != nil {
		return nil, nil, nil, err
	}
	sh, err := c.Shard(ctx, bid, uint64(k.Shard))
	if err != nil {
		return nil, nil, nil, err
	}
	if int(sh.Attempt) != k.Attempt {
		return nil, nil, nil, fmt.Errorf("the shard is at attempt %d, the game disputes attempt %d", sh.Attempt, k.Attempt)
	}
	job, dir, err := v.run(ctx, k, commitment{spec: j.SpecHash, solver: market.Address(g.View.Solver), root: sh.TraceRoot})
	if err != nil {
		return nil, nil, nil, err
	}
	tr, dj, layout, err := disputeSetup(ctx, c, k.Job, job, dir)
	if err != nil {
		return nil, nil, nil, err
	}
	own, err := StepTrace(ctx, job, dir, g.Step(), v.cfg.Tamper)
	if err != nil {
		return nil, nil, nil, err
	}
	params := gameParams(dj)
	player := &game.ChallengerPlayer{View: own.View(), Witness: dj.WitnessBuilder(own, g.Step(), tr.Sample)}
	n, err := replayPicks(v.cfg.DB, g.ID, params, player)
	if err != nil {
		return nil, nil, nil, err
	}
	if n > 0 {
		log.Info("resuming the game: the solver's revealed nodes restored", "picks", n)
	}
	return player, layout, params, nil
}
