package contracts

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	goruntime "runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	vmruntime "github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/data"
	"veritrain/internal/dispute"
	"veritrain/internal/game"
	"veritrain/internal/proof"
	"veritrain/internal/tensor"
	"veritrain/internal/train"
)

// Differential tests of contracts/src/Judge.sol (the on-chain element check) against the Go judge
// it must reproduce: dispute.Job.Judge, which decodes the witness, requires that it is about the
// claim's output root and value, and runs proof.Adjudicate. Every case runs through both, and
// they must agree exactly: the same verdict (solver right or wrong), or both reject (a Go error
// is a revert of the contract; a Solidity panic is a failure of the test, not a rejection).
//
// The witnesses come from real steps of both golden examples (internal/train/testdata, built
// with internal/proof as its golden tests do) and from a small hand-made step program that uses
// every primitive with rows longer than one chunk, batch axes, scalars and data-dependent
// indices:
//   - honest witnesses (solver right) for every op of the MNIST step and of the synthetic
//     program, and for a sample of the GPT step that covers every primitive;
//   - cheating solvers (solver wrong): one element of one op changed by one ulp either way (the
//     rounding-edge probes), a sign flip, NaN, infinities, a subnormal;
//   - damaged witnesses and claims (rejected): every proof, index, leaf, operand and tag
//     changed, random bit flips, truncations, a trailing byte, and claims that do not fit the
//     witness.
//
// Hand-made graphs add what no honest step contains: descriptors that break each shape rule or
// do not decode, index values that are not indices, an operand above the Go judge's size limit,
// trees over non-zero padding. Modes (environment variables):
//
//	VERITRAIN_JUDGE_GAS=1          the gas report on the full examples (examples/mnist-mlp.toml
//	                               and examples/char-gpt.toml, about a minute): the element check
//	                               of every op at its largest witness, the largest per primitive,
//	                               and which ops fit a 10,000,000-gas transaction (docs/witness.md
//	                               section 9.4)
//	VERITRAIN_JUDGE_ARTIFACT=FILE  test this Judge artifact (compile.js output) instead of the
//	                               embedded one, e.g. a deliberately broken Judge (mutation testing)
const (
	envJudgeGas    = "VERITRAIN_JUDGE_GAS"
	judgeTxTarget  = 10_000_000 // gas per transaction the dispute must fit (issue 6)
	judgeGasBudget = 1 << 40    // gas per call in the in-process EVM

	judgeTxMaxSize    = 128 << 10 // geth's transaction pool refuses larger transactions (legacypool.txMaxSize)
	judgeCallOverhead = 700       // bytes of a check transaction besides the witness (claim, chunk, signature)
)

// judgeClaim is ElementClaim (contracts/src/IJudge.sol) for abi encoding: the generated binding's
// struct (judge_bindings.go).
type judgeClaim = ElementClaim

// judgeContext is the job-context encoding of Judge.registerContext: u8 version 1, u64 dataSize,
// u64 batch, u64 seed, u8 n, n x u32 floats per sample of each batch input.
func judgeContext(dataSize, batch, seed uint64, lens []int) []byte {
	b := []byte{1}
	b = binary.BigEndian.AppendUint64(b, dataSize)
	b = binary.BigEndian.AppendUint64(b, batch)
	b = binary.BigEndian.AppendUint64(b, seed)
	b = append(b, byte(len(lens)))
	for _, l := range lens {
		b = binary.BigEndian.AppendUint32(b, uint32(l))
	}
	return b
}

// judgeArtifact is the embedded Judge, or the artifact file named by VERITRAIN_JUDGE_ARTIFACT
// (to test a modified Judge without rewriting contracts/build, e.g. for mutation testing).
func judgeArtifact() (*Artifact, error) {
	path := os.Getenv("VERITRAIN_JUDGE_ARTIFACT")
	if path == "" {
		return LoadArtifact("Judge")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var a Artifact
	return &a, json.Unmarshal(raw, &a)
}

// judgeEVM is one Judge deployed in go-ethereum's in-process EVM (Osaka rules). Not safe for
// concurrent use: every worker has its own.
type judgeEVM struct {
	abi  abi.ABI
	cfg  *vmruntime.Config
	addr common.Address
	errs map[[4]byte]string
}

func newJudgeEVM(t testing.TB, contexts ...[]byte) *judgeEVM {
	t.Helper()
	art, err := judgeArtifact()
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(bytes.NewReader(art.ABI))
	if err != nil {
		t.Fatal(err)
	}
	db, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	cfg := &vmruntime.Config{ChainConfig: params.MergedTestChainConfig, State: db, GasLimit: judgeGasBudget, Time: 1}
	_, addr, _, err := vmruntime.Create(art.Bytecode, cfg)
	if err != nil {
		t.Fatalf("deploy Judge: %v", err)
	}
	h := &judgeEVM{abi: parsed, cfg: cfg, addr: addr, errs: map[[4]byte]string{}}
	for name, e := range parsed.Errors {
		var id [4]byte
		copy(id[:], e.ID[:4])
		h.errs[id] = name
	}
	for _, c := range contexts {
		if _, err := h.call("registerContext", c); err != nil {
			t.Fatalf("registerContext(%x): %v", c, err)
		}
	}
	return h
}

// call runs method and returns its outputs; a revert is an error naming the custom error.
func (h *judgeEVM) call(method string, args ...any) ([]any, error) {
	out, _, err := h.callGas(method, args...)
	return out, err
}

// errJudgeRevert wraps every revert of the Judge.
var errJudgeRevert = errors.New("reverted")

func (h *judgeEVM) callGas(method string, args ...any) ([]any, uint64, error) {
	input, err := h.abi.Pack(method, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("pack %s: %w", method, err)
	}
	ret, left, err := vmruntime.Call(h.addr, input, h.cfg)
	gas := h.cfg.GasLimit - left
	if errors.Is(err, vm.ErrExecutionReverted) {
		return nil, gas, fmt.Errorf("%s: %w with %s", method, errJudgeRevert, h.reason(ret))
	}
	if err != nil {
		return nil, gas, fmt.Errorf("%s: %w", method, err)
	}
	out, err := h.abi.Unpack(method, ret)
	if err != nil {
		return nil, gas, fmt.Errorf("unpack %s: %w", method, err)
	}
	return out, gas, nil
}

// reason names the revert data: a custom error of the Judge, or a Solidity Panic(code).
func (h *judgeEVM) reason(ret []byte) string {
	if len(ret) < 4 {
		return fmt.Sprintf("no error (%x)", ret)
	}
	var id [4]byte
	copy(id[:], ret)
	if name, ok := h.errs[id]; ok {
		return name
	}
	if id == [4]byte{0x4e, 0x48, 0x7b, 0x71} && len(ret) == 36 {
		return fmt.Sprintf("Panic(0x%x)", ret[35])
	}
	return fmt.Sprintf("unknown error %x", ret)
}

// judgeResult is what the contract said about one case.
type judgeResult struct {
	right    bool
	reverted bool
	reason   string // the error, on a revert
	gas      uint64 // execution gas of the call (no intrinsic gas)
	tx       uint64 // gas of a transaction making the call (judgeTxGas)
	err      error  // neither a verdict nor a revert: the test fails
}

func (h *judgeEVM) check(c judgeClaim, witness []byte) judgeResult {
	return h.verdict("checkElement", c, witness)
}

// verdict runs one of the Judge's checks and returns its verdict, revert reason and gas.
func (h *judgeEVM) verdict(method string, args ...any) judgeResult {
	input, err := h.abi.Pack(method, args...)
	if err != nil {
		return judgeResult{err: err}
	}
	ret, left, err := vmruntime.Call(h.addr, input, h.cfg)
	r := judgeResult{gas: h.cfg.GasLimit - left}
	r.tx = judgeTxGas(r.gas, input)
	switch {
	case errors.Is(err, vm.ErrExecutionReverted):
		r.reverted, r.reason = true, h.reason(ret)
	case err != nil:
		r.err = err
	default:
		out, err := h.abi.Unpack(method, ret)
		if err != nil {
			r.err = err
		} else {
			r.right = out[0].(bool)
		}
	}
	return r
}

// judgeWant is what a case must give (the Go judge is checked against it too).
type judgeWant int

const (
	judgeAny    judgeWant = iota // only Go and Solidity must agree
	judgeRight                   // solver right
	judgeWrong                   // solver wrong
	judgeReject                  // an error / a revert
)

func (w judgeWant) String() string {
	return [...]string{"any", "solver-right", "solver-wrong", "reject"}[w]
}

// judgeCase is one claim and witness, judged by the Go job and by the contract.
type judgeCase struct {
	name    string
	job     *dispute.Job
	ctx     [32]byte // ElementClaim.context: the hash of the job's registered context
	claim   game.ElementClaim
	witness []byte
	want    judgeWant
	reason  string    // if set, the contract's revert must be this error
	prim    tensor.Op // the disputed op's primitive (for the report)
}

func (c *judgeCase) onChain() judgeClaim {
	return judgeClaim{
		Step: big.NewInt(int64(c.claim.Step)), Op: big.NewInt(int64(c.claim.Op)), Element: big.NewInt(int64(c.claim.Element)),
		Claimed: c.claim.Claimed, OutputRoot: c.claim.OutputRoot, OpTraceRoot: c.claim.OpTraceRoot, Prev: c.claim.Prev, Cur: c.claim.Cur,
		JobId: big.NewInt(7), Shard: big.NewInt(0), GraphRoot: c.job.GraphRoot,
		NumOps: big.NewInt(int64(len(c.job.Ops))), NumStates: big.NewInt(int64(c.job.NumStates)),
		DataRoot: c.job.DataRoot, Context: c.ctx,
	}
}

// judgeGo is the Go judge's answer; a panic is reported as such (a bug, not a rejection).
func judgeGo(c *judgeCase) (right bool, err error, panicked any) {
	defer func() {
		if r := recover(); r != nil {
			panicked = r
		}
	}()
	right, err = c.job.Judge().CheckElement(c.claim, c.witness)
	return right, err, nil
}

// judgeTally counts outcomes and keeps the most expensive case per primitive.
type judgeTally struct {
	right, wrong, reject int
	gas                  map[tensor.Op]judgeGasCase
}

type judgeGasCase struct {
	gas   uint64
	tx    uint64
	size  int
	name  string
	claim game.ElementClaim
}

// judgeRunCases judges every case with Go and (on GOMAXPROCS workers, each with its own EVM)
// with the contract, and fails on any disagreement.
func judgeRunCases(t *testing.T, contexts [][]byte, cases []judgeCase) judgeTally {
	t.Helper()
	return runJudgeCases(t, contexts, cases, judgeGo, func(h *judgeEVM, c *judgeCase) judgeResult { return h.check(c.onChain(), c.witness) })
}

// runJudgeCases judges every case with the Go judge goJudge and (on up to GOMAXPROCS workers,
// each with its own EVM) with the contract through chainJudge, and fails on any disagreement or
// any outcome other than the case's want. The tally keeps the most expensive decided case per
// primitive.
func runJudgeCases(t *testing.T, contexts [][]byte, cases []judgeCase, goJudge func(*judgeCase) (bool, error, any),
	chainJudge func(*judgeEVM, *judgeCase) judgeResult) judgeTally {
	t.Helper()
	workers := max(1, min(goruntime.GOMAXPROCS(0), 8, len(cases)))
	evms := make([]*judgeEVM, workers)
	for i := range evms {
		evms[i] = newJudgeEVM(t, contexts...)
	}
	type outcome struct {
		sol    judgeResult
		right  bool
		err    error
		panicd any
	}
	res := make([]outcome, len(cases))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := range workers {
		wg.Add(1)
		go func(h *judgeEVM) {
			defer wg.Done()
			for i := range next {
				c := &cases[i]
				res[i].right, res[i].err, res[i].panicd = goJudge(c)
				res[i].sol = chainJudge(h, c)
			}
		}(evms[w])
	}
	for i := range cases {
		next <- i
	}
	close(next)
	wg.Wait()

	tally := judgeTally{gas: map[tensor.Op]judgeGasCase{}}
	failures := 0
	fail := func(format string, args ...any) {
		if failures++; failures <= 20 {
			t.Errorf(format, args...)
		}
	}
	for i := range cases {
		c, o := &cases[i], &res[i]
		switch {
		case o.panicd != nil:
			fail("%s: the Go judge panics: %v", c.name, o.panicd)
			continue
		case o.sol.err != nil:
			fail("%s: the contract neither decides nor reverts: %v", c.name, o.sol.err)
			continue
		case o.sol.reverted && strings.HasPrefix(o.sol.reason, "Panic"):
			fail("%s: the contract panics: %s (Go: right %v, err %v)", c.name, o.sol.reason, o.right, o.err)
			continue
		case o.err != nil && !o.sol.reverted:
			fail("%s: Go rejects (%v), the contract says solver right = %v", c.name, o.err, o.sol.right)
			continue
		case o.err == nil && o.sol.reverted:
			fail("%s: Go says solver right = %v, the contract reverts with %s", c.name, o.right, o.sol.reason)
			continue
		case o.err == nil && o.right != o.sol.right:
			fail("%s: Go says solver right = %v, the contract %v", c.name, o.right, o.sol.right)
			continue
		}
		got := judgeReject
		if o.err == nil {
			got = judgeWrong
			if o.right {
				got = judgeRight
			}
		}
		if c.reason != "" && o.sol.reason != c.reason {
			fail("%s: the contract reverts with %q, want %q (Go: %v)", c.name, o.sol.reason, c.reason, o.err)
		}
		if c.want != judgeAny && got != c.want {
			fail("%s: both judges give %v (%v / %s), the case wants %v", c.name, got, o.err, o.sol.reason, c.want)
		}
		switch got {
		case judgeRight:
			tally.right++
		case judgeWrong:
			tally.wrong++
		default:
			tally.reject++
		}
		if got != judgeReject && o.sol.gas > tally.gas[c.prim].gas {
			tally.gas[c.prim] = judgeGasCase{gas: o.sol.gas, tx: o.sol.tx, size: len(c.witness), name: c.name, claim: c.claim}
		}
	}
	if failures > 20 {
		t.Errorf("... and %d more disagreements", failures-20)
	}
	return tally
}

// ---------------------------------------------------------------------------------- programs

// judgeProgram is one disputed step: the job, the honest values of every op and their roots.
type judgeProgram struct {
	name    string
	job     *dispute.Job
	ctx     []byte
	ctxHash [32]byte
	step    int
	values  []*tensor.Tensor
	roots   []commit.Hash
	prev    []commit.Hash // state tensor roots under h_{t-1}
	post    []commit.Hash // under h_t
	local   *proof.Local

	prevRoot, postRoot, traceRoot commit.Hash
	honestClaimed                 *proof.Claimed
}

func newJudgeProgram(name string, job *dispute.Job, seed uint64, step int, values []*tensor.Tensor, roots, prev, post []commit.Hash,
	sample func(i int) ([]byte, []commit.Hash, error)) *judgeProgram {
	ctx := judgeContext(uint64(job.DataSize), uint64(job.Batch), seed, job.InputLens)
	if b, err := dispute.JudgeContext(job.DataSize, job.Batch, seed, job.InputLens); err != nil || !bytes.Equal(b, ctx) {
		panic(fmt.Sprintf("dispute.JudgeContext = %x, %v; the judge test's encoding is %x", b, err, ctx))
	}
	p := &judgeProgram{name: name, job: job, ctx: ctx, ctxHash: crypto.Keccak256Hash(ctx), step: step, values: values, roots: roots, prev: prev, post: post}
	p.local = &proof.Local{Ops: job.Ops, Values: values, Roots: roots, Prev: prev, Sample: sample}
	p.prevRoot, p.postRoot, p.traceRoot = commit.StateRoot(prev), commit.StateRoot(post), commit.StateRoot(roots)
	p.honestClaimed = proof.Reveal(values, roots, post)
	return p
}

func (p *judgeProgram) agreed(traceRoot commit.Hash, k, e int) *proof.Agreed {
	j := p.job
	return &proof.Agreed{GraphRoot: j.GraphRoot, NumOps: len(j.Ops), Step: p.step, TraceRoot: traceRoot, Prev: p.prevRoot, Post: p.postRoot,
		NumStates: j.NumStates, DataRoot: j.DataRoot, DataSize: j.DataSize, Batch: j.Batch, InputLens: j.InputLens, Sampler: j.Sampler, Op: k, Element: e}
}

func (p *judgeProgram) claim(k, e int, bits uint32, out, traceRoot commit.Hash) game.ElementClaim {
	return game.ElementClaim{Step: p.step, Op: k, Element: e, Claimed: bits, OutputRoot: out, OpTraceRoot: traceRoot, Prev: p.prevRoot, Cur: p.postRoot}
}

// honest is an honest solver's claim of element e of op k and the challenger's witness.
func (p *judgeProgram) honest(t *testing.T, k, e int) judgeCase {
	t.Helper()
	w, err := proof.BuildElement(p.agreed(p.traceRoot, k, e), p.local, p.honestClaimed, k, e)
	if err != nil {
		t.Fatalf("%s: op %d element %d: %v", p.name, k, e, err)
	}
	return judgeCase{
		name: fmt.Sprintf("%s op %d (%v) element %d honest", p.name, k, p.job.Ops[k].Op, e),
		job:  p.job, ctx: p.ctxHash, witness: w.Encode(), want: judgeRight, prim: p.job.Ops[k].Op,
		claim: p.claim(k, e, math.Float32bits(p.values[k].Data[e]), p.roots[k], p.traceRoot),
	}
}

// judgeTampers are the ways a cheating solver changes one element: rounding-edge probes (one ulp
// either way), a sign flip, NaN, infinities and a subnormal (as internal/proof's golden tests).
var judgeTampers = []struct {
	name string
	f    func(bits uint32) uint32
}{
	{"ulp+1", func(b uint32) uint32 { return b + 1 }},
	{"ulp-1", func(b uint32) uint32 { return b - 1 }},
	{"sign", func(b uint32) uint32 { return b ^ 0x80000000 }},
	{"nan", func(b uint32) uint32 { return judgePick(b, 0x7fc00000, 0xffc00000) }},
	{"+inf", func(b uint32) uint32 { return judgePick(b, 0x7f800000, 0xff800000) }},
	{"-inf", func(b uint32) uint32 { return judgePick(b, 0xff800000, 0x7f800000) }},
	{"subnormal", func(b uint32) uint32 { return judgePick(b, 0x00000001, 0x80000003) }},
}

// judgePick returns x unless b already is x, then y: a tamper always changes the bits.
func judgePick(b, x, y uint32) uint32 {
	if b == x {
		return y
	}
	return x
}

// tampered is a solver whose output of op k differs from the truth in element e only (its
// inputs, the earlier ops, are honest): the challenger's witness makes it lose.
func (p *judgeProgram) tampered(t *testing.T, k, e, kind int) judgeCase {
	t.Helper()
	v := p.values[k]
	bad := tensor.FromData(v.Shape, append([]float32(nil), v.Data...))
	bits := judgeTampers[kind].f(math.Float32bits(bad.Data[e]))
	bad.Data[e] = math.Float32frombits(bits)
	values := slices.Clone(p.values)
	values[k] = bad
	roots := slices.Clone(p.roots)
	roots[k] = commit.MustTensorRoot(bad.Shape, bad.Data)
	traceRoot := commit.StateRoot(roots)
	w, err := proof.BuildElement(p.agreed(traceRoot, k, e), p.local, proof.Reveal(values, roots, p.post), k, e)
	if err != nil {
		t.Fatalf("%s: op %d element %d: %v", p.name, k, e, err)
	}
	return judgeCase{
		name: fmt.Sprintf("%s op %d (%v) element %d %s", p.name, k, p.job.Ops[k].Op, e, judgeTampers[kind].name),
		job:  p.job, ctx: p.ctxHash, witness: w.Encode(), want: judgeWrong, prim: p.job.Ops[k].Op,
		claim: p.claim(k, e, bits, roots[k], traceRoot),
	}
}

// judgeElements picks the first and last element of an op and a few random ones.
func judgeElements(rng *rand.Rand, n, extra int) []int {
	es := []int{0, n - 1}
	for range extra {
		es = append(es, rng.IntN(n))
	}
	return slices.Compact(es)
}

// busiest is the element of a scatter_add op that reads the most rows of g (its largest
// witness), the first element otherwise.
func (p *judgeProgram) busiest(k int) int {
	d := p.job.Ops[k]
	if d.Op != tensor.OpScatterAdd {
		return 0
	}
	count := make([]int, d.Shape[0])
	for _, f := range p.values[d.In[1]].Data {
		count[int(f)]++
	}
	row := 0
	for r, n := range count {
		if n > count[row] {
			row = r
		}
	}
	return row * d.Shape[1]
}

// ---------------------------------------------------------------------------------- damage

// judgeMutation is a change to a witness that must make it unprovable.
type judgeMutation struct {
	name string
	f    func(w *proof.Witness)
}

// judgeProofs returns pointers to every non-empty proof in w.
func judgeProofs(w *proof.Witness) (names []string, ps []*[]commit.Hash) {
	add := func(name string, p *[]commit.Hash) {
		if len(*p) > 0 {
			names, ps = append(names, name), append(ps, p)
		}
	}
	add("op", &w.Op.Proof)
	add("output", &w.Output.Proof)
	add("claim", &w.Claim.Proof)
	add("source", &w.Source.Proof)
	add("before", &w.Before.Proof)
	for i := range w.Operands {
		o := &w.Operands[i]
		add("operand op", &o.Op.Proof)
		add("operand root", &o.Root.Proof)
		for j := range o.Leaves {
			add("operand leaf", &o.Leaves[j].Proof)
		}
	}
	return names, ps
}

// judgeMutations lists single defects of an element witness: a flipped bit in proof hashes (up
// to maxHashes of them), wrong positions, missing, extra, reordered or swapped parts.
func judgeMutations(w *proof.Witness, rng *rand.Rand, maxHashes int) []judgeMutation {
	var ms []judgeMutation
	names, ps := judgeProofs(w)
	type at struct{ p, h int }
	var all []at
	for i, p := range ps {
		for h := range *p {
			all = append(all, at{i, h})
		}
	}
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	for _, x := range all[:min(len(all), maxHashes)] {
		b, bit := rng.IntN(commit.HashSize), byte(1)<<rng.IntN(8)
		ms = append(ms, judgeMutation{"flip a bit of a " + names[x.p] + " proof", func(w *proof.Witness) {
			_, ps := judgeProofs(w)
			(*ps[x.p])[x.h][b] ^= bit
		}})
	}
	flip := func(b []byte) {
		if len(b) > 0 {
			b[len(b)/2] ^= 0x10
		}
	}
	ms = append(ms,
		judgeMutation{"op index +1", func(w *proof.Witness) { w.Op.Index++ }},
		judgeMutation{"descriptor byte", func(w *proof.Witness) { flip(w.Op.Desc) }},
		judgeMutation{"descriptor extra byte", func(w *proof.Witness) { w.Op.Desc = append(w.Op.Desc, 0) }},
		judgeMutation{"drop a proof hash", func(w *proof.Witness) {
			if _, ps := judgeProofs(w); len(ps) > 0 {
				*ps[0] = (*ps[0])[1:]
			} else {
				w.Op.Index++
			}
		}},
		judgeMutation{"extra op proof hash", func(w *proof.Witness) { w.Op.Proof = append(w.Op.Proof, commit.Hash{}) }},
		judgeMutation{"element +1", func(w *proof.Witness) { w.Element++ }},
		judgeMutation{"element far", func(w *proof.Witness) { w.Element += 1 << 20 }},
		judgeMutation{"output root", func(w *proof.Witness) { w.Output.Root[5] ^= 1 }},
		judgeMutation{"claimed bytes", func(w *proof.Witness) { flip(w.Claim.Bytes) }},
		judgeMutation{"claimed chunk index", func(w *proof.Witness) { w.Claim.Index++ }},
		judgeMutation{"claimed chunk short", func(w *proof.Witness) { w.Claim.Bytes = w.Claim.Bytes[:len(w.Claim.Bytes)-4] }},
		judgeMutation{"end form", func(w *proof.Witness) {
			w.Form, w.End, w.Trace, w.Before = proof.FormEnd, proof.EndStart, w.Output, w.Output
			w.Element, w.Output, w.Claim, w.Evidence, w.Operands, w.Source = 0, proof.RootRef{}, proof.Leaf{}, 0, nil, proof.Leaf{}
		}},
	)
	for _, ev := range []proof.Evidence{proof.EvOperands, proof.EvState, proof.EvInput, proof.EvConst} {
		if ev != w.Evidence {
			ms = append(ms, judgeMutation{fmt.Sprintf("evidence %d", ev), func(w *proof.Witness) {
				w.Evidence = ev
				if ev != proof.EvOperands {
					w.Operands = nil
					if w.Source.Bytes == nil {
						w.Source = w.Claim
					}
				} else {
					w.Source, w.Before = proof.Leaf{}, proof.RootRef{}
				}
				if ev != proof.EvState {
					w.Before = proof.RootRef{}
				} else if w.Before.Root == (commit.Hash{}) {
					w.Before = w.Output
				}
			}})
		}
	}
	if w.Evidence != proof.EvOperands {
		ms = append(ms,
			judgeMutation{"source bytes", func(w *proof.Witness) { flip(w.Source.Bytes) }},
			judgeMutation{"source index", func(w *proof.Witness) { w.Source.Index++ }},
			judgeMutation{"source short", func(w *proof.Witness) { w.Source.Bytes = w.Source.Bytes[:len(w.Source.Bytes)-4] }},
		)
		if w.Evidence == proof.EvState {
			ms = append(ms, judgeMutation{"before root", func(w *proof.Witness) { w.Before.Root[0] ^= 1 }})
		}
		return ms
	}
	for i := range w.Operands {
		o := &w.Operands[i]
		ms = append(ms,
			judgeMutation{"operand root", func(w *proof.Witness) { w.Operands[i].Root.Root[3] ^= 4 }},
			judgeMutation{"operand op index", func(w *proof.Witness) { w.Operands[i].Op.Index-- }},
			judgeMutation{"operand descriptor", func(w *proof.Witness) { flip(w.Operands[i].Op.Desc) }},
			judgeMutation{"drop operand", func(w *proof.Witness) { w.Operands = slices.Delete(w.Operands, i, i+1) }},
			judgeMutation{"repeat operand", func(w *proof.Witness) { w.Operands = append(w.Operands, w.Operands[i]) }},
		)
		for j := range o.Leaves {
			if j >= 3 && j < len(o.Leaves)-2 && rng.IntN(16) != 0 {
				continue // long lists: the first, the last and a sample
			}
			ms = append(ms,
				judgeMutation{"missing operand leaf", func(w *proof.Witness) { w.Operands[i].Leaves = slices.Delete(w.Operands[i].Leaves, j, j+1) }},
				judgeMutation{"operand leaf bytes", func(w *proof.Witness) { flip(w.Operands[i].Leaves[j].Bytes) }},
				judgeMutation{"operand leaf index", func(w *proof.Witness) { w.Operands[i].Leaves[j].Index++ }},
				judgeMutation{"repeated operand leaf", func(w *proof.Witness) {
					l := w.Operands[i].Leaves
					w.Operands[i].Leaves = slices.Insert(l, j, l[j])
				}},
			)
		}
		if len(o.Leaves) > 1 {
			ms = append(ms, judgeMutation{"operand leaves reversed", func(w *proof.Witness) { slices.Reverse(w.Operands[i].Leaves) }})
		}
		for j := i + 1; j < len(w.Operands); j++ {
			if w.Operands[j].Op.Index != o.Op.Index {
				ms = append(ms, judgeMutation{"swapped operands", func(w *proof.Witness) {
					w.Operands[i], w.Operands[j] = w.Operands[j], w.Operands[i]
				}})
			}
		}
	}
	return ms
}

// judgeEncode encodes a mutated witness, or reports that it left the encodable range.
func judgeEncode(w *proof.Witness) (b []byte, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return w.Encode(), true
}

// damaged returns damaged versions of case c (which must be judged): every witness mutation, bit
// flips at random positions of the encoding, truncations, a trailing byte, and claims that do
// not fit the witness or other job commitments. All but the last group must be rejected; the
// last group is only compared.
func damaged(t *testing.T, p *judgeProgram, c judgeCase, rng *rand.Rand, maxHashes, maxFlips int) []judgeCase {
	t.Helper()
	w, err := proof.Decode(c.witness)
	if err != nil {
		t.Fatal(err)
	}
	var out []judgeCase
	add := func(name string, b []byte, want judgeWant) {
		d := c
		d.name, d.witness, d.want = c.name+": "+name, b, want
		out = append(out, d)
	}
	for _, m := range judgeMutations(w, rng, maxHashes) {
		w2, err := proof.Decode(c.witness)
		if err != nil {
			t.Fatal(err)
		}
		m.f(w2)
		if b, ok := judgeEncode(w2); ok {
			add(m.name, b, judgeReject)
		}
	}
	b := c.witness
	for _, pos := range rng.Perm(len(b))[:min(len(b), maxFlips)] {
		x := bytes.Clone(b)
		x[pos] ^= byte(1) << rng.IntN(8)
		add(fmt.Sprintf("bit flip at byte %d of %d", pos, len(b)), x, judgeReject)
	}
	for _, cut := range []int{0, 1, 2, len(b) / 2, len(b) - 1} {
		add(fmt.Sprintf("truncated to %d bytes", cut), b[:cut], judgeReject)
	}
	add("a trailing byte", append(bytes.Clone(b), 0), judgeReject)
	add("version 2", append([]byte{2}, b[1:]...), judgeReject)

	// Claims that do not fit the witness, or other job commitments.
	claim := func(name string, want judgeWant, f func(c *game.ElementClaim, j *dispute.Job)) {
		d := c
		j := *c.job
		d.job, d.name, d.want = &j, c.name+": claim "+name, want
		f(&d.claim, d.job)
		out = append(out, d)
	}
	claim("value", judgeReject, func(c *game.ElementClaim, _ *dispute.Job) { c.Claimed ^= 1 })
	claim("output root", judgeReject, func(c *game.ElementClaim, _ *dispute.Job) { c.OutputRoot[9] ^= 2 })
	claim("op-trace root", judgeReject, func(c *game.ElementClaim, _ *dispute.Job) { c.OpTraceRoot[0] ^= 1 })
	claim("element", judgeReject, func(c *game.ElementClaim, _ *dispute.Job) { c.Element++ })
	claim("graph root", judgeReject, func(_ *game.ElementClaim, j *dispute.Job) { j.GraphRoot[31] ^= 1 })
	if c.claim.Op+1 < len(p.job.Ops) {
		claim("op", judgeReject, func(c *game.ElementClaim, _ *dispute.Job) { c.Op++ })
	}
	claim("step 0", judgeReject, func(c *game.ElementClaim, _ *dispute.Job) { c.Step = 0 })
	claim("no states", judgeReject, func(_ *game.ElementClaim, j *dispute.Job) { j.NumStates = 0 })
	claim("prev", judgeAny, func(c *game.ElementClaim, _ *dispute.Job) { c.Prev[3] ^= 1 })
	claim("cur", judgeAny, func(c *game.ElementClaim, _ *dispute.Job) { c.Cur[3] ^= 1 })
	claim("step", judgeAny, func(c *game.ElementClaim, _ *dispute.Job) { c.Step++ })
	claim("data root", judgeAny, func(_ *game.ElementClaim, j *dispute.Job) { j.DataRoot[0] ^= 1 })
	claim("one more state", judgeAny, func(_ *game.ElementClaim, j *dispute.Job) { j.NumStates++ })
	claim("one state less", judgeAny, func(_ *game.ElementClaim, j *dispute.Job) { j.NumStates-- })
	claim("one more op", judgeAny, func(_ *game.ElementClaim, j *dispute.Job) {
		j.Ops = append(slices.Clip(j.Ops), autograd.OpDesc{Op: tensor.OpConst, Shape: []int{1}, Next: -1})
	})
	claim("half the ops", judgeAny, func(_ *game.ElementClaim, j *dispute.Job) { j.Ops = j.Ops[:max(len(j.Ops)/2, c.claim.Op+1)] })
	return out
}

// ----------------------------------------------------------------------------------- goldens

var judgeGoldenSpecs = []struct{ name, path string }{
	{"mnist", "../train/testdata/mnist-golden.toml"},
	{"gpt", "../train/testdata/gpt-golden.toml"},
}

var (
	judgeGoldenMu   sync.Mutex
	judgeGoldenRuns = map[string]*judgeProgram{}
)

// judgeWarmSteps are run before the disputed step, so that optimizer slots and the schedule are
// not at their initial values.
const judgeWarmSteps = 2

// loadJudgeGolden traces step judgeWarmSteps+1 of a training run (cached by path).
func loadJudgeGolden(t testing.TB, name, path string) *judgeProgram {
	t.Helper()
	judgeGoldenMu.Lock()
	defer judgeGoldenMu.Unlock()
	if p := judgeGoldenRuns[path]; p != nil {
		return p
	}
	tr, err := train.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for range judgeWarmSteps {
		if _, err := tr.Step(); err != nil {
			t.Fatal(err)
		}
	}
	tr.Sync()
	prev := tr.State.TensorRoots()
	honest, err := tr.TraceStep(nil)
	if err != nil {
		t.Fatal(err)
	}
	post := tr.State.TensorRoots()
	l, err := tr.Listing()
	if err != nil {
		t.Fatal(err)
	}
	gr, err := tr.GraphRoot()
	if err != nil {
		t.Fatal(err)
	}
	set, s := tr.Data.Train, tr.Sampler()
	job := &dispute.Job{Ops: l.Ops, GraphRoot: gr, NumStates: len(prev), DataRoot: tr.DataRoot(), DataSize: set.Len(),
		Batch: tr.Job.Train.Batch, InputLens: []int{set.InputLen(), set.TargetLen()}, Sampler: s}
	if s.N != set.Len() || s.Batch != job.Batch {
		t.Fatalf("%s: sampler %+v for %d samples, batch %d", name, s, set.Len(), job.Batch)
	}
	p := newJudgeProgram(name, job, s.Seed, honest.Step, honest.Values, honest.Roots, prev, post, tr.Sample)
	judgeGoldenRuns[path] = p
	return p
}

// judgeGoldenOps picks the ops of a golden step to check: every op of MNIST (a sample with
// -short), and for GPT a random sample that covers every primitive at least perPrim times.
func judgeGoldenOps(p *judgeProgram, rng *rand.Rand, perPrim, random int) []int {
	n := len(p.job.Ops)
	seen := map[tensor.Op]int{}
	chosen := map[int]bool{}
	for _, k := range rng.Perm(n) {
		if op := p.job.Ops[k].Op; seen[op] < perPrim {
			seen[op]++
			chosen[k] = true
		}
	}
	for _, k := range rng.Perm(n)[:min(random, n)] {
		chosen[k] = true
	}
	var ks []int
	for k := range n {
		if chosen[k] {
			ks = append(ks, k)
		}
	}
	return ks
}

// TestJudgeGolden: honest, cheating and damaged witnesses of real steps of both golden examples.
func TestJudgeGolden(t *testing.T) {
	for _, gs := range judgeGoldenSpecs {
		t.Run(gs.name, func(t *testing.T) {
			start := time.Now()
			p := loadJudgeGolden(t, gs.name, gs.path)
			rng := rand.New(rand.NewPCG(21, 22))
			perPrim, random, extra, hashes, flips := 4, 250, 1, 8, 12
			if gs.name == "mnist" {
				random = len(p.job.Ops)
			}
			if testing.Short() {
				perPrim, random, extra, hashes, flips = 1, 20, 0, 3, 4
			}
			ks := judgeGoldenOps(p, rng, perPrim, random)
			var cases []judgeCase
			prims := map[tensor.Op]int{}
			for i, k := range ks {
				d := p.job.Ops[k]
				n := tensor.Numel(d.Shape)
				es := judgeElements(rng, n, extra)
				if d.Op == tensor.OpScatterAdd {
					es = append(es, p.busiest(k))
				}
				for _, e := range es {
					cases = append(cases, p.honest(t, k, e))
				}
				cases = append(cases, p.tampered(t, k, rng.IntN(n), i%len(judgeTampers)))
				prims[d.Op]++
			}
			// Damage one honest and one cheating witness of every primitive.
			done := map[tensor.Op]bool{}
			for i, k := range ks {
				d := p.job.Ops[k]
				if done[d.Op] {
					continue
				}
				done[d.Op] = true
				e := rng.IntN(tensor.Numel(d.Shape))
				cases = append(cases, damaged(t, p, p.honest(t, k, e), rng, hashes, flips)...)
				cases = append(cases, damaged(t, p, p.tampered(t, k, e, i%len(judgeTampers)), rng, hashes/2, flips/2)...)
				if d.Op == tensor.OpState {
					cases = append(cases, p.endWitness(t, k))
				}
			}
			built := time.Since(start)
			tally := judgeRunCases(t, [][]byte{p.ctx}, cases)
			for op := tensor.Op(1); int(op) < tensor.NumOps; op++ {
				has := slices.ContainsFunc(p.job.Ops, func(d autograd.OpDesc) bool { return d.Op == op })
				if has && prims[op] == 0 {
					t.Errorf("no %v op checked", op)
				}
			}
			t.Logf("%s: %d cases over %d of %d ops (%d primitives): %d solver-right, %d solver-wrong, %d rejected, Go and Solidity agree (built in %v, judged in %v)",
				p.name, len(cases), len(ks), len(p.job.Ops), len(prims), tally.right, tally.wrong, tally.reject, built.Round(time.Millisecond), (time.Since(start) - built).Round(time.Millisecond))
			judgeLogGas(t, p.name, tally)
		})
	}
}

// endWitness is an end witness (form 2) of a state op: the game checks the step's ends itself,
// so the Judge rejects it, as the Go adapter does.
func (p *judgeProgram) endWitness(t *testing.T, k int) judgeCase {
	t.Helper()
	w, err := proof.BuildEnd(p.agreed(p.traceRoot, k, 0), p.local, p.honestClaimed, k, proof.EndStart)
	if err != nil {
		t.Fatal(err)
	}
	c := p.honest(t, k, 0)
	c.name, c.witness, c.want = fmt.Sprintf("%s op %d end witness", p.name, k), w.Encode(), judgeReject
	return c
}

func judgeLogGas(t *testing.T, name string, tally judgeTally) {
	t.Helper()
	ops := make([]tensor.Op, 0, len(tally.gas))
	for op := range tally.gas {
		ops = append(ops, op)
	}
	sort.Slice(ops, func(i, j int) bool { return ops[i] < ops[j] })
	for _, op := range ops {
		g := tally.gas[op]
		t.Logf("%s:   most expensive %-11v check: %9d gas of execution, %7d-byte witness, tx %9d gas (op %d element %d)",
			name, op, g.gas, g.size, g.tx, g.claim.Op, g.claim.Element)
	}
}

// judgeTxGas is the gas of a transaction that calls the Judge directly with calldata input and
// spends exec gas in the call (Prague/Osaka pricing): 21,000 + 4 per zero byte + 16 per other
// byte + exec, but at least the EIP-7623 floor 21,000 + 10 per token (a zero byte is one token,
// any other byte four).
func judgeTxGas(exec uint64, input []byte) uint64 {
	z := uint64(bytes.Count(input, []byte{0}))
	nz := uint64(len(input)) - z
	return max(21_000+4*z+16*nz+exec, 21_000+10*(z+4*nz))
}

// ------------------------------------------------------------------------------- synthetic

// judgeSynth is a small hand-made step program that uses every primitive, with rows longer than
// one chunk (1030, 1100 > commit.ChunkFloats), batch axes, scalars and data-dependent indices:
// the cases the golden examples do not reach. Its values are computed with tensor.Exec, like a
// real step. It also holds the 784-long dot products of the gas report (typical values, and
// values whose every product is subnormal).
type judgeSynth struct {
	ops     []autograd.OpDesc
	vals    []*tensor.Tensor
	prev    []commit.Hash
	samples [][]byte
	sampler data.Sampler
	lens    []int
	rng     *rand.Rand
	dots    map[string]int // gas-report ops by name
	every   []int          // small ops whose every element is checked (special values)
}

const (
	judgeSynthN     = 10
	judgeSynthBatch = 2
	judgeSynthStep  = 3
	judgeSynthSeed  = 99
)

func newJudgeSynth() *judgeSynth {
	s := &judgeSynth{rng: rand.New(rand.NewPCG(1, 2)), sampler: data.Sampler{N: judgeSynthN, Batch: judgeSynthBatch, Seed: judgeSynthSeed},
		lens: []int{4, 1}, dots: map[string]int{}}
	for i := range judgeSynthN {
		x := []float32{s.val(), s.val(), s.val(), s.val()}
		s.samples = append(s.samples, commit.AppendChunk(commit.AppendChunk(nil, x), []float32{float32(i % 5)}))
	}
	A := s.state(2, 3, 1100)
	B := s.state(2, 5, 1100)
	T := s.state(5, 1030)
	S := s.state(1, 1100)
	X := s.input(0, 2, 4)
	Y := s.input(1, 2)
	cI := s.cnst([]int{7}, []float32{0, 4, 1, 4, 2, 0, 4})
	c2 := s.cnst(nil, []float32{2})
	s.op(tensor.OpMatMulABT, nil, nil, A, B)
	g := s.op(tensor.OpGather, nil, nil, T, cI)
	sc := s.op(tensor.OpScatterAdd, []int{5, 1030}, nil, g, cI)
	s.op(tensor.OpSum, []int{1, 1030}, nil, sc)
	s.op(tensor.OpSum, []int{5, 1}, nil, sc)
	s.op(tensor.OpSum, []int{}, nil, B)
	s.op(tensor.OpSum, []int{2, 1, 1100}, nil, A)
	s.op(tensor.OpSum, []int{3, 1}, nil, A)
	s.op(tensor.OpSum, []int{}, nil, c2)
	s.op(tensor.OpMaxLast, nil, nil, sc)
	s.op(tensor.OpOneHot, []int{2, 5}, nil, Y)
	s.op(tensor.OpGather, nil, nil, T, Y)
	s.op(tensor.OpPermute, nil, []int{2, 0, 1}, A)
	s.op(tensor.OpPermute, nil, []int{}, c2)
	bc := s.op(tensor.OpBroadcast, []int{2, 3, 1100}, nil, S)
	bs := s.op(tensor.OpBroadcast, []int{2, 3, 1100}, nil, c2)
	s.op(tensor.OpReshape, []int{6, 1100}, nil, A)
	ad := s.op(tensor.OpAdd, nil, nil, A, bc)
	sb := s.op(tensor.OpSub, nil, nil, A, bs)
	mu := s.op(tensor.OpMul, nil, nil, A, A)
	s.op(tensor.OpDiv, nil, nil, ad, sb)
	s.op(tensor.OpNeg, nil, nil, A)
	s.op(tensor.OpExp, nil, nil, A)
	s.op(tensor.OpLog, nil, nil, A)
	s.op(tensor.OpSqrt, nil, nil, A)
	s.op(tensor.OpMax, nil, nil, A, bc)
	gt := s.op(tensor.OpGT, nil, nil, A, bc)
	s.op(tensor.OpWhere, nil, nil, gt, A, bc)
	s.op(tensor.OpMatMulABT, nil, nil, X, X)
	up := s.op(tensor.OpSub, nil, nil, A, mu)
	s.ops[A].Next = up
	s.ops[T].Next = sc
	// Special values: NaN payloads of both signs, infinities, signed zeros, subnormals, through
	// every arithmetic primitive and the data movement ops (which copy NaN payloads raw).
	first := len(s.ops)
	W := s.stateWith([]int{3, 5}, s.special)
	W2 := s.stateWith([]int{3, 5}, s.special)
	Z := s.stateWith(nil, func() float32 { return float32(math.Copysign(0, -1)) })
	ZN := s.stateWith([]int{1}, func() float32 { return math.Float32frombits(0xffa00001) })
	s.op(tensor.OpMaxLast, nil, nil, W)
	signed := []float32{float32(math.Copysign(0, -1)), 0, 0, float32(math.Copysign(0, -1))}
	ZZ := s.stateWith([]int{2, 2}, func() float32 { v := signed[0]; signed = append(signed[1:], v); return v })
	ZZ2 := s.stateWith([]int{2, 2}, func() float32 { v := signed[1]; signed = append(signed[1:], signed[0]); return v })
	s.op(tensor.OpMaxLast, nil, nil, ZZ)
	s.op(tensor.OpMax, nil, nil, ZZ, ZZ2)
	s.op(tensor.OpGT, nil, nil, ZZ, ZZ2)
	s.op(tensor.OpSum, []int{2, 1}, nil, ZZ)
	s.op(tensor.OpSum, []int{3, 1}, nil, W)
	s.op(tensor.OpSum, []int{5}, nil, W)
	s.op(tensor.OpSum, []int{}, nil, Z)
	s.op(tensor.OpSum, []int{}, nil, ZN)
	s.op(tensor.OpSum, []int{1}, nil, ZN)
	s.op(tensor.OpMatMulABT, nil, nil, W, W2)
	for _, op := range []tensor.Op{tensor.OpAdd, tensor.OpSub, tensor.OpMul, tensor.OpDiv, tensor.OpMax, tensor.OpGT} {
		s.op(op, nil, nil, W, W2)
	}
	for _, op := range []tensor.Op{tensor.OpNeg, tensor.OpExp, tensor.OpLog, tensor.OpSqrt} {
		s.op(op, nil, nil, W)
	}
	s.op(tensor.OpWhere, nil, nil, W, W2, W)
	s.op(tensor.OpWhere, nil, nil, W2, W, W2)
	s.op(tensor.OpPermute, nil, []int{1, 0}, W)
	s.op(tensor.OpBroadcast, []int{2, 3, 5}, nil, W)
	s.op(tensor.OpReshape, []int{15}, nil, W)
	s.op(tensor.OpBroadcast, []int{4}, nil, ZN)
	for k := first; k < len(s.ops); k++ {
		s.every = append(s.every, k)
	}
	// The gas report's dot products: K = 784 on typical values and on values whose every
	// product is subnormal (the slow path of the float multiply and add), and K = 3000 (3 chunks).
	P := s.stateWith([]int{1, 784}, func() float32 { return float32(s.rng.NormFloat64() * 0.05) })
	Q := s.stateWith([]int{1, 784}, func() float32 { return float32(s.rng.NormFloat64()) })
	s.dots["dot784"] = s.op(tensor.OpMatMulABT, nil, nil, P, Q)
	tiny := func() float32 { return math.Float32frombits(0x1c800000 | uint32(s.rng.IntN(1<<23))) } // about 2^-70
	U := s.stateWith([]int{1, 784}, tiny)
	V := s.stateWith([]int{1, 784}, tiny)
	s.dots["dot784-subnormal"] = s.op(tensor.OpMatMulABT, nil, nil, U, V)
	L := s.stateWith([]int{1, 3000}, func() float32 { return float32(s.rng.NormFloat64()) })
	s.dots["dot3000"] = s.op(tensor.OpMatMulABT, nil, nil, L, L)
	return s
}

// val draws a value: mostly ordinary numbers, sometimes zeros of either sign, subnormals and
// integers, so that rounding, signed zeros and NaN rules are exercised.
func (s *judgeSynth) val() float32 {
	switch s.rng.IntN(16) {
	case 0:
		return 0
	case 1:
		return float32(math.Copysign(0, -1))
	case 2:
		return math.Float32frombits(uint32(s.rng.IntN(1 << 23)))
	case 3:
		return float32(s.rng.IntN(7) - 3)
	}
	return float32(s.rng.NormFloat64() * 3)
}

// special draws a value for the special-value ops: mostly a special bit pattern.
func (s *judgeSynth) special() float32 {
	sp := []uint32{0x7fc00000, 0xffc00000, 0x7fa00001, 0xff800001, 0x7f800000, 0xff800000, 0, 0x80000000, 1, 0x80000001,
		0x007fffff, 0x00800000, 0x7f7fffff, 0xff7fffff, 0x3f800000, 0xbf800000}
	if s.rng.IntN(4) == 0 {
		return s.val()
	}
	return math.Float32frombits(sp[s.rng.IntN(len(sp))])
}

func (s *judgeSynth) add(d autograd.OpDesc, v *tensor.Tensor) int {
	s.ops = append(s.ops, d)
	s.vals = append(s.vals, v)
	return len(s.ops) - 1
}

func (s *judgeSynth) state(shape ...int) int { return s.stateWith(shape, s.val) }

func (s *judgeSynth) stateWith(shape []int, val func() float32) int {
	v := tensor.New(shape...)
	for i := range v.Data {
		v.Data[i] = val()
	}
	s.prev = append(s.prev, commit.MustTensorRoot(v.Shape, v.Data))
	return s.add(autograd.OpDesc{Op: tensor.OpState, Shape: shape, Slot: len(s.prev) - 1, Next: -1}, v)
}

func (s *judgeSynth) cnst(shape []int, vals []float32) int {
	v := tensor.FromData(shape, vals)
	return s.add(autograd.OpDesc{Op: tensor.OpConst, Shape: v.Shape, Next: -1, Const: commit.MustTensorRoot(v.Shape, v.Data)}, v)
}

func (s *judgeSynth) input(slot int, shape ...int) int {
	v := tensor.New(shape...)
	per := s.lens[slot]
	start := 0
	for _, n := range s.lens[:slot] {
		start += n
	}
	for r := range judgeSynthBatch {
		vals, _ := commit.DecodeChunk(s.samples[s.sampler.Index(judgeSynthStep-1, r)])
		copy(v.Data[r*per:(r+1)*per], vals[start:start+per])
	}
	return s.add(autograd.OpDesc{Op: tensor.OpInput, Shape: v.Shape, Slot: slot, Next: -1}, v)
}

func (s *judgeSynth) op(op tensor.Op, want, perm []int, in ...int) int {
	shapes := make([][]int, len(in))
	for i, x := range in {
		shapes[i] = s.vals[x].Shape
	}
	shape, err := tensor.InferShape(op, perm, want, shapes...)
	if err != nil {
		panic(err)
	}
	d := autograd.OpDesc{Op: op, Shape: shape, In: in, Perm: perm, Next: -1}
	v := tensor.New(shape...)
	ins := make([]*tensor.Tensor, len(in))
	for i, x := range in {
		ins[i] = s.vals[x]
	}
	tensor.Exec(&tensor.Desc{Op: op, Shape: shape, Perm: perm}, v, ins...)
	return s.add(d, v)
}

// program returns the synthetic step as a judgeProgram.
func (s *judgeSynth) program() *judgeProgram {
	roots := make([]commit.Hash, len(s.vals))
	leaves := make([]commit.Hash, len(s.ops))
	for k, v := range s.vals {
		roots[k] = commit.MustTensorRoot(v.Shape, v.Data)
		leaves[k] = commit.LeafHash(s.ops[k].Encode())
	}
	post := slices.Clone(s.prev)
	for _, d := range s.ops {
		if d.Op == tensor.OpState && d.Next >= 0 {
			post[d.Slot] = roots[d.Next]
		}
	}
	sl := make([]commit.Hash, len(s.samples))
	for i, b := range s.samples {
		sl[i] = commit.LeafHash(b)
	}
	tree := commit.NewTree(sl)
	job := &dispute.Job{Ops: s.ops, GraphRoot: commit.MerkleRoot(leaves), NumStates: len(s.prev), DataRoot: tree.Root(), DataSize: judgeSynthN,
		Batch: judgeSynthBatch, InputLens: s.lens, Sampler: s.sampler}
	return newJudgeProgram("synth", job, judgeSynthSeed, judgeSynthStep, s.vals, roots, s.prev, post, func(i int) ([]byte, []commit.Hash, error) {
		if i < 0 || i >= len(s.samples) {
			return nil, nil, fmt.Errorf("sample %d", i)
		}
		return s.samples[i], tree.Proof(i), nil
	})
}

// TestJudgeSynth: honest, cheating and damaged witnesses of every op of the synthetic program
// (every primitive, multi-chunk rows, scalars), and the gas of the 784-long dot product.
func TestJudgeSynth(t *testing.T) {
	s := newJudgeSynth()
	p := s.program()
	rng := rand.New(rand.NewPCG(3, 4))
	extra, hashes, flips, kinds := 4, 12, 24, len(judgeTampers)
	if testing.Short() {
		extra, hashes, flips, kinds = 1, 4, 8, 3
	}
	var cases []judgeCase
	for k, d := range s.ops {
		n := tensor.Numel(d.Shape)
		es := judgeElements(rng, n, extra)
		if slices.Contains(s.every, k) {
			es = nil
			for e := range n {
				es = append(es, e)
			}
		}
		for _, e := range es {
			cases = append(cases, p.honest(t, k, e))
		}
		if d.Op == tensor.OpScatterAdd {
			cases = append(cases, p.honest(t, k, p.busiest(k)))
		}
		for kind := range kinds {
			cases = append(cases, p.tampered(t, k, rng.IntN(n), kind))
		}
		cases = append(cases, damaged(t, p, p.honest(t, k, rng.IntN(n)), rng, hashes, flips)...)
		if d.Op == tensor.OpState {
			cases = append(cases, p.endWitness(t, k))
		}
	}
	tally := judgeRunCases(t, [][]byte{p.ctx}, cases)
	if len(tally.gas) != tensor.NumOps-1 {
		t.Errorf("the synthetic program decided %d of the %d primitives", len(tally.gas), tensor.NumOps-1)
	}
	t.Logf("synth: %d cases over %d ops: %d solver-right, %d solver-wrong, %d rejected, Go and Solidity agree",
		len(cases), len(s.ops), tally.right, tally.wrong, tally.reject)

	// The 784-long dot product (DESIGN.md section 4 measured about 0.70M gas on typical data and
	// 1.76M when every product is subnormal in a prototype).
	h := newJudgeEVM(t, p.ctx)
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range s.dots {
			if !yield(n) {
				return
			}
		}
	})
	for _, name := range names {
		c := p.honest(t, s.dots[name], 0)
		r := h.check(c.onChain(), c.witness)
		if r.err != nil || r.reverted || !r.right {
			t.Fatalf("%s: %+v", name, r)
		}
		t.Logf("synth: %-16s element check %8d gas of execution, %6d-byte witness, tx %8d gas", name, r.gas, len(c.witness), r.tx)
	}
}

// TestJudgePadding: a tree built over non-zero padding (which no honest party builds) cannot
// open the leaves beside that padding (docs/commitments.md section 3.3, rule 3): Go and the
// contract reject the same proofs, and accept them when the claimed leaf count makes the
// "padding" a real leaf.
func TestJudgePadding(t *testing.T) {
	s := newJudgeSynth()
	p := s.program()
	n := len(p.roots)
	k := n - 1 // its path has a sibling subtree starting at leaf n, the first padding leaf
	leaves := make([]commit.Hash, n+1)
	for i, r := range p.roots {
		leaves[i] = commit.StateLeaf(r)
	}
	leaves[n] = commit.Keccak256([]byte("not padding"))
	tree := commit.NewTree(leaves)
	if commit.Depth(n+1) != commit.Depth(n) {
		t.Fatalf("the synthetic program has %d ops: pick another padding position", n)
	}
	c := p.honest(t, k, 0)
	w, err := proof.Decode(c.witness)
	if err != nil {
		t.Fatal(err)
	}
	w.Output.Proof = tree.Proof(k)
	for i := range w.Operands {
		w.Operands[i].Root.Proof = tree.Proof(w.Operands[i].Op.Index)
	}
	c.name, c.witness, c.claim.OpTraceRoot, c.want = "op trace over non-zero padding", w.Encode(), tree.Root(), judgeReject
	c2 := c
	j := *p.job
	j.Ops = append(slices.Clip(j.Ops), autograd.OpDesc{Op: tensor.OpConst, Shape: []int{1}, Next: -1})
	c2.name, c2.job, c2.want = "the same with one more op", &j, judgeRight
	judgeRunCases(t, [][]byte{p.ctx}, []judgeCase{c, c2})
}

// judgeRaw is a step program with arbitrary values (its ops need not be computable: a graph no
// honest compiler makes), for witnesses built by hand.
type judgeRaw struct {
	ops          []autograd.OpDesc
	descs        [][]byte // the committed encoding of each op (OpDesc.Encode unless overridden)
	vals         []*tensor.Tensor
	roots        []commit.Hash
	graph, trace *commit.Tree
	job          *dispute.Job
}

func newJudgeRaw(ops []autograd.OpDesc, vals []*tensor.Tensor, descs map[int][]byte) *judgeRaw {
	r := &judgeRaw{ops: ops, vals: vals, roots: make([]commit.Hash, len(ops)), descs: make([][]byte, len(ops))}
	for k := range ops {
		r.descs[k] = ops[k].Encode()
		if b, ok := descs[k]; ok {
			r.descs[k] = b
		}
	}
	gl, tl := make([]commit.Hash, len(ops)), make([]commit.Hash, len(ops))
	var prev []commit.Hash
	for k, v := range vals {
		r.roots[k] = commit.MustTensorRoot(v.Shape, v.Data)
		gl[k], tl[k] = commit.LeafHash(r.descs[k]), commit.StateLeaf(r.roots[k])
		if ops[k].Op == tensor.OpState {
			prev = append(prev, r.roots[k])
		}
	}
	r.graph, r.trace = commit.NewTree(gl), commit.NewTree(tl)
	r.job = &dispute.Job{Ops: ops, GraphRoot: r.graph.Root(), NumStates: max(1, len(prev)), Batch: 1, DataSize: 1, InputLens: []int{1},
		Sampler: data.Sampler{N: 1, Batch: 1, Seed: 1}}
	return r
}

func (r *judgeRaw) opRef(k int) proof.OpRef {
	return proof.OpRef{Index: k, Desc: r.descs[k], Proof: r.graph.Proof(k)}
}

func (r *judgeRaw) leaf(t *testing.T, k, i int) proof.Leaf {
	t.Helper()
	v := r.vals[k]
	lay, err := commit.LayoutOf(v.Shape)
	if err != nil {
		t.Fatal(err)
	}
	b, p, err := commit.TensorProof(v.Shape, v.Data, i/lay.ChunksPerRow, i%lay.ChunksPerRow)
	if err != nil {
		t.Fatal(err)
	}
	return proof.Leaf{Index: i, Bytes: b, Proof: p}
}

// element is the witness of element e of op k with the given leaves of each operand, claiming
// the value op k holds.
func (r *judgeRaw) element(t *testing.T, name string, k, e int, leaves [][]int, want judgeWant) judgeCase {
	t.Helper()
	lay, _ := commit.LayoutOf(r.ops[k].Shape)
	row, ch, _ := lay.Locate(e)
	w := &proof.Witness{Form: proof.FormElement, Op: r.opRef(k), Element: e, Evidence: proof.EvOperands,
		Output: proof.RootRef{Root: r.roots[k], Proof: r.trace.Proof(k)}, Claim: r.leaf(t, k, row*lay.ChunksPerRow+ch)}
	for j, in := range r.ops[k].In {
		o := proof.Operand{Op: r.opRef(in), Root: proof.RootRef{Root: r.roots[in], Proof: r.trace.Proof(in)}}
		for _, i := range leaves[j] {
			o.Leaves = append(o.Leaves, r.leaf(t, in, i))
		}
		w.Operands = append(w.Operands, o)
	}
	return judgeCase{name: name, job: r.job, witness: w.Encode(), want: want, prim: r.ops[k].Op,
		claim: game.ElementClaim{Step: 1, Op: k, Element: e, Claimed: math.Float32bits(r.vals[k].Data[e]), OutputRoot: r.roots[k], OpTraceRoot: r.trace.Root()}}
}

// TestJudgeBadGraph: ops whose descriptors break a shape rule of tensor.InferShape, and index
// operands that hold no valid index, with witnesses that supply the leaves a judge without the
// rule would read: both judges reject them (a valid -0 index is accepted by both).
func TestJudgeBadGraph(t *testing.T) {
	var ops []autograd.OpDesc
	var vals []*tensor.Tensor
	add := func(d autograd.OpDesc, shape ...int) int {
		v := tensor.New(shape...)
		for i := range v.Data {
			v.Data[i] = float32(i%7) - 2.5
		}
		if d.Next == 0 {
			d.Next = -1
		}
		d.Shape = shape
		ops, vals = append(ops, d), append(vals, v)
		return len(ops) - 1
	}
	state := func(shape ...int) int { return add(autograd.OpDesc{Op: tensor.OpState, Slot: len(ops)}, shape...) }
	A, B, C, T := state(2, 3), state(2, 4), state(3, 2), state(5, 3)
	I2 := state(2, 1)
	I3 := state(3)
	BA, BB := state(2, 2, 3), state(3, 2, 3)
	op := func(o tensor.Op, perm []int, in []int, shape ...int) int {
		return add(autograd.OpDesc{Op: o, In: in, Perm: perm}, shape...)
	}
	type bad struct {
		name   string
		k      int
		leaves [][]int
	}
	bads := []bad{
		{"reshape changes the count", op(tensor.OpReshape, nil, []int{A}, 7), [][]int{{0}}},
		{"permute repeats an axis", op(tensor.OpPermute, []int{0, 0}, []int{A}, 2, 2), [][]int{{0}}},
		{"permute of another rank", op(tensor.OpPermute, []int{1, 0, 2}, []int{A}, 3, 2, 1), [][]int{{0}}},
		{"permute to another shape", op(tensor.OpPermute, []int{1, 0}, []int{A}, 2, 3), [][]int{{0}}},
		{"broadcast to a wider axis", op(tensor.OpBroadcast, nil, []int{A}, 2, 4), [][]int{{0}}},
		{"sum to a shape it does not broadcast to", op(tensor.OpSum, nil, []int{A}, 4), [][]int{{0, 1}}},
		{"max_last to a wider row", op(tensor.OpMaxLast, nil, []int{A}, 2, 2), [][]int{{0}}},
		{"matmul_abt with another K", op(tensor.OpMatMulABT, nil, []int{A, B}, 2, 2), [][]int{{0}, {0}}},
		{"matmul_abt to another N", op(tensor.OpMatMulABT, nil, []int{A, A}, 2, 3), [][]int{{0}, {0}}},
		{"gather with 2-D indices", op(tensor.OpGather, nil, []int{T, I2}, 2, 3), [][]int{{0}, {0}}},
		{"scatter_add with more indices than rows", op(tensor.OpScatterAdd, nil, []int{A, I3}, 4, 3), [][]int{{0}, {0}}},
		{"onehot of another count", op(tensor.OpOneHot, nil, []int{I3}, 2, 5), [][]int{{0}}},
		{"add of other shapes", op(tensor.OpAdd, nil, []int{A, C}, 2, 3), [][]int{{0}, {0}}},
		{"where of other shapes", op(tensor.OpWhere, nil, []int{A, A, C}, 2, 3), [][]int{{0}, {0}, {0}}},
		{"neg to another shape", op(tensor.OpNeg, nil, []int{A}, 3, 2), [][]int{{0}}},
		{"matmul_abt of other batches", op(tensor.OpMatMulABT, nil, []int{BA, BB}, 2, 2, 2), [][]int{{0}, {0}}},
	}
	// Index operands holding every kind of non-index, and -0 (index 0).
	idxVals := []uint32{0x3f000000, 0x3fc00000, 0xbf800000, 0x7fc00000, 0x7f800000, 0x00000001, 0x40a00000, 0x501502f9, 0x80000000}
	type idxCase struct {
		name   string
		k      int
		leaves [][]int
	}
	var idxCases []idxCase
	for _, bits := range idxVals {
		iv := add(autograd.OpDesc{Op: tensor.OpState, Slot: len(ops)}, 2)
		vals[iv].Data[0] = math.Float32frombits(bits)
		vals[iv].Data[1] = 1
		g := add(autograd.OpDesc{Op: tensor.OpGather, In: []int{T, iv}}, 2, 3)
		vals[g].Data[0] = vals[T].Data[0]
		oh := add(autograd.OpDesc{Op: tensor.OpOneHot, In: []int{iv}}, 2, 5)
		vals[oh].Data[0] = 1
		G := state(2, 3)
		sc := add(autograd.OpDesc{Op: tensor.OpScatterAdd, In: []int{G, iv}}, 5, 3)
		vals[sc].Data[0] = vals[G].Data[0]
		idxCases = append(idxCases,
			idxCase{fmt.Sprintf("gather index %08x", bits), g, [][]int{{0}, {0}}},
			idxCase{fmt.Sprintf("onehot index %08x", bits), oh, [][]int{{0}}},
			idxCase{fmt.Sprintf("scatter_add index %08x", bits), sc, [][]int{{0}, {0}}},
		)
	}
	// Descriptors that do not decode (the disputed op is a neg of A with these encodings).
	type badDesc struct {
		name string
		enc  []byte
	}
	negOf := func(name string, enc []byte) badDesc { return badDesc{name, enc} }
	raw := func(op, rank, dim0, nIn, nPerm int) []byte {
		b := []byte{byte(op), byte(rank)}
		for i := range rank {
			d := uint32(2)
			if i == 0 || dim0 == 1<<31-1 {
				d = uint32(dim0)
			}
			b = binary.BigEndian.AppendUint32(b, d)
		}
		b = append(b, byte(nIn))
		for range nIn {
			b = binary.BigEndian.AppendUint32(b, uint32(A))
		}
		b = append(b, byte(nPerm))
		for range nPerm {
			b = append(b, 0)
		}
		b = binary.BigEndian.AppendUint32(b, 0)
		b = binary.BigEndian.AppendUint32(b, 0xffffffff)
		return append(b, make([]byte, 32)...)
	}
	good := raw(int(tensor.OpNeg), 2, 2, 1, 0)
	badDescs := []badDesc{
		negOf("descriptor with a trailing byte", append(bytes.Clone(good), 0)),
		negOf("descriptor one byte short", good[:len(good)-1]),
		negOf("descriptor of op 0", append([]byte{0}, good[1:]...)),
		negOf("descriptor of op 24", append([]byte{24}, good[1:]...)),
		negOf("descriptor of rank 9", raw(int(tensor.OpNeg), 9, 1, 1, 0)),
		negOf("descriptor with a dimension of 2^31", raw(int(tensor.OpNeg), 2, 1<<31, 1, 0)),
		negOf("descriptor with 2 inputs for neg", raw(int(tensor.OpNeg), 2, 2, 2, 0)),
		negOf("descriptor with 9 permutation axes", raw(int(tensor.OpNeg), 2, 2, 1, 9)),
		negOf("descriptor of 2^63 elements", raw(int(tensor.OpNeg), 8, 1<<31-1, 1, 0)),
	}
	descs := map[int][]byte{}
	var descOps []int
	for _, b := range badDescs {
		k := op(tensor.OpNeg, nil, []int{A}, 2, 3)
		descs[k], descOps = b.enc, append(descOps, k)
	}
	r := newJudgeRaw(ops, vals, descs)
	var cases []judgeCase
	for i, b := range badDescs {
		c := r.element(t, b.name, descOps[i], 0, [][]int{{0}}, judgeReject)
		c.reason = "BadDescriptor"
		cases = append(cases, c)
	}
	for _, b := range bads {
		c := r.element(t, b.name, b.k, 0, b.leaves, judgeReject)
		c.reason = "BadOperands"
		cases = append(cases, c)
	}
	for _, ic := range idxCases {
		c := r.element(t, ic.name, ic.k, 0, ic.leaves, judgeReject)
		c.reason = "BadIndex"
		if strings.HasSuffix(ic.name, "80000000") {
			c.want, c.reason = judgeRight, "" // -0 is index 0
		}
		cases = append(cases, c)
	}
	judgeRunCases(t, nil, cases)

	// Input ops whose shape is not Batch rows of the input's floats, or whose slot has no input.
	var iops []autograd.OpDesc
	var ivals []*tensor.Tensor
	for _, sh := range []struct{ slot, n int }{{0, 1}, {0, 2}, {1, 1}} {
		iops = append(iops, autograd.OpDesc{Op: tensor.OpInput, Shape: []int{sh.n}, Slot: sh.slot, Next: -1})
		ivals = append(ivals, tensor.FromData([]int{sh.n}, slices.Repeat([]float32{1.5}, sh.n)))
	}
	ri := newJudgeRaw(iops, ivals, nil)
	sample := commit.AppendChunk(nil, []float32{1.5})
	ri.job.DataRoot = commit.LeafHash(sample)
	ctx := judgeContext(1, 1, 1, []int{1})
	var icases []judgeCase
	for k, want := range []judgeWant{judgeRight, judgeReject, judgeReject} {
		c := ri.element(t, fmt.Sprintf("input op %d", k), k, 0, nil, want)
		w, err := proof.Decode(c.witness)
		if err != nil {
			t.Fatal(err)
		}
		w.Evidence, w.Operands, w.Source = proof.EvInput, nil, proof.Leaf{Bytes: sample}
		c.witness, c.ctx, c.prim = w.Encode(), crypto.Keccak256Hash(ctx), tensor.OpInput
		if want == judgeReject {
			c.reason = "BadEvidence"
		}
		icases = append(icases, c)
	}
	judgeRunCases(t, [][]byte{ctx}, icases)
}

// TestJudgeHugeOperand: an operand above proof.MaxOperandElements (2^28) is rejected, as the Go
// judge rejects it (its trees are built from identical leaves, so nothing of that size is
// materialised).
func TestJudgeHugeOperand(t *testing.T) {
	const rows, rowLen = 1 << 19, 1024 // 2^29 elements, one leaf per row
	uniform := func(bits uint32) (commit.Hash, []commit.Hash, []byte) {
		chunk := commit.AppendChunk(nil, slices.Repeat([]float32{math.Float32frombits(bits)}, rowLen))
		h := commit.LeafHash(chunk)
		var proof []commit.Hash
		for range 19 {
			proof = append(proof, h)
			h = commit.NodeHash(h, h)
		}
		return h, proof, chunk
	}
	xRoot, xProof, xChunk := uniform(0x3f800000)
	yRoot, yProof, yChunk := uniform(0xbf800000)
	ops := []autograd.OpDesc{
		{Op: tensor.OpState, Shape: []int{rows, rowLen}, Next: -1},
		{Op: tensor.OpNeg, Shape: []int{rows, rowLen}, In: []int{0}, Next: -1},
	}
	gl := []commit.Hash{commit.LeafHash(ops[0].Encode()), commit.LeafHash(ops[1].Encode())}
	tl := []commit.Hash{commit.StateLeaf(xRoot), commit.StateLeaf(yRoot)}
	graph, trace := commit.NewTree(gl), commit.NewTree(tl)
	ref := func(k int) proof.OpRef { return proof.OpRef{Index: k, Desc: ops[k].Encode(), Proof: graph.Proof(k)} }
	w := &proof.Witness{Form: proof.FormElement, Op: ref(1), Evidence: proof.EvOperands,
		Output: proof.RootRef{Root: yRoot, Proof: trace.Proof(1)}, Claim: proof.Leaf{Bytes: yChunk, Proof: yProof},
		Operands: []proof.Operand{{Op: ref(0), Root: proof.RootRef{Root: xRoot, Proof: trace.Proof(0)}, Leaves: []proof.Leaf{{Bytes: xChunk, Proof: xProof}}}}}
	job := &dispute.Job{Ops: ops, GraphRoot: graph.Root(), NumStates: 1}
	c := judgeCase{name: "an operand of 2^29 elements", job: job, witness: w.Encode(), want: judgeReject, reason: "BadOperands", prim: tensor.OpNeg,
		claim: game.ElementClaim{Step: 1, Op: 1, Claimed: 0xbf800000, OutputRoot: yRoot, OpTraceRoot: trace.Root()}}
	judgeRunCases(t, nil, []judgeCase{c})
}

// TestJudgeContext: the context registry and what an input op needs from it.
func TestJudgeContext(t *testing.T) {
	s := newJudgeSynth()
	p := s.program()
	h := newJudgeEVM(t)
	// Malformed or invalid encodings.
	good := p.ctx
	for _, bad := range [][]byte{
		nil, good[:25], append(bytes.Clone(good), 0), append([]byte{2}, good[1:]...),
		judgeContext(0, 2, 1, []int{4, 1}), judgeContext(10, 0, 1, []int{4, 1}), judgeContext(10, 2, 1, []int{0, 1}),
		judgeContext(10, 2, 1, []int{1 << 31}), judgeContext(1<<63, 2, 1, []int{4}),
	} {
		if _, err := h.call("registerContext", bad); !errors.Is(err, errJudgeRevert) || !strings.Contains(err.Error(), "BadContext") {
			t.Errorf("registerContext(%x): %v, want BadContext", bad, err)
		}
	}
	// An input op's check needs the registered context; other ops do not read it.
	input := slices.IndexFunc(s.ops, func(d autograd.OpDesc) bool { return d.Op == tensor.OpInput })
	add := slices.IndexFunc(s.ops, func(d autograd.OpDesc) bool { return d.Op == tensor.OpAdd })
	honestIn, honestAdd := p.honest(t, input, 1), p.honest(t, add, 5)
	if r := h.check(honestIn.onChain(), honestIn.witness); !r.reverted || r.reason != "UnknownContext" {
		t.Fatalf("input op without a registered context: %+v", r)
	}
	if r := h.check(honestAdd.onChain(), honestAdd.witness); r.reverted || !r.right {
		t.Fatalf("computed op without a registered context: %+v", r)
	}
	out, gas, err := h.callGas("registerContext", good)
	if err != nil || common.Hash(out[0].([32]byte)) != common.Hash(p.ctxHash) {
		t.Fatalf("registerContext: %v, %v; want hash %x", out, err, p.ctxHash)
	}
	t.Logf("registerContext: %d gas of execution", gas)
	if _, err := h.call("registerContext", good); err != nil {
		t.Fatalf("registering twice: %v", err)
	}
	if r := h.check(honestIn.onChain(), honestIn.witness); r.reverted || !r.right {
		t.Fatalf("input op with its context: %+v", r)
	}
	out, err = h.call("contextOf", p.ctxHash)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprintf("%+v", out[0]), "{Registered:true DataSize:10 Batch:2 Seed:99 InputLens:[4 1]}"; got != want {
		t.Errorf("contextOf = %s, want %s", got, want)
	}
	// Another registered context (another seed) names other samples: the same witness is judged
	// as Go judges it with that sampler.
	other := judgeContext(judgeSynthN, judgeSynthBatch, judgeSynthSeed+1, s.lens)
	if _, err := h.call("registerContext", other); err != nil {
		t.Fatal(err)
	}
	c := honestIn
	j := *c.job
	j.Sampler = data.Sampler{N: judgeSynthN, Batch: judgeSynthBatch, Seed: judgeSynthSeed + 1}
	c.job, c.ctx, c.want, c.name = &j, crypto.Keccak256Hash(other), judgeAny, "input op under another seed"
	judgeRunCases(t, [][]byte{good, other}, []judgeCase{c})
}

// TestJudgeSampler: Judge.sampleIndex (Sampler.sol) against data.Sampler and the golden vectors
// of docs/sampler.md.
func TestJudgeSampler(t *testing.T) {
	h := newJudgeEVM(t)
	index := func(n, batch int, seed uint64, step, row int) (int, error) {
		out, err := h.call("sampleIndex", big.NewInt(int64(n)), big.NewInt(int64(batch)), seed, big.NewInt(int64(step)), big.NewInt(int64(row)))
		if err != nil {
			return 0, err
		}
		return int(out[0].(*big.Int).Int64()), nil
	}
	golden := []struct {
		n, batch int
		seed     uint64
		step     int
		want     []int
	}{
		{60000, 16, 42, 0, []int{51557, 53741, 22774, 31275, 3455, 18827, 38355, 7130, 4102, 46456, 8542, 57743, 4482, 34579, 57374, 27325}},
		{10, 4, 42, 0, []int{7, 2, 9, 8}},
		{10, 4, 42, 1, []int{5, 0, 6, 1}},
		{10, 4, 42, 2, []int{4, 3, 1, 4}},
		{10, 4, 42, 3, []int{8, 7, 6, 0}},
		{10, 4, 42, 4, []int{5, 2, 9, 3}},
	}
	for _, g := range golden {
		for row, want := range g.want {
			got, err := index(g.n, g.batch, g.seed, g.step, row)
			if err != nil || got != want {
				t.Fatalf("Sampler{%d, %d, %d}.Index(%d, %d) = %d, %v; want %d", g.n, g.batch, g.seed, g.step, row, got, err, want)
			}
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	runs := 400
	if testing.Short() {
		runs = 100
	}
	for i := range runs {
		var n int
		switch i % 4 {
		case 0:
			n = 1 + rng.IntN(8)
		case 1:
			n = 1 << rng.IntN(40)
		case 2:
			n = 1 + rng.IntN(1_000_000)
		default:
			n = 1 + int(rng.Int64N(1<<62))
		}
		s := data.Sampler{N: n, Batch: 1 + rng.IntN(300), Seed: rng.Uint64()}
		step, row := rng.IntN(1_000_000), rng.IntN(s.Batch)
		got, err := index(s.N, s.Batch, s.Seed, step, row)
		if want := s.Index(step, row); err != nil || got != want {
			t.Fatalf("%+v.Index(%d, %d) = %d, %v; want %d", s, step, row, got, err, want)
		}
	}
	// Where Go panics, the contract reverts.
	for _, bad := range []struct{ n, batch, step, row int }{{0, 1, 0, 0}, {5, 0, 0, 0}, {5, 3, 0, 3}, {5, 2, math.MaxInt64/2 + 1, 0}, {5, 1, math.MaxInt64, 1}} {
		if _, err := index(bad.n, bad.batch, 1, bad.step, bad.row); !errors.Is(err, errJudgeRevert) {
			t.Errorf("sampleIndex%+v: %v, want a revert", bad, err)
		}
	}
	if got, err := index(5, 1, 1, math.MaxInt64, 0); err != nil || got != (data.Sampler{N: 5, Batch: 1, Seed: 1}).Index(math.MaxInt64, 0) {
		t.Errorf("the last position: %d, %v", got, err)
	}
}

// TestJudgeMalformed: hand-made encodings around the decoder's limits are rejected.
func TestJudgeMalformed(t *testing.T) {
	s := newJudgeSynth()
	p := s.program()
	base := p.honest(t, len(s.ops)-1, 0)
	w, err := proof.Decode(base.witness)
	if err != nil {
		t.Fatal(err)
	}
	var cases []judgeCase
	add := func(name string, b []byte) {
		c := base
		c.name, c.witness, c.want = "malformed: "+name, b, judgeReject
		cases = append(cases, c)
	}
	add("empty", nil)
	add("version only", []byte{1})
	add("unknown form", append([]byte{1, 3}, base.witness[2:]...))
	add("form 0", append([]byte{1, 0}, base.witness[2:]...))
	// A proof of 65 hashes (the limit is 64) that the bytes could hold.
	long := bytes.Clone(base.witness[:2])
	long = binary.BigEndian.AppendUint32(long, uint32(w.Op.Index))
	long = binary.BigEndian.AppendUint16(long, uint16(len(w.Op.Desc)))
	long = append(long, w.Op.Desc...)
	long = append(long, 65)
	long = append(long, make([]byte, 65*32+4096)...)
	add("proof of 65 hashes", long)
	// An element index above 2^63-1.
	w2, _ := proof.Decode(base.witness)
	w2.Element = 0
	b := w2.Encode()
	at := 2 + 4 + 2 + len(w.Op.Desc) + 1 + 32*len(w.Op.Proof)
	b[at] = 0x80
	add("element index above 2^63-1", b)
	// An unknown evidence tag and an operand count larger than the bytes.
	off := at + 8 + 32 + 1 + 32*len(w.Output.Proof) + 8 + 4 + len(w.Claim.Bytes) + 1 + 32*len(w.Claim.Proof)
	for _, tag := range []byte{4, 0xff} {
		x := bytes.Clone(base.witness)
		x[off] = tag
		add(fmt.Sprintf("evidence %d", tag), x)
	}
	x := bytes.Clone(base.witness)
	x[off+1] = 0xff
	add("255 operands", x)
	judgeRunCases(t, [][]byte{p.ctx}, cases)
}

// TestJudgeGasReport (VERITRAIN_JUDGE_GAS=1): the element check of every op of the full
// examples, at the element with the largest witness of each op, and which ops fit one
// transaction of judgeTxTarget gas.
func TestJudgeGasReport(t *testing.T) {
	if os.Getenv(envJudgeGas) == "" {
		t.Skipf("set %s=1 to measure the element checks of the full examples (about a minute)", envJudgeGas)
	}
	for _, ex := range []struct{ name, path string }{
		{"mnist-mlp", "../../examples/mnist-mlp.toml"},
		{"char-gpt", "../../examples/char-gpt.toml"},
	} {
		t.Run(ex.name, func(t *testing.T) {
			p := loadJudgeGolden(t, ex.name, ex.path)
			h := newJudgeEVM(t, p.ctx)
			type row struct {
				k, e, size int
				gas, tx    uint64
			}
			var rows []row
			worst := map[tensor.Op]row{}
			for k, d := range p.job.Ops {
				e := p.busiest(k)
				c := p.honest(t, k, e)
				r := h.check(c.onChain(), c.witness)
				if r.err != nil || r.reverted || !r.right {
					t.Fatalf("op %d (%v) element %d: %+v", k, d.Op, e, r)
				}
				x := row{k, e, len(c.witness), r.gas, r.tx}
				rows = append(rows, x)
				if x.tx > worst[d.Op].tx {
					worst[d.Op] = x
				}
			}
			for op := tensor.Op(1); int(op) < tensor.NumOps; op++ {
				if x, ok := worst[op]; ok {
					d := p.job.Ops[x.k]
					t.Logf("%s: largest %-11v op %4d %v <- %v: %9d gas of execution, %8d-byte witness, tx %10d gas",
						ex.name, op, x.k, d.Shape, judgeShapes(p, d.In), x.gas, x.size, x.tx)
				}
			}
			sort.Slice(rows, func(i, j int) bool { return rows[i].tx > rows[j].tx })
			over := 0
			for _, x := range rows {
				if x.tx <= judgeTxTarget {
					break
				}
				over++
				d := p.job.Ops[x.k]
				t.Logf("%s: over %d gas: op %d (%v %v <- %v) element %d: %d gas of execution, %d-byte witness, tx %d gas",
					ex.name, judgeTxTarget, x.k, d.Op, d.Shape, judgeShapes(p, d.In), x.e, x.gas, x.size, x.tx)
			}
			big := 0
			for _, x := range rows {
				if x.size+judgeCallOverhead > judgeTxMaxSize {
					big++
					if x.tx <= judgeTxTarget {
						d := p.job.Ops[x.k]
						t.Logf("%s: under %d gas but above %d bytes: op %d (%v %v <- %v): %d-byte witness, tx %d gas",
							ex.name, judgeTxTarget, judgeTxMaxSize, x.k, d.Op, d.Shape, judgeShapes(p, d.In), x.size, x.tx)
					}
				}
			}
			t.Logf("%s: %d of %d ops fit one %d-gas transaction; the largest check costs %d gas; %d witnesses exceed geth's %d-byte transaction size limit",
				ex.name, len(rows)-over, len(rows), judgeTxTarget, rows[0].tx, big, judgeTxMaxSize)
		})
	}
}

func judgeShapes(p *judgeProgram, in []int) [][]int {
	var s [][]int
	for _, i := range in {
		s = append(s, p.job.Ops[i].Shape)
	}
	return s
}
