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

// pushTree appends the root of a complete subtree of height lvl over the next
// 2^lvl leaves; target says whether it contains the target leaf. The number
// of leaves pushed so far must be a multiple of 2^lvl.
func (h *Hasher) pushTree(root Hash, lvl int, target bool) {
	s := &h.st
	s.hash[s.sp], s.lvl[s.sp], s.target[s.sp] = root, uint8(lvl), target
	s.sp++
	s.n += 1 << lvl
	for s.sp >= 2 && s.lvl[s.sp-1] == s.lvl[s.sp-2] {
		h.merge()
	}
}

// batchLeaves is the number of leaves the streaming Merkle builder takes at a
// time (pushBatch): it hashes their complete subtrees level by level, so that
// the independent node hashes of a level can share the multi-lane keccak. A
// power of two, at most 2^8 (see pushBatch).
const batchLeaves = 64

const _ = uint(256 - batchLeaves) // pushBatch's odd holds up to 9 levels

// pushBatch pushes the leaf hashes lv, in order. len(lv) ≤ batchLeaves, and
// the number of leaves pushed so far must be a multiple of batchLeaves (every
// batch but the last is full). lv is not modified.
//
// The batch is cut like the binary expansion of len(lv): level k of the
// batch's own subtrees has len(lv)>>k entries, and when that count is odd,
// its last entry is the root of a complete subtree that has no partner in the
// batch. Those roots are pushed from the highest level down, which is leaf
// order, and merge with the stack as single pushes would.
func (h *Hasher) pushBatch(lv []Hash) {
	s := &h.st
	t := -1 // the target's position in lv, if it is there
	if s.want >= s.n && s.want-s.n < len(lv) {
		t = s.want - s.n
	}
	var odd [9]struct {
		root   Hash
		ok     bool
		target bool
	}
	cur, bufs := lv, [2][]Hash{h.t1[:], h.t2[:]}
	for k := 0; len(cur) > 0; k++ {
		pairs := len(cur) / 2
		if len(cur)%2 == 1 {
			odd[k].root, odd[k].ok = cur[len(cur)-1], true
			odd[k].target = t >= 0 && t>>k == len(cur)-1
		}
		if pairs == 0 {
			break
		}
		if t >= 0 && t>>k < 2*pairs {
			s.proof[k] = cur[(t>>k)^1]
		}
		next := bufs[k%2][:pairs]
		h.nodeLevel(cur, next)
		cur = next
	}
	for k := len(odd) - 1; k >= 0; k-- {
		if odd[k].ok {
			h.pushTree(odd[k].root, k, odd[k].target)
		}
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
	for len(leaves) > 0 {
		n := min(batchLeaves, len(leaves))
		h.pushBatch(leaves[:n])
		leaves = leaves[n:]
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
		h.nodeLevel(below, lv[:len(below)/2])
		if len(below)%2 == 1 { // the last node's right child is padding
			lv[m-1] = h.NodeHash(below[len(below)-1], zeroHashes[k-1])
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

// Node returns the node at height level (0: the leaves) and position i on that level: the root
// of the subtree over leaves [i·2^level, (i+1)·2^level). Subtrees entirely in the padding are
// ZeroHash(level). It panics if level is outside [0, Depth()] or i outside [0, 2^(Depth()-level)).
func (t *Tree) Node(level, i int) Hash {
	if level < 0 || level > t.Depth() || i < 0 || i >= 1<<uint(t.Depth()-level) {
		panic(fmt.Sprintf("commit: node %d at height %d outside a tree of depth %d", i, level, t.Depth()))
	}
	if i < len(t.levels[level]) {
		return t.levels[level][i]
	}
	return zeroHashes[level]
}
