package data

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

// Bounds on idx headers. A header is checked against them before anything is allocated, and
// the data buffer then grows only as bytes actually arrive, so a lying header cannot make the
// decoder allocate more than the input really holds (plus a factor of two).
const (
	MaxIDXDims     = 8          // dimensions per file
	MaxIDXItems    = 10_000_000 // first dimension (item count)
	MaxIDXItemSize = 1 << 24    // bytes per item (product of the other dimensions)
	MaxIDXBytes    = 1 << 32    // bytes of data in total
)

// IDXTypeUbyte is the only idx element type supported: unsigned bytes.
const IDXTypeUbyte = 0x08

// IDX is a decoded idx file with unsigned-byte elements (the format of the MNIST files).
//
// Layout: a big-endian uint32 magic 0x0000TTDD (TT = element type, DD = number of dimensions),
// DD big-endian uint32 dimensions, then the elements in row-major order.
type IDX struct {
	Magic uint32 // 0x00000800 | len(Dims)
	Dims  []int  // dimensions as in the header; Dims[0] is the item count
	Items int    // items decoded: Dims[0], or fewer when a limit was given
	Data  []byte // Items * ItemSize() elements, row-major
}

// ItemSize returns the number of elements per item (the product of Dims[1:]; 1 for a vector).
func (d *IDX) ItemSize() int {
	s := 1
	for _, v := range d.Dims[1:] {
		s *= v
	}
	return s
}

// Item returns the elements of item i (a view into Data).
func (d *IDX) Item(i int) []byte {
	s := d.ItemSize()
	return d.Data[i*s : (i+1)*s : (i+1)*s]
}

// ErrIDXTruncated is wrapped by ReadIDX errors for input that ends early.
var ErrIDXTruncated = errors.New("truncated")

// ReadIDX decodes an uncompressed idx stream of unsigned bytes. If 0 < limit < Dims[0], only the
// first limit items are read and the rest of r is left unread; otherwise all Dims[0] items are
// read and r must end right after them (for a gzip reader this also verifies the checksum).
// Headers are validated against MaxIDXDims, MaxIDXItems, MaxIDXItemSize and MaxIDXBytes; a
// dimension after the first must be positive.
func ReadIDX(r io.Reader, limit int) (*IDX, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("idx: reading magic: %w", truncated(err))
	}
	magic := binary.BigEndian.Uint32(hdr[:])
	if hdr[0] != 0 || hdr[1] != 0 {
		return nil, fmt.Errorf("idx: bad magic 0x%08x: first two bytes must be zero", magic)
	}
	if hdr[2] != IDXTypeUbyte {
		return nil, fmt.Errorf("idx: magic 0x%08x: element type 0x%02x not supported (want 0x08, unsigned byte)", magic, hdr[2])
	}
	nd := int(hdr[3])
	if nd < 1 || nd > MaxIDXDims {
		return nil, fmt.Errorf("idx: magic 0x%08x: %d dimensions, want 1..%d", magic, nd, MaxIDXDims)
	}
	dims := make([]int, nd)
	itemSize := 1
	for k := range dims {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			return nil, fmt.Errorf("idx: reading dimension %d: %w", k, truncated(err))
		}
		v := binary.BigEndian.Uint32(hdr[:])
		if k == 0 {
			if v > MaxIDXItems {
				return nil, fmt.Errorf("idx: item count %d exceeds %d", v, MaxIDXItems)
			}
		} else {
			if v == 0 {
				return nil, fmt.Errorf("idx: dimension %d is zero", k)
			}
			if uint64(itemSize)*uint64(v) > MaxIDXItemSize {
				return nil, fmt.Errorf("idx: item size exceeds %d bytes", MaxIDXItemSize)
			}
			itemSize *= int(v)
		}
		dims[k] = int(v)
	}
	items := dims[0]
	if limit > 0 && limit < items {
		items = limit
	}
	total := uint64(items) * uint64(itemSize)
	if total > MaxIDXBytes {
		return nil, fmt.Errorf("idx: %d items of %d bytes exceed %d bytes", items, itemSize, uint64(MaxIDXBytes))
	}
	data, err := readBytes(r, int(total))
	if err != nil {
		return nil, fmt.Errorf("idx: reading %d items of %d bytes: got %d of %d bytes: %w",
			items, itemSize, len(data), total, truncated(err))
	}
	if items == dims[0] {
		var one [1]byte
		n, err := io.ReadFull(r, one[:])
		if n > 0 {
			return nil, errors.New("idx: trailing data after the last item")
		}
		if err != io.EOF {
			return nil, fmt.Errorf("idx: after the last item: %w", err)
		}
	}
	return &IDX{Magic: magic, Dims: dims, Items: items, Data: data}, nil
}

// truncated maps the end-of-input errors of io.ReadFull to ErrIDXTruncated and keeps others.
func truncated(err error) error {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return ErrIDXTruncated
	}
	return err
}

// readBytes reads exactly n bytes, growing its buffer only as data arrives. On error it returns
// the bytes read so far.
func readBytes(r io.Reader, n int) ([]byte, error) {
	const chunk = 64 << 10 // first allocation; then doubling, capped at n
	buf := make([]byte, 0, min(n, chunk))
	for len(buf) < n {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, min(n-len(buf), len(buf)))
		}
		end := min(cap(buf), n)
		k, err := io.ReadFull(r, buf[len(buf):end])
		buf = buf[:len(buf)+k]
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}
