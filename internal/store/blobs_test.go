package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"veritrain/internal/commit"
)

func TestBlobs(t *testing.T) {
	s := &Blobs{Dir: filepath.Join(t.TempDir(), "blobs")}
	if l, err := s.List(); err != nil || len(l) != 0 {
		t.Fatalf("empty store lists %v, %v", l, err)
	}
	data := []byte("veritrain checkpoint bytes")
	h, err := s.Put(data)
	if err != nil || h != commit.Keccak256(data) {
		t.Fatalf("Put = %s, %v", h, err)
	}
	if h2, err := s.Put(data); err != nil || h2 != h {
		t.Fatalf("second Put = %s, %v", h2, err)
	}
	got, err := s.Get(h)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("Get = %q, %v", got, err)
	}
	if !s.Has(h) || s.Has(commit.Hash{1}) {
		t.Fatal("Has is wrong")
	}
	if _, err := s.Get(commit.Hash{1}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing blob: %v", err)
	}
	os.WriteFile(filepath.Join(s.Dir, "notes.txt"), []byte("x"), 0o644)
	if l, err := s.List(); err != nil || len(l) != 1 || l[0] != h {
		t.Fatalf("List = %v, %v", l, err)
	}
	link := filepath.Join(t.TempDir(), "ckpt.safetensors")
	if err := s.Link(h, link); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(link); !bytes.Equal(b, data) {
		t.Fatalf("link holds %q", b)
	}
	// A blob altered on disk is reported, not returned.
	if err := os.WriteFile(s.Path(h), []byte("tampered"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(h); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("corrupt blob: %v", err)
	}
}
