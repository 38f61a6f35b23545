package commit

import (
	"hash"
	"io"

	"golang.org/x/crypto/sha3"
)

// scalar hashes one message at a time with golang.org/x/crypto/sha3's legacy
// Keccak-256 (pure Go). The zero value is ready.
//
// (The Go standard library's amd64 assembly Keccak-f, used by crypto/sha3,
// was measured as an alternative for this path and was not faster than
// x/crypto's pure Go on the machines this was tuned on, so it is not used.)
type scalar struct {
	k   hash.Hash
	r   io.Reader // k's squeeze (avoids Sum's state copy); nil if k has none
	out [HashSize]byte
	pre [1]byte
}

func (s *scalar) init() {
	s.k = sha3.NewLegacyKeccak256()
	s.r, _ = s.k.(io.Reader)
}

// write absorbs p.
func (s *scalar) write(p []byte) {
	if s.k == nil {
		s.init()
	}
	s.k.Write(p)
}

// sum returns the digest of everything written and resets the state.
func (s *scalar) sum() Hash {
	if s.k == nil {
		s.init()
	}
	if s.r != nil {
		s.r.Read(s.out[:]) // cannot fail
	} else {
		s.k.Sum(s.out[:0])
	}
	s.k.Reset()
	return Hash(s.out)
}

// hash1 returns keccak256(prefix ‖ body).
func (s *scalar) hash1(prefix byte, body []byte) Hash {
	s.pre[0] = prefix
	s.write(s.pre[:])
	s.k.Write(body)
	return s.sum()
}
