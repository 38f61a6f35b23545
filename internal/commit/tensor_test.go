package commit

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"testing"
)

func f32(bits uint32) float32 { return math.Float32frombits(bits) }

// ramp returns n values start, start+step, ... (exact in float32 for the
// sizes used here).
func ramp(n int, start, step float32) []float32 {
	d := make([]float32, n)
	for i := range d {
		d[i] = start + float32(i)*step
	}
	return d
}

func TestLayoutOf(t *testing.T) {
	tests := []struct {
		shape []int
		want  TensorLayout
	}{
		{[]int{}, TensorLayout{Elements: 1, Rows: 1, RowLen: 1, ChunksPerRow: 1, Leaves: 1}},
		{[]int{1}, TensorLayout{1, 1, 1, 1, 1}},
		{[]int{7}, TensorLayout{7, 1, 7, 1, 1}},
		{[]int{3, 4}, TensorLayout{12, 3, 4, 1, 3}},
		{[]int{2, 3, 4}, TensorLayout{24, 6, 4, 1, 6}},
		{[]int{4, 1}, TensorLayout{4, 4, 1, 1, 4}},
		{[]int{1024}, TensorLayout{1024, 1, 1024, 1, 1}},
		{[]int{1025}, TensorLayout{1025, 1, 1025, 2, 2}},
		{[]int{2048}, TensorLayout{2048, 1, 2048, 2, 2}},
		{[]int{2049}, TensorLayout{2049, 1, 2049, 3, 3}},
		{[]int{3, 1025}, TensorLayout{3075, 3, 1025, 2, 6}},
		{[]int{256, 784}, TensorLayout{200704, 256, 784, 1, 256}},
		{[]int{0}, TensorLayout{0, 1, 0, 1, 1}},
		{[]int{3, 0}, TensorLayout{0, 1, 0, 1, 1}},
		{[]int{0, 5}, TensorLayout{0, 1, 0, 1, 1}},
		{[]int{1 << 40, 1 << 40, 0}, TensorLayout{0, 1, 0, 1, 1}},
	}
	for _, tt := range tests {
		got, err := LayoutOf(tt.shape)
		if err != nil || got != tt.want {
			t.Errorf("LayoutOf(%v) = %+v, %v; want %+v", tt.shape, got, err, tt.want)
		}
		if c := TensorLeafCount(tt.shape); c != tt.want.Leaves {
			t.Errorf("TensorLeafCount(%v) = %d, want %d", tt.shape, c, tt.want.Leaves)
		}
	}
	for _, bad := range [][]int{{-1}, {2, -3}, {-1, 0}, {1 << 32, 1 << 32}, {1 << 62, 4}, {3, 1 << 62, 1 << 2}} {
		if _, err := LayoutOf(bad); !errors.Is(err, ErrShape) {
			t.Errorf("LayoutOf(%v) error = %v, want ErrShape", bad, err)
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("TensorLeafCount did not panic on a negative dimension")
			}
		}()
		TensorLeafCount([]int{-2})
	}()
}

func TestLayoutPositions(t *testing.T) {
	l, _ := LayoutOf([]int{3, 2500})
	tests := []struct{ row, chunk, idx, start, end int }{
		{0, 0, 0, 0, 1024},
		{0, 2, 2, 2048, 2500},
		{1, 0, 3, 2500, 3524},
		{2, 1, 7, 6024, 7048},
		{2, 2, 8, 7048, 7500},
	}
	for _, tt := range tests {
		idx, err := l.LeafIndex(tt.row, tt.chunk)
		s, e := l.ChunkRange(tt.row, tt.chunk)
		if err != nil || idx != tt.idx || s != tt.start || e != tt.end {
			t.Errorf("(%d,%d): index %d %v, range [%d,%d)", tt.row, tt.chunk, idx, err, s, e)
		}
		for _, i := range []int{s, e - 1} {
			r, c, off := l.Locate(i)
			if r != tt.row || c != tt.chunk || s+off != i {
				t.Errorf("Locate(%d) = %d,%d,%d", i, r, c, off)
			}
		}
	}
	for _, p := range [][2]int{{-1, 0}, {3, 0}, {0, 3}, {0, -1}} {
		if _, err := l.LeafIndex(p[0], p[1]); !errors.Is(err, ErrShape) {
			t.Errorf("LeafIndex(%v) error = %v", p, err)
		}
	}
}

func TestTensorRootByHand(t *testing.T) {
	one := []byte{0x00, 0x00, 0x80, 0x3f} // 1.0
	two := []byte{0x00, 0x00, 0x00, 0x40} // 2.0
	three := []byte{0x00, 0x00, 0x40, 0x40}
	long := ramp(1025, -7, 0.5)
	tests := []struct {
		name  string
		shape []int
		data  []float32
		want  Hash
	}{
		{"scalar", []int{}, []float32{1}, refLeaf(one)},
		{"1-D", []int{3}, []float32{1, 2, 3}, refLeaf(bytes.Join([][]byte{one, two, three}, nil))},
		{"2-D", []int{3, 1}, []float32{1, 2, 3}, refNode(refNode(refLeaf(one), refLeaf(two)), refNode(refLeaf(three), Hash{}))},
		{"2x2", []int{2, 2}, []float32{1, 2, 3, 1}, refNode(refLeaf(append(one, two...)), refLeaf(append(three, one...)))},
		{"row of 1025", []int{1025}, long, refNode(refLeaf(refEncode(long[:1024])), refLeaf(refEncode(long[1024:])))},
		{"empty", []int{0}, nil, refKeccak([]byte{0})},
		{"empty 2-D", []int{4, 0}, []float32{}, refKeccak([]byte{0})},
	}
	for _, tt := range tests {
		got, err := TensorRoot(tt.shape, tt.data)
		if err != nil || got != tt.want {
			t.Errorf("%s: TensorRoot = %s, %v; want %s", tt.name, got, err, tt.want)
		}
	}
}

var tensorCases = []struct {
	shape []int
	data  []float32
}{
	{[]int{}, []float32{-3.25}},
	{[]int{1}, []float32{42}},
	{[]int{5}, testData(5, 1)},
	{[]int{4, 3}, testData(12, 2)},
	{[]int{2, 3, 4}, testData(24, 3)},
	{[]int{7, 1}, testData(7, 4)},
	{[]int{1023}, testData(1023, 5)},
	{[]int{1024}, testData(1024, 6)},
	{[]int{1025}, testData(1025, 7)},
	{[]int{2048}, testData(2048, 8)},
	{[]int{2049}, testData(2049, 9)},
	{[]int{3, 1025}, testData(3075, 10)},
	{[]int{2, 2, 2048}, testData(8192, 11)},
	{[]int{33, 10}, testData(330, 12)},
	{[]int{0}, nil},
	{[]int{3, 0, 2}, nil},
}

func TestTensorRootMatchesReference(t *testing.T) {
	var h Hasher
	for _, tt := range tensorCases {
		want := refTensorRoot(t, tt.shape, tt.data)
		got, err := TensorRoot(tt.shape, tt.data)
		if err != nil || got != want {
			t.Errorf("%v: TensorRoot = %s, %v; want %s", tt.shape, got, err, want)
		}
		if got := MustTensorRoot(tt.shape, tt.data); got != want {
			t.Errorf("%v: MustTensorRoot = %s", tt.shape, got)
		}
		if got, _ := h.TensorRoot(tt.shape, tt.data); got != want {
			t.Errorf("%v: Hasher.TensorRoot = %s", tt.shape, got)
		}
		leaves, err := TensorLeafHashes(tt.shape, tt.data)
		if err != nil || fmt.Sprint(leaves) != fmt.Sprint(refTensorLeaves(t, tt.shape, tt.data)) {
			t.Errorf("%v: TensorLeafHashes differ: %v", tt.shape, err)
		}
		if len(leaves) != TensorLeafCount(tt.shape) {
			t.Errorf("%v: %d leaves, TensorLeafCount %d", tt.shape, len(leaves), TensorLeafCount(tt.shape))
		}
	}
}

// Every bit of every value is committed.
func TestTensorRootKeepsEveryBit(t *testing.T) {
	variants := []struct {
		name string
		v    float32
	}{
		{"+0", f32(0x00000000)},
		{"-0", f32(0x80000000)},
		{"NaN 7fc00000", f32(0x7fc00000)},
		{"NaN ffc00000", f32(0xffc00000)},
		{"NaN 7fc00001", f32(0x7fc00001)},
		{"sNaN 7f800001", f32(0x7f800001)},
		{"+Inf", f32(0x7f800000)},
		{"smallest subnormal", f32(0x00000001)},
		{"-smallest subnormal", f32(0x80000001)},
		{"1", 1},
	}
	shapes := [][]int{{}, {4}, {2, 2}, {1100}}
	for _, shape := range shapes {
		seen := map[Hash]string{}
		for _, vt := range variants {
			l, _ := LayoutOf(shape)
			data := make([]float32, l.Elements)
			for i := range data {
				data[i] = float32(i + 1)
			}
			data[l.Elements-1] = vt.v
			r := MustTensorRoot(shape, data)
			if r != refTensorRoot(t, shape, data) {
				t.Errorf("%v %s: differs from reference", shape, vt.name)
			}
			if prev, ok := seen[r]; ok {
				t.Errorf("%v: %s and %s give the same root", shape, prev, vt.name)
			}
			seen[r] = vt.name
		}
	}
	// The same values under another row split commit differently.
	d := testData(6, 99)
	if MustTensorRoot([]int{2, 3}, d) == MustTensorRoot([]int{3, 2}, d) {
		t.Error("shapes 2x3 and 3x2 give the same root")
	}
	// The shape itself is not committed: only the row split is.
	if MustTensorRoot([]int{1, 6}, d) != MustTensorRoot([]int{6}, d) {
		t.Error("shapes 1x6 and 6 should give the same root (documented)")
	}
}

// Golden tensor roots: these pin the encoding. They were cross-checked with
// an implementation written from docs/commitments.md alone. Do not change
// them without a new commitment version.
func TestTensorRootGolden(t *testing.T) {
	tests := []struct {
		name  string
		shape []int
		data  []float32
		want  string
	}{
		{"scalar 1", []int{}, []float32{1}, "0x9a9a9a652b35d7c46779fb5eb255ce82225f872ea9dbf76f900d80568ade45a2"},
		{"1-D", []int{4}, []float32{0, f32(0x80000000), 1.5, -2}, "0x09a16036e5c98c85bdf404e0cbb6e1c5133bf57dc3a7ec2ed9d8424c82b2cf31"},
		{"2x3 ramp", []int{2, 3}, ramp(6, 1, 1), "0xffc3c91b060f0dda07b6c09f4989985f6191e8aaab1f8f838c79b50d158528f5"},
		{"2x2x2 ramp", []int{2, 2, 2}, ramp(8, -4, 1), "0x128f12ad2bcf65b07af560390bb2d155eb2cedd3692d789d8aaafe37e489d8f3"},
		{"NaNs", []int{2}, []float32{f32(0x7fc00000), f32(0xffc00000)}, "0xc3120ccc708f713db97020df0971f8a2c71425cb32e9b57c360da5545b1dabf1"},
		{"3x1025 ramp", []int{3, 1025}, ramp(3075, -100, 0.25), "0x76f6833797d6f9085ab5c867c4694132b0e8e582366f908f0e80d3af0224bb8d"},
		{"1x2048 ramp", []int{1, 2048}, ramp(2048, 0, 1), "0x6bcf87955312cfab534f9d41cad9147d8ac3ec156940dbc392c32b2a6933fff4"},
		{"empty", []int{0}, nil, "0xbc36789e7a1e281436464229828f817d6612f7b477d66591ff96a9e064bcc98a"},
	}
	var roots []Hash
	for _, tt := range tests {
		got, err := TensorRoot(tt.shape, tt.data)
		if err != nil || got.String() != tt.want {
			t.Errorf("%s: TensorRoot = %s, %v; golden %s", tt.name, got, err, tt.want)
		}
		roots = append(roots, got)
	}
	for _, g := range []struct {
		n    int
		want string
	}{
		{3, "0xde348d70e28c147391d7b23eb31795c97bd1a74ab89cf809b52fb574d1d24b16"},
		{8, "0x7e7c9fcfae6eb83d3169c97c69bdcbcd2cb59966d634b73da2edbade4d0cd60b"},
	} {
		if got := StateRoot(roots[:g.n]).String(); got != g.want {
			t.Errorf("StateRoot of the first %d golden tensors = %s, golden %s", g.n, got, g.want)
		}
	}
}

func TestTensorRootErrors(t *testing.T) {
	tests := []struct {
		shape []int
		data  []float32
	}{
		{[]int{}, nil},
		{[]int{3}, []float32{1, 2}},
		{[]int{2, 2}, make([]float32, 5)},
		{[]int{0}, []float32{1}},
		{[]int{-1}, nil},
		{[]int{1 << 62, 8}, nil},
	}
	for _, tt := range tests {
		if _, err := TensorRoot(tt.shape, tt.data); !errors.Is(err, ErrShape) {
			t.Errorf("TensorRoot(%v, %d values) error = %v, want ErrShape", tt.shape, len(tt.data), err)
		}
		if _, _, err := TensorProof(tt.shape, tt.data, 0, 0); !errors.Is(err, ErrShape) {
			t.Errorf("TensorProof(%v, %d values) error = %v, want ErrShape", tt.shape, len(tt.data), err)
		}
		if _, err := TensorLeafHashes(tt.shape, tt.data); !errors.Is(err, ErrShape) {
			t.Errorf("TensorLeafHashes(%v, %d values) error = %v, want ErrShape", tt.shape, len(tt.data), err)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MustTensorRoot(%v, %d values) did not panic", tt.shape, len(tt.data))
				}
			}()
			MustTensorRoot(tt.shape, tt.data)
		}()
	}
}

func TestTensorProofRoundTrip(t *testing.T) {
	for _, tt := range tensorCases {
		root := MustTensorRoot(tt.shape, tt.data)
		l, _ := LayoutOf(tt.shape)
		leaves, _ := TensorLeafHashes(tt.shape, tt.data)
		tree := NewTree(leaves)
		for r := 0; r < l.Rows; r++ {
			for c := 0; c < l.ChunksPerRow; c++ {
				name := fmt.Sprintf("%v row %d chunk %d", tt.shape, r, c)
				b, p, err := TensorProof(tt.shape, tt.data, r, c)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				s, e := l.ChunkRange(r, c)
				if !bytes.Equal(b, refEncode(tt.data[s:e])) {
					t.Fatalf("%s: leaf bytes differ", name)
				}
				idx, _ := l.LeafIndex(r, c)
				if fmt.Sprint(p) != fmt.Sprint(tree.Proof(idx)) {
					t.Fatalf("%s: proof differs from Tree's", name)
				}
				if !VerifyTensorChunk(root, tt.shape, r, c, b, p) {
					t.Fatalf("%s: valid chunk rejected", name)
				}
				if vals, err := DecodeChunk(b); err != nil || fmt.Sprint(vals) != fmt.Sprint(tt.data[s:e]) {
					t.Fatalf("%s: DecodeChunk = %v, %v", name, vals, err)
				}
				rejectChunk(t, name, root, tt.shape, l, r, c, b, p)
			}
		}
		for _, pos := range [][2]int{{-1, 0}, {l.Rows, 0}, {0, l.ChunksPerRow}, {0, -1}} {
			if _, _, err := TensorProof(tt.shape, tt.data, pos[0], pos[1]); !errors.Is(err, ErrShape) {
				t.Errorf("%v: TensorProof at %v error = %v", tt.shape, pos, err)
			}
		}
	}
}

func rejectChunk(t *testing.T, name string, root Hash, shape []int, l TensorLayout, r, c int, b []byte, p []Hash) {
	t.Helper()
	reject := func(what string, root Hash, shape []int, r, c int, b []byte, p []Hash) {
		t.Helper()
		if VerifyTensorChunk(root, shape, r, c, b, p) {
			t.Fatalf("%s: %s accepted", name, what)
		}
	}
	if len(b) > 0 {
		bad := bytes.Clone(b)
		bad[len(bad)-1] ^= 0x80 // sign bit of the last value
		reject("flipped value", root, shape, r, c, bad, p)
		reject("short bytes", root, shape, r, c, b[:len(b)-4], p)
	}
	reject("extra bytes", root, shape, r, c, append(bytes.Clone(b), 0, 0, 0, 0), p)
	reject("extra byte", root, shape, r, c, append(bytes.Clone(b), 0), p)
	if l.Leaves > 1 {
		nr, nc := r, c+1
		if nc == l.ChunksPerRow {
			nr, nc = r+1, 0
		}
		if nr == l.Rows {
			nr, nc = 0, 0
		}
		reject("other position", root, shape, nr, nc, b, p)
		q := append([]Hash(nil), p...)
		q[0][0] ^= 1
		reject("tampered proof", root, shape, r, c, b, q)
	}
	reject("row out of range", root, shape, l.Rows, c, b, p)
	reject("chunk out of range", root, shape, r, l.ChunksPerRow, b, p)
	reject("bad shape", root, []int{-1}, r, c, b, p)
	bad := root
	bad[5] ^= 4
	reject("tampered root", bad, shape, r, c, b, p)
}

func TestChunkCodec(t *testing.T) {
	vals := []float32{0, f32(0x80000000), f32(0x7fc00001), f32(0xffc00000), 1, float32(math.Inf(-1)), f32(1)}
	b := AppendChunk([]byte{0xaa}, vals)
	if !bytes.Equal(b[1:], refEncode(vals)) || b[0] != 0xaa {
		t.Fatalf("AppendChunk = %x", b)
	}
	got, err := DecodeChunk(b[1:])
	if err != nil {
		t.Fatal(err)
	}
	for i := range vals {
		if math.Float32bits(got[i]) != math.Float32bits(vals[i]) {
			t.Errorf("value %d: bits %08x, want %08x", i, math.Float32bits(got[i]), math.Float32bits(vals[i]))
		}
	}
	if _, err := DecodeChunk(make([]byte, 5)); err == nil {
		t.Error("DecodeChunk accepted 5 bytes")
	}
	if v, err := DecodeChunk(nil); err != nil || len(v) != 0 {
		t.Errorf("DecodeChunk(nil) = %v, %v", v, err)
	}
}

func TestTensorRootAllocations(t *testing.T) {
	shape, data := []int{64, 1500}, testData(64*1500, 1)
	var h Hasher
	h.TensorRoot(shape, data) // warm up
	if a := testing.AllocsPerRun(20, func() { h.TensorRoot(shape, data) }); a != 0 {
		t.Errorf("Hasher.TensorRoot: %v allocations per run, want 0", a)
	}
	roots := make([]Hash, 10)
	if a := testing.AllocsPerRun(20, func() { h.StateRoot(roots) }); a != 0 {
		t.Errorf("Hasher.StateRoot: %v allocations per run, want 0", a)
	}
	if raceEnabled {
		t.Skip("sync.Pool drops items under the race detector")
	}
	if a := testing.AllocsPerRun(20, func() { TensorRoot(shape, data) }); a != 0 {
		t.Errorf("TensorRoot: %v allocations per run, want 0", a)
	}
	leaves := leavesN(100)
	if a := testing.AllocsPerRun(20, func() { MerkleRoot(leaves) }); a != 0 {
		t.Errorf("MerkleRoot: %v allocations per run, want 0", a)
	}
	tr := NewTree(leaves)
	p := tr.Proof(37)
	if a := testing.AllocsPerRun(20, func() { VerifyProof(tr.Root(), leaves[37], 37, 100, p) }); a != 0 {
		t.Errorf("VerifyProof: %v allocations per run, want 0", a)
	}
}
