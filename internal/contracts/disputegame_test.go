package contracts

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/gethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/game"
	"veritrain/internal/tensor"
)

// Tests of DisputeGame.sol: every game of internal/game's scenario scripts and simulated worlds
// (testdata/chain/transcripts.json, recorded by internal/game's TestChainTranscripts) is replayed
// event by event against the contract and against game.Game side by side; both must accept and
// reject the same events, reach the same state after every accepted one and pay the same amounts.
// Then whole market lifecycles, the refusals, moot games and the gas of each move.

const (
	dgDisputeTimeout = 365 * 24 * time.Hour // the market's longest; games here are far shorter
	dgTxGas          = 16_000_000           // fixed gas of a move (the Osaka per-transaction cap is 2^24)
	dgStakeRewardBPS = 5_000                // JobMarket.DISPUTE_REWARD_BPS
)

// dgNone is DisputeGame's "no op / no slot yet".
const dgNone = ^uint64(0)

// ---------------------------------------------------------------- environment

// dgRules are a DisputeGame deployment's rules.
type dgRules struct {
	timeout uint64
	bond    *big.Int
	bondBPS uint64
}

// dgEnv is a chain with TestToken, Staking, JobMarket, a MockJudge, a DisputeGame that is the
// market's dispute manager and a RoundGame (same rules) that is its round manager.
type dgEnv struct {
	*env
	rules     dgRules
	dg        *DisputeGame
	dgAddr    common.Address
	dgC       *bind.BoundContract
	rg        *RoundGame
	rgAddr    common.Address
	rgC       *bind.BoundContract
	judgeAddr common.Address
	claimArgs abi.Arguments // abi.encode(ElementClaim)
	partArgs  abi.Arguments // abi.encode(ElementClaim, uint256 segment, uint32 start)
	gc        *gethclient.Client

	gas     map[string][]uint64 // gas of accepted moves, by move name
	gameGas []uint64            // gas of whole games (every accepted move, the open included)
	context common.Hash         // the context every job registers
	dataRt  common.Hash
}

func newDGEnv(t testing.TB, r dgRules) *dgEnv {
	t.Helper()
	e := newBareEnv(t, 3)
	d := &dgEnv{env: e, rules: r, dg: NewDisputeGame(), rg: NewRoundGame(), gas: map[string][]uint64{},
		context: crypto.Keccak256Hash([]byte("dg context")), dataRt: crypto.Keccak256Hash([]byte("dg data"))}
	e.tokenAddr, _ = e.deploy(e.deployer, TestTokenMetaData.Bin, nil)
	e.tokC = e.tok.Instance(e.client, e.tokenAddr)
	mj, err := LoadArtifact("MockJudge")
	if err != nil {
		t.Fatal(err)
	}
	judgeABI, err := abi.JSON(bytes.NewReader(mj.ABI))
	if err != nil {
		t.Fatal(err)
	}
	d.claimArgs = abi.Arguments{judgeABI.Methods["checkElement"].Inputs[0]}
	d.partArgs = judgeABI.Methods["checkPartial"].Inputs[:3]
	d.judgeAddr, _ = e.deploy(e.deployer, hexutil.Encode(mj.Bytecode), nil)
	d.dgAddr, _ = e.deploy(e.deployer, DisputeGameMetaData.Bin,
		d.dg.PackConstructor(d.judgeAddr, r.timeout, r.bond, new(big.Int).SetUint64(r.bondBPS)))
	d.dgC = d.dg.Instance(e.client, d.dgAddr)
	d.rgAddr, _ = e.deploy(e.deployer, RoundGameMetaData.Bin,
		d.rg.PackConstructor(r.timeout, r.bond, new(big.Int).SetUint64(r.bondBPS)))
	d.rgC = d.rg.Instance(e.client, d.rgAddr)
	e.stakingAddr, _ = e.deploy(e.deployer, StakingMetaData.Bin, e.stk.PackConstructor(e.tokenAddr, uint64(unbondingDelay/time.Second)))
	e.marketAddr, _ = e.deploy(e.deployer, JobMarketMetaData.Bin,
		e.mkt.PackConstructor(e.tokenAddr, e.stakingAddr, d.dgAddr, d.rgAddr, uint64(dgDisputeTimeout/time.Second)))
	e.stkC = e.stk.Instance(e.client, e.stakingAddr)
	e.mktC = e.mkt.Instance(e.client, e.marketAddr)
	e.send(e.deployer, e.stkC, e.stk.PackInitialize(e.marketAddr, d.dgAddr))
	e.send(e.deployer, d.dgC, d.dg.PackInitialize(e.marketAddr))
	e.send(e.deployer, d.rgC, d.rg.PackInitialize(e.marketAddr))
	e.abis = append(e.abis, d.dg.GetABI(), d.rg.GetABI(), judgeABI)
	for _, a := range e.accounts {
		e.send(a, e.tokC, e.tok.PackMint(a.addr, tok(1_000_000)))
		e.send(a, e.tokC, e.tok.PackApprove(d.dgAddr, abi.MaxUint256))
		e.send(a, e.tokC, e.tok.PackApprove(d.rgAddr, abi.MaxUint256))
		e.send(a, e.tokC, e.tok.PackApprove(e.stakingAddr, abi.MaxUint256))
	}
	e.send(e.submitter, e.tokC, e.tok.PackApprove(e.marketAddr, abi.MaxUint256))
	d.gc = gethclient.New(simRPC(t, e.client))
	return d
}

// simRPC digs the RPC client out of the simulated backend's client (a struct embedding
// *ethclient.Client, whose field name hides its Client method), for eth_call with block overrides.
func simRPC(t testing.TB, c simulated.Client) *rpc.Client {
	v := reflect.ValueOf(c)
	if v.Kind() == reflect.Struct && v.NumField() > 0 {
		if ec, ok := v.Field(0).Interface().(*ethclient.Client); ok {
			return ec.Client()
		}
	}
	t.Fatalf("cannot reach the RPC client of %T", c)
	return nil
}

// accepts reports whether the transaction from `from` with data would succeed in a block at time
// ts on the current state (an eth_call with the block time overridden: no block is mined).
func (d *dgEnv) accepts(from *account, data []byte, ts uint64) error {
	_, err := d.gc.CallContractWithBlockOverrides(d.ctx, ethereum.CallMsg{From: from.addr, To: &d.dgAddr, Data: data, Gas: dgTxGas},
		nil, nil, ethereum.BlockOverrides{Time: ts})
	return err
}

// sendAt mines the transaction in a block of time ts (fixed gas: no estimation), which must be
// after the latest block, and fails the test unless it succeeds.
func (d *dgEnv) sendAt(from *account, data []byte, ts uint64) *types.Receipt {
	d.t.Helper()
	if now := d.now(); ts <= now {
		d.t.Fatalf("cannot mine at %d: the chain is at %d", ts, now)
	} else if now < ts-1 {
		d.advanceTo(ts - 1)
	}
	opts := *from.opts
	opts.GasLimit = dgTxGas
	tx, err := bind.Transact(d.dgC, &opts, data)
	if err != nil {
		d.t.Fatalf("%s: %s", from.name, d.describe(err))
	}
	d.sim.Commit()
	r := d.receipt(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		d.t.Fatalf("%s: transaction reverted on chain", from.name)
	}
	if now := d.now(); now != ts {
		d.t.Fatalf("mined at %d, want %d", now, ts)
	}
	return r
}

func (d *dgEnv) getGame(id *big.Int) DisputeGameGameView {
	d.t.Helper()
	return call(d.env, d.dgC, d.dg.PackGetGame(id), d.dg.UnpackGetGame)
}

// checkGameSolvency checks DisputeGame's invariant: it holds exactly what it owes.
func (d *dgEnv) checkGameSolvency() {
	d.t.Helper()
	held := d.balance(d.dgAddr)
	owed := call(d.env, d.dgC, d.dg.PackTotalOwed(), d.dg.UnpackTotalOwed)
	if held.Cmp(owed) != 0 {
		d.t.Fatalf("dispute game holds %v, owes %v", held, owed)
	}
	d.checkInvariants()
}

// ---------------------------------------------------------------- jobs

// dgJob is a one-shard job whose shard is committed, with its layout registered.
type dgJob struct {
	id     *big.Int
	p      game.Params // the Go reference's parameters
	descs  [][]byte    // op descriptors (autograd.OpDesc.Encode)
	graph  *commit.Tree
	upd    *commit.Tree // the updates tree of the layout
	solver *account
}

// synthDescs returns op descriptors for a game's ops: a state read is a state op of its slot; a
// computed op is a constant of its shape (the game reads only the kind, slot and shape).
func synthDescs(p *game.Params) [][]byte {
	out := make([][]byte, len(p.Ops))
	for k, op := range p.Ops {
		d := autograd.OpDesc{Op: tensor.OpConst, Shape: op.Shape, Next: -1}
		if op.Kind == game.OpStateRead {
			d = autograd.OpDesc{Op: tensor.OpState, Shape: op.Shape, Slot: op.Slot, Next: -1}
		}
		out[k] = d.Encode()
	}
	return out
}

func updWord(u int) uint32 {
	if u == game.Carried {
		return 0xffffffff
	}
	return uint32(u)
}

// updatesTree is the layout's updates tree: leaf j is LeafHash(uint32be(u_j)).
func updatesTree(updates []int) *commit.Tree {
	leaves := make([]commit.Hash, len(updates))
	for j, u := range updates {
		leaves[j] = commit.LeafHash(binary.BigEndian.AppendUint32(nil, updWord(u)))
	}
	return commit.NewTree(leaves)
}

func leafTree(items [][]byte) *commit.Tree {
	leaves := make([]commit.Hash, len(items))
	for i, b := range items {
		leaves[i] = commit.LeafHash(b)
	}
	return commit.NewTree(leaves)
}

func hashes(h []commit.Hash) [][32]byte {
	out := make([][32]byte, len(h))
	for i, x := range h {
		out[i] = x
	}
	return out
}

// newJob posts a one-shard job for the game parameters p, registers its layout, has solver win
// it (reserves bid higher) and commit p.TraceRoot.
func (d *dgEnv) newJob(p game.Params, solver *account, reserves ...*account) *dgJob {
	d.t.Helper()
	return d.newJobDescs(p, synthDescs(&p), solver, reserves...)
}

// newJobDescs is newJob with the given op descriptors (their Merkle root is the graph root).
func (d *dgEnv) newJobDescs(p game.Params, descs [][]byte, solver *account, reserves ...*account) *dgJob {
	d.t.Helper()
	j := &dgJob{p: p, descs: descs, upd: updatesTree(p.Updates), solver: solver}
	j.graph = leafTree(j.descs)
	jp := JobMarketJobParams{
		SpecHash: crypto.Keccak256Hash([]byte("dg spec")), GraphRoot: j.graph.Root(), DataRoot: d.dataRt, Shards: 1,
		BiddingPeriod: d.rules.timeout + 600, TrainingPeriod: 86400, ChallengeWindow: 86400,
		Budget: tok(100), StakePerShard: p.Stake, VerifierFee: new(big.Int),
	}
	j.id = d.post(jp)
	n := len(p.Ops)
	d.send(d.submitter, d.dgC, d.dg.PackRegisterLayout(j.id, uint64(n), uint64(p.StateSlots), uint64(p.Steps),
		p.InitialState, j.upd.Root(), d.context, j.descs[n-1], hashes(j.graph.Proof(n-1))))
	for i, s := range append([]*account{solver}, reserves...) {
		if p.Stake.Sign() > 0 {
			d.send(s, d.tokC, d.tok.PackMint(s.addr, p.Stake))
			d.send(s, d.stkC, d.stk.PackBond(p.Stake))
		}
		d.bid(s, j.id, big.NewInt(int64(10+i)))
	}
	d.endBidding(j.id)
	d.send(d.anyone, d.mktC, d.mkt.PackFinalizeAuction(j.id))
	if sh := d.shard(j.id, 0); sh.Solver != solver.addr {
		d.t.Fatalf("shard went to %v", sh.Solver)
	}
	d.send(solver, d.mktC, d.mkt.PackCommit(j.id, big.NewInt(0), p.TraceRoot, crypto.Keccak256Hash([]byte("final state"))))
	return j
}

// ---------------------------------------------------------------- driving a game on both sides

// dgBalances is what a game's end moves.
type dgBalances struct {
	chalTok, solverTok, gameBurned      *big.Int
	solverStake, chalStake, stakeBurned *big.Int
}

func (d *dgEnv) balances(j *dgJob, chal *account) dgBalances {
	return dgBalances{
		chalTok: d.balance(chal.addr), solverTok: d.balance(j.solver.addr),
		gameBurned:  call(d.env, d.dgC, d.dg.PackBurned(), d.dg.UnpackBurned),
		solverStake: d.stake(j.solver.addr).Bonded, chalStake: d.stake(chal.addr).Bonded,
		stakeBurned: call(d.env, d.stkC, d.stk.PackBurned(), d.stk.UnpackBurned),
	}
}

// dgGame is one game played on the chain and in game.Game with the same events.
type dgGame struct {
	d      *dgEnv
	j      *dgJob
	name   string
	g      *game.Game
	id     *big.Int
	base   uint64 // chain time = base + game time
	chal   *account
	before dgBalances
	gas    uint64
	acts   []game.Action
}

// dgClaim is ElementClaim (contracts/src/IJudge.sol) for abi encoding.
type dgClaim struct {
	Step        *big.Int
	Op          *big.Int
	Element     *big.Int
	Claimed     uint32
	OutputRoot  [32]byte
	OpTraceRoot [32]byte
	Prev        [32]byte
	Cur         [32]byte
	JobId       *big.Int
	Shard       *big.Int
	GraphRoot   [32]byte
	NumOps      *big.Int
	NumStates   *big.Int
	DataRoot    [32]byte
	Context     [32]byte
}

// claimHash is keccak256(abi.encode(claim)) of the claim the contract passes to the Judge, and
// for a segment check (c.Partial) keccak256(abi.encode(claim, segment, start)) (MockJudge).
func (d *dgEnv) claimHash(j *dgJob, c game.ElementClaim) common.Hash {
	claim := dgClaim{
		Step: big.NewInt(int64(c.Step)), Op: big.NewInt(int64(c.Op)), Element: big.NewInt(int64(c.Element)), Claimed: c.Claimed,
		OutputRoot: c.OutputRoot, OpTraceRoot: c.OpTraceRoot, Prev: c.Prev, Cur: c.Cur,
		JobId: j.id, Shard: new(big.Int), GraphRoot: j.graph.Root(),
		NumOps: big.NewInt(int64(len(j.p.Ops))), NumStates: big.NewInt(int64(j.p.StateSlots)),
		DataRoot: d.dataRt, Context: d.context,
	}
	var b []byte
	var err error
	if c.Partial {
		b, err = d.partArgs.Pack(claim, big.NewInt(int64(c.Segment)), c.Start)
	} else {
		b, err = d.claimArgs.Pack(claim)
	}
	if err != nil {
		d.t.Fatal(err)
	}
	return crypto.Keccak256Hash(b)
}

// mockWitness is MockJudge's witness: abi.encode(uint8 verdict, bytes32 claimHash); the Judge's
// answer "right" is verdict 1, "wrong" 2, anything else a revert.
func mockWitness(answer string, claimHash common.Hash) []byte {
	w := make([]byte, 64)
	switch answer {
	case "right":
		w[31] = 1
	case "wrong":
		w[31] = 2
	}
	copy(w[32:], claimHash[:])
	return w
}

// goJudge is the Go side of MockJudge: it decodes the same witness and checks the same claim.
func (d *dgEnv) goJudge(j *dgJob) game.Judge {
	return game.JudgeFunc(func(c game.ElementClaim, w []byte) (bool, error) {
		if len(w) != 64 {
			return false, errors.New("malformed witness")
		}
		if h := common.BytesToHash(w[32:]); h != (common.Hash{}) && h != d.claimHash(j, c) {
			return false, errors.New("unexpected claim")
		}
		switch w[31] {
		case 1:
			return true, nil
		case 2:
			return false, nil
		}
		return false, errors.New("malformed witness")
	})
}

// party is the account that sends a party's events (anyone for Nobody).
func (d *dgEnv) party(j *dgJob, chal *account, p game.Party) *account {
	switch p {
	case game.Solver:
		return j.solver
	case game.Challenger:
		return chal
	}
	return d.anyone
}

// open sends the open event ev from chal on both sides at the next block; it reports whether
// both accepted it (the test fails if they disagree).
func (d *dgEnv) open(name string, j *dgJob, chal *account, ev game.Event) (*dgGame, bool) {
	d.t.Helper()
	o := ev.Move.(game.Open)
	gg := &dgGame{d: d, j: j, name: name, chal: chal}
	from := d.party(j, chal, ev.From)
	ts := d.now() + 1
	step := big.NewInt(int64(o.Step))
	data := d.dg.PackOpen(j.id, new(big.Int), step, o.Prev, o.Cur, hashes(o.PrevProof), hashes(o.CurProof), o.Bond)
	chainErr := d.accepts(from, data, ts)
	g, acts, err := game.New(j.p, d.goJudge(j), ev)
	if (chainErr == nil) != (err == nil) {
		d.t.Errorf("%s: open: chain %v, Go %v", name, d.describeErr(chainErr), err)
		return nil, false
	}
	if err != nil {
		return nil, false
	}
	gg.g, gg.acts = g, acts
	gg.before = d.balances(j, chal)
	r := d.sendAt(from, data, ts)
	opened := findEvent(d.env, r, d.dg.UnpackGameOpenedEvent)
	if opened == nil {
		d.t.Fatalf("%s: no GameOpened event", name)
	}
	gg.id, gg.base = opened.Id, ts-ev.Time
	gg.record("open", r.GasUsed)
	gg.compare()
	return gg, true
}

func (d *dgEnv) describeErr(err error) string {
	if err == nil {
		return "accepted"
	}
	return "rejected (" + d.describe(err) + ")"
}

func (gg *dgGame) record(move string, gas uint64) {
	gg.d.gas[move] = append(gg.d.gas[move], gas)
	gg.gas += gas
}

// landing returns the op whose descriptor a pick must carry: the pick lands on leaf k of the op
// trace (docs/dispute-game.md, "On-chain").
func landing(p *game.Params, st game.State, side game.Side) (int, bool) {
	switch {
	case st.Phase == game.PhaseChoose && side == game.Left && len(p.Ops) == 1:
		return 0, true
	case st.Phase == game.PhasePick && st.Tree == game.TreeOps && st.Height == 1:
		if c := 2*st.Index + int(side); c < st.Leaves {
			return c, true
		}
	}
	return 0, false
}

// pack returns the contract call of event ev in state st (what an honest driver sends: the
// descriptors and update proofs the move needs, the revealed chunk with a check).
func (gg *dgGame) pack(st game.State, ev game.Event) ([]byte, bool) {
	dg, j := gg.d.dg, gg.j
	switch m := ev.Move.(type) {
	case game.PostOpTrace:
		return dg.PackPost(gg.id, m.Root), true
	case game.Pick:
		var desc []byte
		var proof [][32]byte
		if k, ok := landing(&j.p, st, m.Side); ok {
			desc, proof = j.descs[k], hashes(j.graph.Proof(k))
		}
		return dg.PackPick(gg.id, uint8(m.Side), desc, proof), true
	case game.Reveal:
		return dg.PackReveal(gg.id, m.Left, m.Right), true
	case game.RevealLeaf:
		return dg.PackRevealLeaf(gg.id, m.Data), true
	case game.ProveTie:
		var u uint32
		var up [][32]byte
		if st.Phase == game.PhaseProveTie && st.Tree == game.TreeOut {
			u, up = updWord(j.p.Updates[st.Slot]), hashes(j.upd.Proof(st.Slot))
		}
		return dg.PackProve(gg.id, hashes(m.Proof), u, up), true
	case game.CheckElement:
		off := abi.MaxUint256
		if m.Offset >= 0 {
			off = big.NewInt(int64(m.Offset))
		}
		return dg.PackCheck(gg.id, off, st.Chunk, m.Witness), true
	case game.Split:
		off := abi.MaxUint256
		if m.Offset >= 0 {
			off = big.NewInt(int64(m.Offset))
		}
		od, op, id, ip := j.splitData(st.Op)
		return dg.PackSplit(gg.id, off, st.Chunk, od, op, id, ip), true
	case game.RevealPartial:
		return dg.PackRevealPartial(gg.id, m.Value), true
	case game.CheckPartial:
		return dg.PackCheckPartial(gg.id, m.Witness), true
	case game.Timeout:
		return dg.PackTimeout(gg.id), true
	}
	return nil, false // an open inside a game: on chain that is another game
}

// splitData returns what a split of an element of op k carries: op k's descriptor and the one of
// its first operand, with their proofs against the graph root (nothing where there is none: the
// contract then rejects the split).
func (j *dgJob) splitData(k int) (opDesc []byte, opProof [][32]byte, inDesc []byte, inProof [][32]byte) {
	if k < 0 || k >= len(j.descs) {
		return nil, nil, nil, nil
	}
	opDesc, opProof = j.descs[k], hashes(j.graph.Proof(k))
	if d, err := autograd.DecodeOpDesc(j.descs[k]); err == nil && len(d.In) > 0 && d.In[0] >= 0 && d.In[0] < len(j.descs) {
		inDesc, inProof = j.descs[d.In[0]], hashes(j.graph.Proof(d.In[0]))
	}
	return opDesc, opProof, inDesc, inProof
}

// step sends ev on both sides: it reports whether both accepted it (the test fails if they
// disagree). Events from before the last accepted one cannot happen on chain: Go must reject
// them, and they are not sent.
func (gg *dgGame) step(ev game.Event) bool {
	d := gg.d
	d.t.Helper()
	st := gg.g.State()
	if ev.Time < st.LastTime {
		if _, err := gg.g.Step(ev); err == nil {
			d.t.Fatalf("%s: Go accepted an event from the past", gg.name)
		}
		return false
	}
	data, ok := gg.pack(st, ev)
	if !ok {
		return false
	}
	ts := gg.base + ev.Time
	from := d.party(gg.j, gg.chal, ev.From)
	chainErr := d.accepts(from, data, ts)
	acts, err := gg.g.Step(ev)
	if (chainErr == nil) != (err == nil) {
		d.t.Errorf("%s: %s by %v at %d in %v: chain %s, Go %v", gg.name, ev.Move.Name(), ev.From, ev.Time, st.Phase, d.describeErr(chainErr), err)
		return false
	}
	if err != nil {
		return false
	}
	gg.acts = append(gg.acts, acts...)
	r := d.sendAt(from, data, ts)
	name := ev.Move.Name()
	if _, ok := ev.Move.(game.Pick); ok && st.Tree == game.TreePartial {
		name = "pick-partial"
	}
	gg.record(name, r.GasUsed)
	gg.compare()
	if gg.g.Over() {
		d.gameGas = append(d.gameGas, gg.gas)
		gg.checkPayouts()
	}
	return true
}

// compare checks the chain's game against the Go state.
func (gg *dgGame) compare() {
	d := gg.d
	d.t.Helper()
	v, st := d.getGame(gg.id), gg.g.State()
	rel := func(ts uint64) uint64 {
		if ts == 0 {
			return 0
		}
		return ts - gg.base
	}
	op, slot, elem := uint64(st.Op), uint64(st.Slot), uint64(st.Element)
	if st.Op < 0 {
		op = dgNone
	}
	if st.Slot < 0 {
		slot = dgNone
	}
	if st.Element < 0 {
		elem = dgNone
	}
	var left, right [32]byte
	if st.Phase == game.PhaseChoose || st.Phase == game.PhasePick {
		left, right = st.Left, st.Right
	}
	const format = "phase %d to-move %d deadline %d last %d moves %d step %d prev %x cur %x ops %x tree %d op %d slot %d node %x h %d i %d n %d l %x r %x leaf %x " +
		"element %d seg [%d, %d) sums %#x %#x mid %#x winner %d reason %d"
	got := fmt.Sprintf(format,
		v.Phase, v.ToMove, rel(v.Deadline), rel(v.LastTime), v.Moves, v.Step, v.Prev[:4], v.Cur[:4], v.OpTraceRoot[:4], v.Tree, v.Op, v.Slot, v.Node[:4],
		v.Height, v.Index, v.Leaves, v.Left[:4], v.Right[:4], v.LeafRoot[:4], v.Element, v.SegLo, v.SegHi, v.SumLo, v.SumHi, v.SumMid, v.Winner, v.Reason)
	want := fmt.Sprintf(format,
		st.Phase, st.ToMove, st.Deadline, st.LastTime, st.Moves, st.Step, st.Prev[:4], st.Cur[:4], st.OpTraceRoot[:4], st.Tree, op, slot, st.Node[:4],
		st.Height, st.Index, st.Leaves, left[:4], right[:4], st.LeafRoot[:4], elem, st.SegLo, st.SegHi, st.SumLo, st.SumHi, st.SumMid, st.Winner, st.Reason)
	if got != want || v.Moot || v.Solver != gg.j.solver.addr || v.Challenger != gg.chal.addr {
		d.t.Fatalf("%s: state differs\nchain %s (moot %v)\nGo    %s", gg.name, got, v.Moot, want)
	}
}

// checkPayouts checks what the game's end moved against the Go actions: the bond refunded or
// split, the stake slashed and split by the market, and the market's shard.
func (gg *dgGame) checkPayouts() {
	d := gg.d
	d.t.Helper()
	now := d.balances(gg.j, gg.chal)
	b := gg.before
	z := new(big.Int)
	escrow, refund, reward, burn := z, z, z, z
	slash, slashReward, slashBurn := z, z, z
	for _, a := range gg.acts {
		switch a := a.(type) {
		case game.EscrowBond:
			escrow = a.Amount
		case game.RefundBond:
			refund = a.Amount
		case game.ForfeitBond:
			reward, burn = a.Reward, a.Burn
		case game.SlashSolver:
			slash, slashReward, slashBurn = a.Amount, a.Reward, a.Burn
		}
	}
	add := func(x *big.Int, ys ...*big.Int) *big.Int {
		s := new(big.Int).Set(x)
		for _, y := range ys {
			s.Add(s, y)
		}
		return s
	}
	chalTok := add(b.chalTok, new(big.Int).Neg(escrow), refund)
	if gg.chal == gg.j.solver {
		d.t.Fatal("self challenge")
	}
	checks := []struct {
		what      string
		got, want *big.Int
	}{
		{"challenger tokens", now.chalTok, chalTok},
		{"solver tokens", now.solverTok, add(b.solverTok, reward)},
		{"game burned", now.gameBurned, add(b.gameBurned, burn)},
		{"solver stake", now.solverStake, add(b.solverStake, new(big.Int).Neg(slash))},
		{"challenger stake", now.chalStake, add(b.chalStake, slashReward)},
		{"staking burned", now.stakeBurned, add(b.stakeBurned, slashBurn)},
	}
	for _, c := range checks {
		if c.got.Cmp(c.want) != 0 {
			d.t.Fatalf("%s: %s %v, want %v (actions %+v)", gg.name, c.what, c.got, c.want, gg.acts)
		}
	}
	sh := d.shard(gg.j.id, 0)
	if slash != z {
		if sh.State == shardCommitted && sh.Attempt == 1 {
			d.t.Fatalf("%s: the solver lost but the shard is still committed", gg.name)
		}
	} else if sh.State != shardCommitted || sh.Disputes != 0 {
		d.t.Fatalf("%s: the solver won but the shard is %+v", gg.name, sh)
	}
	d.checkGameSolvency()
}

// next is the earliest game time of the next move: after the game's last move and after the
// chain's latest block (other games may have moved the chain on).
func (gg *dgGame) next(st game.State) uint64 {
	return max(st.LastTime+1, gg.d.now()+1-gg.base)
}

// play runs the game to its end with two players, as a driver does: the party to move sends its
// move one second after the last, a silent or refused party is timed out at its deadline.
func (gg *dgGame) play(solver, challenger game.Player) {
	d := gg.d
	d.t.Helper()
	p := gg.j.p
	for i := 0; !gg.g.Over(); i++ {
		if i > 2*game.MaxMoves(&p)+4 {
			d.t.Fatalf("%s: the game does not end", gg.name)
		}
		st := gg.g.State()
		pl := solver
		if st.ToMove == game.Challenger {
			pl = challenger
		}
		if m, ok := pl.Next(&p, st); ok && gg.step(game.Event{Time: gg.next(st), From: st.ToMove, Move: m}) {
			continue
		}
		if !gg.step(game.Event{Time: st.Deadline, From: game.Nobody, Move: game.Timeout{}}) {
			d.t.Fatalf("%s: timeout refused", gg.name)
		}
	}
}

// ---------------------------------------------------------------- transcripts

type dgWireOp struct {
	Kind  string `json:"kind"`
	Slot  int    `json:"slot"`
	Shape []int  `json:"shape"`
}

type dgTranscript struct {
	Name   string `json:"name"`
	Params struct {
		TraceRoot      commit.Hash `json:"trace_root"`
		Steps          int         `json:"steps"`
		InitialState   commit.Hash `json:"initial_state"`
		StateSlots     int         `json:"state_slots"`
		Ops            []dgWireOp  `json:"ops"`
		Updates        []int       `json:"updates"`
		MoveTimeout    uint64      `json:"move_timeout"`
		Bond           string      `json:"bond"`
		Stake          string      `json:"stake"`
		StakeRewardBPS uint64      `json:"stake_bps"`
		BondRewardBPS  uint64      `json:"bond_bps"`
	} `json:"params"`
	Events []struct {
		Event game.Event `json:"event"`
		Judge string     `json:"judge"`
	} `json:"events"`
}

// params returns the Go reference's parameters: the transcript's, with the market's share of a
// slashed stake (the market slashes, at DISPUTE_REWARD_BPS).
func (tr *dgTranscript) params(t *testing.T) game.Params {
	w := &tr.Params
	p := game.Params{TraceRoot: w.TraceRoot, Steps: w.Steps, InitialState: w.InitialState, StateSlots: w.StateSlots,
		Updates: w.Updates, MoveTimeout: w.MoveTimeout, StakeRewardBPS: dgStakeRewardBPS, BondRewardBPS: w.BondRewardBPS}
	var ok1, ok2 bool
	p.Bond, ok1 = new(big.Int).SetString(w.Bond, 10)
	p.Stake, ok2 = new(big.Int).SetString(w.Stake, 10)
	if !ok1 || !ok2 {
		t.Fatalf("%s: bad amounts", tr.Name)
	}
	for _, op := range w.Ops {
		kind := game.OpCompute
		if op.Kind == "state-read" {
			kind = game.OpStateRead
		}
		p.Ops = append(p.Ops, game.Op{Kind: kind, Slot: op.Slot, Shape: op.Shape})
	}
	if err := p.Validate(); err != nil {
		t.Fatalf("%s: %v", tr.Name, err)
	}
	return p
}

func loadTranscripts(t *testing.T) []dgTranscript {
	b, err := os.ReadFile("../game/testdata/chain/transcripts.json")
	if err != nil {
		t.Fatal(err)
	}
	var trs []dgTranscript
	if err := json.Unmarshal(b, &trs); err != nil {
		t.Fatal(err)
	}
	return trs
}

// The scenario scripts and simulated games of internal/game, replayed against the contract and
// game.Game side by side: every event is accepted by both or rejected by both, and after every
// accepted event the states agree; at the end the payouts agree (checkPayouts). Events from the
// past (which a chain cannot order) are checked to be rejected by Go and not sent. -short replays
// the scripts only.
func TestDisputeGameTranscripts(t *testing.T) {
	trs := loadTranscripts(t)
	// One deployment per set of rules (a game's timeout, bond and bond share are its contract's);
	// deployments run in parallel, the games of one in order.
	groups := map[string][]*dgTranscript{}
	var keys []string
	for i := range trs {
		tr := &trs[i]
		if testing.Short() && strings.HasPrefix(tr.Name, "sim ") {
			continue
		}
		p := &tr.Params
		key := fmt.Sprintf("timeout %d bond %s bond-bps %d", p.MoveTimeout, p.Bond, p.BondRewardBPS)
		if groups[key] == nil {
			keys = append(keys, key)
		}
		groups[key] = append(groups[key], tr)
	}
	var (
		mu                                          sync.Mutex
		played, opened, accepted, rejected, skipped int
		reasons                                     = map[string]int{}
	)
	t.Run("deployments", func(t *testing.T) {
		for _, key := range keys {
			t.Run(key, func(t *testing.T) {
				t.Parallel()
				var d *dgEnv
				for _, tr := range groups[key] {
					p := tr.params(t)
					if d == nil {
						d = newDGEnv(t, dgRules{timeout: p.MoveTimeout, bond: p.Bond, bondBPS: p.BondRewardBPS})
					}
					pl, op, acc, rej, sk, reason := replayTranscript(t, d, tr, p)
					mu.Lock()
					played, opened, accepted, rejected, skipped = played+pl, opened+op, accepted+acc, rejected+rej, skipped+sk
					if reason != "" {
						reasons[reason]++
					}
					mu.Unlock()
				}
			})
		}
	})
	if t.Failed() {
		return
	}
	t.Logf("%d transcripts (%d games opened) on %d deployments: %d events accepted and %d rejected by both, %d not sendable on chain",
		played, opened, len(keys), accepted, rejected, skipped)
	t.Logf("outcomes: %v", reasons)
	if !testing.Short() {
		for _, want := range []string{"challenger wins (timeout)", "solver wins (timeout)", "challenger wins (padding)",
			"solver wins (tie-holds)", "challenger wins (element-wrong)", "solver wins (element-right)"} {
			if reasons[want] == 0 {
				t.Errorf("no game ended with %s", want)
			}
		}
	}
}

// replayTranscript plays one transcript on d and in game.Game (see TestDisputeGameTranscripts).
func replayTranscript(t *testing.T, d *dgEnv, tr *dgTranscript, p game.Params) (played, opened, accepted, rejected, skipped int, reason string) {
	j := d.newJob(p, d.solvers[0])
	ev0 := tr.Events[0].Event
	if ev0.From == game.Nobody {
		return 1, 0, 0, 0, 1, "" // on chain whoever opens is the challenger
	}
	d.send(d.challenger, d.tokC, d.tok.PackMint(d.challenger.addr, p.Bond))
	gg, ok := d.open(tr.Name, j, d.challenger, ev0)
	if !ok {
		return 1, 0, 0, 1, 0, ""
	}
	opened, accepted = 1, 1
	for k, te := range tr.Events[1:] {
		ev := te.Event
		if m, ok := ev.Move.(game.CheckElement); ok {
			var h common.Hash
			if c, err := gg.g.ElementAt(m.Offset); err == nil {
				h = d.claimHash(j, c)
			}
			m.Witness = mockWitness(te.Judge, h)
			ev.Move = m
		}
		_, isOpen := ev.Move.(game.Open)
		past := ev.Time < gg.g.State().LastTime
		switch {
		case gg.step(ev):
			accepted++
		case isOpen || past:
			skipped++
		default:
			rejected++
		}
		if t.Failed() {
			t.Fatalf("%s: event %d", tr.Name, k+1)
		}
	}
	if gg.g.Over() {
		st := gg.g.State()
		reason = fmt.Sprintf("%v wins (%v)", st.Winner, st.Reason)
	}
	return 1, opened, accepted, rejected, skipped, reason
}

// ---------------------------------------------------------------- synthetic steps for players

// dgWorld is a disputed step with real tensors: m state slots read by ops 0..m-1, computed ops
// after them, some of which update the slots. It builds the Views of the truth and of a solver
// that flips one bit of one element of op `alter` (-1: none) or replaces post-state slot `fake`
// (-1: none).
type dgWorld struct {
	p            game.Params
	shapes       [][]int
	vals         [][]uint32 // the truth
	truth, claim *game.View
	solverVals   [][]uint32
	hs           []commit.Hash // the solver's h_0..h_T

	descs          [][]byte // real op descriptors (reduction worlds); nil: synthDescs
	altOp, altElem int      // the element the solver altered (-1: none)
	badSeg         int      // the segment whose fold the solver got wrong, if altOp is a long reduction
}

func chunkOf(shape []int, v []uint32, leaf int) []byte {
	l, err := commit.LayoutOf(shape)
	if err != nil {
		panic(err)
	}
	s, e := l.ChunkRange(leaf/l.ChunksPerRow, leaf%l.ChunksPerRow)
	b := make([]byte, 0, 4*(e-s))
	for _, x := range v[s:e] {
		b = binary.LittleEndian.AppendUint32(b, x)
	}
	return b
}

func tensorRootOf(shape []int, v []uint32) commit.Hash {
	l, _ := commit.LayoutOf(shape)
	items := make([][]byte, l.Leaves)
	for i := range items {
		items[i] = chunkOf(shape, v, i)
	}
	return leafTree(items).Root()
}

func dgView(shapes [][]int, vals [][]uint32, prev []commit.Hash, post func(roots []commit.Hash) []commit.Hash) *game.View {
	roots := make([]commit.Hash, len(vals))
	for k := range vals {
		roots[k] = tensorRootOf(shapes[k], vals[k])
	}
	return &game.View{OpRoots: roots, Prev: prev, Post: post(roots), Chunk: func(op, leaf int) []byte {
		if op < 0 || op >= len(vals) {
			return nil
		}
		l, _ := commit.LayoutOf(shapes[op])
		if leaf < 0 || leaf >= l.Leaves {
			return nil
		}
		return chunkOf(shapes[op], vals[op], leaf)
	}}
}

// newDGWorld builds a world of len(slots) state tensors and the computed ops' shapes; slot j is
// updated by the first computed op of its shape (else carried). The step disputed is t of steps.
func newDGWorld(r *rand.Rand, slots, computed [][]int, steps, t int, alter, fake int, d *dgEnv) *dgWorld {
	w := &dgWorld{}
	m := len(slots)
	for j, s := range slots {
		w.p.Ops = append(w.p.Ops, game.Op{Kind: game.OpStateRead, Slot: j, Shape: s})
		w.shapes = append(w.shapes, s)
	}
	for _, s := range computed {
		w.p.Ops = append(w.p.Ops, game.Op{Kind: game.OpCompute, Shape: s})
		w.shapes = append(w.shapes, s)
	}
	w.p.Updates = make([]int, m)
	for j := range slots {
		w.p.Updates[j] = game.Carried
		for k := m; k < len(w.shapes); k++ {
			if slices.Equal(w.shapes[k], slots[j]) {
				w.p.Updates[j] = k
				break
			}
		}
	}
	w.fill(r, m, steps, t, alter, fake, d)
	return w
}

// fill gives a world whose ops, shapes and updates are set its values, the truth's and the
// solver's views (the solver flips a bit of one element of op alter, -1: none, or replaces
// post-state slot fake, -1: none), its step hashes and the rest of its parameters.
func (w *dgWorld) fill(r *rand.Rand, m, steps, t int, alter, fake int, d *dgEnv) {
	for _, s := range w.shapes {
		l, _ := commit.LayoutOf(s)
		v := make([]uint32, l.Elements)
		for i := range v {
			v[i] = r.Uint32()
		}
		w.vals = append(w.vals, v)
	}
	prev := make([]commit.Hash, m)
	for j := range m {
		prev[j] = tensorRootOf(w.shapes[j], w.vals[j])
	}
	post := func(roots []commit.Hash) []commit.Hash {
		out := make([]commit.Hash, m)
		for j, u := range w.p.Updates {
			if u == game.Carried {
				out[j] = prev[j]
			} else {
				out[j] = roots[u]
			}
		}
		return out
	}
	w.truth = dgView(w.shapes, w.vals, prev, post)
	w.solverVals = make([][]uint32, len(w.vals))
	for k := range w.vals {
		w.solverVals[k] = slices.Clone(w.vals[k])
	}
	w.altOp, w.altElem = -1, -1
	if alter >= 0 {
		e := r.IntN(len(w.solverVals[alter]))
		w.solverVals[alter][e] ^= 1 << r.IntN(32)
		w.altOp, w.altElem = alter, e
		if s := w.p.Ops[alter].Segments; s >= 2 {
			w.badSeg = r.IntN(s)
		}
	}
	solverPost := post
	if fake >= 0 {
		solverPost = func(roots []commit.Hash) []commit.Hash {
			out := post(roots)
			out[fake] = commit.Keccak256([]byte("fabricated"))
			return out
		}
	}
	w.claim = dgView(w.shapes, w.solverVals, prev, solverPost)
	w.truth.Partial, w.claim.Partial = w.truthPartial, w.solverPartial
	w.hs = make([]commit.Hash, steps+1)
	for i := range w.hs {
		w.hs[i] = commit.Keccak256([]byte(fmt.Sprintf("h%d", i)))
	}
	w.hs[t-1] = commit.StateRoot(prev)
	w.hs[t] = commit.StateRoot(w.claim.Post)
	w.p.TraceRoot = commit.TraceRoot(w.hs[1:])
	w.p.Steps, w.p.InitialState, w.p.StateSlots = steps, w.hs[0], m
	w.p.MoveTimeout, w.p.Bond = d.rules.timeout, d.rules.bond
	w.p.Stake, w.p.StakeRewardBPS, w.p.BondRewardBPS = tok(50), dgStakeRewardBPS, d.rules.bondBPS
}

// Partial sums of the synthetic worlds. The values are random, not computed, so the partial sums
// of a long reduction's element are made up too: the truth's is +0 at boundary 0, the element's
// value at boundary S (its Segments) and a hash in between; the solver's are the truth's except
// for the element it altered, where they differ from the truth after its bad segment (the one
// segment whose fold it got wrong). The Judge's fold of segment g from a start x (what MockJudge
// is told to answer) gives the truth's sum at g+1 when x is the truth's at g, else a hash.

func (w *dgWorld) truthPartial(op, e, b int) (uint32, bool) {
	if op < 0 || op >= len(w.p.Ops) || e < 0 || e >= len(w.vals[op]) {
		return 0, false
	}
	s := w.p.Ops[op].Segments
	switch {
	case s < 2 || b < 0 || b > s:
		return 0, false
	case b == 0:
		return 0, true
	case b == s:
		return w.vals[op][e], true
	}
	return dgMix(uint64(op), uint64(e), uint64(b)), true
}

func (w *dgWorld) solverPartial(op, e, b int) (uint32, bool) {
	x, ok := w.truthPartial(op, e, b)
	if !ok || op != w.altOp || e != w.altElem || b <= w.badSeg {
		return x, ok
	}
	if b == w.p.Ops[op].Segments {
		return w.solverVals[op][e], true
	}
	return x ^ 0x00400000, true
}

// fold is the Judge's answer model: the partial sum at the end of segment g of element e of op
// from the start x.
func (w *dgWorld) fold(op, e, g int, x uint32) uint32 {
	if t, ok := w.truthPartial(op, e, g); ok && t == x {
		y, _ := w.truthPartial(op, e, g+1)
		return y
	}
	return dgMix(uint64(x), uint64(g), 1<<40)
}

func dgMix(a, b, c uint64) uint32 {
	h := crypto.Keccak256(binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, a), b), c))
	return binary.BigEndian.Uint32(h)
}

// openEvent is the challenger's open of step t at game time 0.
func (w *dgWorld) openEvent(t int) game.Event {
	o := game.Open{Step: t, Prev: w.hs[t-1], Cur: w.hs[t], Bond: new(big.Int).Set(w.p.Bond)}
	o.CurProof, _ = commit.TraceProof(w.hs[1:], t)
	if t > 1 {
		o.PrevProof, _ = commit.TraceProof(w.hs[1:], t-1)
	}
	return game.Event{From: game.Challenger, Move: o}
}

// challenger returns the honest challenger's player: its witnesses are MockJudge's, saying
// "wrong" when the solver's claimed element differs from the truth.
func (w *dgWorld) challenger(d *dgEnv, j *dgJob) *game.ChallengerPlayer {
	return &game.ChallengerPlayer{View: w.truth, Witness: func(s game.State, e int, _ func(game.NodeKey) commit.Hash) ([]byte, error) {
		if s.Phase == game.PhaseCheckPartial {
			return w.partialWitness(d, j, s), nil
		}
		l, _ := commit.LayoutOf(w.shapes[s.Op])
		start, _ := l.ChunkRange(s.Index/l.ChunksPerRow, s.Index%l.ChunksPerRow)
		off := e - start
		c := game.ElementClaim{Step: s.Step, Op: s.Op, Element: e, Claimed: binary.LittleEndian.Uint32(s.Chunk[4*off:]),
			OutputRoot: s.LeafRoot, OpTraceRoot: s.OpTraceRoot, Prev: s.Prev, Cur: s.Cur}
		answer := "right"
		if c.Claimed != w.vals[s.Op][e] {
			answer = "wrong"
		}
		return mockWitness(answer, d.claimHash(j, c)), nil
	}}
}

// partialClaim is the claim the game asks the Judge in phase check-partial (game.PartialClaim).
func partialClaim(s game.State) game.ElementClaim {
	return game.ElementClaim{Step: s.Step, Op: s.Op, Element: s.Element, Claimed: s.SumHi, OutputRoot: s.LeafRoot,
		OpTraceRoot: s.OpTraceRoot, Prev: s.Prev, Cur: s.Cur, Partial: true, Segment: s.SegLo, Start: s.SumLo}
}

// partialWitness is the honest challenger's MockJudge witness in phase check-partial: "wrong"
// when the solver's sum at the segment's end is not the fold of the segment from its start.
func (w *dgWorld) partialWitness(d *dgEnv, j *dgJob, s game.State) []byte {
	answer := "right"
	if s.SumHi != w.fold(s.Op, s.Element, s.SegLo, s.SumLo) {
		answer = "wrong"
	}
	return mockWitness(answer, d.claimHash(j, partialClaim(s)))
}

// silentAfter wraps a player that stops after n moves.
type silentAfter struct {
	game.Player
	n int
}

func (s *silentAfter) Next(p *game.Params, st game.State) (game.Move, bool) {
	if s.n <= 0 {
		return nil, false
	}
	m, ok := s.Player.Next(p, st)
	if ok {
		s.n--
	}
	return m, ok
}

// towards is a challenger that bisects towards leaf `leaf` of the op trace (left) or of h_t
// (right) and otherwise plays like the honest one (frivolous when the solver is honest). With
// split, it splits where it finds no difference in a long reduction's chunk; with sides, it picks
// the halves of a partial-sum bisection at random.
type towards struct {
	*game.ChallengerPlayer
	right bool
	leaf  int
	split bool
	sides *rand.Rand
}

func (tw *towards) Next(p *game.Params, st game.State) (game.Move, bool) {
	switch st.Phase {
	case game.PhaseChoose:
		if tw.right {
			return game.Pick{Side: game.Right}, true
		}
		return game.Pick{Side: game.Left}, true
	case game.PhasePick:
		if st.Tree == game.TreePartial {
			if tw.sides != nil {
				return game.Pick{Side: game.Side(tw.sides.IntN(2))}, true
			}
			return tw.ChallengerPlayer.Next(p, st)
		}
		if st.Tree != game.TreeTensor {
			return game.Pick{Side: game.Side((tw.leaf >> (st.Height - 1)) & 1)}, true
		}
		return game.Pick{Side: game.Left}, true // leaf 0 of a tensor is never padding
	case game.PhaseCheckElement:
		if m, ok := tw.ChallengerPlayer.Next(p, st); ok {
			return m, true
		}
		// Nothing differs: name the first element anyway (the Judge will say it is right), or
		// split it.
		if len(st.Chunk) == 0 {
			return nil, false
		}
		if tw.split && p.Ops[st.Op].Segments >= 2 {
			return game.Split{Offset: 0}, true
		}
		l, _ := commit.LayoutOf(p.Ops[st.Op].Shape)
		start, _ := l.ChunkRange(st.Index/l.ChunksPerRow, st.Index%l.ChunksPerRow)
		w, err := tw.Witness(st, start, nil)
		if err != nil {
			return nil, false
		}
		return game.CheckElement{Offset: 0, Witness: w}, true
	}
	return tw.ChallengerPlayer.Next(p, st)
}

// smallWorld is a step of 4 state tensors and 6 computed ops, t = 3 of 5 steps.
func smallWorld(d *dgEnv, seed uint64, alter, fake int) *dgWorld {
	r := rand.New(rand.NewPCG(seed, 1))
	slots := [][]int{{4, 3}, {3}, {}, {2, 1030}}
	computed := [][]int{{4, 5}, {4, 3}, {3}, {}, {2, 1030}, {7}}
	return newDGWorld(r, slots, computed, 5, 3, alter, fake, d)
}

// ---------------------------------------------------------------- lifecycles

func dgDefaultEnv(t *testing.T) *dgEnv {
	return newDGEnv(t, dgRules{timeout: 3600, bond: tok(20), bondBPS: 5_000})
}

// A cheating solver (one element of the op that updates slot 0 altered) against an honest
// challenger: the bisection finds the op and the element, the Judge finds it wrong, the solver is
// slashed (half of its stake to the challenger's stake, half burned), the bond comes back, and
// the shard goes to the reserve bidder.
func TestDisputeGameSolverLoses(t *testing.T) {
	d := dgDefaultEnv(t)
	w := smallWorld(d, 1, 5, -1) // op 5 ({4,3}) updates slot 0
	j := d.newJob(w.p, d.solvers[0], d.solvers[1])
	gg, ok := d.open("solver loses", j, d.challenger, w.openEvent(3))
	if !ok {
		t.Fatal("open refused")
	}
	if sh := d.shard(j.id, 0); sh.Disputes != 1 {
		t.Fatalf("market disputes %d", sh.Disputes)
	}
	gg.play(&game.SolverPlayer{View: w.claim}, w.challenger(d, j))
	st := gg.g.State()
	if st.Winner != game.Challenger || st.Reason != game.ReasonElementWrong || st.Op != 5 {
		t.Fatalf("outcome %v %v op %d", st.Winner, st.Reason, st.Op)
	}
	sh := d.shard(j.id, 0)
	if sh.State != shardAssigned || sh.Solver != d.solvers[1].addr || sh.Attempt != 2 {
		t.Fatalf("shard not reassigned to the reserve: %+v", sh)
	}
	bigEq(t, "challenger stake", d.stake(d.challenger.addr).Bonded, tok(25))
	bigEq(t, "solver stake", d.stake(d.solvers[0].addr).Bonded, new(big.Int))
	d.checkGameSolvency()
}

// An honest solver against a frivolous challenger that disputes h_t down to slot 0 (updated by
// op 5): the solver proves the slot is leaf 5 of its op trace, the challenger's bond is split
// (half to the solver, half burned), and the challenge window resumes: the solver is paid.
func TestDisputeGameSolverWins(t *testing.T) {
	d := dgDefaultEnv(t)
	w := smallWorld(d, 2, -1, -1)
	j := d.newJob(w.p, d.solvers[0])
	end0 := d.shard(j.id, 0).Deadline
	gg, _ := d.open("solver wins", j, d.challenger, w.openEvent(3))
	gg.play(&game.SolverPlayer{View: w.claim}, &towards{ChallengerPlayer: w.challenger(d, j), right: true, leaf: 0})
	st := gg.g.State()
	if st.Winner != game.Solver || st.Reason != game.ReasonTieHolds {
		t.Fatalf("outcome %v %v", st.Winner, st.Reason)
	}
	if d.balance(d.dgAddr).Cmp(tok(10)) != 0 {
		t.Fatalf("burned half of the bond: game holds %v", d.balance(d.dgAddr))
	}
	sh := d.shard(j.id, 0)
	if sh.State != shardCommitted || sh.Disputes != 0 || sh.Deadline <= end0 {
		t.Fatalf("challenge window not resumed: %+v (was %d)", sh, end0)
	}
	d.advanceTo(sh.Deadline)
	paid := d.balance(j.solver.addr)
	d.send(d.anyone, d.mktC, d.mkt.PackFinalizeShard(j.id, big.NewInt(0)))
	bigEq(t, "solver paid", sub(d.balance(j.solver.addr), paid), d.job(j.id).ClearingPrice)
	d.checkGameSolvency()
}

// An honest solver against a challenger that bisects the op trace to a state read: the solver
// proves the read against h_{t-1}. And against one that reaches a computed element the solver got
// right: the Judge says so and the challenger loses.
func TestDisputeGameTies(t *testing.T) {
	d := dgDefaultEnv(t)
	w := smallWorld(d, 3, -1, -1)
	j := d.newJob(w.p, d.solvers[0])
	gg, _ := d.open("state read", j, d.challenger, w.openEvent(3))
	gg.play(&game.SolverPlayer{View: w.claim}, &towards{ChallengerPlayer: w.challenger(d, j), leaf: 3})
	if st := gg.g.State(); st.Winner != game.Solver || st.Reason != game.ReasonTieHolds || st.Op != 3 {
		t.Fatalf("outcome %v %v op %d", st.Winner, st.Reason, st.Op)
	}
	w2 := smallWorld(d, 4, -1, -1)
	j2 := d.newJob(w2.p, d.solvers[1])
	gg, _ = d.open("element right", j2, d.challenger, w2.openEvent(3))
	gg.play(&game.SolverPlayer{View: w2.claim}, &towards{ChallengerPlayer: w2.challenger(d, j2), leaf: 8})
	if st := gg.g.State(); st.Winner != game.Solver || st.Reason != game.ReasonElementRight || st.Op != 8 {
		t.Fatalf("outcome %v %v op %d", st.Winner, st.Reason, st.Op)
	}
}

// A solver that fabricates h_t (one slot replaced, true op trace) cannot prove the slot and
// loses by timeout; a solver that stops answering loses by timeout; a challenger that stops
// answering loses its bond by timeout. Timeouts are sent by a third party.
func TestDisputeGameTimeouts(t *testing.T) {
	d := dgDefaultEnv(t)
	cases := []struct {
		name       string
		fake       int
		solverMax  int
		chalMax    int
		winner     game.Party
		phase      game.Phase // the phase the loser timed out in
		wantReason game.Reason
	}{
		{"fabricated slot", 1, 100, 100, game.Challenger, game.PhaseProveTie, game.ReasonTimeout},
		{"silent solver", -1, 0, 100, game.Challenger, game.PhasePostOpTrace, game.ReasonTimeout},
		{"silent challenger", -1, 100, 0, game.Solver, game.PhaseChoose, game.ReasonTimeout},
		{"solver silent mid-way", -1, 3, 100, game.Challenger, game.PhaseReveal, game.ReasonTimeout},
	}
	for i, c := range cases {
		w := smallWorld(d, uint64(10+i), -1, c.fake)
		if c.fake < 0 && c.solverMax < 100 {
			w = smallWorld(d, uint64(10+i), 5, -1)
		}
		j := d.newJob(w.p, d.solvers[i%3])
		gg, _ := d.open(c.name, j, d.challenger, w.openEvent(3))
		var last game.State
		solver := &silentAfter{Player: &game.SolverPlayer{View: w.claim}, n: c.solverMax}
		chal := &silentAfter{Player: w.challenger(d, j), n: c.chalMax}
		for !gg.g.Over() {
			last = gg.g.State()
			gg.play1(solver, chal)
		}
		st := gg.g.State()
		if st.Winner != c.winner || st.Reason != c.wantReason || last.Phase != c.phase {
			t.Fatalf("%s: %v wins (%v), last phase %v", c.name, st.Winner, st.Reason, last.Phase)
		}
	}
}

// play1 plays one event of play.
func (gg *dgGame) play1(solver, challenger game.Player) {
	st := gg.g.State()
	pl := solver
	if st.ToMove == game.Challenger {
		pl = challenger
	}
	if m, ok := pl.Next(&gg.j.p, st); ok && gg.step(game.Event{Time: gg.next(st), From: st.ToMove, Move: m}) {
		return
	}
	// Too early, then at the deadline, by a third party.
	if gg.step(game.Event{Time: st.Deadline - 1, From: game.Nobody, Move: game.Timeout{}}) {
		gg.d.t.Fatal("early timeout accepted")
	}
	if !gg.step(game.Event{Time: st.Deadline, From: game.Nobody, Move: game.Timeout{}}) {
		gg.d.t.Fatal("timeout refused")
	}
}

// Two games on one shard: when the first slashes the solver, the second is moot: it cannot reach
// the market any more, so it ends neutrally (the bond back) through endMoot or its own end.
func TestDisputeGameMoot(t *testing.T) {
	d := dgDefaultEnv(t)
	w := smallWorld(d, 20, 5, -1)
	j := d.newJob(w.p, d.solvers[0])
	first, _ := d.open("first", j, d.challenger, w.openEvent(3))
	second, _ := d.open("second", j, d.verifier, w.openEvent(3))
	third, _ := d.open("third", j, d.anyone, w.openEvent(3))
	if sh := d.shard(j.id, 0); sh.Disputes != 3 {
		t.Fatalf("disputes %d", sh.Disputes)
	}
	d.expectRevert(d.anyone, d.dgC, d.dg.PackEndMoot(second.id), "NotMoot")
	// The solver answers the second game once (its op trace), then the first game ends.
	second.step(game.Event{Time: 2, From: game.Solver, Move: game.PostOpTrace{Root: w.claim.OpTraceRoot()}})
	first.play(&game.SolverPlayer{View: w.claim}, w.challenger(d, j))
	if sh := d.shard(j.id, 0); sh.State != shardRefunded {
		t.Fatalf("shard %+v", sh)
	}
	vBefore, aBefore := d.balance(d.verifier.addr), d.balance(d.anyone.addr)
	r := d.send(d.solvers[2], d.dgC, d.dg.PackEndMoot(second.id))
	ev := findEvent(d.env, r, d.dg.UnpackGameEndedEvent)
	if ev == nil || !ev.Moot || ev.Reason != 6 || ev.Refund.Cmp(d.rules.bond) != 0 {
		t.Fatalf("endMoot: %+v", ev)
	}
	bigEq(t, "second challenger refunded", sub(d.balance(d.verifier.addr), vBefore), d.rules.bond)
	d.expectRevert(d.anyone, d.dgC, d.dg.PackEndMoot(second.id), "GameIsOver")
	// The third game times out against the solver, but the end is neutral too.
	d.advanceTo(third.base + third.g.State().Deadline)
	r = d.send(d.solvers[2], d.dgC, d.dg.PackTimeout(third.id))
	ev = findEvent(d.env, r, d.dg.UnpackGameEndedEvent)
	if ev == nil || !ev.Moot || ev.Winner != uint8(game.Challenger) || ev.SolverSlashed {
		t.Fatalf("moot timeout: %+v", ev)
	}
	bigEq(t, "third challenger refunded", sub(d.balance(d.anyone.addr), aBefore), d.rules.bond)
	d.checkGameSolvency()
}

// A Judge that reverts (a malformed witness) rejects the check and changes nothing; the
// challenger can still check within its deadline.
func TestDisputeGameJudgeRevert(t *testing.T) {
	d := dgDefaultEnv(t)
	w := smallWorld(d, 30, 6, -1) // op 6 ({3}) updates slot 1
	j := d.newJob(w.p, d.solvers[0])
	gg, _ := d.open("judge revert", j, d.challenger, w.openEvent(3))
	chal := w.challenger(d, j)
	solver := &game.SolverPlayer{View: w.claim}
	for gg.g.State().Phase != game.PhaseCheckElement {
		gg.play1(solver, chal)
	}
	st := gg.g.State()
	m, ok := chal.Next(&j.p, st)
	if !ok {
		t.Fatal("no check")
	}
	bad := m.(game.CheckElement)
	bad.Witness = slices.Clone(bad.Witness)
	bad.Witness[31] = 0
	if gg.step(game.Event{Time: st.LastTime + 1, From: game.Challenger, Move: bad}) {
		t.Fatal("check with a reverting Judge accepted")
	}
	wrongChunk := m.(game.CheckElement)
	data := d.dg.PackCheck(gg.id, big.NewInt(int64(wrongChunk.Offset)), append(slices.Clone(st.Chunk), 0, 0, 0, 0), wrongChunk.Witness)
	if err := d.accepts(d.challenger, data, d.now()+1); d.revertName(err) != "BadChunk" {
		t.Fatalf("check with another chunk: %v", d.describeErr(err))
	}
	if !gg.step(game.Event{Time: st.LastTime + 2, From: game.Challenger, Move: m}) {
		t.Fatal("check refused")
	}
	if st := gg.g.State(); st.Winner != game.Challenger || st.Reason != game.ReasonElementWrong {
		t.Fatalf("outcome %v %v", st.Winner, st.Reason)
	}
}

// The refusals around a game: initialization, layout registration, opening, and the extra data
// of picks and proofs.
func TestDisputeGameRefusals(t *testing.T) {
	d := dgDefaultEnv(t)
	// Initialization: once, by the deployer, for a market that names this contract.
	d.expectRevert(d.deployer, d.dgC, d.dg.PackInitialize(d.marketAddr), "AlreadyInitialized")
	otherAddr, _ := d.deploy(d.deployer, DisputeGameMetaData.Bin, d.dg.PackConstructor(d.judgeAddr, 10, tok(1), big.NewInt(5000)))
	other := d.dg.Instance(d.client, otherAddr)
	d.expectRevert(d.anyone, other, d.dg.PackInitialize(d.marketAddr), "NotDeployer")
	d.expectRevert(d.deployer, other, d.dg.PackInitialize(d.marketAddr), "NotDisputeManagerOf")
	for _, args := range [][]byte{
		d.dg.PackConstructor(d.judgeAddr, 0, tok(1), big.NewInt(5000)),       // no time to move
		d.dg.PackConstructor(d.judgeAddr, 10, tok(1), big.NewInt(10_001)),    // more than the whole bond
		d.dg.PackConstructor(common.Address{}, 10, tok(1), big.NewInt(5000)), // no Judge
	} {
		if _, _, err := bind.DeployContract(d.deployer.opts, common.FromHex(DisputeGameMetaData.Bin), d.client, args); err == nil {
			t.Fatal("bad rules accepted")
		}
	}

	w := smallWorld(d, 40, 5, -1)
	p := w.p
	descs := synthDescs(&p)
	graph := leafTree(descs)
	n := len(p.Ops)
	jp := JobMarketJobParams{SpecHash: crypto.Keccak256Hash([]byte("spec")), GraphRoot: graph.Root(), DataRoot: d.dataRt, Shards: 1,
		BiddingPeriod: d.rules.timeout + 600, TrainingPeriod: 86400, ChallengeWindow: 86400, Budget: tok(100), StakePerShard: p.Stake, VerifierFee: new(big.Int)}
	id := d.post(jp)
	upd := updatesTree(p.Updates)
	reg := func(numOps int, last []byte, proof []commit.Hash) []byte {
		return d.dg.PackRegisterLayout(id, uint64(numOps), uint64(p.StateSlots), uint64(p.Steps), p.InitialState, upd.Root(), d.context, last, hashes(proof))
	}
	d.expectRevert(d.anyone, d.dgC, reg(n, descs[n-1], graph.Proof(n-1)), "NotSubmitter")
	d.expectRevert(d.submitter, d.dgC, reg(n-1, descs[n-2], graph.Proof(n-2)), "BadProof") // not the last op
	d.expectRevert(d.submitter, d.dgC, reg(n+1, descs[n-1], graph.Proof(n-1)), "BadProof")
	d.expectRevert(d.submitter, d.dgC, reg(0, nil, nil), "BadLayout")
	d.send(d.submitter, d.dgC, reg(n, descs[n-1], graph.Proof(n-1)))
	d.expectRevert(d.submitter, d.dgC, reg(n, descs[n-1], graph.Proof(n-1)), "AlreadyRegistered")
	lay := call(d.env, d.dgC, d.dg.PackLayoutOf(id), d.dg.UnpackLayoutOf)
	if !lay.Registered || lay.NumOps != uint64(n) || lay.GraphRoot != graph.Root() || lay.H0 != p.InitialState {
		t.Fatalf("layout %+v", lay)
	}
	// Too late: less than a move timeout before the end of bidding.
	id2 := d.post(jp)
	d.advanceTo(d.job(id2).BiddingEnds - d.rules.timeout + 1)
	d.expectRevert(d.submitter, d.dgC, d.dg.PackRegisterLayout(id2, uint64(n), uint64(p.StateSlots), uint64(p.Steps), p.InitialState,
		upd.Root(), d.context, descs[n-1], hashes(graph.Proof(n-1))), "RegistrationClosed")

	// Opening: a job without a layout; a shard that is not committed; the solver itself.
	j := d.newJob(p, d.solvers[0])
	o := w.openEvent(3).Move.(game.Open)
	open := func(job *big.Int, bond *big.Int) []byte {
		return d.dg.PackOpen(job, new(big.Int), big.NewInt(3), o.Prev, o.Cur, hashes(o.PrevProof), hashes(o.CurProof), bond)
	}
	d.expectRevert(d.challenger, d.dgC, open(id2, d.rules.bond), "NoLayout")
	d.expectRevert(d.solvers[0], d.dgC, open(j.id, d.rules.bond), "SelfChallenge")
	d.expectRevert(d.challenger, d.dgC, open(j.id, tok(19)), "WrongBond")
	d.expectRevert(d.challenger, d.dgC, open(id, d.rules.bond), "ShardNotCommitted") // still bidding

	// Picks that land on an op-trace leaf need that op's descriptor, proven; others take none.
	gg, _ := d.open("refusals", j, d.challenger, w.openEvent(3))
	gg.step(game.Event{Time: 1, From: game.Solver, Move: game.PostOpTrace{Root: w.claim.OpTraceRoot()}})
	d.expectRevert(d.challenger, d.dgC, d.dg.PackPick(gg.id, 0, descs[0], nil), "UnexpectedData")
	d.expectRevert(d.challenger, d.dgC, d.dg.PackPick(gg.id, 2, nil, nil), "BadSide")
	d.expectRevert(d.solvers[0], d.dgC, d.dg.PackPick(gg.id, 0, nil, nil), "NotYourTurn")
	chal := &towards{ChallengerPlayer: w.challenger(d, j), leaf: 2}
	solver := &game.SolverPlayer{View: w.claim}
	for {
		st := gg.g.State()
		if st.Phase == game.PhasePick && st.Height == 1 {
			break
		}
		gg.play1(solver, chal)
	}
	d.expectRevert(d.challenger, d.dgC, d.dg.PackPick(gg.id, 0, nil, nil), "BadDescriptor")
	d.expectRevert(d.challenger, d.dgC, d.dg.PackPick(gg.id, 0, descs[3], hashes(graph.Proof(3))), "BadDescriptor")
	d.expectRevert(d.challenger, d.dgC, d.dg.PackPick(gg.id, 0, descs[2], hashes(graph.Proof(3))), "BadDescriptor")
	gg.play1(solver, chal) // the pick with op 2's descriptor
	gg.play1(solver, chal) // reveal-leaf: a state read
	st := gg.g.State()
	if st.Phase != game.PhaseProveTie || st.Op != 2 {
		t.Fatalf("phase %v op %d", st.Phase, st.Op)
	}
	proof := hashes(commit.NewTree(stateLeaves(w.claim.Prev)).Proof(2))
	d.expectRevert(d.solvers[0], d.dgC, d.dg.PackProve(gg.id, proof, 1, nil), "UnexpectedData")
	d.expectRevert(d.solvers[0], d.dgC, d.dg.PackProve(gg.id, proof[:1], 0, nil), "BadProof")
	d.expectRevert(d.challenger, d.dgC, d.dg.PackTimeout(gg.id), "TooEarly")
	gg.play1(solver, chal)
	if st := gg.g.State(); st.Reason != game.ReasonTieHolds {
		t.Fatalf("reason %v", st.Reason)
	}
	d.expectRevert(d.anyone, d.dgC, d.dg.PackTimeout(gg.id), "GameIsOver")
	d.expectRevert(d.anyone, d.dgC, d.dg.PackTimeout(big.NewInt(99)), "NoGame")
	d.expectRevert(d.anyone, d.dgC, d.dg.PackClaim(), "NothingToClaim")
}

func stateLeaves(roots []commit.Hash) []commit.Hash {
	out := make([]commit.Hash, len(roots))
	for i, r := range roots {
		out[i] = commit.StateLeaf(r)
	}
	return out
}

// The contract emits enough to follow a game from its logs alone: folding the events of every
// game of a run gives the state getGame returns.
func TestDisputeGameFollowLogs(t *testing.T) {
	d := dgDefaultEnv(t)
	var games []*dgGame
	for i, c := range []struct{ alter, fake, leaf int }{{5, -1, -1}, {-1, 1, -1}, {-1, -1, 3}, {7, -1, -1}} {
		w := smallWorld(d, uint64(50+i), c.alter, c.fake)
		j := d.newJob(w.p, d.solvers[i%3])
		gg, _ := d.open(fmt.Sprintf("follow %d", i), j, d.challenger, w.openEvent(3))
		var chal game.Player = w.challenger(d, j)
		if c.leaf >= 0 {
			chal = &towards{ChallengerPlayer: w.challenger(d, j), leaf: c.leaf}
		}
		gg.play(&game.SolverPlayer{View: w.claim}, chal)
		games = append(games, gg)
	}
	logs, err := d.client.FilterLogs(d.ctx, ethereum.FilterQuery{Addresses: []common.Address{d.dgAddr}})
	if err != nil {
		t.Fatal(err)
	}
	views := foldGameLogs(t, d, logs)
	for _, gg := range games {
		got, ok := views[gg.id.Uint64()]
		if !ok {
			t.Fatalf("game %v: no logs", gg.id)
		}
		want := d.getGame(gg.id)
		if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
			t.Fatalf("game %v from logs:\n%+v\nfrom getGame:\n%+v", gg.id, got, want)
		}
	}
}

// foldGameLogs rebuilds every game's GameView from DisputeGame's events.
func foldGameLogs(t *testing.T, d *dgEnv, logs []types.Log) map[uint64]DisputeGameGameView {
	games := map[uint64]*DisputeGameGameView{}
	times := map[uint64]uint64{}
	blockTime := func(l *types.Log) uint64 {
		if ts, ok := times[l.BlockNumber]; ok {
			return ts
		}
		h, err := d.client.HeaderByNumber(d.ctx, new(big.Int).SetUint64(l.BlockNumber))
		if err != nil {
			t.Fatal(err)
		}
		times[l.BlockNumber] = h.Time
		return h.Time
	}
	mover := func(ph uint8) uint8 {
		switch game.Phase(ph) {
		case game.PhasePostOpTrace, game.PhaseReveal, game.PhaseRevealLeaf, game.PhaseProveTie, game.PhaseRevealPartial:
			return uint8(game.Solver)
		case game.PhaseChoose, game.PhasePick, game.PhaseCheckElement, game.PhaseCheckPartial:
			return uint8(game.Challenger)
		}
		return 0
	}
	// moved records an accepted move that leads to phase ph with deadline dl.
	moved := func(v *DisputeGameGameView, l *types.Log, ph uint8, dl uint64) {
		v.Phase, v.ToMove, v.Deadline, v.LastTime = ph, mover(ph), dl, blockTime(l)
		v.Moves++
		v.Left, v.Right = [32]byte{}, [32]byte{}
	}
	dg := d.dg
	for i := range logs {
		l := &logs[i]
		if ev, err := dg.UnpackGameOpenedEvent(l); err == nil {
			games[ev.Id.Uint64()] = &DisputeGameGameView{Phase: uint8(game.PhasePostOpTrace), ToMove: uint8(game.Solver),
				Deadline: ev.Deadline, LastTime: blockTime(l), Moves: 1, JobId: ev.JobId, Shard: ev.Shard, Attempt: uint16(ev.Attempt.Uint64()),
				Solver: ev.Solver, Challenger: ev.Challenger, Step: ev.Step, Prev: ev.Prev, Cur: ev.Cur, Op: dgNone, Slot: dgNone,
				Height: new(big.Int), Index: new(big.Int), Leaves: new(big.Int), Element: dgNone}
			continue
		}
		if len(l.Topics) < 2 {
			continue
		}
		v := games[new(big.Int).SetBytes(l.Topics[1][:]).Uint64()]
		if v == nil {
			continue
		}
		if ev, err := dg.UnpackOpTracePostedEvent(l); err == nil {
			moved(v, l, uint8(game.PhaseChoose), ev.Deadline)
			v.OpTraceRoot = ev.Root
			v.Left, v.Right = ev.Root, v.Cur
		} else if ev, err := dg.UnpackPickedEvent(l); err == nil {
			if ev.Phase == uint8(game.PhaseOver) {
				continue // GameEnded follows and counts the move
			}
			moved(v, l, ev.Phase, ev.Deadline)
			v.Tree, v.Height, v.Index, v.Leaves, v.Node = ev.Tree, ev.Height, ev.Index, ev.Leaves, ev.Node
		} else if ev, err := dg.UnpackRevealedEvent(l); err == nil {
			moved(v, l, uint8(game.PhasePick), ev.Deadline)
			v.Left, v.Right = ev.Left, ev.Right
		} else if ev, err := dg.UnpackLeafRevealedEvent(l); err == nil {
			moved(v, l, ev.Phase, ev.Deadline)
			switch game.Tree(ev.Tree) {
			case game.TreeOps:
				v.Op = ev.Index.Uint64()
				v.LeafRoot = common.BytesToHash(ev.Data)
				if ev.Phase != uint8(game.PhaseProveTie) {
					v.Tree, v.Node, v.Height, v.Index, v.Leaves = uint8(game.TreeTensor), v.LeafRoot, ev.Height, new(big.Int), ev.Leaves
				}
			case game.TreeOut:
				v.Slot = ev.Index.Uint64()
				v.LeafRoot = common.BytesToHash(ev.Data)
			}
		} else if ev, err := dg.UnpackElementSplitEvent(l); err == nil {
			moved(v, l, uint8(game.PhaseRevealPartial), ev.Deadline)
			v.Tree, v.Element = uint8(game.TreePartial), ev.Element.Uint64()
			v.SegLo, v.SegHi, v.SumLo, v.SumHi, v.SumMid = 0, ev.Segments.Uint64(), 0, ev.Claimed, 0
		} else if ev, err := dg.UnpackPartialRevealedEvent(l); err == nil {
			moved(v, l, uint8(game.PhasePick), ev.Deadline)
			v.SumMid = ev.Value
		} else if ev, err := dg.UnpackPartialPickedEvent(l); err == nil {
			moved(v, l, ev.Phase, ev.Deadline)
			v.SegLo, v.SegHi, v.SumLo, v.SumHi, v.SumMid = ev.SegLo.Uint64(), ev.SegHi.Uint64(), ev.SumLo, ev.SumHi, 0
		} else if ev, err := dg.UnpackGameEndedEvent(l); err == nil {
			v.Phase, v.ToMove, v.Deadline, v.LastTime = uint8(game.PhaseOver), 0, 0, blockTime(l)
			v.Moves, v.Winner, v.Reason, v.Moot = ev.Moves, ev.Winner, ev.Reason, ev.Moot
			v.Left, v.Right = [32]byte{}, [32]byte{}
		}
	}
	out := map[uint64]DisputeGameGameView{}
	for id, v := range games {
		out[id] = *v
	}
	return out
}

// ---------------------------------------------------------------- gas

func dgMedian(xs []uint64) uint64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// TestDisputeGameGas plays games on a step the size of docs/dispute-game.md's example (200 ops,
// the largest a 256x784 weight of 256 leaves, 9 state tensors, 1,000 steps) and reports the gas
// of each move type (median, max) and of each whole game; every move must stay far below a
// block. The element check's own cost is the Judge's (MockJudge here: its cost is excluded).
func TestDisputeGameGas(t *testing.T) {
	d := dgDefaultEnv(t)
	r := rand.New(rand.NewPCG(7, 7))
	// Weights, biases and their momenta (shapes kept distinct so that each computed op updates one
	// slot), and a step counter.
	slots := [][]int{{256, 784}, {256}, {10, 256}, {10}, {256, 780}, {255}, {10, 250}, {9}, {}}
	var computed [][]int
	for k := 0; k < 191; k++ {
		switch {
		case k < 9:
			computed = append(computed, slots[(k+1)%9])
		case k%17 == 0:
			computed = append(computed, []int{64, 256})
		default:
			computed = append(computed, []int{64, 10})
		}
	}
	// Op 9+8 = 17 is the first computed op of shape {256,784}: it updates slot 0.
	games := []struct {
		name  string
		alter int
		fake  int
		right bool
		leaf  int
	}{
		{"cheater vs honest: element check in the 256x784 update", 17, -1, false, -1},
		{"honest vs frivolous: h_t slot 0 tied to the op trace", -1, -1, true, 0},
		{"honest vs frivolous: state read tied to h_{t-1}", -1, -1, false, 4},
		{"honest vs frivolous: element right", -1, -1, false, 17},
		{"fabricated h_t slot: solver times out", -1, 3, true, -1},
	}
	type row struct {
		name  string
		moves int
		gas   uint64
	}
	var rows []row
	for i, c := range games {
		w := newDGWorld(r, slots, computed, 1000, 500, c.alter, c.fake, d)
		if i == 0 {
			t.Logf("MaxMoves = %d", game.MaxMoves(&w.p))
		}
		j := d.newJob(w.p, d.solvers[i%3])
		gg, _ := d.open(c.name, j, d.challenger, w.openEvent(500))
		var chal game.Player = w.challenger(d, j)
		if c.leaf >= 0 {
			chal = &towards{ChallengerPlayer: w.challenger(d, j), right: c.right, leaf: c.leaf}
		}
		gg.play(&game.SolverPlayer{View: w.claim}, chal)
		st := gg.g.State()
		rows = append(rows, row{fmt.Sprintf("%s (%v, %v)", c.name, st.Winner, st.Reason), st.Moves, gg.gas})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-14s %8s %10s %10s\n", "move", "count", "median", "max")
	names := make([]string, 0, len(d.gas))
	for n := range d.gas {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&b, "%-14s %8d %10d %10d\n", n, len(d.gas[n]), dgMedian(d.gas[n]), slices.Max(d.gas[n]))
		if slices.Max(d.gas[n]) > 1_000_000 {
			t.Errorf("%s costs up to %d gas", n, slices.Max(d.gas[n]))
		}
	}
	fmt.Fprintf(&b, "\n%-75s %6s %10s\n", "whole game (every accepted move, the open included)", "moves", "gas")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-75s %6d %10d\n", r.name, r.moves, r.gas)
	}
	t.Log(b.String())
}
