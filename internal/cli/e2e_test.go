package cli

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// The multi-process end-to-end tests: the real binary's demo (an embedded dev chain, six node
// processes on loopback talking libp2p, the MNIST example cut to 240 steps) for a cheating
// solver and for nodes killed mid-job. Each checks the outcome against a local run of the same
// job and every participant's money. They take a minute or two each; -short skips them.

// e2eJob writes the MNIST example cut to 240 steps (checkpoints every 24) to dir.
func e2eJob(t *testing.T, dir string) (string, *spec.Job) {
	t.Helper()
	return cutExample(t, dir, "mnist-mlp.toml", "mnist-240.toml", [][2]string{
		{`(?m)^steps = 2400.*$`, "steps = 240"},
		{`(?m)^checkpoint_every = 120.*$`, "checkpoint_every = 24"},
		{`(?m)^every = 600$`, "every = 120"},
	})
}

// cutExample writes examples/<example> to dir/<name> with each regexp edits[i][0] (which must
// match) replaced by edits[i][1], and parses it.
func cutExample(t *testing.T, dir, example, name string, edits [][2]string) (string, *spec.Job) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", example))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, r := range edits {
		re := regexp.MustCompile(r[0])
		if !re.MatchString(s) {
			t.Fatalf("examples/%s no longer has %q", example, r[0])
		}
		s = re.ReplaceAllString(s, r[1])
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	job, err := spec.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, job
}

// buildBinary builds cmd/veritrain into dir.
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "veritrain")
	cmd := exec.Command("go", "build", "-o", bin, "../../cmd/veritrain")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runDemo runs the binary's demo with args and returns its JSON summary.
func runDemo(t *testing.T, bin, dir string, args ...string) *DemoSummary {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{"demo", "--json", "--dir", dir, "--challenge-window", "30s"}, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	// If the test fails, on the demo's error or on a later check of its summary, the tail of
	// every node's log is printed: CI keeps nothing else.
	t.Cleanup(func() {
		if !t.Failed() {
			return
		}
		logs, _ := filepath.Glob(filepath.Join(dir, "*.log"))
		for _, l := range logs {
			if b, err := os.ReadFile(l); err == nil {
				t.Logf("%s (tail):\n%s", filepath.Base(l), tail(string(b), 3000))
			}
		}
	})
	out, err := cmd.Output()
	t.Logf("demo progress:\n%s", stderr.String())
	if err != nil {
		t.Fatalf("demo: %v", err)
	}
	var sum DemoSummary
	if err := json.Unmarshal(out, &sum); err != nil {
		t.Fatalf("demo summary %q: %v", out, err)
	}
	return &sum
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// localRoot trains job locally and returns its final state root: the network's model must be
// bit for bit this one, whoever trained it and whatever failed on the way.
func localRoot(t *testing.T, job *spec.Job) string {
	t.Helper()
	res, err := train.Run(context.Background(), job, train.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return res.StateRoot
}

// net is an account's net change in tokens (as a rational, exact).
func netOf(t *testing.T, sum *DemoSummary, name string) *big.Rat {
	t.Helper()
	for _, a := range sum.Accounts {
		if a.Name == name {
			r, ok := new(big.Rat).SetString(strings.TrimPrefix(a.NetChange, "+"))
			if !ok {
				t.Fatalf("%s: net change %q", name, a.NetChange)
			}
			return r
		}
	}
	t.Fatalf("no account %s in the summary", name)
	return nil
}

// TestDemoCheaterCaughtEndToEnd: a cheating solver wins the auction, a verifier catches it, wins
// the dispute on chain, the cheater is slashed and the job is reassigned and completed.
func TestDemoCheaterCaughtEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process end-to-end test")
	}
	dir := t.TempDir()
	path, job := e2eJob(t, dir)
	bin := buildBinary(t, dir)
	// --chaos also kills the cheater, a verifier and the submitter mid-training and both
	// verifiers mid-dispute: the verdict must not change.
	sum := runDemo(t, bin, filepath.Join(dir, "demo"), "--cheat", "--chaos", "--job", path)
	if sum.Outcome != "completed" || sum.Attempts != 2 || sum.Killed != 5 {
		t.Fatalf("outcome %q after %d attempts with %d nodes killed, want completed after 2 (the cheater's and its replacement's) with 5",
			sum.Outcome, sum.Attempts, sum.Killed)
	}
	if want := localRoot(t, job); sum.StateRoot != want {
		t.Fatalf("the network's model has state root %s, a local run %s", sum.StateRoot, want)
	}
	if len(sum.Disputes) == 0 {
		t.Fatal("no dispute")
	}
	for _, g := range sum.Disputes {
		if g.Winner != "challenger" {
			t.Fatalf("game %d won by the %s (%s)", g.Game, g.Winner, g.Reason)
		}
	}
	// The cheater loses its shard stake (500) and nothing else; the challenger that won the
	// game that slashed it gains its reward; the submitter pays the clearing price once, to the
	// replacement; nobody else gains or loses; the rest of the stake is burned.
	zero := new(big.Rat)
	if c := netOf(t, sum, "solver-1-cheater"); c.Cmp(big.NewRat(-500, 1)) != 0 {
		t.Fatalf("the cheater's net change %v, want -500", c.FloatString(4))
	}
	paid := new(big.Rat).Neg(netOf(t, sum, "submitter"))
	if paid.Sign() <= 0 {
		t.Fatalf("the submitter paid %v", paid.FloatString(4))
	}
	gained, total := 0, new(big.Rat)
	for _, a := range sum.Accounts {
		n := netOf(t, sum, a.Name)
		total.Add(total, n)
		switch {
		case strings.HasPrefix(a.Name, "verifier") && n.Sign() > 0:
			gained++
		case strings.HasPrefix(a.Name, "solver-") && a.Name != "solver-1-cheater" && n.Cmp(zero) != 0 && n.Cmp(paid) != 0:
			t.Fatalf("%s: net change %v, want 0 or the clearing price %v", a.Name, n.FloatString(4), paid.FloatString(4))
		case strings.HasPrefix(a.Name, "verifier") && n.Sign() < 0:
			t.Fatalf("%s lost %v", a.Name, n.FloatString(4))
		}
	}
	if gained != 1 {
		t.Fatalf("%d verifiers gained, want the one whose game slashed the cheater", gained)
	}
	// Tokens are only burned, never created: the sum of every change is minus the burn.
	if total.Sign() >= 0 || total.Cmp(big.NewRat(-500, 1)) <= 0 {
		t.Fatalf("the net changes sum to %v: want a loss (the burn) smaller than the slashed stake", total.FloatString(4))
	}
	for n, code := range sum.Nodes {
		if code != 0 {
			t.Errorf("node %s exited with %d after Ctrl-C", n, code)
		}
	}
}

// TestDemoSurvivesKilledNodesEndToEnd: an honest job whose solver, a verifier and the submitter
// are killed (SIGKILL) mid-training and restarted, and whose nodes' chain connections are all cut
// every 5 s (--cut-rpc), completes with the model of a local run.
func TestDemoSurvivesKilledNodesEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process end-to-end test")
	}
	dir := t.TempDir()
	path, job := e2eJob(t, dir)
	bin := buildBinary(t, dir)
	sum := runDemo(t, bin, filepath.Join(dir, "demo"), "--chaos", "--cut-rpc", "5s", "--job", path)
	if sum.Outcome != "completed" || sum.Killed != 3 || sum.ChainCuts == 0 {
		t.Fatalf("outcome %q with %d nodes killed and %d chain connections cut, want completed with 3 and some", sum.Outcome, sum.Killed, sum.ChainCuts)
	}
	t.Logf("%d chain connections cut", sum.ChainCuts)
	if want := localRoot(t, job); sum.StateRoot != want {
		t.Fatalf("the network's model has state root %s, a local run %s", sum.StateRoot, want)
	}
	if len(sum.Disputes) != 0 {
		t.Fatalf("disputes in an honest run: %+v", sum.Disputes)
	}
	paid := new(big.Rat).Neg(netOf(t, sum, "submitter"))
	winners := 0
	for _, a := range sum.Accounts {
		n := netOf(t, sum, a.Name)
		switch {
		case a.Name == "submitter":
		case n.Cmp(paid) == 0 && strings.HasPrefix(a.Name, "solver"):
			winners++
		case n.Sign() != 0:
			t.Fatalf("%s: net change %v in an honest run", a.Name, n.FloatString(4))
		}
	}
	if paid.Sign() <= 0 || winners != 1 {
		t.Fatalf("the submitter paid %v to %d solvers, want one solver paid the clearing price", paid.FloatString(4), winners)
	}
	checkAfterDemo(t, bin, filepath.Join(dir, "demo"), path, sum)
}

// checkAfterDemo restarts the demo's chain and its submitter node from their directories and
// reads the finished job back through the other commands: `status` from the chain, and `fetch`,
// which downloads the final model from the submitter over libp2p and checks it against the
// state root committed on chain.
func checkAfterDemo(t *testing.T, bin, demoDir, specPath string, sum *DemoSummary) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chainDir := filepath.Join(demoDir, "chain")
	start := func(args ...string) {
		cmd := exec.CommandContext(ctx, bin, args...)
		cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			cancel()
			cmd.Wait()
		})
	}
	run := func(args ...string) (string, error) {
		out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput()
		return string(out), err
	}
	start("devnet", "--datadir", chainDir, "--port", "0", "--block-time", "1")
	var status []JobStatus
	for {
		out, err := run("status", "1", "--devnet", chainDir, "--json")
		if err == nil && json.Unmarshal([]byte(out), &status) == nil {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("status: %v\n%s", err, out)
		}
		time.Sleep(300 * time.Millisecond)
	}
	if len(status) != 1 || status[0].State != "closed" || status[0].Shards[0].State != "finalized" || status[0].Shards[0].StateRoot != sum.StateRoot {
		t.Fatalf("status after the demo: %+v", status)
	}
	if len(status[0].Games) != len(sum.Disputes) {
		t.Fatalf("status shows %d dispute games, the demo %d", len(status[0].Games), len(sum.Disputes))
	}

	subDir := filepath.Join(demoDir, "submitter")
	os.Remove(filepath.Join(subDir, "p2p.addrs"))
	start("node", "--role", "submitter", "--datadir", subDir, "--devnet", chainDir, "--account", "0")
	var addrs []string
	for {
		if b, err := os.ReadFile(filepath.Join(subDir, "p2p.addrs")); err == nil && len(b) > 0 {
			addrs = strings.Fields(string(b))
			break
		}
		if ctx.Err() != nil {
			t.Fatal("the submitter node did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
	outDir := filepath.Join(t.TempDir(), "model")
	out, err := run("fetch", "1", "-o", outDir, "--spec", specPath, "--bootstrap", addrs[0], "--devnet", chainDir)
	if err != nil {
		t.Fatalf("fetch: %v\n%s", err, out)
	}
	if !strings.Contains(out, sum.StateRoot) {
		t.Fatalf("fetch printed %q, not the committed state root %s", out, sum.StateRoot)
	}
	if fi, err := os.Stat(filepath.Join(outDir, "shard-0.safetensors")); err != nil || fi.Size() == 0 {
		t.Fatalf("the fetched model: %v", err)
	}
	// A fetch of a job that does not exist is a clear error.
	if out, err := run("fetch", "7", "-o", outDir, "--spec", specPath, "--bootstrap", addrs[0], "--devnet", chainDir); err == nil {
		t.Fatalf("fetch of job 7 succeeded: %s", out)
	}
}
