package safetensors

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzRead checks that Read never panics, that every rejection wraps
// ErrFormat, and that every accepted file re-encodes with Write and reads
// back to identical tensors and metadata, the re-encoding being a fixed
// point of Read+Write.
func FuzzRead(f *testing.F) {
	f.Add(encode(f, nil, nil))
	f.Add(encode(f, nil, map[string]string{"framework": "pt"}))
	f.Add(encode(f, []Tensor{{Name: "a", Shape: []int{2}, Data: []float32{1, 2}}}, nil))
	f.Add(encode(f, []Tensor{
		{Name: "w", Shape: []int{2, 2}, Data: bits(0x80000000, 0x7fc00001, 0x00000001, 0xff800000)},
		{Name: "s", Shape: []int{}, Data: []float32{3}},
		{Name: "z", Shape: []int{0, 4}},
		{Name: "e", Shape: []int{0}},
		{Name: "q\"\\\x01é", Shape: []int{1}, Data: []float32{4}},
	}, map[string]string{"k": "v", "x": "\n"}))
	f.Add(raw(`{"b":{"shape":[1],"data_offsets":[0,4],"dtype":"F32"},"\u0061":{"data_offsets":[4,8],"dtype":"F32","shape":[]},"__metadata__":{"x":"\ud83d\ude00"}}  `, le(1, 2)))
	for _, tc := range readErrorCases() {
		f.Add(tc.file)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := decode(data)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("error does not wrap ErrFormat: %v", err)
			}
			return
		}
		if file.Metadata == nil {
			t.Fatal("Metadata is nil")
		}
		var buf bytes.Buffer
		if err := Write(&buf, file.Tensors, file.Metadata); err != nil {
			t.Fatalf("Write of an accepted file: %v", err)
		}
		again, err := decode(buf.Bytes())
		if err != nil {
			t.Fatalf("Read of re-encoded file: %v", err)
		}
		if !sameTensors(again.Tensors, file.Tensors) {
			t.Fatalf("tensors differ after re-encoding:\n%v\n%v", again.Tensors, file.Tensors)
		}
		if !sameMetadata(again.Metadata, file.Metadata) {
			t.Fatalf("metadata differs after re-encoding:\n%q\n%q", again.Metadata, file.Metadata)
		}
		var buf2 bytes.Buffer
		if err := Write(&buf2, again.Tensors, again.Metadata); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
			t.Fatalf("re-encoding is not stable:\n%q\n%q", buf.Bytes(), buf2.Bytes())
		}
		for i := range file.Tensors {
			if got, ok := file.Get(file.Tensors[i].Name); !ok || got != &file.Tensors[i] {
				t.Fatalf("Get(%q) failed", file.Tensors[i].Name)
			}
		}
	})
}
