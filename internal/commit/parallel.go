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
