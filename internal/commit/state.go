package commit

import "fmt"

// StateLeaf returns the state-tree leaf of a tensor root:
// LeafHash(tensorRoot[:]) = keccak256(0x00 ‖ tensorRoot).
func StateLeaf(tensorRoot Hash) Hash { return LeafHash(tensorRoot[:]) }

// StateRoot returns the state root over the training state's tensor roots,
// in the fixed order the caller defines (parameters, optimizer slots, step
// counter, ...): the Merkle root over StateLeaf(tensorRoots[i]). With no
// tensors it is the zero Hash.
func (h *Hasher) StateRoot(tensorRoots []Hash) Hash {
	h.st.reset(-1)
	h.stateStream(tensorRoots)
	return h.finish()
}

// stateStream pushes the state leaves of tensorRoots into h's stream, which
// must have been reset.
func (h *Hasher) stateStream(tensorRoots []Hash) {
	for len(tensorRoots) > 0 {
		lv := h.lv[:min(batchLeaves, len(tensorRoots))]
		h.leafLevel(tensorRoots, lv)
		h.pushBatch(lv)
		tensorRoots = tensorRoots[len(lv):]
	}
}

// StateRoot returns the state root over the training state's tensor roots,
// in the fixed order the caller defines (parameters, optimizer slots, step
// counter, ...): the Merkle root over StateLeaf(tensorRoots[i]). With no
// tensors it is the zero Hash.
func StateRoot(tensorRoots []Hash) Hash {
	h := getHasher()
	defer putHasher(h)
	return h.StateRoot(tensorRoots)
}

// StateProof returns the Merkle proof of tensor root i against
// StateRoot(tensorRoots). An index outside [0, len(tensorRoots)) is an error.
func StateProof(tensorRoots []Hash, i int) ([]Hash, error) {
	if i < 0 || i >= len(tensorRoots) {
		return nil, fmt.Errorf("commit: state proof: tensor %d out of range [0, %d)", i, len(tensorRoots))
	}
	h := getHasher()
	defer putHasher(h)
	h.st.reset(i)
	h.stateStream(tensorRoots)
	h.finish()
	proof := make([]Hash, Depth(len(tensorRoots)))
	copy(proof, h.st.proof[:])
	return proof, nil
}

// VerifyStateProof reports whether proof shows that tensorRoot is tensor i of
// a state of n tensors with the given state root (VerifyProof on
// StateLeaf(tensorRoot)).
func VerifyStateProof(stateRoot, tensorRoot Hash, i, n int, proof []Hash) bool {
	h := getHasher()
	defer putHasher(h)
	return h.VerifyProof(stateRoot, h.LeafHash(tensorRoot[:]), i, n, proof)
}
