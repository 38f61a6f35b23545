package commit

import (
	"errors"
	"fmt"
	"sync"
	"testing"
)

func TestHashState(t *testing.T) {
	var tensors []Tensor
	for _, tc := range tensorCases {
		tensors = append(tensors, Tensor{tc.shape, tc.data})
	}
	shapes, datas, _ := mlpState()
	var mlp []Tensor
	for i := range shapes {
		mlp = append(mlp, Tensor{shapes[i], datas[i]})
	}
	for _, set := range []struct {
		name    string
		tensors []Tensor
	}{
		{"none", nil},
		{"one scalar", []Tensor{{[]int{}, []float32{2}}}},
		{"cases", tensors},
		{"mlp", mlp},
	} {
		want := make([]Hash, len(set.tensors))
		for i, tn := range set.tensors {
			want[i] = refTensorRoot(t, tn.Shape, tn.Data)
		}
		wantState := StateRoot(want)
		for _, workers := range []int{-1, 0, 1, 2, 3, 7, 64} {
			state, roots, err := HashState(set.tensors, workers)
			if err != nil || state != wantState || fmt.Sprint(roots) != fmt.Sprint(want) {
				t.Errorf("%s, %d workers: state %s, %v; want %s", set.name, workers, state, err, wantState)
			}
		}
	}
	bad := append(tensors[:3:3], Tensor{[]int{2, 2}, make([]float32, 3)})
	for _, workers := range []int{1, 4} {
		if _, _, err := HashState(bad, workers); !errors.Is(err, ErrShape) {
			t.Errorf("%d workers: error = %v, want ErrShape", workers, err)
		}
	}
	if _, _, err := HashState([]Tensor{{[]int{-1}, nil}}, 2); !errors.Is(err, ErrShape) {
		t.Errorf("negative dimension: error = %v", err)
	}
}

// TestStateJob checks that a StateJob gives the reference roots whether one goroutine or several
// take its pieces, after the data changed between hashes, and that it rejects bad tensors.
func TestStateJob(t *testing.T) {
	shapes, datas, _ := mlpState()
	var mlp []Tensor
	for i := range shapes {
		mlp = append(mlp, Tensor{shapes[i], datas[i]})
	}
	for _, tc := range tensorCases {
		mlp = append(mlp, Tensor{tc.shape, tc.data})
	}
	job, err := NewStateJob(mlp)
	if err != nil {
		t.Fatal(err)
	}
	for round, workers := range []int{1, 2, 3, 1, 5} {
		mlp[0].Data[round] += 1 // new values, same shapes
		want := make([]Hash, len(mlp))
		for i, tn := range mlp {
			want[i] = refTensorRoot(t, tn.Shape, tn.Data)
		}
		job.Reset()
		var wg sync.WaitGroup
		for w := 1; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				h := NewHasher()
				for job.Step(h) {
				}
			}()
		}
		wg.Wait()
		state, roots := job.Root()
		if state != StateRoot(want) || fmt.Sprint(roots) != fmt.Sprint(want) {
			t.Fatalf("round %d, %d workers: state %s, want %s", round, workers, state, StateRoot(want))
		}
	}
	if _, err := NewStateJob([]Tensor{{[]int{2, 2}, make([]float32, 3)}}); !errors.Is(err, ErrShape) {
		t.Errorf("bad tensor: error = %v, want ErrShape", err)
	}
	empty, err := NewStateJob(nil)
	if err != nil {
		t.Fatal(err)
	}
	empty.Reset()
	if r, _ := empty.Root(); r != (Hash{}) {
		t.Errorf("empty state root %s, want zero", r)
	}
}
