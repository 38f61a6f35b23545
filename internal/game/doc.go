// Package game is the dispute game of veritrain as a pure state machine, and the sampling rule
// that decides which step segments verifiers re-execute.
//
// A solver has committed a trace root over its step hashes h_1..h_T. A challenger that finds
// step t wrong opens a game (New) with a bond, proving h_{t-1} and h_t from the trace root. The
// game then narrows the disagreement, one move at a time, to a single checkable fact:
//
//   - the solver posts the op-trace root of step t (the Merkle root over the output tensor root
//     of every op of the step program);
//   - the challenger chooses to dispute the op trace or the post-state h_t;
//   - the solver reveals the two children of the current Merkle node and the challenger picks
//     the one it disputes, down to a leaf of the op trace (one op's output root) or of the
//     post-state (one state tensor's root); a disputed computed op continues the same bisection
//     inside its output tensor down to one row chunk, which the solver reveals;
//   - the game ends in one of three checks: the challenger names an element of the revealed
//     chunk and the injected Judge recomputes it; the solver proves that the revealed leaf fits
//     the step's ends (a state read equals the tensor under h_{t-1}, a post-state tensor equals
//     the op output that updates it or the unchanged tensor under h_{t-1}); or the solver's
//     revealed padding is not the zero subtree.
//
// Every state has a deadline: a party that does not move before it loses, through a Timeout
// event that anyone may send. Invalid moves are rejected with an error and change nothing. The
// number of accepted events is at most MaxMoves(params), logarithmic in the size of the step.
//
// The package does no I/O and reads no clock: every Event carries the time at which it happens,
// and Step returns Actions (bond and stake transfers, the deadline to wait for, the outcome) for
// a driver or a contract to carry out. docs/dispute-game.md is the specification, written for the
// Solidity contract that implements the same game.
package game
