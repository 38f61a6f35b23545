package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Read decodes a safetensors file of exactly size bytes from r, with the
// default Limits. See ReadWithLimits.
func Read(r io.Reader, size int64) (*File, error) {
	return ReadWithLimits(r, size, DefaultLimits())
}

// ReadFile reads the safetensors file at path with the default Limits.
func ReadFile(path string) (*File, error) {
	return ReadFileWithLimits(path, DefaultLimits())
}

// ReadFileWithLimits reads the safetensors file at path within lim.
func ReadFileWithLimits(path string, lim Limits) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	file, err := ReadWithLimits(f, st.Size(), lim)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return file, nil
}

// ReadWithLimits decodes a safetensors file from r, which must yield exactly
// size bytes and then io.EOF (wrap r in an io.LimitReader or
// io.SectionReader to read a file embedded in a longer stream).
//
// size is the caller's statement of the file length: every length and
// offset in the file is checked against it and against lim before anything
// is allocated, so a hostile file cannot make Read allocate more than about
// size bytes (plus the parsed header). size itself must not exceed
// lim.MaxTotalBytes.
//
// Errors caused by the content (including r ending before size bytes, or
// yielding more) wrap ErrFormat and name the offending tensor or field;
// other errors from r are returned wrapped.
func ReadWithLimits(r io.Reader, size int64, lim Limits) (*File, error) {
	lim = lim.withDefaults()
	switch {
	case size < 0:
		return nil, fmt.Errorf("%w: negative file size %d", ErrFormat, size)
	case size > lim.MaxTotalBytes:
		return nil, fmt.Errorf("%w: file size %d exceeds the limit of %d bytes", ErrFormat, size, lim.MaxTotalBytes)
	case size < 8:
		return nil, fmt.Errorf("%w: file is %d bytes, shorter than the 8-byte header length", ErrFormat, size)
	}
	var lenBuf [8]byte
	if err := readFull(r, lenBuf[:], "header length"); err != nil {
		return nil, err
	}
	n := binary.LittleEndian.Uint64(lenBuf[:])
	switch {
	case n == 0:
		return nil, fmt.Errorf("%w: header length is 0", ErrFormat)
	case n > uint64(lim.MaxHeaderBytes):
		return nil, fmt.Errorf("%w: header length %d exceeds the limit of %d bytes", ErrFormat, n, lim.MaxHeaderBytes)
	case n > uint64(size-8):
		return nil, fmt.Errorf("%w: header length %d runs past the end of the %d-byte file", ErrFormat, n, size)
	}
	header := make([]byte, n)
	if err := readFull(r, header, "header"); err != nil {
		return nil, err
	}
	dataLen := size - 8 - int64(n)
	entries, metadata, err := parseHeader(header, lim.MaxTensors, dataLen)
	if err != nil {
		return nil, err
	}
	if err := checkLayout(entries, dataLen); err != nil {
		return nil, err
	}

	f := &File{
		Tensors:  make([]Tensor, len(entries)),
		Metadata: metadata,
		index:    make(map[string]int, len(entries)),
	}
	// A whole number of elements, at least one (dataLen >= 4 whenever a
	// tensor has elements, since the layout covers the buffer exactly).
	buf := make([]byte, max(min(dataLen, chunkBytes)&^3, 4))
	for i, e := range entries {
		data := make([]float32, e.numel)
		for done := 0; done < len(data); {
			m := min(len(data)-done, len(buf)/4)
			chunk := buf[:4*m]
			if err := readFull(r, chunk, "data of tensor "+strconv.Quote(e.name)); err != nil {
				return nil, err
			}
			for j := range m {
				data[done+j] = math.Float32frombits(binary.LittleEndian.Uint32(chunk[4*j:]))
			}
			done += m
		}
		f.Tensors[i] = Tensor{Name: e.name, Shape: e.shape, Data: data}
		f.index[e.name] = i
	}
	var one [1]byte
	switch k, err := io.ReadFull(r, one[:]); {
	case k > 0:
		return nil, fmt.Errorf("%w: reader has more than the stated size of %d bytes", ErrFormat, size)
	case err != nil && err != io.EOF:
		return nil, fmt.Errorf("safetensors: reading past the end: %w", err)
	}
	return f, nil
}

// readFull fills p from r. A short read means the reader holds less than the
// stated size: that error wraps both ErrFormat and io.ErrUnexpectedEOF.
func readFull(r io.Reader, p []byte, what string) error {
	_, err := io.ReadFull(r, p)
	switch {
	case err == nil:
		return nil
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return fmt.Errorf("%w: reading %s: file shorter than its stated size: %w", ErrFormat, what, io.ErrUnexpectedEOF)
	default:
		return fmt.Errorf("safetensors: reading %s: %w", what, err)
	}
}

// entry is one tensor entry of the header.
type entry struct {
	name       string
	shape      []int
	numel      int
	begin, end int64
}

// formatErr returns an error wrapping ErrFormat.
func formatErr(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...)
}

// headerParser walks the header JSON token by token, so that duplicate keys
// are seen (encoding/json would silently keep the last one) and nothing is
// allocated beyond what the header bytes themselves bound.
type headerParser struct {
	dec *json.Decoder
}

// token returns the next token, turning syntax errors into format errors.
func (p *headerParser) token(where string) (json.Token, error) {
	tok, err := p.dec.Token()
	if err == io.EOF {
		return nil, formatErr("%s: header JSON ends unexpectedly", where)
	}
	if err != nil {
		return nil, formatErr("%s: header is not valid JSON: %v", where, err)
	}
	return tok, nil
}

// delim reads the next token and checks that it is the delimiter d.
func (p *headerParser) delim(d json.Delim, where, what string) error {
	tok, err := p.token(where)
	if err != nil {
		return err
	}
	if tok != d {
		return formatErr("%s: must be %s, found %s", where, what, describe(tok))
	}
	return nil
}

// describe names a token for error messages.
func describe(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		switch v {
		case '{':
			return "an object"
		case '[':
			return "an array"
		}
		return fmt.Sprintf("%q", string(v))
	case string:
		return "string " + strconv.Quote(v)
	case json.Number:
		return "number " + string(v)
	case bool:
		return fmt.Sprintf("%t", v)
	case nil:
		return "null"
	}
	return fmt.Sprintf("%v", tok)
}

// parseHeader parses and checks the header JSON. dataLen is the length of
// the data buffer, against which each tensor's offsets are checked.
func parseHeader(h []byte, maxTensors int, dataLen int64) ([]entry, map[string]string, error) {
	if !utf8.Valid(h) {
		return nil, nil, formatErr("header is not valid UTF-8")
	}
	if h[0] != '{' {
		return nil, nil, formatErr("header must be a JSON object starting with '{', found %q", h[0])
	}
	p := &headerParser{dec: json.NewDecoder(bytes.NewReader(h))}
	p.dec.UseNumber()
	if err := p.delim('{', "header", "a JSON object"); err != nil {
		return nil, nil, err
	}
	var (
		entries  []entry
		metadata map[string]string
		seen     = make(map[string]struct{})
	)
	for p.dec.More() {
		tok, err := p.token("header")
		if err != nil {
			return nil, nil, err
		}
		key := tok.(string) // the decoder only yields string keys in objects
		if _, dup := seen[key]; dup {
			return nil, nil, formatErr("duplicate key %q in header", key)
		}
		seen[key] = struct{}{}
		if key == MetadataKey {
			if metadata, err = p.metadata(); err != nil {
				return nil, nil, err
			}
			continue
		}
		if key == "" {
			return nil, nil, formatErr("tensor with an empty name")
		}
		if len(entries) >= maxTensors {
			return nil, nil, formatErr("more than %d tensors", maxTensors)
		}
		e, err := p.entry(key, dataLen)
		if err != nil {
			return nil, nil, err
		}
		entries = append(entries, e)
	}
	if err := p.delim('}', "header", "the end of the object"); err != nil {
		return nil, nil, err
	}
	rest := h[p.dec.InputOffset():]
	if i := bytes.IndexFunc(rest, func(r rune) bool { return r != ' ' }); i >= 0 {
		return nil, nil, formatErr("header has %q after the JSON object (only space padding is allowed)", rest[i])
	}
	if err := checkSurrogates(h); err != nil {
		return nil, nil, err
	}
	if metadata == nil {
		metadata = make(map[string]string)
	}
	return entries, metadata, nil
}

// metadata parses the "__metadata__" object of string to string.
func (p *headerParser) metadata() (map[string]string, error) {
	const where = MetadataKey
	if err := p.delim('{', where, "an object of strings"); err != nil {
		return nil, err
	}
	m := make(map[string]string)
	for p.dec.More() {
		tok, err := p.token(where)
		if err != nil {
			return nil, err
		}
		key := tok.(string)
		if _, dup := m[key]; dup {
			return nil, formatErr("%s: duplicate key %q", where, key)
		}
		tok, err = p.token(where)
		if err != nil {
			return nil, err
		}
		v, ok := tok.(string)
		if !ok {
			return nil, formatErr("%s: value of %q must be a string, found %s", where, key, describe(tok))
		}
		m[key] = v
	}
	if err := p.delim('}', where, "the end of the object"); err != nil {
		return nil, err
	}
	return m, nil
}

// entry parses the {"dtype","shape","data_offsets"} object of tensor name
// and checks it on its own: supported dtype, valid shape, offsets that match
// the shape and lie inside a data buffer of dataLen bytes.
func (p *headerParser) entry(name string, dataLen int64) (entry, error) {
	e := entry{name: name}
	where := "tensor " + strconv.Quote(name)
	if err := p.delim('{', where, "an object"); err != nil {
		return e, err
	}
	var hasDtype, hasShape, hasOffsets bool
	var offsets []int64
	for p.dec.More() {
		tok, err := p.token(where)
		if err != nil {
			return e, err
		}
		field := tok.(string)
		fwhere := where + ": field " + strconv.Quote(field)
		switch field {
		case "dtype":
			if hasDtype {
				return e, formatErr("%s: duplicate field", fwhere)
			}
			hasDtype = true
			tok, err := p.token(fwhere)
			if err != nil {
				return e, err
			}
			dt, ok := tok.(string)
			if !ok {
				return e, formatErr("%s: must be a string, found %s", fwhere, describe(tok))
			}
			if dt != DTypeF32 {
				return e, formatErr("%s: unsupported dtype %q (only %s is supported)", fwhere, dt, DTypeF32)
			}
		case "shape":
			if hasShape {
				return e, formatErr("%s: duplicate field", fwhere)
			}
			hasShape = true
			dims, err := p.ints(fwhere, math.MaxInt)
			if err != nil {
				return e, err
			}
			e.shape = make([]int, len(dims))
			for i, d := range dims {
				e.shape[i] = int(d)
			}
		case "data_offsets":
			if hasOffsets {
				return e, formatErr("%s: duplicate field", fwhere)
			}
			hasOffsets = true
			if offsets, err = p.ints(fwhere, math.MaxInt64); err != nil {
				return e, err
			}
			if len(offsets) != 2 {
				return e, formatErr("%s: must be two integers [begin,end], found %d", fwhere, len(offsets))
			}
		default:
			return e, formatErr("%s: unknown field (allowed: dtype, shape, data_offsets)", fwhere)
		}
	}
	if err := p.delim('}', where, "the end of the object"); err != nil {
		return e, err
	}
	switch {
	case !hasDtype:
		return e, formatErr("%s: missing field \"dtype\"", where)
	case !hasShape:
		return e, formatErr("%s: missing field \"shape\"", where)
	case !hasOffsets:
		return e, formatErr("%s: missing field \"data_offsets\"", where)
	}
	n, ok := numel(e.shape)
	if !ok {
		return e, formatErr("%s: shape %v: element count overflows", where, e.shape)
	}
	e.numel = n
	e.begin, e.end = offsets[0], offsets[1]
	switch {
	case e.begin > e.end:
		return e, formatErr("%s: data_offsets [%d,%d]: begin is after end", where, e.begin, e.end)
	case e.end-e.begin != 4*int64(n):
		return e, formatErr("%s: data_offsets [%d,%d] span %d bytes, but shape %v of F32 needs %d",
			where, e.begin, e.end, e.end-e.begin, e.shape, 4*int64(n))
	case e.end > dataLen:
		return e, formatErr("%s: data_offsets [%d,%d] run past the end of the %d-byte data buffer",
			where, e.begin, e.end, dataLen)
	}
	return e, nil
}

// ints parses a JSON array of non-negative integers, each at most max.
func (p *headerParser) ints(where string, max int64) ([]int64, error) {
	if err := p.delim('[', where, "an array of integers"); err != nil {
		return nil, err
	}
	var out []int64
	for p.dec.More() {
		tok, err := p.token(where)
		if err != nil {
			return nil, err
		}
		num, ok := tok.(json.Number)
		if !ok {
			return nil, formatErr("%s: must be an array of integers, found %s", where, describe(tok))
		}
		s := string(num)
		if strings.HasPrefix(s, "-") {
			return nil, formatErr("%s: negative value %s", where, s)
		}
		if strings.ContainsAny(s, ".eE") {
			return nil, formatErr("%s: %s is not an integer", where, s)
		}
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil || v > max {
			return nil, formatErr("%s: value %s is too large", where, s)
		}
		out = append(out, v)
	}
	if err := p.delim(']', where, "the end of the array"); err != nil {
		return nil, err
	}
	return out, nil
}

// checkLayout sorts entries by (begin, end, name) and checks that they cover
// the data buffer of dataLen bytes exactly: contiguous, without gaps,
// overlaps or trailing bytes. Ties (zero-size tensors at the same offset)
// are broken by name, so re-encoding a file keeps its order.
func checkLayout(entries []entry, dataLen int64) error {
	slices.SortFunc(entries, func(a, b entry) int {
		switch {
		case a.begin != b.begin:
			return cmpInt64(a.begin, b.begin)
		case a.end != b.end:
			return cmpInt64(a.end, b.end)
		}
		return strings.Compare(a.name, b.name)
	})
	var pos int64
	prev := ""
	for _, e := range entries {
		switch {
		case e.begin > pos && prev == "":
			return formatErr("tensor %q: data_offsets begin at %d, leaving a gap at the start of the data buffer", e.name, e.begin)
		case e.begin > pos:
			return formatErr("tensor %q: data_offsets begin at %d, leaving a gap after tensor %q which ends at %d", e.name, e.begin, prev, pos)
		case e.begin < pos:
			return formatErr("tensor %q: data_offsets [%d,%d] overlap tensor %q which ends at %d", e.name, e.begin, e.end, prev, pos)
		}
		pos = e.end
		prev = e.name
	}
	if pos != dataLen {
		return formatErr("%d trailing bytes: the tensors cover %d of the %d-byte data buffer", dataLen-pos, pos, dataLen)
	}
	return nil
}

func cmpInt64(a, b int64) int {
	if a < b {
		return -1
	}
	return 1
}

// checkSurrogates rejects \uXXXX escapes in JSON strings that encode a lone
// UTF-16 surrogate, which encoding/json would silently turn into U+FFFD (and
// the reference implementation rejects). h must already be valid JSON.
func checkSurrogates(h []byte) error {
	inString := false
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !inString {
			inString = c == '"'
			continue
		}
		switch c {
		case '"':
			inString = false
		case '\\':
			if i+1 < len(h) && h[i+1] != 'u' {
				i++ // skip the escaped character
				continue
			}
			r, ok := hex4(h, i+2)
			if !ok {
				return formatErr("malformed \\u escape in header")
			}
			i += 5 // now at the last hex digit
			if r < 0xD800 || r > 0xDFFF {
				continue
			}
			if r >= 0xDC00 {
				return formatErr("header has a lone UTF-16 surrogate escape \\u%04x", r)
			}
			if i+2 >= len(h) || h[i+1] != '\\' || h[i+2] != 'u' {
				return formatErr("header has a lone UTF-16 surrogate escape \\u%04x", r)
			}
			r2, ok := hex4(h, i+3)
			if !ok || r2 < 0xDC00 || r2 > 0xDFFF {
				return formatErr("header has a lone UTF-16 surrogate escape \\u%04x", r)
			}
			i += 6
		}
	}
	return nil
}

// hex4 decodes the four hex digits at h[i:i+4].
func hex4(h []byte, i int) (rune, bool) {
	if i < 0 || i+4 > len(h) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(h[i:i+4]), 16, 16)
	if err != nil {
		return 0, false
	}
	return rune(v), true
}
