package p2p

import (
	"bytes"
	"context"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"veritrain/internal/store"
)

// logBuf collects a host's logs (safely after the test ends, unlike t.Log).
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

type testHost struct {
	*Host
	logs *logBuf
	dir  string
}

func newTestHost(t *testing.T, mod func(*Config)) *testHost {
	t.Helper()
	dir := t.TempDir()
	logs := new(logBuf)
	cfg := Config{
		DataDir: dir,
		Store:   &store.Blobs{Dir: filepath.Join(dir, "blobs")},
		Logger:  slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	if mod != nil {
		mod(&cfg)
	}
	h, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		h.Close()
		if t.Failed() {
			t.Logf("logs of %s:\n%s", h.ID(), logs)
		}
	})
	return &testHost{h, logs, dir}
}

func connect(t *testing.T, a, b *testHost) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := a.Connect(ctx, b.Addrs()...); err != nil {
		t.Fatal(err)
	}
}

func randomBlob(seed uint64, n int) []byte {
	b := make([]byte, n)
	rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8)}).Read(b)
	return b
}

func TestIdentityPersists(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	cfg := Config{DataDir: dir, Store: &store.Blobs{Dir: filepath.Join(dir, "blobs")}}
	h1, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	id := h1.ID()
	addrs := h1.Addrs()
	h1.Close()
	if len(addrs) == 0 || !strings.HasPrefix(addrs[0], "/ip4/127.0.0.1/tcp/") || !strings.HasSuffix(addrs[0], "/p2p/"+id.String()) {
		t.Fatalf("addrs = %v", addrs)
	}
	fi, err := os.Stat(filepath.Join(dir, IdentityFile))
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("identity file: %v, %v", fi, err)
	}
	h2, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer h2.Close()
	if h2.ID() != id {
		t.Fatalf("peer id changed across restarts: %s -> %s", id, h2.ID())
	}
	// A different data directory is a different node.
	dir3 := t.TempDir()
	h3, err := New(context.Background(), Config{DataDir: dir3, Store: &store.Blobs{Dir: dir3}})
	if err != nil {
		t.Fatal(err)
	}
	defer h3.Close()
	if h3.ID() == id {
		t.Fatal("two data directories share an identity")
	}
	// A corrupt key is an error, not silently replaced.
	os.WriteFile(filepath.Join(dir3, "bad.key"), []byte("junk"), 0o600)
	if _, err := LoadIdentity(filepath.Join(dir3, "bad.key")); err == nil {
		t.Fatal("corrupt identity accepted")
	}
}

func TestConnect(t *testing.T) {
	t.Parallel()
	a, b := newTestHost(t, nil), newTestHost(t, nil)
	connect(t, a, b)
	if len(a.Peers()) != 1 || a.Peers()[0] != b.ID() {
		t.Fatalf("peers = %v", a.Peers())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := a.Connect(ctx, "not a multiaddr"); err == nil {
		t.Fatal("bad address accepted")
	}
	if err := a.Connect(ctx, "/ip4/127.0.0.1/tcp/1"); err == nil {
		t.Fatal("address without /p2p/ accepted")
	}
}
