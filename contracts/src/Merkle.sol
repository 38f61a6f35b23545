// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Merkle: the commitment trees of docs/commitments.md (Go: internal/commit)
/// @notice Leaves are LeafHash(data) = keccak256(0x00 ‖ data), inner nodes NodeHash(l, r) =
/// keccak256(0x01 ‖ l ‖ r); a tree of n leaves is padded to the next power of two with zero
/// leaves, so a padding subtree of height h hashes to ZeroHash(h). Internal functions only: they
/// are compiled into the contracts that use them (DisputeGame, RoundGame, Judge).
library Merkle {
    /// D(n): the smallest d with 2^d >= n.
    function depth(uint256 n) internal pure returns (uint256 d) {
        while ((uint256(1) << d) < n) ++d;
    }

    /// ZeroHash(h): the root of a subtree of height h that holds only padding.
    function zeroHash(uint256 h) internal pure returns (bytes32 z) {
        for (uint256 k; k < h; ++k) z = nodeHash(z, z);
    }

    /// NodeHash(l, r) = keccak256(0x01 ‖ l ‖ r).
    function nodeHash(bytes32 l, bytes32 r) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 1)
            mstore(add(p, 1), l)
            mstore(add(p, 33), r)
            h := keccak256(p, 65)
        }
    }

    /// LeafHash(data) = keccak256(0x00 ‖ data).
    function leafHash(bytes calldata data) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0)
            calldatacopy(add(p, 1), data.offset, data.length)
            h := keccak256(p, add(data.length, 1))
        }
    }

    /// LeafHash of 32 bytes (a step hash, a state root or a tensor root).
    function leafHash32(bytes32 x) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0)
            mstore(add(p, 1), x)
            h := keccak256(p, 33)
        }
    }

    /// LeafHash of a uint32 in big-endian order (an updates-tree leaf).
    function leafHash4(uint32 x) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore8(p, 0)
            mstore(add(p, 1), shl(224, x))
            h := keccak256(p, 5)
        }
    }

    /// VerifyProof(root, leaf, i, n, proof) of docs/commitments.md section 3.3: leaf is leaf i of
    /// a tree of n leaves with that root, and every sibling beyond the tree's leaves is padding.
    function verify(bytes32 root, bytes32 leaf, uint256 i, uint256 n, bytes32[] calldata proof)
        internal
        pure
        returns (bool)
    {
        if (n == 0 || i >= n) return false;
        uint256 d = depth(n);
        if (proof.length != d) return false;
        bytes32 cur = leaf;
        bytes32 zero;
        for (uint256 k; k < d; ++k) {
            uint256 pos = i >> k;
            bytes32 sib = proof[k];
            if (((pos ^ 1) << k) >= n && sib != zero) return false;
            cur = pos & 1 == 0 ? nodeHash(cur, sib) : nodeHash(sib, cur);
            zero = nodeHash(zero, zero);
        }
        return cur == root;
    }

    /// The state root over tensor roots (commit.StateRoot): the root of the tree of
    /// LeafHash(roots[j]); zero for no tensors.
    function stateRoot(bytes32[] calldata roots) internal pure returns (bytes32) {
        uint256 n = roots.length;
        if (n == 0) return bytes32(0);
        bytes32[] memory lv = new bytes32[](n);
        for (uint256 j; j < n; ++j) {
            lv[j] = leafHash32(roots[j]);
        }
        bytes32 zero;
        while (n > 1) {
            uint256 m = (n + 1) / 2;
            for (uint256 j; j < m; ++j) {
                lv[j] = nodeHash(lv[2 * j], 2 * j + 1 < n ? lv[2 * j + 1] : zero);
            }
            n = m;
            zero = nodeHash(zero, zero);
        }
        return lv[0];
    }
}
