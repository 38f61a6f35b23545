package roundgame

import (
	"math"
	"testing"

	"veritrain/internal/commit"
)

func testSpec() *Spec {
	return &Spec{NumStates: 4, Inner: 3, LR: 0.7, Mu: 0.5, Slots: []int{0, 2}, Shapes: [][]int{{2, 3}, {5}}}
}

func TestValidate(t *testing.T) {
	if err := testSpec().Validate(); err != nil {
		t.Fatal(err)
	}
	for name, edit := range map[string]func(s *Spec){
		"no parameters":      func(s *Spec) { s.Slots, s.Shapes = nil, nil },
		"shapes short":       func(s *Spec) { s.Shapes = s.Shapes[:1] },
		"slot out of range":  func(s *Spec) { s.Slots[1] = 4 },
		"slots not sorted":   func(s *Spec) { s.Slots = []int{2, 0} },
		"slot repeated":      func(s *Spec) { s.Slots = []int{2, 2} },
		"empty parameter":    func(s *Spec) { s.Shapes[0] = []int{0, 3} },
		"negative dimension": func(s *Spec) { s.Shapes[1] = []int{-1} },
		"no inner steps":     func(s *Spec) { s.Inner = 0 },
		"no states":          func(s *Spec) { s.NumStates = 0 },
	} {
		s := testSpec()
		edit(s)
		if err := s.Validate(); err == nil {
			t.Errorf("%s: valid", name)
		}
	}
}

// OuterElement is the outer step of nn.BuildOuter for one element: with one shard there is no
// division, with two the mean; each op rounds to float32.
func TestOuterElement(t *testing.T) {
	th, m := OuterElement(1, 0.5, []float32{0.75}, 0.7, 0.5)
	d := float32(0.25)
	m2 := float32(0.5*0.5) + d
	want := float32(1) - float32(float32(d+float32(m2*0.5))*0.7)
	if th != want || m != m2 {
		t.Fatalf("one shard: θ %v m %v, want %v %v", th, m, want, m2)
	}
	th2, _ := OuterElement(1, 0, []float32{0.5, 1.5}, 1, 0) // mean change 0: θ unchanged
	if th2 != 1 {
		t.Fatalf("two shards, opposite changes: θ %v, want 1", th2)
	}
}

func TestStartAnswer(t *testing.T) {
	s := testSpec()
	h := func(b byte) commit.Hash { return commit.Hash{b} }
	global := []commit.Hash{h(1), h(2), h(3), h(4)}     // θ0, θ1, m0, m1
	prevEnd := []commit.Hash{h(9), h(10), h(11), h(12)} // the shard's end of the previous round
	start := []commit.Hash{h(1), h(10), h(2), h(12)}    // θ in the parameter slots 0 and 2
	leaves := Leaves(commit.StateRoot(start), []commit.Hash{h(20), h(21), h(22)}, commit.StateRoot(global))
	a, err := NewStartAnswer(leaves, global, start, prevEnd)
	if err != nil {
		t.Fatal(err)
	}
	root := commit.TraceRoot(leaves)
	if !commit.VerifyProof(root, commit.LeafHash(leaves[0][:]), 0, len(leaves), a.StartProof) ||
		!commit.VerifyProof(root, commit.LeafHash(leaves[4][:]), 4, len(leaves), a.GlobalProof) {
		t.Fatal("the answer's proofs do not verify")
	}
	if ok, err := s.StartRight(1, commit.StateRoot(prevEnd), a); err != nil || !ok {
		t.Fatalf("the right start: %v %v", ok, err)
	}
	if _, err := s.StartRight(1, h(99), a); err == nil {
		t.Fatal("a previous end that is not the accepted one: no error")
	}
	for j, bad := range [][]commit.Hash{
		{h(1), h(99), h(2), h(12)}, // an optimizer slot not carried over
		{h(5), h(10), h(2), h(12)}, // a parameter not G's
	} {
		if got := s.StartMismatch(global, bad, prevEnd); got != []int{1, 0}[j] {
			t.Errorf("case %d: first mismatch %d", j, got)
		}
	}
	if _, err := NewStartAnswer(leaves, global, prevEnd, prevEnd); err == nil {
		t.Fatal("a start that is not the trace's: no error")
	}
}

func TestFirstDiff(t *testing.T) {
	s := testSpec()
	a := State{Data: [][]float32{make([]float32, 6), make([]float32, 5), make([]float32, 6), make([]float32, 5)}}
	b := a.Clone()
	if _, _, ok := s.FirstDiff(a, b); ok {
		t.Fatal("equal states differ")
	}
	b.Data[3][4] = float32(math.Copysign(0, -1)) // -0: other bits, same value
	if k, i, ok := s.FirstDiff(a, b); !ok || k != 1 || i != 4 {
		t.Fatalf("the momentum of parameter 1 at 4: got %d %d %v", k, i, ok)
	}
	if a.Data[3][4] != 0 || math.Signbit(float64(a.Data[3][4])) {
		t.Fatal("Clone shares data")
	}
}

func TestOutcome(t *testing.T) {
	for o, want := range map[Outcome][2]string{
		Open: {"open", "nobody"}, SolverRight: {"solver right", "solver"}, SolverWrong: {"solver wrong", "challenger"},
		Timeout: {"timeout", "challenger"}, Moot: {"moot", "nobody"}, 9: {"outcome 9", "nobody"},
	} {
		if o.String() != want[0] || o.Winner() != want[1] {
			t.Errorf("outcome %d: %q, winner %q; want %q, %q", uint8(o), o.String(), o.Winner(), want[0], want[1])
		}
	}
}
