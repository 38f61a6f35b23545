package p2p

import (
	"encoding/binary"
	"errors"
	"fmt"

	"veritrain/internal/commit"
)

// EnvelopeVersion is the first byte of every gossip message.
const EnvelopeVersion = 1

// MaxPayload bounds an envelope's payload (64 KiB).
const MaxPayload = 64 << 10

// envelopeHeader is version (1) ‖ kind (1) ‖ job id (8, big-endian) ‖ payload length (4,
// big-endian).
const envelopeHeader = 1 + 1 + 8 + 4

// MaxEnvelopeSize is the largest encoded envelope.
const MaxEnvelopeSize = envelopeHeader + MaxPayload

// Kind says what an envelope's payload is.
type Kind uint8

// The kinds of gossip message. The payload of every kind but KindHave is opaque to this package.
const (
	KindJob      Kind = 1 // a job was posted (payload: job spec or its hash)
	KindBid      Kind = 2 // a bid for a job
	KindCommit   Kind = 3 // a solver's commitment for a job
	KindHave     Kind = 4 // the sender holds these blobs: payload is 1..MaxHaveHashes hashes
	KindPeer     Kind = 5 // the sender's listen addresses (payload: multiaddrs, one per line)
	KindProgress Kind = 6 // a solver's training progress on a job
	KindRound    Kind = 7 // the sender holds a shard's state at the end of a round of a job
)

// MaxHaveHashes bounds the hashes of a KindHave envelope.
const MaxHaveHashes = MaxPayload / commit.HashSize

func (k Kind) String() string {
	switch k {
	case KindJob:
		return "job"
	case KindBid:
		return "bid"
	case KindCommit:
		return "commit"
	case KindHave:
		return "have"
	case KindPeer:
		return "peer"
	case KindProgress:
		return "progress"
	case KindRound:
		return "round"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return k >= KindJob && k <= KindRound }

// ErrBadEnvelope is wrapped by every envelope encoding and decoding error.
var ErrBadEnvelope = errors.New("bad envelope")

// Envelope is one gossip message.
type Envelope struct {
	Kind    Kind
	JobID   uint64
	Payload []byte
}

// HaveEnvelope announces that the sender holds the blobs hs.
func HaveEnvelope(jobID uint64, hs ...commit.Hash) Envelope {
	p := make([]byte, 0, len(hs)*commit.HashSize)
	for _, h := range hs {
		p = append(p, h[:]...)
	}
	return Envelope{Kind: KindHave, JobID: jobID, Payload: p}
}

// Hashes returns the hashes of a KindHave envelope (nil for other kinds).
func (e Envelope) Hashes() []commit.Hash {
	if e.Kind != KindHave {
		return nil
	}
	out := make([]commit.Hash, len(e.Payload)/commit.HashSize)
	for i := range out {
		copy(out[i][:], e.Payload[i*commit.HashSize:])
	}
	return out
}

func (e Envelope) check() error {
	if !e.Kind.Valid() {
		return fmt.Errorf("p2p: %w: unknown kind %d", ErrBadEnvelope, uint8(e.Kind))
	}
	if len(e.Payload) > MaxPayload {
		return fmt.Errorf("p2p: %w: payload of %d bytes exceeds %d", ErrBadEnvelope, len(e.Payload), MaxPayload)
	}
	if e.Kind == KindHave && (len(e.Payload) == 0 || len(e.Payload)%commit.HashSize != 0) {
		return fmt.Errorf("p2p: %w: have payload of %d bytes is not a non-empty list of hashes", ErrBadEnvelope, len(e.Payload))
	}
	return nil
}

// Encode returns the wire form of e, or an error if e could not be decoded by the receiver.
func (e Envelope) Encode() ([]byte, error) {
	if err := e.check(); err != nil {
		return nil, err
	}
	b := make([]byte, envelopeHeader, envelopeHeader+len(e.Payload))
	b[0] = EnvelopeVersion
	b[1] = byte(e.Kind)
	binary.BigEndian.PutUint64(b[2:], e.JobID)
	binary.BigEndian.PutUint32(b[10:], uint32(len(e.Payload)))
	return append(b, e.Payload...), nil
}

// DecodeEnvelope parses exactly one envelope. It rejects an unknown version or kind, a payload
// over MaxPayload, a length that disagrees with the bytes present (short or trailing bytes) and
// a KindHave payload that is not a list of hashes. The payload is copied.
func DecodeEnvelope(b []byte) (Envelope, error) {
	if len(b) < envelopeHeader {
		return Envelope{}, fmt.Errorf("p2p: %w: %d bytes, shorter than the %d-byte header", ErrBadEnvelope, len(b), envelopeHeader)
	}
	if len(b) > MaxEnvelopeSize {
		return Envelope{}, fmt.Errorf("p2p: %w: %d bytes exceeds %d", ErrBadEnvelope, len(b), MaxEnvelopeSize)
	}
	if b[0] != EnvelopeVersion {
		return Envelope{}, fmt.Errorf("p2p: %w: version %d, want %d", ErrBadEnvelope, b[0], EnvelopeVersion)
	}
	n := binary.BigEndian.Uint32(b[10:])
	if n > MaxPayload {
		return Envelope{}, fmt.Errorf("p2p: %w: declared payload of %d bytes exceeds %d", ErrBadEnvelope, n, MaxPayload)
	}
	if rest := len(b) - envelopeHeader; uint32(rest) != n {
		return Envelope{}, fmt.Errorf("p2p: %w: declared payload of %d bytes, %d present", ErrBadEnvelope, n, rest)
	}
	e := Envelope{Kind: Kind(b[1]), JobID: binary.BigEndian.Uint64(b[2:])}
	if n > 0 {
		e.Payload = append([]byte(nil), b[envelopeHeader:]...)
	}
	if err := e.check(); err != nil {
		return Envelope{}, err
	}
	return e, nil
}
