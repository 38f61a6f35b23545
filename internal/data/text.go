package data

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"os"
	"strings"
)

// Text is a character-level (byte-level) text corpus. The vocabulary is the sorted set of
// distinct bytes of the whole file, a token id is a byte's index in it, and the token sequence
// is split into a training prefix and a validation suffix (see NewText). It is immutable and
// safe for concurrent use.
type Text struct {
	vocab   []byte    // sorted distinct bytes
	id      [256]int  // byte -> token id, -1 if the byte is not in the vocabulary
	tokens  []uint8   // token ids of the whole file
	split   int       // tokens[:split] is the training split, tokens[split:] validation
	context int       // window length
	train   textSplit // Set over tokens[:split]
	val     textSplit // Set over tokens[split:]
}

// LoadText reads the file at path and builds a Text from its bytes (see NewText).
func LoadText(path string, context int, valFraction float64) (*Text, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("text: %w", err)
	}
	t, err := NewText(b, context, valFraction)
	if err != nil {
		return nil, fmt.Errorf("text: %s: %w", path, err)
	}
	return t, nil
}

// ValSplit returns the number of validation tokens out of n for valFraction, computed with
// integer arithmetic after one rounding of the fraction to millionths:
//
//	ppm  = round(valFraction * 1e6)   (half away from zero; must be in 1..999999)
//	nVal = floor(n * ppm / 1000000)   (exact, 128-bit intermediate)
//
// The training split is the first n - nVal tokens. valFraction must be in (0, 1).
func ValSplit(n int, valFraction float64) (int, error) {
	if n < 0 {
		return 0, fmt.Errorf("negative token count %d", n)
	}
	if !(valFraction > 0 && valFraction < 1) { // also rejects NaN
		return 0, fmt.Errorf("validation fraction %v not in (0, 1)", valFraction)
	}
	ppm := math.Round(valFraction * 1e6)
	if ppm < 1 || ppm > 999_999 {
		return 0, fmt.Errorf("validation fraction %v rounds to %v millionths, want 1..999999", valFraction, ppm)
	}
	hi, lo := bits.Mul64(uint64(n), uint64(ppm))
	q, _ := bits.Div64(hi, lo, 1_000_000) // hi < 1e6 since ppm < 1e6, so no overflow
	return int(q), nil
}

// NewText builds a Text from raw bytes. context is the window length (InputLen and TargetLen
// of both splits): sample i of a split with tokens s is input s[i : i+context] and target
// s[i+1 : i+context+1], so a split has len(s) - context samples, which must be positive.
// valFraction is split as in ValSplit.
func NewText(b []byte, context int, valFraction float64) (*Text, error) {
	if len(b) == 0 {
		return nil, errors.New("empty text")
	}
	if context < 1 {
		return nil, fmt.Errorf("context %d, want >= 1", context)
	}
	nVal, err := ValSplit(len(b), valFraction)
	if err != nil {
		return nil, err
	}
	t := &Text{context: context, split: len(b) - nVal}
	var seen [256]bool
	for _, c := range b {
		seen[c] = true
	}
	for c := range 256 {
		t.id[c] = -1
		if seen[c] {
			t.id[c] = len(t.vocab)
			t.vocab = append(t.vocab, byte(c))
		}
	}
	t.tokens = make([]uint8, len(b))
	for i, c := range b {
		t.tokens[i] = uint8(t.id[c])
	}
	t.train = textSplit{tokens: t.tokens[:t.split:t.split], context: context}
	t.val = textSplit{tokens: t.tokens[t.split:], context: context}
	if t.train.Len() < 1 {
		return nil, fmt.Errorf("training split has %d tokens, need more than context %d", t.split, context)
	}
	if t.val.Len() < 1 {
		return nil, fmt.Errorf("validation split has %d tokens, need more than context %d", nVal, context)
	}
	return t, nil
}

// Vocab returns the vocabulary: the sorted distinct bytes of the text (a copy).
func (t *Text) Vocab() []byte { return append([]byte(nil), t.vocab...) }

// VocabSize returns the number of distinct bytes.
func (t *Text) VocabSize() int { return len(t.vocab) }

// Context returns the window length.
func (t *Text) Context() int { return t.context }

// TrainTokens returns the number of tokens in the training split.
func (t *Text) TrainTokens() int { return t.split }

// ValTokens returns the number of tokens in the validation split.
func (t *Text) ValTokens() int { return len(t.tokens) - t.split }

// Train returns the training split as a Set.
func (t *Text) Train() Set { return t.train }

// Val returns the validation split as a Set.
func (t *Text) Val() Set { return t.val }

// UnigramBaseline returns the cross-entropy in nats of all validation tokens under the training
// split's unigram distribution with add-one smoothing, p(v) = (count_train(v) + 1) /
// (TrainTokens() + VocabSize()). It is for reporting only (it uses math.Log).
func (t *Text) UnigramBaseline() float64 {
	var train, val [256]int
	for _, v := range t.tokens[:t.split] {
		train[v]++
	}
	for _, v := range t.tokens[t.split:] {
		val[v]++
	}
	denom := float64(t.split + len(t.vocab))
	var nats float64
	for v := range t.vocab {
		if val[v] > 0 {
			nats -= float64(val[v]) * math.Log(float64(train[v]+1)/denom)
		}
	}
	return nats / float64(t.ValTokens())
}

// Encode maps each byte of s to its token id. It fails on a byte outside the vocabulary.
func (t *Text) Encode(s string) ([]float32, error) {
	ids := make([]float32, len(s))
	for i := 0; i < len(s); i++ {
		id := t.id[s[i]]
		if id < 0 {
			return nil, fmt.Errorf("text: byte %q at offset %d is not in the vocabulary", s[i], i)
		}
		ids[i] = float32(id)
	}
	return ids, nil
}

// Decode maps token ids back to bytes. It fails on an id that is not an integer in
// [0, VocabSize()).
func (t *Text) Decode(ids []float32) (string, error) {
	var b strings.Builder
	b.Grow(len(ids))
	for i, f := range ids {
		if !(f >= 0 && f < float32(len(t.vocab))) || f != float32(int(f)) {
			return "", fmt.Errorf("text: token id %v at offset %d is not an integer in [0, %d)", f, i, len(t.vocab))
		}
		b.WriteByte(t.vocab[int(f)])
	}
	return b.String(), nil
}

// textSplit is one split of a Text as a Set of next-token windows.
type textSplit struct {
	tokens  []uint8
	context int
}

func (s textSplit) Len() int       { return len(s.tokens) - s.context }
func (s textSplit) InputLen() int  { return s.context }
func (s textSplit) TargetLen() int { return s.context }

// Sample fills x[:context] with tokens[i : i+context] and y[:context] with
// tokens[i+1 : i+context+1]. It panics if i is not in [0, Len()).
func (s textSplit) Sample(i int, x, y []float32) {
	if i < 0 || i >= s.Len() {
		panic(fmt.Sprintf("data: text sample %d out of range [0, %d)", i, s.Len()))
	}
	w := s.tokens[i : i+s.context+1]
	x, y = x[:s.context], y[:s.context]
	for k := range x {
		x[k] = float32(w[k])
		y[k] = float32(w[k+1])
	}
}
