package node

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"veritrain/internal/commit"
	"veritrain/internal/spec"
	"veritrain/internal/store"
)

// A job's files travel as blobs too. A spec may name files relative to its directory (a text
// dataset's data.path, the initial weights of init.weights); the submitter puts each into its
// blob store and a manifest, a small JSON blob mapping each name to the file's keccak256, that
// its job announcement carries next to the spec's hash. A receiver fetches the manifest and the
// files and lays them out under DataDir/specs/<spec hash>/ before it parses the spec there.
// (The files need no other check: the job's data root and initial state root, committed on
// chain, are checked against what the spec loads.)

// Manifest maps the files a spec names to their blobs.
type Manifest struct {
	Files map[string]commit.Hash `json:"files"`
}

// MaxManifestSize bounds a manifest blob.
const MaxManifestSize = 64 << 10

// SpecFiles returns the names of the files job names, relative to its directory: the text
// dataset and the initial weights. A spec naming an MNIST directory cannot travel (only the
// built-in MNIST can).
func SpecFiles(job *spec.Job) ([]string, error) {
	var out []string
	switch {
	case job.Data.Dataset == "text":
		out = append(out, job.Data.Path)
	case job.Data.Path != "":
		return nil, fmt.Errorf("the spec names a %s directory (data.path = %q): only the built-in dataset can be sent over the network", job.Data.Dataset, job.Data.Path)
	}
	if job.Init.Weights != "" {
		out = append(out, job.Init.Weights)
	}
	for _, f := range out {
		if !filepath.IsLocal(f) {
			return nil, fmt.Errorf("the spec names %q, not a path inside its directory: it cannot be sent over the network", f)
		}
	}
	return out, nil
}

// PutSpec puts a spec (its bytes raw, parsed as job) and the files it names into blobs. It
// returns the manifest's blob hash (zero if the spec names no file).
func PutSpec(blobs *store.Blobs, job *spec.Job, raw []byte) (commit.Hash, error) {
	if _, err := blobs.Put(raw); err != nil {
		return commit.Hash{}, err
	}
	names, err := SpecFiles(job)
	if err != nil || len(names) == 0 {
		return commit.Hash{}, err
	}
	m := Manifest{Files: map[string]commit.Hash{}}
	for _, name := range names {
		b, err := os.ReadFile(job.Resolve(name))
		if err != nil {
			return commit.Hash{}, err
		}
		if m.Files[name], err = blobs.Put(b); err != nil {
			return commit.Hash{}, err
		}
	}
	b, err := json.Marshal(m)
	if err != nil {
		return commit.Hash{}, err
	}
	return blobs.Put(b)
}

// DecodeManifest parses a manifest for job: exactly the files the spec names, each once.
func DecodeManifest(b []byte, job *spec.Job) (*Manifest, error) {
	if len(b) > MaxManifestSize {
		return nil, fmt.Errorf("manifest of %d bytes exceeds %d", len(b), MaxManifestSize)
	}
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	if dec.More() {
		return nil, errors.New("manifest: trailing data")
	}
	want, err := SpecFiles(job)
	if err != nil {
		return nil, err
	}
	var got []string
	for name := range m.Files {
		got = append(got, name)
	}
	slices.Sort(got)
	slices.Sort(want)
	want = slices.Compact(want)
	if !slices.Equal(got, want) {
		return nil, fmt.Errorf("manifest lists %q, the spec names %q", got, want)
	}
	return &m, nil
}

// ManifestFile is where a submitter node keeps the manifest hash of a spec it serves:
// DataDir/manifests/<spec hash>.
func ManifestFile(dataDir string, specHash commit.Hash) string {
	return filepath.Join(dataDir, "manifests", specHash.String())
}

// SaveManifestHash records the manifest of a spec for the submitter node in dataDir.
func SaveManifestHash(dataDir string, specHash, manifest commit.Hash) error {
	p := ManifestFile(dataDir, specHash)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(manifest.String()), 0o644)
}

// manifestHash reads the manifest hash recorded for a spec (zero if none).
func manifestHash(dataDir string, specHash commit.Hash) commit.Hash {
	b, err := os.ReadFile(ManifestFile(dataDir, specHash))
	if err != nil {
		return commit.Hash{}
	}
	h, err := commit.ParseHash(string(bytes.TrimSpace(b)))
	if err != nil {
		return commit.Hash{}
	}
	return h
}
