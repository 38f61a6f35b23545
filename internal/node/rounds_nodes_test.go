package node

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// TestShardedJobOnNodes runs a sharded job (2 shards, 3 rounds of 2 inner steps) through the
// market on the simulated chain with node roles driven by their ticks, without processes: the
// solvers price and bid, train their shards round by round in the background (committing each
// round on chain, which opens a challenge window on it, and exchanging the round states over
// the network). Once a round's window has passed, the round is accepted (the solver's Rule 5,
// or the submitter's poke) and the next one opens when every shard's is; the last round's
// finalization pays. The submitter then rebuilds the global model from the committed round
// states. Its state root is the one a local fault-free run gives.
//
// "replacement": one solver is killed right after its round-0 commit; that round is still
// accepted when its window passes, but the solver misses round 1's deadline: the submitter
// pokes the job, the shard goes to a reserve bidder, which trains round 1 from the round states
// the others serve (the killed solver's host is gone by then), and the final model is still the
// fault-free one.
func TestShardedJobOnNodes(t *testing.T) {
	dir := t.TempDir()
	job := shardedNodeSpec(t, dir)
	if !job.Sharded() || job.Rounds() != 3 || job.Parallel.Shards != 2 {
		t.Fatalf("spec: sharded %v, %d shards, %d rounds", job.Sharded(), job.Parallel.Shards, job.Rounds())
	}
	// The fault-free local run: its final state root, and (as the nodes train) every shard's
	// state root at the end of each round and the global checkpoint.
	local, err := train.RunSharded(context.Background(), job, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := localShardedRun(t, job)
	if want.root.String() != local.StateRoot {
		t.Fatalf("the round-by-round local run ends in %s, RunSharded in %s", want.root, local.StateRoot)
	}
	t.Run("fault-free", func(t *testing.T) { testShardedFaultFree(t, dir, job, want) })
	t.Run("replacement", func(t *testing.T) { testShardedReplacement(t, dir, job, want) })
}

// shardedExpect is what a fault-free run of the job commits and ends in.
type shardedExpect struct {
	rounds [][]commit.Hash // [shard][round]: the shard's state root at the end of the round
	model  []byte          // the global state's checkpoint (the submitter's model file)
	root   commit.Hash     // its root
}

// localShardedRun trains job on this machine round by round as the solvers do (RunShardRound
// for each shard, then the outer step).
func localShardedRun(t *testing.T, job *spec.Job) shardedExpect {
	t.Helper()
	sh, err := train.LoadSharded(job)
	if err != nil {
		t.Fatal(err)
	}
	defer sh.Close()
	e := shardedExpect{rounds: make([][]commit.Hash, len(sh.Shards))}
	for sh.Round() < sh.Rounds() {
		for s := range sh.Shards {
			_, state, err := sh.RunShardRound(context.Background(), s, "", nil)
			if err != nil {
				t.Fatal(err)
			}
			e.rounds[s] = append(e.rounds[s], state)
		}
		if err := sh.OuterStep(); err != nil {
			t.Fatal(err)
		}
	}
	if e.model, e.root, err = sh.EncodeGlobal(); err != nil {
		t.Fatal(err)
	}
	return e
}

// Periods of the test job (seconds of chain time).
const (
	shardedBidding   = 3600
	shardedTraining  = 3600
	shardedChallenge = 3600
	shardedStake     = 10 // tokens a shard locks
)

func testShardedFaultFree(t *testing.T, dir string, job *spec.Job, want shardedExpect) {
	m := newShardedMarket(t, dir, job, 2)
	ctx := context.Background()
	a, b := m.solvers[0], m.solvers[1]

	m.until("both bids", 120*time.Second, func() bool { return m.hasBid(a) && m.hasBid(b) }, m.submitterNode, a, b)
	m.tc.advance(shardedBidding * time.Second)
	m.until("the auction", 30*time.Second, func() bool { return m.job().State == uint8(market.JobActive) }, m.submitterNode, a, b)
	owner := m.owners()
	if len(owner) != 2 || owner[a] == owner[b] {
		t.Fatalf("shards after the auction: %v", owner)
	}
	start := m.balances(a, b)
	// Training runs in the background; the rounds before the last are committed by the runs,
	// the last one by the ticks. Each round waits for the window of the one before it.
	for r := range 2 {
		m.until(fmt.Sprintf("both round-%d commits", r), 60*time.Second, func() bool { return m.committed(r) }, m.submitterNode, a, b)
		m.acceptRound(r, a, b, m.submitterNode) // the solvers first: their Rule 5 accepts the rounds
	}
	m.until("both final commits", 60*time.Second, func() bool { return m.committed(2) }, m.submitterNode, a, b)
	m.checkRoundRoots(want)
	before := m.balances(a, b)
	for _, s := range []*shardedNode{a, b} {
		if before[s].Cmp(start[s]) != 0 {
			t.Errorf("%s was paid %v before the last round's window", s.name, new(big.Int).Sub(before[s], start[s]))
		}
	}
	m.tc.advance((shardedChallenge + 60) * time.Second)
	m.until("the job closed and its model fetched", 60*time.Second, func() bool {
		return m.job().State == uint8(market.JobClosed) && m.fetched()
	}, m.submitterNode, a, b)
	m.checkModel(want)
	for _, s := range []*shardedNode{a, b} {
		sh := m.shard(owner[s])
		got := new(big.Int).Sub(m.balance(s), before[s])
		if sh.State != uint8(market.ShardFinalized) || sh.Solver != s.c.Address() || got.Cmp(sh.Price) != 0 || got.Sign() <= 0 {
			t.Errorf("%s: shard %d state %d solver %v, paid %v, price %v", s.name, owner[s], sh.State, sh.Solver, got, sh.Price)
		}
	}
	if o, err := m.tc.clients["submitter"].Owed(ctx, m.tc.clients["submitter"].Address()); err != nil || o.Sign() != 0 {
		t.Errorf("the market owes the submitter %v (%v)", o, err)
	}
}

func testShardedReplacement(t *testing.T, dir string, job *spec.Job, want shardedExpect) {
	m := newShardedMarket(t, dir, job, 3)
	ctx := context.Background()
	victim, survivor, reserve := m.solvers[0], m.solvers[1], m.solvers[2]

	// The reserve asks far more and bids last: the auction ranks it third.
	m.until("two bids", 120*time.Second, func() bool { return m.hasBid(victim) && m.hasBid(survivor) }, victim, survivor)
	m.until("the reserve's bid", 120*time.Second, func() bool { return m.hasBid(reserve) }, reserve)
	m.tc.advance(shardedBidding * time.Second)
	// Only the victim ticks: it finalizes the auction, trains its shard's first round and
	// commits it, then waits for the other shard.
	m.until("the auction", 30*time.Second, func() bool { return m.job().State == uint8(market.JobActive) }, victim)
	owner := m.owners()
	if len(owner) != 2 || owner[victim] == owner[survivor] {
		t.Fatalf("shards after the auction: %v (the reserve must hold none)", owner)
	}
	vs, ss := owner[victim], owner[survivor]
	m.until("the victim's first round commit", 60*time.Second, func() bool { return m.roundRoot(vs, 0) != (commit.Hash{}) }, victim)
	victim.kill() // its solver: the run stops, no more ticks
	if sh := m.shard(vs); sh.State != uint8(market.ShardCommitted) || sh.Round != 0 || sh.Attempt != 1 {
		t.Fatalf("the victim's shard after its first round: %+v", sh)
	}
	// The survivor trains round 0; once the window passes, both rounds 0 are accepted (the
	// victim's by the submitter's poke: its solver is gone) and round 1 opens.
	m.until("the survivor's first round commit", 60*time.Second, func() bool { return m.committedAt(ss, 0, 1) }, survivor, reserve, m.submitterNode)
	m.acceptRound(0, m.submitterNode, survivor, reserve)
	if sh := m.shard(vs); sh.State != uint8(market.ShardAssigned) || sh.Round != 1 || sh.Attempt != 1 || sh.Solver != victim.c.Address() {
		t.Fatalf("the victim's shard after round 0's window: %+v", sh)
	}
	// The survivor trains round 1 (it needs the victim's round-0 state, which the victim's host
	// still serves) and waits for the victim's shard, which never commits round 1.
	m.until("the survivor's second round commit", 60*time.Second, func() bool { return m.committedAt(ss, 1, 1) }, survivor, reserve, m.submitterNode)
	if j := m.job(); j.Round != 1 {
		t.Fatalf("job round %d, want 1 (the victim's shard has not committed round 1)", j.Round)
	}
	victim.stopNet() // the killed node's host is gone too: its round-0 state must come from the others
	bonded := m.stake(victim).Bonded
	m.tc.advance((shardedTraining + 60) * time.Second)
	m.until("the reassignment to the reserve", 30*time.Second, func() bool {
		sh := m.shard(vs)
		return sh.Attempt == 2 && sh.Solver == reserve.c.Address()
	}, m.submitterNode, survivor, reserve)
	if after := m.stake(victim).Bonded; new(big.Int).Sub(bonded, after).Cmp(new(big.Int).Div(tok(shardedStake), big.NewInt(4))) != 0 {
		t.Errorf("the victim's bonded stake %v → %v, want a quarter of the shard stake slashed", bonded, after)
	}
	// The reserve trains round 1 from its public start (the round states of round 0); the
	// survivor's round 1 was accepted meanwhile (its window passed with the deadline).
	m.until("the reserve's round-1 commit", 90*time.Second, func() bool { return m.committedAt(vs, 1, 2) }, m.submitterNode, survivor, reserve)
	m.acceptRound(1, m.submitterNode, survivor, reserve)
	m.until("both final commits", 90*time.Second, func() bool { return m.committed(2) }, m.submitterNode, survivor, reserve)
	m.checkRoundRoots(want)
	before := m.balances(victim, survivor, reserve)
	m.tc.advance((shardedChallenge + 60) * time.Second)
	m.until("the job closed and its model fetched", 60*time.Second, func() bool {
		return m.job().State == uint8(market.JobClosed) && m.fetched()
	}, m.submitterNode, survivor, reserve)
	m.checkModel(want)
	for s, i := range map[*shardedNode]int{survivor: ss, reserve: vs} {
		sh := m.shard(i)
		got := new(big.Int).Sub(m.balance(s), before[s])
		if sh.State != uint8(market.ShardFinalized) || sh.Solver != s.c.Address() || got.Cmp(sh.Price) != 0 || got.Sign() <= 0 {
			t.Errorf("%s: shard %d state %d solver %v, paid %v, price %v", s.name, i, sh.State, sh.Solver, got, sh.Price)
		}
	}
	if got := new(big.Int).Sub(m.balance(victim), before[victim]); got.Sign() != 0 {
		t.Errorf("the killed solver was paid %v", got)
	}
	if o, err := m.tc.clients["submitter"].Owed(ctx, m.tc.clients["submitter"].Address()); err != nil || o.Sign() != 0 {
		t.Errorf("the market owes the submitter %v (%v)", o, err)
	}
}

// shardedNodeSpec writes smallJob's spec (6 steps) with a [parallel] table: 2 shards of 2 inner
// steps a round, 3 rounds.
func shardedNodeSpec(t *testing.T, dir string) *spec.Job {
	t.Helper()
	smallJob(t, dir)
	path := filepath.Join(dir, "job.toml")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, "\n[parallel]\nshards = 2\ninner_steps = 2\n"...)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	job, err := spec.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return job
}

// shardedNode is one node of the test: a solver (s), the submitter (sub) or a verifier (v), with
// its Net.
type shardedNode struct {
	name    string
	c       *chain.Client
	s       *Solver
	sub     *Submitter
	v       *Verifier
	net     *Net
	ctx     context.Context
	cancel  context.CancelFunc
	stopNet func()
	dead    bool

	// A solver's database, work directory and logger, for publishRuns (as node.Run does after
	// every tick: it serves each round's commitments and checkpoints to verifiers).
	db        *DB
	workDir   string
	log       *slog.Logger
	published map[market.RunKey]bool
}

func (n *shardedNode) tick() ([]market.Action, error) {
	switch {
	case n.s != nil:
		acts, err := n.s.Tick(n.ctx)
		if err == nil {
			publishRuns(n.db, n.net, n.workDir, n.published, n.log)
		}
		return acts, err
	case n.v != nil:
		return n.v.Tick(n.ctx)
	}
	return n.sub.Tick(n.ctx)
}

// kill stops the node's solver: its context ends, and with it its training run.
func (n *shardedNode) kill() {
	n.dead = true
	n.cancel()
	n.s.Wait()
	n.s.WaitGames()
}

// shardedMarket is a simulated chain with a sharded job posted, solver nodes, a submitter node
// and optionally a verifier node, all connected to each other.
type shardedMarket struct {
	t             *testing.T
	tc            *testChain
	id            *big.Int
	solvers       []*shardedNode
	submitterNode *shardedNode
	subDir        string
	subDB         *DB
	verifierNode  *shardedNode // nil without shardedOptions.verifier
	vDB           *DB
	logs          *lockedBuffer
	stuck         *atomic.Int64 // the game drivers' reports that their party has nothing to send
	specs         specDir       // the nodes' spec source
	vMetrics      *Metrics      // the verifier node's
}

// shardedOptions are the nodes of a shardedMarket.
type shardedOptions struct {
	solvers int // solver nodes: solver0, solver1, ...; the third (a reserve) asks far more
	// verifier adds a verifier node (funded with tokens for bonds) that checks every step.
	verifier bool
	// tamper makes solver i a cheater (SolverConfig.Tamper).
	tamper map[int]func(step int, st *train.State)
	// tamperGlobal makes solver i commit wrong aggregates (SolverConfig.TamperGlobal).
	tamperGlobal map[int]func(round int, g *train.State)
}

// shardedSampling is the test verifier's sampling: every step of every round, in segments of
// one step (each re-executed from the round's latest checkpoint before it).
var shardedSampling = game.Sampling{SegmentLen: 1, RateBPS: game.BPS}

func newShardedMarket(t *testing.T, dir string, job *spec.Job, solvers int) *shardedMarket {
	t.Helper()
	return newShardedMarketWith(t, dir, job, shardedOptions{solvers: solvers})
}

func newShardedMarketWith(t *testing.T, dir string, job *spec.Job, opts shardedOptions) *shardedMarket {
	t.Helper()
	ctx := context.Background()
	names := []string{"submitter"}
	for i := range opts.solvers {
		names = append(names, fmt.Sprintf("solver%d", i))
	}
	chainNames := names
	if opts.verifier {
		chainNames = append(slices.Clone(names), "verifier")
	}
	tc := newTestChain(t, chainNames...)
	tc.fund(ctx, nil, "submitter")
	tc.fund(ctx, tok(100), names[1:]...)
	if opts.verifier {
		tc.fund(ctx, nil, "verifier") // tokens for the bond, no stake
	}
	id := tc.postJob(ctx, dir, job, contracts.JobMarketJobParams{Shards: 2, Rounds: 3, BiddingPeriod: shardedBidding,
		TrainingPeriod: shardedTraining, ChallengeWindow: shardedChallenge, Budget: tok(100), StakePerShard: tok(shardedStake), VerifierFee: tok(1)})
	m := &shardedMarket{t: t, tc: tc, id: id, logs: &lockedBuffer{}, stuck: new(atomic.Int64)}
	log := slog.New(&stuckCounter{Handler: slog.NewTextHandler(m.logs, &slog.HandlerOptions{Level: slog.LevelInfo}), n: m.stuck})
	specs := specDir{job.Hash: job}
	m.specs = specs
	m.vMetrics = NewMetrics()

	start := func(name string) *shardedNode {
		n := &shardedNode{name: name, c: tc.clients[name]}
		n.ctx, n.cancel = context.WithCancel(ctx)
		net, stop, err := StartNet(ctx, t.TempDir(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		net.SetSigner(key(name)) // as node.Run does
		var once sync.Once
		n.net, n.stopNet = net, func() { once.Do(stop) }
		t.Cleanup(n.stopNet)
		return n
	}
	open := func(name string) *DB {
		db, err := OpenDB(filepath.Join(t.TempDir(), name+".db"))
		if err != nil {
			t.Fatal(err)
		}
		return db
	}
	var dbs []*DB
	for i, name := range names[1:] {
		n := start(name)
		db := open(name)
		dbs = append(dbs, db)
		perHour := tok(1)
		if i == 2 {
			perHour = tok(1000) // the reserve: well above the others, still below the maximum price
		}
		n.db, n.workDir, n.log, n.published = db, t.TempDir(), log.With("node", name), map[market.RunKey]bool{}
		s, err := NewSolver(SolverConfig{Client: n.c, DB: db, Specs: specs, HashPerSec: 1e9, Safety: 1.5,
			Pricing: market.Pricing{PerHour: perHour, MarginBPS: 2_000}, WorkDir: n.workDir,
			Log: n.log, Poll: 100 * time.Millisecond, Rounds: n.net, Tamper: opts.tamper[i], TamperGlobal: opts.tamperGlobal[i],
			Progress: func(k market.RunKey, p train.Progress) { // as node.Run reports it
				n.net.AnnounceProgress(k, Progress{Step: p.Step, Steps: p.Steps, Loss: p.Loss})
			}})
		if err != nil {
			t.Fatal(err)
		}
		n.s = s
		m.solvers = append(m.solvers, n)
	}
	sn := start("submitter")
	m.subDir, m.subDB = t.TempDir(), open("submitter")
	dbs = append(dbs, m.subDB)
	sub, err := NewSubmitter(SubmitterConfig{Client: sn.c, DB: m.subDB, Specs: specs, Runs: sn.net, Rounds: sn.net,
		WorkDir: m.subDir, Log: log.With("node", "submitter")})
	if err != nil {
		t.Fatal(err)
	}
	sn.sub = sub
	m.submitterNode = sn
	all := append([]*shardedNode{sn}, m.solvers...)
	if opts.verifier {
		vn := start("verifier")
		m.vDB = open("verifier")
		dbs = append(dbs, m.vDB)
		v, err := NewVerifier(VerifierConfig{Client: vn.c, DB: m.vDB, Specs: specs, Runs: vn.net, Rounds: vn.net,
			Sampling: shardedSampling, WorkDir: t.TempDir(), Log: log.With("node", "verifier"), Poll: 100 * time.Millisecond, Metrics: m.vMetrics})
		if err != nil {
			t.Fatal(err)
		}
		vn.v = v
		m.verifierNode = vn
		all = append(all, vn)
	}

	cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	for i, a := range all {
		for _, b := range all[i+1:] {
			if err := b.net.Host.Connect(cctx, a.net.Host.Addrs()...); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Registered after the nets' cleanups: runs before them.
	t.Cleanup(func() {
		for _, n := range all {
			n.cancel()
		}
		for _, n := range m.solvers {
			n.s.Wait()
			n.s.WaitGames()
		}
		if m.verifierNode != nil {
			m.verifierNode.v.Wait()
			m.verifierNode.v.WaitGames()
		}
		for _, db := range dbs {
			db.Close()
		}
		if t.Failed() {
			t.Logf("node logs:\n%s", m.logs.String())
		}
	})
	return m
}

// until ticks nodes (the live ones) until cond holds; it fails the test after timeout.
func (m *shardedMarket) until(what string, timeout time.Duration, cond func() bool, nodes ...*shardedNode) {
	m.t.Helper()
	t0 := time.Now()
	for !cond() {
		if time.Since(t0) > timeout {
			m.t.Fatalf("%s: not reached after %v", what, timeout)
		}
		for _, n := range nodes {
			if n.dead {
				continue
			}
			acts, err := n.tick()
			if err != nil {
				m.t.Fatalf("%s's tick: %v", n.name, err)
			}
			if len(acts) > 0 {
				m.t.Logf("%s: %s", n.name, actionNames(acts))
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	m.t.Logf("%s after %.1f s", what, time.Since(t0).Seconds())
}

func (m *shardedMarket) client() *chain.Client { return m.tc.clients["submitter"] }

func (m *shardedMarket) job() contracts.JobMarketJob {
	m.t.Helper()
	j, err := m.client().Job(context.Background(), m.id)
	if err != nil {
		m.t.Fatal(err)
	}
	return j
}

func (m *shardedMarket) shard(i int) contracts.JobMarketShard {
	m.t.Helper()
	sh, err := m.client().Shard(context.Background(), m.id, uint64(i))
	if err != nil {
		m.t.Fatal(err)
	}
	return sh
}

// committed reports whether every shard has committed round r (and is in its window).
func (m *shardedMarket) committed(r int) bool {
	m.t.Helper()
	for i := range 2 {
		if sh := m.shard(i); sh.State != uint8(market.ShardCommitted) || int(sh.Round) != r {
			return false
		}
	}
	return true
}

// committedAt reports whether attempt attempt of shard i has committed round r.
func (m *shardedMarket) committedAt(i, r, attempt int) bool {
	m.t.Helper()
	sh := m.shard(i)
	return sh.State == uint8(market.ShardCommitted) && int(sh.Round) == r && int(sh.Attempt) == attempt
}

// acceptRound moves chain time past the challenge window of round r (every shard has committed
// it) and ticks nodes until the rounds are accepted (the solvers' Rule 5, the submitter's poke)
// and round r+1 is open.
func (m *shardedMarket) acceptRound(r int, nodes ...*shardedNode) {
	m.t.Helper()
	m.tc.advance((shardedChallenge + 60) * time.Second)
	m.until(fmt.Sprintf("round %d accepted and round %d open", r, r+1), 30*time.Second, func() bool {
		return int(m.job().Round) == r+1
	}, nodes...)
	for i := range 2 {
		// Training (or committed already: the runs are fast) with a fresh deadline.
		sh := m.shard(i)
		if int(sh.Round) != r+1 || !(sh.State == uint8(market.ShardAssigned) && sh.Deadline != market.Waiting || sh.State == uint8(market.ShardCommitted)) {
			m.t.Fatalf("shard %d once round %d opened: %+v", i, r+1, sh)
		}
	}
}

func (m *shardedMarket) roundRoot(shard, round int) commit.Hash {
	m.t.Helper()
	h, err := m.client().RoundRoot(context.Background(), m.id, uint64(shard), round)
	if err != nil {
		m.t.Fatal(err)
	}
	return commit.Hash(h)
}

// checkRoundRoots: every shard's round roots before the last round are on chain, and every
// root the shards committed (the last round's is the shard's state root) is the fault-free
// run's.
func (m *shardedMarket) checkRoundRoots(want shardedExpect) {
	m.t.Helper()
	for s := range 2 {
		for r := range 3 {
			var got commit.Hash
			if r < 2 {
				if got = m.roundRoot(s, r); got == (commit.Hash{}) {
					m.t.Errorf("shard %d round %d: no round root on chain", s, r)
				}
			} else {
				got = commit.Hash(m.shard(s).StateRoot)
			}
			if got != want.rounds[s][r] {
				m.t.Errorf("shard %d round %d: committed state root %s, the fault-free run's %s", s, r, got, want.rounds[s][r])
			}
		}
	}
}

func (m *shardedMarket) hasBid(n *shardedNode) bool {
	m.t.Helper()
	b, err := m.client().BidOf(context.Background(), m.id, n.c.Address())
	if err != nil {
		m.t.Fatal(err)
	}
	return b.Exists
}

// owners maps the solvers holding a shard to its index.
func (m *shardedMarket) owners() map[*shardedNode]int {
	m.t.Helper()
	out := map[*shardedNode]int{}
	for i := range 2 {
		sh := m.shard(i)
		for _, n := range m.solvers {
			if sh.Solver == n.c.Address() {
				out[n] = i
			}
		}
	}
	return out
}

func (m *shardedMarket) balance(n *shardedNode) *big.Int {
	m.t.Helper()
	b, err := n.c.TokenBalance(context.Background(), n.c.Address())
	if err != nil {
		m.t.Fatal(err)
	}
	return b
}

func (m *shardedMarket) balances(ns ...*shardedNode) map[*shardedNode]*big.Int {
	out := map[*shardedNode]*big.Int{}
	for _, n := range ns {
		out[n] = m.balance(n)
	}
	return out
}

func (m *shardedMarket) stake(n *shardedNode) contracts.AccountOfOutput {
	m.t.Helper()
	s, err := n.c.Stake(context.Background(), n.c.Address())
	if err != nil {
		m.t.Fatal(err)
	}
	return s
}

func (m *shardedMarket) fetched() bool {
	m.t.Helper()
	var dir string
	ok, err := m.subDB.Get(TableFetched, JobKey(m.id.Uint64()), &dir)
	if err != nil {
		m.t.Fatal(err)
	}
	return ok
}

// checkModel: the submitter's model of the job is in models/<job>/, the fault-free run's
// global checkpoint, with its state root next to it.
func (m *shardedMarket) checkModel(want shardedExpect) {
	m.t.Helper()
	var dir string
	if ok, err := m.subDB.Get(TableFetched, JobKey(m.id.Uint64()), &dir); !ok || err != nil {
		m.t.Fatalf("fetched %v (%v)", ok, err)
	}
	if exp := filepath.Join(m.subDir, "models", m.id.String()); dir != exp {
		m.t.Errorf("model directory %s, want %s", dir, exp)
	}
	root, err := os.ReadFile(filepath.Join(dir, "state_root"))
	if err != nil {
		m.t.Fatal(err)
	}
	if got := strings.TrimSpace(string(root)); got != want.root.String() {
		m.t.Errorf("the fetched model's state root %s, the fault-free local run's %s", got, want.root)
	}
	b, err := os.ReadFile(filepath.Join(dir, ShardedModelFile))
	if err != nil {
		m.t.Fatal(err)
	}
	if !bytes.Equal(b, want.model) {
		m.t.Errorf("the model file (%d bytes) is not the fault-free run's global checkpoint (%d bytes)", len(b), len(want.model))
	}
}

// lockedBuffer collects the nodes' logs from every goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
