package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"veritrain/internal/chain"
	"veritrain/internal/dash"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/p2p"
	"veritrain/internal/train"
)

// Roles a node can hold (one process may hold several).
const (
	RoleSolver    = "solver"
	RoleVerifier  = "verifier"
	RoleSubmitter = "submitter"
)

// Config configures a node process.
type Config struct {
	Name       string   // a label for logs (default: the role list)
	DataDir    string   // the database, blobs, runs, identity and the p2p address file
	Roles      []string // RoleSolver, RoleVerifier, RoleSubmitter
	ChainURL   string   // JSON-RPC endpoint (ws:// for subscriptions, or http://)
	Deployment chain.Deployment
	Key        *ecdsa.PrivateKey

	Listen    []string // p2p listen multiaddrs (default: a free loopback TCP port)
	Bootstrap []string // peers to dial at start (multiaddrs ending in /p2p/<id>)

	Pricing market.Pricing // solver: cost of an hour and margin
	Stake   *big.Int       // solver and verifier: the bonded stake to keep (topped up at start)
	Poll    time.Duration  // how often the roles read the chain (default 1 s)

	// HTTP is where the node serves its dashboard and /metrics (host:port; port 0 picks one,
	// written to DataDir/http.addr); empty: not served.
	HTTP string

	// Tamper makes the solver cheat (train.Trainer.Tamper): DEMO AND TESTS ONLY.
	Tamper func(step int, st *train.State)
	// TamperGlobal makes the solver commit a wrong aggregate (SolverConfig.TamperGlobal): DEMO
	// AND TESTS ONLY.
	TamperGlobal func(round int, g *train.State)
	// ReplayTamper makes the verifier's re-execution wrong and Stall makes it never move in its
	// games (VerifierConfig.Tamper, Stall): TESTS AND THE DEMO ONLY (ApplyAdversaries).
	ReplayTamper func(step int, st *train.State)
	Stall        bool
	Double       bool // the verifier opens two games on every step it disputes
	// Silent makes the solver never train what it wins (SolverConfig.Silent): TESTS AND THE DEMO
	// ONLY.
	Silent bool

	Log *slog.Logger
}

// AddrsFile is the file in a node's data directory that lists its p2p addresses, one per line,
// written once the host listens (other nodes bootstrap from it).
const AddrsFile = "p2p.addrs"

// ticker is a role: one round of reading the chain and acting.
type ticker interface {
	Tick(ctx context.Context) ([]market.Action, error)
}

// Run runs a node until ctx ends, then shuts it down gracefully (background training and games
// stop at a safe point and resume at the next start).
func Run(ctx context.Context, cfg Config) error {
	if len(cfg.Roles) == 0 {
		return errors.New("node: no role (want solver, verifier or submitter)")
	}
	for _, r := range cfg.Roles {
		if r != RoleSolver && r != RoleVerifier && r != RoleSubmitter {
			return fmt.Errorf("node: unknown role %q (want solver, verifier or submitter)", r)
		}
	}
	if cfg.Key == nil || cfg.ChainURL == "" || cfg.DataDir == "" {
		return errors.New("node: a key, a chain URL and a data directory are required")
	}
	if cfg.Poll <= 0 {
		cfg.Poll = time.Second
	}
	if cfg.Name == "" {
		cfg.Name = strings.Join(cfg.Roles, "+")
	}
	log := cfg.Log
	if log == nil {
		log = slog.Default()
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return err
	}
	db, err := OpenDB(filepath.Join(cfg.DataDir, "node.db"))
	if err != nil {
		return err
	}
	defer db.Close()

	ec, err := ethclient.DialContext(ctx, cfg.ChainURL)
	if err != nil {
		return fmt.Errorf("node: chain %s: %w", cfg.ChainURL, err)
	}
	defer ec.Close()
	metrics := NewMetrics()
	c, err := chain.NewClient(ctx, ec, cfg.Deployment, cfg.Key, chain.WithPollInterval(50*time.Millisecond), chain.WithGasObserver(metrics.Gas))
	if err != nil {
		return fmt.Errorf("node: chain %s: %w", cfg.ChainURL, err)
	}
	log = log.With("node", cfg.Name, "account", c.Address())
	if err := prepareAccount(ctx, c, db, cfg, log); err != nil {
		return err
	}

	net, stopNet, err := StartNet(ctx, cfg.DataDir, cfg.Listen, log)
	if err != nil {
		return err
	}
	defer stopNet()
	net.SetSigner(cfg.Key) // its commit and progress announcements are the account's
	host := net.Host
	log = log.With("peer", host.ID())
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go net.FollowSolvers(ctx, c, 2*time.Second) // keep the attempts' solvers' announcements only
	metrics.WatchHost(host)
	metrics.WatchChain(c)
	// The dashboard's address is written before the p2p one, which says the node is up.
	if cfg.HTTP != "" {
		addr, err := dash.Serve(ctx, cfg.HTTP, dash.Handler(newDashSource(c, db, net, net, game.DefaultSampling, cfg.Name, cfg.Roles), metrics.Registry))
		if err != nil {
			return fmt.Errorf("node: dashboard on %s: %w", cfg.HTTP, err)
		}
		if err := os.WriteFile(filepath.Join(cfg.DataDir, "http.addr"), []byte(addr+"\n"), 0o644); err != nil {
			return err
		}
		log.Info("dashboard", "url", "http://"+addr+"/", "metrics", "http://"+addr+"/metrics")
	}
	if err := writeAddrs(cfg.DataDir, host.Addrs()); err != nil {
		return err
	}
	if err := net.AnnounceFetched(); err != nil {
		log.Warn("announcing the runs fetched before", "err", err)
	}
	if err := net.AnnounceRounds(); err != nil {
		log.Warn("announcing the round states served before", "err", err)
	}
	go bootstrap(ctx, host, cfg.Bootstrap, log)
	log.Info("node started", "roles", cfg.Roles, "p2p", host.Addrs(), "chain", cfg.ChainURL)

	var (
		roles    []ticker
		solver   *Solver
		verifier *Verifier
	)
	if slices.Contains(cfg.Roles, RoleSubmitter) {
		s, err := NewSubmitter(SubmitterConfig{Client: c, DB: db, Specs: net, Runs: net, Rounds: net, Net: net, WorkDir: cfg.DataDir, Log: log.With("role", RoleSubmitter)})
		if err != nil {
			return err
		}
		roles = append(roles, s)
	}
	if slices.Contains(cfg.Roles, RoleSolver) {
		if cfg.Pricing.PerHour == nil {
			return errors.New("node: a solver needs a price per hour")
		}
		solver, err = NewSolver(SolverConfig{Client: c, DB: db, Specs: net, Pricing: cfg.Pricing, HashPerSec: 1e9, Safety: 1.5,
			WorkDir: cfg.DataDir, Log: log.With("role", RoleSolver), Poll: cfg.Poll, Tamper: cfg.Tamper, TamperGlobal: cfg.TamperGlobal, Silent: cfg.Silent, Rounds: net,
			Metrics: metrics,
			Progress: func(k market.RunKey, p train.Progress) {
				metrics.Step(p.Batch, p.StepsPerSec)
				if p.Eval != nil {
					net.RecordEval(k, p.Step, p.Eval.Loss, p.Eval.Accuracy)
				}
				// About 50 reports a run, and the last step.
				if p.Step == p.Steps || p.Step%max(1, p.Steps/50) == 0 {
					net.AnnounceProgress(k, Progress{Step: p.Step, Steps: p.Steps, Loss: p.Loss})
				}
			}})
		if err != nil {
			return err
		}
		roles = append(roles, solver)
	}
	if slices.Contains(cfg.Roles, RoleVerifier) {
		verifier, err = NewVerifier(VerifierConfig{Client: c, DB: db, Specs: net, Runs: net, Rounds: net, Sampling: game.DefaultSampling,
			WorkDir: cfg.DataDir, Log: log.With("role", RoleVerifier), Poll: cfg.Poll, Metrics: metrics, Tamper: cfg.ReplayTamper, Stall: cfg.Stall, Double: cfg.Double})
		if err != nil {
			return err
		}
		roles = append(roles, verifier)
	}
	published := map[market.RunKey]bool{}
	closedAt, lastSweep := map[uint64]time.Time{}, time.Now()
	isClosed := func(id uint64) (bool, error) {
		j, err := c.Job(ctx, new(big.Int).SetUint64(id))
		// A job that does not exist (a peer's made-up id) is forgotten as a closed one is.
		return j.State == uint8(market.JobClosed) || j.State == uint8(market.JobNone), err
	}
	t := time.NewTicker(cfg.Poll)
	defer t.Stop()
	for {
		if time.Since(lastSweep) >= sweepEvery {
			forgetClosed(net, closedAt, time.Now(), isClosed, log)
			lastSweep = time.Now()
		}
		for _, r := range roles {
			if _, err := r.Tick(ctx); err != nil && ctx.Err() == nil {
				log.Warn("reading the chain", "err", err)
			}
		}
		if solver != nil {
			publishRuns(db, net, cfg.DataDir, published, log)
		}
		select {
		case <-ctx.Done():
			log.Info("node stopping: waiting for background work to reach a safe point")
			if solver != nil {
				solver.Wait()
				solver.WaitGames()
			}
			if verifier != nil {
				verifier.Wait()
				verifier.WaitGames()
			}
			log.Info("node stopped")
			return nil
		case <-t.C:
		}
	}
}

// prepareAccount approves the market, Staking and the dispute games to move the node's tokens
// (once per data directory) and tops its bonded stake up to cfg.Stake.
func prepareAccount(ctx context.Context, c *chain.Client, db *DB, cfg Config, log *slog.Logger) error {
	done, err := db.meta("approved")
	if err != nil {
		return err
	}
	if done == 0 {
		dep := c.Deployment()
		spenders := []common.Address{dep.Market, dep.Staking, dep.DisputeManager}
		if dep.RoundManager != (common.Address{}) {
			spenders = append(spenders, dep.RoundManager)
		}
		for _, spender := range spenders {
			if _, err := c.Approve(ctx, spender, abi.MaxUint256); err != nil {
				return fmt.Errorf("node: approve %s: %w", spender, err)
			}
		}
		if err := db.setMeta("approved", 1); err != nil {
			return err
		}
	}
	if cfg.Stake == nil || cfg.Stake.Sign() <= 0 || !(slices.Contains(cfg.Roles, RoleSolver) || slices.Contains(cfg.Roles, RoleVerifier)) {
		return nil
	}
	st, err := c.Stake(ctx, c.Address())
	if err != nil {
		return err
	}
	if need := new(big.Int).Sub(cfg.Stake, st.Bonded); need.Sign() > 0 {
		if _, err := c.Bond(ctx, need); err != nil {
			return fmt.Errorf("node: bond %v: %w", need, err)
		}
		log.Info("bonded stake", "amount", need, "bonded", cfg.Stake)
	}
	return nil
}

func writeAddrs(dir string, addrs []string) error {
	tmp := filepath.Join(dir, AddrsFile+".tmp")
	if err := os.WriteFile(tmp, []byte(strings.Join(addrs, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, AddrsFile))
}

// ReadAddrs reads the p2p addresses a node in dataDir wrote.
func ReadAddrs(dataDir string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, AddrsFile))
	if err != nil {
		return nil, err
	}
	return strings.Fields(string(b)), nil
}

// bootstrap dials the bootstrap peers now and every few seconds after (dialing a connected peer
// costs nothing), so that a peer that starts later or restarts is found again.
func bootstrap(ctx context.Context, host *p2p.Host, addrs []string, log *slog.Logger) {
	if len(addrs) == 0 {
		return
	}
	for {
		cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		if err := host.Connect(cctx, addrs...); err != nil {
			log.Debug("bootstrap", "err", err)
		}
		cancel()
		select {
		case <-ctx.Done():
			return
		case <-time.After(3 * time.Second):
		}
	}
}

// How often a node looks for closed jobs to stop announcing, and how long after a job closed it
// stops: long enough for its submitter to fetch the model and for late fetchers.
var (
	sweepEvery  = 30 * time.Second
	forgetAfter = 10 * time.Minute
)

// forgetClosed stops announcing (Net.ForgetJob) the jobs that closed (closed) at least
// forgetAfter ago, as first seen by this node (closedAt), so that a long-running node does not
// repeat the announcements of every job it ever took part in or heard of.
func forgetClosed(net *Net, closedAt map[uint64]time.Time, now time.Time, closed func(id uint64) (bool, error), log *slog.Logger) {
	for _, id := range net.KnownJobs() {
		done, err := closed(id)
		switch {
		case err != nil:
			continue // asked again at the next sweep
		case !done:
			delete(closedAt, id)
			continue
		}
		t, ok := closedAt[id]
		if !ok {
			closedAt[id] = now
			continue
		}
		if now.Sub(t) >= forgetAfter {
			net.ForgetJob(id)
			delete(closedAt, id)
			log.Info("stopped announcing a closed job", "job", id)
		}
	}
}

// publishRuns publishes (once per process) every run the solver trained, and every round of a
// sharded run as soon as it is written: its commitments and checkpoints go to the blob store and
// are announced.
func publishRuns(db *DB, net *Net, dir string, done map[market.RunKey]bool, log *slog.Logger) {
	publish := func(k market.RunKey, rdir string) {
		h, err := net.PublishRun(k, rdir)
		if err != nil {
			log.Warn("publishing a run", "job", k.Job, "shard", k.Shard, "attempt", k.Attempt, "round", k.Round, "err", err)
			return
		}
		done[k] = true
		log.Info("serving the run's commitments and checkpoints", "job", k.Job, "shard", k.Shard, "attempt", k.Attempt, "round", k.Round, "commitments", h)
	}
	err := db.Each(TableRuns, func(key string, decode func(any) error) error {
		k, err := ParseRunKey(key)
		if err != nil {
			return err
		}
		var r market.Run
		if err := decode(&r); err != nil {
			return err
		}
		run := RunDir(dir, k)
		if _, err := os.Stat(filepath.Join(run, "commitments.json")); errors.Is(err, os.ErrNotExist) {
			// A sharded run: each round has its own commitments, complete once written. A
			// replacement's run starts at the round it took over.
			entries, _ := os.ReadDir(run)
			for _, e := range entries {
				var round int
				if _, err := fmt.Sscanf(e.Name(), "round-%d", &round); err != nil || !e.IsDir() || RoundDir(run, round) != filepath.Join(run, e.Name()) {
					continue
				}
				kr := k
				kr.Round = round
				rdir := RoundDir(run, round)
				if _, err := os.Stat(filepath.Join(rdir, "commitments.json")); err != nil || done[kr] {
					continue
				}
				publish(kr, rdir)
			}
			return nil
		}
		if r.Status == market.RunTrained && !done[k] {
			publish(k, run)
		}
		return nil
	})
	if err != nil {
		log.Warn("reading runs", "err", err)
	}
}

// RunDir is where a solver node in dataDir trains attempt k.
func RunDir(dataDir string, k market.RunKey) string {
	return filepath.Join(dataDir, "runs", fmt.Sprintf("%d-%d-%d", k.Job, k.Shard, k.Attempt))
}
