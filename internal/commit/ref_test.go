package commit

// An independent, deliberately naive reference of the specification in
// docs/commitments.md, built directly on x/crypto/sha3 so that the tests do
// not check the package against itself.

import (
	"math"
	"testing"

	"golang.org/x/crypto/sha3"
)

func refKeccak(parts ...[]byte) Hash {
	k := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		k.Write(p)
	}
	var h Hash
	copy(h[:], k.Sum(nil))
	return h
}

func refLeaf(b []byte) Hash { return refKeccak([]byte{0x00}, b) }

func refNode(l, r Hash) Hash { return refKeccak([]byte{0x01}, l[:], r[:]) }

// refLevels returns every level of the tree padded to a power of two.
func refLevels(leaves []Hash) [][]Hash {
	size := 1
	for size < len(leaves) {
		size *= 2
	}
	lv := make([]Hash, size) // padding leaves stay zero
	copy(lv, leaves)
	levels := [][]Hash{lv}
	for len(lv) > 1 {
		next := make([]Hash, len(lv)/2)
		for j := range next {
			next[j] = refNode(lv[2*j], lv[2*j+1])
		}
		levels = append(levels, next)
		lv = next
	}
	return levels
}

func refRoot(leaves []Hash) Hash {
	if len(leaves) == 0 {
		return Hash{}
	}
	levels := refLevels(leaves)
	return levels[len(levels)-1][0]
}

func refProof(leaves []Hash, i int) []Hash {
	levels := refLevels(leaves)
	p := []Hash{}
	for k := 0; k < len(levels)-1; k++ {
		p = append(p, levels[k][(i>>k)^1])
	}
	return p
}

// refEncode writes the float32 bits little-endian by hand.
func refEncode(vals []float32) []byte {
	var b []byte
	for _, v := range vals {
		u := math.Float32bits(v)
		b = append(b, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	return b
}

func refTensorLeaves(t *testing.T, shape []int, data []float32) []Hash {
	t.Helper()
	n := 1
	for _, d := range shape {
		n *= d
	}
	if n != len(data) {
		t.Fatalf("reference: shape %v does not hold %d values", shape, len(data))
	}
	if n == 0 {
		return []Hash{refLeaf(nil)}
	}
	rowLen := 1
	if len(shape) > 0 {
		rowLen = shape[len(shape)-1]
	}
	var leaves []Hash
	for r := 0; r*rowLen < n; r++ {
		row := data[r*rowLen : (r+1)*rowLen]
		for c := 0; c*1024 < rowLen; c++ {
			end := min((c+1)*1024, rowLen)
			leaves = append(leaves, refLeaf(refEncode(row[c*1024:end])))
		}
	}
	return leaves
}

func refTensorRoot(t *testing.T, shape []int, data []float32) Hash {
	return refRoot(refTensorLeaves(t, shape, data))
}

// testData returns n deterministic, varied float32 values (no NaN).
func testData(n int, seed uint32) []float32 {
	d := make([]float32, n)
	x := seed*2654435761 + 1
	for i := range d {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		d[i] = float32(int32(x)) / float32(1<<28)
	}
	return d
}
