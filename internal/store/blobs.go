// Package store keeps content-addressed blobs on disk: job specs, weights, datasets,
// checkpoints and final models are named by the keccak256 of their bytes (DESIGN section 7), so
// anyone can check what they fetched against the hash a commitment names.
package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"veritrain/internal/commit"
)

// Blobs is a directory of blobs, each in a file named by its hash (0x + 64 hex digits). Writes
// are atomic (temporary file, fsync, rename), so a crash never leaves a blob that does not
// match its name; reads check the hash.
type Blobs struct {
	Dir string
}

// ErrNotFound is returned for a blob the store does not hold.
var ErrNotFound = errors.New("blob not found")

// ErrCorrupt is returned for a stored blob whose bytes do not match its name.
var ErrCorrupt = errors.New("blob does not match its hash")

// Hash is the content address of b: keccak256(b).
func Hash(b []byte) commit.Hash { return commit.Keccak256(b) }

// Path is the file that holds (or would hold) the blob h.
func (s *Blobs) Path(h commit.Hash) string { return filepath.Join(s.Dir, h.String()) }

// Put stores b and returns its hash. Storing a blob that is already present is a no-op.
func (s *Blobs) Put(b []byte) (commit.Hash, error) {
	h := Hash(b)
	path := s.Path(h)
	if _, err := os.Stat(path); err == nil {
		return h, nil
	}
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return h, fmt.Errorf("blob store: %w", err)
	}
	f, err := os.CreateTemp(s.Dir, ".tmp-*")
	if err != nil {
		return h, fmt.Errorf("blob store: %w", err)
	}
	tmp := f.Name()
	_, err = f.Write(b)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return h, fmt.Errorf("blob store: write %s: %w", h, err)
	}
	return h, nil
}

// Get reads the blob h and checks its bytes against h.
func (s *Blobs) Get(h commit.Hash) ([]byte, error) {
	b, err := os.ReadFile(s.Path(h))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s in %s", ErrNotFound, h, s.Dir)
	}
	if err != nil {
		return nil, fmt.Errorf("blob store: %w", err)
	}
	if got := Hash(b); got != h {
		return nil, fmt.Errorf("%w: %s holds bytes hashing to %s", ErrCorrupt, s.Path(h), got)
	}
	return b, nil
}

// Has reports whether the store holds a file named h (without reading it).
func (s *Blobs) Has(h commit.Hash) bool {
	_, err := os.Stat(s.Path(h))
	return err == nil
}

// List returns the hashes of the blobs in the store, ignoring other files.
func (s *Blobs) List() ([]commit.Hash, error) {
	ents, err := os.ReadDir(s.Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("blob store: %w", err)
	}
	var out []commit.Hash
	for _, e := range ents {
		if !e.Type().IsRegular() || !strings.HasPrefix(e.Name(), "0x") {
			continue
		}
		if h, err := commit.ParseHash(e.Name()); err == nil {
			out = append(out, h)
		}
	}
	return out, nil
}

// Link makes path another name for the blob h (a hard link, or a copy where links are not
// possible), replacing whatever path held.
func (s *Blobs) Link(h commit.Hash, path string) error {
	tmp := path + ".tmp-link"
	os.Remove(tmp)
	if err := os.Link(s.Path(h), tmp); err != nil {
		b, gerr := s.Get(h)
		if gerr != nil {
			return gerr
		}
		if err := os.WriteFile(tmp, b, 0o644); err != nil {
			return fmt.Errorf("blob store: %w", err)
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("blob store: %w", err)
	}
	return nil
}
