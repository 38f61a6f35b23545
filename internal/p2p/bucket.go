package p2p

import (
	"context"
	"sync"
	"time"
)

// bucket is a token bucket: rate tokens (bytes) a second, holding at most burst.
type bucket struct {
	mu     sync.Mutex
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
}

func newBucket(rate, burst float64, now time.Time) *bucket {
	return &bucket{rate: rate, burst: burst, tokens: burst, last: now}
}

// reserve takes n tokens (n ≤ burst), possibly going into debt, and returns how long the caller
// must wait before using them.
func (b *bucket) reserve(n float64, now time.Time) time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	if now.After(b.last) {
		b.tokens += now.Sub(b.last).Seconds() * b.rate
		if b.tokens > b.burst {
			b.tokens = b.burst
		}
		b.last = now
	}
	b.tokens -= n
	if b.tokens >= 0 {
		return 0
	}
	return time.Duration(-b.tokens / b.rate * float64(time.Second))
}

// wait blocks until n tokens are available or ctx ends.
func (b *bucket) wait(ctx context.Context, n int) error {
	d := b.reserve(float64(n), time.Now())
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// buckets hands out one bucket per key, forgetting buckets idle for long enough to be full.
type buckets[K comparable] struct {
	mu    sync.Mutex
	rate  float64
	burst float64
	m     map[K]*bucket
	sweep time.Time
}

func newBuckets[K comparable](rate, burst float64) *buckets[K] {
	return &buckets[K]{rate: rate, burst: burst, m: map[K]*bucket{}}
}

func (bs *buckets[K]) get(k K, now time.Time) *bucket {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	full := time.Duration(bs.burst / bs.rate * float64(time.Second))
	if now.Sub(bs.sweep) > full+time.Minute {
		for key, b := range bs.m {
			b.mu.Lock()
			idle := now.Sub(b.last) > full
			b.mu.Unlock()
			if idle {
				delete(bs.m, key)
			}
		}
		bs.sweep = now
	}
	b := bs.m[k]
	if b == nil {
		b = newBucket(bs.rate, bs.burst, now)
		bs.m[k] = b
	}
	return b
}
