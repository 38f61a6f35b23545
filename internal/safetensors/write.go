package safetensors

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"unicode/utf8"
)

// chunkBytes is the size of the scratch buffer used to encode and decode
// tensor data.
const chunkBytes = 64 << 10

// Write writes tensors in the given order with dtype "F32", and metadata
// (which may be nil; nil and empty are written the same way, without a
// "__metadata__" entry). The output is byte-for-byte deterministic for the
// same input; see the package documentation for the exact header layout.
//
// Write checks its input before writing anything: every name must be
// non-empty, valid UTF-8, unique and not "__metadata__"; shapes must have
// non-negative dimensions whose product fits; len(Data) must equal the
// product of Shape; metadata keys and values must be valid UTF-8. Such errors
// wrap ErrInvalid. Errors from w are returned wrapped.
func Write(w io.Writer, tensors []Tensor, metadata map[string]string) error {
	header, err := encodeHeader(tensors, metadata)
	if err != nil {
		return err
	}
	prefix := make([]byte, 8, 8+len(header))
	binary.LittleEndian.PutUint64(prefix, uint64(len(header)))
	if _, err := w.Write(append(prefix, header...)); err != nil {
		return fmt.Errorf("safetensors: writing header: %w", err)
	}
	buf := make([]byte, chunkBytes)
	for i := range tensors {
		data := tensors[i].Data
		for len(data) > 0 {
			n := min(len(data), chunkBytes/4)
			for j, v := range data[:n] {
				binary.LittleEndian.PutUint32(buf[4*j:], math.Float32bits(v))
			}
			if _, err := w.Write(buf[:4*n]); err != nil {
				return fmt.Errorf("safetensors: writing tensor %q: %w", tensors[i].Name, err)
			}
			data = data[n:]
		}
	}
	return nil
}

// encodeHeader validates tensors and metadata and returns the padded JSON
// header.
func encodeHeader(tensors []Tensor, metadata map[string]string) ([]byte, error) {
	seen := make(map[string]int, len(tensors))
	begins := make([]int64, len(tensors))
	var offset int64
	for i := range tensors {
		t := &tensors[i]
		switch {
		case t.Name == "":
			return nil, fmt.Errorf("%w: tensor %d: empty name", ErrInvalid, i)
		case t.Name == MetadataKey:
			return nil, fmt.Errorf("%w: tensor %d: name %q is reserved", ErrInvalid, i, t.Name)
		case !utf8.ValidString(t.Name):
			return nil, fmt.Errorf("%w: tensor %d: name %q is not valid UTF-8", ErrInvalid, i, t.Name)
		}
		if j, dup := seen[t.Name]; dup {
			return nil, fmt.Errorf("%w: tensor %d: duplicate name %q (also tensor %d)", ErrInvalid, i, t.Name, j)
		}
		seen[t.Name] = i
		for k, d := range t.Shape {
			if d < 0 {
				return nil, fmt.Errorf("%w: tensor %q: shape %v: dimension %d is negative", ErrInvalid, t.Name, t.Shape, k)
			}
		}
		n, ok := numel(t.Shape)
		if !ok {
			return nil, fmt.Errorf("%w: tensor %q: shape %v: element count overflows", ErrInvalid, t.Name, t.Shape)
		}
		if len(t.Data) != n {
			return nil, fmt.Errorf("%w: tensor %q: shape %v needs %d elements, Data has %d", ErrInvalid, t.Name, t.Shape, n, len(t.Data))
		}
		if offset > math.MaxInt64-4*int64(n) {
			return nil, fmt.Errorf("%w: tensor %q: total data size overflows", ErrInvalid, t.Name)
		}
		begins[i] = offset
		offset += 4 * int64(n)
	}
	keys := make([]string, 0, len(metadata))
	for k, v := range metadata {
		if !utf8.ValidString(k) {
			return nil, fmt.Errorf("%w: metadata key %q is not valid UTF-8", ErrInvalid, k)
		}
		if !utf8.ValidString(v) {
			return nil, fmt.Errorf("%w: metadata value for key %q is not valid UTF-8", ErrInvalid, k)
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	order := make([]int, len(tensors))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case tensors[a].Name < tensors[b].Name:
			return -1
		case tensors[a].Name > tensors[b].Name:
			return 1
		}
		return 0
	})

	h := make([]byte, 0, 64+80*len(tensors))
	h = append(h, '{')
	first := true
	if len(keys) > 0 {
		h = appendString(h, MetadataKey)
		h = append(h, ":{"...)
		for i, k := range keys {
			if i > 0 {
				h = append(h, ',')
			}
			h = appendString(h, k)
			h = append(h, ':')
			h = appendString(h, metadata[k])
		}
		h = append(h, '}')
		first = false
	}
	for _, i := range order {
		t := &tensors[i]
		if !first {
			h = append(h, ',')
		}
		first = false
		h = appendString(h, t.Name)
		h = append(h, `:{"dtype":"F32","shape":[`...)
		for k, d := range t.Shape {
			if k > 0 {
				h = append(h, ',')
			}
			h = strconv.AppendInt(h, int64(d), 10)
		}
		h = append(h, `],"data_offsets":[`...)
		h = strconv.AppendInt(h, begins[i], 10)
		h = append(h, ',')
		h = strconv.AppendInt(h, begins[i]+4*int64(len(t.Data)), 10)
		h = append(h, "]}"...)
	}
	h = append(h, '}')
	for len(h)%8 != 0 {
		h = append(h, ' ')
	}
	return h, nil
}

// appendString appends s (valid UTF-8) as a JSON string, escaped exactly as
// serde_json escapes it: '"' and '\\' by a backslash, \b \t \n \f \r by
// their short escapes, other bytes below 0x20 as \u00xx with lowercase hex,
// everything else verbatim.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\b':
			b = append(b, '\\', 'b')
		case '\t':
			b = append(b, '\\', 't')
		case '\n':
			b = append(b, '\\', 'n')
		case '\f':
			b = append(b, '\\', 'f')
		case '\r':
			b = append(b, '\\', 'r')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// WriteFile writes the file atomically: it writes to a temporary file in the
// same directory, fsyncs it, renames it over path and fsyncs the directory
// (except on Windows). On error the temporary file is removed and an
// existing file at path is left untouched (unless only the final directory
// fsync failed). The file gets mode 0644.
func WriteFile(path string, tensors []Tensor, metadata map[string]string) (err error) {
	if _, err := encodeHeader(tensors, metadata); err != nil {
		return err // fail before touching the file system
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if err := Write(f, tensors, metadata); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err2 := os.Open(dir)
	if err2 != nil {
		return fmt.Errorf("safetensors: %s written, but syncing its directory: %w", path, err2)
	}
	err2 = d.Sync()
	if cerr := d.Close(); err2 == nil {
		err2 = cerr
	}
	if err2 != nil {
		return fmt.Errorf("safetensors: %s written, but syncing its directory: %w", path, err2)
	}
	return nil
}
