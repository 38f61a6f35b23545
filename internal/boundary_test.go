// Package internal holds only this test: the import boundary of DESIGN.md section 8. The pure
// packages (numerics, commitments, game and market rules) take inputs and return values; they do
// no I/O and never import a driver.
package internal

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// pure lists the packages that must stay free of I/O.
var pure = []string{"fmath", "tensor", "autograd", "nn", "commit", "proof", "game", "dispute", "market"}

// forbidden imports for pure packages, with the reason. Drivers (node, chain, p2p, store) and the
// packages that read files (data loaders, train, cli) are listed so that pure code cannot reach
// I/O through them either.
var forbidden = map[string]string{
	"os":                       "file and process I/O belongs in a driver",
	"os/exec":                  "processes belong in a driver",
	"net":                      "network I/O belongs in a driver",
	"net/http":                 "network I/O belongs in a driver",
	"io/ioutil":                "file I/O belongs in a driver",
	"time":                     "wall clocks make results depend on when they run",
	"math/rand":                "the global RNG is not reproducible: use a seeded, specified generator",
	"veritrain/internal/train": "train does I/O (data, checkpoints)",
	"veritrain/internal/data":  "data reads files",
	"veritrain/internal/cli":   "cli is the command line",
	"veritrain/internal/node":  "node is a driver",
	"veritrain/internal/chain": "chain is a driver",
	"veritrain/internal/p2p":   "p2p is a driver",
	"veritrain/internal/store": "store is a driver",
}

func TestPurePackagesDoNoIO(t *testing.T) {
	for _, pkg := range pure {
		files, err := filepath.Glob(filepath.Join(pkg, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("package %s: no Go files (%v)", pkg, err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue // tests may read testdata and time themselves
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if generator(src) {
				continue // //go:build ignore: a code generator run by hand, not part of the package
			}
			af, err := parser.ParseFile(token.NewFileSet(), f, src, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range af.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if why, bad := forbidden[path]; bad {
					t.Errorf("%s imports %q: %s", f, path, why)
				}
			}
		}
	}
}

// generator reports whether a file is excluded from every build by a "//go:build ignore" line.
func generator(src []byte) bool {
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "package ") {
			return false
		}
		if strings.HasPrefix(line, "//go:build") && strings.Contains(line, "ignore") {
			return true
		}
	}
	return false
}
