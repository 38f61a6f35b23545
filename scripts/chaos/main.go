// Command chaos is `make chaos`: a bounded loop of market demos with random faults, each checked
// against the market's invariants. Every run picks one scenario at random and random fault
// points:
//
//   - chaos: the MNIST job, the winning solver, a random verifier and (half the time) the
//     submitter killed (SIGKILL) at a random moment of training and restarted (demo --chaos
//     --chaos-seed);
//   - cheat+chaos: the same with a cheating solver, both verifiers also killed during the dispute;
//   - sharded kill: the sharded example, shard 0's solver killed for good at a random step (a
//     reserve takes over);
//   - wrong aggregate: the sharded example with a solver that starts its rounds from a wrong
//     aggregate (the round game).
//
// Half of the runs also cut every node's chain connection every 5 to 20 s (demo --cut-rpc): the
// nodes reach the chain through a proxy that drops them, and must reconnect and carry on.
//
// After each run: the job completed; the model's state root is the fault-free local run's
// (`veritrain train`), bit for bit; a cheater lost exactly its 500 shard stake and a solver killed
// for good exactly the 25 % missed-deadline slash (125); every other solver and verifier lost
// nothing; the submitter paid no more than its budget; and no token was created (the net
// changes sum to at most zero: slashes are burned or paid to challengers). A failing run prints
// its scenario and seed and keeps its directory.
//
//	go run ./scripts/chaos [-runs 4] [-seed N] [-dir DIR]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"veritrain/internal/cli"
)

type scenario struct {
	name    string
	spec    string
	args    func(r *rand.Rand) []string
	cheater bool // a solver must lose exactly its shard stake
	killed  bool // a solver must lose exactly the missed-deadline slash
}

var scenarios = []scenario{
	{name: "chaos", spec: "examples/mnist-mlp.toml", args: func(r *rand.Rand) []string {
		return []string{"--chaos", "--chaos-seed", fmt.Sprint(1 + r.Uint64N(1<<32))}
	}},
	{name: "cheat+chaos", spec: "examples/mnist-mlp.toml", cheater: true, args: func(r *rand.Rand) []string {
		return []string{"--cheat", "--chaos", "--chaos-seed", fmt.Sprint(1 + r.Uint64N(1<<32))}
	}},
	{name: "sharded kill", spec: "examples/mnist-sharded.toml", killed: true, args: func(r *rand.Rand) []string {
		return []string{"--kill-solver", fmt.Sprint(20 + r.IntN(560))}
	}},
	{name: "wrong aggregate", spec: "examples/mnist-sharded.toml", cheater: true, args: func(r *rand.Rand) []string {
		return []string{"--cheat-aggregate"}
	}},
}

func main() {
	runs := flag.Int("runs", 4, "demo runs")
	seed := flag.Uint64("seed", 0, "the loop's seed (0: from the clock; printed, to replay a loop)")
	dir := flag.String("dir", "", "where the runs' directories go (default: a temporary directory, kept on failure)")
	flag.Parse()
	if *seed == 0 {
		*seed = uint64(time.Now().UnixNano())
	}
	if *dir == "" {
		d, err := os.MkdirTemp("", "veritrain-chaos-")
		if err != nil {
			fail("%v", err)
		}
		*dir = d
	}
	fmt.Printf("chaos: %d runs, seed %d, in %s\n", *runs, *seed, *dir)
	exe := filepath.Join(*dir, "veritrain")
	if out, err := exec.Command("go", "build", "-o", exe, "./cmd/veritrain").CombinedOutput(); err != nil {
		fail("build: %v\n%s", err, out)
	}
	r := rand.New(rand.NewPCG(*seed, 0xc4a05))
	roots := map[string]string{}
	start := time.Now()
	for i := range *runs {
		sc := scenarios[r.IntN(len(scenarios))]
		args := sc.args(r)
		if r.IntN(2) == 0 {
			args = append(args, "--cut-rpc", fmt.Sprintf("%ds", 5+r.IntN(16)))
		}
		want, ok := roots[sc.spec]
		if !ok {
			want = localRoot(exe, sc.spec, filepath.Join(*dir, "local"))
			roots[sc.spec] = want
		}
		runDir := filepath.Join(*dir, fmt.Sprintf("run-%d", i+1))
		cmdArgs := append([]string{"demo", "--job", sc.spec, "--json", "--dir", runDir, "--timeout", "20m"}, args...)
		fmt.Printf("run %d/%d: %s: veritrain %s\n", i+1, *runs, sc.name, strings.Join(cmdArgs, " "))
		t0 := time.Now()
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(exe, cmdArgs...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var sum cli.DemoSummary
		if jerr := json.Unmarshal(stdout.Bytes(), &sum); err != nil || jerr != nil {
			fail("run %d (%s, %v): the demo failed: %v %v\n%s", i+1, sc.name, args, err, jerr, tail(stderr.String()))
		}
		if problems := check(sc, sum, want); len(problems) > 0 {
			fail("run %d (%s, %v, dir %s): %s", i+1, sc.name, args, runDir, strings.Join(problems, "; "))
		}
		fmt.Printf("run %d/%d: ok in %.0f s: %d node(s) killed and restarted, %d chain connection(s) cut, %d dispute(s), model %s\n",
			i+1, *runs, time.Since(t0).Seconds(), sum.Killed, sum.ChainCuts, len(sum.Disputes), sum.StateRoot[:18])
		os.RemoveAll(runDir)
	}
	fmt.Printf("chaos: %d runs passed in %.0f s (seed %d)\n", *runs, time.Since(start).Seconds(), *seed)
	os.RemoveAll(*dir)
}

// check returns the invariants a run breaks.
func check(sc scenario, s cli.DemoSummary, wantRoot string) []string {
	var bad []string
	if s.Outcome != "completed" {
		bad = append(bad, "outcome "+s.Outcome)
	}
	if s.StateRoot != wantRoot {
		bad = append(bad, fmt.Sprintf("model root %s, the local run's %s", s.StateRoot, wantRoot))
	}
	total, cheaters, killed := new(big.Rat), 0, 0
	for _, a := range s.Accounts {
		net, ok := new(big.Rat).SetString(a.NetChange)
		if !ok {
			bad = append(bad, fmt.Sprintf("%s: net change %q", a.Name, a.NetChange))
			continue
		}
		total.Add(total, net)
		switch {
		case a.Name == "submitter":
			if net.Sign() > 0 {
				bad = append(bad, "the submitter gained "+a.NetChange)
			}
		case strings.Contains(a.Name, "cheater"):
			cheaters++
			if net.Cmp(big.NewRat(-500, 1)) != 0 {
				bad = append(bad, fmt.Sprintf("the cheater's net %s, want -500", a.NetChange))
			}
		case sc.killed && net.Cmp(big.NewRat(-125, 1)) == 0:
			killed++
		case net.Sign() < 0:
			bad = append(bad, fmt.Sprintf("%s (honest) lost %s", a.Name, a.NetChange))
		}
	}
	if sc.cheater && cheaters != 1 {
		bad = append(bad, fmt.Sprintf("%d cheaters in the accounts", cheaters))
	}
	if sc.killed && killed != 1 {
		bad = append(bad, fmt.Sprintf("%d solvers lost the missed-deadline slash, want the one killed", killed))
	}
	if total.Sign() > 0 {
		bad = append(bad, "tokens were created: the net changes sum to "+total.FloatString(4))
	}
	if sc.cheater {
		won := false
		for _, d := range s.Disputes {
			won = won || d.Winner == "challenger"
		}
		if !won {
			bad = append(bad, "no dispute won by a challenger")
		}
	}
	return bad
}

// localRoot is the state root of a fault-free local run of spec (`veritrain train --json`).
func localRoot(exe, spec, out string) string {
	fmt.Printf("local run of %s (the root every run must end in)\n", spec)
	abs, err := filepath.Abs(spec)
	if err != nil {
		fail("%v", err)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		fail("%v", err)
	}
	// Run in out: a run trained in one piece writes its directory under the working directory.
	cmd := exec.Command(exe, "train", abs, "--json", "--quiet")
	cmd.Dir = out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		fail("veritrain train %s: %v\n%s", spec, err, stderr.String())
	}
	var res struct {
		StateRoot string `json:"state_root"`
	}
	if err := json.Unmarshal(b, &res); err != nil || res.StateRoot == "" {
		fail("veritrain train %s: no state root in %q (%v)", spec, b, err)
	}
	return res.StateRoot
}

func tail(s string) string {
	if len(s) > 4000 {
		return "…" + s[len(s)-4000:]
	}
	return s
}

func fail(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "chaos: "+format+"\n", a...)
	os.Exit(1)
}
