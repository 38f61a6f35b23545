//go:build amd64 && !purego

package commit

import (
	"unsafe"

	"golang.org/x/sys/cpu"
)

// The amd64 engine. Batches of independent messages go four at a time
// through keccak4, a 4-way AVX2 Keccak-f[1600] (keccak4_amd64.s), if the CPU
// has AVX2; single messages, and everything without AVX2, go through scalar.
// Both compute exactly keccak256: the tests compare them with
// golang.org/x/crypto/sha3 on every length up to 700 bytes, on random lengths
// and batches, and in a fuzz target.

//go:generate sh -c "cd _asm && go run keccak4_gen.go > ../keccak4_amd64.s"

// keccak4 hashes four messages at once. Their four states start at zero and
// absorb the blocks of segs[0], segs[1], segs[2] in turn; then the first 32
// bytes of state i go to *out[i]. See keccak4_amd64.s.
//
//go:noescape
func keccak4(segs *[3]seg4, out *[4]*Hash)

// seg4 is a run of n blocks of rate bytes at each of p[0..3], one run per
// message. keccak4 reads p at offset 0 and n at offset 32; a test checks the
// layout.
type seg4 struct {
	p [4]*byte
	n int
}

// useAVX2 selects the 4-way path. A variable so that tests can turn it off.
var useAVX2 = cpu.X86.HasAVX2

// rate is keccak256's block size in bytes (1600-bit state, 512-bit capacity).
const rate = 136

// engine computes keccak256 for a Hasher. The zero value is ready.
type engine struct {
	scalar

	// Messages waiting for the 4-way path, grouped by their number of full
	// blocks (all messages of one group run through the same number of
	// permutations). A tensor has at most two chunk lengths, and tree nodes
	// one, so two groups suffice; a third length flushes a group early.
	q      [2]group
	victim int // the group to flush when both are taken

	first, last [4][rate]byte // the first and the last (padded) blocks of four messages
	discard     Hash          // the digest of an unused lane
}

// group is up to four queued messages prefix[i] ‖ body[i] whose digests go
// to *out[i].
type group struct {
	n      int
	full   int // full blocks of every message: (1 + len(body[i])) / rate
	prefix [4]byte
	body   [4][]byte
	out    [4]*Hash
}

// minLanes is the smallest group that flush sends through the 4-way path;
// smaller ones are hashed one by one. One 4-way permutation costs about as
// much as one scalar one (measured: 5-10% more).
const minLanes = 2

// chunkBytes returns the leaf encoding of vals: on little-endian amd64 it is
// the memory of vals itself.
func (e *engine) chunkBytes(vals []float32) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(vals))), 4*len(vals))
}

// firstBlock fills b with the first rate bytes of prefix ‖ body
// (len(body) ≥ rate-1).
func firstBlock(b *[rate]byte, prefix byte, body []byte) {
	b[0] = prefix
	copy(b[1:], body[:rate-1])
}

// lastBlock fills b with the last bytes of a message, that is prefix ‖ tail
// if the message fits in one block (first) or else tail, followed by keccak's
// padding 0x01 0x00 … 0x80. The bytes must be fewer than rate.
func lastBlock(b *[rate]byte, prefix byte, first bool, tail []byte) {
	n := 0
	if first {
		b[0] = prefix
		n = 1
	}
	n += copy(b[n:], tail)
	clear(b[n:])
	b[n] = 0x01
	b[rate-1] |= 0x80
}

// queue arranges for *out = keccak256(prefix ‖ body), at the latest when
// flush returns. body and *out must not change until then, and nothing may
// read *out before.
func (e *engine) queue(prefix byte, body []byte, out *Hash) {
	if !useAVX2 {
		*out = e.hash1(prefix, body)
		return
	}
	full := (1 + len(body)) / rate
	var g *group
	for i := range e.q {
		if e.q[i].n > 0 && e.q[i].full == full {
			g = &e.q[i]
			break
		}
	}
	if g == nil {
		for i := range e.q {
			if e.q[i].n == 0 {
				g = &e.q[i]
				break
			}
		}
	}
	if g == nil {
		g = &e.q[e.victim]
		e.victim = (e.victim + 1) % len(e.q)
		e.flushGroup(g)
	}
	g.full = full
	g.prefix[g.n], g.body[g.n], g.out[g.n] = prefix, body, out
	if g.n++; g.n == 4 {
		e.hash4(g)
	}
}

// flush computes every queued digest.
func (e *engine) flush() {
	for i := range e.q {
		e.flushGroup(&e.q[i])
	}
}

func (e *engine) flushGroup(g *group) {
	if g.n >= minLanes {
		e.hash4(g)
		return
	}
	for i := 0; i < g.n; i++ {
		*g.out[i] = e.hash1(g.prefix[i], g.body[i])
		g.body[i], g.out[i] = nil, nil
	}
	g.n = 0
}

// hash4 computes the digests of g's 1 to 4 messages with one pass of the
// 4-way permutation and empties g. Unused lanes hash a copy of message 0.
func (e *engine) hash4(g *group) {
	for i := g.n; i < 4; i++ {
		g.prefix[i], g.body[i], g.out[i] = g.prefix[0], g.body[0], &e.discard
	}
	// Every message is prefix ‖ body. With full > 0 full blocks, its first
	// block (which holds the prefix) is copied, the next full-1 are read in
	// place, and the rest of it is copied into its padded last block.
	var segs [3]seg4
	tail := g.body
	if g.full > 0 {
		for i := range tail {
			firstBlock(&e.first[i], g.prefix[i], g.body[i])
			segs[0].p[i] = &e.first[i][0]
			tail[i] = g.body[i][rate-1:]
			if g.full > 1 {
				segs[1].p[i] = &tail[i][0]
				tail[i] = tail[i][(g.full-1)*rate:]
			}
		}
		segs[0].n, segs[1].n = 1, g.full-1
	}
	for i := range tail {
		lastBlock(&e.last[i], g.prefix[i], g.full == 0, tail[i])
		segs[2].p[i] = &e.last[i][0]
	}
	segs[2].n = 1
	keccak4(&segs, &g.out)
	g.n = 0
	g.body, g.out = [4][]byte{}, [4]*Hash{}
}
