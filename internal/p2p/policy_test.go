package p2p

import (
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

func TestScoresBan(t *testing.T) {
	now := time.Unix(1000, 0)
	s := newScores(3, time.Minute)
	s.now = func() time.Time { return now }
	p := peer.ID("lying peer")
	for i := 1; i <= 2; i++ {
		if s.fail(p) || s.banned(p) {
			t.Fatalf("banned after %d failures", i)
		}
	}
	if !s.fail(p) || !s.banned(p) || s.get(p).Failures != 3 {
		t.Fatalf("not banned after 3 failures: %+v", s.get(p))
	}
	if s.banned("other") {
		t.Fatal("other peer banned")
	}
	now = now.Add(time.Minute)
	if s.banned(p) {
		t.Fatal("ban did not expire")
	}
	if s.fail(p) || s.get(p).Failures != 1 {
		t.Fatalf("failures not reset after the ban: %+v", s.get(p))
	}
}

func TestBucket(t *testing.T) {
	t0 := time.Unix(0, 0)
	b := newBucket(1000, 500, t0) // 1000 tokens/s, burst 500
	if d := b.reserve(500, t0); d != 0 {
		t.Fatalf("burst: wait %v", d)
	}
	if d := b.reserve(100, t0); d != 100*time.Millisecond {
		t.Fatalf("debt of 100: wait %v", d)
	}
	// 1 s later the bucket refilled to its burst, not beyond.
	if d := b.reserve(500, t0.Add(time.Second)); d != 0 {
		t.Fatalf("after refill: wait %v", d)
	}
	if d := b.reserve(1, t0.Add(time.Second)); d <= 0 {
		t.Fatal("bucket held more than its burst")
	}
	bs := newBuckets[string](1000, 500)
	x := bs.get("a", t0)
	if bs.get("a", t0) != x || bs.get("b", t0) == x {
		t.Fatal("buckets not per key")
	}
	if bs.get("a", t0.Add(time.Hour)) == x {
		t.Fatal("idle bucket not forgotten")
	}
}
