package p2p

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"veritrain/internal/commit"
)

const mib = 1 << 20

func fetchCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func put(t *testing.T, h *testHost, b []byte) commit.Hash {
	t.Helper()
	hash, err := h.cfg.Store.Put(b)
	if err != nil {
		t.Fatal(err)
	}
	return hash
}

func checkHas(t *testing.T, h *testHost, hash commit.Hash, want []byte) {
	t.Helper()
	// Compare bytes rather than rehash: keccak is slow under -race.
	got, err := os.ReadFile(h.cfg.Store.Path(hash))
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("store of %s: %d bytes, %v", h.ID(), len(got), err)
	}
	if _, err := os.Stat(h.PartialPath(hash)); !os.IsNotExist(err) {
		t.Fatalf("partial file left behind: %v", err)
	}
}

func TestFetchTwoHosts(t *testing.T) {
	t.Parallel()
	a, b := newTestHost(t, nil), newTestHost(t, nil)
	blob := randomBlob(1, 2*mib+12345)
	hash := put(t, a, blob)
	if hash != commit.Keccak256(blob) {
		t.Fatal("store hash is not keccak256")
	}
	connect(t, b, a)
	start := time.Now()
	if err := b.Fetch(fetchCtx(t), hash, a.ID()); err != nil {
		t.Fatal(err)
	}
	t.Logf("fetched %d bytes in %v", len(blob), time.Since(start))
	checkHas(t, b, hash, blob)
	// Fetching a blob the store holds asks nobody.
	if err := b.Fetch(fetchCtx(t), hash); err != nil {
		t.Fatal(err)
	}
	// The empty blob is a blob too.
	empty := put(t, a, nil)
	if err := b.Fetch(fetchCtx(t), empty, a.ID()); err != nil {
		t.Fatal(err)
	}
	checkHas(t, b, empty, nil)
}

func TestFetchThreeHosts(t *testing.T) {
	t.Parallel()
	a, b, c := newTestHost(t, nil), newTestHost(t, nil), newTestHost(t, nil)
	x, y := randomBlob(2, 2*mib), randomBlob(3, 2*mib+1)
	hx, hy := put(t, a, x), put(t, a, y)
	connect(t, b, a)
	connect(t, c, b)
	// b fetches x from a; c, connected only to b, then fetches it from b.
	if err := b.Fetch(fetchCtx(t), hx); err != nil {
		t.Fatal(err)
	}
	if err := c.Fetch(fetchCtx(t), hx); err != nil {
		t.Fatal(err)
	}
	checkHas(t, c, hx, x)
	// c asks all its peers for y: b does not have it, a does.
	connect(t, c, a)
	if err := c.Fetch(fetchCtx(t), hy); err != nil {
		t.Fatal(err)
	}
	checkHas(t, c, hy, y)
	// Two concurrent fetches of one blob share the transfer.
	errs := make(chan error, 2)
	for range 2 {
		go func() { errs <- b.Fetch(fetchCtx(t), hy, c.ID(), a.ID()) }()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	checkHas(t, b, hy, y)
}

func TestFetchResume(t *testing.T) {
	t.Parallel()
	a, b := newTestHost(t, nil), newTestHost(t, nil)
	blob := randomBlob(4, 3*mib/2)
	hash := put(t, a, blob)
	connect(t, b, a)
	hooks := &serveHooks{cutAfter: mib / 2, cuts: 2}
	a.hooks.Store(hooks)
	if err := b.Fetch(fetchCtx(t), hash, a.ID()); err != nil {
		t.Fatal(err)
	}
	checkHas(t, b, hash, blob)
	offsets := hooks.seen()
	// A reset discards bytes in flight, so the fetcher resumes at or before each cut.
	if len(offsets) != 3 || offsets[0] != 0 || offsets[1] <= 0 || offsets[1] > mib/2 ||
		offsets[2] <= offsets[1] || offsets[2] > mib {
		t.Fatalf("requested offsets %v, want 0 and two increasing resumptions", offsets)
	}
	if b.Score(a.ID()).Failures != 0 {
		t.Fatal("a cut stream was penalised")
	}

	// A partial file left by an earlier run (say, a crash) is resumed, not refetched.
	c := newTestHost(t, nil)
	connect(t, c, a)
	os.MkdirAll(c.cfg.Store.Dir, 0o755)
	if err := os.WriteFile(c.PartialPath(hash), blob[:mib+7], 0o600); err != nil {
		t.Fatal(err)
	}
	hooks2 := &serveHooks{}
	a.hooks.Store(hooks2)
	if err := c.Fetch(fetchCtx(t), hash, a.ID()); err != nil {
		t.Fatal(err)
	}
	checkHas(t, c, hash, blob)
	if offsets := hooks2.seen(); len(offsets) != 1 || offsets[0] != mib+7 {
		t.Fatalf("requested offsets %v, want [%d]", offsets, mib+7)
	}

	// A partial file longer than the blob is discarded and the transfer restarted.
	d := newTestHost(t, nil)
	connect(t, d, a)
	os.MkdirAll(d.cfg.Store.Dir, 0o755)
	os.WriteFile(d.PartialPath(hash), make([]byte, 3*mib/2+1), 0o600)
	if err := d.Fetch(fetchCtx(t), hash, a.ID()); err != nil {
		t.Fatal(err)
	}
	checkHas(t, d, hash, blob)
}

func TestFetchLyingPeer(t *testing.T) {
	t.Parallel()
	f := newTestHost(t, func(c *Config) { c.BanAfter = 2 })
	liar, honest := newTestHost(t, nil), newTestHost(t, nil)
	liar.hooks.Store(&serveHooks{corrupt: true})
	connect(t, f, liar)
	connect(t, f, honest)
	for i := range 2 {
		blob := randomBlob(10+uint64(i), mib)
		hash := put(t, liar, blob)
		put(t, honest, blob)
		if err := f.Fetch(fetchCtx(t), hash, liar.ID(), honest.ID()); err != nil {
			t.Fatal(err)
		}
		checkHas(t, f, hash, blob)
		if got := f.Score(liar.ID()).Failures; got != i+1 {
			t.Fatalf("liar has %d failures, want %d", got, i+1)
		}
	}
	if !f.Banned(liar.ID()) || f.Banned(honest.ID()) {
		t.Fatal("liar not banned (or honest peer banned)")
	}
	if !strings.Contains(f.logs.String(), liar.ID().String()) {
		t.Fatal("penalty not logged with the peer")
	}
	// A banned peer is not asked, and cannot reconnect.
	blob := randomBlob(20, 1000)
	hash := put(t, liar, blob)
	if err := f.Fetch(fetchCtx(t), hash, liar.ID()); !errors.Is(err, ErrBanned) {
		t.Fatalf("fetch from banned peer: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := f.Connect(ctx, liar.Addrs()...); err == nil {
		t.Fatal("connected to a banned peer")
	}
}

func TestFetchOversize(t *testing.T) {
	t.Parallel()
	f := newTestHost(t, func(c *Config) { c.MaxBlobSize = mib })
	a := newTestHost(t, nil)
	connect(t, f, a)

	// Declared size over the limit: refused up front, not the peer's fault.
	big := randomBlob(30, mib+1)
	hbig := put(t, a, big)
	if err := f.Fetch(fetchCtx(t), hbig, a.ID()); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("oversize blob: %v", err)
	}
	if f.Score(a.ID()).Failures != 0 {
		t.Fatal("peer penalised for an honest large blob")
	}

	// More bytes than declared: refused, and the peer penalised.
	small := randomBlob(31, 1000)
	hsmall := put(t, a, small)
	a.hooks.Store(&serveHooks{extra: []byte("and some more")})
	if err := f.Fetch(fetchCtx(t), hsmall, a.ID()); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("extra bytes: %v", err)
	}
	a.hooks.Store(&serveHooks{delta: -10})
	if err := f.Fetch(fetchCtx(t), hsmall, a.ID()); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("size understated: %v", err)
	}
	if got := f.Score(a.ID()).Failures; got != 2 {
		t.Fatalf("peer has %d failures, want 2", got)
	}
	if f.cfg.Store.Has(hsmall) {
		t.Fatal("stored a blob from a lying transfer")
	}
	if _, err := os.Stat(f.PartialPath(hsmall)); !os.IsNotExist(err) {
		t.Fatal("kept the partial file of a lying transfer")
	}
	// Size overstated: the stream ends early and the retries make no progress.
	a.hooks.Store(&serveHooks{delta: 10})
	if err := f.Fetch(fetchCtx(t), hsmall, a.ID()); err == nil {
		t.Fatal("overstated size accepted")
	}
	a.hooks.Store(nil)
	if err := f.Fetch(fetchCtx(t), hsmall, a.ID()); err != nil {
		t.Fatal(err)
	}
	checkHas(t, f, hsmall, small)
}

func TestFetchNotFound(t *testing.T) {
	t.Parallel()
	f, a, b := newTestHost(t, nil), newTestHost(t, nil), newTestHost(t, nil)
	unknown := commit.Keccak256([]byte("nobody has this"))
	if err := f.Fetch(fetchCtx(t), unknown); !errors.Is(err, ErrNotFound) {
		t.Fatalf("no peers: %v", err)
	}
	connect(t, f, a)
	connect(t, f, b)
	if err := f.Fetch(fetchCtx(t), unknown); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown hash: %v", err)
	}
	if f.Score(a.ID()).Failures != 0 || f.Score(b.ID()).Failures != 0 {
		t.Fatal("not found penalised")
	}
	if _, err := os.Stat(f.PartialPath(unknown)); !os.IsNotExist(err) {
		t.Fatalf("empty partial file left behind: %v", err)
	}
	if f.cfg.Store.Has(unknown) {
		t.Fatal("stored an unknown blob")
	}
}

func TestServeRateLimit(t *testing.T) {
	t.Parallel()
	a := newTestHost(t, func(c *Config) { c.ServeRate, c.ServeBurst = 2*mib, chunkSize })
	b := newTestHost(t, nil)
	blob := randomBlob(40, mib)
	hash := put(t, a, blob)
	connect(t, b, a)
	start := time.Now()
	if err := b.Fetch(fetchCtx(t), hash, a.ID()); err != nil {
		t.Fatal(err)
	}
	// 1 MiB at 2 MiB/s after a 64 KiB burst takes at least ~470 ms.
	if d := time.Since(start); d < 400*time.Millisecond {
		t.Fatalf("1 MiB served in %v despite a 2 MiB/s limit", d)
	}
	checkHas(t, b, hash, blob)
}
