package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"veritrain/internal/commit"
)

// TestVerifyCommand trains a tiny job, verifies it whole, by named segments and by randomness,
// then corrupts one committed step hash (keeping the trace root consistent, as a cheater
// would) and checks that verify exits 1 naming that step.
func TestVerifyCommand(t *testing.T) {
	spec := writeSpec(t)
	out := filepath.Join(t.TempDir(), "run")
	ctx := context.Background()
	if code, _, stderr := run(t, ctx, "train", "-q", "--out", out, spec); code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := run(t, ctx, "verify", "--dir", out, spec)
	if code != 0 || !strings.Contains(stdout, "every checked step matches") || !strings.Contains(stdout, "checked       6 steps") {
		t.Fatalf("verify whole run: exit %d\n%s\n%s", code, stdout, stderr)
	}
	code, stdout, _ = run(t, ctx, "verify", "-q", "--json", "--dir", out, "--segments", "2-3,5", spec)
	var rep struct {
		StepsChecked int `json:"steps_checked"`
	}
	if code != 0 || json.Unmarshal([]byte(stdout), &rep) != nil || rep.StepsChecked != 3 {
		t.Fatalf("verify segments: exit %d, %s", code, stdout)
	}
	code, stdout, stderr = run(t, ctx, "verify", "-q", "--dir", out, "--randomness", "0x"+strings.Repeat("ab", 32), "--segment-len", "2", spec)
	if code != 0 || !strings.Contains(stdout, "checked       2 steps in 1 segment") {
		t.Fatalf("verify by randomness: exit %d\n%s\n%s", code, stdout, stderr)
	}

	// Corrupt h_4.
	path := filepath.Join(out, "commitments.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cm map[string]any
	if err := json.Unmarshal(b, &cm); err != nil {
		t.Fatal(err)
	}
	hs := cm["step_hashes"].([]any)
	hs[3] = "0x" + strings.Repeat("0b", 32)
	cm["trace_root"] = traceRootOf(t, hs)
	b, _ = json.Marshal(cm)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = run(t, ctx, "verify", "-q", "--dir", out, spec)
	if code != 1 || !strings.Contains(stdout, "MISMATCH      step 4") || !strings.Contains(stderr, "step 4") {
		t.Fatalf("corrupt h_4: exit %d\n%s\n%s", code, stdout, stderr)
	}
	// A segment that does not cover step 4 passes.
	if code, stdout, _ = run(t, ctx, "verify", "-q", "--dir", out, "--segments", "1-3", spec); code != 0 {
		t.Fatalf("segment 1-3: exit %d %s", code, stdout)
	}

	for _, bad := range [][]string{
		{"verify"},
		{"verify", "--segments", "3-2", "--dir", out, spec},
		{"verify", "--segments", "x", "--dir", out, spec},
		{"verify", "--randomness", "0x12", "--dir", out, spec},
		{"verify", "--randomness", "0x" + strings.Repeat("ab", 32), "--segments", "1", "--dir", out, spec},
		{"verify", "--dir", filepath.Join(out, "missing"), spec},
		{"verify", "--segments", "5-9", "--dir", out, spec},
	} {
		if code, _, stderr := run(t, ctx, bad...); code == 0 || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q", bad, code, stderr)
		}
	}
}

func traceRootOf(t *testing.T, hs []any) string {
	t.Helper()
	var parsed []commit.Hash
	for _, h := range hs {
		p, err := commit.ParseHash(h.(string))
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, p)
	}
	return commit.TraceRoot(parsed).String()
}
