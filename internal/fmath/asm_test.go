package fmath

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// fusedOp matches the fused multiply-add mnemonics of arm64 (FMADDS, FMSUBS,
// FNMADDS, FNMSUBS, and the D forms) and amd64 (VFMADD231SS, ...).
var fusedOp = regexp.MustCompile(`\b(V?F(N)?M(ADD|SUB)[0-9A-Z]*)\b`)

// compileAsm compiles the Go package in dir with -S for the given
// environment and returns the assembly listing.
func compileAsm(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	gobin := filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		if gobin, err = exec.LookPath("go"); err != nil {
			t.Skip("go command not found")
		}
	}
	cmd := exec.Command(gobin, append([]string{"build", "-o", os.DevNull, "-gcflags=-S"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build %v: %v\n%s", env, err, out)
	}
	return string(out)
}

// TestNoFusedMultiplyAdd compiles this package (and the other numeric packages) for arm64 and for amd64 with
// GOAMD64=v3 (both allow the compiler to fuse x*y+z) and fails if any fused
// multiply-add instruction appears. A control build checks that the pattern
// does detect a fusable x*y+z.
func TestNoFusedMultiplyAdd(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the package for other targets")
	}
	targets := [][]string{{"GOARCH=arm64"}, {"GOARCH=amd64", "GOAMD64=v3"}}
	ctl := t.TempDir()
	src := "package p\n\nfunc F(x, y, z float32) float32 { return x*y + z }\n"
	if err := os.WriteFile(filepath.Join(ctl, "p.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ctl, "go.mod"), []byte("module p\n\ngo 1.21\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, env := range targets {
		env = append(env, "CGO_ENABLED=0")
		if asm := compileAsm(t, ctl, env, "."); !fusedOp.MatchString(asm) {
			t.Fatalf("%v: control x*y+z was not fused or not detected:\n%s", env, asm)
		}
		// This package and every package whose float32 arithmetic is consensus-critical: the
		// kernels and the training state's initialisation.
		for _, pkg := range []struct{ dir, sym string }{
			{".", "fmath.Exp(SB)"},
			{"../tensor", "tensor.matmulBlock(SB)"},
			{"../train", "train.(*State).InitSeeded(SB)"},
			{"../nn", "nn.Linear(SB)"},
		} {
			asm := compileAsm(t, pkg.dir, env, ".")
			if !strings.Contains(asm, pkg.sym) {
				t.Fatalf("%v: no assembly listing for %s in %s:\n%.2000s", env, pkg.sym, pkg.dir, asm)
			}
			for _, line := range strings.Split(asm, "\n") {
				if fusedOp.MatchString(line) && !strings.Contains(line, "TEXT") {
					t.Errorf("%v: %s: fused multiply-add: %s", env, pkg.dir, strings.TrimSpace(line))
				}
			}
		}
	}
}
