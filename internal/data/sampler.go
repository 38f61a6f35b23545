package data

import (
	"fmt"
	"math"
)

// SamplerEpochLabel is the Derive label of the per-epoch permutation keys. It is part of the
// protocol (see docs/sampler.md).
const SamplerEpochLabel = "veritrain/sampler/epoch/v1"

// Sampler maps (step, row) to a sample index. Rows are read from an infinite stream of positions
// p = step*Batch + row; position p lies in epoch e = p / N, and its sample is
//
//	NewPermutation(N, EpochKey(e)).At(p mod N)
//
// so every sample appears exactly once per epoch, and an epoch may end in the middle of a batch.
// A Sampler holds no state beyond its configuration: the step number is the whole sampler state.
// It is a plain value and safe for concurrent use.
type Sampler struct {
	N     int    // number of samples in the dataset, > 0
	Batch int    // rows per step, > 0
	Seed  uint64 // job seed
}

// Validate reports whether the configuration is usable.
func (s Sampler) Validate() error {
	if s.N <= 0 {
		return fmt.Errorf("data: sampler N = %d, want > 0", s.N)
	}
	if s.Batch <= 0 {
		return fmt.Errorf("data: sampler Batch = %d, want > 0", s.Batch)
	}
	return nil
}

// EpochKey returns the permutation key of epoch e: Derive(Seed, SamplerEpochLabel, e).
func (s Sampler) EpochKey(e uint64) uint64 {
	return Derive(s.Seed, SamplerEpochLabel, e)
}

// Epoch returns the permutation used in epoch e. It panics if s is invalid.
func (s Sampler) Epoch(e uint64) Permutation {
	s.mustValidate()
	return newPermutation(uint64(s.N), s.EpochKey(e))
}

func (s Sampler) mustValidate() {
	if err := s.Validate(); err != nil {
		panic(err)
	}
}

// position returns step*Batch + row, panicking on negative or overflowing input.
func (s Sampler) position(step, row int) uint64 {
	s.mustValidate()
	if step < 0 || row < 0 || row >= s.Batch {
		panic(fmt.Sprintf("data: sampler position (step %d, row %d) out of range (Batch %d)", step, row, s.Batch))
	}
	if step > (math.MaxInt64-row)/s.Batch {
		panic(fmt.Sprintf("data: sampler step %d overflows the stream position", step))
	}
	return uint64(step)*uint64(s.Batch) + uint64(row)
}

// Index returns the sample index of row row of step step. It panics if s is invalid, step < 0,
// row is not in [0, Batch), or step*Batch+row overflows int64.
func (s Sampler) Index(step, row int) int {
	p := s.position(step, row)
	n := uint64(s.N)
	return int(s.Epoch(p / n).At(p % n))
}

// Indices fills dst[:Batch] with the sample indices of step step, computing each epoch's
// permutation once. It panics like Index, or if len(dst) < Batch.
func (s Sampler) Indices(step int, dst []int) {
	p := s.position(step, s.Batch-1) - uint64(s.Batch-1) // checks the whole batch for overflow
	if len(dst) < s.Batch {
		panic(fmt.Sprintf("data: Sampler.Indices: len(dst) = %d < Batch %d", len(dst), s.Batch))
	}
	n := uint64(s.N)
	e, off := p/n, p%n
	perm := s.Epoch(e)
	for r := range s.Batch {
		if off == n {
			e, off = e+1, 0
			perm = s.Epoch(e)
		}
		dst[r] = int(perm.At(off))
		off++
	}
}
