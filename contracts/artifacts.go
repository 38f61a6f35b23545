// Package contracts embeds the compiled Solidity artifacts of build/ (written by compile.js with
// the solc pinned in package-lock.json), so that Go code can deploy the contracts without Node.js.
// The Go bindings and the typed helpers live in veritrain/internal/contracts.
package contracts

import "embed"

// Build holds build/<Contract>.json (ABI, creation and runtime bytecode, source digest) and
// build/manifest.json (compiler, settings and the SHA-256 of every source compiled).
//
//go:embed build/*.json
var Build embed.FS
