package commit

import (
	"bytes"
	"strings"
	"testing"
)

func FuzzParseHash(f *testing.F) {
	f.Add("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
	f.Add("C5D2460186F7233C927E7DB2DCC703C0E500B653CA82273B7BFAD8045D85A470")
	f.Add("0x")
	f.Add("")
	f.Add("0x0g")
	f.Fuzz(func(t *testing.T, s string) {
		h, err := ParseHash(s)
		if err != nil {
			return
		}
		got := h.String()
		if strings.TrimPrefix(strings.ToLower(s), "0x") != got[2:] {
			t.Fatalf("ParseHash(%q).String() = %s", s, got)
		}
		if h2, err := ParseHash(got); err != nil || h2 != h {
			t.Fatalf("round trip of %s: %s, %v", got, h2, err)
		}
	})
}

// FuzzVerifyProof feeds arbitrary roots, leaves, positions and proofs (no
// panics allowed), and checks that a real proof verifies while any change to
// it does not.
func FuzzVerifyProof(f *testing.F) {
	f.Add(uint16(5), uint16(4), 0, 5, []byte{1, 2, 3})
	f.Add(uint16(1), uint16(0), 0, 1, []byte{})
	f.Add(uint16(33), uint16(32), -1, 1<<62, bytes.Repeat([]byte{7}, 200))
	f.Fuzz(func(t *testing.T, n16, i16 uint16, index, n int, raw []byte) {
		// Arbitrary inputs: must not panic.
		var root, leaf Hash
		copy(root[:], raw)
		if len(raw) > 32 {
			copy(leaf[:], raw[32:])
		}
		var proof []Hash
		for r := raw; len(r) > 0 && len(proof) < 70; {
			var h Hash
			r = r[copy(h[:], r):]
			proof = append(proof, h)
		}
		VerifyProof(root, leaf, index, n, proof)
		VerifyTensorChunk(root, []int{n & 0xffff, index & 0xff}, index, n, raw, proof)

		// A real tree of size m with a mutation chosen by raw.
		m := int(n16%300) + 1
		i := int(i16) % m
		leaves := leavesN(m)
		tr := NewTree(leaves)
		p := tr.Proof(i)
		if !VerifyProof(tr.Root(), leaves[i], i, m, p) {
			t.Fatalf("m=%d i=%d: valid proof rejected", m, i)
		}
		if len(raw) >= 2 && len(p) > 0 {
			k := int(raw[0]) % len(p)
			q := append([]Hash(nil), p...)
			q[k][int(raw[1])%HashSize] ^= raw[len(raw)-1] | 1
			if VerifyProof(tr.Root(), leaves[i], i, m, q) {
				t.Fatalf("m=%d i=%d: mutated proof accepted", m, i)
			}
		}
		if j := index; j != i && VerifyProof(tr.Root(), leaves[i], j, m, p) {
			t.Fatalf("m=%d i=%d: proof accepted at index %d", m, i, j)
		}
	})
}

func FuzzDecodeChunk(f *testing.F) {
	f.Add([]byte{0, 0, 0x80, 0x3f})
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		vals, err := DecodeChunk(b)
		if err != nil {
			if len(b)%4 == 0 {
				t.Fatalf("DecodeChunk rejected %d bytes", len(b))
			}
			return
		}
		if got := AppendChunk(nil, vals); !bytes.Equal(got, b) {
			t.Fatalf("round trip %x -> %x", b, got)
		}
	})
}
