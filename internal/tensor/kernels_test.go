package tensor

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"veritrain/internal/fmath"
)

// Differential tests: every fast kernel (Exec) must produce exactly the bits of the per-element
// reference (RefExec), on random data that includes every kind of special value, on shapes that
// hit the kernels' tails (odd sizes, k = 0, batch > 1, size-1 and missing axes).

// specials are the float32 bit patterns mixed into random data. NaNs come with assorted payloads
// and signs (only 0x7fc00000 is canonical), including a signalling NaN.
var specials = []uint32{
	0x00000000, 0x80000000, // ±0
	0x7f800000, 0xff800000, // ±Inf
	0x7fc00000, 0xffc00000, 0x7fc00001, 0x7f800001, 0xffbfffff, 0x7fffffff, // NaNs
	0x00000001, 0x80000001, 0x007fffff, 0x807fffff, 0x00400000, // subnormals
	0x00800000, 0x80800000, // smallest normals
	0x7f7fffff, 0xff7fffff, // ±MaxFloat32
	0x7e967699, 0xfe967699, // ±1e38: overflow when added or multiplied
	0x42b17218, 0xc2cff1b5, // exp overflow / underflow thresholds
	0x3f800000, 0xbf800000, // ±1
}

const canonNaN = fmath.CanonicalNaN

// gen produces random tensor data. rate is the probability that an element is a special value.
type gen struct {
	r    *rand.Rand
	rate float64
}

func newGen(seed uint64, rate float64) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, 0x5eed)), rate: rate}
}

func (g *gen) value() float32 {
	if g.r.Float64() < g.rate {
		return math.Float32frombits(specials[g.r.IntN(len(specials))])
	}
	// Mostly moderate values; sometimes very large or very small magnitudes.
	x := float32(g.r.NormFloat64())
	switch g.r.IntN(8) {
	case 0:
		x *= 1e30
	case 1:
		x *= 1e-30
	case 2:
		x *= 1e-39 // subnormal
	}
	return x
}

func (g *gen) data(n int) []float32 {
	d := make([]float32, n)
	for i := range d {
		d[i] = g.value()
	}
	return d
}

// indices returns n valid indices in [0, limit) as float32, with repeats, writing 0 sometimes as -0.
func (g *gen) indices(n, limit int) []float32 {
	d := make([]float32, n)
	for i := range d {
		v := g.r.IntN(limit)
		d[i] = float32(v)
		if v == 0 && g.r.IntN(2) == 0 {
			d[i] = float32(math.Copysign(0, -1))
		}
	}
	return d
}

// opCase is one op instance to test: the op, its attributes and its input shapes. idx marks the
// inputs that hold indices (with their exclusive upper bound).
type opCase struct {
	op   Op
	perm []int
	want []int
	in   [][]int
	idx  map[int]int
}

func (c opCase) String() string {
	var parts []string
	for _, s := range c.in {
		parts = append(parts, ShapeString(s))
	}
	s := fmt.Sprintf("%v(%s)", c.op, strings.Join(parts, ","))
	if c.perm != nil {
		s += fmt.Sprintf("perm%v", c.perm)
	}
	if c.want != nil {
		s += "->" + ShapeString(c.want)
	}
	return s
}

func sh(d ...int) []int { return append([]int{}, d...) }

// allCases lists op instances for every non-leaf op.
func allCases() []opCase {
	var cs []opCase
	add := func(c opCase) { cs = append(cs, c) }

	// Reshape.
	add(opCase{op: OpReshape, want: sh(12), in: [][]int{sh(3, 4)}})
	add(opCase{op: OpReshape, want: sh(4, 6), in: [][]int{sh(2, 3, 4)}})
	add(opCase{op: OpReshape, want: sh(1, 1), in: [][]int{sh()}})
	add(opCase{op: OpReshape, want: sh(0, 5), in: [][]int{sh(5, 0)}})

	// Permute: ranks 0-4, all rank-3 permutations, several rank-4 ones, size-1 and size-0 axes.
	add(opCase{op: OpPermute, perm: []int{}, in: [][]int{sh()}})
	add(opCase{op: OpPermute, perm: []int{0}, in: [][]int{sh(7)}})
	add(opCase{op: OpPermute, perm: []int{1, 0}, in: [][]int{sh(5, 7)}})
	add(opCase{op: OpPermute, perm: []int{0, 1}, in: [][]int{sh(5, 7)}})
	add(opCase{op: OpPermute, perm: []int{1, 0}, in: [][]int{sh(0, 3)}})
	for _, p := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		add(opCase{op: OpPermute, perm: p, in: [][]int{sh(2, 3, 5)}})
	}
	for _, p := range [][]int{{3, 2, 1, 0}, {0, 2, 1, 3}, {1, 0, 3, 2}, {2, 3, 0, 1}, {0, 1, 3, 2}, {3, 0, 1, 2}} {
		add(opCase{op: OpPermute, perm: p, in: [][]int{sh(2, 3, 4, 5)}})
	}
	add(opCase{op: OpPermute, perm: []int{2, 0, 3, 1}, in: [][]int{sh(1, 4, 1, 3)}})

	// Broadcast: [1,D], [R,1], scalar, leading axis, middle axes, identity.
	bc := [][2][]int{
		{sh(1, 7), sh(5, 7)},
		{sh(5, 1), sh(5, 7)},
		{sh(), sh(5, 7)},
		{sh(1), sh(5, 7)},
		{sh(7), sh(3, 5, 7)},
		{sh(5, 7), sh(3, 5, 7)},
		{sh(1, 5, 1), sh(3, 5, 7)},
		{sh(3, 1, 7), sh(3, 5, 7)},
		{sh(3, 1, 5), sh(2, 3, 4, 5)},
		{sh(1), sh(5)},
		{sh(), sh()},
		{sh(5, 7), sh(5, 7)},
		{sh(1, 3), sh(0, 3)},
	}
	for _, b := range bc {
		add(opCase{op: OpBroadcast, want: b[1], in: [][]int{b[0]}})
	}

	// Sum to each of those shapes, plus long reductions.
	for _, b := range bc {
		add(opCase{op: OpSum, want: b[0], in: [][]int{b[1]}})
	}
	add(opCase{op: OpSum, want: sh(), in: [][]int{sh(1, 1000)}})
	add(opCase{op: OpSum, want: sh(7, 1), in: [][]int{sh(7, 300)}})
	add(opCase{op: OpSum, want: sh(1, 40), in: [][]int{sh(7, 40)}})
	add(opCase{op: OpSum, want: sh(1, 1), in: [][]int{sh(3, 4)}})

	// MaxLast.
	for _, s := range [][]int{sh(5, 7), sh(1), sh(3, 1), sh(2, 3, 9), sh(17), sh(4, 300)} {
		add(opCase{op: OpMaxLast, in: [][]int{s}})
	}

	// MatMulABT: m, n not multiples of 4, k = 0, 1, 7, 300, batch > 1, rank 4.
	mm := func(batch []int, m, n, k int) {
		a := append(append([]int{}, batch...), m, k)
		b := append(append([]int{}, batch...), n, k)
		add(opCase{op: OpMatMulABT, in: [][]int{a, b}})
	}
	for _, k := range []int{0, 1, 7, 300} {
		for _, mn := range [][2]int{{1, 1}, {4, 4}, {5, 7}, {8, 12}, {9, 13}, {3, 2}} {
			mm(nil, mn[0], mn[1], k)
		}
	}
	mm([]int{3}, 6, 5, 7)
	mm([]int{2}, 9, 11, 300)
	mm([]int{2, 3}, 5, 6, 4)
	mm([]int{2}, 4, 4, 0)
	mm(nil, 0, 3, 5)
	mm(nil, 3, 0, 5)
	mm([]int{0}, 3, 3, 3)

	// Gather / ScatterAdd / OneHot with repeated indices.
	add(opCase{op: OpGather, in: [][]int{sh(5, 3), sh(8)}, idx: map[int]int{1: 5}})
	add(opCase{op: OpGather, in: [][]int{sh(1, 1), sh(4)}, idx: map[int]int{1: 1}})
	add(opCase{op: OpGather, in: [][]int{sh(6, 7), sh(13)}, idx: map[int]int{1: 6}})
	add(opCase{op: OpGather, in: [][]int{sh(6, 7), sh(0)}, idx: map[int]int{1: 6}})
	add(opCase{op: OpScatterAdd, want: sh(4, 3), in: [][]int{sh(9, 3), sh(9)}, idx: map[int]int{1: 4}})
	add(opCase{op: OpScatterAdd, want: sh(7, 5), in: [][]int{sh(6, 5), sh(6)}, idx: map[int]int{1: 3}})
	add(opCase{op: OpScatterAdd, want: sh(2, 1), in: [][]int{sh(40, 1), sh(40)}, idx: map[int]int{1: 2}})
	add(opCase{op: OpScatterAdd, want: sh(3, 4), in: [][]int{sh(0, 4), sh(0)}, idx: map[int]int{1: 3}})
	add(opCase{op: OpOneHot, want: sh(9, 4), in: [][]int{sh(9)}, idx: map[int]int{0: 4}})
	add(opCase{op: OpOneHot, want: sh(3, 1), in: [][]int{sh(3)}, idx: map[int]int{0: 1}})
	add(opCase{op: OpOneHot, want: sh(0, 5), in: [][]int{sh(0)}, idx: map[int]int{0: 5}})

	// Elementwise.
	shapes := [][]int{sh(), sh(1), sh(7), sh(3, 5), sh(2, 3, 4), sh(0, 2)}
	for _, op := range []Op{OpAdd, OpSub, OpMul, OpDiv, OpMax, OpGT} {
		for _, s := range shapes {
			add(opCase{op: op, in: [][]int{s, s}})
		}
	}
	for _, s := range shapes {
		add(opCase{op: OpWhere, in: [][]int{s, s, s}})
	}
	for _, op := range []Op{OpNeg, OpExp, OpLog, OpSqrt} {
		for _, s := range shapes {
			add(opCase{op: op, in: [][]int{s}})
		}
		add(opCase{op: op, in: [][]int{sh(257)}})
	}
	return cs
}

// makeInputs builds random inputs for c.
func (c opCase) makeInputs(g *gen) []*Tensor {
	ins := make([]*Tensor, len(c.in))
	for i, s := range c.in {
		if lim, ok := c.idx[i]; ok {
			ins[i] = FromData(s, g.indices(Numel(s), lim))
		} else {
			ins[i] = FromData(s, g.data(Numel(s)))
		}
	}
	if c.op == OpWhere {
		// Conditions: mostly 0 / -0 / 1, sometimes anything (NaN counts as true).
		cd := ins[0].Data
		for j := range cd {
			switch g.r.IntN(4) {
			case 0:
				cd[j] = 0
			case 1:
				cd[j] = float32(math.Copysign(0, -1))
			case 2:
				cd[j] = 1
			}
		}
	}
	if c.op == OpMax || c.op == OpGT {
		// Make ties (including ±0 pairs) common.
		a, b := ins[0].Data, ins[1].Data
		for j := range a {
			switch g.r.IntN(5) {
			case 0:
				b[j] = a[j]
			case 1:
				a[j], b[j] = 0, float32(math.Copysign(0, -1))
			case 2:
				a[j], b[j] = float32(math.Copysign(0, -1)), 0
			}
		}
	}
	if c.op == OpMaxLast {
		// Rows of zeros of both signs, so that tie-breaking is visible.
		x := ins[0].Data
		for j := range x {
			if g.r.IntN(3) == 0 {
				x[j] = float32(math.Copysign(0, float64(g.r.IntN(2)*2-1)))
			}
		}
	}
	return ins
}

func (c opCase) desc(t *testing.T) *Desc {
	t.Helper()
	out, err := InferShape(c.op, c.perm, c.want, c.in...)
	if err != nil {
		t.Fatalf("%v: InferShape: %v", c, err)
	}
	return &Desc{Op: c.op, Shape: out, Perm: c.perm}
}

// sentinel is a NaN with a payload no kernel produces: an output element the kernel forgets to
// write shows up as a mismatch and as a non-canonical NaN.
const sentinel = 0x7fa5a5a5

func filled(shape []int) *Tensor {
	t := New(shape...)
	for i := range t.Data {
		t.Data[i] = math.Float32frombits(sentinel)
	}
	return t
}

func snapshot(ins []*Tensor) [][]uint32 {
	s := make([][]uint32, len(ins))
	for i, t := range ins {
		s[i] = bits(t.Data)
	}
	return s
}

func bits(x []float32) []uint32 {
	b := make([]uint32, len(x))
	for i, v := range x {
		b[i] = math.Float32bits(v)
	}
	return b
}

func isNaNBits(b uint32) bool { return b&0x7f800000 == 0x7f800000 && b&0x007fffff != 0 }

// passThrough ops copy input elements to the output without arithmetic.
func passThrough(op Op) bool {
	switch op {
	case OpReshape, OpPermute, OpBroadcast, OpGather, OpWhere, OpConst:
		return true
	}
	return false
}

// canonicaliseNaNs replaces every NaN in ins by the canonical NaN.
func canonicaliseNaNs(ins []*Tensor) {
	for _, t := range ins {
		for i, v := range t.Data {
			if v != v {
				t.Data[i] = math.Float32frombits(canonNaN)
			}
		}
	}
}

// diff runs Exec and RefExec on c with inputs ins and returns the first few disagreements.
func diffExecRef(t *testing.T, c opCase, ins []*Tensor, checkCanon bool) {
	t.Helper()
	d := c.desc(t)
	before := snapshot(ins)
	fast, ref := filled(d.Shape), filled(d.Shape)
	Exec(d, fast, ins...)
	RefExec(d, ref, ins...)
	for i, b := range snapshot(ins) {
		for j := range b {
			if b[j] != before[i][j] {
				t.Fatalf("%v: Exec or RefExec modified input %d element %d", c, i, j)
			}
		}
	}
	fb, rb := bits(fast.Data), bits(ref.Data)
	bad := 0
	for i := range fb {
		if fb[i] != rb[i] {
			if bad < 5 {
				t.Errorf("%v: element %d: Exec %#08x (%v), RefExec %#08x (%v)", c, i, fb[i], fast.Data[i], rb[i], ref.Data[i])
			}
			bad++
			continue
		}
		if checkCanon && isNaNBits(fb[i]) && fb[i] != canonNaN {
			if bad < 5 {
				t.Errorf("%v: element %d is NaN %#08x, want the canonical %#08x", c, i, fb[i], canonNaN)
			}
			bad++
		}
	}
	if bad > 5 {
		t.Errorf("%v: %d bad elements in total", c, bad)
	}
}

func TestExecMatchesRef(t *testing.T) {
	cases := allCases()
	covered := map[Op]bool{}
	for ci, c := range cases {
		covered[c.op] = true
		for ri, rate := range []float64{0, 0.05, 0.3, 1} {
			for rep := range 2 {
				g := newGen(uint64(ci*100+ri*10+rep), rate)
				ins := c.makeInputs(g)
				// Arithmetic ops must write only the canonical NaN whatever NaNs their inputs
				// hold; pass-through ops are checked for that separately (TestExecNaNOutputs).
				diffExecRef(t, c, ins, !passThrough(c.op))
				// With canonical NaNs on input, no op may output another NaN.
				canonicaliseNaNs(ins)
				diffExecRef(t, c, ins, true)
			}
		}
	}
	for op := OpReshape; op < numOps; op++ {
		if !covered[op] {
			t.Errorf("no differential test case for %v", op)
		}
	}
}

// TestExecNaNOutputs checks the package contract "every NaN an op creates is the canonical NaN"
// (tensor.go, DESIGN.md section 1) for every arithmetic op, when the inputs hold NaNs with
// arbitrary payloads. Ops that only move data copy bits; their inputs are canonical by
// construction (constants are canonicalised by the graph builder, loaded state must be finite),
// and TestExecMatchesRef checks them with canonical inputs.
func TestExecNaNOutputs(t *testing.T) {
	failed := map[Op]string{}
	for ci, c := range allCases() {
		if passThrough(c.op) {
			continue
		}
		g := newGen(uint64(ci), 0.5)
		ins := c.makeInputs(g)
		d := c.desc(t)
		out := filled(d.Shape)
		Exec(d, out, ins...)
		for i, b := range bits(out.Data) {
			if isNaNBits(b) && b != canonNaN {
				if _, ok := failed[c.op]; !ok {
					failed[c.op] = fmt.Sprintf("%v: output element %d is NaN %#08x, want %#08x", c, i, b, canonNaN)
				}
				break
			}
		}
	}
	for op := OpInvalid; op < numOps; op++ {
		if msg, ok := failed[op]; ok {
			t.Errorf("%s", msg)
		}
	}
}

// TestSpecialValueSemantics pins a few results that the canonical definitions fix.
func TestSpecialValueSemantics(t *testing.T) {
	negZero := float32(math.Copysign(0, -1))
	inf := float32(math.Inf(1))
	nan := math.Float32frombits(0xffc00001)
	run := func(op Op, want []int, in ...*Tensor) []uint32 {
		shapes := make([][]int, len(in))
		for i, x := range in {
			shapes[i] = x.Shape
		}
		s, err := InferShape(op, nil, want, shapes...)
		if err != nil {
			t.Fatal(err)
		}
		d := &Desc{Op: op, Shape: s}
		fast, ref := filled(s), filled(s)
		Exec(d, fast, in...)
		RefExec(d, ref, in...)
		fb, rb := bits(fast.Data), bits(ref.Data)
		for i := range fb {
			if fb[i] != rb[i] {
				t.Fatalf("%v: element %d: Exec %#08x, RefExec %#08x", op, i, fb[i], rb[i])
			}
		}
		return fb
	}
	v := func(x ...float32) *Tensor { return FromData([]int{len(x)}, x) }
	check := func(name string, got []uint32, want ...uint32) {
		t.Helper()
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s: element %d = %#08x, want %#08x", name, i, got[i], want[i])
			}
		}
	}
	check("max(-0,+0), max(+0,-0)", run(OpMax, nil, v(negZero, 0), v(0, negZero)), 0x00000000, 0x80000000)
	check("max with NaN", run(OpMax, nil, v(nan, 1), v(1, nan)), canonNaN, canonNaN)
	check("max_last keeps the first of ±0", run(OpMaxLast, nil, FromData([]int{2, 2}, []float32{negZero, 0, 0, negZero})), 0x80000000, 0x00000000)
	check("max_last NaN", run(OpMaxLast, nil, FromData([]int{1, 3}, []float32{1, nan, inf})), canonNaN)
	check("inf-inf", run(OpSub, nil, v(inf), v(inf)), canonNaN)
	check("0*inf", run(OpMul, nil, v(0), v(inf)), canonNaN)
	check("0/0", run(OpDiv, nil, v(0), v(0)), canonNaN)
	check("-0 + -0", run(OpAdd, nil, v(negZero), v(negZero)), 0x80000000)
	check("neg(+0)", run(OpNeg, nil, v(0)), 0x80000000)
	check("neg(NaN)", run(OpNeg, nil, v(nan)), canonNaN)
	check("sum of -0s starts at +0", run(OpSum, []int{}, v(negZero, negZero)), 0x00000000)
	check("sum overflow", run(OpSum, []int{}, v(3e38, 3e38, -3e38)), 0x7f800000)
	check("sum inf-inf", run(OpSum, []int{}, v(inf, -inf)), canonNaN)
	check("subnormal sum", run(OpAdd, nil, v(math.Float32frombits(1)), v(math.Float32frombits(1))), 0x00000002)
	check("gt NaN", run(OpGT, nil, v(nan, 1), v(1, nan)), 0, 0)
	check("where(NaN) picks a", run(OpWhere, nil, v(nan, negZero), v(1, 1), v(2, 2)), 0x3f800000, 0x40000000)
	check("sqrt(-0)", run(OpSqrt, nil, v(negZero)), 0x80000000)
	check("sqrt(-1)", run(OpSqrt, nil, v(-1)), canonNaN)
	check("log(-1)", run(OpLog, nil, v(-1)), canonNaN)
	check("exp(NaN)", run(OpExp, nil, v(nan)), canonNaN)
	// matmul: the accumulator starts at +0, so an all -0 product row gives +0; k = 0 gives +0.
	check("matmul -0 products", run(OpMatMulABT, nil, FromData([]int{1, 2}, []float32{negZero, negZero}), FromData([]int{1, 2}, []float32{1, 1})), 0x00000000)
	check("matmul k=0", run(OpMatMulABT, nil, New(2, 0), New(3, 0)), 0, 0, 0, 0, 0, 0)
	check("matmul overflow", run(OpMatMulABT, nil, FromData([]int{1, 2}, []float32{3e38, -3e38}), FromData([]int{1, 2}, []float32{2, 2})), canonNaN)
	// scatter_add: rows nobody writes are +0.
	check("scatter untouched row", run(OpScatterAdd, []int{2, 1}, FromData([]int{1, 1}, []float32{negZero}), v(1)), 0x00000000, 0x00000000)
}

// TestMatMulThreads: the result bits do not depend on the thread count, for shapes large enough
// to run in parallel, with row chunks that straddle batch items and 4x4 blocks.
func TestMatMulThreads(t *testing.T) {
	old := Threads()
	t.Cleanup(func() { SetThreads(old) })
	for _, s := range []struct{ batch, m, n, k int }{{1, 67, 129, 200}, {3, 67, 129, 200}, {2, 130, 9, 600}} {
		if s.m*s.n*s.k < 1<<16 {
			t.Fatalf("shape %v too small to go parallel", s)
		}
		g := newGen(uint64(s.m*s.k+s.batch), 0.001)
		a := FromData([]int{s.batch, s.m, s.k}, g.data(s.batch*s.m*s.k))
		b := FromData([]int{s.batch, s.n, s.k}, g.data(s.batch*s.n*s.k))
		d := &Desc{Op: OpMatMulABT, Shape: []int{s.batch, s.m, s.n}}
		ref := New(d.Shape...)
		RefExec(d, ref, a, b)
		want := bits(ref.Data)
		for _, th := range []int{1, 2, 3, 8} {
			SetThreads(th)
			if Threads() != th {
				t.Fatalf("Threads() = %d after SetThreads(%d)", Threads(), th)
			}
			c := filled(d.Shape)
			MatMulABT(c.Data, a.Data, b.Data, s.batch, s.m, s.n, s.k)
			for i, x := range bits(c.Data) {
				if x != want[i] {
					t.Fatalf("%+v threads=%d: element %d = %#08x, reference %#08x", s, th, i, x, want[i])
				}
			}
		}
	}
	SetThreads(0)
	if Threads() != 1 {
		t.Errorf("SetThreads(0): Threads() = %d, want 1", Threads())
	}
}

func TestDotOrder(t *testing.T) {
	// 1 + 2^-24 + 2^-24 is 1 in ascending float32 order (each addition rounds back to 1), while
	// any other grouping gives 1+2^-23: this pins the left-to-right order from +0.
	a := []float32{1, 0x1p-24, 0x1p-24}
	b := []float32{1, 1, 1}
	if got := Dot(a, b); got != 1 {
		t.Errorf("Dot = %v, want 1 (ascending order)", got)
	}
	// Same through the 4x4 block path and the tails.
	for _, mn := range [][2]int{{4, 4}, {5, 6}, {1, 1}} {
		m, n := mn[0], mn[1]
		A, B := make([]float32, m*3), make([]float32, n*3)
		for i := 0; i < m; i++ {
			copy(A[i*3:], a)
		}
		for j := 0; j < n; j++ {
			copy(B[j*3:], b)
		}
		C := make([]float32, m*n)
		MatMulABT(C, A, B, 1, m, n, 3)
		for i, c := range C {
			if c != 1 {
				t.Errorf("m=%d n=%d: C[%d] = %v, want 1", m, n, i, c)
			}
		}
	}
}

func TestInferShapeErrors(t *testing.T) {
	bad := []struct {
		name string
		op   Op
		perm []int
		want []int
		in   [][]int
	}{
		{"matmul k mismatch", OpMatMulABT, nil, nil, [][]int{sh(3, 4), sh(5, 3)}},
		{"matmul batch mismatch", OpMatMulABT, nil, nil, [][]int{sh(2, 3, 4), sh(3, 5, 4)}},
		{"matmul rank 1", OpMatMulABT, nil, nil, [][]int{sh(4), sh(4)}},
		{"matmul rank mismatch", OpMatMulABT, nil, nil, [][]int{sh(2, 3, 4), sh(5, 4)}},
		{"permute repeated axis", OpPermute, []int{0, 0}, nil, [][]int{sh(2, 3)}},
		{"permute axis out of range", OpPermute, []int{0, 2}, nil, [][]int{sh(2, 3)}},
		{"permute negative axis", OpPermute, []int{-1, 0}, nil, [][]int{sh(2, 3)}},
		{"permute wrong length", OpPermute, []int{0}, nil, [][]int{sh(2, 3)}},
		{"permute nil for rank 2", OpPermute, nil, nil, [][]int{sh(2, 3)}},
		{"broadcast mismatched axis", OpBroadcast, nil, sh(3, 3), [][]int{sh(2, 3)}},
		{"broadcast trailing mismatch", OpBroadcast, nil, sh(3, 2), [][]int{sh(3)}},
		{"broadcast to lower rank", OpBroadcast, nil, sh(3), [][]int{sh(2, 3)}},
		{"sum to unbroadcastable", OpSum, nil, sh(3, 5), [][]int{sh(3, 4)}},
		{"sum to higher rank", OpSum, nil, sh(2, 3, 4), [][]int{sh(3, 4)}},
		{"reshape count", OpReshape, nil, sh(5), [][]int{sh(2, 3)}},
		{"max_last scalar", OpMaxLast, nil, nil, [][]int{sh()}},
		{"max_last empty axis", OpMaxLast, nil, nil, [][]int{sh(3, 0)}},
		{"gather table rank 1", OpGather, nil, nil, [][]int{sh(5), sh(3)}},
		{"gather idx rank 2", OpGather, nil, nil, [][]int{sh(5, 2), sh(3, 1)}},
		{"scatter idx length", OpScatterAdd, nil, sh(4, 3), [][]int{sh(5, 3), sh(4)}},
		{"scatter output width", OpScatterAdd, nil, sh(4, 2), [][]int{sh(5, 3), sh(5)}},
		{"scatter output rank", OpScatterAdd, nil, sh(12), [][]int{sh(5, 3), sh(5)}},
		{"onehot rows", OpOneHot, nil, sh(4, 3), [][]int{sh(5)}},
		{"onehot zero classes", OpOneHot, nil, sh(5, 0), [][]int{sh(5)}},
		{"onehot idx rank 2", OpOneHot, nil, sh(5, 3), [][]int{sh(5, 1)}},
		{"add shapes", OpAdd, nil, nil, [][]int{sh(2, 3), sh(3, 2)}},
		{"mul rank", OpMul, nil, nil, [][]int{sh(3), sh(1, 3)}},
		{"where b shape", OpWhere, nil, nil, [][]int{sh(3), sh(3), sh(4)}},
		{"arity add 1", OpAdd, nil, nil, [][]int{sh(3)}},
		{"arity add 3", OpAdd, nil, nil, [][]int{sh(3), sh(3), sh(3)}},
		{"arity neg 2", OpNeg, nil, nil, [][]int{sh(3), sh(3)}},
		{"arity where 2", OpWhere, nil, nil, [][]int{sh(3), sh(3)}},
		{"arity matmul 1", OpMatMulABT, nil, nil, [][]int{sh(3, 3)}},
		{"arity input 1", OpInput, nil, sh(3), [][]int{sh(3)}},
		{"arity exp 0", OpExp, nil, nil, nil},
		{"invalid op", OpInvalid, nil, nil, [][]int{sh(3)}},
		{"unknown op", Op(200), nil, nil, [][]int{sh(3)}},
	}
	for _, c := range bad {
		if s, err := InferShape(c.op, c.perm, c.want, c.in...); err == nil {
			t.Errorf("%s: InferShape(%v) = %v, want an error", c.name, c.op, s)
		}
	}
	good := []struct {
		op   Op
		perm []int
		want []int
		in   [][]int
		out  []int
	}{
		{OpMatMulABT, nil, nil, [][]int{sh(2, 3, 4), sh(2, 5, 4)}, sh(2, 3, 5)},
		{OpMatMulABT, nil, nil, [][]int{sh(3, 0), sh(5, 0)}, sh(3, 5)},
		{OpPermute, []int{2, 0, 1}, nil, [][]int{sh(2, 3, 4)}, sh(4, 2, 3)},
		{OpBroadcast, nil, sh(2, 3, 4), [][]int{sh(3, 1)}, sh(2, 3, 4)},
		{OpSum, nil, sh(), [][]int{sh(2, 3)}, sh()},
		{OpMaxLast, nil, nil, [][]int{sh(2, 3)}, sh(2, 1)},
		{OpGather, nil, nil, [][]int{sh(5, 3), sh(7)}, sh(7, 3)},
		{OpScatterAdd, nil, sh(4, 3), [][]int{sh(7, 3), sh(7)}, sh(4, 3)},
		{OpOneHot, nil, sh(7, 10), [][]int{sh(7)}, sh(7, 10)},
		{OpWhere, nil, nil, [][]int{sh(3), sh(3), sh(3)}, sh(3)},
		{OpInput, nil, sh(2, 2), nil, sh(2, 2)},
	}
	for _, c := range good {
		s, err := InferShape(c.op, c.perm, c.want, c.in...)
		if err != nil || !SameShape(s, c.out) {
			t.Errorf("InferShape(%v, %v) = %v, %v; want %v", c.op, c.in, s, err, c.out)
		}
	}
}

// TestInferShapeNoAlias: the returned shape must not alias the caller's want slice or inputs.
func TestInferShapeNoAlias(t *testing.T) {
	want := sh(2, 3)
	s, err := InferShape(OpBroadcast, nil, want, sh(1, 3))
	if err != nil {
		t.Fatal(err)
	}
	s[0] = 99
	if want[0] != 2 {
		t.Errorf("InferShape returned the caller's want slice")
	}
	in := sh(4, 5)
	s, _ = InferShape(OpNeg, nil, nil, in)
	s[0] = 99
	if in[0] != 4 {
		t.Errorf("InferShape returned the caller's input shape")
	}
}

func TestIndexValidation(t *testing.T) {
	for _, f := range []float32{-1, 5, 1.5, float32(math.NaN()), float32(math.Inf(1)), 1e20} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("gather with index %v did not panic", f)
				}
			}()
			d := &Desc{Op: OpGather, Shape: []int{1, 2}}
			Exec(d, New(1, 2), New(5, 2), FromData([]int{1}, []float32{f}))
		}()
	}
}

func TestOpStringsAndArity(t *testing.T) {
	seen := map[string]bool{}
	for op := OpInvalid; op < numOps; op++ {
		s := op.String()
		if strings.HasPrefix(s, "op(") || seen[s] {
			t.Errorf("op %d has name %q", op, s)
		}
		seen[s] = true
	}
	if Op(200).String() != "op(200)" {
		t.Errorf("Op(200).String() = %q", Op(200).String())
	}
	if NumOps != int(numOps) {
		t.Errorf("NumOps = %d", NumOps)
	}
}
