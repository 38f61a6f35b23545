//go:build !amd64 || purego

package commit

import (
	"encoding/binary"
	"math"
)

// The portable engine hashes one message at a time (see scalar).

// engine computes keccak256 for a Hasher. The zero value is ready.
type engine struct {
	scalar
	chunk [4 * ChunkFloats]byte // the encoding of one chunk
}

// chunkBytes returns the leaf encoding of vals (len(vals) ≤ ChunkFloats) in
// a buffer that the next call reuses; queue consumes it at once.
func (e *engine) chunkBytes(vals []float32) []byte {
	b := e.chunk[:4*len(vals)]
	for i, v := range vals {
		binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
	}
	return b
}

// queue sets *out = keccak256(prefix ‖ body) at once. (The amd64 engine may
// defer it until flush.)
func (e *engine) queue(prefix byte, body []byte, out *Hash) {
	*out = e.hash1(prefix, body)
}

// flush computes every queued digest: nothing to do here.
func (e *engine) flush() {}
