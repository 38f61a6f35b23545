package data

import (
	"bytes"
	"encoding/binary"
	"errors"
	"slices"
	"strings"
	"testing"
)

// idxBytes encodes an idx file: magic, dimensions, then data.
func idxBytes(magic uint32, dims []uint32, data []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, magic)
	for _, d := range dims {
		b = binary.BigEndian.AppendUint32(b, d)
	}
	return append(b, data...)
}

func seq(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i * 7)
	}
	return b
}

func TestReadIDX(t *testing.T) {
	for _, c := range []struct {
		name  string
		in    []byte
		limit int
		dims  []int
		items int
		data  []byte
	}{
		{"labels", idxBytes(0x801, []uint32{5}, seq(5)), 0, []int{5}, 5, seq(5)},
		{"images", idxBytes(0x803, []uint32{2, 3, 4}, seq(24)), 0, []int{2, 3, 4}, 2, seq(24)},
		{"limit", idxBytes(0x803, []uint32{3, 2, 2}, seq(12)), 2, []int{3, 2, 2}, 2, seq(8)},
		// With a limit, the rest of the input is not read (trailing garbage is not seen).
		{"limit ignores rest", append(idxBytes(0x801, []uint32{4}, seq(4)), 9, 9), 1, []int{4}, 1, seq(1)},
		{"limit above count", idxBytes(0x801, []uint32{3}, seq(3)), 10, []int{3}, 3, seq(3)},
		{"empty", idxBytes(0x801, []uint32{0}, nil), 0, []int{0}, 0, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := ReadIDX(bytes.NewReader(c.in), c.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(d.Dims, c.dims) || d.Items != c.items || !bytes.Equal(d.Data, c.data) {
				t.Fatalf("got dims %v items %d data %v, want %v %d %v", d.Dims, d.Items, d.Data, c.dims, c.items, c.data)
			}
			if d.Magic != binary.BigEndian.Uint32(c.in) {
				t.Fatalf("magic %#x", d.Magic)
			}
		})
	}
}

func TestReadIDXErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		in    []byte
		limit int
		want  string // substring of the error
		trunc bool   // errors.Is(err, ErrIDXTruncated)
	}{
		{"no input", nil, 0, "reading magic: truncated", true},
		{"short magic", []byte{0, 0, 8}, 0, "reading magic: truncated", true},
		{"magic high bytes", idxBytes(0x01000801, []uint32{1}, seq(1)), 0, "first two bytes must be zero", false},
		{"gzip magic", []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0}, 0, "first two bytes must be zero", false},
		{"int32 elements", idxBytes(0x0c01, []uint32{1}, seq(4)), 0, "element type 0x0c not supported", false},
		{"zero dims", idxBytes(0x800, nil, nil), 0, "0 dimensions", false},
		{"nine dims", idxBytes(0x809, []uint32{1, 1, 1, 1, 1, 1, 1, 1, 1}, seq(1)), 0, "9 dimensions", false},
		{"short dims", idxBytes(0x803, []uint32{1, 28}, nil), 0, "reading dimension 2: truncated", true},
		{"too many items", idxBytes(0x801, []uint32{10_000_001}, nil), 0, "item count 10000001 exceeds", false},
		{"huge count lies", idxBytes(0x801, []uint32{10_000_000}, seq(3)), 0, "got 3 of 10000000 bytes", true},
		{"zero dimension", idxBytes(0x803, []uint32{1, 0, 28}, nil), 0, "dimension 1 is zero", false},
		{"huge item", idxBytes(0x803, []uint32{1, 1 << 16, 1 << 16}, nil), 0, "item size exceeds", false},
		{"truncated data", idxBytes(0x803, []uint32{2, 2, 2}, seq(7)), 0, "got 7 of 8 bytes: truncated", true},
		{"truncated within limit", idxBytes(0x803, []uint32{3, 2, 2}, seq(7)), 2, "got 7 of 8 bytes", true},
		{"trailing data", idxBytes(0x801, []uint32{2}, seq(3)), 0, "trailing data", false},
		{"trailing data, limit >= count", idxBytes(0x801, []uint32{2}, seq(3)), 2, "trailing data", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := ReadIDX(bytes.NewReader(c.in), c.limit)
			if err == nil {
				t.Fatalf("no error; got dims %v items %d", d.Dims, d.Items)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %q does not contain %q", err, c.want)
			}
			if errors.Is(err, ErrIDXTruncated) != c.trunc {
				t.Fatalf("error %q: errors.Is(ErrIDXTruncated) = %v, want %v", err, !c.trunc, c.trunc)
			}
		})
	}
}

// errReader fails after its data.
type errReader struct {
	data []byte
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReadIDXReaderError(t *testing.T) {
	boom := errors.New("boom")
	for _, in := range [][]byte{nil, idxBytes(0x801, []uint32{3}, seq(1)), idxBytes(0x801, []uint32{1}, seq(1))} {
		if _, err := ReadIDX(&errReader{in, boom}, 0); !errors.Is(err, boom) {
			t.Errorf("input %v: error %v, want it to wrap the reader's error", in, err)
		}
	}
}

func FuzzReadIDX(f *testing.F) {
	f.Add(idxBytes(0x801, []uint32{3}, seq(3)), 0)
	f.Add(idxBytes(0x803, []uint32{2, 3, 4}, seq(24)), 1)
	f.Add(idxBytes(0x803, []uint32{2, 28, 28}, seq(100)), 0)
	f.Add(idxBytes(0x802, []uint32{1, 1 << 20}, nil), 0)
	f.Add([]byte{}, 0)
	f.Fuzz(func(t *testing.T, in []byte, limit int) {
		d, err := ReadIDX(bytes.NewReader(in), limit)
		if err != nil {
			return
		}
		// A successful decode re-encodes to a prefix of the input (all of it without a limit).
		var dims []uint32
		for _, v := range d.Dims {
			dims = append(dims, uint32(v))
		}
		enc := idxBytes(d.Magic, dims, d.Data)
		if !bytes.HasPrefix(in, enc) {
			t.Fatalf("re-encoding %x is not a prefix of the input %x", enc, in)
		}
		if d.Items == d.Dims[0] && len(enc) != len(in) {
			t.Fatalf("decoded all %d items but left %d bytes", d.Items, len(in)-len(enc))
		}
		if len(d.Data) != d.Items*d.ItemSize() || d.Items > d.Dims[0] || (limit > 0 && d.Items > limit) {
			t.Fatalf("inconsistent result: dims %v items %d len %d limit %d", d.Dims, d.Items, len(d.Data), limit)
		}
		if d.Magic&0xff != uint32(len(d.Dims)) {
			t.Fatalf("magic %#x with %d dims", d.Magic, len(d.Dims))
		}
	})
}
