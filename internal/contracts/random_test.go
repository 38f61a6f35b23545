package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Invariant fuzzing of the market: many independent random action sequences, each from the same
// fresh market (one chain per worker, rewound to a snapshot taken right after the deployment), in
// which random actors take random lifecycle actions (most legal, many refused) and move the
// chain's clock (AdjustTime: no sleeping). After every action that reached the chain, the
// solvency of both contracts is checked (token balance == totalOwed()); every 8 such actions,
// and at the end of the random actions, checkInvariants also checks that totalOwed is the sum of
// what each contract owes (escrows + unclaimed payments; bonded + unbonding + burned stake) and
// every account's stake locks. A refused action never reaches the chain, so the state it would
// check is the one already checked. Every sequence ends with a drain (everyone unblocked, time
// moved past every deadline, every job poked to its end, every remaining bid withdrawn, every
// deferred payment claimed), after which the market must hold and owe nothing and lock no
// stake: no token is stuck.
//
// The token is MaliciousToken, an ordinary ERC-20 until a sequence blocks recipients (payments
// are then deferred to owed/claim) or arms its callback into the market or Staking from inside
// a transfer.
//
// A sequence is a function of its seed alone (the market's behaviour does not depend on the
// absolute time), so a failing one can be replayed by itself.
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

	// sequencesPerChain is how many sequences a chain runs before the worker starts a new one
	// (about half a second): the node keeps every abandoned block (about 1.5 MB a sequence), and
	// long-rewound chains are the ones the simulator breaks (see simFault).
	sequencesPerChain = 100
)

// Actions every default run must have taken successfully at least once (outside the drains):
// a change of the mix or the seeds that loses one of them fails the test.
var mustSucceed = []string{
	"postJob", "bid", "withdrawBid", "cancelJob", "finalizeAuction", "commit", "reportMissedDeadline",
	"finalizeShard", "expireDispute", "poke", "recordVerifier", "openDispute", "closeDispute",
	"requestUnbond", "cancelUnbond", "withdraw", "bond", "claim", "setBlocked", "arm",
	"event:RoundCommitted", "event:RoundAccepted", "event:RoundOpened",
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
				ran, onChain, recommits, faults := 0, 0, 0, 0
				defer func() {
					t.Logf("%d sequences (%d blocks sealed again, %d simulator faults)", ran, recommits+fc.recommits, faults)
				}()
				newChain := func() {
					recommits += fc.recommits
					fc.close()
					fc = newFuzzChain(t)
					onChain = 0
				}
				for {
					mu.Lock()
					i := next
					next++
					mu.Unlock()
					if i >= uint64(seqs) {
						return
					}
					if onChain == sequencesPerChain {
						newChain() // the abandoned blocks stay in the node's memory
					}
					s, fault := fc.runOnce(t, base+i, verbose)
					for fault != "" {
						faults++
						t.Logf("seed %d: simulator fault after %d sequences on the chain (%s): running it again on a new chain",
							base+i, onChain, fault)
						if faults > 10 {
							t.Fatal("too many simulator faults")
						}
						newChain()
						s, fault = fc.runOnce(t, base+i, verbose)
					}
					ran++
					onChain++
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
	snap    common.Hash
	signer  types.Signer
	nonces  map[common.Address]uint64
	rewinds uint64
	faulted bool // the simulator failed (see simFault)
	// recommits counts blocks sealed again because the simulator dropped one (see mine).
	recommits int
	stakers   []*account
	byAddr    map[common.Address]*account
}

func newFuzzChain(t testing.TB) *fuzzChain {
	e := newEnvWith(t, 6, MaliciousTokenMetaData.Bin)
	fc := &fuzzChain{e: e, signer: types.LatestSignerForChainID(e.chainID), nonces: map[common.Address]uint64{},
		byAddr: map[common.Address]*account{}}
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

// close stops the chain's node and drops the references that would keep it in memory (the
// env stays referenced by its test's cleanup, which closes the backend again: a no-op).
func (fc *fuzzChain) close() {
	e := fc.e
	e.sim.Close()
	e.client, e.tokC, e.stkC, e.mktC = nil, nil, nil, nil
}

// reset rewinds the chain to the snapshot. The transaction pool follows the new head
// asynchronously and may re-inject the transactions of the abandoned blocks: two forced syncs
// (Rollback) make it consume the head event and finish that reset, and the second one clears
// whatever was re-injected. The pool's nonces must then be the chain's.
func (fc *fuzzChain) reset() {
	e := fc.e
	e.t.Helper()
	fc.rewinds++
	if err := e.sim.Fork(fc.snap); err != nil {
		fc.fault("rewind to the snapshot: %v", err)
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
			fc.nonces[a.addr] = latest
		}
		if h, err := e.client.HeaderByNumber(e.ctx, nil); err != nil || h.Hash() != fc.snap {
			fc.fault("head after the rewind: %v", err)
		}
		if synced {
			return
		}
		if try == 20 {
			fc.fault("the transaction pool did not follow the rewind")
		}
	}
}

// Transactions of the sequences: a fixed gas limit and fee, so that a transaction needs one
// eth_call (which refuses a revert without a transaction), one send, a block and a receipt.
var (
	fuzzGas    = uint64(8_000_000)
	fuzzFeeCap = big.NewInt(100e9)
	fuzzTipCap = big.NewInt(1e9)
)

// send calls data from the account and, if the call succeeds, sends it as a transaction and
// mines it. The error of a refused call carries its revert data; a mined transaction that
// reverted (the call's block and the next one straddled a deadline) returns its receipt and an
// error.
func (fc *fuzzChain) send(from *account, to common.Address, data []byte) (*types.Receipt, error) {
	e := fc.e
	e.t.Helper()
	if _, err := e.client.CallContract(e.ctx, ethereum.CallMsg{From: from.addr, To: &to, Gas: fuzzGas, Data: data}, nil); err != nil {
		return nil, err
	}
	// The fee cap varies with the rewind, so that no two sequences send the same transaction: the
	// node's transaction index, which it cleans up after a rewind in the background, could
	// otherwise drop the entry of the new copy of a transaction of an abandoned block.
	feeCap := new(big.Int).Add(fuzzFeeCap, new(big.Int).SetUint64(fc.rewinds))
	tx, err := types.SignNewTx(from.key, fc.signer, &types.DynamicFeeTx{ChainID: e.chainID, Nonce: fc.nonces[from.addr],
		GasTipCap: fuzzTipCap, GasFeeCap: feeCap, Gas: fuzzGas, To: &to, Data: data})
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.client.SendTransaction(e.ctx, tx); err != nil {
		e.t.Fatalf("send from %s: %v", from.name, err)
	}
	fc.nonces[from.addr]++
	r := fc.mine(tx, from)
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("transaction reverted on chain")
	}
	return r, nil
}

// simFault is a failure of the simulator itself (a block it did not seal, a rewind it did not
// take), never of the contracts: after some tens to a hundred and fifty rewinds (sooner on a
// loaded machine), go-ethereum 1.17's simulated beacon may fail to seal ("Invalid forkchoice
// state": blocks left empty, or none) and stay broken. fault panics with it; the worker starts
// a new chain and runs the sequence again from its seed (the failed attempt is not reported).
type simFault string

func (fc *fuzzChain) fault(format string, args ...any) {
	fc.faulted = true
	panic(simFault(fmt.Sprintf(format, args...)))
}

// runOnce runs the sequence of a seed; a simulator fault is returned instead of failing the test.
func (fc *fuzzChain) runOnce(t testing.TB, seed uint64, verbose bool) (s *sequence, fault simFault) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(simFault)
			if !ok {
				panic(r)
			}
			fault = f
		}
	}()
	return fc.run(t, seed, verbose), ""
}

// blockReceipts is what the simulator's client offers beyond simulated.Client.
type blockReceipts interface {
	BlockReceipts(context.Context, rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// mine seals a block and returns the receipt of tx from the new head's receipts: the receipt
// by transaction hash needs the node's transaction index, which after a rewind the node
// rebuilds in the background and may briefly miss the first transactions. The simulator logs and
// drops a failure to seal; if the transaction is still pending, mine seals again (counted in
// recommits).
func (fc *fuzzChain) mine(tx *types.Transaction, from *account) *types.Receipt {
	e := fc.e
	e.t.Helper()
	br, ok := e.client.(blockReceipts)
	if !ok {
		e.t.Fatalf("the simulated client %T has no BlockReceipts", e.client)
	}
	for try := 0; ; try++ {
		e.sim.Commit()
		rs, err := br.BlockReceipts(e.ctx, rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber))
		if err != nil {
			e.t.Fatalf("receipts of the head: %v", err)
		}
		for _, r := range rs {
			if r.TxHash == tx.Hash() {
				return r
			}
		}
		pending, err1 := e.client.PendingNonceAt(e.ctx, from.addr)
		mined, err2 := e.client.NonceAt(e.ctx, from.addr, nil)
		if try < 3 && err1 == nil && err2 == nil && pending > mined && mined <= tx.Nonce() {
			fc.recommits++
			continue
		}
		fc.fault("%s (nonce %d of %s) is not in the head block; pool nonce %d (%v), chain nonce %d (%v)",
			tx.Hash(), tx.Nonce(), from.name, pending, err1, mined, err2)
	}
}

// advance moves the chain clock forward by d with one empty block. Rollback first makes the pool
// drop the transaction just mined (AdjustTime refuses to run with a non-empty pool); nothing else
// is ever pending.
func (fc *fuzzChain) advance(d time.Duration) {
	fc.e.t.Helper()
	fc.e.sim.Rollback()
	if err := fc.e.sim.AdjustTime(d); err != nil {
		fc.fault("advance %v: %v", d, err)
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
	unbonding           []*account          // stakers that requested an unbond
	releases            map[*account]uint64 // their release times, until withdrawn or cancelled
	draining            bool

	stale          map[int64]bool // jobs to read again
	jobs           []seqJob       // job i+1 at index i
	totalUnclaimed *big.Int
}

// run plays the sequence of one seed from the snapshot and drains it.
func (fc *fuzzChain) run(t testing.TB, seed uint64, verbose bool) *sequence {
	e := fc.e
	e.t = t
	fc.reset()
	s := &sequence{fc: fc, e: e, rng: rand.New(rand.NewPCG(seed, 0x7665726974726169)), seed: seed,
		done: map[string]int{}, blocked: map[common.Address]bool{}, stale: map[int64]bool{},
		releases: map[*account]uint64{}}
	finished := false
	defer func() {
		if !finished && !fc.faulted {
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
	// 30 to 80 actions: enough for a job in rounds to see a round's window pass and the next
	// round open in some sequences.
	n := 30 + rng.IntN(51)
	s.logf("seed %d: %d steps, submitters %s, bidders %s, blocking %v, arming %v",
		seed, n, names(s.submitters), names(s.bidders), s.blocking, s.arming)

	for range n {
		s.step()
	}
	e.checkInvariants()
	s.drain()
	finished = true
	if verbose {
		t.Logf("%s", strings.Join(s.log, "\n"))
	}
	return s
}

// fmtTok formats base units as tokens.
func fmtTok(v *big.Int) string {
	if v == nil {
		return "nil"
	}
	f, _ := new(big.Rat).SetFrac(v, tok(1)).Float64()
	return strconv.FormatFloat(f, 'f', -1, 64)
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
// the call's block and the next block straddle a deadline) is followed by the invariant check.
func (s *sequence) try(name string, from *account, to common.Address, data []byte, what string) bool {
	s.steps++
	r, err := s.fc.send(from, to, data)
	outcome := "ok"
	if err != nil {
		outcome = "refused: " + s.e.describe(err)
	}
	s.logf("%3d %-20s %-12s %s -> %s", len(s.log), name, from.name, what, outcome)
	if r != nil {
		s.mined++
		s.noteReceipt(r)
		s.checkSolvency()
		if s.mined%fullCheckEvery == 0 {
			s.e.checkInvariants()
		}
	}
	if err == nil {
		if s.draining {
			name = "drain:" + name
		}
		s.done[name]++
	}
	return err == nil
}

// fullCheckEvery is how often (in mined transactions) a sequence runs the full checkInvariants
// (escrow and stake sums, every account's locks: about 40 calls) on top of the solvency check
// that follows every mined transaction; each sequence also runs it after its random actions and
// after its drain.
const fullCheckEvery = 8

// checkSolvency checks that each contract holds exactly what it owes.
func (s *sequence) checkSolvency() {
	e := s.e
	e.t.Helper()
	if held, owed := e.balance(e.marketAddr), call(e, e.mktC, e.mkt.PackTotalOwed(), e.mkt.UnpackTotalOwed); held.Cmp(owed) != 0 {
		e.t.Fatalf("market: holds %v, owes %v", held, owed)
	}
	if held, owed := e.balance(e.stakingAddr), call(e, e.stkC, e.stk.PackTotalOwed(), e.stk.UnpackTotalOwed); held.Cmp(owed) != 0 {
		e.t.Fatalf("staking: holds %v, owes %v", held, owed)
	}
}

func (s *sequence) advance(d time.Duration) {
	s.steps++
	s.fc.advance(d)
	s.logf("%3d advance %v", len(s.log), d)
}

// view returns the sequence's jobs, reading them again after a change.
// The market's events without a job id.
var (
	evClaimed  = NewJobMarket().GetABI().Events["Claimed"].ID
	evDeferred = NewJobMarket().GetABI().Events["PaymentDeferred"].ID

	evRoundCommitted = NewJobMarket().GetABI().Events["RoundCommitted"].ID
	evRoundAccepted  = NewJobMarket().GetABI().Events["RoundAccepted"].ID
	evRoundOpened    = NewJobMarket().GetABI().Events["RoundOpened"].ID
)

// noteReceipt marks the jobs named by the market's events of a mined transaction for reading
// again (every transition of a job emits an event with its id as the first topic).
func (s *sequence) noteReceipt(r *types.Receipt) {
	s.totalUnclaimed = nil
	for _, l := range r.Logs {
		if l.Address != s.e.marketAddr || len(l.Topics) < 2 || l.Topics[0] == evClaimed || l.Topics[0] == evDeferred {
			continue
		}
		// Round transitions are counted as actions of their own (mustSucceed).
		if !s.draining && l.Topics[0] == evRoundCommitted {
			s.done["event:RoundCommitted"]++
		}
		if !s.draining && l.Topics[0] == evRoundAccepted {
			s.done["event:RoundAccepted"]++
		}
		if !s.draining && l.Topics[0] == evRoundOpened {
			s.done["event:RoundOpened"]++
		}
		s.stale[new(big.Int).SetBytes(l.Topics[1][:]).Int64()] = true
	}
}

// view returns the sequence's jobs, reading again those that changed.
func (s *sequence) view() []seqJob {
	if len(s.stale) == 0 {
		return s.jobs
	}
	e := s.e
	n := int64(len(s.jobs))
	for id := range s.stale {
		n = max(n, id)
	}
	jobs := make([]seqJob, n) // a fresh slice: callers may hold pointers into the previous one
	copy(jobs, s.jobs)
	for id := int64(1); id <= n; id++ {
		if id <= int64(len(s.jobs)) && !s.stale[id] {
			continue
		}
		j := seqJob{id: big.NewInt(id), job: e.job(big.NewInt(id)), bids: e.bids(big.NewInt(id))}
		if j.job.State == jobActive {
			for i := range int64(j.job.Shards) {
				j.shards = append(j.shards, e.shard(j.id, i))
			}
		}
		jobs[id-1] = j
	}
	s.jobs = jobs
	clear(s.stale)
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
	// Jobs in rounds: a shard's commit of a round before the last opens a challenge window; its
	// end accepts the round, and the next opens when every shard's is accepted.
	p.Rounds = uint16(pick(rng, []int{0, 1, 1, 2, 2, 3}))
	if rng.IntN(40) == 0 {
		p.Rounds = 4097 // BadRounds
	}
	return p
}

// step takes one random action: usually one that the current state makes plausible (a bid on a
// job in its bidding window, a commit before the deadline, a dispute inside the challenge
// window...), weighted so that jobs travel their whole lifecycle, and sometimes a random action
// on a random target from a random account (noise, mostly refused).
func (s *sequence) step() {
	type cand struct {
		w int
		f func()
	}
	var cs []cand
	add := func(w int, f func()) { cs = append(cs, cand{w, f}) }
	e, rng := s.e, s.rng
	now := e.now() + 1 // the next block's time
	jobs := s.view()
	open := 0
	for k := range jobs {
		j := &jobs[k]
		if j.job.State != jobClosed {
			open++
		}
		live := 0
		for i, b := range j.bids {
			if b.Bidder != (common.Address{}) && (j.job.State == jobBidding || i >= int(j.job.NextReserve)) {
				live++
			}
		}
		if live > 0 && (j.job.State != jobBidding || now < j.job.BiddingEnds) {
			add(1, func() { s.withdrawBid(j, nil) })
		}
		switch j.job.State {
		case jobBidding:
			if now < j.job.BiddingEnds {
				var fresh []*account // bidders without a bid on this job
				for _, a := range s.bidders {
					if !slices.ContainsFunc(j.bids, func(b JobMarketBid) bool { return b.Bidder == a.addr }) {
						fresh = append(fresh, a)
					}
				}
				if len(fresh) > 0 {
					add(8, func() { s.bid(j, pick(rng, fresh)) })
				}
				add(1, func() { s.bid(j, pick(rng, s.bidders)) })
				add(1, func() { s.cancelJob(j, s.fc.byAddr[j.job.Submitter]) })
			} else {
				add(5, func() { s.finalizeAuction(j) })
				add(2, func() { s.poke(j) })
			}
		case jobActive:
			add(1, func() { s.poke(j) })
			for i, sh := range j.shards {
				r := shardRef{j, int64(i), sh}
				switch {
				case sh.State == shardAssigned && sh.Deadline == ^uint64(0):
					// Waiting for the other shards' rounds to be accepted: a commit is refused.
					add(1, func() { s.commit(r, s.fc.byAddr[sh.Solver]) })
				case sh.State == shardAssigned && now < sh.Deadline:
					add(12, func() { s.commit(r, s.fc.byAddr[sh.Solver]) })
				case sh.State == shardAssigned:
					add(4, func() { s.reportMissedDeadline(r) })
				case sh.State == shardCommitted && sh.Disputes == 0 && now < sh.Deadline:
					add(3, func() { s.openDispute(r, e.dm) })
					add(2, func() { s.recordVerifier(r, e.dm) })
				case sh.State == shardCommitted && sh.Disputes == 0 && sh.Round+1 < j.job.Rounds:
					// The window of a round before the last passed: accept it (the next round
					// opens once every shard's is accepted).
					add(8, func() { s.finalizeShard(r) })
				case sh.State == shardCommitted && sh.Disputes == 0:
					add(5, func() { s.finalizeShard(r) })
				case sh.State == shardCommitted:
					add(3, func() { s.closeDispute(r, e.dm) })
					add(1, func() { s.openDispute(r, e.dm) })
					add(1, func() { s.recordVerifier(r, e.dm) })
					if now >= sh.DisputeActivity+uint64(disputeTimeout/time.Second) {
						add(6, func() { s.expireDispute(r) })
					}
				}
			}
		}
	}
	if open < 3 {
		add(4, s.postJob)
	}
	if s.unclaimed().Sign() > 0 {
		for _, a := range e.accounts {
			switch {
			case s.owed(a).Sign() == 0:
			case s.blocked[a.addr]:
				add(2, func() { s.setBlocked(a, false) })
			default:
				add(4, func() { s.try("claim", a, e.marketAddr, e.mkt.PackClaim(), "") })
			}
		}
	}
	add(3, s.staking)
	for _, a := range s.fc.stakers { // not over the map: the order of the candidates must not vary
		if at, ok := s.releases[a]; ok && now >= at {
			add(3, func() { s.withdraw(a) })
		}
	}
	if s.blocking {
		add(2, s.toggleBlocked)
	}
	if s.arming {
		add(1, s.arm)
	}
	add(6, s.advanceRandom)
	add(4, s.noise)
	total := 0
	for _, c := range cs {
		total += c.w
	}
	k := rng.IntN(total)
	for _, c := range cs {
		if k < c.w {
			c.f()
			return
		}
		k -= c.w
	}
}

// noise is a random action on a random target, from a random account.
func (s *sequence) noise() {
	e, rng := s.e, s.rng
	j := s.randJob(jobBidding, jobActive, jobClosed)
	from := s.randAccount()
	sh := big.NewInt(rng.Int64N(4))
	r := shardRef{j, sh.Int64(), JobMarketShard{Attempt: uint16(rng.IntN(3))}}
	if int(sh.Int64()) < len(j.shards) {
		r.sh = j.shards[sh.Int64()]
	}
	switch rng.IntN(15) {
	case 0:
		s.postJob()
	case 1:
		s.bid(j, from)
	case 2:
		s.withdrawBid(j, from)
	case 3:
		s.cancelJob(j, from)
	case 4:
		s.finalizeAuction(j)
	case 5:
		s.poke(j)
	case 6:
		s.commit(r, from)
	case 7:
		s.reportMissedDeadline(r)
	case 8:
		s.finalizeShard(r)
	case 9:
		s.expireDispute(r)
	case 10:
		s.recordVerifier(r, from)
	case 11:
		s.openDispute(r, from)
	case 12:
		s.closeDispute(r, from)
	case 13:
		s.try("claim", from, e.marketAddr, e.mkt.PackClaim(), "")
	default:
		s.staking()
	}
}

func (s *sequence) postJob() {
	p := s.jobParams()
	s.try("postJob", pick(s.rng, s.submitters), s.e.marketAddr, s.e.mkt.PackPostJob(p),
		fmt.Sprintf("shards=%d budget=%s fee=%s stake=%s periods=%d/%d/%d", p.Shards, fmtTok(p.Budget), fmtTok(p.VerifierFee),
			fmtTok(p.StakePerShard), p.BiddingPeriod, p.TrainingPeriod, p.ChallengeWindow))
}

func (s *sequence) bid(j *seqJob, from *account) {
	rng := s.rng
	maxPrice := j.job.MaxPrice
	if maxPrice == nil {
		maxPrice = tok(100)
	}
	price := new(big.Int).Div(new(big.Int).Mul(maxPrice, big.NewInt(rng.Int64N(1001))), big.NewInt(1000))
	if rng.IntN(15) == 0 {
		price.Add(maxPrice, big.NewInt(1))
	}
	s.try("bid", from, s.e.marketAddr, s.e.mkt.PackBid(j.id, price), fmt.Sprintf("job=%v price=%s", j.id, fmtTok(price)))
}

// withdrawBid withdraws a bid of the job: from's, or a random live bidder's when from is nil.
func (s *sequence) withdrawBid(j *seqJob, from *account) {
	if from == nil {
		var live []common.Address
		for _, b := range j.bids {
			if b.Bidder != (common.Address{}) {
				live = append(live, b.Bidder)
			}
		}
		if len(live) == 0 {
			return
		}
		from = s.fc.byAddr[pick(s.rng, live)]
	}
	s.try("withdrawBid", from, s.e.marketAddr, s.e.mkt.PackWithdrawBid(j.id), fmt.Sprintf("job=%v", j.id))
}

func (s *sequence) cancelJob(j *seqJob, from *account) {
	s.try("cancelJob", s.actor(from), s.e.marketAddr, s.e.mkt.PackCancelJob(j.id), fmt.Sprintf("job=%v", j.id))
}

func (s *sequence) finalizeAuction(j *seqJob) {
	s.try("finalizeAuction", s.randAccount(), s.e.marketAddr, s.e.mkt.PackFinalizeAuction(j.id), fmt.Sprintf("job=%v", j.id))
}

func (s *sequence) poke(j *seqJob) {
	s.try("poke", s.randAccount(), s.e.marketAddr, s.e.mkt.PackPoke(j.id), fmt.Sprintf("job=%v", j.id))
}

func (r shardRef) String() string { return fmt.Sprintf("job=%v shard=%d", r.j.id, r.i) }

func (s *sequence) commit(r shardRef, from *account) {
	s.try("commit", s.actor(from), s.e.marketAddr, s.e.mkt.PackCommit(r.j.id, big.NewInt(r.i), s.root(), s.root()), r.String())
}

func (s *sequence) reportMissedDeadline(r shardRef) {
	s.try("reportMissedDeadline", s.randAccount(), s.e.marketAddr, s.e.mkt.PackReportMissedDeadline(r.j.id, big.NewInt(r.i)), r.String())
}

func (s *sequence) finalizeShard(r shardRef) {
	s.try("finalizeShard", s.randAccount(), s.e.marketAddr, s.e.mkt.PackFinalizeShard(r.j.id, big.NewInt(r.i)), r.String())
}

func (s *sequence) expireDispute(r shardRef) {
	s.try("expireDispute", s.randAccount(), s.e.marketAddr, s.e.mkt.PackExpireDispute(r.j.id, big.NewInt(r.i)), r.String())
}

func (s *sequence) recordVerifier(r shardRef, from *account) {
	v := pick(s.rng, s.fc.stakers)
	s.try("recordVerifier", s.actor(from), s.e.marketAddr, s.e.mkt.PackRecordVerifier(r.j.id, big.NewInt(r.i), s.attempt(r.sh), v.addr),
		fmt.Sprintf("%v verifier=%s", r, v.name))
}

func (s *sequence) openDispute(r shardRef, from *account) {
	s.try("openDispute", s.actor(from), s.e.marketAddr, s.e.mkt.PackOpenDispute(r.j.id, big.NewInt(r.i), s.attempt(r.sh)), r.String())
}

func (s *sequence) closeDispute(r shardRef, from *account) {
	challenger, cname := common.Address{}, "none"
	if s.rng.IntN(4) != 0 {
		c := pick(s.rng, s.fc.stakers)
		challenger, cname = c.addr, c.name
	}
	lost := s.rng.IntN(2) == 0
	s.try("closeDispute", s.actor(from), s.e.marketAddr, s.e.mkt.PackCloseDispute(r.j.id, big.NewInt(r.i), s.attempt(r.sh), lost, challenger),
		fmt.Sprintf("%v solverLost=%v challenger=%s", r, lost, cname))
}

func (s *sequence) withdraw(a *account) {
	if s.try("withdraw", a, s.e.stakingAddr, s.e.stk.PackWithdraw(), "") {
		delete(s.releases, a)
	}
}

// toggleBlocked unblocks a blocked account or blocks a participant (transfers to it revert).
func (s *sequence) toggleBlocked() {
	var blocked []*account
	for _, a := range s.e.accounts {
		if s.blocked[a.addr] {
			blocked = append(blocked, a)
		}
	}
	if len(blocked) > 0 && s.rng.IntN(2) == 0 {
		s.setBlocked(pick(s.rng, blocked), false)
		return
	}
	s.setBlocked(pick(s.rng, append(append([]*account{}, s.submitters...), s.bidders...)), true)
}

// staking is a random staking action of a random staker (or, for bond, of anyone).
func (s *sequence) staking() {
	e, rng := s.e, s.rng
	a := pick(rng, s.fc.stakers)
	if len(s.unbonding) > 0 && rng.IntN(4) != 0 {
		a = pick(rng, s.unbonding) // likely (not surely) still unbonding
	}
	switch rng.IntN(6) {
	case 0, 1:
		amt := tok(pick(rng, []int64{1, 50, 300, 900, 2000}))
		if s.try("requestUnbond", a, e.stakingAddr, e.stk.PackRequestUnbond(amt), "amount="+fmtTok(amt)) {
			s.unbonding = append(s.unbonding, a)
			s.releases[a] = e.stake(a.addr).UnbondingReleaseAt
		}
	case 2:
		if s.try("cancelUnbond", a, e.stakingAddr, e.stk.PackCancelUnbond(), "") {
			delete(s.releases, a)
		}
	case 3, 4:
		s.withdraw(a)
	default:
		amt := tok(pick(rng, []int64{0, 1, 100, 500}))
		s.try("bond", s.actor(a), e.stakingAddr, e.stk.PackBond(amt), "amount="+fmtTok(amt))
	}
}

// attempt is usually the shard's current attempt, sometimes a stale one.
func (s *sequence) attempt(sh JobMarketShard) uint16 {
	if s.rng.IntN(10) == 0 {
		return sh.Attempt - 1
	}
	return sh.Attempt
}

// unclaimed is the market's total of deferred payments (cached with the view).
func (s *sequence) unclaimed() *big.Int {
	if s.totalUnclaimed == nil {
		s.totalUnclaimed = call(s.e, s.e.mktC, s.e.mkt.PackTotalUnclaimed(), s.e.mkt.UnpackTotalUnclaimed)
	}
	return s.totalUnclaimed
}

func (s *sequence) owed(a *account) *big.Int {
	return call(s.e, s.e.mktC, s.e.mkt.PackOwed(a.addr), s.e.mkt.UnpackOwed)
}

func (s *sequence) setBlocked(a *account, blocked bool) {
	if s.try("setBlocked", s.e.anyone, s.e.tokenAddr, s.e.evil.PackSetBlocked(a.addr, blocked), fmt.Sprintf("%s=%v", a.name, blocked)) {
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
	s.try("arm", e.anyone, s.e.tokenAddr, e.evil.PackArm(trigger, p.target, p.data), fmt.Sprintf("on a transfer of the %s: %s", tname, p.name))
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
				case sh.State == shardAssigned && sh.Deadline == ^uint64(0):
					// Waiting for the other shards to end the round: no deadline.
				case sh.State == shardAssigned || (sh.State == shardCommitted && sh.Disputes == 0):
					due = append(due, sh.Deadline)
				case sh.State == shardCommitted:
					due = append(due, sh.DisputeActivity+uint64(disputeTimeout/time.Second))
				}
			}
		}
	}
	for _, at := range s.releases {
		due = append(due, at)
	}
	now := s.e.now()
	sort.Slice(due, func(a, b int) bool { return due[a] < due[b] })
	for len(due) > 0 && due[0] <= now+1 {
		due = due[1:]
	}
	if len(due) > 0 && rng.IntN(4) != 0 {
		// Mostly the next deadline, so that other jobs keep their windows. The next transaction
		// is mined one second after the new head: land just before, on or after the deadline.
		next := due[0]
		if rng.IntN(3) == 0 {
			next = pick(rng, due)
		}
		target := int64(next) + pick(rng, []int64{-2, -1, -1, 0, 5, 600})
		if d := target - int64(now); d > 0 {
			s.advance(time.Duration(d) * time.Second)
			return
		}
	}
	d := pick(rng, []time.Duration{time.Second, time.Minute, time.Minute, 10 * time.Minute, 10 * time.Minute, time.Hour})
	if rng.IntN(8) == 0 {
		d = pick(rng, []time.Duration{6 * time.Hour, 24 * time.Hour, unbondingDelay, disputeTimeout})
	}
	s.advance(d)
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
		s.try("disarm", e.anyone, s.e.tokenAddr, e.evil.PackArm(common.Address{}, common.Address{}, nil), "")
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
			s.try("poke", e.anyone, e.marketAddr, e.mkt.PackPoke(id), fmt.Sprintf("job=%v", id))
		}
	}
	for _, j := range s.view() {
		for i, b := range j.bids {
			if b.Bidder != (common.Address{}) && i >= int(j.job.NextReserve) {
				s.try("withdrawBid", s.fc.byAddr[b.Bidder], e.marketAddr, e.mkt.PackWithdrawBid(j.id), fmt.Sprintf("job=%v", j.id))
			}
		}
	}
	for _, a := range e.accounts {
		if s.owed(a).Sign() > 0 {
			s.try("claim", a, e.marketAddr, e.mkt.PackClaim(), "")
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
