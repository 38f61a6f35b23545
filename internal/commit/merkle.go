package commit

import (
	"fmt"
	"math/bits"
)

// maxDepth bounds the depth of any tree: n ≤ MaxInt < 2^63 leaves.
const maxDepth = 64

// zeroHashes[k] is the root of a subtree of height k whose 2^k leaves are all
// padding: zeroHashes[0] is the zero Hash and
// zeroHashes[k+1] = NodeHash(zeroHashes[k], zeroHashes[k]).
var zeroHashes = func() [maxDepth]Hash {
	var z [maxDepth]Hash
	h := NewHasher()
	for k := 1; k < maxDepth; k++ {
		z[k] = h.NodeHash(z[k-1], z[k-1])
	}
	return z
}()

// ZeroHash returns the root of a subtree of height level (0 ≤ level < 64)
// made only of padding leaves: the zero Hash for level 0, and
// NodeHash(ZeroHash(level-1), ZeroHash(level-1)) above. A proof sibling that
// covers only padding must equal ZeroHash of its level. It panics if level is
// out of range.
func ZeroHash(level int) Hash {
	if level < 0 || level >= maxDepth {
		panic(fmt.Sprintf("commit: ZeroHash level %d out of range [0, %d)", level, maxDepth))
	}
	return zeroHashes[level]
}

// Depth returns the height of a Merkle tree over n leaves, which is also the
// length of each of its proofs: ceil(log2 n) for n ≥ 1, and 0 for n ≤ 1.
func Depth(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n - 1))
}

// stream computes a Merkle root from leaves pushed in order, in O(log n)
// memory, and optionally records the proof of one target leaf on the way.
// Each stack entry is the root of a complete subtree of height lvl; heights
// strictly decrease from the bottom of the stack to its top.
type stream struct {
	hash   [maxDepth + 1]Hash
	lvl    [maxDepth + 1]uint8
	target [maxDepth + 1]bool // entry's subtree contains the target leaf
	sp     int                // stack size
	n      int                // leaves pushed
	want   int                // index of the target leaf, or -1
	proof  [maxDepth]Hash     // proof[k]: the target's sibling at level k
}

func (s *stream) reset(want int) {
	s.sp, s.n, s.want = 0, 0, want
}

// push appends the next leaf hash.
func (h *Hasher) push(leaf Hash) {
	s := &h.st
	s.hash[s.sp], s.lvl[s.sp], s.target[s.sp] = leaf, 0, s.n == s.want
	s.sp++
	s.n++
	for s.sp >= 2 && s.lvl[s.sp-1] == s.lvl[s.sp-2] {
		h.merge()
	}
}

// merge replaces the two top stack entries (of equal height) by their parent.
func (h *Hasher) merge() {
	s := &h.st
	l, r := s.sp-2, s.sp-1
	switch {
	case s.target[l]:
		s.proof[s.lvl[l]] = s.hash[r]
	case s.target[r]:
		s.proof[s.lvl[r]] = s.hash[l]
	}
	s.hash[l] = h.NodeHash(s.hash[l], s.hash[r])
	s.lvl[l]++
	s.target[l] = s.target[l] || s.target[r]
	s.sp--
}

// finish pads the pushed leaves to a power of two and returns the root.
func (h *Hasher) finish() Hash {
	s := &h.st
	if s.sp == 0 {
		return Hash{}
	}
	for s.sp > 1 {
		t := s.sp - 1
		if s.lvl[t] == s.lvl[t-1] {
			h.merge()
			continue
		}
		// The right sibling of the top entry holds only padding.
		z := zeroHashes[s.lvl[t]]
		if s.target[t] {
			s.proof[s.lvl[t]] = z
		}
		s.hash[t] = h.NodeHash(s.hash[t], z)
		s.lvl[t]++
	}
	return s.hash[0]
}

// MerkleRoot returns the root of the Merkle tree over leaves (leaf hashes, in
// order), padded to a power of two with zero Hashes. The root of one leaf is
// the leaf itself; the root of no leaves is the zero Hash.
func (h *Hasher) MerkleRoot(leaves []Hash) Hash {
	h.st.reset(-1)
	for _, l := range leaves {
		h.push(l)
	}
	return h.finish()
}

// MerkleRoot returns the root of the Merkle tree over leaves (leaf hashes, in
// order), padded to a power of two with zero Hashes. The root of one leaf is
// the leaf itself; the root of no leaves is the zero Hash.
func MerkleRoot(leaves []Hash) Hash {
	h := getHasher()
	defer putHasher(h)
	return h.MerkleRoot(leaves)
}

// VerifyProof reports whether proof shows that leaf is the leaf hash at
// position index of a Merkle tree over n leaves with the given root. It
// returns false if n < 1, index is outside [0, n), len(proof) != Depth(n), a
// sibling that covers only padding is not the matching ZeroHash, or the
// recomputed root differs from root.
func (h *Hasher) VerifyProof(root, leaf Hash, index, n int, proof []Hash) bool {
	if n < 1 || index < 0 || index >= n || len(proof) != Depth(n) {
		return false
	}
	idx := uint(index)
	cur := leaf
	for k, sib := range proof {
		pos := idx >> uint(k) // position of cur within level k
		if (pos^1)<<uint(k) >= uint(n) && sib != zeroHashes[k] {
			return false
		}
		if pos&1 == 0 {
			cur = h.NodeHash(cur, sib)
		} else {
			cur = h.NodeHash(sib, cur)
		}
	}
	return cur == root
}

// VerifyProof reports whether proof shows that leaf is the leaf hash at
// position index of a Merkle tree over n leaves with the given root. It
// returns false if n < 1, index is outside [0, n), len(proof) != Depth(n), a
// sibling that covers only padding is not the matching ZeroHash, or the
// recomputed root differs from root.
func VerifyProof(root, leaf Hash, index, n int, proof []Hash) bool {
	h := getHasher()
	defer putHasher(h)
	return h.VerifyProof(root, leaf, index, n, proof)
}

// Tree is a Merkle tree kept in memory for repeated proofs. It stores the
// leaves and every inner node that has at least one real leaf below it;
// subtrees made only of padding are ZeroHashes. Build it with NewTree; a Tree
// is immutable and safe for concurrent reads.
type Tree struct {
	levels [][]Hash // levels[0] = leaves, levels[Depth] = [root]
}

// NewTree builds the Merkle tree over a copy of leaves (leaf hashes, in
// order). It has the same root as MerkleRoot(leaves).
func NewTree(leaves []Hash) *Tree {
	n := len(leaves)
	d := Depth(n)
	total := 0
	for k, m := 0, n; k <= d; k++ {
		total += m
		m = (m + 1) / 2
	}
	buf := make([]Hash, total)
	t := &Tree{levels: make([][]Hash, d+1)}
	t.levels[0] = buf[:n:n]
	buf = buf[n:]
	copy(t.levels[0], leaves)
	h := getHasher()
	defer putHasher(h)
	for k := 1; k <= d; k++ {
		below := t.levels[k-1]
		m := (len(below) + 1) / 2
		lv := buf[:m:m]
		buf = buf[m:]
		for j := range lv {
			r := zeroHashes[k-1]
			if 2*j+1 < len(below) {
				r = below[2*j+1]
			}
			lv[j] = h.NodeHash(below[2*j], r)
		}
		t.levels[k] = lv
	}
	return t
}

// Len returns the number of leaves.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Depth returns the height of the tree, Depth(t.Len()).
func (t *Tree) Depth() int { return len(t.levels) - 1 }

// Root returns the Merkle root; the zero Hash for a tree without leaves.
func (t *Tree) Root() Hash {
	if t.Len() == 0 {
		return Hash{}
	}
	return t.levels[len(t.levels)-1][0]
}

// Leaf returns leaf hash i. It panics if i is outside [0, Len()).
func (t *Tree) Leaf(i int) Hash {
	t.check(i)
	return t.levels[0][i]
}

// Proof returns the proof for leaf i: its Depth() sibling hashes from the
// leaf level upwards (an empty, non-nil slice for a one-leaf tree). It panics
// if i is outside [0, Len()).
func (t *Tree) Proof(i int) []Hash {
	t.check(i)
	p := make([]Hash, t.Depth())
	for k := range p {
		s := (i >> uint(k)) ^ 1
		if s < len(t.levels[k]) {
			p[k] = t.levels[k][s]
		} else {
			p[k] = zeroHashes[k]
		}
	}
	return p
}

func (t *Tree) check(i int) {
	if i < 0 || i >= t.Len() {
		panic(fmt.Sprintf("commit: leaf index %d out of range [0, %d)", i, t.Len()))
	}
}
