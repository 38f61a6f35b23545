package commit

import (
	"encoding/hex"
	"errors"
	"fmt"
)

// HashSize is the length of a Hash in bytes.
const HashSize = 32

// Domain-separation prefixes of the Merkle tree (see docs/commitments.md).
const (
	// LeafPrefix is the byte hashed in front of a leaf's bytes.
	LeafPrefix byte = 0x00
	// NodePrefix is the byte hashed in front of two child hashes.
	NodePrefix byte = 0x01
)

// Hash is a keccak256 digest (Ethereum's keccak256, the EVM's KECCAK256
// opcode). The zero Hash marks padding leaves and the root of an empty tree;
// it is not a feasible keccak256 output.
type Hash [HashSize]byte

// ErrInvalidHash is wrapped by ParseHash and Hash.UnmarshalText errors.
var ErrInvalidHash = errors.New("invalid hash")

// String returns h as "0x" followed by 64 lowercase hex digits.
func (h Hash) String() string {
	var b [2 + 2*HashSize]byte
	b[0], b[1] = '0', 'x'
	hex.Encode(b[2:], h[:])
	return string(b[:])
}

// IsZero reports whether h is the all-zero Hash.
func (h Hash) IsZero() bool { return h == Hash{} }

// MarshalText implements encoding.TextMarshaler with the String form.
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseHash accepts.
func (h *Hash) UnmarshalText(text []byte) error {
	p, err := ParseHash(string(text))
	if err != nil {
		return err
	}
	*h = p
	return nil
}

// ParseHash parses exactly 64 hex digits (either case), optionally preceded
// by "0x" or "0X". Anything else, including surrounding white space, is an
// error wrapping ErrInvalidHash.
func ParseHash(s string) (Hash, error) {
	var h Hash
	t := s
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	if len(t) != 2*HashSize {
		return h, fmt.Errorf("commit: parse hash: %w: want 64 hex digits, got %d characters", ErrInvalidHash, len(t))
	}
	if _, err := hex.Decode(h[:], []byte(t)); err != nil {
		return Hash{}, fmt.Errorf("commit: parse hash: %w: %v", ErrInvalidHash, err)
	}
	return h, nil
}

// Keccak256 returns keccak256 of the concatenation of data.
func Keccak256(data ...[]byte) Hash {
	h := getHasher()
	defer putHasher(h)
	return h.Keccak256(data...)
}

// LeafHash returns keccak256(0x00 ‖ b), the hash of a Merkle leaf holding b.
func LeafHash(b []byte) Hash {
	h := getHasher()
	defer putHasher(h)
	return h.LeafHash(b)
}

// NodeHash returns keccak256(0x01 ‖ left ‖ right), the hash of an inner
// Merkle node.
func NodeHash(left, right Hash) Hash {
	h := getHasher()
	defer putHasher(h)
	return h.NodeHash(left, right)
}
