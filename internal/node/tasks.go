package node

import (
	"sync"
	"time"
)

// tasks runs one background goroutine per key: a node's training runs, verifications and game
// drivers. A task whose function fails (it could not set itself up: a blob not fetched yet, a
// node that is behind) is tried again after a doubling backoff, not at every tick.
type tasks[K comparable] struct {
	mu      sync.Mutex
	running map[K]bool
	retry   map[K]retry // tasks that failed, and when to try again
	wg      sync.WaitGroup
	now     func() time.Time // the clock (tests set it)
}

// retry is the backoff of a failed task: the wait doubles from firstRetry to maxRetry.
type retry struct {
	at   time.Time
	wait time.Duration
}

const (
	firstRetry = 2 * time.Second
	maxRetry   = time.Minute
)

// start runs fn for key k in the background unless a goroutine already runs it or it waits for
// its next try; it reports whether it started one. The task stops counting as running only
// after fn returns, so what fn records happens before busy(k) turns false.
func (t *tasks[K]) start(k K, fn func() error) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.running == nil {
		t.running, t.retry = map[K]bool{}, map[K]retry{}
	}
	if t.now == nil {
		t.now = time.Now
	}
	if t.running[k] || t.now().Before(t.retry[k].at) {
		return false
	}
	t.running[k] = true
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		err := fn()
		t.mu.Lock()
		defer t.mu.Unlock()
		delete(t.running, k)
		if err == nil {
			delete(t.retry, k)
			return
		}
		r := t.retry[k]
		r.wait = min(max(2*r.wait, firstRetry), maxRetry)
		r.at = t.now().Add(r.wait)
		t.retry[k] = r
	}()
	return true
}

// busy reports whether a goroutine runs k.
func (t *tasks[K]) busy(k K) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.running[k]
}

// wait waits for every running task to return.
func (t *tasks[K]) wait() { t.wg.Wait() }
