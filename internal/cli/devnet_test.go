package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe to read while the command writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestDevnetCommand runs `veritrain devnet` through the command line on a free port, waits for it
// to write devnet.json, stops it by cancelling its context (as Ctrl-C does) and checks the exit
// code and the file.
func TestDevnetCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- Execute(ctx, []string{"devnet", "--datadir", dir, "--port", "0", "--accounts", "2"}, &stdout, &stderr)
	}()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(stdout.String(), "DEV-ONLY private keys") {
		select {
		case code := <-done:
			t.Fatalf("devnet exited early with %d: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("devnet did not start in time; stdout %q stderr %q", stdout.String(), stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "devnet.json"))
	if err != nil {
		t.Fatal(err)
	}
	var info struct {
		HTTPURL  string `json:"http_url"`
		ChainID  int64  `json:"chain_id"`
		Accounts []any  `json:"accounts"`
	}
	if err := json.Unmarshal(raw, &info); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(info.HTTPURL, "http://127.0.0.1:") || info.ChainID != 1337 || len(info.Accounts) != 2 {
		t.Fatalf("devnet.json: url %q chain %d accounts %d", info.HTTPURL, info.ChainID, len(info.Accounts))
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("devnet exit code %d after Ctrl-C: %s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("devnet did not stop after its context was cancelled")
	}
}

func TestDevnetBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"devnet", "--port", "-1"},
		{"devnet", "--port", "70000"},
		{"devnet", "--accounts", "-3"},
		{"devnet", "extra"},
	} {
		var stdout, stderr bytes.Buffer
		if code := Execute(context.Background(), args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "veritrain:") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr.String())
		}
	}
}

// TestDemoBadFlags: the demo refuses contradictory flags before it starts anything.
func TestDemoBadFlags(t *testing.T) {
	dir := t.TempDir()
	sharded := filepath.Join(dir, "sharded.toml")
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "mnist-sharded.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sharded, b, 0o644); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join("..", "..", "examples", "mnist-mlp.toml")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--job", plain, "--solvers", "17"}, "--solvers 17"},
		{[]string{"--job", plain, "--solvers", "-1"}, "--solvers -1"},
		{[]string{"--job", plain, "--kill-solver", "10"}, "needs a sharded job"},
		{[]string{"--job", sharded, "--kill-solver", "600"}, "a step in 1..599"},
		{[]string{"--job", sharded, "--kill-solver", "10", "--solvers", "4"}, "more solvers than shards"},
		{[]string{"--job", sharded, "--chaos"}, "--kill-solver"},
		{[]string{"--job", sharded, "--cheat", "--kill-solver", "10"}, "one at a time"},
		{[]string{"--job", filepath.Join(dir, "missing.toml")}, "the demo's job"},
		{[]string{"--job", plain, "--cut-rpc", "10ms"}, "--cut-rpc 10ms"},
		{[]string{"--job", plain, "--cut-rpc", "-1s"}, "--cut-rpc -1s"},
	} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"demo", "--dir", filepath.Join(dir, "d")}, c.args...)
		if code := Execute(context.Background(), args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%v: exit %d, stderr %q (want it to say %q)", c.args, code, stderr.String(), c.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "d", "chain")); err == nil {
		t.Error("a refused demo started a chain")
	}
}
