package train

import (
	"testing"

	"veritrain/internal/tensor"
)

// TestStepAllocatesNothing checks that a training step allocates nothing in steady state, with
// one and with several kernel threads, for both model families, with and without recording step
// hashes (the recorded hashes go to a slice sized for the job's steps up front).
func TestStepAllocatesNothing(t *testing.T) {
	defer tensor.SetThreads(tensor.Threads())
	for _, path := range []string{"testdata/mnist-golden.toml", "testdata/gpt-golden.toml"} {
		tr, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, th := range []int{1, 2, -2} {
			if th < 0 {
				th = -th
				tr.RecordHashes()
				defer tr.Close()
			}
			tensor.SetThreads(th)
			if _, err := tr.Step(); err != nil { // warm up
				t.Fatal(err)
			}
			// The least of three measurements: an allocation of the step happens in every one,
			// while the runtime's own (a goroutine's wait record when the machine is loaded and
			// the workers block) comes and goes.
			allocs := -1.0
			for range 3 {
				a := testing.AllocsPerRun(3, func() {
					if _, err := tr.Step(); err != nil {
						t.Fatal(err)
					}
				})
				if allocs < 0 || a < allocs {
					allocs = a
				}
			}
			if allocs != 0 {
				t.Errorf("%s, %d threads: %v allocations per step", path, th, allocs)
			}
		}
	}
}
