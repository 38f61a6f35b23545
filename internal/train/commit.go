package train

import (
	"fmt"

	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

// committer records the step hash h_t (the state root after step t, DESIGN section 3) of every
// step without making the step wait for it: after step t's updates are applied, a kernel pool
// worker hashes the state in small pieces (tensor.Background) while step t+1 computes, giving
// way to the step's parallel kernels between pieces. Compute never writes the state tensors
// (autograd.Program.Compute), so both only read the same memory. Step t+1, before applying its
// own updates, helps hash whatever is left and then takes the root.
//
// The state is hashed by a commit.StateJob planned once, so recording allocates nothing per step.
type committer struct {
	job     *commit.StateJob
	bg      *tensor.Background
	workerH *commit.Hasher // used only by the background worker
	mainH   *commit.Hasher // used only by the stepping goroutine
	pending bool
	closed  bool
	base    int           // steps completed before the first recorded hash
	hashes  []commit.Hash // hashes[i] = h_{base+i+1}
}

func newCommitter(st *State, capacity int) *committer {
	views := make([]commit.Tensor, len(st.Tensors))
	for i, t := range st.Tensors {
		views[i] = commit.Tensor{Shape: t.Shape, Data: t.Data}
	}
	job, err := commit.NewStateJob(views)
	if err != nil {
		panic(fmt.Sprintf("train: state: %v", err))
	}
	c := &committer{job: job, workerH: commit.NewHasher(), mainH: commit.NewHasher(), base: -1, hashes: make([]commit.Hash, 0, max(capacity, 0))}
	c.bg = tensor.NewBackground(c)
	// Hash once with each hasher so that their buffers exist before the first step: recording
	// then allocates nothing, whichever goroutine ends up hashing which piece.
	for _, h := range []*commit.Hasher{c.workerH, c.mainH} {
		c.job.Reset()
		for c.job.Step(h) {
		}
		c.job.Root()
	}
	return c
}

// Step hashes one piece of the state on the background worker.
func (c *committer) Step() bool { return c.job.Step(c.workerH) }

// root hashes the state on the calling goroutine alone.
func (c *committer) root() commit.Hash {
	c.job.Reset()
	r, _ := c.job.Root()
	return r
}

// start begins hashing the current state (the state after step step) in the background. The
// state must not be written until wait returns.
func (c *committer) start(step int) {
	if c.base < 0 {
		c.base = step - 1
	}
	if step != c.base+len(c.hashes)+1 {
		panic(fmt.Sprintf("train: step hash of step %d recorded out of order (have %d after step %d)", step, len(c.hashes), c.base))
	}
	c.job.Reset()
	c.bg.Start()
	c.pending = true
}

// wait finishes the pending hash, if any (hashing the pieces left on the calling goroutine),
// and records it.
func (c *committer) wait() {
	if !c.pending {
		return
	}
	for c.job.Step(c.mainH) {
	}
	c.bg.Wait()
	r, _ := c.job.Root()
	c.hashes = append(c.hashes, r)
	c.pending = false
}

func (c *committer) close() {
	if c.closed {
		return
	}
	c.wait()
	c.closed = true
}
