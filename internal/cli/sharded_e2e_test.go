package cli

import (
	"context"
	"math/big"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// shardedE2EJob writes the sharded MNIST example cut to 3 shards × 3 rounds of 40 steps.
func shardedE2EJob(t *testing.T, dir string) (string, *spec.Job) {
	t.Helper()
	path, job := cutExample(t, dir, "mnist-sharded.toml", "mnist-sharded-120.toml", [][2]string{
		{`(?m)^steps = 600.*$`, "steps = 120"},
		{`(?m)^shards = 4$`, "shards = 3"},
		{`(?m)^inner_steps = 100$`, "inner_steps = 40"},
		{`(?m)^checkpoint_every = 100$`, "checkpoint_every = 40"},
		{`(?m)^every = 600$`, "every = 120"},
	})
	if job.Parallel.Shards != 3 || job.Rounds() != 3 {
		t.Fatalf("%d shards, %d rounds", job.Parallel.Shards, job.Rounds())
	}
	return path, job
}

// TestShardedSurvivesKilledSolverEndToEnd (issue 8): a sharded job (3 shards, 3 rounds) on the
// market with four solvers; the solver of shard 0 is killed (SIGKILL) at a random step in the
// middle of a round and stays dead. Its round deadline passes, the fourth solver (the reserve)
// takes the shard over from the public state at the start of that round, and the job completes
// with the global state root of a fault-free local run. Repeated with the kill in each round.
// The killed solver loses exactly the missed-deadline slash (25 % of its 500 shard stake); each
// of the three solvers that finished a shard is paid the same price, which the submitter pays.
func TestShardedSurvivesKilledSolverEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process end-to-end test")
	}
	dir := t.TempDir()
	path, job := shardedE2EJob(t, dir)
	bin := buildBinary(t, dir)
	res, err := train.RunSharded(context.Background(), job, nil)
	if err != nil {
		t.Fatal(err)
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("kill points drawn with seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 0))
	H := job.Parallel.InnerSteps
	for round := range job.Rounds() {
		// Strictly inside the round: after its first steps, before its last.
		step := round*H + 3 + rng.IntN(H-6)
		t.Run("round-"+itoa(round)+"-step-"+itoa(step), func(t *testing.T) {
			sum := runDemo(t, bin, filepath.Join(dir, "demo-"+itoa(step)), "--job", path, "--kill-solver", itoa(step),
				"--round-period", "30s", "--challenge-window", "5s")
			if sum.Outcome != "completed" || sum.Attempts != 2 || sum.KilledAtStep < step || sum.KilledAtStep > (round+1)*H {
				t.Fatalf("outcome %q after %d attempts, killed at step %d: want completed after 2, killed in round %d (steps %d..%d)",
					sum.Outcome, sum.Attempts, sum.KilledAtStep, round, step, (round+1)*H)
			}
			if sum.StateRoot != res.StateRoot {
				t.Fatalf("the network's model has global state root %s, a fault-free local run %s", sum.StateRoot, res.StateRoot)
			}
			if sum.Shards != 3 || sum.Rounds != 3 {
				t.Fatalf("%d shards × %d rounds", sum.Shards, sum.Rounds)
			}
			// Money: the killed solver loses 125 (25 % of 500, burned); three solvers are paid
			// the same price; the submitter pays exactly that, three times; nobody else moves.
			killed := 0
			var price *big.Rat
			paid := 0
			for _, a := range sum.Accounts {
				n := netOf(t, sum, a.Name)
				switch {
				case n.Cmp(big.NewRat(-125, 1)) == 0 && strings.HasPrefix(a.Name, "solver-"):
					killed++
				case a.Name == "submitter":
				case n.Sign() > 0 && strings.HasPrefix(a.Name, "solver-"):
					if price != nil && n.Cmp(price) != 0 {
						t.Fatalf("%s was paid %v, another solver %v", a.Name, n.FloatString(4), price.FloatString(4))
					}
					price = n
					paid++
				case n.Sign() != 0:
					t.Fatalf("%s: net change %v, want 0", a.Name, n.FloatString(4))
				}
			}
			if killed != 1 || paid != 3 {
				t.Fatalf("%d solvers lost the slash (want 1), %d were paid (want 3)", killed, paid)
			}
			// The summary rounds each amount to 4 decimals: allow that much.
			s := netOf(t, sum, "submitter")
			if d := new(big.Rat).Add(s, new(big.Rat).Mul(price, big.NewRat(3, 1))); new(big.Rat).Abs(d).Cmp(big.NewRat(2, 10000)) > 0 {
				t.Fatalf("the submitter's net change %v, want -3 × %v", s.FloatString(4), price.FloatString(4))
			}
			if len(sum.Nodes) != 6 { // the killed solver is not among the nodes stopped with Ctrl-C
				t.Fatalf("exit codes of %d nodes, want 6: %v", len(sum.Nodes), sum.Nodes)
			}
			for n, code := range sum.Nodes {
				if code != 0 {
					t.Errorf("node %s exited with %d after Ctrl-C", n, code)
				}
			}
		})
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }

// TestShardedCheaterCaughtEndToEnd (issue 8): in a sharded job (3 shards × 2 rounds), the
// cheapest solver cheats (a weight nudged after every step) and wins shard 0. A verifier
// re-executes a sampled segment of its round 0 within the round's challenge window, finds the
// wrong step, and wins the dispute game on chain; the cheater loses its whole shard stake (half
// of it to that verifier), the reserve retrains round 0 of the shard, the rounds go on, and the
// model is bit for bit the fault-free one. The submitter pays three honest solvers.
func TestShardedCheaterCaughtEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process end-to-end test")
	}
	dir := t.TempDir()
	path, job := cutExample(t, dir, "mnist-sharded.toml", "mnist-sharded-80.toml", [][2]string{
		{`(?m)^steps = 600.*$`, "steps = 80"},
		{`(?m)^shards = 4$`, "shards = 3"},
		{`(?m)^inner_steps = 100$`, "inner_steps = 40"},
		{`(?m)^checkpoint_every = 100$`, "checkpoint_every = 40"},
		{`(?m)^every = 600$`, "every = 80"},
	})
	if job.Rounds() != 2 {
		t.Fatalf("%d rounds", job.Rounds())
	}
	bin := buildBinary(t, dir)
	res, err := train.RunSharded(context.Background(), job, nil)
	if err != nil {
		t.Fatal(err)
	}
	sum := runDemo(t, bin, filepath.Join(dir, "demo"), "--job", path, "--cheat", "--round-period", "30s", "--challenge-window", "30s")
	if sum.Outcome != "completed" || sum.Attempts != 2 {
		t.Fatalf("outcome %q after %d attempts, want completed after 2 (the cheater's and the reserve's)", sum.Outcome, sum.Attempts)
	}
	if sum.StateRoot != res.StateRoot {
		t.Fatalf("the network's model has global state root %s, a fault-free local run %s", sum.StateRoot, res.StateRoot)
	}
	if len(sum.Disputes) == 0 {
		t.Fatal("no dispute")
	}
	for _, g := range sum.Disputes {
		if g.Winner != "challenger" {
			t.Fatalf("game %d won by the %s (%s)", g.Game, g.Winner, g.Reason)
		}
	}
	if c := netOf(t, sum, "solver-1-cheater"); c.Cmp(big.NewRat(-500, 1)) != 0 {
		t.Fatalf("the cheater's net change %v, want -500", c.FloatString(4))
	}
	var price *big.Rat
	paid, gained := 0, 0
	for _, a := range sum.Accounts {
		n := netOf(t, sum, a.Name)
		switch {
		case a.Name == "submitter" || a.Name == "solver-1-cheater":
		case strings.HasPrefix(a.Name, "solver-") && n.Sign() > 0:
			if price != nil && n.Cmp(price) != 0 {
				t.Fatalf("%s was paid %v, another solver %v", a.Name, n.FloatString(4), price.FloatString(4))
			}
			price = n
			paid++
		case strings.HasPrefix(a.Name, "verifier") && n.Cmp(big.NewRat(250, 1)) == 0:
			gained++ // half the cheater's 500 as stake
		case n.Sign() != 0:
			t.Fatalf("%s: net change %v, want 0", a.Name, n.FloatString(4))
		}
	}
	if paid != 3 || gained != 1 {
		t.Fatalf("%d solvers paid (want 3), %d verifiers rewarded (want 1)", paid, gained)
	}
	s := netOf(t, sum, "submitter")
	if d := new(big.Rat).Add(s, new(big.Rat).Mul(price, big.NewRat(3, 1))); new(big.Rat).Abs(d).Cmp(big.NewRat(2, 10000)) > 0 {
		t.Fatalf("the submitter's net change %v, want -3 × %v", s.FloatString(4), price.FloatString(4))
	}
	for n, code := range sum.Nodes {
		if code != 0 {
			t.Errorf("node %s exited with %d after Ctrl-C", n, code)
		}
	}
}
