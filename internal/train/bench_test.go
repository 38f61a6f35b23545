package train

import "testing"

// BenchmarkStep measures one training step of each example (ns/op is the step time; run with
// -count 5 and compare medians with benchstat). It also reports samples/s and the share of a
// step that hashing the full state (the per-step commitment) would cost.
func BenchmarkStep(b *testing.B) {
	for _, ex := range []string{"mnist-mlp", "char-gpt"} {
		b.Run(ex, func(b *testing.B) {
			tr, err := Open("../../examples/" + ex + ".toml")
			if err != nil {
				b.Fatal(err)
			}
			if _, err := tr.Step(); err != nil { // warm up buffers
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := tr.Step(); err != nil {
					b.Fatal(err)
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
