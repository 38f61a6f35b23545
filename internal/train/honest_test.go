package train

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"veritrain/internal/spec"
)

// TestHonestSolversNeverWrong trains both model families under many job seeds (each seed
// changes the initial weights and the batch order) with checkpoints, and verifies every step of
// every run: an honest solver is never found wrong. VERITRAIN_HONEST_SEEDS sets the number of
// seeds (default 3, 1 with -short).
func TestHonestSolversNeverWrong(t *testing.T) {
	seeds := 3
	if testing.Short() {
		seeds = 1
	}
	if s := os.Getenv("VERITRAIN_HONEST_SEEDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("VERITRAIN_HONEST_SEEDS=%q", s)
		}
		seeds = n
	}
	mnist, err := os.ReadFile("testdata/mnist-golden.toml")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for seed := 1; seed <= seeds; seed++ {
		dir := t.TempDir()
		s := 1000003 * seed
		gpt := tinyJob(t, dir, "gpt.toml", "", "seed = 5", fmt.Sprintf("seed = %d", s), "steps = 6", "steps = 7\ncheckpoint_every = 3")
		mtext := strings.Replace(strings.Replace(string(mnist), "seed = 7", fmt.Sprintf("seed = %d", s), 1), "steps = 50", "steps = 7\ncheckpoint_every = 3", 1)
		mpath := filepath.Join(dir, "mnist.toml")
		if err := os.WriteFile(mpath, []byte(mtext), 0o644); err != nil {
			t.Fatal(err)
		}
		mjob, err := spec.ParseFile(mpath)
		if err != nil {
			t.Fatal(err)
		}
		for _, job := range []*spec.Job{gpt, mjob} {
			out := filepath.Join(dir, job.Name)
			if _, err := Run(ctx, job, RunOptions{OutDir: out}); err != nil {
				t.Fatal(err)
			}
			rep, err := Verify(ctx, job, out, nil, nil)
			if err != nil || rep.StepsChecked != 7 {
				t.Fatalf("seed %d, %s: honest run found wrong: %+v, %v", s, job.Name, rep, err)
			}
		}
	}
}
