package commit

import (
	"sync"
	"unsafe"
)

// Hasher computes hashes, Merkle roots, tensor roots and proofs with
// reusable keccak256 states and scratch buffers, so that its hot paths do not
// allocate. The zero value is ready to use. A Hasher is not safe for
// concurrent use; use one per goroutine. Its results are identical to the
// package-level functions'.
//
// Independent hashes (the leaves of a tensor, the nodes of one tree level)
// are computed several at a time where the platform allows it: on amd64 with
// AVX2, four messages share one pass of a 4-way Keccak-f[1600]. The digests
// are the same bits on every path.
type Hasher struct {
	e    engine // keccak256; see keccak_amd64.go and keccak_other.go
	pair [2]Hash
	st   stream

	// Level buffers of one batch of the streaming Merkle builder (pushBatch).
	lv [batchLeaves]Hash
	t1 [batchLeaves / 2]Hash
	t2 [batchLeaves / 4]Hash
}

// NewHasher returns a ready Hasher. It is equivalent to new(Hasher).
func NewHasher() *Hasher { return new(Hasher) }

// Keccak256 returns keccak256 of the concatenation of data.
func (h *Hasher) Keccak256(data ...[]byte) Hash {
	for _, b := range data {
		h.e.write(b)
	}
	return h.e.sum()
}

// LeafHash returns keccak256(0x00 ‖ b).
func (h *Hasher) LeafHash(b []byte) Hash { return h.e.hash1(LeafPrefix, b) }

// NodeHash returns keccak256(0x01 ‖ left ‖ right).
func (h *Hasher) NodeHash(left, right Hash) Hash {
	h.pair = [2]Hash{left, right}
	return h.e.hash1(NodePrefix, pairBytes(h.pair[:]))
}

// pairBytes returns the 64 bytes of p[0] ‖ p[1] (contiguous in memory)
// without copying them.
func pairBytes(p []Hash) []byte {
	_ = p[1]
	return unsafe.Slice(&p[0][0], 2*HashSize)
}

// nodeLevel sets out[j] = NodeHash(in[2j], in[2j+1]) for every j < len(out),
// batching the hashes. in and out must not overlap.
func (h *Hasher) nodeLevel(in, out []Hash) {
	in = in[:2*len(out)]
	for j := range out {
		h.e.queue(NodePrefix, pairBytes(in[2*j:]), &out[j])
	}
	h.e.flush()
}

// leafLevel sets out[i] = LeafHash(in[i][:]) for every i, batching the hashes.
// in and out must not overlap.
func (h *Hasher) leafLevel(in, out []Hash) {
	in = in[:len(out)]
	for i := range out {
		h.e.queue(LeafPrefix, in[i][:], &out[i])
	}
	h.e.flush()
}

var hasherPool = sync.Pool{New: func() any { return NewHasher() }}

func getHasher() *Hasher  { return hasherPool.Get().(*Hasher) }
func putHasher(h *Hasher) { hasherPool.Put(h) }
