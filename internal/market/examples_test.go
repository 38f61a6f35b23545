package market_test

import (
	"testing"

	"veritrain/internal/market"
	"veritrain/internal/train"
)

// TestStepWorkMNIST checks the cost model on the MNIST example against the count by hand: a
// 784-512-256-10 MLP at batch 128 (P = 784·512 + 512·256 + 256·10 weights) does 2·B·P flops
// forward, 2·B·P for the weight gradients and 2·B·(P − 784·512) for the activation gradients
// (none for the input); the rest (activations, the loss, AdamW over 0.54 M parameters) adds a
// few percent.
func TestStepWorkMNIST(t *testing.T) {
	tr, err := train.Open("../../examples/mnist-mlp.toml")
	if err != nil {
		t.Fatal(err)
	}
	l, err := tr.Listing()
	if err != nil {
		t.Fatal(err)
	}
	w, err := market.StepWork(l.Ops)
	if err != nil {
		t.Fatal(err)
	}
	const b, p = 128, 784*512 + 512*256 + 256*10
	dense := float64(2 * b * (3*p - 784*512))
	t.Logf("mnist-mlp: %.3g weighted flops a step (%.3f × the matmuls), %d state bytes", w.Flops, w.Flops/dense, w.StateBytes)
	if w.Flops < dense || w.Flops > 1.1*dense {
		t.Fatalf("%.4g flops, want within [1, 1.1] × %.4g", w.Flops, dense)
	}
	if want := int64(3 * 4 * p); w.StateBytes < want { // weights and two AdamW moments at least
		t.Fatalf("%d state bytes, want at least %d", w.StateBytes, want)
	}
}
