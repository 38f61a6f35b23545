package train

import (
	"fmt"
	"os"
	"runtime"
	"testing"

	"veritrain/internal/tensor"
)

// Golden state roots of fixed runs. They are the product's determinism contract: every build
// (GOMAXPROCS and kernel thread counts, GOAMD64=v1/v3, GOARCH=arm64 under qemu, purego) must
// reproduce them bit for bit. Change them only together with a spec version change, never to
// make a test pass.
var goldens = []struct {
	spec        string
	steps       int
	initialRoot string
	finalRoot   string
}{
	{"testdata/mnist-golden.toml", 50,
		"0x3ea673ce87042b7c1aa31e4e231a0a51c3260a0920ff48b7264e3f669f5f7575",
		"0x572b51a86530b0e61ade9af3ca4ee73a9d7b0118d42d6141c933bca436a82aae"},
	{"testdata/gpt-golden.toml", 20,
		"0x183d7bd01e1697fe449e871173b2e507e1530f2c9d131d30e3b670ed33db61b7",
		"0xf149c7b951d8c09fd8ea38f751f00d3bf74c28a4d7cd727d2f9113e42d34979c"},
}

func runGolden(t *testing.T, path string, steps int) (initial, final string, losses []float32) {
	t.Helper()
	tr, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	initial = tr.StateRoot().String()
	for tr.StepsDone() < steps {
		l, err := tr.Step()
		if err != nil {
			t.Fatal(err)
		}
		losses = append(losses, l)
	}
	return initial, tr.StateRoot().String(), losses
}

func TestGoldenStateRoots(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.spec, func(t *testing.T) {
			initial, final, losses := runGolden(t, g.spec, g.steps)
			t.Logf("%s on %s/%s: initial %s final %s, loss %.4f -> %.4f", g.spec, runtime.GOOS, runtime.GOARCH, initial, final, losses[0], losses[len(losses)-1])
			if initial != g.initialRoot {
				t.Errorf("initial state root %s, golden %s", initial, g.initialRoot)
			}
			if final != g.finalRoot {
				t.Errorf("state root after %d steps %s, golden %s", g.steps, final, g.finalRoot)
			}
			if !(losses[len(losses)-1] < losses[0]) {
				t.Errorf("loss did not fall: %v", losses)
			}
		})
	}
}

// TestThreadCountsAgree runs the same job with 1, 2 and 8 kernel threads (and GOMAXPROCS to
// match) and requires identical state roots after every step.
func TestThreadCountsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	defer tensor.SetThreads(tensor.Threads())
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var ref []string
	for _, n := range []int{1, 2, 8} {
		runtime.GOMAXPROCS(n)
		tensor.SetThreads(n)
		roots := stepRoots(t, "testdata/gpt-golden.toml", 6)
		if ref == nil {
			ref = roots
			continue
		}
		for i := range ref {
			if roots[i] != ref[i] {
				t.Fatalf("threads=%d: state root after step %d is %s, with 1 thread %s", n, i+1, roots[i], ref[i])
			}
		}
	}
}

func stepRoots(t *testing.T, path string, steps int) []string {
	t.Helper()
	tr, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var roots []string
	for i := 0; i < steps; i++ {
		if _, err := tr.Step(); err != nil {
			t.Fatal(err)
		}
		roots = append(roots, tr.StateRoot().String())
	}
	return roots
}

func TestMain(m *testing.M) {
	if n := os.Getenv("VERITRAIN_TEST_THREADS"); n != "" {
		var k int
		fmt.Sscan(n, &k)
		tensor.SetThreads(k)
	}
	os.Exit(m.Run())
}
