// Package commit defines veritrain's commitments: keccak256 Merkle trees,
// tensor roots, state roots and their inclusion proofs.
//
// Everything here is a pure function of its inputs and is specified byte for
// byte in docs/commitments.md, so that the Solidity adjudicator can verify the
// same proofs. In short:
//
//   - Hash is keccak256 (Ethereum's, not NIST SHA3-256).
//   - A leaf hash is keccak256(0x00 ‖ bytes); an inner node is
//     keccak256(0x01 ‖ left ‖ right).
//   - A Merkle tree over n leaf hashes pads the leaf level to the next power
//     of two with the all-zero Hash. Its root for n = 0 is the zero Hash; for
//     n = 1 it is the single leaf hash. A proof lists the sibling hashes from
//     the leaf upwards and has exactly Depth(n) = ceil(log2 n) entries.
//   - A tensor root is the Merkle root over the rows of the tensor's last
//     dimension, each row cut into chunks of at most ChunkFloats float32
//     values, encoded little-endian with every bit kept.
//   - A state root is the Merkle root over LeafHash(tensorRoot) of the
//     training state's tensors, in the order the caller defines.
//
// The package-level functions take a Hasher from an internal pool and do not
// allocate on the hot paths (TensorRoot, StateRoot, MerkleRoot, VerifyProof).
// Callers that hash from several goroutines at once can also hold one Hasher
// per goroutine; results never depend on which Hasher computed them.
package commit
