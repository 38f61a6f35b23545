package contracts

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"veritrain/internal/commit"
)

// Tests of RoundGame.sol against the real JobMarket on the dgEnv chain, with synthetic but
// exactly consistent data built in Go with the commit package: a job of S shards trained in R
// rounds of rgH inner steps over a tiny state (params at slots 0 and 2, a [2,1100] one whose rows
// span two chunks; other slots 1 and 3). A round's trace is over H+2 leaves: the shard's start
// X_r, its state after each inner step (the last one is the committed state root), and the global
// state G_r (θ_r, then the outer momentum m_r). The outer step is recomputed here in float32, one
// rounded op per statement, as RoundGame's comment states it.

// RoundGame's Kind and Outcome.
const (
	rgStart = uint8(0)
	rgOuter = uint8(1)

	rgNone        = uint8(0)
	rgSolverRight = uint8(1)
	rgSolverWrong = uint8(2)
	rgTimeout     = uint8(3)
	rgMoot        = uint8(4)
)

const (
	rgH      = 3    // inner steps of a round: the trace has rgH+2 leaves
	rgWindow = 7200 // the jobs' challenge window, seconds (longer than the game's move timeout)
)

var (
	// rgShapes is a shard's state: params at slots 0 ([3,5]) and 2 ([2,1100], two chunks per row),
	// other (inner optimizer) state at slots 1 and 3.
	rgShapes = [][]int{{3, 5}, {4}, {2, 1100}, {2, 3}}
	rgSlots  = []int{0, 2}
)

// rgParam returns the parameter index of state slot j, or -1.
func rgParam(j int) int { return slices.Index(rgSlots, j) }

func rgClone(v [][]float32) [][]float32 {
	out := make([][]float32, len(v))
	for i := range v {
		out[i] = slices.Clone(v[i])
	}
	return out
}

// rgUlp returns x moved by one unit in the last place (away from zero).
func rgUlp(x float32) float32 { return math.Float32frombits(math.Float32bits(x) + 1) }

// rgCanon is tensor.canon: every NaN is the canonical NaN 0x7fc00000 (F32's convention).
func rgCanon(x float32) float32 {
	if x != x {
		return math.Float32frombits(0x7fc00000)
	}
	return x
}

// rgOuterElem is the outer step at one element (nn.BuildOuter): d = Σ_s (θ - θ_s) in shard
// order, / S if S > 1; m' = m·μ + d; θ' = θ - (d + m'·μ)·lr; every op rounded to float32 (one
// op per statement, products converted explicitly so that nothing is fused) and its NaN made
// canonical.
func rgOuterElem(th, m float32, shards []float32, lr, mu float32) (th2, m2 float32) {
	d := rgCanon(th - shards[0])
	for _, sq := range shards[1:] {
		diff := rgCanon(th - sq)
		d = rgCanon(d + diff)
	}
	if len(shards) > 1 {
		d = rgCanon(d / float32(len(shards)))
	}
	mm := rgCanon(float32(m * mu))
	m2 = rgCanon(mm + d)
	t := rgCanon(float32(m2 * mu))
	step := rgCanon(d + t)
	u := rgCanon(float32(step * lr))
	th2 = rgCanon(th - u)
	return th2, m2
}

// rgOuterAlt is the outer step computed in a way RoundGame must not: "fma-m", "fma-step",
// "fma-theta" (one multiply-add fused: m·μ + d, d + m'·μ or θ - step·lr with one rounding),
// "order" (the shards summed in reverse order) or "recip" (d multiplied by 1/S).
func rgOuterAlt(th, m float32, shards []float32, lr, mu float32, how string) (th2, m2 float32) {
	fma := func(a, b, c float32) float32 { return float32(float64(a)*float64(b) + float64(c)) }
	if how == "order" {
		shards = slices.Clone(shards)
		slices.Reverse(shards)
	}
	d := th - shards[0]
	for _, sq := range shards[1:] {
		diff := th - sq
		d = d + diff
	}
	if S := float32(len(shards)); S > 1 {
		if how == "recip" {
			d = float32(d * (1 / S))
		} else {
			d = d / S
		}
	}
	if how == "fma-m" {
		m2 = fma(m, mu, d)
	} else {
		mm := float32(m * mu)
		m2 = mm + d
	}
	var step float32
	if how == "fma-step" {
		step = fma(m2, mu, d)
	} else {
		t := float32(m2 * mu)
		step = d + t
	}
	if how == "fma-theta" {
		return fma(-step, lr, th), m2
	}
	u := float32(step * lr)
	return th - u, m2
}

// sensitive returns the first element of round r's outer step (in the cheap chunks: param 0,
// and the short second chunks of param 1's rows) where rgOuterAlt(how) differs from the outer
// step, so that a game on it tells them apart.
func (w *rgWorld) sensitive(r int, how string) (k, i int, ok bool) {
	l, _ := commit.LayoutOf(rgShapes[rgSlots[1]])
	cand := [][2]int{}
	for i := range rgSize(rgSlots[0]) {
		cand = append(cand, [2]int{0, i})
	}
	for row := range l.Rows {
		for i := row*l.RowLen + commit.ChunkFloats; i < (row+1)*l.RowLen; i++ {
			cand = append(cand, [2]int{1, i})
		}
	}
	for _, c := range cand {
		k, i := c[0], c[1]
		shards := make([]float32, w.S)
		for q := range w.S {
			shards[q] = w.end[r-1][q][rgSlots[k]][i]
		}
		th, m := w.theta[r-1][k][i], w.mom[r-1][k][i]
		a, b := rgOuterElem(th, m, shards, w.lr, w.mu)
		x, y := rgOuterAlt(th, m, shards, w.lr, w.mu, how)
		if math.Float32bits(a) != math.Float32bits(x) || math.Float32bits(b) != math.Float32bits(y) {
			return k, i, true
		}
	}
	return 0, 0, false
}

// rgWorld is a job's data: the true global states, and what each shard commits of every round
// (honest unless a test changes it before the commit).
type rgWorld struct {
	S, R   int
	lr, mu float32
	theta  [][][]float32   // [r][k]: θ_r of parameter k (the true outer step)
	mom    [][][]float32   // [r][k]: m_r
	gTheta [][][][]float32 // [r][s][k]: θ_r as shard s commits it in its round r trace
	gMom   [][][][]float32 // [r][s][k]: m_r as shard s commits it
	start  [][][][]float32 // [r][s][j]: shard s's state at the start of round r
	end    [][][][]float32 // [r][s][j]: its state at the end of round r
	spec   RoundGameSpec
}

func rgSize(j int) int {
	l, err := commit.LayoutOf(rgShapes[j])
	if err != nil {
		panic(err)
	}
	return l.Elements
}

// newRGWorld makes a world; each hook is called with r = -1 once θ_0 is made, then with r once
// the shards' ends of round r are made (before the outer step that reads them).
func newRGWorld(seed uint64, S, R int, hooks ...func(w *rgWorld, r int)) *rgWorld {
	rng := rand.New(rand.NewPCG(seed, 0x726f756e64))
	rnd := func(n int, scale float64) []float32 {
		v := make([]float32, n)
		for i := range v {
			v[i] = float32((rng.Float64()*2 - 1) * scale)
		}
		return v
	}
	n, P := len(rgShapes), len(rgSlots)
	w := &rgWorld{S: S, R: R, lr: 0.7, mu: 0.9}
	theta0, mom0 := make([][]float32, P), make([][]float32, P)
	for k, j := range rgSlots {
		theta0[k], mom0[k] = rnd(rgSize(j), 2), make([]float32, rgSize(j)) // g_0: a zero momentum
	}
	w.theta, w.mom = [][][]float32{theta0}, [][][]float32{mom0}
	for _, h := range hooks {
		h(w, -1)
	}
	init := make([][]float32, n) // h_0's other slots
	for j := range n {
		init[j] = rnd(rgSize(j), 1)
	}
	for r := range R {
		w.start = append(w.start, make([][][]float32, S))
		w.end = append(w.end, make([][][]float32, S))
		for s := range S {
			x := make([][]float32, n)
			for j := range n {
				switch k := rgParam(j); {
				case k >= 0:
					x[j] = slices.Clone(w.theta[r][k])
				case r == 0:
					x[j] = slices.Clone(init[j])
				default:
					x[j] = slices.Clone(w.end[r-1][s][j])
				}
			}
			w.start[r][s] = x
			e := make([][]float32, n)
			for j := range n {
				scale := 1.0
				if rgParam(j) >= 0 {
					scale = 0.05 // training moves the parameters a little
				}
				e[j] = rnd(rgSize(j), scale)
				for i := range e[j] {
					e[j][i] += x[j][i]
				}
			}
			w.end[r][s] = e
		}
		for _, h := range hooks {
			h(w, r)
		}
		if r+1 < R {
			th, m := make([][]float32, P), make([][]float32, P)
			for k, j := range rgSlots {
				th[k], m[k] = make([]float32, rgSize(j)), make([]float32, rgSize(j))
				shards := make([]float32, S)
				for i := range th[k] {
					for q := range S {
						shards[q] = w.end[r][q][j][i]
					}
					th[k][i], m[k][i] = rgOuterElem(w.theta[r][k][i], w.mom[r][k][i], shards, w.lr, w.mu)
				}
			}
			w.theta, w.mom = append(w.theta, th), append(w.mom, m)
		}
	}
	for r := range R {
		w.gTheta, w.gMom = append(w.gTheta, make([][][]float32, S)), append(w.gMom, make([][][]float32, S))
		for s := range S {
			w.gTheta[r][s], w.gMom[r][s] = rgClone(w.theta[r]), rgClone(w.mom[r])
		}
	}
	w.spec = RoundGameSpec{
		NumStates: uint64(n), Inner: rgH, Lr: math.Float32bits(w.lr), Mu: math.Float32bits(w.mu),
		H0: commit.StateRoot(w.startRoots(0, 0)), G0: commit.StateRoot(w.globalRoots(0, 0)),
	}
	for _, j := range rgSlots {
		l, _ := commit.LayoutOf(rgShapes[j])
		w.spec.Slots = append(w.spec.Slots, uint64(j))
		w.spec.Rows = append(w.spec.Rows, uint64(l.Rows))
		w.spec.RowLens = append(w.spec.RowLens, uint64(l.RowLen))
	}
	return w
}

// rgRoots returns the tensor roots of a list of tensors.
func rgRoots(shapes [][]int, vals [][]float32) []commit.Hash {
	out := make([]commit.Hash, len(vals))
	for i := range vals {
		out[i] = commit.MustTensorRoot(shapes[i], vals[i])
	}
	return out
}

// globalShapes are G's tensors' shapes: θ, then the momentum.
func (w *rgWorld) globalShapes() [][]int {
	var out [][]int
	for range 2 {
		for _, j := range rgSlots {
			out = append(out, rgShapes[j])
		}
	}
	return out
}

func (w *rgWorld) globalRoots(r, s int) []commit.Hash {
	return rgRoots(w.globalShapes(), append(rgClone(w.gTheta[r][s]), w.gMom[r][s]...))
}

func (w *rgWorld) startRoots(r, s int) []commit.Hash { return rgRoots(rgShapes, w.start[r][s]) }
func (w *rgWorld) endRoots(r, s int) []commit.Hash   { return rgRoots(rgShapes, w.end[r][s]) }

// leaves are shard s's round r trace leaves: X_r, the state after each inner step (the last is
// the end of the round), G_r.
func (w *rgWorld) leaves(r, s int) []commit.Hash {
	ls := []commit.Hash{commit.StateRoot(w.startRoots(r, s))}
	for i := 1; i < rgH; i++ {
		ls = append(ls, commit.Keccak256([]byte(fmt.Sprintf("round %d shard %d h%d", r, s, i))))
	}
	return append(ls, commit.StateRoot(w.endRoots(r, s)), commit.StateRoot(w.globalRoots(r, s)))
}

// traceProof proves leaf i (0-based) of shard s's round r trace.
func (w *rgWorld) traceProof(r, s, i int) [][32]byte {
	p, err := commit.TraceProof(w.leaves(r, s), i+1)
	if err != nil {
		panic(err)
	}
	return hashes(p)
}

// elem is the chunk holding element i of a tensor and its proof.
func rgElem(shape []int, data []float32, i int) RoundGameElem {
	l, err := commit.LayoutOf(shape)
	if err != nil {
		panic(err)
	}
	row, chunk, _ := l.Locate(i)
	b, p, err := commit.TensorProof(shape, data, row, chunk)
	if err != nil {
		panic(err)
	}
	return RoundGameElem{Chunk: b, Proof: hashes(p)}
}

// rgStartArgs are resolveStart's arguments after the id and the spec.
type rgStartArgs struct {
	global, start, prevEnd, globalProof, startProof [][32]byte
}

func (w *rgWorld) startArgs(r, s int) rgStartArgs {
	a := rgStartArgs{
		global: hashes(w.globalRoots(r, s)), start: hashes(w.startRoots(r, s)), prevEnd: [][32]byte{},
		globalProof: w.traceProof(r, s, rgH+1), startProof: w.traceProof(r, s, 0),
	}
	if r > 0 {
		a.prevEnd = hashes(w.endRoots(r-1, s))
	}
	return a
}

// outer is resolveOuter's input for shard s's round r at element i of parameter k.
func (w *rgWorld) outer(r, s, k, i int) RoundGameOuter {
	shape, slot, P := rgShapes[rgSlots[k]], rgSlots[k], len(rgSlots)
	o := RoundGameOuter{
		PrevGlobal: hashes(w.globalRoots(r-1, s)), PrevGlobalProof: w.traceProof(r-1, s, rgH+1),
		Global: hashes(w.globalRoots(r, s)), GlobalProof: w.traceProof(r, s, rgH+1),
		Elems: []RoundGameElem{
			rgElem(shape, w.gTheta[r-1][s][k], i), rgElem(shape, w.gMom[r-1][s][k], i),
			rgElem(shape, w.gTheta[r][s][k], i), rgElem(shape, w.gMom[r][s][k], i),
		},
	}
	if len(o.PrevGlobal) != 2*P {
		panic("global state size")
	}
	for q := range w.S {
		ends := w.endRoots(r-1, q)
		p, err := commit.StateProof(ends, slot)
		if err != nil {
			panic(err)
		}
		o.ShardRoots = append(o.ShardRoots, ends[slot])
		o.ShardProofs = append(o.ShardProofs, hashes(p))
		o.Elems = append(o.Elems, rgElem(shape, w.end[r-1][q][slot], i))
	}
	return o
}

// ---------------------------------------------------------------- the job on the chain

// rgJob is a job of the world's shards and rounds on a dgEnv chain, its spec registered; solver
// i holds shard i and, with S = 2, solver 2 is the reserve.
type rgJob struct {
	*dgEnv
	t  *testing.T
	w  *rgWorld
	id *big.Int
}

func rgJobParams(d *dgEnv, S, R int) JobMarketJobParams {
	return JobMarketJobParams{
		SpecHash: crypto.Keccak256Hash([]byte("rg spec")), GraphRoot: crypto.Keccak256Hash([]byte("rg graph")), DataRoot: d.dataRt,
		Shards: uint16(S), Rounds: uint16(R), BiddingPeriod: d.rules.timeout + 600, TrainingPeriod: 86400,
		ChallengeWindow: rgWindow, Budget: tok(int64(100 * S)), StakePerShard: tok(50), VerifierFee: new(big.Int),
	}
}

// rgSpecHash is keccak256(abi.encode(spec)) computed in Go.
func (d *dgEnv) rgSpecHash(spec RoundGameSpec) common.Hash {
	d.t.Helper()
	args := abi.Arguments{{Type: d.rg.GetABI().Methods["specHash"].Inputs[0].Type}}
	b, err := args.Pack(spec)
	if err != nil {
		d.t.Fatal(err)
	}
	return crypto.Keccak256Hash(b)
}

// newRGJob posts the world's job (newRGWorld with the hooks), registers its spec and runs the
// auction. cheat, if not nil, changes the world before anything is committed.
func newRGJob(t *testing.T, seed uint64, S, R int, cheat func(*rgWorld), hooks ...func(*rgWorld, int)) *rgJob {
	t.Helper()
	d := dgDefaultEnv(t)
	w := newRGWorld(seed, S, R, hooks...)
	if cheat != nil {
		cheat(w)
	}
	j := &rgJob{dgEnv: d, t: t, w: w, id: d.post(rgJobParams(d, S, R))}
	d.send(d.submitter, d.rgC, d.rg.PackRegister(j.id, d.rgSpecHash(w.spec)))
	for i, s := range d.solvers {
		d.send(s, d.stkC, d.stk.PackBond(tok(50)))
		d.bid(s, j.id, tok(int64(10+i)))
	}
	d.endBidding(j.id)
	d.send(d.anyone, d.mktC, d.mkt.PackFinalizeAuction(j.id))
	for s := range S {
		if sh := d.shard(j.id, int64(s)); sh.Solver != d.solvers[s].addr {
			t.Fatalf("shard %d went to %v", s, sh.Solver)
		}
	}
	j.checkRG()
	return j
}

// holder is the account holding shard s.
func (j *rgJob) holder(s int) *account {
	j.t.Helper()
	addr := j.shard(j.id, int64(s)).Solver
	for _, a := range j.solvers {
		if a.addr == addr {
			return a
		}
	}
	j.t.Fatalf("shard %d held by %v", s, addr)
	return nil
}

// commitRound has shard s's holder commit the world's round r of shard s.
func (j *rgJob) commitRound(s, r int) *types.Receipt {
	j.t.Helper()
	ls := j.w.leaves(r, s)
	if len(ls) != rgH+2 {
		j.t.Fatalf("%d leaves", len(ls))
	}
	return j.send(j.holder(s), j.mktC, j.mkt.PackCommit(j.id, big.NewInt(int64(s)), commit.TraceRoot(ls), ls[rgH]))
}

// pass commits round r of every shard not committed yet, lets every window pass and pokes: every
// round is accepted and round r+1 opens.
func (j *rgJob) pass(r int) {
	j.t.Helper()
	var end uint64
	for s := range j.w.S {
		if sh := j.shard(j.id, int64(s)); sh.State == shardAssigned && sh.Round == uint16(r) {
			j.commitRound(s, r)
		}
		end = max(end, j.shard(j.id, int64(s)).Deadline)
	}
	j.advanceTo(end)
	want := slices.Repeat([]string{"RoundAccepted"}, j.w.S)
	j.expectEvents(j.send(j.anyone, j.mktC, j.mkt.PackPoke(j.id)), append(want, "RoundOpened")...)
	if jb := j.job(j.id); jb.Round != uint16(r+1) {
		j.t.Fatalf("job round %d, want %d", jb.Round, r+1)
	}
}

// checkRG checks that RoundGame holds exactly what it owes (escrowed bonds, deferred payments,
// burned shares), and the market's invariants.
func (j *rgJob) checkRG() {
	j.t.Helper()
	held := j.balance(j.rgAddr)
	escrowed := call(j.env, j.rgC, j.rg.PackTotalEscrowed(), j.rg.UnpackTotalEscrowed)
	unclaimed := call(j.env, j.rgC, j.rg.PackTotalUnclaimed(), j.rg.UnpackTotalUnclaimed)
	burned := call(j.env, j.rgC, j.rg.PackBurned(), j.rg.UnpackBurned)
	owed := call(j.env, j.rgC, j.rg.PackTotalOwed(), j.rg.UnpackTotalOwed)
	want := new(big.Int).Add(new(big.Int).Add(escrowed, unclaimed), burned)
	if owed.Cmp(want) != 0 {
		j.t.Fatalf("round game totalOwed %v, want %v (escrowed %v, unclaimed %v, burned %v)", owed, want, escrowed, unclaimed, burned)
	}
	if all := new(big.Int).Add(new(big.Int).Add(escrowed, unclaimed), burned); held.Cmp(all) != 0 {
		j.t.Fatalf("round game holds %v, owes %v (escrowed %v, unclaimed %v, burned %v)", held, all, escrowed, unclaimed, burned)
	}
	j.checkInvariants()
}

func (j *rgJob) openData(s int, kind uint8, param, element int) []byte {
	return j.rg.PackOpen(j.id, big.NewInt(int64(s)), kind, big.NewInt(int64(param)), big.NewInt(int64(element)), j.w.spec, j.rules.bond)
}

// open opens a game on shard s's committed round and checks the events, the record and the
// escrowed bond.
func (j *rgJob) open(from *account, s int, kind uint8, param, element int) *big.Int {
	j.t.Helper()
	sh := j.shard(j.id, int64(s))
	held, fromBal := j.balance(j.rgAddr), j.balance(from.addr)
	r := j.send(from, j.rgC, j.openData(s, kind, param, element))
	j.expectEvents(r, "DisputeOpened")
	if ev := findEvent(j.env, r, j.mkt.UnpackDisputeOpenedEvent); ev.Shard.Int64() != int64(s) ||
		ev.Attempt.Int64() != int64(sh.Attempt) || ev.OpenDisputes.Int64() != int64(sh.Disputes)+1 {
		j.t.Fatalf("DisputeOpened %+v", ev)
	}
	ev := findEvent(j.env, r, j.rg.UnpackRoundGameOpenedEvent)
	deadline := j.now() + j.rules.timeout
	if ev == nil || ev.JobId.Cmp(j.id) != 0 || ev.Shard.Int64() != int64(s) || ev.Attempt.Int64() != int64(sh.Attempt) ||
		ev.Round.Int64() != int64(sh.Round) || ev.Kind != kind || ev.Param.Int64() != int64(param) ||
		ev.Element.Int64() != int64(element) || ev.Challenger != from.addr || ev.Solver != sh.Solver || ev.Deadline != deadline {
		j.t.Fatalf("RoundGameOpened %+v", ev)
	}
	g := j.game(ev.Id)
	if g.Challenger != from.addr || g.Solver != sh.Solver || g.Deadline != deadline || g.Kind != kind || g.Outcome != rgNone ||
		g.Attempt != sh.Attempt || g.Round != sh.Round || g.Shard != uint16(s) || g.Shards != uint16(j.w.S) ||
		g.JobId != j.id.Uint64() || g.Param != uint64(param) || g.Element != uint64(element) {
		j.t.Fatalf("game %+v", g)
	}
	bigEq(j.t, "bond escrowed", sub(j.balance(j.rgAddr), held), j.rules.bond)
	bigEq(j.t, "bond paid", sub(fromBal, j.balance(from.addr)), j.rules.bond)
	j.checkRG()
	return ev.Id
}

func (j *rgJob) game(id *big.Int) RoundGameGame {
	j.t.Helper()
	return call(j.env, j.rgC, j.rg.PackGetGame(id), j.rg.UnpackGetGame)
}

func (j *rgJob) resolveStartData(id *big.Int, a rgStartArgs) []byte {
	return j.rg.PackResolveStart(id, j.w.spec, a.global, a.start, a.prevEnd, a.globalProof, a.startProof)
}

func (j *rgJob) resolveOuterData(id *big.Int, o RoundGameOuter) []byte {
	return j.rg.PackResolveOuter(id, j.w.spec, o)
}

// rgBalances is what a game's end moves.
type rgBalances struct {
	chal, solver, rgBurned, solverStake, chalStake, stakeBurned *big.Int
}

func (j *rgJob) balances(chal, solver *account) rgBalances {
	j.t.Helper()
	return rgBalances{
		chal: j.balance(chal.addr), solver: j.balance(solver.addr),
		rgBurned:    call(j.env, j.rgC, j.rg.PackBurned(), j.rg.UnpackBurned),
		solverStake: j.stake(solver.addr).Bonded, chalStake: j.stake(chal.addr).Bonded,
		stakeBurned: j.burned(),
	}
}

// expectEnd checks a game's end: for SolverRight, the challenger's bond is split (bondRewardBps
// to the solver, the rest burned) and the market's dispute closes in the solver's favour; for a
// win of the challenger (SolverWrong or Timeout), the bond comes back and the solver's shard
// stake is slashed (half of it to the challenger's stake) with the given market events.
func (j *rgJob) expectEnd(r *types.Receipt, id *big.Int, outcome uint8, chal, solver *account, before rgBalances, events ...string) {
	t := j.t
	t.Helper()
	g := j.game(id)
	if g.Outcome != outcome || g.Deadline != 0 {
		t.Fatalf("game %v: outcome %d deadline %d, want outcome %d", id, g.Outcome, g.Deadline, outcome)
	}
	ev := findEvent(j.env, r, j.rg.UnpackRoundGameEndedEvent)
	if ev == nil || ev.Id.Cmp(id) != 0 || ev.Outcome != outcome || ev.Moot {
		t.Fatalf("RoundGameEnded %+v, want outcome %d", ev, outcome)
	}
	after := j.balances(chal, solver)
	bond := j.rules.bond
	reward := new(big.Int).Div(new(big.Int).Mul(bond, big.NewInt(int64(j.rules.bondBPS))), big.NewInt(10_000))
	j.expectEvents(r, events...)
	dc := findEvent(j.env, r, j.mkt.UnpackDisputeClosedEvent)
	if dc == nil || dc.Shard.Uint64() != uint64(g.Shard) || dc.Attempt.Uint64() != uint64(g.Attempt) || dc.Challenger != chal.addr {
		t.Fatalf("DisputeClosed %+v", dc)
	}
	if outcome == rgSolverRight {
		if dc.SolverLost {
			t.Fatal("the market slashed a solver who won")
		}
		bigEq(t, "refunded", ev.Refunded, new(big.Int))
		bigEq(t, "reward", ev.Reward, reward)
		bigEq(t, "burned", ev.Burned, sub(bond, reward))
		bigEq(t, "challenger paid", sub(after.chal, before.chal), new(big.Int))
		bigEq(t, "solver paid", sub(after.solver, before.solver), reward)
		bigEq(t, "game burned", sub(after.rgBurned, before.rgBurned), sub(bond, reward))
		bigEq(t, "solver stake", after.solverStake, before.solverStake)
		bigEq(t, "challenger stake", after.chalStake, before.chalStake)
		bigEq(t, "stake burned", after.stakeBurned, before.stakeBurned)
	} else {
		if !dc.SolverLost {
			t.Fatal("the market did not slash a solver who lost")
		}
		sl := findEvent(j.env, r, j.mkt.UnpackSolverSlashedEvent)
		if sl.Solver != solver.addr || sl.Challenger != chal.addr || sl.Amount.Cmp(tok(50)) != 0 || sl.Reward.Cmp(tok(25)) != 0 {
			t.Fatalf("SolverSlashed %+v", sl)
		}
		bigEq(t, "refunded", ev.Refunded, bond)
		bigEq(t, "reward", ev.Reward, new(big.Int))
		bigEq(t, "burned", ev.Burned, new(big.Int))
		bigEq(t, "challenger refunded", sub(after.chal, before.chal), bond)
		bigEq(t, "solver paid", sub(after.solver, before.solver), new(big.Int))
		bigEq(t, "game burned", sub(after.rgBurned, before.rgBurned), new(big.Int))
		bigEq(t, "solver slashed", sub(before.solverStake, after.solverStake), tok(50))
		bigEq(t, "challenger stake reward", sub(after.chalStake, before.chalStake), tok(25))
		bigEq(t, "stake burned", sub(after.stakeBurned, before.stakeBurned), tok(25))
	}
	j.checkRG()
}

// expectReassigned checks that shard s went to the reserve (solver 2) as attempt 2 in round r.
func (j *rgJob) expectReassigned(s, r int) {
	j.t.Helper()
	sh := j.shard(j.id, int64(s))
	if sh.Solver != j.solvers[2].addr || sh.Attempt != 2 || sh.State != shardAssigned || sh.Round != uint16(r) {
		j.t.Fatalf("shard %d after the lost game: %+v", s, sh)
	}
	if jb := j.job(j.id); jb.Round != uint16(r) || jb.RoundsEnded {
		j.t.Fatalf("job after the lost game: %+v", jb)
	}
}

// rgEstimate reports whether the transaction would succeed now (a gas estimation).
func (j *rgJob) rgEstimate(from *account, data []byte) error {
	_, err := j.client.EstimateGas(j.ctx, ethereum.CallMsg{From: from.addr, To: &j.rgAddr, Data: data})
	return err
}

// ---------------------------------------------------------------- registration

// register: only the submitter of a job in rounds (rounds >= 2), while it takes bids and at
// least moveTimeout before bidding ends, once, with a nonzero hash; specOf returns it, and
// specHash (the view) is keccak256(abi.encode(spec)) as computed in Go. Only the deployer
// initializes, once, and only with a market whose round manager is the game.
func TestRoundGameRegister(t *testing.T) {
	d := dgDefaultEnv(t)
	w := newRGWorld(1, 2, 2)
	hash := d.rgSpecHash(w.spec)
	if got := call(d.env, d.rgC, d.rg.PackSpecHash(w.spec), d.rg.UnpackSpecHash); got != hash {
		t.Fatalf("specHash %x, Go %x", got, hash)
	}
	// Every field is in the hash.
	for i, change := range []func(*RoundGameSpec){
		func(s *RoundGameSpec) { s.NumStates++ }, func(s *RoundGameSpec) { s.Inner++ },
		func(s *RoundGameSpec) { s.Lr++ }, func(s *RoundGameSpec) { s.Mu++ },
		func(s *RoundGameSpec) { s.H0[0] ^= 1 }, func(s *RoundGameSpec) { s.G0[31] ^= 1 },
		func(s *RoundGameSpec) { s.Slots = []uint64{0, 1} }, func(s *RoundGameSpec) { s.Rows = []uint64{3, 3} },
		func(s *RoundGameSpec) { s.RowLens = []uint64{5, 1100, 1} },
	} {
		s := w.spec
		s.Slots, s.Rows, s.RowLens = slices.Clone(s.Slots), slices.Clone(s.Rows), slices.Clone(s.RowLens)
		change(&s)
		got := call(d.env, d.rgC, d.rg.PackSpecHash(s), d.rg.UnpackSpecHash)
		if got == hash || got != d.rgSpecHash(s) {
			t.Fatalf("change %d: specHash %x (unchanged %x, Go %x)", i, got, hash, d.rgSpecHash(s))
		}
	}

	postRounds := func(rounds uint16) (*big.Int, uint64) {
		id := d.post(rgJobParams(d, 2, int(rounds)))
		return id, d.job(id).BiddingEnds
	}
	a, _ := postRounds(3)
	one, _ := postRounds(1)
	zero, _ := postRounds(0)
	c, endC := postRounds(2)
	e, endE := postRounds(2)
	if endE != endC+1 {
		t.Fatalf("bidding ends %d and %d", endC, endE)
	}
	reg := func(id *big.Int, h common.Hash) []byte { return d.rg.PackRegister(id, h) }
	d.expectRevert(d.anyone, d.rgC, reg(a, hash), "NotSubmitter")
	d.expectRevert(d.solvers[0], d.rgC, reg(a, hash), "NotSubmitter")
	d.expectRevert(d.submitter, d.rgC, reg(a, common.Hash{}), "BadSpec")
	d.expectRevert(d.submitter, d.rgC, reg(one, hash), "NotInRounds")
	d.expectRevert(d.submitter, d.rgC, reg(zero, hash), "NotInRounds")
	d.expectRevert(d.submitter, d.rgC, reg(big.NewInt(99), hash), "NotSubmitter") // no such job
	if got := call(d.env, d.rgC, d.rg.PackSpecOf(a), d.rg.UnpackSpecOf); got != (common.Hash{}) {
		t.Fatalf("specOf before registration: %x", got)
	}
	r := d.send(d.submitter, d.rgC, reg(a, hash))
	if ev := findEvent(d.env, r, d.rg.UnpackRoundsRegisteredEvent); ev == nil || ev.JobId.Cmp(a) != 0 || ev.SpecHash != hash {
		t.Fatalf("RoundsRegistered %+v", ev)
	}
	if got := call(d.env, d.rgC, d.rg.PackSpecOf(a), d.rg.UnpackSpecOf); got != hash {
		t.Fatalf("specOf %x, want %x", got, hash)
	}
	if got := call(d.env, d.rgC, d.rg.PackSpecOf(c), d.rg.UnpackSpecOf); got != (common.Hash{}) {
		t.Fatalf("specOf of another job: %x", got)
	}
	d.expectRevert(d.submitter, d.rgC, reg(a, hash), "AlreadyRegistered")
	d.expectRevert(d.submitter, d.rgC, reg(a, common.Hash{7}), "AlreadyRegistered")

	// The registration closes moveTimeout before bidding ends: job e (bidding ends one second
	// after job c's) registers in the last second it can; job c, a second later, cannot.
	d.advanceTo(endE - d.rules.timeout - 1)
	d.send(d.submitter, d.rgC, reg(e, hash)) // mined at endE - timeout
	if now := d.now(); now != endE-d.rules.timeout {
		t.Fatalf("registered at %d, want %d", now, endE-d.rules.timeout)
	}
	_, err := d.trySend(d.submitter, d.rgC, reg(c, hash)) // estimated at endC - timeout + 1
	if name := d.revertName(err); name != "RegistrationClosed" {
		t.Fatalf("late registration: %s", d.describe(err))
	}
	// Not once the job has left bidding (here: closed without bids).
	d.advanceTo(endE)
	d.send(d.anyone, d.mktC, d.mkt.PackFinalizeAuction(c))
	if jb := d.job(c); jb.State == jobBidding {
		t.Fatalf("job c still bidding: %+v", jb)
	}
	d.expectRevert(d.submitter, d.rgC, reg(c, hash), "WrongJobState")

	// initialize: only the deployer, once, with a market whose round manager is the game.
	d.expectRevert(d.deployer, d.rgC, d.rg.PackInitialize(d.marketAddr), "AlreadyInitialized")
	addr, _ := d.deploy(d.deployer, RoundGameMetaData.Bin, d.rg.PackConstructor(3600, tok(20), big.NewInt(5000)))
	fresh := d.rg.Instance(d.client, addr)
	d.expectRevert(d.submitter, fresh, d.rg.PackRegister(a, hash), "NotInitialized")
	d.expectRevert(d.anyone, fresh, d.rg.PackInitialize(d.marketAddr), "NotDeployer")
	d.expectRevert(d.deployer, fresh, d.rg.PackInitialize(common.Address{}), "ZeroAddress")
	d.expectRevert(d.deployer, fresh, d.rg.PackInitialize(d.marketAddr), "NotRoundManagerOf")
	if got := call(d.env, d.rgC, d.rg.PackMarket(), d.rg.UnpackMarket); got != d.marketAddr {
		t.Fatalf("market %v", got)
	}
	if got := call(d.env, d.mktC, d.mkt.PackRoundManager(), d.mkt.UnpackRoundManager); got != d.rgAddr {
		t.Fatalf("round manager %v", got)
	}
	d.checkInvariants()
}

// ---------------------------------------------------------------- open

// open refuses a game without the job's registered spec (or with a registered spec that is not
// well formed), on a shard not committed, by the shard's solver, with another bond, an Outer game
// in round 0, a target out of range, a Start game with a target, or after the window.
func TestRoundGameOpenRefusals(t *testing.T) {
	j := newRGJob(t, 2, 2, 2, nil)
	w := j.w
	chal := j.challenger

	// Jobs whose spec is not registered, or registered but malformed (checked at every use).
	noSpec := j.post(rgJobParams(j.dgEnv, 2, 2))
	bad := map[string]func(*RoundGameSpec){
		"no params":          func(s *RoundGameSpec) { s.Slots, s.Rows, s.RowLens = nil, nil, nil },
		"slots descending":   func(s *RoundGameSpec) { s.Slots, s.Rows, s.RowLens = []uint64{2, 0}, []uint64{2, 3}, []uint64{1100, 5} },
		"slot out of range":  func(s *RoundGameSpec) { s.Slots = []uint64{0, 4} },
		"rows missing":       func(s *RoundGameSpec) { s.Rows = s.Rows[:1] },
		"zero row length":    func(s *RoundGameSpec) { s.RowLens = []uint64{5, 0} },
		"zero rows":          func(s *RoundGameSpec) { s.Rows = []uint64{0, 1} },
		"no inner step":      func(s *RoundGameSpec) { s.Inner = 0 },
		"too many states":    func(s *RoundGameSpec) { s.NumStates = 1<<48 + 1 },
		"too many inner":     func(s *RoundGameSpec) { s.Inner = 1<<48 + 1 },
		"repeated slot":      func(s *RoundGameSpec) { s.Slots = []uint64{2, 2} },
		"rowLens too many":   func(s *RoundGameSpec) { s.RowLens = []uint64{5, 1100, 1} },
		"slots fine (check)": nil, // a well-formed spec: refused for its shard only
	}
	badJobs := map[string]*big.Int{}
	badSpecs := map[string]RoundGameSpec{}
	for name, change := range bad {
		s := w.spec
		s.Slots, s.Rows, s.RowLens = slices.Clone(s.Slots), slices.Clone(s.Rows), slices.Clone(s.RowLens)
		if change != nil {
			change(&s)
		}
		id := j.post(rgJobParams(j.dgEnv, 2, 2))
		j.send(j.submitter, j.rgC, j.rg.PackRegister(id, j.rgSpecHash(s)))
		badJobs[name], badSpecs[name] = id, s
	}
	for name, id := range badJobs {
		data := j.rg.PackOpen(id, shard0, rgStart, new(big.Int), new(big.Int), badSpecs[name], j.rules.bond)
		want := "BadSpec"
		if bad[name] == nil {
			want = "ShardNotCommitted" // the job is still bidding
		}
		if got := j.revertName(j.rgEstimate(chal, data)); got != want {
			t.Fatalf("%s: open %s, want %s", name, got, want)
		}
	}
	j.expectRevert(chal, j.rgC, j.rg.PackOpen(noSpec, shard0, rgStart, new(big.Int), new(big.Int), w.spec, j.rules.bond), "NoSpec")

	// The spec must be the registered one.
	wrong := w.spec
	wrong.Lr = math.Float32bits(0.5)
	j.expectRevert(chal, j.rgC, j.rg.PackOpen(j.id, shard0, rgStart, new(big.Int), new(big.Int), wrong, j.rules.bond), "BadSpec")
	wrong = w.spec
	wrong.H0 = w.spec.G0
	j.expectRevert(chal, j.rgC, j.rg.PackOpen(j.id, shard0, rgStart, new(big.Int), new(big.Int), wrong, j.rules.bond), "BadSpec")

	// Nothing committed yet.
	j.expectRevert(chal, j.rgC, j.openData(0, rgStart, 0, 0), "ShardNotCommitted")
	j.commitRound(0, 0)
	j.expectRevert(chal, j.rgC, j.openData(1, rgStart, 0, 0), "ShardNotCommitted")
	j.expectRevert(chal, j.rgC, j.openData(2, rgStart, 0, 0), "ShardNotCommitted") // no shard 2
	j.expectRevert(j.solvers[0], j.rgC, j.openData(0, rgStart, 0, 0), "SelfChallenge")
	for _, b := range []*big.Int{new(big.Int), sub(j.rules.bond, big.NewInt(1)), tok(21)} {
		data := j.rg.PackOpen(j.id, shard0, rgStart, new(big.Int), new(big.Int), w.spec, b)
		j.expectRevert(chal, j.rgC, data, "WrongBond")
	}
	j.expectRevert(chal, j.rgC, j.openData(0, rgOuter, 0, 0), "BadTarget") // round 0 has no outer step
	j.expectRevert(chal, j.rgC, j.openData(0, rgStart, 1, 0), "BadTarget")
	j.expectRevert(chal, j.rgC, j.openData(0, rgStart, 0, 1), "BadTarget")
	j.expectRevert(chal, j.rgC, j.rg.PackOpen(j.id, shard0, 2, new(big.Int), new(big.Int), w.spec, j.rules.bond), "revert()") // no such kind

	// A Start game on round 0: the bond is escrowed, the market's dispute opened (which pauses the
	// window; a second game joins it).
	g1 := j.open(chal, 0, rgStart, 0, 0)
	if g1.Int64() != 1 {
		t.Fatalf("first game id %v", g1)
	}
	g2 := j.open(j.verifier, 0, rgStart, 0, 0)
	if sh := j.shard(j.id, 0); sh.Disputes != 2 || sh.State != shardCommitted {
		t.Fatalf("shard 0 with two games: %+v", sh)
	}
	bigEq(t, "escrowed", call(j.env, j.rgC, j.rg.PackTotalEscrowed(), j.rg.UnpackTotalEscrowed), tok(40))
	if n := call(j.env, j.rgC, j.rg.PackGameCount(), j.rg.UnpackGameCount); n.Int64() != 2 {
		t.Fatalf("gameCount %v", n)
	}
	for _, id := range []*big.Int{g1, g2} {
		j.send(j.anyone, j.rgC, j.resolveStartData(id, w.startArgs(0, 0)))
	}

	// Round 1: Outer games, with their targets in range only.
	j.pass(0)
	j.commitRound(0, 1)
	j.expectRevert(chal, j.rgC, j.openData(0, rgOuter, 2, 0), "BadTarget")
	j.expectRevert(chal, j.rgC, j.openData(0, rgOuter, 0, 15), "BadTarget")   // [3,5]
	j.expectRevert(chal, j.rgC, j.openData(0, rgOuter, 1, 2200), "BadTarget") // [2,1100]
	j.expectRevert(chal, j.rgC, j.openData(0, rgStart, 1, 3), "BadTarget")
	for _, tg := range [][2]int{{0, 14}, {1, 2199}, {0, 0}} {
		if err := j.rgEstimate(chal, j.openData(0, rgOuter, tg[0], tg[1])); err != nil {
			t.Fatalf("open Outer %v: %s", tg, j.describe(err))
		}
	}
	if err := j.rgEstimate(chal, j.openData(0, rgStart, 0, 0)); err != nil {
		t.Fatalf("open Start in round 1: %s", j.describe(err))
	}
	// After the window: the market refuses.
	j.advanceTo(j.shard(j.id, 0).Deadline)
	j.expectRevert(chal, j.rgC, j.openData(0, rgOuter, 0, 0), "ChallengeWindowClosed")
	j.checkRG()
}

// ---------------------------------------------------------------- Start

// Start games on shard 0 of a 2-shard, 3-round job (solver 2 the reserve): the solver is right
// if X_0 = h_0 and G_0 = g_0, or for r >= 1 if X_r holds G_r's parameters in the parameter
// slots and the shard's accepted end of round r-1 elsewhere. Anyone resolves with the committed
// data; the chain decides.
func TestRoundGameStart(t *testing.T) {
	cases := []struct {
		name  string
		round int
		cheat func(w *rgWorld)
		right bool
	}{
		{name: "round 0 honest", round: 0, right: true},
		{name: "round 0 other slot not h0's", round: 0, cheat: func(w *rgWorld) { w.start[0][0][3][4] = rgUlp(w.start[0][0][3][4]) }},
		{name: "round 0 param not h0's", round: 0, cheat: func(w *rgWorld) { w.start[0][0][2][1030] += 1 }},
		{name: "round 0 global not g0 (momentum)", round: 0, cheat: func(w *rgWorld) { w.gMom[0][0][1][5] = 1e-3 }},
		{name: "round 0 global not g0 (theta, copied into the start)", round: 0, cheat: func(w *rgWorld) {
			w.gTheta[0][0][0][2] = rgUlp(w.gTheta[0][0][0][2])
			w.start[0][0][0][2] = w.gTheta[0][0][0][2]
		}},
		{name: "round 1 honest", round: 1, right: true},
		{name: "round 1 other slot not the round 0 end", round: 1, cheat: func(w *rgWorld) {
			w.start[1][0][1][2] = math.Float32frombits(math.Float32bits(w.start[1][0][1][2]) ^ 1)
		}},
		{name: "round 1 other slot from the other shard's end", round: 1, cheat: func(w *rgWorld) { w.start[1][0][3] = slices.Clone(w.end[0][1][3]) }},
		{name: "round 1 other slot from round 0's start", round: 1, cheat: func(w *rgWorld) { w.start[1][0][1] = slices.Clone(w.start[0][0][1]) }},
		{name: "round 1 param not G_1's", round: 1, cheat: func(w *rgWorld) { w.start[1][0][2][1099] = rgUlp(w.start[1][0][2][1099]) }},
		{name: "round 1 param kept from the shard's end", round: 1, cheat: func(w *rgWorld) { w.start[1][0][0] = slices.Clone(w.end[0][0][0]) }},
		// A wrong G_1 copied into X_1 is consistent: the Outer game judges G_1.
		{name: "round 1 wrong G_1 copied into the start", round: 1, right: true, cheat: func(w *rgWorld) {
			w.gTheta[1][0][0][3] = rgUlp(w.gTheta[1][0][0][3])
			w.start[1][0][0][3] = w.gTheta[1][0][0][3]
		}},
		{name: "round 2 honest", round: 2, right: true},
		{name: "round 2 other slot not the round 1 end", round: 2, cheat: func(w *rgWorld) { w.start[2][0][3][0] = 0 }},
	}
	for ci, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			j := newRGJob(t, uint64(10+ci), 2, 3, c.cheat)
			w := j.w
			for r := range c.round {
				j.pass(r)
			}
			committed := "RoundCommitted"
			if c.round == 2 { // the last round's commit is the final one
				committed = "ShardCommitted"
			}
			j.expectEvents(j.commitRound(0, c.round), committed)
			end := j.shard(j.id, 0).Deadline // the end of the challenge window
			id := j.open(j.challenger, 0, rgStart, 0, 0)
			opened := j.now()
			solver := j.solvers[0]
			before := j.balances(j.challenger, solver)
			j.advance(600)
			r := j.send(j.anyone, j.rgC, j.resolveStartData(id, w.startArgs(c.round, 0)))
			t.Logf("resolveStart round %d, solver right %v: %d gas", c.round, c.right, r.GasUsed)
			if c.right {
				j.expectEnd(r, id, rgSolverRight, j.challenger, solver, before, "DisputeClosed")
				// The window resumes for what was left of it.
				dc := findEvent(j.env, r, j.mkt.UnpackDisputeClosedEvent)
				sh := j.shard(j.id, 0)
				if dc.ChallengeEnd != end+j.now()-opened || sh.Deadline != dc.ChallengeEnd || sh.Disputes != 0 {
					t.Fatalf("window: DisputeClosed %+v, shard %+v (committed end %d, paused %d s)", dc, sh, end, j.now()-opened)
				}
				if sh.State != shardCommitted || sh.Attempt != 1 || sh.Solver != solver.addr {
					t.Fatalf("shard after the won game: %+v", sh)
				}
			} else {
				j.expectEnd(r, id, rgSolverWrong, j.challenger, solver, before, "DisputeClosed", "SolverSlashed", "Slashed", "ShardAssigned")
				j.expectReassigned(0, c.round)
			}
			j.expectRevert(j.anyone, j.rgC, j.resolveStartData(id, w.startArgs(c.round, 0)), "GameIsOver")
			j.expectRevert(j.anyone, j.rgC, j.rg.PackTimeout(id), "GameIsOver")
			j.expectRevert(j.anyone, j.rgC, j.rg.PackEndMoot(id), "GameIsOver")
			j.checkRG()
		})
	}
}

// Refusals of resolveStart and the timeout, on honest data of shard 0's round 1: no game, the
// wrong kind, the wrong spec, answers of the wrong lengths (BadAnswer), proofs that do not hold
// (BadProof), too late; the timeout before the deadline (TooEarly) and after it, where the
// challenger wins and the solver is slashed. An Outer game on the same attempt is then moot.
func TestRoundGameStartRefusals(t *testing.T) {
	j := newRGJob(t, 3, 2, 2, nil)
	w := j.w
	P, n := len(rgSlots), len(rgShapes)

	// Round 0 of shard 1: a round-0 game takes no previous end.
	j.commitRound(0, 0)
	j.commitRound(1, 0)
	g0 := j.open(j.challenger, 1, rgStart, 0, 0)
	a := w.startArgs(0, 1)
	a.prevEnd = hashes(w.endRoots(0, 1))
	j.expectRevert(j.anyone, j.rgC, j.resolveStartData(g0, a), "BadAnswer")
	before := j.balances(j.challenger, j.solvers[1])
	r := j.send(j.solvers[1], j.rgC, j.resolveStartData(g0, w.startArgs(0, 1)))
	j.expectEnd(r, g0, rgSolverRight, j.challenger, j.solvers[1], before, "DisputeClosed")
	j.pass(0)

	j.commitRound(0, 1)
	g := j.open(j.challenger, 0, rgStart, 0, 0)
	gOuter := j.open(j.verifier, 0, rgOuter, 1, 1050)
	deadline := j.game(g).Deadline
	good := w.startArgs(1, 0)
	if err := j.rgEstimate(j.anyone, j.resolveStartData(g, good)); err != nil {
		t.Fatalf("honest resolution refused: %s", j.describe(err))
	}
	j.expectRevert(j.anyone, j.rgC, j.resolveStartData(big.NewInt(99), good), "NoGame")
	j.expectRevert(j.anyone, j.rgC, j.resolveStartData(gOuter, good), "WrongKind")
	j.expectRevert(j.anyone, j.rgC, j.resolveOuterData(g, w.outer(1, 0, 1, 1050)), "WrongKind")
	spec := w.spec
	spec.Mu++
	j.expectRevert(j.anyone, j.rgC, j.rg.PackResolveStart(g, spec, good.global, good.start, good.prevEnd, good.globalProof, good.startProof), "BadSpec")

	type mod struct {
		name   string
		change func(a *rgStartArgs)
		want   string
	}
	other := w.startArgs(1, 1) // the other shard's round 1
	prev := w.startArgs(0, 0)  // shard 0's round 0
	mods := []mod{
		{"global too short", func(a *rgStartArgs) { a.global = a.global[:2*P-1] }, "BadAnswer"},
		{"global too long", func(a *rgStartArgs) { a.global = append(a.global, a.global[0]) }, "BadAnswer"},
		{"start too short", func(a *rgStartArgs) { a.start = a.start[:n-1] }, "BadAnswer"},
		{"start too long", func(a *rgStartArgs) { a.start = append(a.start, a.start[0]) }, "BadAnswer"},
		{"prevEnd too short", func(a *rgStartArgs) { a.prevEnd = a.prevEnd[:n-1] }, "BadProof"},
		{"prevEnd empty", func(a *rgStartArgs) { a.prevEnd = [][32]byte{} }, "BadProof"},
		{"prevEnd of the other shard", func(a *rgStartArgs) { a.prevEnd = hashes(w.endRoots(0, 1)) }, "BadProof"},
		{"prevEnd changed", func(a *rgStartArgs) { a.prevEnd[1][0] ^= 1 }, "BadProof"},
		{"start changed", func(a *rgStartArgs) { a.start[3][5] ^= 1 }, "BadProof"},
		{"global changed", func(a *rgStartArgs) { a.global[2][5] ^= 1 }, "BadProof"},
		{"start proof of leaf 1", func(a *rgStartArgs) { a.startProof = w.traceProof(1, 0, 1) }, "BadProof"},
		{"global proof of leaf H", func(a *rgStartArgs) { a.globalProof = w.traceProof(1, 0, rgH) }, "BadProof"},
		{"proofs swapped", func(a *rgStartArgs) { a.startProof, a.globalProof = a.globalProof, a.startProof }, "BadProof"},
		{"start proof short", func(a *rgStartArgs) { a.startProof = a.startProof[:len(a.startProof)-1] }, "BadProof"},
		{"global proof long", func(a *rgStartArgs) { a.globalProof = append(a.globalProof, [32]byte{}) }, "BadProof"},
		{"the other shard's round", func(a *rgStartArgs) {
			a.global, a.start, a.globalProof, a.startProof = other.global, other.start, other.globalProof, other.startProof
		}, "BadProof"},
		{"round 0's trace", func(a *rgStartArgs) {
			a.global, a.start, a.globalProof, a.startProof = prev.global, prev.start, prev.globalProof, prev.startProof
		}, "BadProof"},
	}
	// A trace over H+1 leaves (no global state) does not verify.
	short := w.leaves(1, 0)[:rgH+1]
	p0, _ := commit.TraceProof(short, 1)
	mods = append(mods, mod{"start proof over H+1 leaves", func(a *rgStartArgs) { a.startProof = hashes(p0) }, "BadProof"})
	for _, m := range mods {
		a := w.startArgs(1, 0)
		m.change(&a)
		if got := j.revertName(j.rgEstimate(j.anyone, j.resolveStartData(g, a))); got != m.want {
			t.Fatalf("%s: %q, want %s", m.name, got, m.want)
		}
	}

	// The deadline: the timeout is too early before it, a resolution too late from it on.
	j.expectRevert(j.anyone, j.rgC, j.rg.PackTimeout(g), "TooEarly")
	j.expectRevert(j.anyone, j.rgC, j.rg.PackTimeout(big.NewInt(99)), "NoGame")
	j.expectRevert(j.anyone, j.rgC, j.rg.PackEndMoot(g), "NotMoot")
	j.advanceTo(deadline - 2)
	j.expectRevert(j.anyone, j.rgC, j.rg.PackTimeout(g), "TooEarly") // mined at deadline - 1
	j.advanceTo(deadline)
	j.expectRevert(j.anyone, j.rgC, j.resolveStartData(g, good), "TooLate")
	solver := j.solvers[0]
	before = j.balances(j.challenger, solver)
	r = j.send(j.anyone, j.rgC, j.rg.PackTimeout(g))
	j.expectEnd(r, g, rgTimeout, j.challenger, solver, before, "DisputeClosed", "SolverSlashed", "Slashed", "ShardAssigned")
	j.expectReassigned(0, 1)

	// The Outer game on the slashed attempt is moot (and past its deadline): its bond comes back.
	j.expectRevert(j.anyone, j.rgC, j.resolveOuterData(gOuter, w.outer(1, 0, 1, 1050)), "TooLate")
	j.expectRevert(j.anyone, j.rgC, j.rg.PackTimeout(big.NewInt(99)), "NoGame")
	v0 := j.balance(j.verifier.addr)
	r = j.send(j.anyone, j.rgC, j.rg.PackEndMoot(gOuter))
	if ev := findEvent(j.env, r, j.rg.UnpackRoundGameEndedEvent); ev == nil || ev.Outcome != rgMoot || !ev.Moot || ev.Refunded.Cmp(j.rules.bond) != 0 {
		t.Fatalf("RoundGameEnded %+v", ev)
	}
	j.expectEvents(r)
	bigEq(t, "moot bond back", sub(j.balance(j.verifier.addr), v0), j.rules.bond)
	j.checkRG()
}

// ---------------------------------------------------------------- Outer

type rgTarget struct {
	shard, param, element int
	right                 bool
}

// Outer games: θ_r and m_r at one element against the outer step of G_{r-1} (this shard's
// accepted round r-1 trace's last leaf) and every shard's accepted end of round r-1, recomputed
// on chain. The OuterChecked event shows the committed and the recomputed values, which must be
// the Go computation's bits.
func TestRoundGameOuter(t *testing.T) {
	cases := []struct {
		name    string
		S, R    int
		round   int
		cheat   func(w *rgWorld)
		hook    func(w *rgWorld, r int) // newRGWorld's
		targets []rgTarget              // played in order
		want    map[int][2]uint32       // θ_r and m_r bits at elements of param 1, if known
		alts    []string                // then a game on shard 0 at an element telling each rgOuterAlt apart (not fma-m in round 1: m_0 = 0)
	}{
		{name: "honest S=2", S: 2, R: 2, round: 1, alts: []string{"fma-step", "fma-theta"}, targets: []rgTarget{
			{0, 1, 1050, true}, // the second chunk of row 0 of the [2,1100] param
			{0, 0, 7, true},    // row 1 of the [3,5] param
			{1, 1, 2150, true}, // the second chunk of row 1
			{0, 1, 1500, true}, // the first (full) chunk of row 1
			{1, 1, 3, true},
			{1, 0, 14, true},
		}},
		{name: "honest S=3", S: 3, R: 2, round: 1, alts: []string{"fma-step", "fma-theta", "order", "recip"}, targets: []rgTarget{
			{0, 1, 1030, true}, {2, 0, 14, true}, {1, 1, 0, true}, {0, 0, 5, true},
		}},
		// Special values at elements 100..106 of θ_0 and the shards' round 0 ends: NaN (a
		// non-canonical one), infinities, Inf - Inf, subnormals, an overflow to Inf, signed
		// zeros, an exact cancellation.
		{name: "honest special values", S: 2, R: 2, round: 1, hook: func(w *rgWorld, r int) {
			f := math.Float32frombits
			th, e0, e1 := w.theta[0][1], [][]float32(nil), [][]float32(nil)
			if r == 0 {
				e0, e1 = w.end[0][0], w.end[0][1]
			}
			switch r {
			case -1:
				th[103], th[104], th[105], th[106] = f(0x00200000), 3e38, f(0x80000000), 1.5
			case 0:
				e1[2][100] = f(0xffc00001)                            // NaN with a payload
				e0[2][101] = float32(math.Inf(1))                     // θ - Inf = -Inf
				e0[2][102], e1[2][102] = e0[2][101], -e0[2][101]      // -Inf + Inf = NaN
				e0[2][103], e1[2][103] = f(0x00000003), f(0x80100001) // subnormals
				e0[2][104], e1[2][104] = -3e38, -2e38                 // overflows to Inf
				e0[2][105], e1[2][105] = 0, 0                         // -0 - +0 = -0
				e0[2][106], e1[2][106] = 1.5, 1.5                     // d = +0
			}
		}, targets: []rgTarget{
			{0, 1, 100, true}, {0, 1, 101, true}, {1, 1, 102, true}, {0, 1, 103, true},
			{1, 1, 104, true}, {0, 1, 105, true}, {1, 1, 106, true},
		}, want: map[int][2]uint32{
			100: {0x7fc00000, 0x7fc00000}, // the canonical NaN
			101: {0x7f800000, 0xff800000}, // θ - (-Inf) = +Inf, m = -Inf
			102: {0x7fc00000, 0x7fc00000},
			104: {0xff800000, 0x7f800000}, // d = +Inf
			105: {0x80000000, 0x00000000}, // θ stays -0, m = +0 + -0 = +0
			106: {0x3fc00000, 0x00000000}, // d = +0: θ unchanged
		}},
		{name: "honest round 2 (nonzero momentum)", S: 2, R: 3, round: 2, alts: []string{"fma-m", "fma-step", "fma-theta"}, targets: []rgTarget{
			{0, 1, 1099, true}, {1, 0, 0, true}, {0, 0, 11, true},
		}},
		{name: "theta one ulp off", S: 2, R: 2, round: 1, cheat: func(w *rgWorld) {
			w.gTheta[1][0][1][1050] = rgUlp(w.gTheta[1][0][1][1050])
		}, targets: []rgTarget{{0, 1, 1051, true}, {0, 1, 1050, false}}},
		{name: "theta one ulp off in [3,5]", S: 2, R: 2, round: 1, cheat: func(w *rgWorld) {
			w.gTheta[1][1][0][8] = math.Float32frombits(math.Float32bits(w.gTheta[1][1][0][8]) - 1)
		}, targets: []rgTarget{{1, 0, 9, true}, {1, 0, 8, false}}},
		{name: "momentum wrong", S: 2, R: 2, round: 1, cheat: func(w *rgWorld) {
			w.gMom[1][0][0][7] = rgUlp(w.gMom[1][0][0][7])
		}, targets: []rgTarget{{0, 1, 7, true}, {0, 0, 7, false}}},
		{name: "momentum not carried (round 2)", S: 2, R: 3, round: 2, cheat: func(w *rgWorld) {
			// m_2 = d as if m_1 were zero (θ_2 consistent with it).
			k, i := 1, 600
			shards := []float32{w.end[1][0][2][i], w.end[1][1][2][i]}
			w.gTheta[2][0][k][i], w.gMom[2][0][k][i] = rgOuterElem(w.theta[1][k][i], 0, shards, w.lr, w.mu)
		}, targets: []rgTarget{{0, 1, 600, false}}},
	}
	for ci, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var hooks []func(*rgWorld, int)
			if c.hook != nil {
				hooks = append(hooks, c.hook)
			}
			j := newRGJob(t, uint64(40+ci), c.S, c.R, c.cheat, hooks...)
			w := j.w
			for r := range c.round {
				j.pass(r)
			}
			for s := range c.S {
				j.commitRound(s, c.round)
			}
			targets := slices.Clone(c.targets)
			for _, how := range c.alts {
				k, i, ok := w.sensitive(c.round, how)
				if !ok {
					t.Fatalf("no element tells %q apart", how)
				}
				t.Logf("%s differs at param %d element %d", how, k, i)
				targets = append(targets, rgTarget{0, k, i, true})
			}
			for _, tg := range targets {
				k, i, s := tg.param, tg.element, tg.shard
				id := j.open(j.challenger, s, rgOuter, k, i)
				solver := j.holder(s)
				before := j.balances(j.challenger, solver)
				r := j.send(j.anyone, j.rgC, j.resolveOuterData(id, w.outer(c.round, s, k, i)))
				t.Logf("resolveOuter S=%d round %d param %d element %d, solver right %v: %d gas", c.S, c.round, k, i, tg.right, r.GasUsed)

				// OuterChecked: the committed values, and the outer step of the committed G_{r-1}
				// (honest in every case) and the shards' ends, computed in Go.
				shards := make([]float32, c.S)
				for q := range c.S {
					shards[q] = w.end[c.round-1][q][rgSlots[k]][i]
				}
				wantTh, wantM := rgOuterElem(w.gTheta[c.round-1][s][k][i], w.gMom[c.round-1][s][k][i], shards, w.lr, w.mu)
				if math.Float32bits(wantTh) != math.Float32bits(w.theta[c.round][k][i]) || math.Float32bits(wantM) != math.Float32bits(w.mom[c.round][k][i]) {
					t.Fatal("the Go outer step is not the world's")
				}
				ev := findEvent(j.env, r, j.rg.UnpackOuterCheckedEvent)
				if ev == nil || ev.Id.Cmp(id) != 0 ||
					ev.Theta != math.Float32bits(w.gTheta[c.round][s][k][i]) || ev.Momentum != math.Float32bits(w.gMom[c.round][s][k][i]) ||
					ev.WantTheta != math.Float32bits(wantTh) || ev.WantMomentum != math.Float32bits(wantM) {
					t.Fatalf("OuterChecked %+v, want theta %08x momentum %08x wantTheta %08x wantMomentum %08x", ev,
						math.Float32bits(w.gTheta[c.round][s][k][i]), math.Float32bits(w.gMom[c.round][s][k][i]),
						math.Float32bits(wantTh), math.Float32bits(wantM))
				}
				if want, ok := c.want[i]; ok && k == 1 && (ev.WantTheta != want[0] || ev.WantMomentum != want[1]) {
					t.Fatalf("element %d: outer step %08x %08x, want %08x %08x", i, ev.WantTheta, ev.WantMomentum, want[0], want[1])
				}
				if tg.right {
					j.expectEnd(r, id, rgSolverRight, j.challenger, solver, before, "DisputeClosed")
					continue
				}
				if ev.Theta == ev.WantTheta && ev.Momentum == ev.WantMomentum {
					t.Fatal("a cheat that changes nothing")
				}
				j.expectEnd(r, id, rgSolverWrong, j.challenger, solver, before, "DisputeClosed", "SolverSlashed", "Slashed", "ShardAssigned")
				j.expectReassigned(s, c.round)
			}
			j.checkRG()
		})
	}
}

// Refusals of resolveOuter on honest data of shard 0's round 1 (element 1050 of the [2,1100]
// param): tampered chunks, proofs of another leaf, slot or shard, G from the wrong trace, inputs
// of the wrong lengths. Then the honest resolution wins.
func TestRoundGameOuterRefusals(t *testing.T) {
	j := newRGJob(t, 5, 2, 2, nil)
	w := j.w
	P := len(rgSlots)
	j.pass(0)
	j.commitRound(0, 1)
	const k, i = 1, 1050
	id := j.open(j.challenger, 0, rgOuter, k, i)
	start := j.open(j.verifier, 0, rgStart, 0, 0)
	good := w.outer(1, 0, k, i)
	if err := j.rgEstimate(j.anyone, j.resolveOuterData(id, good)); err != nil {
		t.Fatalf("honest resolution refused: %s", j.describe(err))
	}
	j.expectRevert(j.anyone, j.rgC, j.resolveOuterData(start, good), "WrongKind")
	spec := w.spec
	spec.RowLens = []uint64{5, 1100 + 1}
	j.expectRevert(j.anyone, j.rgC, j.rg.PackResolveOuter(id, spec, good), "BadSpec")

	slot1 := func() (commit.Hash, [][32]byte) {
		ends := w.endRoots(0, 0)
		p, _ := commit.StateProof(ends, 1)
		return ends[1], hashes(p)
	}
	other := w.outer(1, 0, k, 10) // element 10: the first chunk of the same row
	mods := []struct {
		name   string
		change func(o *RoundGameOuter)
		want   string
	}{
		{"prevGlobal short", func(o *RoundGameOuter) { o.PrevGlobal = o.PrevGlobal[:2*P-1] }, "BadAnswer"},
		{"global long", func(o *RoundGameOuter) { o.Global = append(o.Global, o.Global[0]) }, "BadAnswer"},
		{"shardRoots short", func(o *RoundGameOuter) { o.ShardRoots = o.ShardRoots[:1] }, "BadAnswer"},
		{"shardProofs long", func(o *RoundGameOuter) { o.ShardProofs = append(o.ShardProofs, o.ShardProofs[0]) }, "BadAnswer"},
		{"elems short", func(o *RoundGameOuter) { o.Elems = o.Elems[:len(o.Elems)-1] }, "BadAnswer"},
		{"elems long", func(o *RoundGameOuter) { o.Elems = append(o.Elems, o.Elems[0]) }, "BadAnswer"},
		{"θ_r chunk tampered", func(o *RoundGameOuter) { o.Elems[2].Chunk[4*(i-1024)] ^= 1 }, "BadProof"},
		{"m_{r-1} chunk tampered", func(o *RoundGameOuter) { o.Elems[1].Chunk[0] ^= 0x80 }, "BadProof"},
		{"shard 1's chunk tampered", func(o *RoundGameOuter) { o.Elems[5].Chunk[4*(i-1024)+3] ^= 1 }, "BadProof"},
		{"shard chunk truncated", func(o *RoundGameOuter) { o.Elems[4].Chunk = o.Elems[4].Chunk[:4*(i-1024)] }, "BadProof"},
		{"θ_r proof of another leaf", func(o *RoundGameOuter) { o.Elems[2] = other.Elems[2] }, "BadProof"},
		{"θ_{r-1} and m_{r-1} swapped", func(o *RoundGameOuter) { o.Elems[0], o.Elems[1] = o.Elems[1], o.Elems[0] }, "BadProof"},
		{"shard proofs swapped", func(o *RoundGameOuter) { o.ShardProofs[0], o.ShardProofs[1] = o.ShardProofs[1], o.ShardProofs[0] }, "BadProof"},
		{"shard roots and elems swapped", func(o *RoundGameOuter) {
			o.ShardRoots[0], o.ShardRoots[1] = o.ShardRoots[1], o.ShardRoots[0]
			o.ShardProofs[0], o.ShardProofs[1] = o.ShardProofs[1], o.ShardProofs[0]
			o.Elems[4], o.Elems[5] = o.Elems[5], o.Elems[4]
		}, "BadProof"},
		{"shard root of another slot", func(o *RoundGameOuter) { o.ShardRoots[0], o.ShardProofs[0] = slot1() }, "BadProof"},
		{"shard proof short", func(o *RoundGameOuter) { o.ShardProofs[1] = o.ShardProofs[1][1:] }, "BadProof"},
		{"prevGlobal from round 1's trace", func(o *RoundGameOuter) { o.PrevGlobal, o.PrevGlobalProof = o.Global, o.GlobalProof }, "BadProof"},
		{"global from round 0's trace", func(o *RoundGameOuter) { o.Global, o.GlobalProof = o.PrevGlobal, o.PrevGlobalProof }, "BadProof"},
		{"prevGlobal proof of leaf H", func(o *RoundGameOuter) { o.PrevGlobalProof = w.traceProof(0, 0, rgH) }, "BadProof"},
		{"global of the other shard", func(o *RoundGameOuter) { o.GlobalProof = w.traceProof(1, 1, rgH+1) }, "BadProof"},
		{"θ and m roots swapped", func(o *RoundGameOuter) { o.Global[k], o.Global[P+k] = o.Global[P+k], o.Global[k] }, "BadProof"},
	}
	for _, m := range mods {
		o := w.outer(1, 0, k, i)
		m.change(&o)
		if got := j.revertName(j.rgEstimate(j.anyone, j.resolveOuterData(id, o))); got != m.want {
			t.Fatalf("%s: %q, want %s", m.name, got, m.want)
		}
	}
	before := j.balances(j.challenger, j.solvers[0])
	r := j.send(j.solvers[0], j.rgC, j.resolveOuterData(id, good))
	j.expectEnd(r, id, rgSolverRight, j.challenger, j.solvers[0], before, "DisputeClosed")
	before = j.balances(j.verifier, j.solvers[0])
	r = j.send(j.solvers[0], j.rgC, j.resolveStartData(start, w.startArgs(1, 0)))
	j.expectEnd(r, start, rgSolverRight, j.verifier, j.solvers[0], before, "DisputeClosed")
}

// ---------------------------------------------------------------- moot games

// Games on a shard attempt that another game slashed are moot: resolving one reverts Moot (also
// once the reserve has committed the round again), endMoot refunds its bond, and a timeout
// refunds it too without touching the replacement; endMoot on a live game reverts NotMoot.
func TestRoundGameMoot(t *testing.T) {
	j := newRGJob(t, 6, 2, 2, func(w *rgWorld) { w.start[0][0][1][0] = rgUlp(w.start[0][0][1][0]) })
	w := j.w
	j.commitRound(0, 0)
	j.commitRound(1, 0)
	g1 := j.open(j.challenger, 0, rgStart, 0, 0)
	g2 := j.open(j.anyone, 0, rgStart, 0, 0)
	g3 := j.open(j.verifier, 0, rgStart, 0, 0)
	live := j.open(j.challenger, 1, rgStart, 0, 0)
	deadline3 := j.game(g3).Deadline

	before := j.balances(j.challenger, j.solvers[0])
	r := j.send(j.solvers[1], j.rgC, j.resolveStartData(g1, w.startArgs(0, 0)))
	j.expectEnd(r, g1, rgSolverWrong, j.challenger, j.solvers[0], before, "DisputeClosed", "SolverSlashed", "Slashed", "ShardAssigned")
	j.expectReassigned(0, 0)

	j.expectRevert(j.anyone, j.rgC, j.resolveStartData(g2, w.startArgs(0, 0)), "Moot")
	j.expectRevert(j.anyone, j.rgC, j.rg.PackEndMoot(live), "NotMoot")
	// The reserve commits round 0 (honest): the shard is committed again, as attempt 2.
	w.start[0][0][1][0] = math.Float32frombits(math.Float32bits(w.start[0][0][1][0]) - 1)
	j.commitRound(0, 0)
	if sh := j.shard(j.id, 0); sh.State != shardCommitted || sh.Attempt != 2 || sh.Disputes != 0 {
		t.Fatalf("replacement's commit: %+v", sh)
	}
	j.expectRevert(j.anyone, j.rgC, j.resolveStartData(g2, w.startArgs(0, 0)), "Moot")

	anyone0, s2stake := j.balance(j.anyone.addr), j.stake(j.solvers[2].addr).Bonded
	r = j.send(j.solvers[2], j.rgC, j.rg.PackEndMoot(g2))
	ev := findEvent(j.env, r, j.rg.UnpackRoundGameEndedEvent)
	if ev == nil || ev.Id.Cmp(g2) != 0 || ev.Outcome != rgMoot || !ev.Moot || ev.Refunded.Cmp(j.rules.bond) != 0 ||
		ev.Reward.Sign() != 0 || ev.Burned.Sign() != 0 {
		t.Fatalf("RoundGameEnded %+v", ev)
	}
	j.expectEvents(r) // the market is not told
	bigEq(t, "bond back", sub(j.balance(j.anyone.addr), anyone0), j.rules.bond)
	if g := j.game(g2); g.Outcome != rgMoot || g.Deadline != 0 {
		t.Fatalf("moot game %+v", g)
	}
	j.expectRevert(j.anyone, j.rgC, j.rg.PackEndMoot(g2), "GameIsOver")
	j.expectRevert(j.anyone, j.rgC, j.rg.PackEndMoot(big.NewInt(99)), "NoGame")
	j.checkRG()

	// The third game times out: moot, refunded; the replacement is not slashed.
	j.advanceTo(deadline3)
	v0 := j.balance(j.verifier.addr)
	r = j.send(j.anyone, j.rgC, j.rg.PackTimeout(g3))
	if ev := findEvent(j.env, r, j.rg.UnpackRoundGameEndedEvent); ev == nil || ev.Outcome != rgMoot || !ev.Moot {
		t.Fatalf("RoundGameEnded %+v", ev)
	}
	j.expectEvents(r)
	bigEq(t, "timed-out moot bond back", sub(j.balance(j.verifier.addr), v0), j.rules.bond)
	bigEq(t, "replacement stake", j.stake(j.solvers[2].addr).Bonded, s2stake)
	if sh := j.shard(j.id, 0); sh.State != shardCommitted || sh.Attempt != 2 {
		t.Fatalf("replacement after the moot timeout: %+v", sh)
	}

	// The live game on shard 1 timed out as well: its solver is slashed; no reserve is left, so
	// the shard is refunded, which ends the rounds.
	before = j.balances(j.challenger, j.solvers[1])
	r = j.send(j.anyone, j.rgC, j.rg.PackTimeout(live))
	if ev := findEvent(j.env, r, j.rg.UnpackRoundGameEndedEvent); ev == nil || ev.Outcome != rgTimeout || ev.Moot {
		t.Fatalf("RoundGameEnded %+v", ev)
	}
	bigEq(t, "shard 1 slashed", sub(before.solverStake, j.stake(j.solvers[1].addr).Bonded), tok(50))
	bigEq(t, "challenger refunded", sub(j.balance(j.challenger.addr), before.chal), j.rules.bond)
	if sh := j.shard(j.id, 1); sh.State != shardRefunded {
		t.Fatalf("shard 1: %+v", sh)
	}
	bigEq(t, "nothing escrowed", call(j.env, j.rgC, j.rg.PackTotalEscrowed(), j.rg.UnpackTotalEscrowed), new(big.Int))
	j.checkRG()
}
