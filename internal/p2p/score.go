package p2p

import (
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
)

// PeerScore is what a node remembers about a peer's misbehaviour.
type PeerScore struct {
	Failures    int       // blobs that failed their hash, malformed answers, ...
	BannedUntil time.Time // zero if never banned
}

// scores is an in-memory record of peer failures; a peer with banAfter failures is banned for
// banFor (its failure count restarts when the ban ends).
type scores struct {
	mu       sync.Mutex
	banAfter int
	banFor   time.Duration
	now      func() time.Time
	m        map[peer.ID]*PeerScore
}

func newScores(banAfter int, banFor time.Duration) *scores {
	return &scores{banAfter: banAfter, banFor: banFor, now: time.Now, m: map[peer.ID]*PeerScore{}}
}

// fail records a failure of p and reports whether p is now banned.
func (s *scores) fail(p peer.ID) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.m[p]
	if e == nil {
		e = &PeerScore{}
		s.m[p] = e
	}
	now := s.now()
	if !e.BannedUntil.IsZero() && !now.Before(e.BannedUntil) {
		*e = PeerScore{}
	}
	e.Failures++
	if e.Failures >= s.banAfter && e.BannedUntil.IsZero() {
		e.BannedUntil = now.Add(s.banFor)
	}
	return now.Before(e.BannedUntil)
}

func (s *scores) banned(p peer.ID) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	e := s.m[p]
	return e != nil && s.now().Before(e.BannedUntil)
}

func (s *scores) get(p peer.ID) PeerScore {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.m[p]; e != nil {
		return *e
	}
	return PeerScore{}
}
