package commit

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Tensor is one tensor of a training state: its shape and its row-major
// float32 values.
type Tensor struct {
	Shape []int
	Data  []float32
}

// leafBlock is the number of consecutive leaves one worker takes at a time.
const leafBlock = batchLeaves

// HashState returns the tensor root of every tensor and the state root over
// them, in the order given. It spreads the leaf hashing over up to workers
// goroutines (workers ≤ 1 hashes on the calling goroutine). The results do
// not depend on workers or on scheduling: every leaf hash is written to its
// own slot and each tree is combined in leaf order. An invalid tensor is an
// error wrapping ErrShape; it is reported before any hashing.
func HashState(tensors []Tensor, workers int) (state Hash, roots []Hash, err error) {
	layouts := make([]TensorLayout, len(tensors))
	first := make([]int, len(tensors)+1) // first[i]: index of tensor i's first leaf
	for i, t := range tensors {
		l, err := checkData(t.Shape, t.Data)
		if err != nil {
			return Hash{}, nil, fmt.Errorf("tensor %d: %w", i, err)
		}
		layouts[i] = l
		first[i+1] = first[i] + l.Leaves
	}
	roots = make([]Hash, len(tensors))
	if workers <= 1 || first[len(tensors)] <= leafBlock {
		h := getHasher()
		defer putHasher(h)
		for i, t := range tensors {
			h.st.reset(-1)
			h.tensorStream(layouts[i], t.Data)
			roots[i] = h.finish()
		}
		return h.StateRoot(roots), roots, nil
	}

	// Stage 1: leaf hashes, in blocks of leafBlock leaves of one tensor.
	leaves := make([]Hash, first[len(tensors)])
	type block struct{ tensor, leaf, end int } // leaves [leaf, end) of tensor
	var blocks []block
	for i, l := range layouts {
		for j := 0; j < l.Leaves; j += leafBlock {
			blocks = append(blocks, block{i, j, min(j+leafBlock, l.Leaves)})
		}
	}
	run(workers, len(blocks), func(h *Hasher, b int) {
		bl := blocks[b]
		out := leaves[first[bl.tensor]:]
		h.chunkLeaves(layouts[bl.tensor], tensors[bl.tensor].Data, bl.leaf, out[bl.leaf:bl.end])
	})
	// Stage 2: one tree per tensor.
	run(workers, len(tensors), func(h *Hasher, i int) {
		roots[i] = h.MerkleRoot(leaves[first[i]:first[i+1]])
	})
	h := getHasher()
	defer putHasher(h)
	return h.StateRoot(roots), roots, nil
}

// run calls f(h, k) for every k in [0, n) on up to workers goroutines, each
// with its own Hasher. Which goroutine runs which k does not matter: f must
// write its result to a slot owned by k.
func run(workers, n int, f func(h *Hasher, k int)) {
	workers = min(workers, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := getHasher()
			defer putHasher(h)
			for {
				k := int(next.Add(1) - 1)
				if k >= n {
					return
				}
				f(h, k)
			}
		}()
	}
	wg.Wait()
}

// jobBlock is the number of leaves one StateJob piece hashes: small, so that a worker doing
// background hashing gives way to other work within tens of microseconds.
const jobBlock = 8

// StateJob hashes a training state in small pieces that any number of goroutines may take
// concurrently (Step), then combines them (Root). It is built once for a state's tensors and
// reused for every hash of them: after the first, a hash allocates nothing. The result is
// HashState's, whoever hashed which piece.
type StateJob struct {
	tensors []Tensor
	layouts []TensorLayout
	first   []int // first[i]: index of tensor i's first leaf
	blocks  []jobPiece
	leaves  []Hash
	roots   []Hash
	next    atomic.Int64 // next piece to take
	done    atomic.Int64 // pieces finished
	h       *Hasher      // for Root
}

type jobPiece struct{ tensor, leaf, end int } // leaves [leaf, end) of tensor

// NewStateJob plans the hashing of tensors (whose Data may change between hashes, but not
// their shapes). An invalid tensor is an error wrapping ErrShape.
func NewStateJob(tensors []Tensor) (*StateJob, error) {
	j := &StateJob{tensors: tensors, layouts: make([]TensorLayout, len(tensors)), first: make([]int, len(tensors)+1), roots: make([]Hash, len(tensors)), h: NewHasher()}
	for i, t := range tensors {
		l, err := checkData(t.Shape, t.Data)
		if err != nil {
			return nil, fmt.Errorf("tensor %d: %w", i, err)
		}
		j.layouts[i] = l
		j.first[i+1] = j.first[i] + l.Leaves
		for k := 0; k < l.Leaves; k += jobBlock {
			j.blocks = append(j.blocks, jobPiece{i, k, min(k+jobBlock, l.Leaves)})
		}
	}
	j.leaves = make([]Hash, j.first[len(tensors)])
	j.done.Store(int64(len(j.blocks))) // nothing to do until Reset
	j.next.Store(int64(len(j.blocks)))
	return j, nil
}

// Reset starts a new hash of the tensors' current values. No Step may be running.
func (j *StateJob) Reset() {
	j.next.Store(0)
	j.done.Store(0)
}

// Step hashes one piece with h and reports whether it did; false means every piece has been
// taken (some may still be in progress on other goroutines). Safe for concurrent use.
func (j *StateJob) Step(h *Hasher) bool {
	k := int(j.next.Add(1) - 1)
	if k >= len(j.blocks) {
		return false
	}
	b := j.blocks[k]
	out := j.leaves[j.first[b.tensor]:]
	h.chunkLeaves(j.layouts[b.tensor], j.tensors[b.tensor].Data, b.leaf, out[b.leaf:b.end])
	j.done.Add(1)
	return true
}

// Finished reports whether every piece has been hashed.
func (j *StateJob) Finished() bool { return int(j.done.Load()) == len(j.blocks) }

// Root hashes whatever pieces are left on the calling goroutine, and returns the state root
// and the tensor roots (owned by j, valid until the next Reset). Every other goroutine calling
// Step must have returned from it first (the caller synchronises with them).
func (j *StateJob) Root() (Hash, []Hash) {
	for j.Step(j.h) {
	}
	if !j.Finished() {
		panic("commit: StateJob.Root while a Step is still running")
	}
	for i := range j.tensors {
		j.roots[i] = j.h.MerkleRoot(j.leaves[j.first[i]:j.first[i+1]])
	}
	return j.h.StateRoot(j.roots), j.roots
}
