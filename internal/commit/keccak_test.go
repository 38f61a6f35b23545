package commit

// Differential tests of the keccak engines (keccak_amd64.go with its scalar
// and 4-way AVX2 paths, keccak_other.go) against golang.org/x/crypto/sha3 via
// refKeccak, and of the batched Merkle code against the naive reference in
// ref_test.go.

import (
	"bytes"
	"fmt"
	"testing"
)

// keccakPath is one configuration of the engine; set switches to it and
// returns a function that switches back.
type keccakPath struct {
	name string
	set  func() (restore func())
}

// forPaths runs f once under every engine configuration.
func forPaths(t *testing.T, f func(t *testing.T)) {
	for _, p := range keccakPaths() {
		restore := p.set()
		t.Run(p.name, f)
		restore()
	}
}

// xrand is a small deterministic generator (xorshift64*).
type xrand struct{ s uint64 }

func newRand(seed uint64) *xrand { return &xrand{seed*0x9e3779b97f4a7c15 + 1} }

func (r *xrand) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

func (r *xrand) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *xrand) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.next() >> 56)
	}
	return b
}

// testLengths returns every length from 0 to 700 and random lengths up to
// 20 KB.
func testLengths(rnd *xrand) []int {
	var ns []int
	for n := 0; n <= 700; n++ {
		ns = append(ns, n)
	}
	for i := 0; i < 60; i++ {
		ns = append(ns, rnd.intn(20<<10+1))
	}
	return append(ns, 20<<10, 135, 136, 271, 272, 4095, 4096, 4097)
}

func TestKeccakEveryLength(t *testing.T) {
	forPaths(t, func(t *testing.T) {
		rnd := newRand(1)
		var h Hasher
		for _, n := range testLengths(rnd) {
			data := rnd.bytes(n)
			if got, want := h.Keccak256(data), refKeccak(data); got != want {
				t.Fatalf("Keccak256 of %d bytes = %s, want %s", n, got, want)
			}
			if got, want := h.LeafHash(data), refKeccak([]byte{LeafPrefix}, data); got != want {
				t.Fatalf("LeafHash of %d bytes = %s, want %s", n, got, want)
			}
			p := byte(rnd.intn(256))
			if got, want := h.e.hash1(p, data), refKeccak([]byte{p}, data); got != want {
				t.Fatalf("hash1(%#x, %d bytes) = %s, want %s", p, n, got, want)
			}
			// Streaming input in arbitrary pieces.
			i := rnd.intn(n + 1)
			j := i + rnd.intn(n-i+1)
			if got, want := h.Keccak256(data[:i], nil, data[i:j], data[j:]), refKeccak(data); got != want {
				t.Fatalf("Keccak256 of %d bytes cut at %d, %d = %s, want %s", n, i, j, got, want)
			}
		}
	})
}

// batchCase queues random messages through one engine and checks each
// digest after flush.
func batchCase(t *testing.T, h *Hasher, rnd *xrand, lengths func() int, count int) {
	t.Helper()
	type msg struct {
		prefix byte
		body   []byte
	}
	msgs := make([]msg, count)
	out := make([]Hash, count)
	for i := range msgs {
		msgs[i] = msg{byte(rnd.intn(256)), rnd.bytes(lengths())}
	}
	for i, m := range msgs {
		h.e.queue(m.prefix, m.body, &out[i])
		if rnd.intn(8) == 0 {
			// Single hashes in between must not disturb queued ones.
			x := rnd.bytes(rnd.intn(300))
			if got, want := h.LeafHash(x), refKeccak([]byte{0}, x); got != want {
				t.Fatalf("LeafHash between queued messages = %s, want %s", got, want)
			}
		}
	}
	h.e.flush()
	for i, m := range msgs {
		if want := refKeccak([]byte{m.prefix}, m.body); out[i] != want {
			t.Fatalf("message %d of %d (%d bytes): %s, want %s", i, count, len(m.body), out[i], want)
		}
	}
}

func TestKeccakBatches(t *testing.T) {
	forPaths(t, func(t *testing.T) {
		rnd := newRand(2)
		var h Hasher
		mixes := []struct {
			name    string
			lengths func() int
		}{
			{"one length", func() int { return 1024 }},
			{"two lengths", func() int { return []int{4096, 1500}[rnd.intn(2)] }},
			{"nodes", func() int { return 64 }},
			{"three block counts", func() int { return []int{10, 300, 4096}[rnd.intn(3)] }},
			{"random short", func() int { return rnd.intn(700) }},
			{"random long", func() int { return rnd.intn(20 << 10) }},
			{"block edges", func() int { return 136*rnd.intn(5) + rnd.intn(3) - 2 + 1 }},
		}
		for _, mix := range mixes {
			for _, count := range []int{1, 2, 3, 4, 5, 7, 8, 9, 33} {
				for rep := 0; rep < 3; rep++ {
					batchCase(t, &h, rnd, func() int { return max(0, mix.lengths()) }, count)
				}
			}
		}
	})
}

// Tensors whose leaves have one, two or (across tensors) many lengths, and
// leaf counts around the batch size.
var batchTensors = [][]int{
	{5, 1500}, {3, 2500}, {130, 3}, {1, 5000}, {200, 1}, {64*3 + 5, 7},
	{63, 4}, {64, 4}, {65, 4}, {2, 64, 33}, {129, 1025}, {9, 3, 1024},
}

func TestTensorRootPaths(t *testing.T) {
	forPaths(t, func(t *testing.T) {
		var tensors []Tensor
		for _, tc := range tensorCases {
			tensors = append(tensors, Tensor{tc.shape, tc.data})
		}
		for i, s := range batchTensors {
			l, _ := LayoutOf(s)
			tensors = append(tensors, Tensor{s, testData(l.Elements, uint32(100+i))})
		}
		var h Hasher
		want := make([]Hash, len(tensors))
		for i, tn := range tensors {
			want[i] = refTensorRoot(t, tn.Shape, tn.Data)
			if got, err := h.TensorRoot(tn.Shape, tn.Data); err != nil || got != want[i] {
				t.Fatalf("%v: TensorRoot = %s, %v; want %s", tn.Shape, got, err, want[i])
			}
			leaves, err := h.TensorLeafHashes(tn.Shape, tn.Data)
			if err != nil || fmt.Sprint(leaves) != fmt.Sprint(refTensorLeaves(t, tn.Shape, tn.Data)) {
				t.Fatalf("%v: TensorLeafHashes differ: %v", tn.Shape, err)
			}
		}
		var leaves []Hash
		for _, r := range want {
			leaves = append(leaves, refLeaf(r[:]))
		}
		wantState := refRoot(leaves)
		if got := h.StateRoot(want); got != wantState {
			t.Fatalf("StateRoot = %s, want %s", got, wantState)
		}
		for _, workers := range []int{1, 2, 5} {
			state, roots, err := HashState(tensors, workers)
			if err != nil || state != wantState || fmt.Sprint(roots) != fmt.Sprint(want) {
				t.Fatalf("HashState with %d workers: %s, %v", workers, state, err)
			}
		}
	})
}

// The streaming builder takes leaves in batches of batchLeaves; check roots
// and proofs around and across batch boundaries.
func TestMerkleAcrossBatches(t *testing.T) {
	forPaths(t, func(t *testing.T) {
		var h Hasher
		for _, n := range []int{1, 2, 3, 31, 32, 33, 63, 64, 65, 96, 127, 128, 129, 130, 191, 192, 193, 200, 256, 257, 300} {
			l := leavesN(n)
			want := refRoot(l)
			if got := h.MerkleRoot(l); got != want {
				t.Fatalf("n=%d: MerkleRoot = %s, want %s", n, got, want)
			}
			tr := NewTree(l)
			if tr.Root() != want {
				t.Fatalf("n=%d: Tree.Root = %s, want %s", n, tr.Root(), want)
			}
			// State proofs go through the stream with a target leaf.
			var sl []Hash
			for _, r := range l {
				sl = append(sl, refLeaf(r[:]))
			}
			if got, want := h.StateRoot(l), refRoot(sl); got != want {
				t.Fatalf("n=%d: StateRoot = %s, want %s", n, got, want)
			}
			stateLevels, treeLevels := refLevels(sl), refLevels(l)
			for i := 0; i < n; i++ {
				near := i%64 <= 1 || i%64 >= 62 || i >= n-2 // a batch boundary
				if !near && (testing.Short() || n > 70 && i%7 != 0) {
					continue // and a sample of the rest
				}
				p, err := StateProof(l, i)
				if err != nil || fmt.Sprint(p) != fmt.Sprint(levelProof(stateLevels, i)) {
					t.Fatalf("n=%d i=%d: StateProof differs: %v", n, i, err)
				}
				if fmt.Sprint(tr.Proof(i)) != fmt.Sprint(levelProof(treeLevels, i)) {
					t.Fatalf("n=%d i=%d: Tree.Proof differs", n, i)
				}
			}
		}
		// Tensor proofs through the stream, in a tensor of 150 leaves.
		shape := []int{150, 3}
		data := testData(450, 7)
		leaves := refTensorLeaves(t, shape, data)
		root, levels := refRoot(leaves), refLevels(leaves)
		for r := 0; r < 150; r++ {
			b, p, err := h.TensorProof(shape, data, r, 0)
			if err != nil || !bytes.Equal(b, refEncode(data[3*r:3*r+3])) || fmt.Sprint(p) != fmt.Sprint(levelProof(levels, r)) {
				t.Fatalf("row %d: TensorProof differs: %v", r, err)
			}
			if !h.VerifyTensorChunk(root, shape, r, 0, b, p) {
				t.Fatalf("row %d: proof rejected", r)
			}
		}
	})
}

// levelProof is refProof from precomputed refLevels.
func levelProof(levels [][]Hash, i int) []Hash {
	p := []Hash{}
	for k := 0; k < len(levels)-1; k++ {
		p = append(p, levels[k][(i>>k)^1])
	}
	return p
}

// FuzzKeccak compares the engine with x/crypto on fuzzed messages: single
// hashes, streaming input and a batch of related messages.
func FuzzKeccak(f *testing.F) {
	f.Add([]byte(""), []byte("abc"), uint16(0))
	f.Add(bytes.Repeat([]byte{0xa5}, 135), bytes.Repeat([]byte{1}, 136), uint16(7))
	f.Add(bytes.Repeat([]byte{0x5a}, 1025), []byte{0x80}, uint16(300))
	f.Add(bytes.Repeat([]byte{0xff}, 4097), bytes.Repeat([]byte{0}, 64), uint16(4096))
	f.Fuzz(func(t *testing.T, a, b []byte, cut uint16) {
		for _, p := range keccakPaths() {
			restore := p.set()
			var h Hasher
			if got, want := h.Keccak256(a), refKeccak(a); got != want {
				t.Fatalf("%s: Keccak256 = %s, want %s", p.name, got, want)
			}
			c := int(cut) % (len(a) + 1)
			if got, want := h.Keccak256(a[:c], b, a[c:]), refKeccak(a[:c], b, a[c:]); got != want {
				t.Fatalf("%s: Keccak256 of 3 parts = %s, want %s", p.name, got, want)
			}
			if got, want := h.LeafHash(b), refKeccak([]byte{0}, b); got != want {
				t.Fatalf("%s: LeafHash = %s, want %s", p.name, got, want)
			}
			ab := append(append([]byte(nil), a...), b...)
			msgs := [][]byte{a, b, a[c:], ab, a[:c], b, ab[min(len(ab), int(cut)%137):]}
			out := make([]Hash, len(msgs))
			for i, m := range msgs {
				h.e.queue(byte(i), m, &out[i])
			}
			h.e.flush()
			for i, m := range msgs {
				if want := refKeccak([]byte{byte(i)}, m); out[i] != want {
					t.Fatalf("%s: batched message %d (%d bytes) = %s, want %s", p.name, i, len(m), out[i], want)
				}
			}
			restore()
		}
	})
}
