// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @notice What the Judge decides (docs/dispute-game.md section 4, "check"): is `claimed` the
/// right value of element `element` (flat, row-major) of the output of op `op` in step `step`?
/// The first eight fields mirror Go's `game.ElementClaim`; the rest is the job's context, which
/// the dispute contract takes from the market and from the job's registered layout (never from a
/// party), so that one Judge serves every job: on chain it replaces the Go Judge's closure over
/// the job (`dispute.Job.Judge`).
struct ElementClaim {
    // game.ElementClaim
    uint256 step; // t >= 1: the disputed step takes prev = h_{t-1} to cur = h_t
    uint256 op; // the disputed op k (program index)
    uint256 element; // flat index of the disputed element of op k's output
    uint32 claimed; // float32 bits the solver revealed for it
    bytes32 outputRoot; // the solver's tensor root R_k of op k's output (leaf k of opTraceRoot)
    bytes32 opTraceRoot; // the solver's op-trace root of step t
    bytes32 prev; // h_{t-1}, agreed
    bytes32 cur; // h_t as the solver committed it
    // the job
    uint256 jobId; // the market's job id
    uint256 shard; // the disputed shard of the job
    bytes32 graphRoot; // the job's graph root (market): Merkle over LeafHash(op descriptor encoding)
    uint256 numOps; // leaves of the graph root and of the op trace (registered layout)
    uint256 numStates; // tensors in the training state (registered layout)
    bytes32 dataRoot; // the job's data root (market)
    bytes32 context; // opaque commitment to what else the Judge needs from the job spec (registered layout)
}

/// @title IJudge: recomputes one float32 element of one op
/// @notice A pure, deterministic function of its arguments (the Go reference is
/// `internal/proof.Adjudicate` behind `dispute.Job.Judge`). It returns whether the solver's
/// claimed value is right, and reverts when the witness is malformed or its proofs do not verify
/// against the claim's roots: the dispute contract then rejects the move (a revert, running out
/// of gas included, never decides a game).
interface IJudge {
    function checkElement(ElementClaim calldata c, bytes calldata witness) external view returns (bool solverRight);

    /// @notice A segment check of the partial-sum bisection: is `c.claimed` the partial sum at the end of segment
    /// `segment` of element `c.element` of op `c.op`, folding that segment's terms (docs/witness.md section 7) into
    /// the agreed partial sum `start` (float32 bits) at its beginning?
    function checkPartial(ElementClaim calldata c, uint256 segment, uint32 start, bytes calldata witness)
        external
        view
        returns (bool solverRight);
}
