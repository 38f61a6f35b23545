package train

import (
	"reflect"
	"testing"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

// TestTraceStep checks the op trace against the commitments it must fit: a traced step computes
// the same state as Step; the trace's state leaves are the tensor roots under h_{t-1} and each
// state's update value has the tensor root under h_t; the listing's descriptors survive their
// encoding; and the graph root does not depend on the trainer instance.
func TestTraceStep(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.spec, func(t *testing.T) {
			a, err := Open(g.spec)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Open(g.spec)
			if err != nil {
				t.Fatal(err)
			}
			ra, err := a.GraphRoot()
			if err != nil {
				t.Fatal(err)
			}
			rb, _ := b.GraphRoot()
			if ra != rb || ra == (commit.Hash{}) {
				t.Fatalf("graph roots %s and %s", ra, rb)
			}
			l, _ := a.Listing()
			seen := map[tensor.Op]bool{}
			for k, d := range l.Ops {
				seen[d.Op] = true
				got, err := autograd.DecodeOpDesc(d.Encode())
				if err != nil || !reflect.DeepEqual(got, d) {
					t.Fatalf("op %d: decode(encode(%+v)) = %+v, %v", k, d, got, err)
				}
				for _, in := range d.In {
					if in >= k {
						t.Fatalf("op %d reads op %d, not earlier", k, in)
					}
				}
			}
			t.Logf("%d ops, graph root %s, primitives %v", len(l.Ops), ra, seen)
			for step := 1; step <= 3; step++ {
				before := a.State.TensorRoots()
				tr, err := a.TraceStep(nil)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := b.Step(); err != nil {
					t.Fatal(err)
				}
				if a.StateRoot() != b.StateRoot() {
					t.Fatalf("step %d: traced state %s, stepped %s", step, a.StateRoot(), b.StateRoot())
				}
				after := a.State.TensorRoots()
				if tr.Step != step || tr.Root != commit.StateRoot(tr.Roots) {
					t.Fatalf("trace of step %d: step %d, root %s", step, tr.Step, tr.Root)
				}
				for k, d := range l.Ops {
					if d.Op != tensor.OpState {
						continue
					}
					if tr.Roots[k] != before[d.Slot] {
						t.Errorf("step %d: state op %d (slot %d) has root %s, h_{t-1} has %s", step, k, d.Slot, tr.Roots[k], before[d.Slot])
					}
					want := before[d.Slot]
					if d.Next >= 0 {
						want = tr.Roots[d.Next]
					}
					if after[d.Slot] != want {
						t.Errorf("step %d: state slot %d after the step %s, trace says %s", step, d.Slot, after[d.Slot], want)
					}
				}
			}
		})
	}
}
