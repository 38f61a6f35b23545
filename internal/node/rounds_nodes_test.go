package node

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/market"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// TestShardedJobOnNodes runs a sharded job (2 shards, 3 rounds of 2 inner steps) through the
// market on the simulated chain with node roles driven by their ticks, without processes: the
// solvers price and bid, train their shards round by round in the background (committing each
// round on chain and exchanging the round states over the network), commit the last round and
// are paid after the challenge window; the submitter then rebuilds the global model from the
// committed round states. Its state root is the one a local fault-free run gives.
//
// "replacement": one solver is killed after its first round commit; once its round deadline
// has passed, the submitter pokes the job, the shard goes to a reserve bidder, which catches up
// from the round states the others serve (the killed solver's host is gone by then), and the
// final model is still the fault-free one.
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
			_, state, err := sh.RunShardRound(context.Background(), s, nil)
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
	// Training runs in the background; the rounds before the last are committed by the runs,
	// the last one by the ticks.
	m.until("both final commits", 60*time.Second, func() bool {
		return m.shard(0).State == uint8(market.ShardCommitted) && m.shard(1).State == uint8(market.ShardCommitted)
	}, m.submitterNode, a, b)
	m.checkRoundRoots(want)
	before := m.balances(a, b)
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
	if sh := m.shard(vs); sh.State != uint8(market.ShardAssigned) || sh.Round != 1 || sh.Attempt != 1 {
		t.Fatalf("the victim's shard after its first round: %+v", sh)
	}
	// The survivor trains rounds 0 and 1 (round 1 needs the victim's round-0 state, which the
	// victim's host still serves) and waits for the victim's shard, which never commits round 1.
	m.until("the survivor's second round commit", 60*time.Second, func() bool { return m.shard(ss).Round == 2 }, survivor, reserve, m.submitterNode)
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
	m.until("both final commits", 90*time.Second, func() bool {
		return m.shard(0).State == uint8(market.ShardCommitted) && m.shard(1).State == uint8(market.ShardCommitted)
	}, m.submitterNode, survivor, reserve)
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

// shardedNode is one node of the test: a solver (s) or the submitter (sub), with its Net.
type shardedNode struct {
	name    string
	c       *chain.Client
	s       *Solver
	sub     *Submitter
	net     *Net
	ctx     context.Context
	cancel  context.CancelFunc
	stopNet func()
	dead    bool
}

func (n *shardedNode) tick() ([]market.Action, error) {
	if n.s != nil {
		return n.s.Tick(n.ctx)
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

// shardedMarket is a simulated chain with a sharded job posted, solver nodes and a submitter
// node, all connected to each other.
type shardedMarket struct {
	t             *testing.T
	tc            *testChain
	id            *big.Int
	solvers       []*shardedNode
	submitterNode *shardedNode
	subDir        string
	subDB         *DB
	logs          *lockedBuffer
}

func newShardedMarket(t *testing.T, dir string, job *spec.Job, solvers int) *shardedMarket {
	t.Helper()
	ctx := context.Background()
	names := []string{"submitter"}
	for i := range solvers {
		names = append(names, fmt.Sprintf("solver%d", i))
	}
	tc := newTestChain(t, names...)
	tc.fund(ctx, nil, "submitter")
	tc.fund(ctx, tok(100), names[1:]...)
	id := tc.postJob(ctx, dir, job, contracts.JobMarketJobParams{Shards: 2, Rounds: 3, BiddingPeriod: shardedBidding,
		TrainingPeriod: shardedTraining, ChallengeWindow: shardedChallenge, Budget: tok(100), StakePerShard: tok(shardedStake), VerifierFee: tok(1)})
	m := &shardedMarket{t: t, tc: tc, id: id, logs: &lockedBuffer{}}
	log := slog.New(slog.NewTextHandler(m.logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	specs := specDir{job.Hash: job}

	start := func(name string) *shardedNode {
		n := &shardedNode{name: name, c: tc.clients[name]}
		n.ctx, n.cancel = context.WithCancel(ctx)
		net, stop, err := StartNet(ctx, t.TempDir(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
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
		s, err := NewSolver(SolverConfig{Client: n.c, DB: db, Specs: specs, HashPerSec: 1e9, Safety: 1.5,
			Pricing: market.Pricing{PerHour: perHour, MarginBPS: 2_000}, WorkDir: t.TempDir(),
			Log: log.With("node", name), Poll: 100 * time.Millisecond, Rounds: n.net})
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
