package commit

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestKeccak256KnownAnswers(t *testing.T) {
	tests := []struct {
		name string
		in   [][]byte
		want string
	}{
		{"empty", nil, "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"},
		{"empty part", [][]byte{{}}, "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"},
		{"abc", [][]byte{[]byte("abc")}, "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"},
		{"abc split", [][]byte{[]byte("a"), []byte("bc")}, "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Keccak256(tt.in...).String(); got != tt.want {
				t.Errorf("Keccak256 = %s, want %s", got, tt.want)
			}
			var h Hasher // the zero value must work
			if got := h.Keccak256(tt.in...).String(); got != tt.want {
				t.Errorf("zero Hasher Keccak256 = %s, want %s", got, tt.want)
			}
			if got := refKeccak(tt.in...).String(); got != tt.want {
				t.Errorf("reference keccak = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestLeafAndNodeHash(t *testing.T) {
	a, b := refLeaf([]byte("a")), refLeaf([]byte("b"))
	tests := []struct {
		name      string
		got, want Hash
	}{
		{"leaf empty", LeafHash(nil), refKeccak([]byte{0})},
		{"leaf a", LeafHash([]byte("a")), refKeccak([]byte{0, 'a'})},
		{"node", NodeHash(a, b), refKeccak([]byte{1}, a[:], b[:])},
		{"node swapped", NodeHash(b, a), refKeccak([]byte{1}, b[:], a[:])},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, tt.got, tt.want)
		}
	}
	// Domain separation: a leaf holding the 64 bytes of two hashes is not the
	// node over them.
	if LeafHash(append(a[:], b[:]...)) == NodeHash(a, b) {
		t.Error("leaf and node hashes collide")
	}
	// Interleaving calls on one Hasher must not leak state.
	var h Hasher
	for i := 0; i < 3; i++ {
		if h.LeafHash([]byte("a")) != a || h.NodeHash(a, b) != refNode(a, b) || h.Keccak256() != Keccak256() {
			t.Fatal("Hasher state leaks between calls")
		}
	}
}

func TestParseHash(t *testing.T) {
	const lower = "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
	want := refKeccak()
	tests := []struct {
		in string
		ok bool
	}{
		{"0x" + lower, true},
		{"0X" + lower, true},
		{lower, true},
		{"0x" + strings.ToUpper(lower), true},
		{"", false},
		{"0x", false},
		{"0x" + lower[:63], false},
		{"0x" + lower + "0", false},
		{"0x" + lower[:62] + "zz", false},
		{" 0x" + lower, false},
		{"0x" + lower + "\n", false},
		{"0x0x" + lower[:62], false},
		{"x" + lower, false},
	}
	for _, tt := range tests {
		h, err := ParseHash(tt.in)
		if tt.ok {
			if err != nil || h != want {
				t.Errorf("ParseHash(%q) = %s, %v; want %s", tt.in, h, err, want)
			}
			continue
		}
		if err == nil || !errors.Is(err, ErrInvalidHash) {
			t.Errorf("ParseHash(%q) error = %v, want ErrInvalidHash", tt.in, err)
		}
		if h != (Hash{}) {
			t.Errorf("ParseHash(%q) returned non-zero hash on error", tt.in)
		}
	}
	if got := want.String(); got != "0x"+lower {
		t.Errorf("String = %s", got)
	}
	if (Hash{}).String() != "0x"+strings.Repeat("0", 64) || !(Hash{}).IsZero() || want.IsZero() {
		t.Error("zero hash String/IsZero wrong")
	}
}

func TestHashText(t *testing.T) {
	in := struct{ H Hash }{Keccak256([]byte("x"))}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"`+in.H.String()+`"`)) {
		t.Fatalf("JSON %s does not hold the hex string", b)
	}
	var out struct{ H Hash }
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("round trip: %v, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"H":"0x12"}`), &out); !errors.Is(err, ErrInvalidHash) {
		t.Fatalf("bad hash accepted: %v", err)
	}
}
