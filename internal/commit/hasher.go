package commit

import (
	"hash"
	"io"
	"sync"

	"golang.org/x/crypto/sha3"
)

// Hasher computes hashes, Merkle roots, tensor roots and proofs with one
// reusable keccak256 state and reusable scratch buffers, so that its hot paths
// do not allocate. The zero value is ready to use. A Hasher is not safe for
// concurrent use; use one per goroutine. Its results are identical to the
// package-level functions'.
type Hasher struct {
	k     hash.Hash
	r     io.Reader // k's squeeze (avoids Sum's state copy); nil if k has none
	out   [HashSize]byte
	node  [1 + 2*HashSize]byte
	chunk []byte // LeafPrefix ‖ up to ChunkFloats little-endian float32s
	st    stream
}

// NewHasher returns a ready Hasher. It is equivalent to new(Hasher).
func NewHasher() *Hasher {
	h := new(Hasher)
	h.init()
	return h
}

func (h *Hasher) init() {
	h.k = sha3.NewLegacyKeccak256()
	h.r, _ = h.k.(io.Reader)
	h.node[0] = NodePrefix
	h.chunk = make([]byte, 1+4*ChunkFloats)
	h.chunk[0] = LeafPrefix
}

// sum finishes the keccak256 state, returns the digest and resets the state.
func (h *Hasher) sum() Hash {
	if h.r != nil {
		h.r.Read(h.out[:]) // cannot fail
	} else {
		h.k.Sum(h.out[:0])
	}
	h.k.Reset()
	return Hash(h.out)
}

// Keccak256 returns keccak256 of the concatenation of data.
func (h *Hasher) Keccak256(data ...[]byte) Hash {
	if h.k == nil {
		h.init()
	}
	for _, b := range data {
		h.k.Write(b)
	}
	return h.sum()
}

// LeafHash returns keccak256(0x00 ‖ b).
func (h *Hasher) LeafHash(b []byte) Hash {
	if h.k == nil {
		h.init()
	}
	h.k.Write(h.chunk[:1])
	h.k.Write(b)
	return h.sum()
}

// NodeHash returns keccak256(0x01 ‖ left ‖ right).
func (h *Hasher) NodeHash(left, right Hash) Hash {
	if h.k == nil {
		h.init()
	}
	copy(h.node[1:], left[:])
	copy(h.node[1+HashSize:], right[:])
	h.k.Write(h.node[:])
	return h.sum()
}

var hasherPool = sync.Pool{New: func() any { return NewHasher() }}

func getHasher() *Hasher  { return hasherPool.Get().(*Hasher) }
func putHasher(h *Hasher) { hasherPool.Put(h) }
