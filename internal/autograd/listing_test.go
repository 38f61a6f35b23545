package autograd

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

func sampleDescs() []OpDesc {
	return []OpDesc{
		{Op: tensor.OpState, Shape: []int{3, 4}, Slot: 2, Next: 9},
		{Op: tensor.OpInput, Shape: []int{8}, Slot: 1, Next: -1},
		{Op: tensor.OpConst, Shape: []int{}, Next: -1, Const: commit.Keccak256([]byte("c"))},
		{Op: tensor.OpPermute, Shape: []int{4, 3}, In: []int{0}, Perm: []int{1, 0}, Next: -1},
		{Op: tensor.OpWhere, Shape: []int{3, 4}, In: []int{0, 1, 2}, Next: -1},
		{Op: tensor.OpMatMulABT, Shape: []int{2, 5, 7}, In: []int{3, 4}, Next: -1},
	}
}

func TestOpDescEncoding(t *testing.T) {
	for _, d := range sampleDescs() {
		b := d.Encode()
		got, err := DecodeOpDesc(b)
		if err != nil || !reflect.DeepEqual(got, d) {
			t.Fatalf("round trip of %+v: %+v, %v", d, got, err)
		}
		for n := 0; n < len(b); n++ {
			if _, err := DecodeOpDesc(b[:n]); !errors.Is(err, ErrDesc) {
				t.Fatalf("%v truncated to %d bytes: %v", d.Op, n, err)
			}
		}
		if _, err := DecodeOpDesc(append(bytes.Clone(b), 0)); !errors.Is(err, ErrDesc) {
			t.Fatalf("%v with a trailing byte: %v", d.Op, err)
		}
	}
	bad := sampleDescs()[4].Encode()
	bad[0] = byte(tensor.OpNeg) // where's three inputs on a unary op
	if _, err := DecodeOpDesc(bad); !errors.Is(err, ErrDesc) {
		t.Fatalf("arity mismatch accepted: %v", err)
	}
	bad[0] = 200
	if _, err := DecodeOpDesc(bad); !errors.Is(err, ErrDesc) {
		t.Fatalf("unknown op accepted: %v", err)
	}
}

// FuzzDecodeOpDesc: the decoder never panics, and whatever it accepts re-encodes to the same
// bytes (one encoding per descriptor).
func FuzzDecodeOpDesc(f *testing.F) {
	for _, d := range sampleDescs() {
		f.Add(d.Encode())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := DecodeOpDesc(b)
		if err != nil {
			if !errors.Is(err, ErrDesc) {
				t.Fatalf("error does not wrap ErrDesc: %v", err)
			}
			return
		}
		if got := d.Encode(); !bytes.Equal(got, b) {
			t.Fatalf("decode(%x) = %+v re-encodes to %x", b, d, got)
		}
	})
}
