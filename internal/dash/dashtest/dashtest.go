// Package dashtest drives the dashboard in Debian's headless Chromium (chromedp) for tests of
// this and other packages. Only tests import it: it never reaches a release binary.
package dashtest

import (
	"bytes"
	"context"
	"os"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"
)

// ChromiumPath is where Debian's chromium package puts the browser; CI installs it.
const ChromiumPath = "/usr/bin/chromium"

// Browser starts Debian's headless Chromium for the test and returns a chromedp context with a
// tab of it. The browser stops when the test ends. It fails the test (it does not skip it) when
// Chromium is not installed. The context has no timeout: derive one per step.
func Browser(t testing.TB) context.Context {
	t.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		t.Fatalf("the browser test needs Debian's Chromium at %s (apt-get install -y chromium chromium-driver): %v", ChromiumPath, err)
	}
	var out lockedBuffer
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(ChromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		// Without these Chromium reaches out to Google's hosts, which a closed network refuses.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.CombinedOutput(&out),
	}
	// chromedp logs from its own goroutines; t.Logf must not run after the test ends.
	var mu sync.Mutex
	ended := false
	logf := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if !ended {
			t.Logf("chromedp: "+format, args...)
		}
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx, chromedp.WithErrorf(logf))
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
		mu.Lock()
		ended = true
		mu.Unlock()
	})
	// The first Run starts the browser and binds it to ctx: no timeout on this one.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v\n%s", ChromiumPath, err, out.String())
	}
	return ctx
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// ArtifactDir is where the test saves its screenshots: $VERITRAIN_ARTIFACTS if set (CI keeps
// it), else a temporary directory.
func ArtifactDir(t testing.TB) string {
	if dir := os.Getenv("VERITRAIN_ARTIFACTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	return t.TempDir()
}
