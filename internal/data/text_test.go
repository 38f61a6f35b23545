package data

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestValSplit(t *testing.T) {
	for _, c := range []struct {
		n    int
		f    float64
		want int
	}{
		{100, 0.1, 10},
		{7, 0.5, 3},            // floor(3.5)
		{1000, 0.0015, 1},      // floor(1.5)
		{1000, 0.1234564, 123}, // ppm 123456
		{1000000, 0.1234566, 123457},
		{1000000, 0.9999994, 999999},
		{567198, 0.1, 56719},
		{1 << 62, 0.5, 1 << 61}, // 128-bit intermediate
		{0, 0.5, 0},
	} {
		got, err := ValSplit(c.n, c.f)
		if err != nil || got != c.want {
			t.Errorf("ValSplit(%d, %v) = %d, %v; want %d", c.n, c.f, got, err, c.want)
		}
	}
	for _, f := range []float64{0, 1, -0.1, 1.5, math.NaN(), math.Inf(1), 4e-7, 0.9999996} {
		if got, err := ValSplit(100, f); err == nil {
			t.Errorf("ValSplit(100, %v) = %d, want an error", f, got)
		}
	}
	if _, err := ValSplit(-1, 0.5); err == nil {
		t.Error("ValSplit(-1, 0.5): no error")
	}
}

func TestText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "corpus.txt")
	if err := os.WriteFile(path, []byte("aaaabbbbac"), 0o644); err != nil {
		t.Fatal(err)
	}
	tx, err := LoadText(path, 2, 0.3) // 3 validation tokens "bac"
	if err != nil {
		t.Fatal(err)
	}
	if got := string(tx.Vocab()); got != "abc" || tx.VocabSize() != 3 {
		t.Fatalf("Vocab = %q, VocabSize = %d", got, tx.VocabSize())
	}
	if tx.TrainTokens() != 7 || tx.ValTokens() != 3 || tx.Context() != 2 {
		t.Fatalf("TrainTokens %d ValTokens %d Context %d", tx.TrainTokens(), tx.ValTokens(), tx.Context())
	}
	for _, c := range []struct {
		name string
		set  Set
		x, y [][]float32
	}{
		{"train", tx.Train(), // tokens 0 0 0 0 1 1 1
			[][]float32{{0, 0}, {0, 0}, {0, 0}, {0, 1}, {1, 1}},
			[][]float32{{0, 0}, {0, 0}, {0, 1}, {1, 1}, {1, 1}}},
		{"val", tx.Val(), // tokens 1 0 2
			[][]float32{{1, 0}},
			[][]float32{{0, 2}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := c.set
			if s.Len() != len(c.x) || s.InputLen() != 2 || s.TargetLen() != 2 {
				t.Fatalf("Len %d InputLen %d TargetLen %d", s.Len(), s.InputLen(), s.TargetLen())
			}
			x, y := make([]float32, 2), make([]float32, 2)
			for i := range s.Len() {
				s.Sample(i, x, y)
				if !slices.Equal(x, c.x[i]) || !slices.Equal(y, c.y[i]) {
					t.Fatalf("sample %d: x %v y %v, want %v %v", i, x, y, c.x[i], c.y[i])
				}
			}
			for _, i := range []int{-1, s.Len()} {
				func() {
					defer func() {
						if recover() == nil {
							t.Errorf("Sample(%d) did not panic", i)
						}
					}()
					s.Sample(i, x, y)
				}()
			}
		})
	}
	// Train counts a:4 b:3 c:0, V = 3, denominator 7+3 = 10; validation "bac".
	want := -(math.Log(4.0/10) + math.Log(5.0/10) + math.Log(1.0/10)) / 3
	if got := tx.UnigramBaseline(); math.Abs(got-want) > 1e-12 {
		t.Fatalf("UnigramBaseline = %v, want %v", got, want)
	}

	ids, err := tx.Encode("cab")
	if err != nil || !slices.Equal(ids, []float32{2, 0, 1}) {
		t.Fatalf("Encode(cab) = %v, %v", ids, err)
	}
	if s, err := tx.Decode(ids); err != nil || s != "cab" {
		t.Fatalf("Decode = %q, %v", s, err)
	}
	if _, err := tx.Encode("abd"); err == nil || !strings.Contains(err.Error(), "offset 2") {
		t.Fatalf("Encode(abd) error %v", err)
	}
	for _, bad := range [][]float32{{3}, {-1}, {0.5}, {float32(math.NaN())}, {float32(math.Inf(1))}} {
		if s, err := tx.Decode(bad); err == nil {
			t.Errorf("Decode(%v) = %q, want an error", bad, s)
		}
	}
}

func TestTextErrors(t *testing.T) {
	for _, c := range []struct {
		name    string
		text    string
		context int
		frac    float64
		want    string
	}{
		{"empty", "", 4, 0.1, "empty text"},
		{"context 0", "hello world", 0, 0.1, "context 0"},
		{"fraction 0", "hello world", 1, 0, "not in (0, 1)"},
		{"fraction 1", "hello world", 1, 1, "not in (0, 1)"},
		{"fraction NaN", "hello world", 1, math.NaN(), "not in (0, 1)"},
		{"short validation", "hello world", 1, 0.1, "validation split has 1 tokens"},
		{"short training", "hello world", 2, 0.85, "training split has 2 tokens"},
		{"context too long", "hello world", 11, 0.5, "training split"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := NewText([]byte(c.text), c.context, c.frac)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
	if _, err := LoadText(filepath.Join(t.TempDir(), "missing.txt"), 4, 0.1); err == nil {
		t.Fatal("LoadText of a missing file: no error")
	}
}

// TestTextAllBytes checks a vocabulary of all 256 byte values.
func TestTextAllBytes(t *testing.T) {
	b := make([]byte, 512)
	for i := range b {
		b[i] = byte(255 - i%256)
	}
	tx, err := NewText(b, 8, 0.25)
	if err != nil {
		t.Fatal(err)
	}
	if tx.VocabSize() != 256 {
		t.Fatalf("VocabSize = %d", tx.VocabSize())
	}
	ids, err := tx.Encode(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if ids[0] != 255 || ids[255] != 0 {
		t.Fatalf("ids %v %v", ids[0], ids[255])
	}
	s, err := tx.Decode(ids)
	if err != nil || s != string(b) {
		t.Fatalf("round trip failed: %v", err)
	}
}
