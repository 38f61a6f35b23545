package train

import (
	"fmt"
	"os"
	"runtime"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

// Golden state roots of fixed runs. They are the product's determinism contract: every build
// (GOMAXPROCS and kernel thread counts, GOAMD64=v1/v3, GOARCH=arm64 under qemu, purego) must
// reproduce them bit for bit. Change them only together with a spec version change, never to
// make a test pass.
//
// The graph root pins the committed step program (op descriptors, docs/commitments.md section 7.2),
// the data root the sample encoding (7.3), and the trace root every step hash of the run (7.1).
var goldens = []struct {
	spec        string
	steps       int
	initialRoot string
	finalRoot   string
	graphRoot   string
	dataRoot    string
	traceRoot   string
}{
	{"testdata/mnist-golden.toml", 50,
		"0x3ea673ce87042b7c1aa31e4e231a0a51c3260a0920ff48b7264e3f669f5f7575",
		"0x572b51a86530b0e61ade9af3ca4ee73a9d7b0118d42d6141c933bca436a82aae",
		"0xec5ed8962b82ccaec3710d84d24204898e2ea079415146d661b6a8fffd052fef",
		"0x29802265f9101660e064869f4961ff88d18fa23886a270ff3dd9a668b22de11a",
		"0x0cd36e49f329f84761d39abab9e9a44720195ffebf4d14d99aae0b3c68f2bc46"},
	{"testdata/gpt-golden.toml", 20,
		"0x183d7bd01e1697fe449e871173b2e507e1530f2c9d131d30e3b670ed33db61b7",
		"0xf149c7b951d8c09fd8ea38f751f00d3bf74c28a4d7cd727d2f9113e42d34979c",
		"0xdfe9eb361b0f0b9ab463d160515c52684a448abc60016bec6a0d1deff0a93588",
		"0x6215ce8a472e14d3481850ea5d014e5625b87c9ff159e231e3f6f8c0a39b684a",
		"0xd0a510610d38f878cce467840b9e8c30b155f78d62169bc6e317b20c0dd58d25"},
}

type goldenRun struct {
	initial, final, graph, data, trace string
	losses                             []float32
}

func runGolden(t *testing.T, path string, steps int) goldenRun {
	t.Helper()
	tr, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	g := goldenRun{initial: tr.StateRoot().String(), data: tr.DataRoot().String()}
	gr, err := tr.GraphRoot()
	if err != nil {
		t.Fatal(err)
	}
	g.graph = gr.String()
	tr.RecordHashes()
	for tr.StepsDone() < steps {
		l, err := tr.Step()
		if err != nil {
			t.Fatal(err)
		}
		g.losses = append(g.losses, l)
	}
	_, hs := tr.StepHashes()
	g.trace = commit.TraceRoot(hs).String()
	g.final = tr.StateRoot().String()
	return g
}

func TestGoldenStateRoots(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.spec, func(t *testing.T) {
			r := runGolden(t, g.spec, g.steps)
			t.Logf("%s on %s/%s: initial %s final %s graph %s data %s trace %s, loss %.4f -> %.4f", g.spec, runtime.GOOS, runtime.GOARCH,
				r.initial, r.final, r.graph, r.data, r.trace, r.losses[0], r.losses[len(r.losses)-1])
			for _, c := range []struct{ what, got, want string }{
				{"initial state root", r.initial, g.initialRoot},
				{fmt.Sprintf("state root after %d steps", g.steps), r.final, g.finalRoot},
				{"graph root", r.graph, g.graphRoot},
				{"data root", r.data, g.dataRoot},
				{"trace root", r.trace, g.traceRoot},
			} {
				if c.got != c.want {
					t.Errorf("%s %s, golden %s", c.what, c.got, c.want)
				}
			}
			if !(r.losses[len(r.losses)-1] < r.losses[0]) {
				t.Errorf("loss did not fall: %v", r.losses)
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
