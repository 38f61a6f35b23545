package proof

import (
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/data"
	"veritrain/internal/tensor"
	"veritrain/internal/train"
)

// goldenRun is one golden example at a real step: the trainer positioned at the step's start,
// the verifier's honest record of the step, and the dataset tree.
type goldenRun struct {
	name   string
	tr     *train.Trainer
	snap   []float32 // the state at the step's start (restored after every traced step)
	local  *Local
	honest *train.OpTrace
	post   []commit.Hash // tensor roots of the honest h_t
	data   *commit.Tree
	set    data.Set
}

var goldenSpecs = []struct{ name, path string }{
	{"mnist", "../train/testdata/mnist-golden.toml"},
	{"gpt", "../train/testdata/gpt-golden.toml"},
}

// VERITRAIN_PROOF_EXAMPLES=1 runs the golden tests on the full examples instead (slower), to
// measure their witness sizes: go test -short -run TestGoldenHonest -v ./internal/proof/
func init() {
	if os.Getenv("VERITRAIN_PROOF_EXAMPLES") != "" {
		goldenSpecs = []struct{ name, path string }{
			{"mnist-mlp", "../../examples/mnist-mlp.toml"},
			{"char-gpt", "../../examples/char-gpt.toml"},
		}
	}
}

var goldenRuns = map[string]*goldenRun{}

// warmSteps are run before the disputed step, so that optimizer slots and the schedule are not
// at their initial values.
const warmSteps = 2

func loadGolden(t *testing.T, name, path string) *goldenRun {
	t.Helper()
	if g := goldenRuns[name]; g != nil {
		return g
	}
	tr, err := train.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for range warmSteps {
		if _, err := tr.Step(); err != nil {
			t.Fatal(err)
		}
	}
	tr.Sync()
	g := &goldenRun{name: name, tr: tr, snap: append([]float32(nil), tr.State.Flat...), set: tr.Data.Train}
	prev := tr.State.TensorRoots()
	g.honest, err = tr.TraceStep(nil)
	if err != nil {
		t.Fatal(err)
	}
	g.post = tr.State.TensorRoots()
	g.restore()

	set := g.set
	x, y := make([]float32, set.InputLen()), make([]float32, set.TargetLen())
	leaves := make([]commit.Hash, set.Len())
	h := commit.NewHasher()
	for i := range leaves {
		leaves[i] = h.LeafHash(train.SampleBytes(set, i, x, y))
	}
	g.data = commit.NewTree(leaves)
	// The trainer's data root hashes the same samples again: check it once, in the long run.
	if !testing.Short() && g.data.Root() != tr.DataRoot() {
		t.Fatalf("data tree root %s, trainer's data root %s", g.data.Root(), tr.DataRoot())
	}
	l, err := tr.Listing()
	if err != nil {
		t.Fatal(err)
	}
	g.local = &Local{Ops: l.Ops, Values: g.honest.Values, Roots: g.honest.Roots, Prev: prev, Sample: func(i int) ([]byte, []commit.Hash, error) {
		if i < 0 || i >= set.Len() {
			return nil, nil, fmt.Errorf("sample %d of %d", i, set.Len())
		}
		x, y := make([]float32, set.InputLen()), make([]float32, set.TargetLen())
		return train.SampleBytes(set, i, x, y), g.data.Proof(i), nil
	}}
	goldenRuns[name] = g
	return g
}

// restore puts the trainer back at the start of the disputed step.
func (g *goldenRun) restore() { copy(g.tr.State.Flat, g.snap) }

// agreed is the chain's view of a dispute against a solver with these op roots and h_t roots.
func (g *goldenRun) agreed(t *testing.T, roots, post []commit.Hash) *Agreed {
	t.Helper()
	gr, err := g.tr.GraphRoot()
	if err != nil {
		t.Fatal(err)
	}
	return &Agreed{
		GraphRoot: gr, NumOps: len(g.local.Ops), Step: g.honest.Step,
		TraceRoot: commit.StateRoot(roots), Prev: commit.StateRoot(g.local.Prev), Post: commit.StateRoot(post), NumStates: len(g.local.Prev),
		DataRoot: g.data.Root(), DataSize: g.set.Len(), Batch: g.tr.Job.Train.Batch,
		InputLens: []int{g.set.InputLen(), g.set.TargetLen()}, Sampler: g.tr.Sampler(),
	}
}

// honestClaim is an honest solver's reveal and the matching Agreed.
func (g *goldenRun) honestClaim(t *testing.T) (*Claimed, *Agreed) {
	return Reveal(g.honest.Values, g.honest.Roots, g.post), g.agreed(t, g.honest.Roots, g.post)
}

// cheat traces the disputed step again with op k's output changed by tamper (TraceStep's hook:
// later ops read the changed value) and returns the cheating solver's trace and h_t roots.
func (g *goldenRun) cheat(t *testing.T, k int, tamper func(v *tensor.Tensor)) (*train.OpTrace, []commit.Hash) {
	t.Helper()
	var saved *tensor.Tensor
	var orig []float32
	tr, err := g.tr.TraceStep(func(i int, v *tensor.Tensor) {
		if i == k {
			saved, orig = v, append([]float32(nil), v.Data...)
			tamper(v)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	post := g.tr.State.TensorRoots()
	// Constants and constant sub-graphs are computed once, at compile time: put them back.
	copy(saved.Data, orig)
	g.restore()
	if tr.Step != g.honest.Step {
		t.Fatalf("traced step %d, want %d", tr.Step, g.honest.Step)
	}
	return tr, post
}

// TestGoldenHonest builds a witness for random elements of every op of a real step of both
// golden examples from an honest solver's trace: every one is SolverRight. It reports the
// largest witness.
func TestGoldenHonest(t *testing.T) {
	for _, gs := range goldenSpecs {
		t.Run(gs.name, func(t *testing.T) {
			g := loadGolden(t, gs.name, gs.path)
			c, a := g.honestClaim(t)
			rng := rand.New(rand.NewPCG(11, 12))
			extra, every := 2, 1
			if testing.Short() {
				extra, every = 0, 4 // a quarter of the computed ops, at their first and last element
			}
			type big struct{ op, element, size int }
			var largest big
			perOp := map[tensor.Op]big{}
			n := 0
			for k, d := range g.local.Ops {
				if k%every != 0 && d.Op.Arity() != 0 { // every leaf op, even with -short
					continue
				}
				es := elements(rng, tensor.Numel(d.Shape), extra)
				if d.Op == tensor.OpScatterAdd {
					es = append(es, busiest(t, g, k)) // its witness size depends on the element
				}
				for _, e := range es {
					w, err := BuildElement(a, g.local, c, k, e)
					if err != nil {
						t.Fatalf("op %d (%v) element %d: %v", k, d.Op, e, err)
					}
					a.Op, a.Element = k, e
					size := len(checkVerdict(t, a, w, SolverRight))
					if size > largest.size {
						largest = big{k, e, size}
					}
					if size > perOp[d.Op].size {
						perOp[d.Op] = big{k, e, size}
					}
					n++
				}
			}
			d := g.local.Ops[largest.op]
			t.Logf("%s: %d honest witnesses over %d ops, all solver-right", gs.name, n, len(g.local.Ops))
			t.Logf("%s: largest witness %d bytes: op %d (%v, output %v, inputs %v), element %d", gs.name, largest.size, largest.op, d.Op, d.Shape, shapesOf(g, d.In), largest.element)
			for op := tensor.Op(1); int(op) < tensor.NumOps; op++ {
				if b, ok := perOp[op]; ok {
					t.Logf("%s:   largest %-11v witness %7d bytes (op %d)", gs.name, op, b.size, b.op)
				}
			}
		})
	}
}

// busiest returns the element of op k that reads the most operand leaves.
func busiest(t *testing.T, g *goldenRun, k int) int {
	d := &g.local.Ops[k]
	shapes := shapesOf(g, d.In)
	best, most := 0, -1
	for e := range tensor.Numel(d.Shape) {
		deps, err := ElementDeps(d, shapes, e, func(j, i int) (float32, bool) { return g.local.Values[d.In[j]].Data[i], true })
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, x := range deps {
			n += len(x)
		}
		if n > most {
			best, most = e, n
		}
	}
	return best
}

func shapesOf(g *goldenRun, in []int) [][]int {
	var s [][]int
	for _, i := range in {
		s = append(s, g.local.Ops[i].Shape)
	}
	return s
}

// TestGoldenElementDeps checks ElementDeps against RefElement (see TestElementDepsSound) on
// random elements of every computed op of both examples' real step.
func TestGoldenElementDeps(t *testing.T) {
	for _, gs := range goldenSpecs {
		t.Run(gs.name, func(t *testing.T) {
			g := loadGolden(t, gs.name, gs.path)
			idx := indexOps(g.local.Ops)
			rng := rand.New(rand.NewPCG(17, 18))
			for k, d := range g.local.Ops {
				if d.Op.Arity() == 0 {
					continue
				}
				for _, e := range elements(rng, tensor.Numel(d.Shape), 2) {
					checkDepsSound(t, g.local.Ops, g.local.Values, idx, k, e, rng)
				}
			}
		})
	}
}

// tamperOps picks the ops to cheat on: every op of MNIST (a sample with -short), and for GPT
// a random sample that covers every primitive and every leaf kind at least twice.
func tamperOps(g *goldenRun, rng *rand.Rand) []int {
	n := len(g.local.Ops)
	perPrim, random := 2, 40
	if g.name == "mnist" {
		perPrim, random = n, n
	}
	if testing.Short() {
		perPrim, random = 1, 12
	}
	seen := map[tensor.Op]int{}
	chosen := map[int]bool{}
	for _, k := range rng.Perm(n) {
		if op := g.local.Ops[k].Op; seen[op] < perPrim {
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

// TestGoldenTamper cheats on one element of one op at a time (TraceStep's tamper hook, so the
// fault propagates to every later op, and to h_t): the dispute is pinpointed to exactly that op
// and element, and the witness makes the solver lose. The tampers cycle through one-ulp
// changes either way (rounding-edge probes), sign flips, NaN, infinities and subnormals.
func TestGoldenTamper(t *testing.T) {
	for _, gs := range goldenSpecs {
		t.Run(gs.name, func(t *testing.T) {
			g := loadGolden(t, gs.name, gs.path)
			idx := indexOps(g.local.Ops)
			rng := rand.New(rand.NewPCG(13, 14))
			ks := tamperOps(g, rng)
			kinds := map[tensor.Op]int{}
			for i, k := range ks {
				d := g.local.Ops[k]
				tp := tampers[i%len(tampers)]
				f := tp.f
				if idx[k] {
					f = nextIndex // an index must stay a valid index, or the step cannot run
				}
				e := rng.IntN(tensor.Numel(d.Shape))
				bad, post := g.cheat(t, k, func(v *tensor.Tensor) { setBits(v, e, f) })
				c := Reveal(bad.Values, bad.Roots, post)
				a := g.agreed(t, bad.Roots, post)
				w, err := Pinpoint(a, g.local, c)
				if err != nil {
					t.Fatalf("op %d (%v) %s at %d: %v", k, d.Op, tp.name, e, err)
				}
				if w.Form != FormElement || w.Op.Index != k || w.Element != e {
					t.Fatalf("op %d (%v) %s at %d: pinpointed form %d op %d element %d", k, d.Op, tp.name, e, w.Form, w.Op.Index, w.Element)
				}
				a.Op, a.Element = k, e
				checkVerdict(t, a, w, SolverWrong)
				if d.Op == tensor.OpState {
					we, err := BuildEnd(a, g.local, c, k, EndStart)
					if err != nil {
						t.Fatal(err)
					}
					checkVerdict(t, a, we, SolverWrong)
				}
				kinds[d.Op]++
			}
			for op := tensor.Op(1); int(op) < tensor.NumOps; op++ {
				has := false
				for _, d := range g.local.Ops {
					has = has || d.Op == op
				}
				if has && kinds[op] == 0 {
					t.Errorf("no tamper of a %v op", op)
				}
			}
			t.Logf("%s: %d cheating solvers pinpointed and found wrong (by primitive: %v)", gs.name, len(ks), kinds)
		})
	}
}

// TestGoldenEnd checks the step's ends: every state op of an honest trace fits h_{t-1} and h_t,
// and a solver whose op trace is honest but whose h_t has one wrong tensor is pinpointed to
// that state and loses.
func TestGoldenEnd(t *testing.T) {
	for _, gs := range goldenSpecs {
		t.Run(gs.name, func(t *testing.T) {
			g := loadGolden(t, gs.name, gs.path)
			c, a := g.honestClaim(t)
			n, every, si := 0, 1, -1
			if testing.Short() {
				every = 5
			}
			for k, d := range g.local.Ops {
				if d.Op != tensor.OpState {
					continue
				}
				if si++; si%every != 0 {
					continue
				}
				end := EndKeep
				if d.Next >= 0 {
					end = EndNext
				}
				a.Op = k
				for _, kind := range []EndKind{EndStart, end} {
					w, err := BuildEnd(a, g.local, c, k, kind)
					if err != nil {
						t.Fatal(err)
					}
					checkVerdict(t, a, w, SolverRight)
				}
				post := append([]commit.Hash(nil), g.post...)
				post[d.Slot][31] ^= 0x80
				bad := Reveal(g.honest.Values, g.honest.Roots, post)
				ab := g.agreed(t, g.honest.Roots, post)
				w, err := Pinpoint(ab, g.local, bad)
				if err != nil {
					t.Fatal(err)
				}
				if w.Form != FormEnd || w.Op.Index != k || w.End != end {
					t.Fatalf("state op %d: pinpointed form %d op %d end %d", k, w.Form, w.Op.Index, w.End)
				}
				ab.Op = k
				checkVerdict(t, ab, w, SolverWrong)
				n++
			}
			t.Logf("%s: %d state ops fit both ends; a wrong h_t tensor is pinpointed for each", gs.name, n)
		})
	}
}

// TestGoldenRejects damages honest and cheating witnesses of real ops, one of every primitive
// of each example: every defect is an error, never a verdict.
func TestGoldenRejects(t *testing.T) {
	for _, gs := range goldenSpecs {
		t.Run(gs.name, func(t *testing.T) {
			g := loadGolden(t, gs.name, gs.path)
			c, a := g.honestClaim(t)
			rng := rand.New(rand.NewPCG(15, 16))
			hashes, flips := 60, 150
			if testing.Short() {
				hashes, flips = 20, 40
			}
			done := map[tensor.Op]bool{}
			count := 0
			for _, k := range rng.Perm(len(g.local.Ops)) {
				d := g.local.Ops[k]
				if done[d.Op] {
					continue
				}
				done[d.Op] = true
				e := rng.IntN(tensor.Numel(d.Shape))
				w, err := BuildElement(a, g.local, c, k, e)
				if err != nil {
					t.Fatal(err)
				}
				a.Op, a.Element = k, e
				count += mustReject(t, a, w, rng, hashes, flips)
				if d.Op == tensor.OpState {
					we, err := BuildEnd(a, g.local, c, k, EndStart)
					if err != nil {
						t.Fatal(err)
					}
					count += mustReject(t, a, we, rng, hashes, flips)
				}
			}
			// A cheating solver's witness (one ulp on a matmul element) under the same defects.
			for k, d := range g.local.Ops {
				if d.Op != tensor.OpMatMulABT {
					continue
				}
				e := tensor.Numel(d.Shape) / 2
				bad, post := g.cheat(t, k, func(v *tensor.Tensor) { setBits(v, e, tampers[0].f) })
				ac := g.agreed(t, bad.Roots, post)
				w, err := Pinpoint(ac, g.local, Reveal(bad.Values, bad.Roots, post))
				if err != nil {
					t.Fatal(err)
				}
				ac.Op, ac.Element = k, e
				checkVerdict(t, ac, w, SolverWrong)
				count += mustReject(t, ac, w, rng, hashes, flips)
				break
			}
			t.Logf("%s: %d defective witnesses rejected", gs.name, count)
		})
	}
}
