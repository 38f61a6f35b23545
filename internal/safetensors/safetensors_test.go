package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// bits builds float32 values from their exact bit patterns.
func bits(u ...uint32) []float32 {
	out := make([]float32, len(u))
	for i, v := range u {
		out[i] = math.Float32frombits(v)
	}
	return out
}

// raw builds a file from a header string (not padded) and a data buffer.
func raw(header string, data []byte) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	b = append(b, header...)
	return append(b, data...)
}

// le encodes float32 bit patterns little-endian.
func le(u ...uint32) []byte {
	var b []byte
	for _, v := range u {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// encode writes tensors and metadata to bytes, failing the test on error.
func encode(t testing.TB, tensors []Tensor, metadata map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, tensors, metadata); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// decode reads a whole file from bytes.
func decode(b []byte) (*File, error) {
	return Read(bytes.NewReader(b), int64(len(b)))
}

// sameTensors reports whether a and b hold the same names, shapes and data
// bits, in the same order.
func sameTensors(a, b []Tensor) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name || !slices.Equal(a[i].Shape, b[i].Shape) || len(a[i].Data) != len(b[i].Data) {
			return false
		}
		for j := range a[i].Data {
			if math.Float32bits(a[i].Data[j]) != math.Float32bits(b[i].Data[j]) {
				return false
			}
		}
	}
	return true
}

// sameMetadata compares metadata maps, treating nil as empty.
func sameMetadata(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name     string
		tensors  []Tensor
		metadata map[string]string
	}{
		{name: "empty file", tensors: nil},
		{name: "empty file with metadata", metadata: map[string]string{"framework": "pt", "": ""}},
		{name: "one vector", tensors: []Tensor{{Name: "w", Shape: []int{3}, Data: []float32{1, 2, 3}}}},
		{name: "scalar", tensors: []Tensor{{Name: "step", Shape: []int{}, Data: []float32{42}}}},
		{name: "nil shape is a scalar", tensors: []Tensor{{Name: "s", Shape: nil, Data: []float32{-1}}}},
		{name: "zero-size dims", tensors: []Tensor{
			{Name: "z", Shape: []int{0}, Data: []float32{}},
			{Name: "a", Shape: []int{2}, Data: []float32{1, 2}},
			{Name: "x", Shape: []int{0}, Data: nil},
			{Name: "y", Shape: []int{3, 0, 2}, Data: nil}, // same offset as x: name order
			{Name: "b", Shape: []int{1}, Data: []float32{3}},
		}},
		{name: "special bits", tensors: []Tensor{{
			Name:  "special",
			Shape: []int{3, 4},
			Data: bits(
				0x80000000, // -0
				0x00000000, // +0
				0x7fc00000, // quiet NaN (ARM default)
				0xffc00000, // negative quiet NaN (x86 default)
				0x7fc00001, // quiet NaN with payload
				0x7f800001, // signalling NaN
				0xffbfffff, // negative signalling NaN, full payload
				0x00000001, // smallest subnormal
				0x807fffff, // largest negative subnormal
				0x7f800000, // +Inf
				0xff800000, // -Inf
				0x7f7fffff, // max finite
			),
		}}},
		{name: "several, not in name order, with metadata", tensors: []Tensor{
			{Name: "layer.1.w", Shape: []int{2, 3}, Data: []float32{1, 2, 3, 4, 5, 6}},
			{Name: "layer.0.w", Shape: []int{3, 2}, Data: []float32{-1, -2, -3, -4, -5, -6}},
			{Name: "Layer.0.b", Shape: []int{2}, Data: bits(0x80000000, 0x00000001)},
			{Name: "opt/m/layer.0.w", Shape: []int{1, 1, 1}, Data: []float32{0.5}},
			{Name: "step", Shape: []int{}, Data: []float32{7}},
		}, metadata: map[string]string{"spec": "v0", "job": "0xabc", "format": "veritrain"}},
		{name: "names needing escapes", tensors: []Tensor{
			{Name: `quote"back\slash`, Shape: []int{1}, Data: []float32{1}},
			{Name: "ctl\x00\x01\x1f\b\t\n\f\r\x7f", Shape: []int{1}, Data: []float32{2}},
			{Name: "html<>&", Shape: []int{1}, Data: []float32{3}},
			{Name: "unicode é 😀 \u2028", Shape: []int{1}, Data: []float32{4}},
		}, metadata: map[string]string{"k\"\n": "v\\\u0000😀"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := encode(t, tt.tensors, tt.metadata)
			f, err := decode(b)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			// Read returns data-offset order, i.e. the order written.
			if !sameTensors(f.Tensors, tt.tensors) {
				t.Errorf("tensors differ:\n got %v\nwant %v", f.Tensors, tt.tensors)
			}
			if f.Metadata == nil {
				t.Error("Metadata is nil")
			}
			if !sameMetadata(f.Metadata, tt.metadata) {
				t.Errorf("metadata = %v, want %v", f.Metadata, tt.metadata)
			}
			for _, want := range tt.tensors {
				got, ok := f.Get(want.Name)
				if !ok || !sameTensors([]Tensor{*got}, []Tensor{want}) {
					t.Errorf("Get(%q) = %v, %v", want.Name, got, ok)
				}
			}
			if _, ok := f.Get("no such tensor"); ok {
				t.Error("Get of a missing name succeeded")
			}
			// The data buffer is 8-byte aligned.
			if n := binary.LittleEndian.Uint64(b); (8+n)%8 != 0 {
				t.Errorf("data buffer starts at %d, not 8-byte aligned", 8+n)
			}
		})
	}
}

// TestZeroSizeOrder checks that zero-size tensors sharing an offset come back
// in name order, so that a second round trip is stable.
func TestZeroSizeOrder(t *testing.T) {
	in := []Tensor{
		{Name: "c", Shape: []int{0}},
		{Name: "b", Shape: []int{0}},
		{Name: "a", Shape: []int{1}, Data: []float32{1}},
	}
	f, err := decode(encode(t, in, nil))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tn := range f.Tensors {
		names = append(names, tn.Name)
	}
	if want := []string{"b", "c", "a"}; !slices.Equal(names, want) {
		t.Errorf("order = %v, want %v", names, want)
	}
	if !bytes.Equal(encode(t, f.Tensors, nil), encode(t, in, nil)) {
		t.Error("re-encoding changed the bytes")
	}
}

func TestDeterministic(t *testing.T) {
	tensors := []Tensor{
		{Name: "b", Shape: []int{2}, Data: bits(0x7fc00001, 0x80000000)},
		{Name: "a", Shape: []int{1, 2}, Data: []float32{1, 2}},
	}
	// Build equal maps with different insertion histories.
	m1 := map[string]string{}
	m2 := map[string]string{}
	keys := []string{"z", "a", "m", "b", "y", "c"}
	for _, k := range keys {
		m1[k] = "v" + k
	}
	for i := len(keys) - 1; i >= 0; i-- {
		m2[keys[i]] = "v" + keys[i]
	}
	first := encode(t, tensors, m1)
	for i := range 20 {
		m := m1
		if i%2 == 1 {
			m = m2
		}
		if got := encode(t, tensors, m); !bytes.Equal(got, first) {
			t.Fatalf("encoding %d differs:\n%q\n%q", i, got, first)
		}
	}
	want := `{"__metadata__":{"a":"va","b":"vb","c":"vc","m":"vm","y":"vy","z":"vz"},` +
		`"a":{"dtype":"F32","shape":[1,2],"data_offsets":[8,16]},` +
		`"b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`
	for len(want)%8 != 0 {
		want += " "
	}
	if got := string(first[8 : 8+binary.LittleEndian.Uint64(first)]); got != want {
		t.Errorf("header:\n got %q\nwant %q", got, want)
	}
}

// TestAlignment checks the padding rule for every name length modulo 8.
func TestAlignment(t *testing.T) {
	for n := 1; n <= 16; n++ {
		name := strings.Repeat("x", n)
		b := encode(t, []Tensor{{Name: name, Shape: []int{1}, Data: []float32{1}}}, nil)
		hl := binary.LittleEndian.Uint64(b)
		if hl%8 != 0 {
			t.Errorf("name length %d: header length %d not a multiple of 8", n, hl)
		}
		h := string(b[8 : 8+hl])
		trimmed := strings.TrimRight(h, " ")
		if len(h)-len(trimmed) >= 8 || !strings.HasSuffix(trimmed, "}") {
			t.Errorf("name length %d: bad padding in %q", n, h)
		}
		if _, err := decode(b); err != nil {
			t.Errorf("name length %d: %v", n, err)
		}
	}
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.Join(strings.Fields(s), ""))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestGolden checks byte-exact compatibility with the format: a file built by
// hand from the spec, and the expected outputs of the reference Rust
// implementation's own serialization tests (huggingface/safetensors,
// safetensors/src/tensor.rs: test_serialization, test_empty,
// test_serialization_forced_alignement).
func TestGolden(t *testing.T) {
	f32s := func(v ...float32) []float32 { return v }
	tests := []struct {
		name     string
		tensors  []Tensor
		metadata map[string]string
		want     []byte
	}{
		{
			// Built by hand: N = 56 (54 bytes of JSON + 2 spaces), then
			// 1.0f = 0x3f800000 and 2.0f = 0x40000000 little-endian.
			name:    "hand-built",
			tensors: []Tensor{{Name: "a", Shape: []int{2}, Data: f32s(1, 2)}},
			want: mustHex(t, `
				3800000000000000
				7b2261223a7b226474797065223a22463332222c227368617065223a5b325d2c
				22646174615f6f666673657473223a5b302c385d7d7d2020
				0000803f 00000040`),
		},
		{
			name:    "reference test_serialization",
			tensors: []Tensor{{Name: "attn.0", Shape: []int{1, 2, 3}, Data: f32s(0, 1, 2, 3, 4, 5)}},
			want: []byte{
				64, 0, 0, 0, 0, 0, 0, 0, 123, 34, 97, 116, 116, 110, 46, 48, 34, 58, 123, 34, 100,
				116, 121, 112, 101, 34, 58, 34, 70, 51, 50, 34, 44, 34, 115, 104, 97, 112, 101, 34,
				58, 91, 49, 44, 50, 44, 51, 93, 44, 34, 100, 97, 116, 97, 95, 111, 102, 102, 115,
				101, 116, 115, 34, 58, 91, 48, 44, 50, 52, 93, 125, 125, 0, 0, 0, 0, 0, 0, 128, 63,
				0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64, 0, 0, 160, 64,
			},
		},
		{
			name:    "reference test_serialization_forced_alignement",
			tensors: []Tensor{{Name: "attn0", Shape: []int{1, 1, 2, 3}, Data: f32s(0, 1, 2, 3, 4, 5)}},
			want: []byte{
				72, 0, 0, 0, 0, 0, 0, 0, 123, 34, 97, 116, 116, 110, 48, 34, 58, 123, 34, 100, 116,
				121, 112, 101, 34, 58, 34, 70, 51, 50, 34, 44, 34, 115, 104, 97, 112, 101, 34, 58,
				91, 49, 44, 49, 44, 50, 44, 51, 93, 44, 34, 100, 97, 116, 97, 95, 111, 102, 102,
				115, 101, 116, 115, 34, 58, 91, 48, 44, 50, 52, 93, 125, 125, 32, 32, 32, 32, 32,
				32, 32, 0, 0, 0, 0, 0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64, 0, 0,
				160, 64,
			},
		},
		{
			name: "reference test_empty",
			want: []byte{8, 0, 0, 0, 0, 0, 0, 0, 123, 125, 32, 32, 32, 32, 32, 32},
		},
		{
			name:     "reference test_empty with metadata",
			metadata: map[string]string{"framework": "pt"},
			want: []byte{
				40, 0, 0, 0, 0, 0, 0, 0, 123, 34, 95, 95, 109, 101, 116, 97, 100, 97, 116, 97, 95,
				95, 34, 58, 123, 34, 102, 114, 97, 109, 101, 119, 111, 114, 107, 34, 58, 34, 112,
				116, 34, 125, 125, 32, 32, 32, 32, 32,
			},
		},
		{
			// serde_json escaping: lowercase \u00xx, short escapes, DEL and
			// non-ASCII verbatim, no HTML escaping.
			name:    "escapes",
			tensors: []Tensor{{Name: "\x1f\t\"\\<\x7fé", Shape: []int{}, Data: f32s(1)}},
			want: raw(`{"\u001f\t\"\\<`+"\x7f"+`é":{"dtype":"F32","shape":[],"data_offsets":[0,4]}}    `,
				le(0x3f800000)),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := encode(t, tt.tensors, tt.metadata)
			if !bytes.Equal(got, tt.want) {
				t.Fatalf("Write:\n got %q\nwant %q", got, tt.want)
			}
			f, err := decode(tt.want)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if !sameTensors(f.Tensors, tt.tensors) || !sameMetadata(f.Metadata, tt.metadata) {
				t.Errorf("Read = %v %v, want %v %v", f.Tensors, f.Metadata, tt.tensors, tt.metadata)
			}
		})
	}
}

// TestReadForeignLayout reads headers written in other valid styles: entries
// in any order, whitespace inside the JSON, metadata last, extra padding,
// and escapes other writers may use.
func TestReadForeignLayout(t *testing.T) {
	header := "{ \"b\" : {\"shape\":[1],\"data_offsets\":[0,4],\"dtype\":\"F32\"},\n" +
		"\t\"\\u0061\":{\"data_offsets\":[4,12],\"dtype\":\"F32\",\"shape\":[2]}," +
		"\"\\ud83d\\ude00\":{\"dtype\":\"F32\",\"shape\":[0,5],\"data_offsets\":[12,12]}," +
		"\"__metadata__\":{\"x\":\"\\u00e9\\/\"}}" + strings.Repeat(" ", 13)
	f, err := decode(raw(header, le(0x3f800000, 0x40000000, 0x40400000)))
	if err != nil {
		t.Fatal(err)
	}
	want := []Tensor{
		{Name: "b", Shape: []int{1}, Data: []float32{1}},
		{Name: "a", Shape: []int{2}, Data: []float32{2, 3}},
		{Name: "😀", Shape: []int{0, 5}, Data: []float32{}},
	}
	if !sameTensors(f.Tensors, want) {
		t.Errorf("tensors = %v, want %v", f.Tensors, want)
	}
	if f.Metadata["x"] != "é/" || len(f.Metadata) != 1 {
		t.Errorf("metadata = %q", f.Metadata)
	}
}

// errCase is one invalid file and a fragment its error must contain.
type errCase struct {
	name string
	file []byte
	want string
}

// readErrorCases lists one invalid file per validation rule of Read.
func readErrorCases() []errCase {
	one := le(0x3f800000)
	two := le(0x3f800000, 0x40000000)
	hdrLen := func(n uint64) []byte { return binary.LittleEndian.AppendUint64(nil, n) }
	return []errCase{
		{"empty file", nil, "shorter than the 8-byte header length"},
		{"7 bytes", []byte{1, 2, 3, 4, 5, 6, 7}, "shorter than the 8-byte header length"},
		{"header length 0", hdrLen(0), "header length is 0"},
		{"header length absurd", append(hdrLen(1<<62), "{}"...), "exceeds the limit"},
		{"header length max uint64", append(hdrLen(math.MaxUint64), "{}"...), "exceeds the limit"},
		{"header past end of file", append(hdrLen(100), "{}"...), "runs past the end"},
		{"header invalid UTF-8", raw("{\"\xff\":{}}", nil), "not valid UTF-8"},
		{"header not JSON", raw(`{"a":`, nil), "ends unexpectedly"},
		{"header bad JSON", raw(`{"a" 1}`, nil), "not valid JSON"},
		{"header is array", raw(`[]`, nil), "must be a JSON object"},
		{"header is string", raw(`"x"`, nil), "must be a JSON object"},
		{"header leading space", raw(` {}`, nil), "must be a JSON object"},
		{"header trailing newline", raw("{}\n", nil), "only space padding"},
		{"header trailing garbage", raw("{}  x", nil), "only space padding"},
		{"header two objects", raw("{}{}", nil), "only space padding"},
		{"header trailing NUL", raw("{}\x00", nil), "only space padding"},
		{"duplicate tensor key", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, one), `duplicate key "a"`},
		{"duplicate key via escape", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"\u0061":{"dtype":"F32","shape":[0],"data_offsets":[4,4]}}`, one), `duplicate key "a"`},
		{"duplicate __metadata__", raw(`{"__metadata__":{},"__metadata__":{}}`, nil), `duplicate key "__metadata__"`},
		{"duplicate metadata key", raw(`{"__metadata__":{"k":"1","k":"2"}}`, nil), `__metadata__: duplicate key "k"`},
		{"duplicate entry field", raw(`{"a":{"dtype":"F32","dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, one), `tensor "a": field "dtype": duplicate field`},
		{"duplicate shape field", raw(`{"a":{"dtype":"F32","shape":[1],"shape":[1],"data_offsets":[0,4]}}`, one), `tensor "a": field "shape": duplicate field`},
		{"metadata number value", raw(`{"__metadata__":{"k":1}}`, nil), `value of "k" must be a string, found number 1`},
		{"metadata null value", raw(`{"__metadata__":{"k":null}}`, nil), `value of "k" must be a string, found null`},
		{"metadata object value", raw(`{"__metadata__":{"k":{}}}`, nil), `value of "k" must be a string, found an object`},
		{"metadata not object", raw(`{"__metadata__":"x"}`, nil), `__metadata__: must be an object of strings`},
		{"metadata null", raw(`{"__metadata__":null}`, nil), `__metadata__: must be an object of strings, found null`},
		{"unknown entry field", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"extra":1}}`, one), `tensor "a": field "extra": unknown field`},
		{"missing dtype", raw(`{"a":{"shape":[1],"data_offsets":[0,4]}}`, one), `tensor "a": missing field "dtype"`},
		{"missing shape", raw(`{"a":{"dtype":"F32","data_offsets":[0,4]}}`, one), `tensor "a": missing field "shape"`},
		{"missing data_offsets", raw(`{"a":{"dtype":"F32","shape":[1]}}`, one), `tensor "a": missing field "data_offsets"`},
		{"entry not object", raw(`{"a":[1]}`, one), `tensor "a": must be an object, found an array`},
		{"dtype F16", raw(`{"a":{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}`, one), `tensor "a": field "dtype": unsupported dtype "F16" (only F32 is supported)`},
		{"dtype I32 (reference docstring)", raw(`{"test":{"dtype":"I32","shape":[2,2],"data_offsets":[0,16]}}`, make([]byte, 16)), `tensor "test": field "dtype": unsupported dtype "I32" (only F32 is supported)`},
		{"dtype lowercase", raw(`{"a":{"dtype":"f32","shape":[1],"data_offsets":[0,4]}}`, one), `unsupported dtype "f32"`},
		{"dtype not string", raw(`{"a":{"dtype":32,"shape":[1],"data_offsets":[0,4]}}`, one), `tensor "a": field "dtype": must be a string, found number 32`},
		{"negative dim", raw(`{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}`, one), `tensor "a": field "shape": negative value -1`},
		{"fractional dim", raw(`{"a":{"dtype":"F32","shape":[1.0],"data_offsets":[0,4]}}`, one), `tensor "a": field "shape": 1.0 is not an integer`},
		{"exponent dim", raw(`{"a":{"dtype":"F32","shape":[1e0],"data_offsets":[0,4]}}`, one), `tensor "a": field "shape": 1e0 is not an integer`},
		{"huge dim", raw(`{"a":{"dtype":"F32","shape":[99999999999999999999],"data_offsets":[0,4]}}`, one), `tensor "a": field "shape": value 99999999999999999999 is too large`},
		{"string dim", raw(`{"a":{"dtype":"F32","shape":["1"],"data_offsets":[0,4]}}`, one), `tensor "a": field "shape": must be an array of integers, found string "1"`},
		{"nested dim", raw(`{"a":{"dtype":"F32","shape":[[1]],"data_offsets":[0,4]}}`, one), `tensor "a": field "shape": must be an array of integers, found an array`},
		{"shape not array", raw(`{"a":{"dtype":"F32","shape":1,"data_offsets":[0,4]}}`, one), `tensor "a": field "shape": must be an array of integers, found number 1`},
		{"numel overflow", raw(`{"a":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,4]}}`, one), `tensor "a": shape [4294967296 4294967296]: element count overflows`},
		{"numel overflow before zero dim", raw(`{"a":{"dtype":"F32","shape":[4294967296,4294967296,0],"data_offsets":[0,0]}}`, nil), `element count overflows`},
		{"numel bytes overflow", raw(`{"a":{"dtype":"F32","shape":[4611686018427387904],"data_offsets":[0,4]}}`, one), `element count overflows`},
		{"offsets one int", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4]}}`, one), `tensor "a": field "data_offsets": must be two integers [begin,end], found 1`},
		{"offsets three ints", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4,4]}}`, one), `must be two integers [begin,end], found 3`},
		{"offsets not array", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":"0,4"}}`, one), `tensor "a": field "data_offsets": must be an array of integers`},
		{"offsets negative", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[-4,0]}}`, one), `tensor "a": field "data_offsets": negative value -4`},
		{"offsets float", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4.5]}}`, one), `4.5 is not an integer`},
		{"begin after end", raw(`{"a":{"dtype":"F32","shape":[0],"data_offsets":[4,0]}}`, one), `tensor "a": data_offsets [4,0]: begin is after end`},
		{"size mismatch", raw(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}`, one), `tensor "a": data_offsets [0,4] span 4 bytes, but shape [2] of F32 needs 8`},
		{"size mismatch scalar", raw(`{"a":{"dtype":"F32","shape":[],"data_offsets":[0,8]}}`, two), `tensor "a": data_offsets [0,8] span 8 bytes, but shape [] of F32 needs 4`},
		{"end past data buffer", raw(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, one), `tensor "a": data_offsets [0,8] run past the end of the 4-byte data buffer`},
		{"gap at start", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, two), `tensor "a": data_offsets begin at 4, leaving a gap at the start`},
		{"gap between tensors", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}}`, le(1, 2, 3)), `tensor "b": data_offsets begin at 8, leaving a gap after tensor "a" which ends at 4`},
		{"overlap", raw(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, two), `tensor "b": data_offsets [4,8] overlap tensor "a" which ends at 8`},
		{"same offsets twice", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, one), `tensor "b": data_offsets [0,4] overlap tensor "a"`},
		{"trailing bytes", raw(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, append(one, 0)), `1 trailing bytes: the tensors cover 4 of the 5-byte data buffer`},
		{"trailing bytes, no tensors", raw(`{}`, one), `4 trailing bytes`},
		{"empty tensor name", raw(`{"":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, one), `tensor with an empty name`},
		{"lone high surrogate", raw(`{"\ud800":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, one), `lone UTF-16 surrogate escape \ud800`},
		{"lone low surrogate", raw(`{"\udc00x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, one), `lone UTF-16 surrogate escape \udc00`},
		{"high surrogate then non-low", raw(`{"\ud800\u0041":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}`, one), `lone UTF-16 surrogate escape \ud800`},
		{"surrogate in metadata", raw(`{"__metadata__":{"k":"\udfff"}}`, nil), `lone UTF-16 surrogate`},
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range readErrorCases() {
		t.Run(tc.name, func(t *testing.T) {
			f, err := decode(tc.file)
			if err == nil {
				t.Fatalf("Read accepted the file: %v", f.Tensors)
			}
			if !errors.Is(err, ErrFormat) {
				t.Errorf("error %q does not wrap ErrFormat", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

func TestReadLimits(t *testing.T) {
	file := encode(t, []Tensor{
		{Name: "a", Shape: []int{1}, Data: []float32{1}},
		{Name: "b", Shape: []int{1}, Data: []float32{2}},
		{Name: "c", Shape: []int{1}, Data: []float32{3}},
	}, nil)
	hl := int64(binary.LittleEndian.Uint64(file))
	tests := []struct {
		name string
		lim  Limits
		want string // "" means success
	}{
		{"defaults", Limits{}, ""},
		{"exact", Limits{MaxHeaderBytes: hl, MaxTensors: 3, MaxTotalBytes: int64(len(file))}, ""},
		{"too many tensors", Limits{MaxTensors: 2}, "more than 2 tensors"},
		{"header too large", Limits{MaxHeaderBytes: hl - 1}, "exceeds the limit"},
		{"file too large", Limits{MaxTotalBytes: int64(len(file)) - 1}, "exceeds the limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadWithLimits(bytes.NewReader(file), int64(len(file)), tt.lim)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error = %v, want ErrFormat containing %q", err, tt.want)
			}
		})
	}
}

// errReader fails after yielding its prefix.
type errReader struct {
	r   *bytes.Reader
	err error
}

func (e *errReader) Read(p []byte) (int, error) {
	if e.r.Len() == 0 {
		return 0, e.err
	}
	return e.r.Read(p)
}

func TestReadSizeMismatch(t *testing.T) {
	file := encode(t, []Tensor{{Name: "a", Shape: []int{1000}, Data: make([]float32, 1000)}}, nil)
	n := int64(len(file))
	ioErr := errors.New("disk on fire")
	tests := []struct {
		name    string
		r       func() io.Reader
		size    int64
		wantFmt bool
		wantIs  error
		want    string
	}{
		{"truncated in length", func() io.Reader { return bytes.NewReader(file[:5]) }, n, true, io.ErrUnexpectedEOF, "reading header length: file shorter"},
		{"truncated in header", func() io.Reader { return bytes.NewReader(file[:20]) }, n, true, io.ErrUnexpectedEOF, "reading header: file shorter"},
		{"truncated in data", func() io.Reader { return bytes.NewReader(file[:n-1]) }, n, true, io.ErrUnexpectedEOF, `reading data of tensor "a": file shorter`},
		{"longer than size", func() io.Reader { return bytes.NewReader(append(slices.Clone(file), 0)) }, n, true, nil, "more than the stated size"},
		{"size larger than file", func() io.Reader { return bytes.NewReader(file) }, n + 4, true, nil, "4 trailing bytes"},
		{"size smaller than file", func() io.Reader { return bytes.NewReader(file) }, n - 4, true, nil, `run past the end`},
		{"negative size", func() io.Reader { return bytes.NewReader(file) }, -1, true, nil, "negative file size"},
		{"I/O error", func() io.Reader { return &errReader{bytes.NewReader(file[:100]), ioErr} }, n, false, ioErr, `reading data of tensor "a"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.r(), tt.size)
			if err == nil {
				t.Fatal("Read succeeded")
			}
			if errors.Is(err, ErrFormat) != tt.wantFmt {
				t.Errorf("errors.Is(%q, ErrFormat) = %v, want %v", err, !tt.wantFmt, tt.wantFmt)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("error %q does not wrap %v", err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	ok := Tensor{Name: "ok", Shape: []int{1}, Data: []float32{1}}
	tests := []struct {
		name     string
		tensors  []Tensor
		metadata map[string]string
		want     string
	}{
		{"data too short", []Tensor{ok, {Name: "w", Shape: []int{2, 3}, Data: make([]float32, 5)}}, nil, `tensor "w": shape [2 3] needs 6 elements, Data has 5`},
		{"data too long", []Tensor{{Name: "w", Shape: []int{0}, Data: make([]float32, 1)}}, nil, `tensor "w": shape [0] needs 0 elements, Data has 1`},
		{"scalar without data", []Tensor{{Name: "s"}}, nil, `tensor "s": shape [] needs 1 elements, Data has 0`},
		{"empty name", []Tensor{ok, {Shape: []int{1}, Data: []float32{1}}}, nil, "tensor 1: empty name"},
		{"duplicate name", []Tensor{ok, ok}, nil, `tensor 1: duplicate name "ok" (also tensor 0)`},
		{"reserved name", []Tensor{{Name: "__metadata__", Shape: []int{1}, Data: []float32{1}}}, nil, `name "__metadata__" is reserved`},
		{"invalid UTF-8 name", []Tensor{{Name: "a\xff", Shape: []int{1}, Data: []float32{1}}}, nil, "not valid UTF-8"},
		{"negative dim", []Tensor{{Name: "n", Shape: []int{2, -1}, Data: nil}}, nil, `tensor "n": shape [2 -1]: dimension 1 is negative`},
		{"overflow", []Tensor{{Name: "o", Shape: []int{1 << 40, 1 << 40}, Data: nil}}, nil, `tensor "o": shape [1099511627776 1099511627776]: element count overflows`},
		{"invalid UTF-8 metadata key", []Tensor{ok}, map[string]string{"\xff": "v"}, "metadata key"},
		{"invalid UTF-8 metadata value", []Tensor{ok}, map[string]string{"k": "\xff"}, `metadata value for key "k"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, tt.tensors, tt.metadata)
			if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want ErrInvalid containing %q", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("Write wrote %d bytes before failing", buf.Len())
			}
		})
	}
}

// failWriter fails every write.
type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

func TestWriteIOError(t *testing.T) {
	boom := errors.New("boom")
	err := Write(failWriter{boom}, []Tensor{{Name: "a", Shape: []int{1}, Data: []float32{1}}}, nil)
	if !errors.Is(err, boom) {
		t.Fatalf("error = %v, want wrapping %v", err, boom)
	}
}

// TestLargeTensor crosses the chunk boundary of the encoder and decoder.
func TestLargeTensor(t *testing.T) {
	n := 3*chunkBytes/4 + 7
	data := make([]float32, n)
	for i := range data {
		data[i] = math.Float32frombits(uint32(i) * 2654435761)
	}
	in := []Tensor{
		{Name: "big", Shape: []int{n}, Data: data},
		{Name: "tail", Shape: []int{1}, Data: []float32{1}},
	}
	f, err := decode(encode(t, in, nil))
	if err != nil {
		t.Fatal(err)
	}
	if !sameTensors(f.Tensors, in) {
		t.Fatal("large tensor round trip differs")
	}
}

func TestWriteFileReadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ckpt.safetensors")
	v1 := []Tensor{{Name: "w", Shape: []int{2}, Data: []float32{1, 2}}}
	v2 := []Tensor{{Name: "w", Shape: []int{3}, Data: bits(0x80000000, 0x7fc00001, 0x00000001)}}
	meta := map[string]string{"step": "2"}

	if err := WriteFile(path, v1, nil); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, v2, meta); err != nil { // overwrite
		t.Fatal(err)
	}
	f, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !sameTensors(f.Tensors, v2) || !sameMetadata(f.Metadata, meta) {
		t.Errorf("ReadFile = %v %v", f.Tensors, f.Metadata)
	}
	onDisk, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(onDisk, encode(t, v2, meta)) {
		t.Error("WriteFile bytes differ from Write bytes")
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("mode = %v, %v; want 0644", st.Mode(), err)
	}

	// A failing write leaves the old file and no temporary files.
	err = WriteFile(path, []Tensor{{Name: "bad", Shape: []int{2}, Data: []float32{1}}}, nil)
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("error = %v, want ErrInvalid", err)
	}
	if again, err := os.ReadFile(path); err != nil || !bytes.Equal(again, onDisk) {
		t.Error("failed WriteFile changed the existing file")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("directory holds %v, want only the file", names)
	}

	if _, err := ReadFile(filepath.Join(dir, "missing")); err == nil || errors.Is(err, ErrFormat) {
		t.Errorf("ReadFile(missing) = %v, want a non-format error", err)
	}
	if err := WriteFile(filepath.Join(dir, "no", "such", "dir", "x"), v1, nil); err == nil {
		t.Error("WriteFile into a missing directory succeeded")
	}
	bad := filepath.Join(dir, "bad.safetensors")
	if err := os.WriteFile(bad, []byte("not a safetensors file"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(bad); !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), bad) {
		t.Errorf("ReadFile(bad) = %v, want ErrFormat naming the path", err)
	}
}

func TestGetByHand(t *testing.T) {
	f := &File{Tensors: []Tensor{{Name: "a"}, {Name: "b"}}}
	if tn, ok := f.Get("b"); !ok || tn != &f.Tensors[1] {
		t.Errorf("Get(b) = %p, %v", tn, ok)
	}
	// Index goes stale when Tensors is changed after Read.
	g, err := decode(encode(t, []Tensor{{Name: "x", Shape: []int{1}, Data: []float32{1}}, {Name: "y", Shape: []int{1}, Data: []float32{2}}}, nil))
	if err != nil {
		t.Fatal(err)
	}
	g.Tensors = g.Tensors[1:]
	if tn, ok := g.Get("y"); !ok || tn.Data[0] != 2 {
		t.Errorf("Get(y) after reslice = %v, %v", tn, ok)
	}
	if _, ok := g.Get("x"); ok {
		t.Error("Get(x) found a removed tensor")
	}
}

func TestCheckSurrogates(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{`{"a":"b"}`, true},
		{`{"\\u":"\"\\"}`, true},
		{`{"\ud83d\ude00":"\u00e9"}`, true},
		{`{"\uD83D\uDE00":""}`, true},
		{`{"\ud83d":""}`, false},
		{`{"\ude00":""}`, false},
		{`{"\ud83d\n":""}`, false},
		{`{"\ud83d\ud83d\ude00":""}`, false},
		{`{"\\ud83d":""}`, true}, // an escaped backslash, not an escape
		{`{"x":"\u12"}`, false},
	}
	for _, tt := range tests {
		if err := checkSurrogates([]byte(tt.in)); (err == nil) != tt.ok {
			t.Errorf("checkSurrogates(%s) = %v, want ok=%v", tt.in, err, tt.ok)
		}
	}
}

func benchTensors() []Tensor {
	data := make([]float32, 4<<20) // 16 MiB
	for i := range data {
		data[i] = float32(i)
	}
	return []Tensor{{Name: "w", Shape: []int{1024, 4096}, Data: data}}
}

func BenchmarkWrite(b *testing.B) {
	tensors := benchTensors()
	b.SetBytes(int64(4 * len(tensors[0].Data)))
	for b.Loop() {
		if err := Write(io.Discard, tensors, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRead(b *testing.B) {
	file := encode(b, benchTensors(), nil)
	b.SetBytes(int64(len(file)))
	for b.Loop() {
		if _, err := decode(file); err != nil {
			b.Fatal(err)
		}
	}
}
