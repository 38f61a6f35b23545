// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IJudge, ElementClaim} from "./IJudge.sol";
import {F32} from "./F32.sol";
import {Sampler} from "./Sampler.sol";
import {Merkle} from "./Merkle.sol";

/// @title Judge: the on-chain element check of veritrain's dispute game
/// @notice Recomputes one float32 output element of one primitive op of a training step from a
/// witness (docs/witness.md, encoding v1) and says whether the solver's claimed bits are right.
/// It is the Solidity twin of Go's `dispute.Job.Judge` (which decodes the witness, requires that
/// it is an element witness about the claim's output root and value, and runs
/// `internal/proof.Adjudicate`): on every claim and witness it returns the same verdict, and it
/// reverts exactly where the Go judge returns an error. Everything is checked against the claim's
/// roots, never taken from a party: the op descriptor against the graph root, the output and
/// operand roots against the solver's op-trace root, every leaf against its tensor root, a state
/// slot against h_{t-1}, a sample against the data root at the index the sampler names; the
/// operand leaves must be exactly the ones the element reads (`ElementDeps`, docs/witness.md
/// section 6), and the element is recomputed in the canonical order with `F32`.
///
/// `checkPartial` is the segment check of the partial-sum bisection (docs/witness.md section 7,
/// Go: `Adjudicate` on a form-3 witness with `Agreed.Segment`, `Start` and `Claimed`): it folds the
/// at most 16 terms of one segment of a long sum or matmul_abt element into the agreed start value
/// and compares the result with the solver's partial sum at the segment's end. Its witness holds
/// only the operand leaves of those terms, so its gas and size are bounded whatever the length of
/// the reduction.
///
/// One Judge serves every job. What the claim does not carry and the Go `Agreed` does (the
/// dataset size, the batch, the sampler seed and the floats per sample of each batch input) is
/// committed by `ElementClaim.context` = keccak256 of the job's context encoding (docs/witness.md,
/// "On-chain judge"): anyone may register the encoding once with `registerContext`, which stores it
/// under its hash, so no key can change what a context means. Only element checks of `input` ops
/// read it; a job whose context is not registered cannot have its batch inputs judged (reverts).
///
/// A revert (malformed witness, a proof that does not verify, a witness about another fact than
/// the claim) is never a verdict: the dispute contract rejects the move. Running out of gas is a
/// revert too; docs/witness.md lists which element checks of the reference examples fit in one
/// transaction.
contract Judge is IJudge {
    // ------------------------------------------------------------------------------------ errors

    /// The claim itself is unusable (Go: ErrAgreed): no ops, no states, step 0, op out of range,
    /// or a field above Go's int range.
    error BadClaim();
    /// The witness does not decode (docs/witness.md section 4): version, tags, lengths, a proof of
    /// more than 64 hashes, an index above 2^63-1, truncation or trailing bytes.
    error Malformed();
    /// checkElement: the witness is an end witness (form 2), which the game checks itself, or a
    /// segment witness (form 3), which checkPartial takes.
    error NotElementWitness();
    /// checkPartial: the witness is an element (form 1) or end witness (form 2).
    error NotPartialWitness();
    /// checkPartial: the op is neither a sum nor a matmul_abt.
    error NotAReduction();
    /// checkPartial: the reduction has at most 16 terms (no bisection), or the segment is past its
    /// last one.
    error BadSegment();
    /// The witness is about another op, element, output root or claimed value than the claim.
    error NotTheClaim();
    /// A Merkle proof does not verify, or a leaf has the wrong length for its position.
    error BadProof();
    /// An op descriptor does not decode, or its shape has no valid layout.
    error BadDescriptor();
    /// The operands do not fit the op: their number, their op numbers or their shapes.
    error BadOperands();
    /// An operand's leaves are not exactly the leaves the element reads.
    error BadLeaves();
    /// An index value (gather, scatter_add, onehot) is not an integer inside its extent.
    error BadIndex();
    /// The evidence does not fit the op (its tag, its source leaf, a slot out of range).
    error BadEvidence();
    /// The claim's context is not registered (input ops need it).
    error UnknownContext(bytes32 context);
    /// registerContext: the encoding is malformed or holds a value Go's Agreed rejects.
    error BadContext();

    // ------------------------------------------------------------------------------ constants

    uint256 private constant MAX_INT = 2 ** 63 - 1; // Go's int
    uint256 private constant MAX_DIM = 2 ** 31 - 1; // descriptor dimensions
    uint256 private constant MAX_RANK = 8; // tensor.MaxRank
    uint256 private constant MAX_PROOF = 64; // hashes per proof
    uint256 private constant MAX_OPERAND_ELEMENTS = 1 << 28; // proof.MaxOperandElements
    uint256 private constant CHUNK = 1024; // commit.ChunkFloats
    uint256 private constant FREE = type(uint256).max; // a summed axis (sum)

    uint256 private constant VERSION = 1;
    uint256 private constant FORM_ELEMENT = 1;
    uint256 private constant FORM_PARTIAL = 3;
    uint256 private constant SEGMENT_TERMS = 16; // proof.SegmentTerms
    uint256 private constant EV_OPERANDS = 0;
    uint256 private constant EV_STATE = 1;
    uint256 private constant EV_INPUT = 2;
    uint256 private constant EV_CONST = 3;

    // tensor.Op numbers (docs/commitments.md section 7.2)
    uint256 private constant OP_INPUT = 1;
    uint256 private constant OP_STATE = 2;
    uint256 private constant OP_CONST = 3;
    uint256 private constant OP_RESHAPE = 4;
    uint256 private constant OP_PERMUTE = 5;
    uint256 private constant OP_BROADCAST = 6;
    uint256 private constant OP_GATHER = 7;
    uint256 private constant OP_ONEHOT = 8;
    uint256 private constant OP_SUM = 9;
    uint256 private constant OP_MAX_LAST = 10;
    uint256 private constant OP_MATMUL_ABT = 11;
    uint256 private constant OP_SCATTER_ADD = 12;
    uint256 private constant OP_ADD = 13;
    uint256 private constant OP_SUB = 14;
    uint256 private constant OP_MUL = 15;
    uint256 private constant OP_DIV = 16;
    uint256 private constant OP_MAX = 17;
    uint256 private constant OP_GT = 18;
    uint256 private constant OP_WHERE = 19;
    uint256 private constant OP_NEG = 20;
    uint256 private constant OP_EXP = 21;
    uint256 private constant OP_LOG = 22;
    uint256 private constant OP_SQRT = 23;

    // ------------------------------------------------------------------------------- contexts

    struct JobContext {
        bool registered;
        uint64 dataSize; // samples in the dataset (leaves of the data root)
        uint64 batch; // rows per step
        uint64 seed; // the sampler seed
        uint32[] inputLens; // floats per sample of each batch input, in input-slot order
    }

    mapping(bytes32 context => JobContext) private _contexts;

    event ContextRegistered(bytes32 indexed context, uint64 dataSize, uint64 batch, uint64 seed, uint32[] inputLens);

    /// @notice Registers a job context under its hash (idempotent; anyone may call it). The
    /// encoding is `u8 version (= 1) ‖ u64 dataSize ‖ u64 batch ‖ u64 seed ‖ u8 n ‖ n × u32
    /// inputLen`, big-endian; dataSize and batch must be in [1, 2^63-1] and every inputLen in
    /// [1, 2^31-1].
    /// @return context keccak256(enc), the value of ElementClaim.context for the job
    function registerContext(bytes calldata enc) external returns (bytes32 context) {
        context = keccak256(enc);
        JobContext storage ctx = _contexts[context];
        if (ctx.registered) return context;
        if (enc.length < 26 || uint8(enc[0]) != 1) revert BadContext();
        uint64 dataSize = uint64(bytes8(enc[1:9]));
        uint64 batch = uint64(bytes8(enc[9:17]));
        uint64 seed = uint64(bytes8(enc[17:25]));
        uint256 n = uint8(enc[25]);
        if (enc.length != 26 + 4 * n || dataSize == 0 || dataSize > MAX_INT || batch == 0 || batch > MAX_INT) {
            revert BadContext();
        }
        uint32[] memory lens = new uint32[](n);
        for (uint256 i = 0; i < n; ++i) {
            uint32 l = uint32(bytes4(enc[26 + 4 * i:30 + 4 * i]));
            if (l == 0 || l > MAX_DIM) revert BadContext();
            lens[i] = l;
        }
        ctx.registered = true;
        ctx.dataSize = dataSize;
        ctx.batch = batch;
        ctx.seed = seed;
        ctx.inputLens = lens;
        emit ContextRegistered(context, dataSize, batch, seed, lens);
    }

    /// @notice A registered context (registered = false if it is not).
    function contextOf(bytes32 context) external view returns (JobContext memory) {
        return _contexts[context];
    }

    /// @notice Sampler{N: n, Batch: batch, Seed: seed}.Index(step, row) of docs/sampler.md: the
    /// dataset sample that batch row `row` holds in step `step` + 1. Reverts where Go panics.
    function sampleIndex(uint256 n, uint256 batch, uint64 seed, uint256 step, uint256 row)
        external
        pure
        returns (uint256)
    {
        return Sampler.index(n, batch, seed, step, row);
    }

    // -------------------------------------------------------------------------------- witness

    /// A Merkle proof in calldata: `len` sibling hashes from absolute calldata offset `off`.
    struct Proof {
        uint256 off;
        uint256 len;
    }

    struct OpRef {
        uint256 index;
        uint256 descOff;
        uint256 descLen;
        Proof proof;
    }

    struct RootRef {
        bytes32 root;
        Proof proof;
    }

    struct Leaf {
        uint256 index;
        uint256 off; // bytes
        uint256 len;
        Proof proof;
    }

    /// An operand: its leaves are read in order through (p, left) after decoding.
    struct Operand {
        OpRef op;
        RootRef root;
        uint256 count; // leaves
        uint256 p; // calldata offset of the next unread leaf
        uint256 left; // leaves not read yet
        uint256 last; // _at: 1 + the index of the leaf read last (0: none yet)
        uint256 lastOff; // _at: the calldata offset of its bytes
    }

    struct Witness {
        OpRef op;
        uint256 element;
        uint256 segment; // form 3
        RootRef output;
        Leaf claim;
        uint256 evidence;
        Operand[] operands;
        RootRef before;
        Leaf source;
    }

    /// A calldata cursor: the next byte is at p, the input ends at end. A short read is Malformed,
    /// or BadDescriptor in an op descriptor.
    struct Cur {
        uint256 p;
        uint256 end;
        bool desc;
    }

    /// commit.TensorLayout.
    struct Layout {
        uint256 elements;
        uint256 rows;
        uint256 rowLen;
        uint256 cpr; // chunks per row
        uint256 leaves;
    }

    /// autograd.OpDesc with the layout of its shape.
    struct Desc {
        uint256 op;
        uint256[] shape;
        uint256[] ins;
        uint256[] perm;
        uint256 slot;
        uint256 next;
        bytes32 konst;
        Layout lay;
    }

    /// What the judge knows besides the witness (the claim), and the ZeroHash cache.
    struct Env {
        bytes32 graphRoot;
        uint256 numOps;
        bytes32 traceRoot;
        bytes32 prev;
        uint256 numStates;
        bytes32 dataRoot;
        bytes32 context;
        uint256 step;
        uint256 op;
        uint256 element;
        bytes32[65] zeros; // zeros[k] = ZeroHash(k) for k < nz
        uint256 nz;
    }

    // ---------------------------------------------------------------------------------- check

    /// @inheritdoc IJudge
    function checkElement(ElementClaim calldata c, bytes calldata witness) external view returns (bool solverRight) {
        Env memory env = _env(c);
        Witness memory w = _decode(witness, FORM_ELEMENT);
        if (w.op.index != env.op || w.element != env.element || w.output.root != c.outputRoot) revert NotTheClaim();
        Desc memory d = _opDesc(env, w.op);
        Layout memory lay = d.lay;
        if (w.element >= lay.elements) revert NotTheClaim();
        _rootIn(env, env.traceRoot, w.output, env.op, env.numOps);
        (uint256 leaf, uint256 off) = _locate(lay, w.element);
        if (w.claim.index != leaf) revert NotTheClaim();
        _chunk(env, w.output.root, lay, w.claim);
        uint32 claimed = _ld(w.claim.off, off);
        if (claimed != c.claimed) revert NotTheClaim();

        uint256 op = d.op;
        uint256 want = op == OP_STATE ? EV_STATE : op == OP_INPUT ? EV_INPUT : op == OP_CONST ? EV_CONST : EV_OPERANDS;
        if (w.evidence != want) revert BadEvidence();
        uint32 correct;
        if (op == OP_STATE) {
            if (d.slot >= env.numStates) revert BadEvidence();
            _rootIn(env, env.prev, w.before, d.slot, env.numStates);
            if (w.source.index != leaf) revert BadEvidence();
            _chunk(env, w.before.root, lay, w.source);
            correct = _ld(w.source.off, off);
        } else if (op == OP_CONST) {
            if (w.source.index != leaf) revert BadEvidence();
            _chunk(env, d.konst, lay, w.source);
            correct = _ld(w.source.off, off);
        } else if (op == OP_INPUT) {
            correct = _input(env, w, d);
        } else {
            correct = _compute(env, w, d);
        }
        return claimed == correct;
    }

    /// @inheritdoc IJudge
    /// @dev Go: `proof.Adjudicate` of a form-3 witness (`judge.partial`) with `Agreed.Op`,
    /// `Element`, `Segment`, `Start` and `Claimed` = `c.op`, `c.element`, `segment`, `start`,
    /// `c.claimed`. The claim's output root, `prev`, `cur`, data root and context are not read (a
    /// segment's terms come from the operands alone).
    function checkPartial(ElementClaim calldata c, uint256 segment, uint32 start, bytes calldata witness)
        external
        pure
        returns (bool solverRight)
    {
        Env memory env = _env(c);
        if (segment > MAX_INT) revert BadClaim();
        Witness memory w = _decode(witness, FORM_PARTIAL);
        if (w.op.index != env.op || w.element != env.element || w.segment != segment) revert NotTheClaim();
        Desc memory d = _opDesc(env, w.op);
        uint256 op = d.op;
        if (op != OP_SUM && op != OP_MATMUL_ABT) revert NotAReduction();
        Desc[] memory ds = _operands(env, w, d);
        if (w.element >= d.lay.elements) revert NotTheClaim();
        // tensor.ReductionLen (the output has elements: e is one of them)
        uint256 n;
        if (op == OP_SUM) {
            n = ds[0].lay.elements / d.lay.elements;
        } else {
            uint256[] memory a = ds[0].shape;
            n = a[a.length - 1];
        }
        // proof.Segments(n) >= 2 and segment < it
        if (n <= SEGMENT_TERMS || segment >= (n - 1) / SEGMENT_TERMS + 1) revert BadSegment();
        uint256 from = segment * SEGMENT_TERMS;
        uint256 to = from + SEGMENT_TERMS;
        if (to > n) to = n;
        uint32 s;
        if (op == OP_SUM) {
            s = _sumPartial(env, w.operands[0], d, ds[0], from, to, start);
        } else {
            s = _matmulPartial(env, w.operands[0], w.operands[1], ds[0], ds[1], from, to, start);
        }
        return F32.canon(s) == c.claimed;
    }

    /// proof.Agreed.check, and the judge's environment for claim c.
    function _env(ElementClaim calldata c) private pure returns (Env memory env) {
        if (
            c.numOps == 0 || c.numOps > MAX_INT || c.numStates == 0 || c.numStates > MAX_INT || c.step == 0
                || c.step > MAX_INT || c.op >= c.numOps || c.element > MAX_INT
        ) revert BadClaim();
        env.graphRoot = c.graphRoot;
        env.numOps = c.numOps;
        env.traceRoot = c.opTraceRoot;
        env.prev = c.prev;
        env.numStates = c.numStates;
        env.dataRoot = c.dataRoot;
        env.context = c.context;
        env.step = c.step;
        env.op = c.op;
        env.element = c.element;
        env.nz = 1; // zeros[0] = Z
    }

    // ------------------------------------------------------------------------------- decoding

    function _take(Cur memory c, uint256 n) private pure returns (uint256 ptr) {
        unchecked {
            ptr = c.p;
            if (n > c.end - ptr) {
                if (c.desc) revert BadDescriptor();
                revert Malformed();
            }
            c.p = ptr + n;
        }
    }

    /// An n-byte (n <= 32) big-endian unsigned integer.
    function _uint(Cur memory c, uint256 n) private pure returns (uint256 v) {
        uint256 ptr = _take(c, n);
        assembly ("memory-safe") {
            v := shr(sub(256, shl(3, n)), calldataload(ptr))
        }
    }

    /// A u64 that must fit Go's int.
    function _u63(Cur memory c) private pure returns (uint256 v) {
        v = _uint(c, 8);
        if (v > MAX_INT) revert Malformed();
    }

    function _proof(Cur memory c) private pure returns (Proof memory pr) {
        unchecked {
            uint256 d = _uint(c, 1);
            if (d > MAX_PROOF) revert Malformed();
            pr.len = d;
            pr.off = _take(c, 32 * d);
        }
    }

    function _opRef(Cur memory c) private pure returns (OpRef memory o) {
        o.index = _uint(c, 4);
        o.descLen = _uint(c, 2);
        o.descOff = _take(c, o.descLen);
        o.proof = _proof(c);
    }

    function _rootRef(Cur memory c) private pure returns (RootRef memory r) {
        r.root = bytes32(_uint(c, 32));
        r.proof = _proof(c);
    }

    function _leaf(Cur memory c) private pure returns (Leaf memory l) {
        l.index = _u63(c);
        l.len = _uint(c, 4);
        l.off = _take(c, l.len);
        l.proof = _proof(c);
    }

    /// Checks the form of one leaf (as _leaf) and steps over it without allocating.
    function _skipLeaf(Cur memory c) private pure {
        unchecked {
            uint256 p = c.p;
            uint256 end = c.end;
            bool bad;
            assembly ("memory-safe") {
                // u64 index <= 2^63-1, u32 len, len bytes, u8 d <= 64, d hashes; p, len < 2^32 + calldata
                bad := gt(add(p, 12), end)
                if iszero(bad) {
                    bad := shr(255, calldataload(p)) // index above 2^63-1
                    p := add(add(p, 12), shr(224, calldataload(add(p, 8))))
                    if iszero(bad) {
                        bad := gt(add(p, 1), end)
                        if iszero(bad) {
                            let d := byte(0, calldataload(p))
                            p := add(add(p, 1), shl(5, d))
                            bad := or(gt(d, 64), gt(p, end))
                        }
                    }
                }
            }
            if (bad) revert Malformed();
            c.p = p;
        }
    }

    /// Decodes an element witness (form 1) or a segment witness (form 3), whichever `want` names
    /// (docs/witness.md section 4): form only, no proof is checked. A witness of another known
    /// form reverts NotElementWitness resp. NotPartialWitness.
    function _decode(bytes calldata b, uint256 want) private pure returns (Witness memory w) {
        unchecked {
            uint256 start;
            assembly ("memory-safe") {
                start := b.offset
            }
            Cur memory c = Cur(start, start + b.length, false);
            if (_uint(c, 1) != VERSION) revert Malformed();
            uint256 form = _uint(c, 1);
            w.op = _opRef(c);
            if (form != want) {
                if (form == 0 || form > FORM_PARTIAL) revert Malformed(); // forms 1 to 3 are known
                if (want == FORM_ELEMENT) revert NotElementWitness();
                revert NotPartialWitness();
            }
            w.element = _u63(c);
            if (form == FORM_PARTIAL) {
                w.segment = _u63(c);
                w.operands = _operandList(c);
                if (c.p != c.end) revert Malformed();
                return w;
            }
            w.output = _rootRef(c);
            w.claim = _leaf(c);
            uint256 ev = _uint(c, 1);
            w.evidence = ev;
            if (ev == EV_OPERANDS) {
                w.operands = _operandList(c);
            } else if (ev == EV_STATE) {
                w.before = _rootRef(c);
                w.source = _leaf(c);
            } else if (ev == EV_INPUT || ev == EV_CONST) {
                w.source = _leaf(c);
            } else {
                revert Malformed();
            }
            if (c.p != c.end) revert Malformed();
        }
    }

    /// `u8 n ‖ n × operand`: the leaves' form is checked and stepped over, not copied.
    function _operandList(Cur memory c) private pure returns (Operand[] memory ops) {
        unchecked {
            uint256 n = _uint(c, 1);
            ops = new Operand[](n);
            for (uint256 i = 0; i < n; ++i) {
                Operand memory o = ops[i];
                o.op = _opRef(c);
                o.root = _rootRef(c);
                uint256 m = _uint(c, 4);
                o.count = m;
                o.left = m;
                o.p = c.p;
                for (uint256 j = 0; j < m; ++j) {
                    _skipLeaf(c);
                }
            }
        }
    }

    /// The next leaf of an operand (its form was checked by _decode).
    function _nextLeaf(Operand memory o)
        private
        pure
        returns (uint256 index, uint256 off, uint256 len, uint256 pOff, uint256 pLen)
    {
        unchecked {
            if (o.left == 0) revert BadLeaves();
            uint256 p = o.p;
            assembly ("memory-safe") {
                index := shr(192, calldataload(p))
                len := shr(224, calldataload(add(p, 8)))
                off := add(p, 12)
                pLen := byte(0, calldataload(add(off, len)))
                pOff := add(add(off, len), 1)
            }
            o.p = pOff + 32 * pLen;
            o.left -= 1;
        }
    }

    /// Requires the next leaf of operand o to be leaf `want` of its tensor (layout lay) and
    /// verifies it against the operand's root; returns the calldata offset and length of its bytes.
    function _expect(Env memory env, Operand memory o, Layout memory lay, uint256 want)
        private
        pure
        returns (uint256 off, uint256 len)
    {
        uint256 index;
        uint256 pOff;
        uint256 pLen;
        (index, off, len, pOff, pLen) = _nextLeaf(o);
        if (index != want) revert BadLeaves();
        _chunkAt(env, o.root.root, lay, index, off, len, pOff, pLen);
    }

    /// Requires that every leaf of operand o has been read.
    function _done(Operand memory o) private pure {
        if (o.left != 0) revert BadLeaves();
    }

    /// Flat element i of an operand whose elements are read in ascending order: the leaf holding
    /// i must be the one read last or, if not, the next leaf of the witness (_expect). So the
    /// witness must hold exactly the leaves of the elements read, ascending, each once.
    function _at(Env memory env, Operand memory o, Layout memory lay, uint256 i) private pure returns (uint32) {
        unchecked {
            (uint256 leaf, uint256 off) = _locate(lay, i);
            if (o.last != leaf + 1) {
                (o.lastOff,) = _expect(env, o, lay, leaf);
                o.last = leaf + 1;
            }
            return _ld(o.lastOff, off);
        }
    }

    /// The 32 calldata bytes at p as eight float32 bit patterns: value i of a little-endian
    /// packed row starting at p is uint32(w >> (224 - 32 i)) (each 4-byte lane byte-swapped).
    function _word(uint256 p) private pure returns (uint256 w) {
        assembly ("memory-safe") {
            w := calldataload(p)
            w := or(
                shr(8, and(w, 0xff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00)),
                shl(8, and(w, 0x00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff))
            )
            w := or(
                shr(16, and(w, 0xffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000)),
                shl(16, and(w, 0x0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff))
            )
        }
    }

    /// s + the len / 4 values of the packed row at calldata offset ptr, in order (the canonical
    /// summation order, continued from s).
    function _sumLE(uint32 s, uint256 ptr, uint256 len) private pure returns (uint32) {
        unchecked {
            for (uint256 q = 0; q < len; q += 32) {
                uint256 w = _word(ptr + q);
                uint256 lanes = len - q >= 32 ? 8 : (len - q) / 4;
                for (uint256 i = 0; i < lanes; ++i) {
                    s = F32.add(s, uint32(w >> (224 - 32 * i)));
                }
            }
            return s;
        }
    }

    /// s + round(a[i] * b[i]) for the len / 4 values of the packed rows at calldata offsets pa and
    /// pb, in order (matmul_abt's canonical order, continued from s).
    function _dotLE(uint32 s, uint256 pa, uint256 pb, uint256 len) private pure returns (uint32) {
        unchecked {
            for (uint256 q = 0; q < len; q += 32) {
                uint256 wa = _word(pa + q);
                uint256 wb = _word(pb + q);
                uint256 lanes = len - q >= 32 ? 8 : (len - q) / 4;
                for (uint256 i = 0; i < lanes; ++i) {
                    uint256 sh = 224 - 32 * i;
                    s = F32.add(s, F32.mul(uint32(wa >> sh), uint32(wb >> sh)));
                }
            }
            return s;
        }
    }

    /// Float32 bits of value j of the little-endian chunk at calldata offset off.
    function _ld(uint256 off, uint256 j) private pure returns (uint32 v) {
        assembly ("memory-safe") {
            let w := shr(224, calldataload(add(off, shl(2, j))))
            v := or(or(shl(24, and(w, 0xff)), shl(8, and(w, 0xff00))), or(and(shr(8, w), 0xff00), shr(24, w)))
        }
    }

    // ---------------------------------------------------------------------------------- merkle

    /// LeafHash of calldata bytes.
    function _leafHash(uint256 off, uint256 len) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 0)
            calldatacopy(add(m, 1), off, len)
            h := keccak256(m, add(len, 1))
        }
    }

    function _zero(Env memory env, uint256 k) private pure returns (bytes32) {
        uint256 nz = env.nz;
        while (nz <= k) {
            env.zeros[nz] = Merkle.nodeHash(env.zeros[nz - 1], env.zeros[nz - 1]);
            ++nz;
        }
        env.nz = nz;
        return env.zeros[k];
    }

    /// VerifyProof (docs/commitments.md section 3.3). The fold runs first; the padding rule (a
    /// sibling subtree that holds only padding must be ZeroHash(k)) is checked after it, for the
    /// levels where it applies (only on the right edge of a tree).
    function _verify(Env memory env, bytes32 root, bytes32 leaf, uint256 i, uint256 n, uint256 pOff, uint256 pLen)
        private
        pure
        returns (bool)
    {
        unchecked {
            if (n == 0 || i >= n) return false;
            uint256 depth;
            bytes32 cur = leaf;
            uint256 padding; // bit k: the sibling on level k covers only padding
            assembly ("memory-safe") {
                if gt(n, 1) { depth := sub(256, clz(sub(n, 1))) }
                if eq(pLen, depth) {
                    let m := mload(0x40)
                    mstore8(m, 1)
                    for { let k := 0 } lt(k, depth) { k := add(k, 1) } {
                        let pos := shr(k, i)
                        let sib := calldataload(add(pOff, shl(5, k)))
                        if iszero(lt(shl(k, xor(pos, 1)), n)) { padding := or(padding, shl(k, 1)) }
                        switch and(pos, 1)
                        case 0 {
                            mstore(add(m, 1), cur)
                            mstore(add(m, 33), sib)
                        }
                        default {
                            mstore(add(m, 1), sib)
                            mstore(add(m, 33), cur)
                        }
                        cur := keccak256(m, 65)
                    }
                }
            }
            if (pLen != depth || cur != root) return false;
            for (uint256 k = 0; padding != 0; ++k) {
                if (padding & 1 != 0) {
                    bytes32 sib;
                    assembly ("memory-safe") {
                        sib := calldataload(add(pOff, shl(5, k)))
                    }
                    if (sib != _zero(env, k)) return false;
                }
                padding >>= 1;
            }
            return true;
        }
    }

    /// Requires r to be leaf i of a tree of n tensor roots (an op trace or a state).
    function _rootIn(Env memory env, bytes32 tree, RootRef memory r, uint256 i, uint256 n) private pure {
        if (!_verify(env, tree, Merkle.leafHash32(r.root), i, n, r.proof.off, r.proof.len)) revert BadProof();
    }

    /// VerifyTensorChunk (docs/commitments.md section 4.1) of leaf `index` with the given bytes.
    function _chunkAt(
        Env memory env,
        bytes32 root,
        Layout memory lay,
        uint256 index,
        uint256 off,
        uint256 len,
        uint256 pOff,
        uint256 pLen
    ) private pure {
        unchecked {
            if (index >= lay.leaves) revert BadLeaves();
            uint256 n = lay.rowLen - (index % lay.cpr) * CHUNK;
            if (n > CHUNK) n = CHUNK;
            if (len != 4 * n || !_verify(env, root, _leafHash(off, len), index, lay.leaves, pOff, pLen)) {
                revert BadProof();
            }
        }
    }

    function _chunk(Env memory env, bytes32 root, Layout memory lay, Leaf memory l) private pure {
        _chunkAt(env, root, lay, l.index, l.off, l.len, l.proof.off, l.proof.len);
    }

    // ------------------------------------------------------------------------- descriptors

    function _arity(uint256 op) private pure returns (uint256) {
        if (op <= OP_CONST) return 0;
        if (op == OP_WHERE) return 3;
        if (op == OP_GATHER || op == OP_SCATTER_ADD || op == OP_MATMUL_ABT || (op >= OP_ADD && op <= OP_GT)) return 2;
        return 1;
    }

    /// Verifies an op reference against the graph root and decodes its descriptor.
    function _opDesc(Env memory env, OpRef memory o) private pure returns (Desc memory d) {
        if (o.index >= env.numOps) revert BadDescriptor();
        if (!_verify(env, env.graphRoot, _leafHash(o.descOff, o.descLen), o.index, env.numOps, o.proof.off, o.proof.len))
        {
            revert BadProof();
        }
        Cur memory c = Cur(o.descOff, o.descOff + o.descLen, true);
        uint256 op = _uint(c, 1);
        if (op == 0 || op > OP_SQRT) revert BadDescriptor();
        d.op = op;
        uint256 rank = _uint(c, 1);
        if (rank > MAX_RANK) revert BadDescriptor();
        d.shape = new uint256[](rank);
        for (uint256 i = 0; i < rank; ++i) {
            uint256 x = _uint(c, 4);
            if (x > MAX_DIM) revert BadDescriptor();
            d.shape[i] = x;
        }
        uint256 nIn = _uint(c, 1);
        if (nIn != _arity(op)) revert BadDescriptor();
        d.ins = new uint256[](nIn);
        for (uint256 i = 0; i < nIn; ++i) {
            d.ins[i] = _uint(c, 4);
        }
        uint256 nPerm = _uint(c, 1);
        if (nPerm > MAX_RANK) revert BadDescriptor();
        d.perm = new uint256[](nPerm);
        for (uint256 i = 0; i < nPerm; ++i) {
            d.perm[i] = _uint(c, 1);
        }
        d.slot = _uint(c, 4);
        d.next = _uint(c, 4);
        d.konst = bytes32(_uint(c, 32));
        if (c.p != c.end) revert BadDescriptor();
        d.lay = _layout(d.shape);
    }

    /// commit.LayoutOf: element counts above Go's int are rejected.
    function _layout(uint256[] memory s) private pure returns (Layout memory l) {
        unchecked {
            uint256 r = s.length;
            uint256 rows = 1;
            uint256 rowLen = 1;
            for (uint256 a = 0; a < r; ++a) {
                if (s[a] == 0) return Layout({elements: 0, rows: 1, rowLen: 0, cpr: 1, leaves: 1});
                if (a + 1 < r) rows *= s[a];
                else rowLen = s[a];
            }
            // At most 8 dimensions below 2^31: no overflow in 256 bits.
            uint256 elements = rows * rowLen;
            if (elements > MAX_INT) revert BadDescriptor();
            uint256 cpr = (rowLen - 1) / CHUNK + 1;
            l = Layout({elements: elements, rows: rows, rowLen: rowLen, cpr: cpr, leaves: rows * cpr});
        }
    }

    /// The leaf holding flat element i and i's offset in it.
    function _locate(Layout memory l, uint256 i) private pure returns (uint256 leaf, uint256 off) {
        unchecked {
            uint256 col = i % l.rowLen;
            leaf = (i / l.rowLen) * l.cpr + col / CHUNK;
            off = col % CHUNK;
        }
    }

    // ------------------------------------------------------------------------------ shapes

    function _same(uint256[] memory a, uint256[] memory b) private pure returns (bool) {
        if (a.length != b.length) return false;
        for (uint256 i = 0; i < a.length; ++i) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    /// tensor.Broadcastable(from, to).
    function _broadcastable(uint256[] memory from, uint256[] memory to) private pure returns (bool) {
        if (from.length > to.length) return false;
        uint256 off = to.length - from.length;
        for (uint256 i = 0; i < from.length; ++i) {
            if (from[i] != 1 && from[i] != to[off + i]) return false;
        }
        return true;
    }

    /// tensor.InferShape(op, perm, want, in...) must succeed and give want (proof.checkShapes).
    function _checkShapes(Desc memory d, Desc[] memory ds) private pure {
        uint256 op = d.op;
        uint256[] memory want = d.shape;
        uint256[] memory a = ds[0].shape;
        uint256 r = a.length;
        bool ok;
        if (op == OP_RESHAPE) {
            ok = d.lay.elements == ds[0].lay.elements;
        } else if (op == OP_PERMUTE) {
            uint256[] memory perm = d.perm;
            ok = perm.length == r && want.length == r;
            uint256 seen;
            for (uint256 j = 0; ok && j < r; ++j) {
                uint256 p = perm[j];
                ok = p < r && (seen >> p) & 1 == 0 && want[j] == a[p];
                seen |= 1 << p;
            }
        } else if (op == OP_BROADCAST) {
            ok = _broadcastable(a, want);
        } else if (op == OP_SUM) {
            ok = _broadcastable(want, a);
        } else if (op == OP_MAX_LAST) {
            ok = r > 0 && a[r - 1] != 0 && want.length == r && want[r - 1] == 1;
            for (uint256 i = 0; ok && i + 1 < r; ++i) {
                ok = want[i] == a[i];
            }
        } else if (op == OP_MATMUL_ABT) {
            uint256[] memory b = ds[1].shape;
            ok = r >= 2 && b.length == r && a[r - 1] == b[r - 1] && want.length == r && want[r - 1] == b[r - 2];
            for (uint256 i = 0; ok && i + 1 < r; ++i) {
                ok = want[i] == a[i] && (i + 2 >= r || a[i] == b[i]);
            }
        } else if (op == OP_GATHER) {
            uint256[] memory idx = ds[1].shape;
            ok = r == 2 && idx.length == 1 && want.length == 2 && want[0] == idx[0] && want[1] == a[1];
        } else if (op == OP_SCATTER_ADD) {
            uint256[] memory idx = ds[1].shape;
            ok = r == 2 && idx.length == 1 && idx[0] == a[0] && want.length == 2 && want[1] == a[1];
        } else if (op == OP_ONEHOT) {
            ok = r == 1 && want.length == 2 && want[0] == a[0] && want[1] >= 1;
        } else {
            // add sub mul div max gt where (equal shapes), neg exp log sqrt
            ok = _same(want, a);
            for (uint256 j = 1; ok && j < ds.length; ++j) {
                ok = _same(ds[j].shape, a);
            }
        }
        if (!ok) revert BadOperands();
    }

    function _unravel(uint256 i, uint256[] memory shape) private pure returns (uint256[] memory idx) {
        unchecked {
            idx = new uint256[](shape.length);
            for (uint256 a = shape.length; a > 0;) {
                --a;
                idx[a] = i % shape[a];
                i /= shape[a];
            }
        }
    }

    // ----------------------------------------------------------------------------- compute

    /// A batch input's element: the sample the sampler names, proven against the data root.
    function _input(Env memory env, Witness memory w, Desc memory d) private view returns (uint32) {
        JobContext storage ctx = _contexts[env.context];
        if (!ctx.registered) revert UnknownContext(env.context);
        uint32[] memory lens = ctx.inputLens;
        if (d.slot >= lens.length) revert BadEvidence();
        uint256 start;
        uint256 total;
        for (uint256 i = 0; i < lens.length; ++i) {
            if (i < d.slot) start += lens[i];
            total += lens[i];
        }
        uint256 per = lens[d.slot];
        uint256 batch = ctx.batch;
        uint256 n = d.lay.elements;
        if (n / batch != per || n % batch != 0) revert BadEvidence();
        uint256 dataSize = ctx.dataSize;
        uint256 idx = Sampler.index(dataSize, batch, ctx.seed, env.step - 1, env.element / per);
        Leaf memory s = w.source;
        if (s.index != idx || s.len != 4 * total) revert BadEvidence();
        if (!_verify(env, env.dataRoot, _leafHash(s.off, s.len), idx, dataSize, s.proof.off, s.proof.len)) {
            revert BadProof();
        }
        return _ld(s.off, start + env.element % per);
    }

    /// The operands of computed op k = env.op (proof's judge.operands): one per input, each naming
    /// that input (an earlier op) with its descriptor proven against the graph root, shapes that
    /// suit op k, roots proven in the op trace, at most MAX_OPERAND_ELEMENTS each. Returns their
    /// descriptors; their leaves are checked as they are read.
    function _operands(Env memory env, Witness memory w, Desc memory d) private pure returns (Desc[] memory ds) {
        uint256 n = d.ins.length;
        if (w.operands.length != n) revert BadOperands();
        ds = new Desc[](n);
        for (uint256 i = 0; i < n; ++i) {
            Operand memory o = w.operands[i];
            uint256 input = d.ins[i];
            if (input >= env.op || o.op.index != input) revert BadOperands();
            ds[i] = _opDesc(env, o.op);
        }
        _checkShapes(d, ds);
        for (uint256 i = 0; i < n; ++i) {
            _rootIn(env, env.traceRoot, w.operands[i].root, d.ins[i], env.numOps);
            if (ds[i].lay.elements > MAX_OPERAND_ELEMENTS) revert BadOperands();
        }
    }

    /// A computed op's element from its proven operand leaves.
    function _compute(Env memory env, Witness memory w, Desc memory d) private pure returns (uint32) {
        Desc[] memory ds = _operands(env, w, d);
        uint256 op = d.op;
        uint256 e = env.element;
        if (op == OP_SUM) return _sum(env, w.operands[0], d, ds[0]);
        if (op == OP_MATMUL_ABT) return _matmul(env, w.operands[0], w.operands[1], ds[0], ds[1]);
        if (op == OP_MAX_LAST) return _maxLast(env, w.operands[0], ds[0].lay);
        if (op == OP_SCATTER_ADD) return _scatterAdd(env, w.operands[0], w.operands[1], d, ds[0], ds[1]);
        if (op == OP_GATHER) {
            uint256 dim = ds[0].shape[1];
            uint256 row = _index(_one(env, w.operands[1], ds[1].lay, e / dim), ds[0].shape[0]);
            return _one(env, w.operands[0], ds[0].lay, row * dim + e % dim);
        }
        if (op == OP_ONEHOT) {
            uint256 classes = d.shape[1];
            return _index(_one(env, w.operands[0], ds[0].lay, e / classes), classes) == e % classes ? F32.ONE : 0;
        }
        if (op == OP_RESHAPE) return _one(env, w.operands[0], ds[0].lay, e);
        if (op == OP_PERMUTE) return _one(env, w.operands[0], ds[0].lay, _permSource(e, d.shape, ds[0].shape, d.perm));
        if (op == OP_BROADCAST) return _one(env, w.operands[0], ds[0].lay, _bcastSource(e, d.shape, ds[0].shape));
        // Elementwise: element e of every operand (all of the output's shape).
        uint32 x = _one(env, w.operands[0], ds[0].lay, e);
        if (op == OP_NEG) return F32.neg(x);
        if (op == OP_EXP) return F32.exp(x);
        if (op == OP_LOG) return F32.log(x);
        if (op == OP_SQRT) return F32.sqrt(x);
        uint32 y = _one(env, w.operands[1], ds[1].lay, e);
        if (op == OP_ADD) return F32.add(x, y);
        if (op == OP_SUB) return F32.sub(x, y);
        if (op == OP_MUL) return F32.mul(x, y);
        if (op == OP_DIV) return F32.div(x, y);
        if (op == OP_MAX) return F32.max(x, y);
        if (op == OP_GT) return F32.gt(x, y);
        // OP_WHERE
        return F32.where(x, y, _one(env, w.operands[2], ds[2].lay, e));
    }

    /// Flat element i of an operand whose witness must hold exactly the one leaf containing it.
    function _one(Env memory env, Operand memory o, Layout memory lay, uint256 i) private pure returns (uint32 v) {
        (uint256 leaf, uint256 off) = _locate(lay, i);
        (uint256 ptr,) = _expect(env, o, lay, leaf);
        v = _ld(ptr, off);
        _done(o);
    }

    /// tensor.index: an index value must be an exact integer in [0, n) (ElementDeps' rule,
    /// including `f < float32(n)`).
    function _index(uint32 bits, uint256 n) private pure returns (uint256 v) {
        if (bits == F32.SIGN) bits = 0; // -0 is index 0
        uint256 ex = bits >> 23;
        if (ex >= 0xff) revert BadIndex(); // negative, infinite or NaN
        if (ex == 0) {
            if (bits != 0) revert BadIndex(); // a subnormal is not an integer
        } else {
            if (ex < 127) revert BadIndex(); // in (0, 1)
            uint256 m = (bits & 0x7fffff) | 0x800000;
            if (ex >= 150) {
                v = m << (ex - 150);
            } else {
                uint256 sh = 150 - ex;
                if (m & ((1 << sh) - 1) != 0) revert BadIndex();
                v = m >> sh;
            }
        }
        if (v >= n || !F32.greater(F32.fromInt(int256(n)), bits)) revert BadIndex();
    }

    /// permSource: input axis perm[a] takes output axis a's index.
    function _permSource(uint256 e, uint256[] memory out, uint256[] memory inShape, uint256[] memory perm)
        private
        pure
        returns (uint256 j)
    {
        unchecked {
            uint256[] memory oi = _unravel(e, out);
            uint256[] memory ii = new uint256[](inShape.length);
            for (uint256 a = 0; a < perm.length; ++a) {
                ii[perm[a]] = oi[a];
            }
            for (uint256 a = 0; a < inShape.length; ++a) {
                j = j * inShape[a] + ii[a];
            }
        }
    }

    /// bcastSource: the element of shape from that element e of shape to copies.
    function _bcastSource(uint256 e, uint256[] memory to, uint256[] memory from) private pure returns (uint256 j) {
        unchecked {
            uint256[] memory idx = _unravel(e, to);
            uint256 off = to.length - from.length;
            for (uint256 a = 0; a < from.length; ++a) {
                uint256 dim = from[a];
                j = j * dim + (dim != 1 ? idx[off + a] : 0);
            }
        }
    }

    /// sum: +0, then every input element that reduces into e, ascending row-major; the leaves
    /// must be exactly sumLeaves (deps.go).
    function _sum(Env memory env, Operand memory o, Desc memory d, Desc memory x) private pure returns (uint32 s) {
        unchecked {
            Layout memory l = x.lay;
            uint256[] memory from = x.shape;
            uint256 r = from.length;
            if (l.elements == 0) {
                _done(o);
                return 0;
            }
            if (r == 0) return F32.add(0, _one(env, o, l, 0));
            uint256[] memory to = d.shape;
            uint256[] memory oi = _unravel(env.element, to);
            uint256 off = r - to.length;
            uint256[] memory fixedAt = new uint256[](r);
            uint256[] memory cur = new uint256[](r);
            for (uint256 a = 0; a < r; ++a) {
                fixedAt[a] = FREE;
                if (a >= off && to[a - off] != 1) fixedAt[a] = oi[a - off];
                if (fixedAt[a] != FREE) cur[a] = fixedAt[a];
            }
            uint256 last = fixedAt[r - 1];
            uint256 cpr = l.cpr;
            while (true) {
                uint256 row = 0;
                for (uint256 b = 0; b + 1 < r; ++b) {
                    row = row * from[b] + cur[b];
                }
                if (last == FREE) {
                    for (uint256 c = 0; c < cpr; ++c) {
                        (uint256 ptr, uint256 len) = _expect(env, o, l, row * cpr + c);
                        s = _sumLE(s, ptr, len);
                    }
                } else {
                    (uint256 ptr,) = _expect(env, o, l, row * cpr + last / CHUNK);
                    s = F32.add(s, _ld(ptr, last % CHUNK));
                }
                // Next combination of the free leading axes, last axis fastest.
                uint256 a = r - 1;
                bool more = false;
                while (a > 0) {
                    --a;
                    if (fixedAt[a] != FREE) continue;
                    if (++cur[a] < from[a]) {
                        more = true;
                        break;
                    }
                    cur[a] = 0;
                }
                if (!more) break;
            }
            _done(o);
            return F32.canon(s);
        }
    }

    /// max_last: m = -Inf; for the row's values ascending, NaN -> NaN, else m = v if v > m.
    function _maxLast(Env memory env, Operand memory o, Layout memory l) private pure returns (uint32) {
        unchecked {
            uint256 cpr = l.cpr;
            uint256 row = env.element;
            uint32 m = F32.NEG_INF;
            bool nan = false;
            for (uint256 c = 0; c < cpr; ++c) {
                (uint256 ptr, uint256 len) = _expect(env, o, l, row * cpr + c);
                for (uint256 p = ptr; p < ptr + len; p += 32) {
                    uint256 w = _word(p);
                    uint256 lanes = ptr + len - p >= 32 ? 8 : (ptr + len - p) / 4;
                    for (uint256 i = 0; i < lanes; ++i) {
                        uint32 v = uint32(w >> (224 - 32 * i));
                        if (F32.isNaN(v)) nan = true;
                        else if (F32.greater(v, m)) m = v;
                    }
                }
            }
            _done(o);
            return nan ? F32.NAN : m;
        }
    }

    /// matmul_abt: s = +0; for p ascending s = s + round(a[p] * b[p]), over row b*M+i of A and
    /// row b*N+j of B.
    function _matmul(Env memory env, Operand memory oa, Operand memory ob, Desc memory a, Desc memory b)
        private
        pure
        returns (uint32 s)
    {
        unchecked {
            Layout memory la = a.lay;
            Layout memory lb = b.lay;
            if (la.elements != 0) {
                (uint256 rowA, uint256 rowB) = _matmulRows(env.element, a.shape, b.shape);
                uint256 cpr = la.cpr; // = lb.cpr: the rows have the same length K
                for (uint256 c = 0; c < cpr; ++c) {
                    (uint256 pa, uint256 len) = _expect(env, oa, la, rowA * cpr + c);
                    (uint256 pb,) = _expect(env, ob, lb, rowB * cpr + c);
                    s = _dotLE(s, pa, pb, len);
                }
            }
            _done(oa);
            _done(ob);
            return F32.canon(s);
        }
    }

    /// The rows of A [..,M,K] and B [..,N,K] that element e = (b*M+i)*N+j of a matmul_abt reads:
    /// b*M+i of A and b*N+j of B.
    function _matmulRows(uint256 e, uint256[] memory a, uint256[] memory b)
        private
        pure
        returns (uint256 rowA, uint256 rowB)
    {
        unchecked {
            uint256 r = a.length;
            uint256 m = a[r - 2];
            uint256 n = b[r - 2];
            rowA = (e / (m * n)) * m + (e / n) % m;
            rowB = (e / (m * n)) * n + e % n;
        }
    }

    /// scatter_add: +0, then g[m][col] for every m with idx[m] = e's row, m ascending. Every
    /// leaf of idx is read (each index must be valid), then exactly those leaves of g.
    function _scatterAdd(
        Env memory env,
        Operand memory og,
        Operand memory oi,
        Desc memory d,
        Desc memory g,
        Desc memory idx
    ) private pure returns (uint32 s) {
        unchecked {
            uint256 dim = d.shape[1];
            uint256 row = env.element / dim;
            uint256 col = env.element % dim;
            uint256 rows = d.shape[0];
            uint256 count = idx.shape[0];
            Layout memory li = idx.lay;
            uint256[] memory ptr = new uint256[](li.cpr);
            if (li.elements > 0) {
                for (uint256 c = 0; c < li.cpr; ++c) {
                    (ptr[c],) = _expect(env, oi, li, c);
                }
            }
            _done(oi);
            for (uint256 m = 0; m < count; ++m) {
                if (_index(_ld(ptr[m / CHUNK], m % CHUNK), rows) != row) continue;
                (uint256 leaf, uint256 off) = _locate(g.lay, m * dim + col);
                (uint256 p,) = _expect(env, og, g.lay, leaf);
                s = F32.add(s, _ld(p, off));
            }
            _done(og);
            return F32.canon(s);
        }
    }

    // ------------------------------------------------------------------------ partial sums

    /// tensor.RefPartial of a sum (before canon): s = start, then s = s + x for terms [from, to)
    /// of element e, term t being the t-th input element (ascending flat order) that reduces into
    /// e (tensor.ReductionTerm): the input axes missing from the output or of size 1 there run
    /// over their extent, last fastest; the others are fixed by e. The leaves must be exactly
    /// those of these terms (proof.SegmentDeps).
    function _sumPartial(
        Env memory env,
        Operand memory o,
        Desc memory d,
        Desc memory x,
        uint256 from,
        uint256 to,
        uint32 s
    ) private pure returns (uint32) {
        unchecked {
            uint256[] memory shape = x.shape;
            uint256[] memory out = d.shape;
            uint256 r = shape.length;
            uint256 off = r - out.length; // _checkShapes: out broadcasts to shape
            uint256[] memory oi = _unravel(env.element, out);
            // The input index of term t: base (the fixed axes) + the digits of t over the free
            // axes (extent ext[j], stride str[j], j = 0 the last free axis).
            uint256[] memory ext = new uint256[](r);
            uint256[] memory str = new uint256[](r);
            uint256 nf;
            uint256 base;
            uint256 stride = 1;
            for (uint256 a = r; a > 0;) {
                --a;
                if (a >= off && out[a - off] != 1) {
                    base += oi[a - off] * stride;
                } else {
                    ext[nf] = shape[a]; // >= 1: the input has more than 16 elements
                    str[nf] = stride;
                    ++nf;
                }
                stride *= shape[a];
            }
            Layout memory l = x.lay;
            uint256 ext0 = ext[0];
            uint256 str0 = str[0];
            uint256 i = _termIndex(base, ext, str, nf, from);
            uint256 d0 = from % ext0;
            for (uint256 t = from; t < to; ++t) {
                s = F32.add(s, _at(env, o, l, i));
                if (++d0 < ext0) {
                    i += str0;
                } else {
                    d0 = 0;
                    i = _termIndex(base, ext, str, nf, t + 1);
                }
            }
            _done(o);
            return s;
        }
    }

    /// base + the digits of t over the free axes (extent ext[j], stride str[j], j < nf).
    function _termIndex(uint256 base, uint256[] memory ext, uint256[] memory str, uint256 nf, uint256 t)
        private
        pure
        returns (uint256 i)
    {
        unchecked {
            i = base;
            for (uint256 j = 0; j < nf; ++j) {
                uint256 x = ext[j];
                i += (t % x) * str[j];
                t /= x;
            }
        }
    }

    /// tensor.RefPartial of a matmul_abt (before canon): s = start, then s = s + round(a[p]*b[p])
    /// for p in [from, to), over the rows of A and B that element e reads (_matmulRows). The leaves
    /// must be exactly those of these terms (proof.SegmentDeps): one leaf of each row.
    function _matmulPartial(
        Env memory env,
        Operand memory oa,
        Operand memory ob,
        Desc memory a,
        Desc memory b,
        uint256 from,
        uint256 to,
        uint32 s
    ) private pure returns (uint32) {
        unchecked {
            (uint256 rowA, uint256 rowB) = _matmulRows(env.element, a.shape, b.shape);
            // One leaf of each row holds the whole segment: from is a multiple of SEGMENT_TERMS,
            // which divides CHUNK.
            uint256 c = from / CHUNK;
            (uint256 pa,) = _expect(env, oa, a.lay, rowA * a.lay.cpr + c);
            (uint256 pb,) = _expect(env, ob, b.lay, rowB * b.lay.cpr + c);
            uint256 skip = 4 * (from % CHUNK);
            s = _dotLE(s, pa + skip, pb + skip, 4 * (to - from));
            _done(oa);
            _done(ob);
            return s;
        }
    }
}
