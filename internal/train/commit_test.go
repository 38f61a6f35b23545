package train

import (
	"testing"

	"veritrain/internal/commit"
)

// The step hashes recorded in the background are exactly the state roots computed serially after
// each step, for both golden jobs, and recording them does not change the training bits (the
// final root is still the golden one). Run under -race, this also checks that the background
// hashing only ever reads the state while a step computes.
func TestRecordedStepHashes(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.spec, func(t *testing.T) {
			steps := min(g.steps, 12)
			ref, err := Open(g.spec)
			if err != nil {
				t.Fatal(err)
			}
			var want []commit.Hash
			for ref.StepsDone() < steps {
				if _, err := ref.Step(); err != nil {
					t.Fatal(err)
				}
				want = append(want, ref.State.Root())
			}
			tr, err := Open(g.spec)
			if err != nil {
				t.Fatal(err)
			}
			defer tr.Close()
			if _, err := tr.Step(); err != nil { // one unrecorded step: recording starts at step 2
				t.Fatal(err)
			}
			tr.RecordHashes()
			for tr.StepsDone() < steps {
				if _, err := tr.Step(); err != nil {
					t.Fatal(err)
				}
			}
			first, got := tr.StepHashes()
			if first != 2 || len(got) != steps-1 {
				t.Fatalf("StepHashes = first %d, %d hashes; want first 2, %d", first, len(got), steps-1)
			}
			for i, h := range got {
				if h != want[first-1+i] {
					t.Errorf("h_%d = %s, serial state root %s", first+i, h, want[first-1+i])
				}
			}
			if r := tr.StateRoot(); r != want[steps-1] {
				t.Errorf("StateRoot %s, want %s", r, want[steps-1])
			}
			if steps == g.steps && tr.StateRoot().String() != g.finalRoot {
				t.Errorf("final root %s, golden %s", tr.StateRoot(), g.finalRoot)
			}
		})
	}
}
