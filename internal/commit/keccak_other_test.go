//go:build !amd64 || purego

package commit

// keccakPaths lists the engine's configurations: one here.
func keccakPaths() []keccakPath {
	return []keccakPath{{"x/crypto", func() func() { return func() {} }}}
}
