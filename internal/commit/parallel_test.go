package commit

import (
	"errors"
	"fmt"
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
