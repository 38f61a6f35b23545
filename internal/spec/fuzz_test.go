package spec

import (
	"os"
	"strings"
	"testing"

	"veritrain/internal/commit"
)

// FuzzParse: Parse never panics, and every spec it accepts is valid: Validate passes again, the
// model checks out for the vocabulary Validate assumed and for a byte-level one, and the hash is
// the keccak256 of the bytes.
func FuzzParse(f *testing.F) {
	for _, path := range examples {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		s := string(b)
		// Broken variants: cut short, wrong types, unknown keys, bad numbers, duplicate keys.
		f.Add(b[:len(b)/2])
		f.Add([]byte(strings.Replace(s, "steps =", "steps = -", 1)))
		f.Add([]byte(strings.Replace(s, "lr = ", "lr = nan #", 1)))
		f.Add([]byte(strings.Replace(s, "lr = ", "learning_rate = ", 1)))
		f.Add([]byte(strings.Replace(s, "[train]", "[train]\nbatch = 1\n", 1)))
		f.Add([]byte(strings.Replace(s, "version = 1", "version = 1.5", 1)))
		f.Add([]byte(strings.Replace(s, "[model]", "[[model]]", 1)))
		f.Add([]byte(strings.ReplaceAll(s, "=", "")))
	}
	f.Add([]byte(textSpec))
	f.Add([]byte(mnistSpec))
	f.Add([]byte(strings.Replace(textSpec, "heads = 2", "heads = 0", 1)))
	f.Add([]byte(strings.Replace(textSpec, "depth = 1", "depth = 1\nvocab = 300", 1)))
	f.Add([]byte(strings.Replace(mnistSpec, "{ type = \"relu\" },", "{ type = \"layernorm\" }, { type = \"gelu\" },", 1)))
	f.Add([]byte("version = 1\nname = \"\\u0000\"\n"))
	f.Add([]byte{})
	f.Add([]byte("\xff\xfe[model]"))
	f.Add([]byte(`"\`)) // toml's ErrorWithPosition panicked on this (line 0)
	f.Add([]byte("name = \"x\r\n"))

	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > MaxSpecBytes {
			return
		}
		j, err := Parse(b, "dir")
		if err != nil {
			if j != nil {
				t.Fatalf("Parse returned a job with an error: %v", err)
			}
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if err := j.Validate(); err != nil {
			t.Fatalf("accepted spec fails Validate: %v", err)
		}
		vocab := j.Model.Vocab
		if vocab == 0 {
			vocab = 2
		}
		if err := j.NewModel(vocab).Check(); err != nil {
			t.Fatalf("accepted spec has an invalid model: %v", err)
		}
		if j.Model.Kind == "gpt" && j.Model.Vocab == 0 {
			if err := j.NewModel(256).Check(); err != nil {
				t.Fatalf("accepted gpt spec invalid for a byte vocabulary: %v", err)
			}
		}
		if err := j.NewOptimizer(j.Train.Steps).Check(); err != nil {
			t.Fatalf("accepted spec has an invalid optimizer: %v", err)
		}
		if j.Hash != commit.Keccak256(b) {
			t.Fatalf("hash %s is not keccak256 of the spec bytes", j.Hash)
		}
		if j.Dir != "dir" {
			t.Fatalf("Dir = %q", j.Dir)
		}
		j2, err := Parse(b, "dir")
		if err != nil || j2.Hash != j.Hash || j2.Name != j.Name || j2.Train != j.Train {
			t.Fatalf("Parse is not deterministic: %v", err)
		}
	})
}
