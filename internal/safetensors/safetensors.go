// Package safetensors reads and writes float32 tensors in the safetensors
// format (https://huggingface.co/docs/safetensors), strictly and
// deterministically.
//
// A safetensors file is an 8-byte little-endian uint64 N, then N bytes of
// UTF-8 JSON header, then the data buffer. The header is a JSON object that
// maps each tensor name to {"dtype","shape","data_offsets":[begin,end]}, the
// offsets being relative to the start of the data buffer, plus an optional
// "__metadata__" object of string to string. The tensors must cover the data
// buffer exactly: contiguous, without gaps, overlap or trailing bytes.
//
// Only dtype "F32" is supported: veritrain's training state is float32
// throughout. Values are copied bit for bit in both directions (NaN payloads,
// signed zeros and subnormals are preserved, never canonicalised).
//
// Write is byte-for-byte deterministic. Its header lists "__metadata__" first
// (omitted when there is no metadata), then the tensor entries sorted by name
// (byte-wise), each with the fields in the order dtype, shape, data_offsets;
// metadata keys are sorted byte-wise; strings are escaped the way serde_json
// (used by the reference Rust implementation) escapes them; there is no
// insignificant whitespace; the header is padded with spaces to a multiple of
// 8 bytes so that the data buffer starts at an 8-byte aligned offset. For
// tensors given in name order and at most one metadata entry this is exactly
// what the reference implementation writes.
//
// Read is stricter than the reference implementation: it also rejects
// duplicate keys, unknown fields, lone UTF-16 surrogate escapes, a header
// that does not start with '{', and header padding other than spaces.
package safetensors

import (
	"errors"
	"math"
)

// ErrFormat is wrapped by every error Read reports because the input is not
// a valid, supported safetensors file (including input shorter than the size
// the caller gave). Test with errors.Is.
var ErrFormat = errors.New("safetensors: invalid file")

// ErrInvalid is wrapped by every error Write reports because its arguments
// cannot be encoded (bad names, shapes or data lengths). Test with errors.Is.
var ErrInvalid = errors.New("safetensors: invalid tensors")

// MetadataKey is the reserved top-level header key that holds the free-form
// string-to-string metadata. No tensor may have this name.
const MetadataKey = "__metadata__"

// DTypeF32 is the only dtype this package reads and writes.
const DTypeF32 = "F32"

// Default limits used by Read, ReadFile and for zero fields of Limits.
const (
	// DefaultMaxHeaderBytes is the largest accepted header length N. It is
	// the reference implementation's limit (100 MB).
	DefaultMaxHeaderBytes int64 = 100_000_000
	// DefaultMaxTensors is the largest accepted number of tensors.
	DefaultMaxTensors = 100_000
	// DefaultMaxTotalBytes is the largest accepted file size (16 GiB).
	DefaultMaxTotalBytes int64 = 16 << 30
)

// maxNumel bounds the element count of one tensor so that its byte length
// (4*numel) fits in an int on every platform.
const maxNumel = math.MaxInt / 4

// Limits bounds what Read accepts, so that hostile input cannot make it
// allocate without bound. A zero (or negative) field means its default.
type Limits struct {
	// MaxHeaderBytes is the largest accepted header length N.
	MaxHeaderBytes int64
	// MaxTensors is the largest accepted number of tensors.
	MaxTensors int
	// MaxTotalBytes is the largest accepted total file size.
	MaxTotalBytes int64
}

// DefaultLimits returns the limits Read and ReadFile use.
func DefaultLimits() Limits {
	return Limits{
		MaxHeaderBytes: DefaultMaxHeaderBytes,
		MaxTensors:     DefaultMaxTensors,
		MaxTotalBytes:  DefaultMaxTotalBytes,
	}
}

// withDefaults replaces zero or negative fields by their defaults.
func (l Limits) withDefaults() Limits {
	if l.MaxHeaderBytes <= 0 {
		l.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	if l.MaxTensors <= 0 {
		l.MaxTensors = DefaultMaxTensors
	}
	if l.MaxTotalBytes <= 0 {
		l.MaxTotalBytes = DefaultMaxTotalBytes
	}
	return l
}

// Tensor is one named float32 tensor, row-major, little-endian on disk.
// A scalar has an empty Shape and one element; a shape with a zero dimension
// has no elements.
type Tensor struct {
	Name  string
	Shape []int
	Data  []float32
}

// File is the decoded content of a safetensors file.
type File struct {
	// Tensors are in data-offset order; zero-size tensors that share an
	// offset are in name order. Writing them back in this order reproduces
	// the same layout.
	Tensors []Tensor
	// Metadata is the "__metadata__" object; never nil after Read.
	Metadata map[string]string

	index map[string]int // name -> position in Tensors, built by Read
}

// Get returns the tensor with the given name, pointing into f.Tensors, and
// whether it exists.
func (f *File) Get(name string) (*Tensor, bool) {
	if i, ok := f.index[name]; ok && i < len(f.Tensors) && f.Tensors[i].Name == name {
		return &f.Tensors[i], true
	}
	// f was built by hand or f.Tensors was changed after Read.
	for i := range f.Tensors {
		if f.Tensors[i].Name == name {
			return &f.Tensors[i], true
		}
	}
	return nil, false
}

// numel returns the element count of shape, or ok == false if a dimension is
// negative or the running product exceeds maxNumel (checked in dimension
// order, as the reference implementation does, so [huge, huge, 0] overflows).
func numel(shape []int) (n int, ok bool) {
	n = 1
	for _, d := range shape {
		if d < 0 {
			return 0, false
		}
		if d != 0 && n > maxNumel/d {
			return 0, false
		}
		n *= d
	}
	return n, true
}
