package contracts

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// Invariant fuzzing of the market: many independent random action sequences, each from the same
// fresh market (one chain per worker, rewound to a snapshot taken right after the deployment), in
// which random actors take random lifecycle actions (most legal, many refused) and move the
// chain's clock. After every action that reached the chain, checkInvariants checks the solvency of
// both contracts (token balance == totalOwed == the sum of what each owes) and the stake locks;
// a refused action never reaches the chain, so the state it would check is the one already
// checked. Every sequence ends with a drain (everyone unblocked, time moved past every deadline,
// every job poked to its end, every remaining bid withdrawn, every deferred payment claimed),
// after which the market must hold and owe nothing and lock no stake: no token is stuck.
//
// The token is MaliciousToken, an ordinary ERC-20 until a sequence blocks recipients (payments
// are then deferred to owed/claim) or arms its reentrant callback.
//
// Modes (environment variables):
//
//	VERITRAIN_INVARIANT_SEQS=N     run N sequences (the long mode of `make fuzz`); default 24, 6 under -short
//	VERITRAIN_INVARIANT_SEED=S     first seed (sequence i uses S+i); default 1, or the clock in the long mode
//	VERITRAIN_INVARIANT_WORKERS=W  chains run in parallel; default 1, or GOMAXPROCS in the long mode
//	VERITRAIN_INVARIANT_VERBOSE=1  log every action of every sequence
//
// A failing sequence logs its seed, its action list and the command that replays it alone.
const (
	envInvariantSeqs    = "VERITRAIN_INVARIANT_SEQS"
	envInvariantSeed    = "VERITRAIN_INVARIANT_SEED"
	envInvariantWorkers = "VERITRAIN_INVARIANT_WORKERS"
	envInvariantVerbose = "VERITRAIN_INVARIANT_VERBOSE"

	defaultSequences      = 24
	defaultShortSequences = 6
)

// Actions every default run must have taken successfully at least once (outside the drains):
// a change of the mix or the seeds that loses one of them fails the test.
var mustSucceed = []string{
	"postJob", "bid", "withdrawBid", "cancelJob", "finalizeAuction", "commit", "reportMissedDeadline",
	"finalizeShard", "expireDispute", "poke", "recordVerifier", "openDispute", "closeDispute",
	"requestUnbond", "cancelUnbond", "withdraw", "bond", "claim", "setBlocked", "arm",
}

func TestRandomSequencesKeepInvariants(t *testing.T) {
	envInt := func(name string, def int) int {
		v := os.Getenv(name)
		if v == "" {
			return def
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			t.Fatalf("%s=%q: want a non-negative integer", name, v)
		}
		return n
	}
	long := os.Getenv(envInvariantSeqs) != ""
	seqs := defaultSequences
	if testing.Short() {
		seqs = defaultShortSequences
	}
	seqs = envInt(envInvariantSeqs, seqs)
	seedDef, workersDef := 1, 1
	if long {
		seedDef, workersDef = int(time.Now().UnixNano()%1_000_000_000), runtime.GOMAXPROCS(0)
	}
	base := uint64(envInt(envInvariantSeed, seedDef))
	workers := max(1, min(envInt(envInvariantWorkers, workersDef), seqs))
	verbose := os.Getenv(envInvariantVerbose) != ""
	t.Logf("%d sequences from seed %d on %d chain(s)", seqs, base, workers)

	start := time.Now()
	var mu sync.Mutex
	done, steps, mined := map[string]int{}, 0, 0
	next := uint64(0)
	t.Run("chains", func(t *testing.T) {
		for w := range workers {
			t.Run(fmt.Sprint(w), func(t *testing.T) {
				if workers > 1 {
					t.Parallel()
				}
				fc := newFuzzChain(t)
				for {
					mu.Lock()
					i := next
					next++
					mu.Unlock()
					if i >= uint64(seqs) {
						return
					}
					s := fc.run(t, base+i, verbose)
					mu.Lock()
					for k, v := range s.done {
						done[k] += v
					}
					steps += s.steps
					mined += s.mined
					mu.Unlock()
				}
			})
		}
	})
	if t.Failed() {
		return
	}
	el := time.Since(start)
	t.Logf("%d sequences, %d actions (%d mined transactions) in %v: %.1f sequences/s",
		seqs, steps, mined, el.Round(time.Millisecond), float64(seqs)/el.Seconds())
	names := make([]string, 0, len(done))
	for n := range done {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, " %s=%d", n, done[n])
	}
	t.Logf("successful actions:%s", b.String())
	if !testing.Short() && seqs >= defaultSequences {
		for _, n := range mustSucceed {
			if done[n] == 0 {
				t.Errorf("no sequence succeeded at %s: change the mix or the seeds", n)
			}
		}
	}
}

// fuzzChain is a simulated chain with the market deployed on MaliciousToken, every account
// funded and approved for both contracts, and the stakers bonded; snap is that state's block.
type fuzzChain struct {
	e       *env
	evilC   *bind.BoundContract
	snap    common.Hash
	stakers []*account
	byAddr  map[common.Address]*account
}

func newFuzzChain(t testing.TB) *fuzzChain {
	e := newEnvWith(t, 6, MaliciousTokenMetaData.Bin)
	fc := &fuzzChain{e: e, evilC: e.evil.Instance(e.client, e.tokenAddr), byAddr: map[common.Address]*account{}}
	fc.stakers = append(append([]*account{}, e.solvers...), e.verifier, e.challenger)
	for _, a := range e.accounts {
		fc.byAddr[a.addr] = a
		if a != e.submitter {
			e.send(a, e.tokC, e.tok.PackApprove(e.marketAddr, abi.MaxUint256))
		}
	}
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	fc.snap = h.Hash()
	return fc
}

// reset rewinds the chain to the snapshot. The transaction pool follows the new head
// asynchronously and may re-inject the transactions of the abandoned blocks: two forced syncs
// (Rollback) make it consume the head event and finish that reset, and the second one clears
// whatever was re-injected. The pool's nonces must then be the chain's.
func (fc *fuzzChain) reset() {
	e := fc.e
	e.t.Helper()
	if err := e.sim.Fork(fc.snap); err != nil {
		e.t.Fatalf("rewind to the snapshot: %v", err)
	}
	for try := 0; ; try++ {
		e.sim.Rollback()
		e.sim.Rollback()
		synced := true
		for _, a := range e.accounts {
			pending, err1 := e.client.PendingNonceAt(e.ctx, a.addr)
			latest, err2 := e.client.NonceAt(e.ctx, a.addr, nil)
			if err1 != nil || err2 != nil {
				e.t.Fatalf("nonces: %v, %v", err1, err2)
			}
			synced = synced && pending == latest
		}
		if synced {
			return
		}
		if try == 20 {
			e.t.Fatal("the transaction pool did not follow the rewind")
		}
	}
}

// advance moves the chain clock forward by d with one empty block. Rollback first makes the pool
// drop the transaction just mined (AdjustTime refuses to run with a non-empty pool); nothing else
// is ever pending.
func (fc *fuzzChain) advance(d time.Duration) {
	fc.e.t.Helper()
	fc.e.sim.Rollback()
	if err := fc.e.sim.AdjustTime(d); err != nil {
		fc.e.t.Fatalf("advance %v: %v", d, err)
	}
}

// seqJob is a job as a sequence sees it (refreshed after every mined transaction).
type seqJob struct {
	id     *big.Int
	job    JobMarketJob
	shards []JobMarketShard // active jobs only
	bids   []JobMarketBid
}

// sequence is one random action sequence.
type sequence struct {
	fc    *fuzzChain
	e     *env
	rng   *rand.Rand
	seed  uint64
	log   []string
	done  map[string]int // successful actions (drain actions are counted as "drain:<name>")
	steps int
	mined int

	submitters, bidders []*account
	blocking, arming    bool
	blocked             map[common.Address]bool
	draining            bool

	dirty bool
	jobs  []seqJob
}

// run plays the sequence of one seed from the snapshot and drains it.
func (fc *fuzzChain) run(t testing.TB, seed uint64, verbose bool) *sequence {
	e := fc.e
	e.t = t
	fc.reset()
	s := &sequence{fc: fc, e: e, rng: rand.New(rand.NewPCG(seed, 0x7665726974726169)), seed: seed,
		done: map[string]int{}, blocked: map[common.Address]bool{}, dirty: true}
	finished := false
	defer func() {
		if !finished {
			t.Logf("sequence with seed %d failed at action %d. Replay it alone with\n\t%s=%d %s=1 %s=1 go test -count=1 -run 'TestRandomSequencesKeepInvariants' -v ./internal/contracts/\nactions:\n%s",
				seed, len(s.log), envInvariantSeed, seed, envInvariantSeqs, envInvariantVerbose, strings.Join(s.log, "\n"))
		}
	}()
	rng := s.rng
	// The cast: a few submitters (anyone but the dispute manager), some of the stakers as bidders.
	pool := []*account{e.submitter, e.anyone, e.deployer, e.verifier, e.solvers[0]}
	rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	s.submitters = pool[:1+rng.IntN(3)]
	st := append([]*account{}, fc.stakers...)
	rng.Shuffle(len(st), func(i, j int) { st[i], st[j] = st[j], st[i] })
	s.bidders = st[:2+rng.IntN(len(st)-1)]
	s.blocking = rng.IntN(2) == 0
	s.arming = rng.IntN(3) == 0
	n := 20 + rng.IntN(41)
	s.logf("seed %d: %d steps, submitters %s, bidders %s, blocking %v, arming %v",
		seed, n, names(s.submitters), names(s.bidders), s.blocking, s.arming)

	for range n {
		s.step()
	}
	s.drain()
	finished = true
	if verbose {
		t.Logf("%s", strings.Join(s.log, "\n"))
	}
	return s
}

func names(as []*account) string {
	n := make([]string, len(as))
	for i, a := range as {
		n[i] = a.name
	}
	return strings.Join(n, ",")
}

func (s *sequence) logf(format string, args ...any) {
	s.log = append(s.log, fmt.Sprintf(format, args...))
}

// try sends one action. A mined transaction (even one that reverted on chain, which happens when
// the estimation's block and the next block straddle a deadline) is followed by the invariant
// check.
func (s *sequence) try(name string, from *account, c *bind.BoundContract, data []byte, what string) bool {
	s.steps++
	r, err := s.e.trySend(from, c, data)
	outcome := "ok"
	if err != nil {
		outcome = "refused: " + s.e.describe(err)
	}
	s.logf("%3d %-20s %-12s %s -> %s", len(s.log), name, from.name, what, outcome)
	if r != nil {
		s.mined++
		s.dirty = true
		s.e.checkInvariants()
	}
	if err == nil {
		if s.draining {
			name = "drain:" + name
		}
		s.done[name]++
	}
	return err == nil
}

func (s *sequence) advance(d time.Duration) {
	s.steps++
	s.fc.advance(d)
	s.logf("%3d advance %v", len(s.log), d)
}

// view returns the sequence's jobs, reading them again after a change.
func (s *sequence) view() []seqJob {
	if !s.dirty {
		return s.jobs
	}
	e := s.e
	n := call(e, e.mktC, e.mkt.PackJobCount(), e.mkt.UnpackJobCount).Int64()
	s.jobs = nil // a fresh slice: callers may hold pointers into the previous one
	for id := int64(1); id <= n; id++ {
		j := seqJob{id: big.NewInt(id), job: e.job(big.NewInt(id)), bids: e.bids(big.NewInt(id))}
		if j.job.State == jobActive {
			for i := range int64(j.job.Shards) {
				j.shards = append(j.shards, e.shard(j.id, i))
			}
		}
		s.jobs = append(s.jobs, j)
	}
	s.dirty = false
	return s.jobs
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// randJob is a job in one of the given states when there is one (else any job, else job 1).
func (s *sequence) randJob(states ...uint8) *seqJob {
	jobs := s.view()
	var in []*seqJob
	for i := range jobs {
		for _, st := range states {
			if jobs[i].job.State == st {
				in = append(in, &jobs[i])
			}
		}
	}
	if len(in) == 0 {
		if len(jobs) == 0 {
			return &seqJob{id: big.NewInt(1)}
		}
		return &jobs[s.rng.IntN(len(jobs))]
	}
	return pick(s.rng, in)
}

type shardRef struct {
	j  *seqJob
	i  int64
	sh JobMarketShard
}

// randShard is a shard in the given state for which ok(shard) holds, if any.
func (s *sequence) randShard(state uint8, ok func(JobMarketShard) bool) (shardRef, bool) {
	jobs := s.view()
	var all []shardRef
	for k := range jobs {
		for i, sh := range jobs[k].shards {
			if sh.State == state && (ok == nil || ok(sh)) {
				all = append(all, shardRef{&jobs[k], int64(i), sh})
			}
		}
	}
	if len(all) == 0 {
		return shardRef{}, false
	}
	return pick(s.rng, all), true
}

func (s *sequence) randAccount() *account { return pick(s.rng, s.e.accounts) }

// actor is usually who is allowed to act, sometimes anyone.
func (s *sequence) actor(usual *account) *account {
	if usual == nil || s.rng.IntN(8) == 0 {
		return s.randAccount()
	}
	return usual
}

func (s *sequence) root() common.Hash {
	if s.rng.IntN(20) == 0 {
		return common.Hash{}
	}
	var h common.Hash
	for i := range h {
		h[i] = byte(s.rng.IntN(256))
	}
	return h
}

func (s *sequence) jobParams() JobMarketJobParams {
	rng := s.rng
	shards := uint16(pick(rng, []int{1, 1, 1, 2, 2, 3, 4}))
	if rng.IntN(40) == 0 {
		shards = uint16(pick(rng, []int{0, 65}))
	}
	fee := tok(rng.Int64N(21))
	perShard := new(big.Int).Add(fee, tok(20+rng.Int64N(101)))
	if rng.IntN(25) == 0 {
		perShard = new(big.Int).Sub(fee, big.NewInt(1)) // below the fee: BudgetTooSmall (or 0 shards)
	}
	p := jobParams(max(shards, 1))
	p.Shards = shards
	p.VerifierFee = fee
	p.Budget = new(big.Int).Mul(perShard, big.NewInt(int64(max(shards, 1))))
	if perShard.Sign() < 0 {
		p.Budget = new(big.Int)
	}
	p.StakePerShard = tok(pick(rng, []int64{0, 10, 50, 50, 200, 600}))
	p.BiddingPeriod = uint64(pick(rng, []int64{60, 600, 3600, 7200}))
	p.TrainingPeriod = uint64(pick(rng, []int64{600, 3600, 86400, 2 * 86400}))
	p.ChallengeWindow = uint64(pick(rng, []int64{60, 600, 3600, 7200}))
	if rng.IntN(40) == 0 {
		p.TrainingPeriod = 0 // BadPeriod
	}
	return p
}

// step takes one random action.
func (s *sequence) step() {
	e, rng := s.e, s.rng
	for range 8 {
		switch k := rng.IntN(100); {
		case k < 7:
			open := 0
			for _, j := range s.view() {
				if j.job.State != jobClosed {
					open++
				}
			}
			if open >= 4 {
				continue
			}
			p := s.jobParams()
			s.try("postJob", pick(rng, s.submitters), e.mktC, e.mkt.PackPostJob(p),
				fmt.Sprintf("shards=%d budget=%v fee=%v stake=%v periods=%d/%d/%d", p.Shards, p.Budget, p.VerifierFee,
					p.StakePerShard, p.BiddingPeriod, p.TrainingPeriod, p.ChallengeWindow))
		case k < 27:
			j := s.randJob(jobBidding)
			maxPrice := j.job.MaxPrice
			if maxPrice == nil {
				maxPrice = tok(100)
			}
			price := new(big.Int).Div(new(big.Int).Mul(maxPrice, big.NewInt(rng.Int64N(1001))), big.NewInt(1000))
			if rng.IntN(15) == 0 {
				price.Add(maxPrice, big.NewInt(1))
			}
			s.try("bid", s.actor(pick(rng, s.bidders)), e.mktC, e.mkt.PackBid(j.id, price), fmt.Sprintf("job=%v price=%v", j.id, price))
		case k < 32:
			j := s.randJob(jobBidding, jobActive, jobClosed)
			var live []common.Address
			for _, b := range j.bids {
				if b.Bidder != (common.Address{}) {
					live = append(live, b.Bidder)
				}
			}
			from := s.randAccount()
			if len(live) > 0 && rng.IntN(6) != 0 {
				from = s.fc.byAddr[pick(rng, live)]
			}
			s.try("withdrawBid", from, e.mktC, e.mkt.PackWithdrawBid(j.id), fmt.Sprintf("job=%v", j.id))
		case k < 34:
			j := s.randJob(jobBidding)
			s.try("cancelJob", s.actor(s.fc.byAddr[j.job.Submitter]), e.mktC, e.mkt.PackCancelJob(j.id), fmt.Sprintf("job=%v", j.id))
		case k < 38:
			j := s.randJob(jobBidding)
			s.try("finalizeAuction", s.randAccount(), e.mktC, e.mkt.PackFinalizeAuction(j.id), fmt.Sprintf("job=%v", j.id))
		case k < 48:
			r, ok := s.randShard(shardAssigned, nil)
			if !ok {
				continue
			}
			s.try("commit", s.actor(s.fc.byAddr[r.sh.Solver]), e.mktC, e.mkt.PackCommit(r.j.id, big.NewInt(r.i), s.root(), s.root()),
				fmt.Sprintf("job=%v shard=%d", r.j.id, r.i))
		case k < 51:
			r, ok := s.randShard(shardAssigned, nil)
			if !ok {
				continue
			}
			s.try("reportMissedDeadline", s.randAccount(), e.mktC, e.mkt.PackReportMissedDeadline(r.j.id, big.NewInt(r.i)),
				fmt.Sprintf("job=%v shard=%d", r.j.id, r.i))
		case k < 55:
			r, ok := s.randShard(shardCommitted, nil)
			if !ok {
				continue
			}
			s.try("finalizeShard", s.randAccount(), e.mktC, e.mkt.PackFinalizeShard(r.j.id, big.NewInt(r.i)),
				fmt.Sprintf("job=%v shard=%d", r.j.id, r.i))
		case k < 57:
			r, ok := s.randShard(shardCommitted, func(sh JobMarketShard) bool { return sh.Disputes > 0 })
			if !ok {
				continue
			}
			s.try("expireDispute", s.randAccount(), e.mktC, e.mkt.PackExpireDispute(r.j.id, big.NewInt(r.i)),
				fmt.Sprintf("job=%v shard=%d", r.j.id, r.i))
		case k < 62:
			j := s.randJob(jobBidding, jobActive)
			s.try("poke", s.randAccount(), e.mktC, e.mkt.PackPoke(j.id), fmt.Sprintf("job=%v", j.id))
		case k < 65:
			r, ok := s.randShard(shardCommitted, nil)
			if !ok {
				continue
			}
			v := pick(rng, s.fc.stakers)
			s.try("recordVerifier", s.actor(e.dm), e.mktC, e.mkt.PackRecordVerifier(r.j.id, big.NewInt(r.i), s.attempt(r.sh), v.addr),
				fmt.Sprintf("job=%v shard=%d verifier=%s", r.j.id, r.i, v.name))
		case k < 70:
			r, ok := s.randShard(shardCommitted, nil)
			if !ok {
				continue
			}
			s.try("openDispute", s.actor(e.dm), e.mktC, e.mkt.PackOpenDispute(r.j.id, big.NewInt(r.i), s.attempt(r.sh)),
				fmt.Sprintf("job=%v shard=%d", r.j.id, r.i))
		case k < 74:
			r, ok := s.randShard(shardCommitted, nil)
			if !ok {
				continue
			}
			challenger, cname := common.Address{}, "none"
			if rng.IntN(4) != 0 {
				c := pick(rng, s.fc.stakers)
				challenger, cname = c.addr, c.name
			}
			lost := rng.IntN(2) == 0
			s.try("closeDispute", s.actor(e.dm), e.mktC, e.mkt.PackCloseDispute(r.j.id, big.NewInt(r.i), s.attempt(r.sh), lost, challenger),
				fmt.Sprintf("job=%v shard=%d solverLost=%v challenger=%s", r.j.id, r.i, lost, cname))
		case k < 77:
			a := pick(rng, s.fc.stakers)
			amt := tok(pick(rng, []int64{1, 50, 300, 900, 2000}))
			s.try("requestUnbond", a, e.stkC, e.stk.PackRequestUnbond(amt), fmt.Sprintf("amount=%v", amt))
		case k < 78:
			s.try("cancelUnbond", pick(rng, s.fc.stakers), e.stkC, e.stk.PackCancelUnbond(), "")
		case k < 80:
			s.try("withdraw", pick(rng, s.fc.stakers), e.stkC, e.stk.PackWithdraw(), "")
		case k < 82:
			a := s.randAccount()
			amt := tok(pick(rng, []int64{0, 1, 100, 500}))
			s.try("bond", a, e.stkC, e.stk.PackBond(amt), fmt.Sprintf("amount=%v", amt))
		case k < 84:
			from := s.randAccount()
			for _, a := range e.accounts {
				if s.owed(a).Sign() > 0 && rng.IntN(2) == 0 {
					from = a
				}
			}
			s.try("claim", from, e.mktC, e.mkt.PackClaim(), "")
		case k < 87:
			if !s.blocking {
				continue
			}
			a := s.randAccount()
			s.setBlocked(a, !s.blocked[a.addr])
		case k < 88:
			if !s.arming {
				continue
			}
			s.arm()
		default:
			s.advanceRandom()
		}
		return
	}
	s.advanceRandom()
}

// attempt is usually the shard's current attempt, sometimes a stale one.
func (s *sequence) attempt(sh JobMarketShard) uint16 {
	if s.rng.IntN(10) == 0 {
		return sh.Attempt - 1
	}
	return sh.Attempt
}

func (s *sequence) owed(a *account) *big.Int {
	return call(s.e, s.e.mktC, s.e.mkt.PackOwed(a.addr), s.e.mkt.UnpackOwed)
}

func (s *sequence) setBlocked(a *account, blocked bool) {
	if s.try("setBlocked", s.e.anyone, s.fc.evilC, s.e.evil.PackSetBlocked(a.addr, blocked), fmt.Sprintf("%s=%v", a.name, blocked)) {
		s.blocked[a.addr] = blocked
	}
}

// arm makes the token call one of the contracts from inside its next transfer from or to one of
// them: a call into the contract that is transferring must be refused by its reentrancy guard; a
// call into the other contract is an ordinary call from the token's address.
func (s *sequence) arm() {
	e, rng := s.e, s.rng
	j := s.randJob(jobBidding, jobActive)
	payloads := []struct {
		name   string
		target common.Address
		data   []byte
	}{
		{"poke", e.marketAddr, e.mkt.PackPoke(j.id)},
		{"claim", e.marketAddr, e.mkt.PackClaim()},
		{"finalizeShard", e.marketAddr, e.mkt.PackFinalizeShard(j.id, big.NewInt(0))},
		{"withdrawBid", e.marketAddr, e.mkt.PackWithdrawBid(j.id)},
		{"withdraw", e.stakingAddr, e.stk.PackWithdraw()},
		{"unlock", e.stakingAddr, e.stk.PackUnlock(pick(rng, s.fc.stakers).addr, tok(50))},
	}
	p := pick(rng, payloads)
	trigger, tname := e.marketAddr, "market"
	if rng.IntN(2) == 0 {
		trigger, tname = e.stakingAddr, "staking"
	}
	s.try("arm", e.anyone, s.fc.evilC, e.evil.PackArm(trigger, p.target, p.data), fmt.Sprintf("on a transfer of the %s: %s", tname, p.name))
}

// advanceRandom moves time to around a deadline of the sequence's jobs, or by a random amount.
func (s *sequence) advanceRandom() {
	rng := s.rng
	var due []uint64
	for _, j := range s.view() {
		switch j.job.State {
		case jobBidding:
			due = append(due, j.job.BiddingEnds)
		case jobActive:
			for _, sh := range j.shards {
				switch {
				case sh.State == shardAssigned || (sh.State == shardCommitted && sh.Disputes == 0):
					due = append(due, sh.Deadline)
				case sh.State == shardCommitted:
					due = append(due, sh.DisputeSince+uint64(disputeTimeout/time.Second))
				}
			}
		}
	}
	now := s.e.now()
	if len(due) > 0 && rng.IntN(3) != 0 {
		// The next transaction is mined one second after the new head: land just before, on or
		// after the deadline.
		target := int64(pick(rng, due)) + pick(rng, []int64{-2, -1, -1, 0, 5, 600})
		if d := target - int64(now); d > 0 {
			s.advance(time.Duration(d) * time.Second)
			return
		}
	}
	s.advance(pick(rng, []time.Duration{time.Second, time.Minute, 10 * time.Minute, time.Hour, 6 * time.Hour,
		24 * time.Hour, unbondingDelay, disputeTimeout}))
}

// drain takes every exit: afterwards the market must owe nothing and hold no stake locked.
func (s *sequence) drain() {
	e := s.e
	s.draining = true
	s.logf("--- drain")
	for _, a := range e.accounts {
		if s.blocked[a.addr] {
			s.setBlocked(a, false)
		}
	}
	if s.arming {
		s.try("disarm", e.anyone, s.fc.evilC, e.evil.PackArm(common.Address{}, common.Address{}, nil), "")
	}
	for round := 0; ; round++ {
		var open []*big.Int
		for _, j := range s.view() {
			if j.job.State != jobClosed {
				open = append(open, j.id)
			}
		}
		if len(open) == 0 {
			break
		}
		if round == 40 {
			e.t.Fatalf("jobs %v still open after %d drain rounds", open, round)
		}
		// Past every bidding window, training deadline, challenge window and dispute timeout.
		s.advance(disputeTimeout + 3*24*time.Hour)
		for _, id := range open {
			s.try("poke", e.anyone, e.mktC, e.mkt.PackPoke(id), fmt.Sprintf("job=%v", id))
		}
	}
	for _, j := range s.view() {
		for i, b := range j.bids {
			if b.Bidder != (common.Address{}) && i >= int(j.job.NextReserve) {
				s.try("withdrawBid", s.fc.byAddr[b.Bidder], e.mktC, e.mkt.PackWithdrawBid(j.id), fmt.Sprintf("job=%v", j.id))
			}
		}
	}
	for _, a := range e.accounts {
		if s.owed(a).Sign() > 0 {
			s.try("claim", a, e.mktC, e.mkt.PackClaim(), "")
		}
	}
	e.checkInvariants()
	if owed := call(e, e.mktC, e.mkt.PackTotalOwed(), e.mkt.UnpackTotalOwed); owed.Sign() != 0 {
		e.t.Fatalf("after the drain the market still owes %v", owed)
	}
	if held := e.balance(e.marketAddr); held.Sign() != 0 {
		e.t.Fatalf("after the drain the market still holds %v", held)
	}
	for _, a := range e.accounts {
		if l := e.lockedBy(e.marketAddr, a.addr); l.Sign() != 0 {
			e.t.Fatalf("after the drain the market still locks %v of %s's stake", l, a.name)
		}
		if st := e.stake(a.addr); st.Locked.Sign() != 0 {
			e.t.Fatalf("after the drain %s still has %v locked", a.name, st.Locked)
		}
	}
}
