package commit

import "fmt"

// TraceLeaf is the leaf of step hash h in a trace tree: LeafHash(h) = keccak256(0x00 ‖ h).
func TraceLeaf(h Hash) Hash { return LeafHash(h[:]) }

// TraceRoot is the trace root a solver posts on-chain (DESIGN section 3): the Merkle root over
// TraceLeaf(h_1) … TraceLeaf(h_T), where stepHashes[i] = h_{i+1}. Step t is leaf t-1. The
// construction is the state root's over the step hashes, so it is StateRoot(stepHashes).
func TraceRoot(stepHashes []Hash) Hash { return StateRoot(stepHashes) }

// TraceProof is the Merkle proof of h_step (1 ≤ step ≤ len(stepHashes)) against TraceRoot.
func TraceProof(stepHashes []Hash, step int) ([]Hash, error) {
	if step < 1 || step > len(stepHashes) {
		return nil, fmt.Errorf("commit: trace proof: step %d outside [1, %d]", step, len(stepHashes))
	}
	return StateProof(stepHashes, step-1)
}

// VerifyTraceProof reports whether proof shows that h is the hash of step step (1-based) in a
// trace of steps steps with the given root.
func VerifyTraceProof(root, h Hash, step, steps int, proof []Hash) bool {
	return VerifyStateProof(root, h, step-1, steps, proof)
}
