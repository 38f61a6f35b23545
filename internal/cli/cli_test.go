package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// tinySpec is a small, fast gpt/text job over corpus.txt in the spec's directory.
const tinySpec = `version = 1
name = "cli-tiny"
seed = 2

[model]
kind = "gpt"
context = 8
dim = 16
depth = 1
heads = 2

[data]
dataset = "text"
path = "corpus.txt"
val_fraction = 0.1

[optimizer]
kind = "adamw"
lr = 0.003
warmup = 2
schedule = "cosine"

[train]
batch = 4
steps = 6

[eval]
batch = 16
max_samples = 32
`

// writeSpec writes tinySpec and a 2 KB corpus into a new temp directory and returns the spec path.
func writeSpec(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	b, err := os.ReadFile("../../examples/data/opticks.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "corpus.txt"), b[:2048], 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "job.toml")
	if err := os.WriteFile(path, []byte(tinySpec), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// run calls Execute and recovers a panic into a test failure.
func run(t *testing.T, ctx context.Context, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("Execute(%q) panicked: %v", args, r)
			}
		}()
		code = Execute(ctx, args, &out, &errw)
	}()
	return code, out.String(), errw.String()
}

func TestNoArgsShowsHelp(t *testing.T) {
	code, stdout, stderr := run(t, context.Background())
	if code != 0 && code != 1 {
		t.Errorf("exit code %d", code)
	}
	if !strings.Contains(stdout+stderr, "train") {
		t.Errorf("no help naming the train command; stdout %q stderr %q", stdout, stderr)
	}
}

func TestTrainErrors(t *testing.T) {
	spec := writeSpec(t)
	missing := filepath.Join(t.TempDir(), "missing.toml")
	cases := []struct {
		name string
		args []string
		want []string // fragments of stderr
	}{
		// cobra's default "accepts 1 arg(s), received 0" does not say what the argument is.
		{"no file", []string{"train"}, []string{"JOB.toml"}},
		{"two files", []string{"train", spec, spec}, []string{"JOB.toml"}},
		{"missing file", []string{"train", missing}, []string{"job spec", "missing.toml", "no such file"}},
		// The flag is wrong whatever the file: say so before (or instead of) reading the spec.
		{"negative steps, missing file", []string{"train", "--steps", "-1", "x.toml"}, []string{"--steps", "-1"}},
		{"negative steps", []string{"train", "--steps", "-1", spec}, []string{"--steps must not be negative", "-1"}},
		{"negative threads", []string{"train", "--threads", "-2", spec}, []string{"--threads must not be negative"}},
		{"bad steps value", []string{"train", "--steps", "ten", spec}, []string{"--steps", "ten"}},
		{"unknown flag", []string{"train", "--stpes", "2", spec}, []string{"unknown flag", "--stpes"}},
		{"unknown command", []string{"trian", spec}, []string{"unknown command", "trian"}},
		{"invalid spec", []string{"train", filepath.Join(filepath.Dir(spec), "corpus.txt")}, []string{"job spec", "corpus.txt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := run(t, context.Background(), c.args...)
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			if !strings.HasPrefix(stderr, "veritrain: ") {
				t.Errorf("stderr %q does not start with \"veritrain: \"", stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q does not contain %q", stderr, w)
				}
			}
		})
	}
}

var stateRootRE = regexp.MustCompile(`^0x[0-9a-f]{64}$`)

func TestTrainJSON(t *testing.T) {
	spec := writeSpec(t)
	out := filepath.Join(t.TempDir(), "run")
	code, stdout, stderr := run(t, context.Background(), "train", "--json", "--steps", "2", "--out", out, spec)
	if code != 0 {
		t.Fatalf("exit code %d; stderr %s", code, stderr)
	}

	// stdout is exactly one JSON object.
	dec := json.NewDecoder(strings.NewReader(stdout))
	var res map[string]json.RawMessage
	if err := dec.Decode(&res); err != nil {
		t.Fatalf("stdout %q is not a JSON object: %v", stdout, err)
	}
	if rest := stdout[dec.InputOffset():]; strings.TrimSpace(rest) != "" {
		t.Fatalf("stdout has more than one JSON object; after the first: %q", rest)
	}
	for _, k := range []string{"steps", "final_loss", "eval", "samples_per_sec", "state_root", "trace_root", "graph_root", "data_root"} {
		if _, ok := res[k]; !ok {
			t.Errorf("result has no %q: %s", k, stdout)
		}
	}
	var r struct {
		Steps     int     `json:"steps"`
		FinalLoss float64 `json:"final_loss"`
		Eval      *struct {
			Loss     *float64 `json:"loss"`
			Accuracy *float64 `json:"accuracy"`
		} `json:"eval"`
		SamplesPerSec float64 `json:"samples_per_sec"`
		StateRoot     string  `json:"state_root"`
		Checkpoint    string  `json:"checkpoint"`
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil {
		t.Fatal(err)
	}
	if r.Steps != 2 {
		t.Errorf("steps = %d, want 2", r.Steps)
	}
	if !(r.FinalLoss > 0) {
		t.Errorf("final_loss = %v", r.FinalLoss)
	}
	if r.Eval == nil || r.Eval.Loss == nil || r.Eval.Accuracy == nil || !(*r.Eval.Loss > 0) || *r.Eval.Accuracy < 0 || *r.Eval.Accuracy > 1 {
		t.Errorf("eval = %s, want loss > 0 and accuracy in [0, 1]", res["eval"])
	}
	if !(r.SamplesPerSec > 0) {
		t.Errorf("samples_per_sec = %v", r.SamplesPerSec)
	}
	if !stateRootRE.MatchString(r.StateRoot) {
		t.Errorf("state_root %q is not 0x + 64 lower-case hex digits", r.StateRoot)
	}

	// The output directory holds result.json (the same result), loss.jsonl and the checkpoint.
	b, err := os.ReadFile(filepath.Join(out, "result.json"))
	if err != nil {
		t.Fatal(err)
	}
	var saved struct {
		StateRoot string `json:"state_root"`
	}
	if err := json.Unmarshal(b, &saved); err != nil || saved.StateRoot != r.StateRoot {
		t.Errorf("result.json %s (%v) disagrees with stdout's state_root %s", b, err, r.StateRoot)
	}
	lb, err := os.ReadFile(filepath.Join(out, "loss.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(lb)), "\n")
	sawStep2 := false
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Errorf("loss.jsonl line %q: %v", l, err)
		}
		if m["step"] == float64(2) && m["loss"] != nil {
			sawStep2 = true
		}
	}
	if !sawStep2 {
		t.Errorf("loss.jsonl has no loss for step 2:\n%s", lb)
	}
	ckpt := filepath.Join(out, fmt.Sprintf("ckpt-%07d.safetensors", 2))
	if st, err := os.Stat(ckpt); err != nil || st.Size() == 0 {
		t.Errorf("no checkpoint %s: %v", ckpt, err)
	}
	if r.Checkpoint != ckpt {
		t.Errorf("result checkpoint %q, want %q", r.Checkpoint, ckpt)
	}

	// Resuming with the CLI continues to the same bits as a straight run.
	t.Run("resume", func(t *testing.T) {
		code, stdout, stderr := run(t, context.Background(), "train", "--json", "-q", "--steps", "3", "--resume", ckpt, "--out", filepath.Join(t.TempDir(), "a"), spec)
		if code != 0 {
			t.Fatalf("resume: exit %d: %s", code, stderr)
		}
		var resumed struct {
			StateRoot string `json:"state_root"`
		}
		json.Unmarshal([]byte(stdout), &resumed)
		code, stdout, stderr = run(t, context.Background(), "train", "--json", "-q", "--steps", "3", "--out", filepath.Join(t.TempDir(), "b"), spec)
		if code != 0 {
			t.Fatalf("straight: exit %d: %s", code, stderr)
		}
		var straight struct {
			StateRoot string `json:"state_root"`
		}
		json.Unmarshal([]byte(stdout), &straight)
		if resumed.StateRoot == "" || resumed.StateRoot != straight.StateRoot {
			t.Errorf("resumed root %q, straight %q", resumed.StateRoot, straight.StateRoot)
		}
	})
}

func TestTrainSummary(t *testing.T) {
	spec := writeSpec(t)
	out := filepath.Join(t.TempDir(), "run")
	code, stdout, stderr := run(t, context.Background(), "train", "-q", "--steps", "1", "--out", out, spec)
	if code != 0 {
		t.Fatalf("exit code %d; stderr %s", code, stderr)
	}
	if stderr != "" {
		t.Errorf("-q still wrote to stderr: %q", stderr)
	}
	for _, w := range []string{"steps         1", "final loss", "eval loss", "state root    0x", "checkpoint"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("summary %q does not contain %q", stdout, w)
		}
	}
}

// TestTrainInterrupted: a cancelled context (Ctrl-C) exits 1 after writing a checkpoint and still
// prints the result.
func TestTrainInterrupted(t *testing.T) {
	spec := writeSpec(t)
	out := filepath.Join(t.TempDir(), "run")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	code, stdout, stderr := run(t, ctx, "train", "--json", "-q", "--out", out, spec)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	if !strings.Contains(stderr, "interrupted") {
		t.Errorf("stderr %q does not say the run was interrupted", stderr)
	}
	var r struct {
		Interrupted bool   `json:"interrupted"`
		Checkpoint  string `json:"checkpoint"`
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil || !r.Interrupted {
		t.Errorf("stdout %q: %v", stdout, err)
	}
	if _, err := os.Stat(r.Checkpoint); err != nil {
		t.Errorf("checkpoint: %v", err)
	}
}

// TestTrainSharded: `train` runs a sharded spec (every shard of every round, then the outer
// step) and reports the global state root, the same as train.RunSharded's; the flags that do
// not apply to a sharded job are refused.
func TestTrainSharded(t *testing.T) {
	path := writeSpec(t)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), "steps = 6", "steps = 6\n\n[parallel]\nshards = 2\ninner_steps = 3", 1)
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	code, out, errOut := run(t, ctx, "train", path, "--json", "-q")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res train.ShardedResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	job, err := spec.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want, err := train.RunSharded(ctx, job, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Shards != 2 || res.Rounds != 2 || res.StateRoot != want.StateRoot {
		t.Fatalf("train printed %+v, RunSharded gives root %s", res, want.StateRoot)
	}
	if code, _, errOut := run(t, ctx, "train", path, "--steps", "3"); code == 0 || !strings.Contains(errOut, "sharded") {
		t.Fatalf("--steps on a sharded job: exit %d, %q", code, errOut)
	}
}
