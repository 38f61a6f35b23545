package train

import (
	"strings"
	"testing"
)

// BenchmarkStep measures one training step of each example (ns/op is the step time; run with
// -count 5 and compare medians with benchstat). It also reports samples/s and the share of a
// step that hashing the full state (the per-step commitment) would cost.
//
// The "+hashes" variants record the step hash of every step (hashed in the background while the
// next step computes); their ns/op against the plain variant is the commitment overhead. The
// "+serial" variants hash the state after each step with every kernel thread, the simple way,
// for comparison.
func BenchmarkStep(b *testing.B) {
	for _, ex := range []string{"mnist-mlp", "mnist-mlp+hashes", "mnist-mlp+serial", "char-gpt", "char-gpt+hashes", "char-gpt+serial"} {
		b.Run(ex, func(b *testing.B) {
			name, mode, _ := strings.Cut(ex, "+")
			tr, err := Open("../../examples/" + name + ".toml")
			if err != nil {
				b.Fatal(err)
			}
			defer tr.Close()
			if mode == "hashes" {
				tr.RecordHashes()
			}
			if _, err := tr.Step(); err != nil { // warm up buffers
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := tr.Step(); err != nil {
					b.Fatal(err)
				}
				if mode == "serial" {
					tr.State.Root()
				}
			}
			b.StopTimer()
			perStep := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(tr.Job.Train.Batch)/perStep, "samples/s")
			b.ReportMetric(float64(len(tr.State.Flat)*4)/1e6, "state-MB")
		})
	}
}

// BenchmarkStateRoot measures hashing the full training state of each example.
func BenchmarkStateRoot(b *testing.B) {
	for _, ex := range []string{"mnist-mlp", "char-gpt"} {
		b.Run(ex, func(b *testing.B) {
			tr, err := Open("../../examples/" + ex + ".toml")
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(tr.State.Flat) * 4))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				tr.StateRoot()
			}
		})
	}
}

// BenchmarkStateRootSerial hashes the state on one goroutine, as the background step hashing does.
func BenchmarkStateRootSerial(b *testing.B) {
	for _, ex := range []string{"mnist-mlp", "char-gpt"} {
		b.Run(ex, func(b *testing.B) {
			tr, err := Open("../../examples/" + ex + ".toml")
			if err != nil {
				b.Fatal(err)
			}
			c := newCommitter(tr.State, 0)
			defer c.close()
			b.SetBytes(int64(len(tr.State.Flat) * 4))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				c.root()
			}
		})
	}
}
