package contracts

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/contracts/bindgen"
)

// contractsDir is the Solidity project, relative to this package.
const contractsDir = "../../contracts"

// ourSources hashes every .sol file under contracts/src and contracts/test, keyed by the source
// unit name compile.js gives it ("src/JobMarket.sol").
func ourSources(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, dir := range []string{"src", "test"} {
		err := filepath.WalkDir(filepath.Join(contractsDir, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".sol") {
				return err
			}
			text, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(contractsDir, path)
			sum := sha256.Sum256(text)
			out[filepath.ToSlash(rel)] = hex.EncodeToString(sum[:])
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// The committed artifacts were compiled from exactly the committed sources, with the compiler and
// OpenZeppelin versions the lockfile pins.
func TestArtifactsMatchSources(t *testing.T) {
	m, err := LoadManifest()
	if err != nil {
		t.Fatal(err)
	}
	ours := ourSources(t)
	recorded := map[string]string{}
	for unit, h := range m.Sources {
		if strings.HasPrefix(unit, "src/") || strings.HasPrefix(unit, "test/") {
			recorded[unit] = h
		} else if !strings.HasPrefix(unit, "@openzeppelin/contracts/") {
			t.Errorf("manifest lists an unexpected source %s", unit)
		}
	}
	if !reflect.DeepEqual(ours, recorded) {
		for unit, h := range ours {
			if recorded[unit] != h {
				t.Errorf("%s: sha256 %s on disk, %q in contracts/build/manifest.json", unit, h, recorded[unit])
			}
		}
		for unit := range recorded {
			if _, ok := ours[unit]; !ok {
				t.Errorf("%s: in the manifest but not on disk", unit)
			}
		}
		t.Fatal("Solidity sources changed since the artifacts were built: run `make contracts`")
	}

	// The digest recorded in every artifact covers all sources, OpenZeppelin's included.
	units := make([]string, 0, len(m.Sources))
	for u := range m.Sources {
		units = append(units, u)
	}
	sort.Strings(units)
	var lines strings.Builder
	for _, u := range units {
		lines.WriteString(u + " " + m.Sources[u] + "\n")
	}
	sum := sha256.Sum256([]byte(lines.String()))
	if got := hex.EncodeToString(sum[:]); got != m.SourcesHash {
		t.Fatalf("manifest sourcesHash %s, recomputed %s", m.SourcesHash, got)
	}
	if len(m.Contracts) == 0 {
		t.Fatal("manifest lists no contracts")
	}
	for name, unit := range m.Contracts {
		a, err := LoadArtifact(name)
		if err != nil {
			t.Fatal(err)
		}
		if a.SourcesHash != m.SourcesHash || a.Compiler != m.Compiler || a.SourceName != unit || a.ContractName != name {
			t.Errorf("%s: artifact (%s, %s, %s) does not match the manifest", name, a.SourceName, a.Compiler, a.SourcesHash)
		}
		if len(a.Bytecode) == 0 || len(a.DeployedBytecode) == 0 {
			t.Errorf("%s: empty bytecode", name)
		}
	}

	// Pinned toolchain: exact versions in package.json, the same in the lockfile and the manifest.
	var pkg struct {
		DevDependencies map[string]string `json:"devDependencies"`
	}
	var lock struct {
		Packages map[string]struct {
			Version string `json:"version"`
		} `json:"packages"`
	}
	readJSON(t, filepath.Join(contractsDir, "package.json"), &pkg)
	readJSON(t, filepath.Join(contractsDir, "package-lock.json"), &lock)
	for name, want := range map[string]string{"solc": m.SolcPackage, "@openzeppelin/contracts": m.OpenZeppelin} {
		if got := pkg.DevDependencies[name]; got != want {
			t.Errorf("package.json pins %s %q, artifacts built with %q", name, got, want)
		}
		if got := lock.Packages["node_modules/"+name].Version; got != want {
			t.Errorf("package-lock.json has %s %q, artifacts built with %q", name, got, want)
		}
	}
	if m.SolcPackage != "0.8.37" || !strings.HasPrefix(m.Compiler, "solc 0.8.37+") || !strings.HasPrefix(m.OpenZeppelin, "5.") {
		t.Errorf("toolchain %s / solc %s / OpenZeppelin %s, want solc 0.8.37 and OpenZeppelin 5.x", m.Compiler, m.SolcPackage, m.OpenZeppelin)
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// The committed bindings are exactly what abigen v2 generates from the committed artifacts, and
// their ABI and bytecode are the artifacts'.
func TestBindingsMatchArtifacts(t *testing.T) {
	for _, f := range bindgen.Files {
		want, err := bindgen.Generate(os.DirFS(filepath.Join(contractsDir, "build")), f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the bindings of contracts/build: run `make contracts`", f.Name)
		}
	}
	metas := map[string]struct{ abi, bin string }{
		"JobMarket":      {JobMarketMetaData.ABI, JobMarketMetaData.Bin},
		"Staking":        {StakingMetaData.ABI, StakingMetaData.Bin},
		"TestToken":      {TestTokenMetaData.ABI, TestTokenMetaData.Bin},
		"MaliciousToken": {MaliciousTokenMetaData.ABI, MaliciousTokenMetaData.Bin},
	}
	for name, meta := range metas {
		a, err := LoadArtifact(name)
		if err != nil {
			t.Fatal(err)
		}
		// abigen strips every whitespace character from the ABI it embeds ("contract IERC20"
		// becomes "contractIERC20"), so compare the compacted JSON without whitespace.
		var compact bytes.Buffer
		if err := json.Compact(&compact, a.ABI); err != nil {
			t.Fatal(err)
		}
		if stripSpace(compact.String()) != stripSpace(meta.abi) {
			t.Errorf("%s: binding ABI differs from the artifact's", name)
		}
		if !bytes.Equal(common.FromHex(meta.bin), a.Bytecode) {
			t.Errorf("%s: binding bytecode differs from the artifact's", name)
		}
	}
}

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// Recompiling the sources with the pinned compiler gives byte-identical artifacts. It needs Node.js
// and npm (npm ci fetches the pinned solc and OpenZeppelin into a temporary copy of the project);
// without them it is skipped, and the source hashes above still catch edited sources.
func TestRecompileMatchesArtifacts(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the solc recompile (about 20 s)")
	}
	node, errNode := exec.LookPath("node")
	npm, errNpm := exec.LookPath("npm")
	if errNode != nil || errNpm != nil {
		t.Skip("node or npm not found: skipping the recompile check (source hashes are still checked)")
	}
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	tmp := t.TempDir()
	for _, dir := range []string{"src", "test"} {
		if err := os.CopyFS(filepath.Join(tmp, dir), os.DirFS(filepath.Join(contractsDir, dir))); err != nil {
			t.Fatal(err)
		}
	}
	for _, file := range []string{"package.json", "package-lock.json", "compile.js"} {
		data, err := os.ReadFile(filepath.Join(contractsDir, file))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(tmp, file), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(name string, args ...string) {
		t.Helper()
		cmd := exec.CommandContext(ctx, name, args...)
		cmd.Dir = tmp
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
		}
	}
	run(npm, "ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error")
	build, err := filepath.Abs(filepath.Join(contractsDir, "build"))
	if err != nil {
		t.Fatal(err)
	}
	run(node, "compile.js", "--check", "--out", build)
}
