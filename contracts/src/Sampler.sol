// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title Sampler: which dataset sample a batch row holds (docs/sampler.md, spec v1)
/// @notice A port of internal/data's keyed permutation sampler, bit for bit: SplitMix64, Derive
/// with the label "veritrain/sampler/epoch/v1", the 8-round balanced Feistel network over 2h bits
/// with cycle walking, and Sampler.Index(step, row). All arithmetic is on uint64 and wraps modulo
/// 2^64, as in Go. The golden vectors of docs/sampler.md are checked against this library by
/// internal/contracts/judge_test.go (through Judge.sampleIndex).
library Sampler {
    uint64 internal constant SPLITMIX_GAMMA = 0x9e3779b97f4a7c15;
    uint64 internal constant SPLITMIX_MUL1 = 0xbf58476d1ce4e5b9;
    uint64 internal constant SPLITMIX_MUL2 = 0x94d049bb133111eb;
    uint64 internal constant FEISTEL_ROUND_MUL = 0xd1b54a32d192ed03;
    uint256 internal constant FEISTEL_ROUNDS = 8;

    /// The Derive label of the per-epoch permutation keys (26 bytes, left-aligned).
    bytes32 internal constant EPOCH_LABEL = "veritrain/sampler/epoch/v1";
    uint256 internal constant EPOCH_LABEL_LEN = 26;

    /// Go's int is 64 bits: positions and sizes above 2^63-1 do not exist there.
    uint256 internal constant MAX_INT = 2 ** 63 - 1;

    /// The configuration or the position is outside what Go's Sampler accepts (it panics): n or
    /// batch is 0 or above 2^63-1, row >= batch, or step*batch+row overflows int64.
    error SamplerRange();

    /// SplitMix64(x): the output of a splitmix64 generator whose state is x before the call.
    function splitMix64(uint64 x) internal pure returns (uint64) {
        unchecked {
            uint64 z = x + SPLITMIX_GAMMA;
            z = (z ^ (z >> 30)) * SPLITMIX_MUL1;
            z = (z ^ (z >> 27)) * SPLITMIX_MUL2;
            return z ^ (z >> 31);
        }
    }

    /// Derive(seed, "veritrain/sampler/epoch/v1", e): the permutation key of epoch e.
    function epochKey(uint64 seed, uint64 e) internal pure returns (uint64) {
        uint64 h = splitMix64(seed);
        for (uint256 k = 0; k < EPOCH_LABEL_LEN; ++k) {
            h = splitMix64(h ^ uint64(uint8(EPOCH_LABEL[k])));
        }
        h = splitMix64(h ^ uint64(EPOCH_LABEL_LEN));
        return splitMix64(h ^ e);
    }

    /// One application of the Feistel network to x < 2^(2h) (perm.go encrypt).
    function _encrypt(uint64 key, uint64 h, uint64 mask, uint64 x) private pure returns (uint64) {
        uint64 l = x >> h;
        uint64 r = x & mask;
        unchecked {
            for (uint256 i = 0; i < FEISTEL_ROUNDS; ++i) {
                uint64 f = splitMix64(key ^ (uint64(i) * FEISTEL_ROUND_MUL) ^ r) & mask;
                (l, r) = (r, l ^ f);
            }
        }
        return (l << h) | r;
    }

    /// The image of position i < n under the keyed permutation of [0, n) with this key
    /// (Go: Permutation.At).
    function permute(uint64 n, uint64 key, uint64 i) internal pure returns (uint64 x) {
        if (n == 0 || i >= n) revert SamplerRange();
        uint256 b = 0; // bits.Len64(n - 1)
        for (uint64 v = n - 1; v != 0; v >>= 1) {
            ++b;
        }
        uint64 h = uint64((b + 1) / 2);
        if (h == 0) h = 1;
        uint64 mask = uint64((uint256(1) << h) - 1);
        x = _encrypt(key, h, mask, i);
        while (x >= n) {
            x = _encrypt(key, h, mask, x);
        }
    }

    /// Sampler{N: n, Batch: batch, Seed: seed}.Index(step, row): the sample index of row `row` of
    /// the step that follows `step` completed steps.
    function index(uint256 n, uint256 batch, uint64 seed, uint256 step, uint256 row) internal pure returns (uint256) {
        if (n == 0 || n > MAX_INT || batch == 0 || batch > MAX_INT || row >= batch || step > (MAX_INT - row) / batch) {
            revert SamplerRange();
        }
        uint256 p = step * batch + row;
        return permute(uint64(n), epochKey(seed, uint64(p / n)), uint64(p % n));
    }
}
