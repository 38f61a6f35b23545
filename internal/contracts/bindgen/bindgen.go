// Package bindgen turns the compiled contract artifacts (contracts/build) into go-ethereum abigen
// v2 bindings. It is the code behind `make contracts` (through scripts/bindgen) and behind the
// drift test of internal/contracts, which regenerates the bindings in memory and compares them
// with the committed files.
package bindgen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Package is the Go package the bindings are generated into.
const Package = "contracts"

// File is one generated Go file and the contracts it binds.
type File struct {
	Name      string   // file name inside internal/contracts
	Contracts []string // artifact names (contracts/build/<Name>.json)
}

// Files lists the generated files. The malicious token exists only for tests, so its binding
// lives in a _test.go file and never reaches a binary.
var Files = []File{
	{Name: "bindings.go", Contracts: []string{"JobMarket", "Staking", "TestToken"}},
	{Name: "malicioustoken_bindings_test.go", Contracts: []string{"MaliciousToken"}},
	{Name: "disputegame_bindings.go", Contracts: []string{"DisputeGame"}},
	{Name: "judge_bindings.go", Contracts: []string{"Judge"}},
	{Name: "roundgame_bindings.go", Contracts: []string{"RoundGame"}},
}

// Artifact is the part of a contracts/build/<Name>.json file the bindings need.
type Artifact struct {
	ContractName string          `json:"contractName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

// Load reads build/<name>.json from fsys (rooted at contracts/build).
func Load(fsys fs.FS, name string) (*Artifact, error) {
	raw, err := fs.ReadFile(fsys, name+".json")
	if err != nil {
		return nil, fmt.Errorf("bindgen: %w", err)
	}
	var a Artifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("bindgen: %s.json: %w", name, err)
	}
	if a.ContractName != name {
		return nil, fmt.Errorf("bindgen: %s.json names contract %q", name, a.ContractName)
	}
	return &a, nil
}

// Generate returns the gofmt'ed source of one bindings file.
func Generate(fsys fs.FS, f File) ([]byte, error) {
	var types, abis, bins []string
	for _, name := range f.Contracts {
		a, err := Load(fsys, name)
		if err != nil {
			return nil, err
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, a.ABI); err != nil {
			return nil, fmt.Errorf("bindgen: %s ABI: %w", name, err)
		}
		types = append(types, name)
		abis = append(abis, compact.String())
		bins = append(bins, strings.TrimPrefix(a.Bytecode, "0x"))
	}
	code, err := abigen.BindV2(types, abis, bins, Package, map[string]string{}, map[string]string{})
	if err != nil {
		return nil, fmt.Errorf("bindgen: %s: %w", f.Name, err)
	}
	return []byte(code), nil
}
