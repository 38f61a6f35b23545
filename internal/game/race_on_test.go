//go:build race

package game

// raceEnabled: the race detector slows the simulator about tenfold; it plays fewer worlds.
const raceEnabled = true
