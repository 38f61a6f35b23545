//go:build race

package commit

// raceEnabled: the race detector makes sync.Pool drop items, so allocation
// counts of pooled paths are not meaningful.
const raceEnabled = true
