// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {F32} from "../src/F32.sol";

/// @title F32Harness: batch entry points over the F32 library for the Go differential tests
/// (internal/contracts/f32_test.go). Arrays in, arrays out, so that one EVM call checks
/// thousands of inputs. Test-only: nothing deploys it on a real chain.
contract F32Harness {
    error LengthMismatch();

    // Operation codes of gasOf (and of the binary/unary batch helpers).
    uint256 private constant OP_NOP = 0;
    uint256 private constant OP_ADD = 1;
    uint256 private constant OP_SUB = 2;
    uint256 private constant OP_MUL = 3;
    uint256 private constant OP_DIV = 4;
    uint256 private constant OP_SQRT = 5;
    uint256 private constant OP_EXP = 6;
    uint256 private constant OP_LOG = 7;
    uint256 private constant OP_MAX = 8;
    uint256 private constant OP_GT = 9;
    uint256 private constant OP_NEG = 10;

    function _pairs(uint32[] calldata a, uint32[] calldata b) private pure returns (uint256 n, uint32[] memory r) {
        n = a.length;
        if (b.length != n) revert LengthMismatch();
        r = new uint32[](n);
    }

    function add(uint32[] calldata a, uint32[] calldata b) external pure returns (uint32[] memory r) {
        uint256 n;
        (n, r) = _pairs(a, b);
        for (uint256 i = 0; i < n; i++) r[i] = F32.add(a[i], b[i]);
    }

    function sub(uint32[] calldata a, uint32[] calldata b) external pure returns (uint32[] memory r) {
        uint256 n;
        (n, r) = _pairs(a, b);
        for (uint256 i = 0; i < n; i++) r[i] = F32.sub(a[i], b[i]);
    }

    function mul(uint32[] calldata a, uint32[] calldata b) external pure returns (uint32[] memory r) {
        uint256 n;
        (n, r) = _pairs(a, b);
        for (uint256 i = 0; i < n; i++) r[i] = F32.mul(a[i], b[i]);
    }

    function div(uint32[] calldata a, uint32[] calldata b) external pure returns (uint32[] memory r) {
        uint256 n;
        (n, r) = _pairs(a, b);
        for (uint256 i = 0; i < n; i++) r[i] = F32.div(a[i], b[i]);
    }

    function max(uint32[] calldata a, uint32[] calldata b) external pure returns (uint32[] memory r) {
        uint256 n;
        (n, r) = _pairs(a, b);
        for (uint256 i = 0; i < n; i++) r[i] = F32.max(a[i], b[i]);
    }

    function gt(uint32[] calldata a, uint32[] calldata b) external pure returns (uint32[] memory r) {
        uint256 n;
        (n, r) = _pairs(a, b);
        for (uint256 i = 0; i < n; i++) r[i] = F32.gt(a[i], b[i]);
    }

    /// Bit i of the result word i/256 is F32.greater(a[i], b[i]); likewise for isZero(a[i]) and
    /// isNaN(a[i]). where(c, a, b) is returned in full.
    function predicates(uint32[] calldata a, uint32[] calldata b)
        external
        pure
        returns (uint256[] memory greater, uint256[] memory zero, uint256[] memory nan, uint32[] memory canon)
    {
        uint256 n = a.length;
        if (b.length != n) revert LengthMismatch();
        uint256 words = (n + 255) / 256;
        greater = new uint256[](words);
        zero = new uint256[](words);
        nan = new uint256[](words);
        canon = new uint32[](n);
        for (uint256 i = 0; i < n; i++) {
            uint256 bit = 1 << (i % 256);
            if (F32.greater(a[i], b[i])) greater[i / 256] |= bit;
            if (F32.isZero(a[i])) zero[i / 256] |= bit;
            if (F32.isNaN(a[i])) nan[i / 256] |= bit;
            canon[i] = F32.canon(a[i]);
        }
    }

    function where(uint32[] calldata c, uint32[] calldata a, uint32[] calldata b)
        external
        pure
        returns (uint32[] memory r)
    {
        uint256 n;
        (n, r) = _pairs(a, b);
        if (c.length != n) revert LengthMismatch();
        for (uint256 i = 0; i < n; i++) r[i] = F32.where(c[i], a[i], b[i]);
    }

    function sqrt(uint32[] calldata a) external pure returns (uint32[] memory r) {
        r = new uint32[](a.length);
        for (uint256 i = 0; i < a.length; i++) r[i] = F32.sqrt(a[i]);
    }

    function neg(uint32[] calldata a) external pure returns (uint32[] memory r) {
        r = new uint32[](a.length);
        for (uint256 i = 0; i < a.length; i++) r[i] = F32.neg(a[i]);
    }

    function exp(uint32[] calldata a) external pure returns (uint32[] memory r) {
        r = new uint32[](a.length);
        for (uint256 i = 0; i < a.length; i++) r[i] = F32.exp(a[i]);
    }

    function log(uint32[] calldata a) external pure returns (uint32[] memory r) {
        r = new uint32[](a.length);
        for (uint256 i = 0; i < a.length; i++) r[i] = F32.log(a[i]);
    }

    function fromInt(int256[] calldata k) external pure returns (uint32[] memory r) {
        r = new uint32[](k.length);
        for (uint256 i = 0; i < k.length; i++) r[i] = F32.fromInt(k[i]);
    }

    /// Segment j of the reductions is the next lens[j] values of x (and y).
    function _segment(uint32[] calldata x, uint256 off, uint256 len) private pure returns (uint32[] memory s) {
        s = new uint32[](len);
        for (uint256 i = 0; i < len; i++) s[i] = x[off + i];
    }

    function dot(uint32[] calldata a, uint32[] calldata b, uint256[] calldata lens)
        external
        pure
        returns (uint32[] memory r)
    {
        if (b.length != a.length) revert LengthMismatch();
        r = new uint32[](lens.length);
        uint256 off = 0;
        for (uint256 j = 0; j < lens.length; j++) {
            r[j] = F32.dot(_segment(a, off, lens[j]), _segment(b, off, lens[j]));
            off += lens[j];
        }
        if (off != a.length) revert LengthMismatch();
    }

    function sum(uint32[] calldata x, uint256[] calldata lens) external pure returns (uint32[] memory r) {
        r = new uint32[](lens.length);
        uint256 off = 0;
        for (uint256 j = 0; j < lens.length; j++) {
            r[j] = F32.sum(_segment(x, off, lens[j]));
            off += lens[j];
        }
        if (off != x.length) revert LengthMismatch();
    }

    function maxRow(uint32[] calldata x, uint256[] calldata lens) external pure returns (uint32[] memory r) {
        r = new uint32[](lens.length);
        uint256 off = 0;
        for (uint256 j = 0; j < lens.length; j++) {
            r[j] = F32.maxRow(_segment(x, off, lens[j]));
            off += lens[j];
        }
        if (off != x.length) revert LengthMismatch();
    }

    /// Packed rows (commit's leaf encoding): row j is the next chunks[j] byte strings, folded with
    /// dotLE/sumLE/maxRowLE from +0 (dot, sum) or -Inf (maxRow), each chunk continuing from the
    /// value the previous one returned, as an element check over a row split into leaves does.
    function dotLE(bytes[] calldata a, bytes[] calldata b, uint256[] calldata chunks)
        external
        pure
        returns (uint32[] memory r)
    {
        if (b.length != a.length) revert LengthMismatch();
        r = new uint32[](chunks.length);
        uint256 c = 0;
        for (uint256 j = 0; j < chunks.length; j++) {
            uint32 acc = 0;
            for (uint256 k = 0; k < chunks[j]; k++) {
                acc = F32.dotLE(acc, a[c], b[c]);
                c++;
            }
            r[j] = acc;
        }
        if (c != a.length) revert LengthMismatch();
    }

    function sumLE(bytes[] calldata x, uint256[] calldata chunks) external pure returns (uint32[] memory r) {
        r = new uint32[](chunks.length);
        uint256 c = 0;
        for (uint256 j = 0; j < chunks.length; j++) {
            uint32 acc = 0;
            for (uint256 k = 0; k < chunks[j]; k++) {
                acc = F32.sumLE(acc, x[c]);
                c++;
            }
            r[j] = acc;
        }
        if (c != x.length) revert LengthMismatch();
    }

    function maxRowLE(bytes[] calldata x, uint256[] calldata chunks) external pure returns (uint32[] memory r) {
        r = new uint32[](chunks.length);
        uint256 c = 0;
        for (uint256 j = 0; j < chunks.length; j++) {
            uint32 acc = F32.NEG_INF;
            for (uint256 k = 0; k < chunks[j]; k++) {
                acc = F32.maxRowLE(acc, x[c]);
                c++;
            }
            r[j] = acc;
        }
        if (c != x.length) revert LengthMismatch();
    }

    function loadLE(bytes calldata data, uint256[] calldata idx) external pure returns (uint32[] memory r) {
        r = new uint32[](idx.length);
        for (uint256 j = 0; j < idx.length; j++) r[j] = F32.loadLE(data, idx[j]);
    }

    /// Gas of one library call per element: g[i] is the gas between two gasleft() reads around
    /// op(a[i], b[i]) and the store of its result, in a loop of its own per op so that the
    /// library code is inlined as in a real caller; OP_NOP (x ^ y) measures the frame: subtract
    /// it.
    function gasOf(uint256 op, uint32[] calldata a, uint32[] calldata b) external view returns (uint256[] memory g) {
        uint256 n = a.length;
        if (b.length != n) revert LengthMismatch();
        g = new uint256[](n);
        uint32[] memory out = new uint32[](n);
        if (op == OP_NOP) {
            for (uint256 i = 0; i < n; i++) {
                (uint32 x, uint32 y) = (a[i], b[i]);
                uint256 g0 = gasleft();
                out[i] = x ^ y;
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_ADD) {
            for (uint256 i = 0; i < n; i++) {
                (uint32 x, uint32 y) = (a[i], b[i]);
                uint256 g0 = gasleft();
                out[i] = F32.add(x, y);
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_SUB) {
            for (uint256 i = 0; i < n; i++) {
                (uint32 x, uint32 y) = (a[i], b[i]);
                uint256 g0 = gasleft();
                out[i] = F32.sub(x, y);
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_MUL) {
            for (uint256 i = 0; i < n; i++) {
                (uint32 x, uint32 y) = (a[i], b[i]);
                uint256 g0 = gasleft();
                out[i] = F32.mul(x, y);
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_DIV) {
            for (uint256 i = 0; i < n; i++) {
                (uint32 x, uint32 y) = (a[i], b[i]);
                uint256 g0 = gasleft();
                out[i] = F32.div(x, y);
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_SQRT) {
            for (uint256 i = 0; i < n; i++) {
                uint32 x = a[i];
                uint256 g0 = gasleft();
                out[i] = F32.sqrt(x);
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_EXP) {
            for (uint256 i = 0; i < n; i++) {
                uint32 x = a[i];
                uint256 g0 = gasleft();
                out[i] = F32.exp(x);
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_LOG) {
            for (uint256 i = 0; i < n; i++) {
                uint32 x = a[i];
                uint256 g0 = gasleft();
                out[i] = F32.log(x);
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_MAX) {
            for (uint256 i = 0; i < n; i++) {
                (uint32 x, uint32 y) = (a[i], b[i]);
                uint256 g0 = gasleft();
                out[i] = F32.max(x, y);
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_GT) {
            for (uint256 i = 0; i < n; i++) {
                (uint32 x, uint32 y) = (a[i], b[i]);
                uint256 g0 = gasleft();
                out[i] = F32.gt(x, y);
                g[i] = g0 - gasleft();
            }
        } else if (op == OP_NEG) {
            for (uint256 i = 0; i < n; i++) {
                uint32 x = a[i];
                uint256 g0 = gasleft();
                out[i] = F32.neg(x);
                g[i] = g0 - gasleft();
            }
        }
    }

    /// Gas of one dot product over each segment (memory rows already built) and of dotLE over
    /// the same data packed, for the gas report.
    function gasDot(uint32[] calldata a, uint32[] calldata b) external view returns (uint256 gArrays, uint256 gPacked, uint32 r1, uint32 r2) {
        uint32[] memory x = _segment(a, 0, a.length);
        uint32[] memory y = _segment(b, 0, b.length);
        bytes memory px = _pack(a);
        bytes memory py = _pack(b);
        uint256 g0 = gasleft();
        r1 = F32.dot(x, y);
        gArrays = g0 - gasleft();
        g0 = gasleft();
        r2 = F32.dotLE(0, px, py);
        gPacked = g0 - gasleft();
    }

    function _pack(uint32[] calldata a) private pure returns (bytes memory p) {
        p = new bytes(4 * a.length);
        for (uint256 i = 0; i < a.length; i++) {
            uint32 v = a[i];
            p[4 * i] = bytes1(uint8(v));
            p[4 * i + 1] = bytes1(uint8(v >> 8));
            p[4 * i + 2] = bytes1(uint8(v >> 16));
            p[4 * i + 3] = bytes1(uint8(v >> 24));
        }
    }
}
