package p2p

import (
	"encoding/binary"
	"errors"
	"fmt"

	"veritrain/internal/commit"
)

// BlobProtocol is the libp2p protocol id of the blob exchange.
//
// A fetcher opens a stream and writes a Request (41 bytes); the server answers with a Response
// header (10 bytes) and, if the status is StatusOK, the blob's bytes from the requested offset to
// its end, then closes the stream.
const BlobProtocol = "/veritrain/blob/1"

// WireVersion is the first byte of blob requests and responses.
const WireVersion = 1

// RequestSize and ResponseSize are the fixed lengths of the wire headers.
const (
	RequestSize  = 1 + commit.HashSize + 8
	ResponseSize = 1 + 1 + 8
)

// maxWireSize bounds sizes and offsets on the wire (2^62), far above any sensible blob and
// safe to convert to int64.
const maxWireSize = 1 << 62

// ErrBadWire is wrapped by every blob header decoding error.
var ErrBadWire = errors.New("bad blob protocol header")

// Request asks for the blob Hash from byte Offset on.
type Request struct {
	Hash   commit.Hash
	Offset int64
}

// Encode returns the wire form of r.
func (r Request) Encode() []byte {
	b := make([]byte, RequestSize)
	b[0] = WireVersion
	copy(b[1:], r.Hash[:])
	binary.BigEndian.PutUint64(b[1+commit.HashSize:], uint64(r.Offset))
	return b
}

// DecodeRequest parses exactly RequestSize bytes.
func DecodeRequest(b []byte) (Request, error) {
	if len(b) != RequestSize {
		return Request{}, fmt.Errorf("p2p: %w: request of %d bytes, want %d", ErrBadWire, len(b), RequestSize)
	}
	if b[0] != WireVersion {
		return Request{}, fmt.Errorf("p2p: %w: request version %d, want %d", ErrBadWire, b[0], WireVersion)
	}
	var r Request
	copy(r.Hash[:], b[1:])
	off := binary.BigEndian.Uint64(b[1+commit.HashSize:])
	if off > maxWireSize {
		return Request{}, fmt.Errorf("p2p: %w: offset %d out of range", ErrBadWire, off)
	}
	r.Offset = int64(off)
	return r, nil
}

// Status is a blob response's outcome.
type Status uint8

// The response statuses.
const (
	StatusOK       Status = 0 // Size is the blob's total size; bytes Offset..Size follow
	StatusNotFound Status = 1 // the server does not hold the blob
	StatusBadRange Status = 2 // Offset exceeds the blob's size, which is Size
	StatusBusy     Status = 3 // the server refuses to serve now; try another peer
)

func (s Status) String() string {
	switch s {
	case StatusOK:
		return "ok"
	case StatusNotFound:
		return "not found"
	case StatusBadRange:
		return "bad range"
	case StatusBusy:
		return "busy"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Response is the header the server answers a Request with.
type Response struct {
	Status Status
	Size   int64
}

// Encode returns the wire form of r.
func (r Response) Encode() []byte {
	b := make([]byte, ResponseSize)
	b[0] = WireVersion
	b[1] = byte(r.Status)
	binary.BigEndian.PutUint64(b[2:], uint64(r.Size))
	return b
}

// DecodeResponse parses exactly ResponseSize bytes. Size must be zero for StatusNotFound and
// StatusBusy.
func DecodeResponse(b []byte) (Response, error) {
	if len(b) != ResponseSize {
		return Response{}, fmt.Errorf("p2p: %w: response of %d bytes, want %d", ErrBadWire, len(b), ResponseSize)
	}
	if b[0] != WireVersion {
		return Response{}, fmt.Errorf("p2p: %w: response version %d, want %d", ErrBadWire, b[0], WireVersion)
	}
	r := Response{Status: Status(b[1])}
	size := binary.BigEndian.Uint64(b[2:])
	if size > maxWireSize {
		return Response{}, fmt.Errorf("p2p: %w: size %d out of range", ErrBadWire, size)
	}
	r.Size = int64(size)
	switch r.Status {
	case StatusOK, StatusBadRange:
	case StatusNotFound, StatusBusy:
		if r.Size != 0 {
			return Response{}, fmt.Errorf("p2p: %w: %s response with size %d", ErrBadWire, r.Status, r.Size)
		}
	default:
		return Response{}, fmt.Errorf("p2p: %w: unknown status %d", ErrBadWire, uint8(r.Status))
	}
	return r, nil
}
