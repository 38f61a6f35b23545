package chain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/game"
	"veritrain/internal/proof"
	"veritrain/internal/tensor"
)

// gameTestWorld is a one-slot step: op 0 reads slot 0 (2 values), op 1 computes 2 values that
// become slot 0. The solver flips a bit of op 1's element 1 when cheat is set.
type gameTestWorld struct {
	layout        *GameLayout
	params        game.Params
	truth, solver *game.View
	hs            []commit.Hash // the solver's h_0..h_2
}

func newGameTestWorld(cheat bool, rules GameRules) *gameTestWorld {
	ops := []autograd.OpDesc{
		{Op: tensor.OpState, Shape: []int{2}, Slot: 0, Next: 1},
		{Op: tensor.OpNeg, Shape: []int{2}, In: []int{0}, Next: -1},
	}
	w := &gameTestWorld{layout: NewGameLayout(ops, 1, 2, commit.Hash{}, commit.Keccak256([]byte("context")))}
	chunk := func(v []uint32) []byte {
		var b []byte
		for _, x := range v {
			b = binary.LittleEndian.AppendUint32(b, x)
		}
		return b
	}
	view := func(out []uint32) *game.View {
		vals := [][]byte{chunk([]uint32{0x3f800000, 0x40000000}), chunk(out)}
		roots := []commit.Hash{commit.LeafHash(vals[0]), commit.LeafHash(vals[1])}
		return &game.View{OpRoots: roots, Prev: roots[:1], Post: roots[1:], Chunk: func(op, leaf int) []byte {
			if op < 0 || op > 1 || leaf != 0 {
				return nil
			}
			return vals[op]
		}}
	}
	w.truth = view([]uint32{0xbf800000, 0xc0000000})
	w.solver = w.truth
	if cheat {
		w.solver = view([]uint32{0xbf800000, 0xc0000001})
	}
	w.hs = []commit.Hash{commit.Keccak256([]byte("h0")), commit.StateRoot(w.truth.Prev), commit.StateRoot(w.solver.Post)}
	w.layout.H0 = w.hs[0]
	w.params = game.Params{TraceRoot: commit.TraceRoot(w.hs[1:]), Steps: 2, InitialState: w.hs[0], StateSlots: 1,
		Ops:     []game.Op{{Kind: game.OpStateRead, Slot: 0, Shape: []int{2}}, {Kind: game.OpCompute, Shape: []int{2}}},
		Updates: w.layout.Updates, MoveTimeout: rules.MoveTimeout, Bond: rules.Bond, Stake: tok(50),
		StakeRewardBPS: 5_000, BondRewardBPS: rules.BondRewardBPS}
	return w
}

// open is the challenger's open of step 2.
func (w *gameTestWorld) open() game.Open {
	o := game.Open{Step: 2, Prev: w.hs[1], Cur: w.hs[2], Bond: w.params.Bond}
	o.PrevProof, _ = commit.TraceProof(w.hs[1:], 1)
	o.CurProof, _ = commit.TraceProof(w.hs[1:], 2)
	return o
}

// mockVerdict is MockJudge's witness (contracts/test/MockJudge.sol): verdict 1 right, 2 wrong.
func mockVerdict(v byte) []byte {
	w := make([]byte, 64)
	w[31] = v
	return w
}

var mockJudge = game.JudgeFunc(func(_ game.ElementClaim, w []byte) (bool, error) {
	if len(w) == 64 && (w[31] == 1 || w[31] == 2) {
		return w[31] == 1, nil
	}
	return false, errors.New("malformed")
})

type gameEnv struct {
	t       *testing.T
	ctx     context.Context
	sim     *simulated.Backend
	dep     *Deployment
	clients map[string]*Client
	rules   GameRules
}

func newGameEnv(t *testing.T) *gameEnv {
	t.Helper()
	ctx := context.Background()
	alloc := types.GenesisAlloc{}
	keys := map[string]*ecdsa.PrivateKey{}
	for _, n := range []string{"deployer", "submitter", "solver", "challenger", "keeper"} {
		keys[n] = testKey(n)
		alloc[crypto.PubkeyToAddress(keys[n].PublicKey)] = types.Account{Balance: tok(1000)}
	}
	cfg := OsakaConfig()
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
		func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = cfg })
	t.Cleanup(func() { sim.Close() })
	if err := sim.AdjustTime(1000 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	opts := []Option{WithMine(func() { sim.Commit() }), WithPollInterval(2 * time.Millisecond)}
	// The Judge: MockJudge from the embedded artifacts.
	mj, err := contracts.LoadArtifact("MockJudge")
	if err != nil {
		t.Fatal(err)
	}
	dc := &Client{b: sim.Client(), cfg: newConfig(opts), key: keys["deployer"],
		opts: bind.NewKeyedTransactor(keys["deployer"], big.NewInt(1337)), from: crypto.PubkeyToAddress(keys["deployer"].PublicKey)}
	judge, _, err := dc.deploy(ctx, "MockJudge", hexutil.Encode(mj.Bytecode), nil)
	if err != nil {
		t.Fatal(err)
	}
	e := &gameEnv{t: t, ctx: ctx, sim: sim, clients: map[string]*Client{},
		rules: GameRules{Judge: judge, MoveTimeout: 600, Bond: tok(20), BondRewardBPS: 5_000}}
	if e.dep, err = DeployWithDisputeGame(ctx, sim.Client(), keys["deployer"], e.rules, opts...); err != nil {
		t.Fatal(err)
	}
	for n, k := range keys {
		if e.clients[n], err = NewClient(ctx, sim.Client(), *e.dep, k, opts...); err != nil {
			t.Fatal(err)
		}
		c := e.clients[n]
		for _, f := range []func() (*types.Receipt, error){
			func() (*types.Receipt, error) { return c.Mint(ctx, c.Address(), tok(1000)) },
			func() (*types.Receipt, error) { return c.Approve(ctx, e.dep.Market, abi.MaxUint256) },
			func() (*types.Receipt, error) { return c.Approve(ctx, e.dep.Staking, abi.MaxUint256) },
			func() (*types.Receipt, error) { return c.Approve(ctx, e.dep.DisputeManager, abi.MaxUint256) },
		} {
			if _, err := f(); err != nil {
				t.Fatal(err)
			}
		}
	}
	return e
}

// advance moves chain time forward (one empty block); the pool may lag behind the last Commit.
func (e *gameEnv) advance(d time.Duration) {
	e.t.Helper()
	var err error
	for range 400 {
		if err = e.sim.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty") {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err != nil {
		e.t.Fatal(err)
	}
}

func (e *gameEnv) ok(r *types.Receipt, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

func (e *gameEnv) blockTime(r *types.Receipt) uint64 {
	e.t.Helper()
	h, err := e.sim.Client().HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// committedJob posts a job for w, registers its layout, has the solver win it and commit.
func (e *gameEnv) committedJob(w *gameTestWorld) *big.Int {
	e.t.Helper()
	sub, sol := e.clients["submitter"], e.clients["solver"]
	id, _, err := sub.PostJob(e.ctx, contracts.JobMarketJobParams{
		SpecHash: crypto.Keccak256Hash([]byte("spec")), GraphRoot: common.Hash(w.layout.GraphRoot()), DataRoot: crypto.Keccak256Hash([]byte("data")),
		Shards: 1, BiddingPeriod: 3600, TrainingPeriod: 86400, ChallengeWindow: 3600, Budget: tok(100), StakePerShard: tok(50), VerifierFee: tok(10)})
	if err != nil {
		e.t.Fatal(err)
	}
	e.ok(sub.RegisterLayout(e.ctx, id, w.layout))
	e.ok(sol.Bond(e.ctx, tok(50)))
	e.ok(sol.Bid(e.ctx, id, tok(60)))
	e.advance(time.Hour)
	e.ok(e.clients["keeper"].FinalizeAuction(e.ctx, id))
	e.ok(sol.Commit(e.ctx, id, 0, common.Hash(w.params.TraceRoot), crypto.Keccak256Hash([]byte("final"))))
	return id
}

// A whole game through the client: the challenger opens, both parties send every move with
// Client.Move (which attaches the descriptors and proofs the contract needs), the chain's game
// matches game.Game after every move, and the cheating solver is slashed. Then a silent solver
// is timed out by a keeper. Refusals come back as decoded custom errors.
func TestClientDisputeGame(t *testing.T) {
	e := newGameEnv(t)
	ctx := e.ctx
	chal, sol, keeper := e.clients["challenger"], e.clients["solver"], e.clients["keeper"]
	w := newGameTestWorld(true, e.rules)
	id := e.committedJob(w)
	lay, err := keeper.JobLayout(ctx, id)
	if err != nil || !lay.Registered || lay.NumOps != 2 || lay.UpdatesRoot != w.layout.UpdatesRoot() {
		t.Fatalf("layout %+v %v", lay, err)
	}
	if _, err := e.clients["submitter"].RegisterLayout(ctx, id, w.layout); RevertName(err) != "WrongJobState" {
		t.Fatalf("second registration: %v", err)
	}
	if _, _, err := sol.OpenGame(ctx, id, 0, w.open()); RevertName(err) != "SelfChallenge" {
		t.Fatalf("solver opens: %v", err)
	}
	gid, g, players, clients := e.openMockGame(t, id, w)
	if _, err := chal.PostOpTrace(ctx, gid, common.Hash(w.solver.OpTraceRoot())); RevertName(err) != "NotYourTurn" {
		t.Fatalf("challenger posts: %v", err)
	}
	for !g.Over() {
		st := g.State()
		m, ok := players[st.ToMove].Next(&w.params, st)
		if !ok {
			t.Fatalf("%v has no move in %v", st.ToMove, st.Phase)
		}
		r, err := clients[st.ToMove].Move(ctx, gid, w.layout, st, m)
		if err != nil {
			t.Fatalf("%v %s: %v", st.ToMove, m.Name(), err)
		}
		if _, err := g.Step(game.Event{Time: e.blockTime(r), From: st.ToMove, Move: m}); err != nil {
			t.Fatalf("Go refused %s: %v", m.Name(), err)
		}
		v, err := keeper.Game(ctx, gid)
		if err != nil {
			t.Fatal(err)
		}
		got, want := GameState(v), g.State()
		want.Chunk = nil
		if got.Phase != game.PhaseChoose && got.Phase != game.PhasePick {
			want.Left, want.Right = commit.Hash{}, commit.Hash{}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after %s:\nchain %+v\nGo    %+v", m.Name(), got, want)
		}
	}
	if st := g.State(); st.Winner != game.Challenger || st.Reason != game.ReasonElementWrong {
		t.Fatalf("outcome %v %v", st.Winner, st.Reason)
	}
	if sh, _ := keeper.Shard(ctx, id, 0); sh.State != 4 { // refunded: no reserve
		t.Fatalf("shard %+v", sh)
	}
	if s, _ := keeper.Stake(ctx, chal.Address()); s.Bonded.Cmp(tok(25)) != 0 {
		t.Fatalf("challenger's stake %v", s.Bonded)
	}

	// A silent solver: the keeper times the game out once the deadline has passed.
	w2 := newGameTestWorld(false, e.rules)
	id2 := e.committedJob(w2)
	gid2, _, err := chal.OpenGame(ctx, id2, 0, w2.open())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := keeper.TimeoutGame(ctx, gid2); RevertName(err) != "TooEarly" {
		t.Fatalf("early timeout: %v", err)
	}
	e.advance(time.Duration(e.rules.MoveTimeout) * time.Second)
	e.ok(keeper.TimeoutGame(ctx, gid2))
	v, _ := keeper.Game(ctx, gid2)
	if st := GameState(v); st.Winner != game.Challenger || st.Reason != game.ReasonTimeout || st.Moves != 2 {
		t.Fatalf("timeout: %+v", st)
	}
	if n, _ := keeper.GameCount(ctx); n.Int64() != 2 {
		t.Fatalf("games %v", n)
	}
	if _, err := keeper.EndMoot(ctx, gid2); RevertName(err) != "GameIsOver" {
		t.Fatalf("endMoot: %v", err)
	}
	if _, err := keeper.ClaimGamePayment(ctx); RevertName(err) != "NothingToClaim" {
		t.Fatalf("claim: %v", err)
	}
}

// DeployWithDisputeGame wires the game as the market's and Staking's dispute manager and links
// it to the market; Deploy keeps taking an EOA as dispute manager (WithDisputeManager).
func TestDeployWithDisputeGame(t *testing.T) {
	e := newGameEnv(t)
	c := e.clients["keeper"]
	mdm, err := call(e.ctx, c.mkt, marketABI.PackDisputeManager(), marketABI.UnpackDisputeManager, "disputeManager")
	if err != nil || mdm != e.dep.DisputeManager {
		t.Fatalf("market's dispute manager %v (%v), deployment %v", mdm, err, e.dep.DisputeManager)
	}
	sdm, err := call(e.ctx, c.stk, stakingABI.PackDisputeManager(), stakingABI.UnpackDisputeManager, "disputeManager")
	if err != nil || sdm != e.dep.DisputeManager {
		t.Fatalf("staking's dispute manager %v (%v)", sdm, err)
	}
	market, err := call(e.ctx, c.game(), gameABI.PackMarket(), gameABI.UnpackMarket, "market")
	if err != nil || market != e.dep.Market {
		t.Fatalf("game's market %v %v", market, err)
	}
	if _, err := e.clients["deployer"].transact(e.ctx, c.game(), gameABI.PackInitialize(e.dep.Market), "initialize"); RevertName(err) != "AlreadyInitialized" {
		t.Fatalf("second initialize: %v", err)
	}
	if e.dep.DisputeManager == (common.Address{}) || e.dep.DisputeManager == e.clients["deployer"].Address() {
		t.Fatalf("deployment %+v", e.dep)
	}
}

// newPartialTestWorld is a step with a long reduction: op 0 reads slot 0 ([2,70]), op 1 reads
// slot 1 ([2,1]), op 2 sums op 0 to [2,1] (70 terms: 5 segments of the partial-sum bisection) and
// becomes slot 1. The layout is built from the real descriptors (NewGameLayout), so the contract
// learns the reduction's length from them; Go's Params carry proof.Segments of it. The solver's
// element 1 of op 2 is wrong when cheat is set, and so are its partial sums after segment 2.
func newPartialTestWorld(cheat bool, rules GameRules) *gameTestWorld {
	ops := []autograd.OpDesc{
		{Op: tensor.OpState, Shape: []int{2, 70}, Slot: 0, Next: -1},
		{Op: tensor.OpState, Shape: []int{2, 1}, Slot: 1, Next: 2},
		{Op: tensor.OpSum, Shape: []int{2, 1}, In: []int{0}, Next: -1},
	}
	segs := proof.Segments(tensor.ReductionLen(tensor.OpSum, ops[2].Shape, [][]int{ops[0].Shape}))
	w := &gameTestWorld{layout: NewGameLayout(ops, 2, 2, commit.Hash{}, commit.Keccak256([]byte("context")))}
	chunk := func(v []uint32) []byte {
		var b []byte
		for _, x := range v {
			b = binary.LittleEndian.AppendUint32(b, x)
		}
		return b
	}
	in := make([]uint32, 140)
	for i := range in {
		in[i] = 0x3f800000 + uint32(i)
	}
	truth := []uint32{0x42000000, 0x42100000}
	view := func(out []uint32, bad int) *game.View {
		vals := [][][]byte{{chunk(in[:70]), chunk(in[70:])}, {chunk([]uint32{0x41000000, 0x41100000})}, {chunk(out[:1]), chunk(out[1:])}}
		roots := make([]commit.Hash, 3)
		for k, leaves := range vals {
			h := make([]commit.Hash, len(leaves))
			for i, b := range leaves {
				h[i] = commit.LeafHash(b)
			}
			roots[k] = commit.NewTree(h).Root()
		}
		return &game.View{OpRoots: roots, Prev: roots[:2], Post: []commit.Hash{roots[0], roots[2]},
			Chunk: func(op, leaf int) []byte {
				if op < 0 || op > 2 || leaf < 0 || leaf >= len(vals[op]) {
					return nil
				}
				return vals[op][leaf]
			},
			Partial: func(op, e, b int) (uint32, bool) {
				if op != 2 || e < 0 || e > 1 || b < 0 || b > segs {
					return 0, false
				}
				switch {
				case b == 0:
					return 0, true
				case b == segs:
					return out[e], true
				case e == 1 && b > bad:
					return 0x40000000 + uint32(b) + 1, true
				}
				return 0x40000000 + uint32(b), true
			}}
	}
	w.truth = view(truth, segs)
	w.solver = w.truth
	if cheat {
		w.solver = view([]uint32{truth[0], truth[1] ^ 1}, 2)
	}
	w.hs = []commit.Hash{commit.Keccak256([]byte("h0")), commit.StateRoot(w.truth.Prev), commit.StateRoot(w.solver.Post)}
	w.layout.H0 = w.hs[0]
	w.params = game.Params{TraceRoot: commit.TraceRoot(w.hs[1:]), Steps: 2, InitialState: w.hs[0], StateSlots: 2,
		Ops: []game.Op{{Kind: game.OpStateRead, Slot: 0, Shape: []int{2, 70}}, {Kind: game.OpStateRead, Slot: 1, Shape: []int{2, 1}},
			{Kind: game.OpCompute, Shape: []int{2, 1}, Segments: segs}},
		Updates: w.layout.Updates, MoveTimeout: rules.MoveTimeout, Bond: rules.Bond, Stake: tok(50),
		StakeRewardBPS: 5_000, BondRewardBPS: rules.BondRewardBPS}
	return w
}

// openMockGame opens a game on job id's shard 0 with the challenger's open of world w and
// returns its id, the same game in Go (judged by mockJudge), the players (the challenger's
// witness asks MockJudge for "solver wrong") and the clients of both parties.
func (e *gameEnv) openMockGame(t *testing.T, id *big.Int, w *gameTestWorld) (*big.Int, *game.Game, map[game.Party]game.Player, map[game.Party]*Client) {
	t.Helper()
	chal, sol := e.clients["challenger"], e.clients["solver"]
	gid, r, err := chal.OpenGame(e.ctx, id, 0, w.open())
	if err != nil {
		t.Fatal(err)
	}
	g, _, err := game.New(w.params, mockJudge, game.Event{Time: e.blockTime(r), From: game.Challenger, Move: w.open()})
	if err != nil {
		t.Fatal(err)
	}
	players := map[game.Party]game.Player{
		game.Solver: &game.SolverPlayer{View: w.solver},
		game.Challenger: &game.ChallengerPlayer{View: w.truth, Witness: func(game.State, int, func(game.NodeKey) commit.Hash) ([]byte, error) {
			return mockVerdict(2), nil
		}},
	}
	return gid, g, players, map[game.Party]*Client{game.Solver: sol, game.Challenger: chal}
}

// A game through the partial-sum bisection with the client: the honest challenger splits the
// cheater's element (Client.Move attaches the chunk and the descriptors, GameLayout.SplitData),
// follows the partial sums to segment 2 and has the Judge decide it; the chain's game matches
// game.Game after every move, the new fields included. The client's refusals in the new phases
// come back as the contract's errors.
func TestClientDisputeGamePartial(t *testing.T) {
	e := newGameEnv(t)
	ctx := e.ctx
	chal, sol, keeper := e.clients["challenger"], e.clients["solver"], e.clients["keeper"]
	w := newPartialTestWorld(true, e.rules)
	if w.params.Ops[2].Segments != 5 || w.layout.Updates[1] != 2 {
		t.Fatalf("segments %d, updates %v", w.params.Ops[2].Segments, w.layout.Updates)
	}
	id := e.committedJob(w)
	gid, g, players, clients := e.openMockGame(t, id, w)
	var moves []string
	for !g.Over() {
		st := g.State()
		switch st.Phase {
		case game.PhaseCheckElement:
			if _, err := chal.Split(ctx, gid, 0, st.Chunk, nil, nil, nil, nil); RevertName(err) != "BadDescriptor" {
				t.Fatalf("split without descriptors: %v", err)
			}
			if _, err := sol.RevealPartial(ctx, gid, 1); RevertName(err) != "NotYourTurn" {
				t.Fatalf("partial sum in check-element: %v", err)
			}
		case game.PhaseRevealPartial:
			if _, err := sol.CheckPartial(ctx, gid, mockVerdict(2)); RevertName(err) != "WrongPhase" {
				t.Fatalf("segment check by the solver: %v", err)
			}
		case game.PhasePick:
			if st.Tree == game.TreePartial {
				if _, err := chal.Pick(ctx, gid, game.Left, w.layout.Ops[2], nil); RevertName(err) != "UnexpectedData" {
					t.Fatalf("partial pick with data: %v", err)
				}
			}
		case game.PhaseCheckPartial:
			// MockJudge's Malformed() comes back as the call's revert data (named like the
			// Judge's error of the same signature).
			if _, err := chal.CheckPartial(ctx, gid, mockVerdict(0)); RevertName(err) != "Malformed" {
				t.Fatalf("malformed segment witness: %v", err)
			}
		}
		m, ok := players[st.ToMove].Next(&w.params, st)
		if !ok {
			t.Fatalf("%v has no move in %v", st.ToMove, st.Phase)
		}
		r, err := clients[st.ToMove].Move(ctx, gid, w.layout, st, m)
		if err != nil {
			t.Fatalf("%v %s: %v", st.ToMove, m.Name(), err)
		}
		if _, err := g.Step(game.Event{Time: e.blockTime(r), From: st.ToMove, Move: m}); err != nil {
			t.Fatalf("Go refused %s: %v", m.Name(), err)
		}
		moves = append(moves, m.Name())
		v, err := keeper.Game(ctx, gid)
		if err != nil {
			t.Fatal(err)
		}
		got, want := GameState(v), g.State()
		want.Chunk = nil
		if got.Phase != game.PhaseChoose && got.Phase != game.PhasePick {
			want.Left, want.Right = commit.Hash{}, commit.Hash{}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after %s:\nchain %+v\nGo    %+v", m.Name(), got, want)
		}
	}
	st := g.State()
	if st.Winner != game.Challenger || st.Reason != game.ReasonElementWrong || st.Tree != game.TreePartial ||
		st.Element != 1 || st.SegLo != 2 || st.SegHi != 3 {
		t.Fatalf("outcome %v %v tree %v element %d [%d, %d)", st.Winner, st.Reason, st.Tree, st.Element, st.SegLo, st.SegHi)
	}
	if !slices.Contains(moves, "split") || !slices.Contains(moves, "partial") || !slices.Contains(moves, "check-partial") {
		t.Fatalf("moves %v", moves)
	}
	if sh, _ := keeper.Shard(ctx, id, 0); sh.State != 4 {
		t.Fatalf("shard %+v", sh)
	}

	// SplitData: op 2's descriptor and its operand's (op 0), with their proofs; nothing for an op
	// without operands.
	od, op, in, ip := w.layout.SplitData(game.State{Op: 2})
	d0, p0 := w.layout.OpProof(0)
	if !bytes.Equal(od, w.layout.Ops[2]) || len(op) != 2 || !bytes.Equal(in, d0) || !slices.Equal(ip, p0) {
		t.Fatalf("SplitData: %x %v %x %v", od, op, in, ip)
	}
	if od, _, in, _ := w.layout.SplitData(game.State{Op: 0}); od != nil || in != nil {
		t.Fatal("SplitData of a state read")
	}
	if od, _, _, _ := w.layout.SplitData(game.State{Op: -1}); od != nil {
		t.Fatal("SplitData without an op")
	}
}
