// Command bindgen regenerates the abigen v2 Go bindings in internal/contracts from the artifacts
// in contracts/build (run by `make contracts` after compile.js). Run it from the repository root.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"veritrain/internal/contracts/bindgen"
)

func main() {
	build := flag.String("build", "contracts/build", "directory of the compiled artifacts")
	out := flag.String("out", "internal/contracts", "directory of the generated bindings")
	flag.Parse()
	for _, f := range bindgen.Files {
		code, err := bindgen.Generate(os.DirFS(*build), f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		path := filepath.Join(*out, f.Name)
		if err := os.WriteFile(path, code, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("wrote %s (%v)\n", path, f.Contracts)
	}
}
