package commit

import (
	"fmt"
	"testing"
)

func TestStateRoot(t *testing.T) {
	roots := make([]Hash, 9)
	for i := range roots {
		roots[i] = MustTensorRoot([]int{2, 3}, testData(6, uint32(i)))
	}
	tests := []struct {
		n    int
		want Hash
	}{
		{0, Hash{}},
		{1, refLeaf(roots[0][:])},
		{2, refNode(refLeaf(roots[0][:]), refLeaf(roots[1][:]))},
		{3, refNode(refNode(refLeaf(roots[0][:]), refLeaf(roots[1][:])), refNode(refLeaf(roots[2][:]), Hash{}))},
	}
	for _, tt := range tests {
		if got := StateRoot(roots[:tt.n]); got != tt.want {
			t.Errorf("n=%d: StateRoot = %s, want %s", tt.n, got, tt.want)
		}
	}
	var h Hasher
	for n := 0; n <= len(roots); n++ {
		var leaves []Hash
		for _, r := range roots[:n] {
			leaves = append(leaves, refLeaf(r[:]))
		}
		want := refRoot(leaves)
		if got := StateRoot(roots[:n]); got != want {
			t.Fatalf("n=%d: StateRoot = %s, want %s", n, got, want)
		}
		if got := h.StateRoot(roots[:n]); got != want {
			t.Fatalf("n=%d: Hasher.StateRoot = %s, want %s", n, got, want)
		}
		for i := 0; i < n; i++ {
			p, err := StateProof(roots[:n], i)
			if err != nil || fmt.Sprint(p) != fmt.Sprint(refProof(leaves, i)) {
				t.Fatalf("n=%d i=%d: StateProof = %v, %v", n, i, p, err)
			}
			if StateLeaf(roots[i]) != leaves[i] {
				t.Fatalf("StateLeaf differs")
			}
			if !VerifyStateProof(want, roots[i], i, n, p) {
				t.Fatalf("n=%d i=%d: valid state proof rejected", n, i)
			}
			if n > 1 && VerifyStateProof(want, roots[(i+1)%n], i, n, p) {
				t.Fatalf("n=%d i=%d: wrong tensor root accepted", n, i)
			}
			// A tensor root is not its own state leaf.
			if VerifyStateProof(want, leaves[i], i, n, p) {
				t.Fatalf("n=%d i=%d: state leaf accepted as tensor root", n, i)
			}
			if n > 1 && VerifyStateProof(want, roots[i], (i+1)%n, n, p) {
				t.Fatalf("n=%d i=%d: wrong index accepted", n, i)
			}
		}
		if _, err := StateProof(roots[:n], n); err == nil {
			t.Fatalf("n=%d: StateProof out of range succeeded", n)
		}
		if _, err := StateProof(roots[:n], -1); err == nil {
			t.Fatalf("n=%d: StateProof(-1) succeeded", n)
		}
	}
}

// The whole path a dispute uses: one row chunk -> tensor root -> state root.
func TestRowToStateRoot(t *testing.T) {
	shapes := [][]int{{256, 784}, {256}, {10, 256}, {10}, {}}
	datas := make([][]float32, len(shapes))
	roots := make([]Hash, len(shapes))
	for i, s := range shapes {
		l, _ := LayoutOf(s)
		datas[i] = testData(l.Elements, uint32(i+100))
		roots[i] = MustTensorRoot(s, datas[i])
	}
	state := StateRoot(roots)
	b, p, err := TensorProof(shapes[0], datas[0], 200, 0)
	if err != nil {
		t.Fatal(err)
	}
	sp, err := StateProof(roots, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(p) != 8 || len(sp) != 3 {
		t.Fatalf("proof lengths %d, %d", len(p), len(sp))
	}
	if !VerifyTensorChunk(roots[0], shapes[0], 200, 0, b, p) || !VerifyStateProof(state, roots[0], 0, len(roots), sp) {
		t.Fatal("row-to-state path rejected")
	}
}
