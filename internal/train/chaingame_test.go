//go:build !nochain

package train

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/dispute"
	"veritrain/internal/game"
	"veritrain/internal/spec"
	"veritrain/internal/tensor"
)

// The disputes of TestCheatersLoseDisputes played for real: on go-ethereum's simulated backend
// (Osaka rules), with the market, the DisputeGame and the real Judge (contracts/src/Judge.sol)
// recomputing the disputed element. Each party is a chain.GameDriver: the verifier's challenger
// (game.ChallengerPlayer from its own re-execution of the step, its witnesses built by
// dispute.Job.WitnessBuilder) and the cheater's solver (game.SolverPlayer answering from what
// it really computed). Every outcome must be the one the Go game reaches off-chain (dispute.Play:
// winner, reason, moves, rejected moves), every state of the chain's game the one of a Go game
// fed the same moves, and the money must move through the market: a losing cheater's shard
// stake slashed (half to the challenger's bonded stake), the challenger's bond refunded; a
// losing challenger's bond split between the solver and the burn.

const (
	chainMoveTimeout = 3600
	chainTxGasTarget = 10_000_000 // gas a dispute transaction must stay under (issue 6)
)

var (
	chainBond    = chainTok(100)
	chainStake   = chainTok(1000)
	chainGameABI = contracts.NewDisputeGame()
)

// chainTok is n whole tokens (18 decimals).
func chainTok(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// chainKey is the test key of a named account.
func chainKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("veritrain chaingame " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

// chainGameEnv is one simulated chain shared by every case: the Judge, the market and the
// dispute game deployed once, each job spec's Judge context registered once, one job per case.
type chainGameEnv struct {
	ctx      context.Context
	sim      *simulated.Backend
	mineMu   sync.Mutex // Commit and AdjustTime, which the simulated beacon does not serialize
	dep      *chain.Deployment
	judge    common.Address
	clients  map[string]*chain.Client
	contexts map[commit.Hash]bool // the Judge contexts registered (one per job spec)
}

// newChainGameEnv starts the chain (Osaka rules: the Judge needs CLZ), deploys the Judge, the
// dispute game and the market, and funds the parties (tokens, approvals of the market, Staking
// and the game).
func newChainGameEnv(t *testing.T) *chainGameEnv {
	t.Helper()
	e := &chainGameEnv{ctx: context.Background(), clients: map[string]*chain.Client{}, contexts: map[commit.Hash]bool{}}
	names := []string{"deployer", "submitter", "solver", "challenger"}
	alloc := types.GenesisAlloc{}
	for _, n := range names {
		alloc[crypto.PubkeyToAddress(chainKey(n).PublicKey)] = types.Account{Balance: chainTok(1000)}
	}
	cfg := chain.OsakaConfig()
	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
		func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = cfg })
	t.Cleanup(func() { e.sim.Close() })
	// Far ahead of the wall clock: every block is then one second after its parent.
	if err := e.sim.AdjustTime(1000 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	opts := []chain.Option{chain.WithMine(e.mine), chain.WithPollInterval(time.Millisecond)}
	var err error
	if e.judge, err = chain.DeployJudge(e.ctx, e.sim.Client(), chainKey("deployer"), opts...); err != nil {
		t.Fatal(err)
	}
	rules := chain.GameRules{Judge: e.judge, MoveTimeout: chainMoveTimeout, Bond: chainBond, BondRewardBPS: game.DefaultRewardBPS}
	if e.dep, err = chain.DeployWithDisputeGame(e.ctx, e.sim.Client(), chainKey("deployer"), rules, opts...); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		c, err := chain.NewClient(e.ctx, e.sim.Client(), *e.dep, chainKey(n), opts...)
		if err != nil {
			t.Fatal(err)
		}
		e.clients[n] = c
		e.ok(t)(c.Mint(e.ctx, c.Address(), chainTok(1_000_000)))
		for _, spender := range []common.Address{e.dep.Market, e.dep.Staking, e.dep.DisputeManager, e.dep.RoundManager} {
			e.ok(t)(c.Approve(e.ctx, spender, abi.MaxUint256))
		}
	}
	if a, err := e.clients["solver"].JudgeAddress(e.ctx); err != nil || a != e.judge {
		t.Fatalf("the game's judge is %v (%v), deployed %v", a, err, e.judge)
	}
	return e
}

// mine seals the pending transactions into a block (chain.WithMine).
func (e *chainGameEnv) mine() {
	e.mineMu.Lock()
	defer e.mineMu.Unlock()
	e.sim.Commit()
}

// ok returns a checker of a transaction's result that fails t.
func (e *chainGameEnv) ok(t *testing.T) func(*types.Receipt, error) *types.Receipt {
	return func(r *types.Receipt, err error) *types.Receipt {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
}

// now is the latest block's time.
func (e *chainGameEnv) now(t *testing.T) uint64 {
	t.Helper()
	h, err := e.sim.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// advance mines an empty block d seconds after the latest (the pool may lag behind the last
// Commit, hence the retries).
func (e *chainGameEnv) advance(t *testing.T, d uint64) {
	t.Helper()
	var err error
	for range 400 {
		e.mineMu.Lock()
		err = e.sim.AdjustTime(time.Duration(d) * time.Second)
		e.mineMu.Unlock()
		if err == nil || !strings.Contains(err.Error(), "non-empty") {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// blockTime is the time of the block of a receipt.
func (e *chainGameEnv) blockTime(t *testing.T, r *types.Receipt) uint64 {
	t.Helper()
	h, err := e.sim.Client().HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// committedJob posts the job of sc with its real graph and data roots, registers its layout,
// has the solver win its one shard and commit sc's trace root. It returns the job id.
func (e *chainGameEnv) committedJob(t *testing.T, sc *chainScene) *big.Int {
	t.Helper()
	ok := e.ok(t)
	sub, sol := e.clients["submitter"], e.clients["solver"]
	id, _, err := sub.PostJob(e.ctx, contracts.JobMarketJobParams{
		SpecHash: sc.job.Hash, GraphRoot: sc.dj.GraphRoot, DataRoot: sc.dj.DataRoot, Shards: 1,
		BiddingPeriod: 2 * chainMoveTimeout, TrainingPeriod: 86400, ChallengeWindow: 86400,
		Budget: chainTok(200), StakePerShard: chainStake, VerifierFee: chainTok(10)})
	if err != nil {
		t.Fatal(err)
	}
	ok(sub.RegisterLayout(e.ctx, id, sc.layout))
	ok(sol.Bond(e.ctx, chainStake))
	ok(sol.Bid(e.ctx, id, chainTok(150)))
	e.advance(t, 2*chainMoveTimeout)
	ok(sub.FinalizeAuction(e.ctx, id))
	ok(sol.Commit(e.ctx, id, 0, common.Hash(sc.cm.TraceRoot), common.Hash(sc.cm.Hash(sc.cm.Steps()))))
	return id
}

// chainScene is one dispute's data: the solver's commitments and record of the disputed step,
// and the challenger's.
type chainScene struct {
	job        *spec.Job
	cm         *Commitments
	dj         *dispute.Job
	layout     *chain.GameLayout
	step       int
	own        *dispute.Trace // the challenger's record of the step
	solver     *dispute.Trace // the solver's (what it really computed and continued from)
	witness    game.WitnessFunc
	jobContext []byte // dispute.JudgeContext of the job
}

// newChainScene runs cheater c (the honest solver for c.name == "honest") and prepares the
// dispute of its first corrupt step as TestCheatersLoseDisputes does. wrongChallenger, if set,
// corrupts the challenger's own record (a frivolous challenger).
func newChainScene(t *testing.T, dir string, job *spec.Job, c cheater, wrongChallenger func(k int, v *tensor.Tensor)) *chainScene {
	t.Helper()
	out := filepath.Join(dir, "chain-"+c.name)
	saved := runCheater(t, job, c, out)
	step := cheatStep
	if c.name != "honest" {
		_, err := Verify(context.Background(), job, out, []Segment{{cheatStep - 1, cheatStep + 1}}, nil)
		var mm *Mismatch
		if !errors.As(err, &mm) {
			t.Fatalf("verification did not find the cheat: %v", err)
		}
		step = mm.Step
	}
	cm, err := ReadCommitments(out)
	if err != nil {
		t.Fatal(err)
	}
	honest := newTrainer(t, job)
	sc := &chainScene{job: job, cm: cm, dj: disputeJob(t, honest, cm), step: step}
	sc.own, _ = traceFrom(t, job, saved[step-1], wrongChallenger)
	var tamper func(int, *tensor.Tensor)
	if c.tamper != nil {
		tamper = c.tamper(newTrainer(t, job))
	}
	sc.solver, _ = traceFrom(t, job, saved[step-1], tamper)
	sc.solver.Post = stateRoots(t, job, saved[step])
	sc.witness = sc.dj.WitnessBuilder(sc.own, step, honest.Sample)
	if sc.jobContext, err = dispute.JudgeContext(sc.dj.DataSize, sc.dj.Batch, honest.Sampler().Seed, sc.dj.InputLens); err != nil {
		t.Fatal(err)
	}
	sc.layout = chain.NewGameLayout(sc.dj.Ops, sc.dj.NumStates, sc.dj.Steps, sc.dj.Initial, commit.Keccak256(sc.jobContext))
	if sc.layout.GraphRoot() != sc.dj.GraphRoot {
		t.Fatalf("layout's graph root %v, the listing's %v", sc.layout.GraphRoot(), sc.dj.GraphRoot)
	}
	return sc
}

// players returns fresh players of both parties (a ChallengerPlayer keeps the game's
// transcript, so the chain's game and the off-chain game each need their own).
func (sc *chainScene) players(silent game.Party) (solver, challenger game.Player) {
	solver = &game.SolverPlayer{View: sc.solver.View()}
	challenger = &game.ChallengerPlayer{View: sc.own.View(), Witness: sc.witness}
	switch silent {
	case game.Solver:
		solver = silentPlayer{}
	case game.Challenger:
		challenger = silentPlayer{}
	}
	return solver, challenger
}

// silentPlayer never moves: its party loses by timeout.
type silentPlayer struct{}

func (silentPlayer) Next(*game.Params, game.State) (game.Move, bool) { return nil, false }

// chainTx is one transaction a party sent in a game.
type chainTx struct {
	party game.Party
	move  string
	gas   uint64
}

// chainResult is one case of the gas table.
type chainResult struct {
	name         string
	winner       game.Party
	reason       game.Reason
	moves        int
	txs          []chainTx
	checkOp      int // the op whose element the Judge checked (-1: no check)
	checkPrim    tensor.Op
	checkElement int    // the element (flat index) of its output
	checkSegment string // for a segment check: "segment s of n"
	checkGas     uint64 // the gas of the judged move (check or check-partial)
	overGas      string // a transaction of the game needs more than chainTxGasTarget gas
	stuck        bool   // the chain could not afford the check at all (the game was abandoned)
}

// gas is the gas of every transaction party p sent in the game.
func (r *chainResult) gas(p game.Party) (total uint64) {
	for _, tx := range r.txs {
		if tx.party == p {
			total += tx.gas
		}
	}
	return total
}

// judged records what the Judge decides if m is a judged move accepted in state st (of the Go
// game that follows the chain's).
func (r *chainResult) judged(sc *chainScene, st game.State, m game.Move) {
	switch m := m.(type) {
	case game.CheckElement:
		l, err := commit.LayoutOf(sc.dj.Ops[st.Op].Shape)
		if err != nil {
			return
		}
		start, _ := l.ChunkRange(st.Index/l.ChunksPerRow, st.Index%l.ChunksPerRow)
		r.checkOp, r.checkElement, r.checkSegment = st.Op, start+m.Offset, ""
	case game.CheckPartial:
		r.checkOp, r.checkElement = st.Op, st.Element
		r.checkSegment = fmt.Sprintf("segment %d of %d", st.SegLo, sc.dj.Params(chainMoveTimeout, chainBond, chainStake).Ops[st.Op].Segments)
	default:
		return
	}
	r.checkPrim = sc.dj.Ops[st.Op].Op
	for i := len(r.txs) - 1; i >= 0; i-- {
		if r.txs[i].move == m.Name() {
			r.checkGas = r.txs[i].gas
			break
		}
	}
}

// largest is the game's most expensive transaction.
func (r *chainResult) largest() chainTx {
	var m chainTx
	for _, tx := range r.txs {
		if tx.gas > m.gas {
			m = tx
		}
	}
	return m
}

// playMode is how play drives the parties.
type playMode int

const (
	// turns: the test alternates the drivers' Act and advances the chain's time to the deadline
	// whenever nobody has anything to send; a Go game follows every move and must reach the
	// chain's state after each.
	turns playMode = iota
	// live: both drivers' Run loops, as two nodes would run them, concurrently (for games that
	// need no timeout); the Go game replays the accepted moves afterwards.
	live
)

// play opens a game on a committed job of sc and drives both parties (the silent one, if any,
// never moves) until it is over. It checks the chain's accepted and rejected moves and its
// states against a Go game fed the same events, the outcome against dispute.Play, and the
// payouts.
func (e *chainGameEnv) play(t *testing.T, name string, sc *chainScene, silent game.Party, want game.Party, mode playMode) *chainResult {
	t.Helper()
	ctx := e.ctx
	sol, chal := e.clients["solver"], e.clients["challenger"]
	if !e.contexts[sc.layout.Context] {
		h, _, err := sol.RegisterJudgeContext(ctx, sc.jobContext)
		if err != nil {
			t.Fatal(err)
		}
		jc, err := sol.JudgeContext(ctx, h)
		if err != nil || !jc.Registered || int(jc.DataSize) != sc.dj.DataSize || int(jc.Batch) != sc.dj.Batch {
			t.Fatalf("registered context %+v (%v)", jc, err)
		}
		if h != common.Hash(sc.layout.Context) {
			t.Fatalf("layout context %v, registered %v", sc.layout.Context, h)
		}
		e.contexts[sc.layout.Context] = true
	}
	jobID := e.committedJob(t, sc)
	params := sc.dj.Params(chainMoveTimeout, chainBond, chainStake)
	open, err := sc.dj.Open(sc.step, chainBond)
	if err != nil {
		t.Fatal(err)
	}

	// Off-chain: the game the chain must reproduce.
	s0, c0 := sc.players(silent)
	offchain, err := dispute.Play(params, sc.dj.Judge(), open, s0, c0, 1_000_000)
	if err != nil {
		t.Fatal(err)
	}

	before := e.balances(t)
	gameID, r, err := chal.OpenGame(ctx, jobID, 0, open)
	if err != nil {
		t.Fatal(err)
	}
	res := &chainResult{name: name, checkOp: -1, txs: []chainTx{{game.Challenger, "open", r.GasUsed}}}
	openEv := game.Event{Time: e.blockTime(t, r), From: game.Challenger, Move: open}
	mirror, _, err := game.New(params, sc.dj.Judge(), openEv)
	if err != nil {
		t.Fatal(err)
	}

	// Every transaction a driver sends: its gas, the element it checked, and (turns) the Go
	// game's verdict on it; live, the accepted events are kept for a replay in chain order.
	var (
		mu       sync.Mutex
		rejected int
		accepted []chainEvent
	)
	sent := func(party game.Party) func(game.Move, *types.Receipt, error) {
		return func(m game.Move, r *types.Receipt, err error) {
			t.Helper()
			mu.Lock()
			defer mu.Unlock()
			from := party
			if _, ok := m.(game.Timeout); ok {
				from = game.Nobody
			}
			if r != nil {
				res.txs = append(res.txs, chainTx{party, m.Name(), r.GasUsed})
				if r.GasUsed >= chainTxGasTarget && res.overGas == "" {
					res.overGas = fmt.Sprintf("%v's %s used %d gas", party, m.Name(), r.GasUsed)
				}
			}
			if c, ok := m.(game.CheckElement); ok && err != nil && mode == turns {
				// A check the chain refuses or cannot even estimate: is it too expensive?
				if why := e.checkTooExpensive(t, sc, gameID, mirror.State(), c); why != "" {
					res.overGas, res.stuck = why, true
					return
				}
			}
			switch {
			case err != nil && !errors.Is(err, chain.ErrRejected):
				// Not a decision of the chain: the driver's caller reports it.
			case err != nil:
				rejected++
				if mode == live {
					return
				}
				if _, gerr := mirror.Step(game.Event{Time: e.now(t), From: from, Move: m}); gerr == nil {
					t.Errorf("the chain rejected %v's %s (%v), the Go game accepted it", party, m.Name(), err)
				}
			case mode == live: // on a driver's goroutine: no t.Fatal here
				accepted = append(accepted, chainEvent{r, game.Event{From: from, Move: m}})
			default:
				res.judged(sc, mirror.State(), m)
				if _, gerr := mirror.Step(game.Event{Time: e.blockTime(t, r), From: from, Move: m}); gerr != nil {
					t.Errorf("the chain accepted %v's %s, the Go game rejected it: %v", party, m.Name(), gerr)
				}
			}
		}
	}
	sp, cp := sc.players(silent)
	drivers := []*chain.GameDriver{
		{Client: sol, Layout: sc.layout, ID: gameID, Party: game.Solver, Player: sp, Params: &params, Sent: sent(game.Solver)},
		{Client: chal, Layout: sc.layout, ID: gameID, Party: game.Challenger, Player: cp, Params: &params, Sent: sent(game.Challenger)},
	}
	wrongKey := chain.GameDriver{Client: chal, Layout: sc.layout, ID: gameID, Party: game.Solver, Player: sp, Params: &params}
	if _, err := wrongKey.Act(ctx); !errors.Is(err, chain.ErrBadGame) || !strings.Contains(err.Error(), "the driver signs as") {
		t.Errorf("a solver's driver with the challenger's key: %v", err)
	}
	readState := func() game.State {
		v, err := sol.Game(ctx, gameID)
		if err != nil {
			t.Fatal(err)
		}
		return chain.GameState(v)
	}
	var st game.State
	switch mode {
	case turns:
		var over bool
		// A check the chain cannot afford (res.stuck) ends the play: the game cannot go on as
		// in Go.
		if st, over = e.turns(t, ctx, drivers, mirror, &params, readState, func() bool { return res.stuck }); !over {
			return res
		}
	case live:
		// A verifier node that starts first waits for the solver's op trace; cancelled, its
		// loop returns the state it stands in.
		early, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
		got, err := drivers[1].Run(early, time.Millisecond)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) || got.Phase != game.PhasePostOpTrace {
			t.Fatalf("a cancelled Run returned %v in %v", err, got.Phase)
		}
		runCtx, stop := context.WithTimeout(ctx, 2*time.Minute)
		defer stop()
		var wg sync.WaitGroup
		finals := make([]game.State, len(drivers))
		errs := make([]error, len(drivers))
		for i, d := range drivers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				finals[i], errs[i] = d.Run(runCtx, time.Millisecond)
			}()
		}
		wg.Wait()
		for i := range drivers {
			if errs[i] != nil || finals[i].Phase != game.PhaseOver {
				t.Fatalf("%v's Run: %v in %v", drivers[i].Party, errs[i], finals[i].Phase)
			}
		}
		st = readState()
		if !reflect.DeepEqual(viewed(finals[0]), viewed(st)) || !reflect.DeepEqual(viewed(finals[1]), viewed(st)) {
			t.Errorf("Run's final states differ from the chain's:\nsolver     %+v\nchallenger %+v\nchain      %+v", finals[0], finals[1], st)
		}
		sort.Slice(accepted, func(i, j int) bool {
			a, b := accepted[i].r, accepted[j].r
			return a.BlockNumber.Cmp(b.BlockNumber) < 0 || (a.BlockNumber.Cmp(b.BlockNumber) == 0 && a.TransactionIndex < b.TransactionIndex)
		})
		for _, a := range accepted {
			a.ev.Time = e.blockTime(t, a.r)
			res.judged(sc, mirror.State(), a.ev.Move)
			if _, err := mirror.Step(a.ev); err != nil {
				t.Fatalf("the chain accepted %s in block %v, the Go game rejects it: %v", a.ev.Move.Name(), a.r.BlockNumber, err)
			}
		}
		e.compare(t, mirror, st)
	}
	res.winner, res.reason, res.moves = st.Winner, st.Reason, st.Moves

	// The outcome is the Go game's.
	if st.Winner != offchain.Winner || st.Reason != offchain.Reason || st.Moves != offchain.Moves || rejected != offchain.Rejected {
		t.Errorf("on chain %v wins by %v after %d moves (%d rejected); off chain %v by %v after %d moves (%d rejected)",
			st.Winner, st.Reason, st.Moves, rejected, offchain.Winner, offchain.Reason, offchain.Moves, offchain.Rejected)
	}
	if st.Winner != want {
		t.Errorf("%v won, want %v", st.Winner, want)
	}
	e.checkPayouts(t, jobID, before, e.balances(t), st.Winner)
	return res
}

// chainEvent is a move the chain accepted and its receipt (the event's time is its block's).
type chainEvent struct {
	r  *types.Receipt
	ev game.Event
}

// checkTooExpensive is called when the chain rejected a check that the Go game accepts: it
// finds the gas the check needs by replaying it with eth_call (which is not bound by the
// transaction gas cap) at growing gas limits. If the check succeeds with more gas than a
// transaction may use, it returns why; if it fails with any gas, "" (a real disagreement).
func (e *chainGameEnv) checkTooExpensive(t *testing.T, sc *chainScene, id *big.Int, st game.State, c game.CheckElement) string {
	t.Helper()
	data := chainGameABI.PackCheck(id, big.NewInt(int64(c.Offset)), st.Chunk, c.Witness)
	to := e.dep.DisputeManager
	ok := func(gas uint64) bool {
		_, err := e.sim.Client().CallContract(e.ctx, ethereum.CallMsg{From: e.clients["challenger"].Address(), To: &to, Gas: gas, Data: data}, nil)
		return err == nil
	}
	const most = 50_000_000 // the simulated node's RPC gas cap
	if !ok(most) {
		return ""
	}
	lo, hi := uint64(21_000), uint64(most) // ok(hi), !ok(lo)
	for hi-lo > 10_000 {
		if mid := lo + (hi-lo)/2; ok(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	op := sc.dj.Ops[st.Op]
	l, err := commit.LayoutOf(op.Shape)
	if err != nil {
		t.Fatal(err)
	}
	start, _ := l.ChunkRange(st.Index/l.ChunksPerRow, st.Index%l.ChunksPerRow)
	if hi <= chainTxGasTarget {
		return ""
	}
	return fmt.Sprintf("the check of op %d (%v, shape %v) element %d needs about %d gas", st.Op, op.Op, op.Shape, start+c.Offset, hi)
}

// compare fails t unless the chain's state st is the Go game's: the fields the chain's view
// holds (chain.GameState), and the revealed chunk if st has it (a driver's state).
// turns lets each driver act in turn until the game is over, advancing chain time to the
// deadline when nobody could move, and compares the Go game mirror with the chain after every
// move (and with what a driver that did not act took from the logs). stop, if not nil, is
// asked after every move; true ends the play early, and turns then reports false.
func (e *chainGameEnv) turns(t *testing.T, ctx context.Context, drivers []*chain.GameDriver, mirror *game.Game,
	params *game.Params, readState func() game.State, stop func() bool) (game.State, bool) {
	t.Helper()
	var st game.State
	for turn := 0; st.Phase != game.PhaseOver; turn++ {
		if turn > 4*game.MaxMoves(params) {
			t.Fatalf("the game did not end within %d turns", turn)
		}
		acted := false
		for _, d := range drivers {
			a, err := d.Act(ctx)
			if stop != nil && stop() {
				return st, false
			}
			if err != nil && !errors.Is(err, chain.ErrRejected) {
				t.Fatalf("%v: %v", d.Party, err)
			}
			if !a {
				e.compare(t, mirror, d.State()) // with the chunk the driver took from the logs
			}
			acted = acted || a
			if st = readState(); st.Phase == game.PhaseOver {
				break
			}
			e.compare(t, mirror, st)
		}
		if !acted && st.Phase != game.PhaseOver {
			now := e.now(t)
			if now >= st.Deadline {
				t.Fatalf("nobody acted although the %v's deadline %d has passed (now %d)", st.ToMove, st.Deadline, now)
			}
			e.advance(t, st.Deadline-now)
		}
	}
	e.compare(t, mirror, st)
	return st, true
}

func (e *chainGameEnv) compare(t *testing.T, g *game.Game, st game.State) {
	t.Helper()
	want := g.State()
	if got, w := viewed(st), viewed(want); !reflect.DeepEqual(got, w) {
		t.Fatalf("chain and Go games differ:\nchain %+v\nGo    %+v", got, w)
	}
	if len(st.Chunk) > 0 && !bytes.Equal(st.Chunk, want.Chunk) {
		t.Fatalf("the driver's chunk (%d bytes) is not the Go game's (%d bytes)", len(st.Chunk), len(want.Chunk))
	}
}

// viewed is the part of a state the chain's view of a game holds: all of it but the revealed
// chunk, and the revealed children only in the phases that read them.
func viewed(s game.State) game.State {
	s.Chunk = nil
	if s.Phase != game.PhaseChoose && s.Phase != game.PhasePick {
		s.Left, s.Right = commit.Hash{}, commit.Hash{}
	}
	return s
}

// chainBalances is what a game moves: tokens and stake of both parties and of the game contract.
type chainBalances struct {
	solverTokens, challengerTokens, gameTokens *big.Int
	solverStake, challengerStake               contracts.AccountOfOutput
}

// balances reads what a game moves.
func (e *chainGameEnv) balances(t *testing.T) chainBalances {
	t.Helper()
	c := e.clients["solver"]
	sol, chal := e.clients["solver"].Address(), e.clients["challenger"].Address()
	var (
		b    chainBalances
		errs [5]error
	)
	b.solverTokens, errs[0] = c.TokenBalance(e.ctx, sol)
	b.challengerTokens, errs[1] = c.TokenBalance(e.ctx, chal)
	b.gameTokens, errs[2] = c.TokenBalance(e.ctx, e.dep.DisputeManager)
	b.solverStake, errs[3] = c.Stake(e.ctx, sol)
	b.challengerStake, errs[4] = c.Stake(e.ctx, chal)
	if err := errors.Join(errs[:]...); err != nil {
		t.Fatal(err)
	}
	return b
}

// checkPayouts checks docs/dispute-game.md section 5 through the market: a losing solver's shard
// stake is slashed, half of it credited to the challenger's bonded stake, and the bond is
// refunded; a losing challenger's bond is split between the solver and the game's burn.
func (e *chainGameEnv) checkPayouts(t *testing.T, jobID *big.Int, b, a chainBalances, winner game.Party) {
	t.Helper()
	diff := func(x, y *big.Int) *big.Int { return new(big.Int).Sub(y, x) }
	half := func(x *big.Int) *big.Int { return new(big.Int).Div(x, big.NewInt(2)) }
	zero := new(big.Int)
	type check struct {
		what      string
		got, want *big.Int
	}
	var cs []check
	switch winner {
	case game.Challenger:
		cs = []check{
			{"solver's bonded stake", diff(b.solverStake.Bonded, a.solverStake.Bonded), new(big.Int).Neg(chainStake)},
			{"solver's locked stake", diff(b.solverStake.Locked, a.solverStake.Locked), new(big.Int).Neg(chainStake)},
			{"challenger's bonded stake", diff(b.challengerStake.Bonded, a.challengerStake.Bonded), half(chainStake)},
			{"challenger's tokens (bond refunded)", diff(b.challengerTokens, a.challengerTokens), zero},
			{"solver's tokens", diff(b.solverTokens, a.solverTokens), zero},
			{"game's tokens", diff(b.gameTokens, a.gameTokens), zero},
		}
		if sh, err := e.clients["solver"].Shard(e.ctx, jobID, 0); err != nil || sh.State != 4 { // refunded: no reserve bid
			t.Errorf("shard after the slash: %+v %v", sh, err)
		}
	default:
		cs = []check{
			{"solver's bonded stake", diff(b.solverStake.Bonded, a.solverStake.Bonded), zero},
			{"challenger's bonded stake", diff(b.challengerStake.Bonded, a.challengerStake.Bonded), zero},
			{"challenger's tokens (bond forfeited)", diff(b.challengerTokens, a.challengerTokens), new(big.Int).Neg(chainBond)},
			{"solver's tokens (half the bond)", diff(b.solverTokens, a.solverTokens), half(chainBond)},
			{"game's tokens (the burnt half)", diff(b.gameTokens, a.gameTokens), new(big.Int).Sub(chainBond, half(chainBond))},
		}
	}
	for _, c := range cs {
		if c.got.Cmp(c.want) != 0 {
			t.Errorf("%s changed by %v, want %v", c.what, c.got, c.want)
		}
	}
}

// chainShort are the cheaters played with -short: one game of each ending (a state read that
// cannot be tied to h_{t-1}, an element the Judge finds wrong, a segment of a long sum the Judge
// finds wrong, a slot of h_t without a proof).
var chainShort = map[string]bool{"one altered weight": true, "wrong data sample": true, "reordered reduction": true,
	"wrong commitment": true}

// TestCheatersLoseDisputesOnChain plays the dispute against every cheater of the catalogue on
// the simulated chain with the real Judge, then an honest solver against a frivolous challenger,
// a silent solver and a silent challenger, and logs the gas of every case.
func TestCheatersLoseDisputesOnChain(t *testing.T) {
	dir := t.TempDir()
	job := cheatJob(t, dir)
	e := newChainGameEnv(t)
	var results []*chainResult
	record := func(t *testing.T, r *chainResult) {
		results = append(results, r)
		if r.overGas != "" {
			t.Errorf("a transaction of the game exceeds %d gas (%s; check of op %d %v element %d)",
				chainTxGasTarget, r.overGas, r.checkOp, r.checkPrim, r.checkElement)
		}
	}
	scenes := map[string]*chainScene{}
	for _, c := range cheaters {
		t.Run(c.name, func(t *testing.T) {
			if testing.Short() && !chainShort[c.name] {
				t.Skip("-short: the cheaters of chainShort only (about 30 s under -race for all)")
			}
			sc := newChainScene(t, dir, job, c, nil)
			scenes[c.name] = sc
			record(t, e.play(t, c.name, sc, game.Nobody, game.Challenger, turns))
		})
	}
	honest := cheater{name: "honest"}
	t.Run("frivolous challenger", func(t *testing.T) {
		// The challenger's record of the step is off by one element of one matmul's output.
		listing, err := newTrainer(t, job).Listing()
		if err != nil {
			t.Fatal(err)
		}
		sc := newChainScene(t, dir, job, honest, func(k int, v *tensor.Tensor) {
			if listing.Ops[k].Op == tensor.OpMatMulABT {
				v.Data[0] += 1
			}
		})
		record(t, e.play(t, "frivolous challenger", sc, game.Nobody, game.Solver, turns))
	})
	t.Run("frivolous splitter", func(t *testing.T) {
		// The challenger's record is one ulp off in the longest gradient sum: it splits the sum
		// and loses the segment check.
		sc := newChainScene(t, dir, job, honest, splitterRecord(newTrainer(t, job)))
		record(t, e.play(t, "frivolous splitter", sc, game.Nobody, game.Solver, turns))
	})
	t.Run("silent solver", func(t *testing.T) {
		sc := scenes["one altered weight"]
		if sc == nil {
			t.Skip("needs the run of the cheater \"one altered weight\"")
		}
		record(t, e.play(t, "silent solver", sc, game.Solver, game.Challenger, turns))
	})
	t.Run("live drivers", func(t *testing.T) {
		// Both parties' Run loops at once, as a verifier's and a solver's node run them.
		sc := scenes["wrong data sample"]
		if sc == nil {
			t.Skip("needs the run of the cheater \"wrong data sample\"")
		}
		record(t, e.play(t, "live drivers", sc, game.Nobody, game.Challenger, live))
	})
	t.Run("silent challenger", func(t *testing.T) {
		sc := scenes["wrong data sample"]
		if sc == nil {
			t.Skip("needs the run of the cheater \"wrong data sample\"")
		}
		record(t, e.play(t, "silent challenger", sc, game.Challenger, game.Solver, turns))
	})

	logChainResults(t, "dispute games on chain with the real Judge", results)
}

// logChainResults logs the outcome and gas of every game.
func logChainResults(t *testing.T, title string, results []*chainResult) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (target: every transaction under %d gas):\n", title, chainTxGasTarget)
	fmt.Fprintf(&b, "%-22s %-10s %-13s %5s %10s %10s %10s %10s %10s  %s\n",
		"case", "winner", "reason", "moves", "solver", "challenger", "total", "largest", "check", "checked element")
	for _, r := range results {
		l := r.largest()
		check := "-"
		if r.checkOp >= 0 {
			check = fmt.Sprintf("op %d (%v) element %d", r.checkOp, r.checkPrim, r.checkElement)
			if r.checkSegment != "" {
				check += ", " + r.checkSegment
			}
		}
		if r.overGas != "" {
			check += "; OVER THE GAS TARGET: " + r.overGas
		}
		fmt.Fprintf(&b, "%-22s %-10v %-13v %5d %10d %10d %10d %10d %10d  %s (largest: the %v's %s)\n", r.name, r.winner, r.reason, r.moves,
			r.gas(game.Solver), r.gas(game.Challenger), r.gas(game.Solver)+r.gas(game.Challenger), l.gas, r.checkGas, check, l.party, l.move)
	}
	t.Log(b.String())
}

// TestReferenceDisputesOnChain plays disputes on the two reference examples (mnist-mlp and
// char-gpt as they ship, run for 12 steps with a checkpoint every 4) on the simulated chain with
// the real Judge: a wrong data sample (an element check), a reordered reduction (the
// partial-sum bisection over the example's longest gradient sum) and a frivolous splitter, and
// logs the gas of each (the target: every transaction of the worst dispute of the
// reference examples under 10M gas).
func TestReferenceDisputesOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the reference examples take a few seconds each")
	}
	e := newChainGameEnv(t)
	var results []*chainResult
	for _, ex := range []string{"mnist-mlp", "char-gpt"} {
		job, err := spec.ParseFile("../../examples/" + ex + ".toml")
		if err != nil {
			t.Fatal(err)
		}
		job.Train.Steps, job.Train.CheckpointEvery = cheatSteps, cheatEvery
		dir := t.TempDir()
		for _, c := range cheaters {
			if c.name != "wrong data sample" && c.name != "reordered reduction" {
				continue
			}
			t.Run(ex+"/"+c.name, func(t *testing.T) {
				r := e.play(t, ex+" "+c.name, newChainScene(t, dir, job, c, nil), game.Nobody, game.Challenger, turns)
				results = append(results, r)
				if r.overGas != "" {
					t.Errorf("a transaction exceeds %d gas: %s", chainTxGasTarget, r.overGas)
				}
			})
		}
		t.Run(ex+"/frivolous splitter", func(t *testing.T) {
			sc := newChainScene(t, dir, job, cheater{name: "honest"}, splitterRecord(newTrainer(t, job)))
			r := e.play(t, ex+" frivolous splitter", sc, game.Nobody, game.Solver, turns)
			results = append(results, r)
			if r.overGas != "" {
				t.Errorf("a transaction exceeds %d gas: %s", chainTxGasTarget, r.overGas)
			}
		})
	}
	logChainResults(t, "disputes of the reference examples on chain with the real Judge", results)
}

// TestOuterStepDisputesOnChain plays the outer step's disputes of TestOuterStepDisputes on the
// simulated chain against the real Judge: the outer step of a round is posted as a job whose
// graph is the outer step program (one step, no data), an aggregator commits h_before → h_after,
// and the game's element check runs in Judge.sol. A wrong aggregate is slashed; an honest one
// beats a frivolous challenger.
func TestOuterStepDisputesOnChain(t *testing.T) {
	job, l, numStates, h0, cases := outerDisputes(t)
	e := newChainGameEnv(t)
	jobContext, err := dispute.JudgeContext(1, 1, job.Seed, []int{1})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h1 := commit.StateRoot(c.solver.Post)
			dj := outerDisputeJob(l, numStates, h0, h1)
			own := recordTrace(c.challenger)
			sc := &chainScene{job: job, dj: dj, step: 1, own: own, solver: recordTrace(c.solver),
				cm:         &Commitments{TraceRoot: dj.TraceRoot, Initial: h0, StepHashes: []commit.Hash{h1}},
				witness:    dj.WitnessBuilder(own, 1, noSample),
				jobContext: jobContext,
				layout:     chain.NewGameLayout(dj.Ops, dj.NumStates, 1, h0, commit.Keccak256(jobContext))}
			r := e.play(t, c.name, sc, game.Nobody, c.winner, turns)
			t.Logf("%s on chain: the %v wins by %v after %d moves; largest transaction %s %d gas", c.name, r.winner, r.reason, r.moves, r.largest().move, r.largest().gas)
		})
	}
}
