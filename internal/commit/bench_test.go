package commit

import (
	"fmt"
	"testing"
)

// mlpState is the training state of a 784-256-10 MLP with one momentum slot
// per parameter and a step counter: about 1.6 MB of float32.
func mlpState() (shapes [][]int, data [][]float32, bytes int64) {
	params := [][]int{{256, 784}, {256}, {10, 256}, {10}}
	for slot := 0; slot < 2; slot++ { // parameters, then momentum
		shapes = append(shapes, params...)
	}
	shapes = append(shapes, []int{}) // step counter
	for i, s := range shapes {
		l, _ := LayoutOf(s)
		data = append(data, testData(l.Elements, uint32(i)))
		bytes += 4 * int64(l.Elements)
	}
	return shapes, data, bytes
}

// mnistState is the training state of examples/mnist-mlp.toml: a 784-512-256-10
// MLP (PyTorch weight layout [out, in]) with AdamW's two slots per parameter and
// a step counter: about 6.4 MB of float32.
func mnistState() (shapes [][]int, data [][]float32, bytes int64) {
	params := [][]int{{512, 784}, {512}, {256, 512}, {256}, {10, 256}, {10}}
	shapes = append(shapes, params...)
	for _, p := range params { // adamw.m, adamw.v per parameter
		shapes = append(shapes, p, p)
	}
	shapes = append(shapes, []int{}) // step counter
	for i, s := range shapes {
		l, _ := LayoutOf(s)
		data = append(data, testData(l.Elements, uint32(i)))
		bytes += 4 * int64(l.Elements)
	}
	return shapes, data, bytes
}

func benchState(b *testing.B, state func() ([][]int, [][]float32, int64)) {
	shapes, data, n := state()
	roots := make([]Hash, len(shapes))
	var h Hasher
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for i := range shapes {
			r, err := h.TensorRoot(shapes[i], data[i])
			if err != nil {
				b.Fatal(err)
			}
			roots[i] = r
		}
		h.StateRoot(roots)
	}
}

func BenchmarkTensorRoot(b *testing.B) {
	b.Run("784x256", func(b *testing.B) {
		shape, data := []int{784, 256}, testData(784*256, 1)
		b.SetBytes(4 * int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := TensorRoot(shape, data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("row4096x64", func(b *testing.B) { // chunked rows
		shape, data := []int{64, 4096}, testData(64*4096, 2)
		b.SetBytes(4 * int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := TensorRoot(shape, data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("state1.6MB", func(b *testing.B) { benchState(b, mlpState) })
	b.Run("state6.4MB", func(b *testing.B) { benchState(b, mnistState) })
}

func BenchmarkTensorProof(b *testing.B) {
	shape, data := []int{256, 784}, testData(784*256, 1)
	b.SetBytes(4 * int64(len(data)))
	for b.Loop() {
		if _, _, err := TensorProof(shape, data, 100, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyTensorChunk(b *testing.B) {
	shape, data := []int{256, 784}, testData(784*256, 1)
	root := MustTensorRoot(shape, data)
	leaf, proof, _ := TensorProof(shape, data, 100, 0)
	b.ReportAllocs()
	for b.Loop() {
		if !VerifyTensorChunk(root, shape, 100, 0, leaf, proof) {
			b.Fatal("rejected")
		}
	}
}

func BenchmarkHashState(b *testing.B) {
	for _, st := range []struct {
		name  string
		state func() ([][]int, [][]float32, int64)
	}{{"state1.6MB", mlpState}, {"state6.4MB", mnistState}} {
		shapes, data, n := st.state()
		tensors := make([]Tensor, len(shapes))
		for i := range shapes {
			tensors[i] = Tensor{shapes[i], data[i]}
		}
		for _, workers := range []int{1, 2, 4} {
			b.Run(fmt.Sprintf("%s/workers=%d", st.name, workers), func(b *testing.B) {
				b.SetBytes(n)
				b.ReportAllocs()
				for b.Loop() {
					if _, _, err := HashState(tensors, workers); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
