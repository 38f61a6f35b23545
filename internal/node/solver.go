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

	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/dispute"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// SpecSource resolves a job's spec hash (the keccak256 of its TOML bytes, committed on chain)
// to the parsed spec, with its data and initial weights in place (from the node's blob store
// or its peers). It returns an error if it cannot (unknown, unavailable, or not matching).
type SpecSource interface {
	Spec(ctx context.Context, hash commit.Hash) (*spec.Job, error)
}

// SolverConfig is what a solver node needs.
type SolverConfig struct {
	Client     *chain.Client
	DB         *DB
	Specs      SpecSource
	Pricing    market.Pricing
	HashPerSec float64 // the node's keccak256 throughput (bytes/s), for the cost model
	Safety     float64 // safety factor on time estimates (≥ 1)
	WorkDir    string  // training runs go to WorkDir/runs/<job>-<shard>-<attempt>
	Log        *slog.Logger
	Poll       time.Duration // how often a game driver looks for a new block (default 1 s)

	// Tamper, if set, is the demo's cheating solver (train.RunOptions.Tamper): it trains with it
	// and answers its disputes from what it really computed. An honest node never sets it.
	Tamper func(step int, st *train.State)
	// TamperGlobal, if set, is the demo's cheating solver of a sharded job: it changes the global
	// state before each round it trains (a wrong aggregate, which it commits and trains from).
	TamperGlobal func(round int, g *train.State)
	// Silent, if set, is a solver that goes silent once it is assigned: it never trains (TESTS
	// AND THE DEMO ONLY, adversary silent).
	Silent bool
	// Metrics, if set, count the node's games (NewMetrics).
	Metrics *Metrics
	// Progress, if set, is called after every training step.
	Progress func(k market.RunKey, p train.Progress)
	// Rounds serves and fetches the round states of sharded jobs (the node's Net); without it
	// the node does not bid on sharded jobs.
	Rounds RoundSource
}

// Solver is the solver role of a node: each Tick reads the market from the chain and its own
// records from the database, asks market.SolverActions what to do, and does it (decide vs act).
// Training runs in the background; a run that a restart interrupted is started again.
type Solver struct {
	cfg   SolverConfig
	runs  tasks[market.RunKey] // training
	games tasks[uint64]        // game drivers
	mu    sync.Mutex
	open  map[uint64]openGame // the open games of the last View in which the node is the solver
}

// NewSolver returns a solver over cfg.
func NewSolver(cfg SolverConfig) (*Solver, error) {
	if cfg.Client == nil || cfg.DB == nil || cfg.Specs == nil || cfg.Pricing.PerHour == nil {
		return nil, errors.New("node: a solver needs a chain client, a database, a spec source and a price per hour")
	}
	if !(cfg.HashPerSec > 0) || !(cfg.Safety >= 1) {
		return nil, fmt.Errorf("node: hash rate %v and safety factor %v (want > 0 and ≥ 1)", cfg.HashPerSec, cfg.Safety)
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	return &Solver{cfg: cfg, open: map[uint64]openGame{}}, nil
}

// Wait waits for the background training runs to end (cancel Tick's context to stop them).
func (s *Solver) Wait() { s.runs.wait() }

// WaitGames waits for the background game drivers to end (cancel Tick's context to stop them).
func (s *Solver) WaitGames() { s.games.wait() }

// View reads the solver's view of the market: every job still taking bids or running, its
// shards, and the node's records.
func (s *Solver) View(ctx context.Context) (*market.SolverView, error) {
	c := s.cfg.Client
	me := c.Address()
	v := &market.SolverView{Me: market.Address(me)}
	var err error
	if v.Now, err = c.HeadTime(ctx); err != nil {
		return nil, err
	}
	if v.FreeStake, err = c.FreeStake(ctx, me); err != nil {
		return nil, err
	}
	if v.Owed, err = c.Owed(ctx, me); err != nil {
		return nil, err
	}
	n, err := c.JobCount(ctx)
	if err != nil {
		return nil, err
	}
	// Jobs below the floor were closed when last read (and hold no bid of the node's to
	// withdraw): they are not read again.
	floor, err := s.cfg.DB.JobFloor()
	if err != nil {
		return nil, err
	}
	if err := s.cfg.DB.SolverRecords(v); err != nil {
		return nil, err
	}
	from, open := max(floor, 1), uint64(0)
	for id := from; id <= n.Uint64(); id++ {
		j, shards, err := c.MarketJob(ctx, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, err
		}
		if j.State == market.JobBidding || j.State == market.JobActive {
			v.Jobs = append(v.Jobs, j)
			v.Shards = append(v.Shards, shards...)
		}
		withdraw := false
		if j.State == market.JobClosed && v.Bids[id] {
			b, err := c.BidOf(ctx, new(big.Int).SetUint64(id), me)
			if err != nil {
				return nil, err
			}
			// A bid at an index below nextReserve holds or held a shard: it cannot be withdrawn.
			if withdraw = b.Exists && b.Index.Uint64() >= uint64(j.NextReserve); withdraw {
				v.Withdrawable = append(v.Withdrawable, id)
			}
		}
		if (j.State != market.JobClosed || withdraw) && open == 0 {
			open = id
		}
	}
	if open == 0 {
		open = n.Uint64() + 1
	}
	if open > from {
		if err := s.cfg.DB.SetJobFloor(open); err != nil {
			return nil, err
		}
	}
	games, err := openGames(ctx, c, s.cfg.DB)
	if err != nil {
		return nil, err
	}
	mine := map[uint64]openGame{}
	for _, g := range games {
		if g.View.Solver == me {
			v.Games = append(v.Games, g.ID)
			mine[g.ID] = g
		}
	}
	rgs, err := openRoundGames(ctx, c, s.cfg.DB)
	if err != nil {
		return nil, err
	}
	for _, g := range rgs {
		if g.Solver == me {
			v.RoundGames = append(v.RoundGames, g.ID)
		}
	}
	s.mu.Lock()
	s.open = mine
	s.mu.Unlock()
	return v, nil
}

// Tick does one round: restarts interrupted runs, then carries out the rules' actions. It
// returns the actions it took (an action that failed is logged and tried again next round).
func (s *Solver) Tick(ctx context.Context) ([]market.Action, error) {
	v, err := s.View(ctx)
	if err != nil {
		return nil, err
	}
	s.resume(ctx, v)
	acts := market.SolverActions(v)
	var done []market.Action
	for _, a := range acts {
		if err := s.act(ctx, v, a); err != nil {
			if !errors.Is(err, errBusy) {
				s.cfg.Log.Warn("solver action failed", "action", fmt.Sprintf("%T", a), "err", err)
			}
			continue
		}
		done = append(done, a)
	}
	return done, nil
}

// resume restarts the runs the database says are training but no goroutine of this process
// runs (the node was restarted mid-run).
func (s *Solver) resume(ctx context.Context, v *market.SolverView) {
	keys := make([]market.RunKey, 0, len(v.Runs))
	for k, r := range v.Runs {
		if r.Status == market.RunTraining {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return RunKey(keys[i]) < RunKey(keys[j]) })
	for _, k := range keys {
		if !s.runs.busy(k) {
			if j := findJob(v, k.Job); j != nil {
				s.cfg.Log.Info("resuming an interrupted training run", "job", k.Job, "shard", k.Shard, "attempt", k.Attempt)
				s.train(ctx, k, *j)
			}
		}
	}
}

func findJob(v *market.SolverView, id uint64) *market.Job {
	for i := range v.Jobs {
		if v.Jobs[i].ID == id {
			return &v.Jobs[i]
		}
	}
	return nil
}

func (s *Solver) act(ctx context.Context, v *market.SolverView, a market.Action) error {
	c, db, log := s.cfg.Client, s.cfg.DB, s.cfg.Log
	switch a := a.(type) {
	case market.PriceJob:
		j := findJob(v, a.Job)
		q, err := s.quote(ctx, *j)
		if errors.Is(err, errNoLayout) {
			// The submitter registers the layout during bidding, at least a move timeout before
			// it ends (the game refuses it later): wait until then, then give up on the job.
			rules, rerr := c.GameRules(ctx)
			if rerr != nil {
				return rerr
			}
			if v.Now+rules.MoveTimeout < j.BiddingEnds {
				return errBusy
			}
		}
		if err != nil {
			log.Info("not bidding: the job cannot be priced", "job", a.Job, "err", err)
			return db.Put(TableSkipped, JobKey(a.Job), err.Error())
		}
		log.Info("priced", "job", a.Job, "seconds", q.Seconds, "cost", q.Cost, "price", q.Price)
		return db.Put(TableQuotes, JobKey(a.Job), q)
	case market.PlaceBid:
		if _, err := c.Bid(ctx, new(big.Int).SetUint64(a.Job), a.Price); err != nil {
			return err
		}
		log.Info("bid", "job", a.Job, "price", a.Price)
		return db.Put(TableBids, JobKey(a.Job), a.Price.String())
	case market.SkipJob:
		log.Info("not bidding", "job", a.Job, "reason", a.Reason)
		return db.Put(TableSkipped, JobKey(a.Job), a.Reason)
	case market.FinalizeAuction:
		_, err := c.FinalizeAuction(ctx, new(big.Int).SetUint64(a.Job))
		if chain.RevertName(err) == "WrongJobState" {
			return nil // another party finalized it first
		}
		return err
	case market.StartTraining:
		if s.cfg.Silent {
			log.Warn("adversary silent: not training the shard it won", "job", a.Run.Job, "shard", a.Run.Shard, "attempt", a.Run.Attempt)
			return nil
		}
		j := findJob(v, a.Run.Job)
		if err := db.Put(TableRuns, RunKey(a.Run), market.Run{Status: market.RunTraining}); err != nil {
			return err
		}
		s.train(ctx, a.Run, *j)
		return nil
	case market.CommitRun:
		if _, err := c.Commit(ctx, new(big.Int).SetUint64(a.Run.Job), uint64(a.Run.Shard), common.Hash(a.TraceRoot), common.Hash(a.StateRoot)); err != nil {
			return err
		}
		log.Info("committed", "job", a.Run.Job, "shard", a.Run.Shard, "trace_root", a.TraceRoot)
		return db.Put(TableCommitted, RunKey(a.Run), true)
	case market.FinalizeShard:
		if _, err := c.FinalizeShard(ctx, new(big.Int).SetUint64(a.Job), uint64(a.Shard)); err != nil && chain.RevertName(err) != "WrongShardState" {
			return err
		}
		return db.Put(TableFinalized, finalizedKey(a.Job, a.Shard, a.Round), true)
	case market.ClaimPayment:
		_, err := c.Claim(ctx)
		return err
	case market.WithdrawBid:
		if _, err := c.WithdrawBid(ctx, new(big.Int).SetUint64(a.Job)); err != nil {
			return err
		}
		log.Info("withdrew the bid on a closed job: its stake is free again", "job", a.Job)
		return nil
	case market.DriveGame:
		s.mu.Lock()
		g, ok := s.open[a.Game]
		s.mu.Unlock()
		if !ok {
			return fmt.Errorf("game %d is not an open game of the solver", a.Game)
		}
		if !s.games.start(a.Game, func() error { return s.answer(ctx, g) }) {
			return errBusy
		}
		return nil
	case market.ResolveRoundGame:
		if !s.games.start(^a.Game, func() error { return s.resolveRound(ctx, a.Game) }) {
			return errBusy
		}
		return nil
	}
	return fmt.Errorf("node: the solver cannot carry out %T", a)
}

// quote prices a shard of job j: the spec must match the job's committed roots; the cost model is
// calibrated by timing two steps of the job itself on this machine.
func (s *Solver) quote(ctx context.Context, j market.Job) (market.Quote, error) {
	// Without a registered layout there is nothing to price yet (the node asks again at its next
	// tick): checked first, from the chain alone, so that a wait costs no trainer build.
	reg, err := registeredLayout(ctx, s.cfg.Client, j.ID)
	if err != nil {
		return market.Quote{}, err
	}
	job, tr, err := s.trainer(ctx, j)
	if err != nil {
		return market.Quote{}, err
	}
	defer tr.Close()
	posted, err := DisputeJob(tr, nil)
	if err != nil {
		return market.Quote{}, err
	}
	if _, err := checkLayout(reg, j.ID, tr, posted); err != nil {
		return market.Quote{}, err
	}
	if job.Sharded() && (s.cfg.Rounds == nil || j.Rounds != job.Rounds() || job.Parallel.Shards != j.Shards || j.Rounds < 2) {
		// A sharded spec of one round would be judged as a job in one piece (the market and
		// the dispute game tell a sharded job by its rounds): its shards' batches and traces
		// would not be the game's.
		return market.Quote{}, fmt.Errorf("the sharded spec has %d shards and %d rounds, the job on chain %d and %d (a sharded job needs at least 2 rounds, and the node the network to exchange round states)", job.Parallel.Shards, job.Rounds(), j.Shards, j.Rounds)
	}
	if job.Sharded() {
		// The round game judges a round's start against the registered spec: it must be ours.
		if err := checkRoundSpec(ctx, s.cfg.Client, j.ID, tr); err != nil {
			return market.Quote{}, err
		}
	}
	if !job.Sharded() && j.Rounds > 1 {
		return market.Quote{}, fmt.Errorf("the spec is not sharded, the job on chain has %d rounds", j.Rounds)
	}
	l, err := tr.Listing()
	if err != nil {
		return market.Quote{}, err
	}
	w, err := market.StepWork(l.Ops)
	if err != nil {
		return market.Quote{}, err
	}
	var best time.Duration
	for i := range 2 {
		t0 := time.Now()
		if _, err := tr.Step(); err != nil {
			return market.Quote{}, err
		}
		if d := time.Since(t0); i == 0 || d < best {
			best = d
		}
	}
	m := market.Machine{RefWork: w, RefSeconds: best.Seconds() + float64(w.StateBytes)/s.cfg.HashPerSec,
		HashPerSec: s.cfg.HashPerSec, SafetyFactor: s.cfg.Safety}
	q, err := market.QuoteShard(w, job.Train.Steps, &m, &s.cfg.Pricing)
	if err == nil && job.Sharded() {
		// The training period of a sharded job is a round's: the quote's time is one round of
		// inner steps (the price stays the whole shard's).
		q.Seconds *= float64(job.Parallel.InnerSteps) / float64(job.Train.Steps)
	}
	return q, err
}

// trainer resolves job j's spec and builds its trainer, checking the spec against the roots the
// job committed on chain.
func (s *Solver) trainer(ctx context.Context, j market.Job) (*spec.Job, *train.Trainer, error) {
	job, err := s.cfg.Specs.Spec(ctx, j.SpecHash)
	if err != nil {
		return nil, nil, err
	}
	if job.Hash != j.SpecHash {
		return nil, nil, fmt.Errorf("the spec source gave spec %v for %v", job.Hash, j.SpecHash)
	}
	ds, err := train.LoadData(job)
	if err != nil {
		return nil, nil, err
	}
	tr, err := train.New(job, ds)
	if err != nil {
		return nil, nil, err
	}
	l, err := tr.Listing()
	if err != nil {
		tr.Close()
		return nil, nil, err
	}
	if l.Root() != j.GraphRoot || tr.DataRoot() != j.DataRoot {
		tr.Close()
		return nil, nil, fmt.Errorf("the spec's graph root %v and data root %v are not the job's %v and %v", l.Root(), tr.DataRoot(), j.GraphRoot, j.DataRoot)
	}
	return job, tr, nil
}

// train runs attempt k of job j in the background and records its result.
func (s *Solver) train(ctx context.Context, k market.RunKey, j market.Job) {
	s.runs.start(k, func() error {
		log := s.cfg.Log.With("job", k.Job, "shard", k.Shard, "attempt", k.Attempt)
		run, err := s.runTraining(ctx, k, j)
		if ctx.Err() != nil {
			log.Info("training interrupted; it restarts with the node")
			return nil
		}
		switch {
		case errors.Is(err, errNotOurs):
			// Reassigned (a missed deadline, a lost dispute) or settled meanwhile.
			log.Info("training stopped: the shard is no longer this attempt's")
			run = market.Run{Status: market.RunFailed}
		case err != nil:
			log.Error("training failed", "err", err)
			run = market.Run{Status: market.RunFailed}
		default:
			log.Info("trained", "trace_root", run.TraceRoot, "state_root", run.StateRoot)
		}
		if err := s.cfg.DB.Put(TableRuns, RunKey(k), run); err != nil {
			log.Error("recording the run", "err", err)
		}
		return nil // a failed run is recorded as such: the rules do not train it again
	})
}

func (s *Solver) runTraining(ctx context.Context, k market.RunKey, j market.Job) (market.Run, error) {
	job, err := s.cfg.Specs.Spec(ctx, j.SpecHash)
	if err != nil {
		return market.Run{}, err
	}
	if job.Sharded() {
		return s.runRounds(ctx, k, job)
	}
	opts := train.RunOptions{OutDir: s.runDir(k), Tamper: s.cfg.Tamper}
	if s.cfg.Progress != nil {
		opts.Progress = func(p train.Progress) { s.cfg.Progress(k, p) }
	}
	res, err := train.Run(ctx, job, opts)
	if err != nil {
		return market.Run{}, err
	}
	if res.Interrupted {
		return market.Run{}, ctx.Err()
	}
	var trace, state commit.Hash
	if err := trace.UnmarshalText([]byte(res.TraceRoot)); err != nil {
		return market.Run{}, fmt.Errorf("trace root %q: %w", res.TraceRoot, err)
	}
	if err := state.UnmarshalText([]byte(res.StateRoot)); err != nil {
		return market.Run{}, fmt.Errorf("state root %q: %w", res.StateRoot, err)
	}
	return market.Run{Status: market.RunTrained, TraceRoot: trace, StateRoot: state}, nil
}

// runDir is where attempt k's training run goes.
func (s *Solver) runDir(k market.RunKey) string {
	return RunDir(s.cfg.WorkDir, k)
}

// answer plays the solver's side of game g to its end, from its record of the disputed step:
// the step replayed from its own run (with its Tamper, if it cheated: it answers from what it
// really computed).
func (s *Solver) answer(ctx context.Context, g openGame) error {
	k, err := g.runKey(ctx, s.cfg.Client)
	if err != nil {
		return err
	}
	base := s.cfg.Log.With("job", k.Job, "shard", k.Shard, "attempt", k.Attempt, "round", k.Round)
	layout, params, trace, err := s.solverSide(ctx, g, k)
	if err != nil {
		if ctx.Err() == nil {
			base.Error("cannot answer the game (tried again after a backoff)", "game", g.ID, "err", err)
		}
		return err
	}
	playGame(ctx, s.cfg.Client, s.cfg.DB, g, k, game.Solver, layout, params, &game.SolverPlayer{View: trace.View()}, s.cfg.Poll, base, s.cfg.Metrics)
	return nil
}

func (s *Solver) solverSide(ctx context.Context, g openGame, k market.RunKey) (*chain.GameLayout, *game.Params, *dispute.Trace, error) {
	j, err := s.cfg.Client.Job(ctx, new(big.Int).SetUint64(k.Job))
	if err != nil {
		return nil, nil, nil, err
	}
	job, err := s.cfg.Specs.Spec(ctx, j.SpecHash)
	if err != nil {
		return nil, nil, nil, err
	}
	dir := s.runDir(market.RunKey{Job: k.Job, Shard: k.Shard, Attempt: k.Attempt})
	if job.Sharded() {
		dir = RoundDir(dir, k.Round) // a game on a round of a sharded job
	}
	_, dj, layout, err := disputeSetup(ctx, s.cfg.Client, k.Job, job, dir)
	if err != nil {
		return nil, nil, nil, err
	}
	trace, err := StepTrace(ctx, job, dir, g.Step(), s.cfg.Tamper)
	if err != nil {
		return nil, nil, nil, err
	}
	return layout, gameParams(dj), trace, nil
}
