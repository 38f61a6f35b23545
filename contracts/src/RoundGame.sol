// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {JobMarket} from "./JobMarket.sol";
import {Merkle} from "./Merkle.sol";
import {F32} from "./F32.sol";

/// @title RoundGame: disputes on where a round of a sharded job starts
/// @notice A job trained in rounds (DESIGN section 6) has every shard start round r from the
/// global state G_r = (θ_r, the outer momentum m_r), which the outer step computes from G_{r-1}
/// and every shard's accepted state at the end of round r-1, and carry its own inner optimizer
/// state over from its previous round. A shard's round trace (DisputeGame.open) is over H + 2
/// leaves: the shard's state X_r at the start of the round, its state after each inner step, and
/// last the global state G_r it started from. The step game checks the inner steps; this game
/// checks the two leaves around them, each in one move:
///
/// - `Start`: X_r is G_r's parameters in the shard's parameter slots and the shard's accepted
///   end of round r-1 (`JobMarket.roundRoot`) in every other slot; for round 0, X_0 is the job's
///   initial state h_0 and G_0 its initial global state g_0. Compared tensor root by tensor root.
/// - `Outer` (round r >= 1), on element `element` of parameter `param`: θ_r and m_r there are
///   the outer step (nn.BuildOuter, per element: d = Σ_s (θ - θ_s) in shard order, / S if S > 1;
///   m' = m·μ + d; θ' = θ - (d + m'·μ)·lr, each op rounded to float32) of that element of
///   G_{r-1} (the last leaf of this shard's accepted round r-1 trace, `JobMarket.roundTrace`)
///   and of every shard's accepted end of round r-1, recomputed here with F32.
///
/// A challenger opens a game on a committed round with the bond; then anyone (the solver, or
/// the challenger when it holds the data) resolves it with the tensor roots and chunks that
/// prove the check's inputs against the committed and accepted roots, and the chain decides. If
/// nobody can before the move deadline (a cheater cannot), the challenger wins by timeout. What
/// the checks need about the job (the parameters' slots and shapes, the outer rules, h_0, g_0)
/// is the `Spec` whose hash the submitter registers while the job takes bids; a bidder checks it
/// as it checks the step game's layout. Outcomes are paid as in DisputeGame: a losing solver is
/// slashed through the market, a losing challenger pays part of its bond to the solver and the
/// rest is burned, and a game whose shard attempt was settled otherwise is moot (bond back).
contract RoundGame is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    enum Kind {
        Start,
        Outer
    }

    enum Outcome {
        None, // not over
        SolverRight,
        SolverWrong,
        Timeout, // nobody resolved it in time: the challenger wins
        Moot
    }

    /// What the checks need about a job; its keccak256(abi.encode(spec)) is registered.
    struct Spec {
        uint64 numStates; // n: tensors of a shard's state
        uint64 inner; // H: inner steps of a round (its trace has H + 2 leaves)
        uint32 lr; // the outer learning rate, float32 bits
        uint32 mu; // the outer momentum, float32 bits
        bytes32 h0; // the job's initial (shard) state root
        bytes32 g0; // the initial global state root: θ_0 and a zero momentum
        uint64[] slots; // P: the parameters' slots in a shard's state, ascending (G's order)
        uint64[] rows; // per parameter: rows of its tensor layout (commit.LayoutOf)
        uint64[] rowLens; // per parameter: its last dimension (1 for a scalar)
    }

    /// A float32 element: the chunk (leaf bytes) that holds it and the chunk's proof.
    struct Elem {
        bytes chunk;
        bytes32[] proof;
    }

    /// The inputs of an Outer check.
    struct Outer {
        bytes32[] prevGlobal; // G_{r-1}'s 2P tensor roots: θ, then the momentum
        bytes32[] prevGlobalProof; // G_{r-1}'s root as the last leaf of the round r-1 trace
        bytes32[] global; // G_r's 2P tensor roots
        bytes32[] globalProof; // G_r's root as the last leaf of the round r trace
        bytes32[] shardRoots; // per shard: the parameter's tensor root in its end of round r-1
        bytes32[][] shardProofs; // per shard: that root against its roundRoot (slot slots[param])
        Elem[] elems; // θ_{r-1}, m_{r-1}, θ_r, m_r, then each shard's θ, at the element
    }

    struct Game {
        // slot 0
        address challenger;
        uint64 deadline; // resolve strictly before it; timeout from it on
        Kind kind;
        Outcome outcome;
        // slot 1
        address solver;
        uint16 attempt;
        uint16 round;
        uint16 shard;
        uint16 shards;
        // slot 2
        uint64 jobId;
        uint64 param;
        uint64 element;
    }

    uint256 public constant BPS = 10_000;
    /// @notice Values per tensor chunk (docs/commitments.md section 4).
    uint256 public constant CHUNK_FLOATS = 1024;
    /// @notice Largest leaf count of a trace or state (DisputeGame's).
    uint256 public constant MAX_LEAVES = 1 << 48;

    /// @notice Seconds to resolve a game once opened.
    uint64 public immutable moveTimeout;
    /// @notice The challenger's bond, in the market's token.
    uint256 public immutable bond;
    /// @notice Share of a losing challenger's bond paid to the solver; the rest is burned.
    uint256 public immutable bondRewardBps;
    /// @notice The only address that can call `initialize`, once.
    address public immutable deployer;

    /// @notice The market (set once by `initialize`).
    JobMarket public market;
    /// @notice The market's token.
    IERC20 public token;
    /// @notice Games opened; ids are 1..gameCount.
    uint256 public gameCount;
    /// @notice Bonds of games not yet over.
    uint256 public totalEscrowed;
    /// @notice Sum of `owed`.
    uint256 public totalUnclaimed;
    /// @notice Forfeited bond shares not paid out; they stay here forever.
    uint256 public burned;
    /// @notice Payments whose transfer failed, claimable by their recipient.
    mapping(address => uint256) public owed;

    mapping(uint256 jobId => bytes32) private _specs;
    mapping(uint256 id => Game) private _games;

    event Initialized(address indexed market, address indexed token);
    event RoundsRegistered(uint256 indexed jobId, bytes32 specHash);
    event RoundGameOpened(
        uint256 indexed id,
        uint256 indexed jobId,
        uint256 indexed shard,
        uint256 attempt,
        uint256 round,
        Kind kind,
        uint256 param,
        uint256 element,
        address challenger,
        address solver,
        uint64 deadline
    );
    /// The Outer check's values: the committed θ_r and m_r, and the ones the outer step gives.
    event OuterChecked(uint256 indexed id, uint32 theta, uint32 momentum, uint32 wantTheta, uint32 wantMomentum);
    event RoundGameEnded(uint256 indexed id, Outcome outcome, bool moot, uint256 refunded, uint256 reward, uint256 burned);
    event PaymentDeferred(address indexed to, uint256 amount);
    event Claimed(address indexed to, uint256 amount);

    error BadRules();
    error NotDeployer();
    error AlreadyInitialized();
    error NotInitialized();
    error ZeroAddress();
    error NotRoundManagerOf(address market);
    error NotSubmitter();
    error WrongJobState();
    error RegistrationClosed(uint64 biddingEnds);
    error NotInRounds();
    error AlreadyRegistered();
    error NoSpec();
    error BadSpec();
    error ShardNotCommitted();
    error SelfChallenge();
    error BadTarget();
    error WrongBond(uint256 bond);
    error NoGame();
    error GameIsOver();
    error WrongKind();
    error Moot();
    error NotMoot();
    error TooLate(uint64 deadline);
    error TooEarly(uint64 deadline);
    error BadAnswer();
    error BadProof();
    error NothingToClaim();

    /// @param moveTimeout_ seconds to resolve a game (at least 1)
    /// @param bond_ the challenger's bond
    /// @param bondRewardBps_ share of a losing challenger's bond paid to the solver (<= 10,000)
    constructor(uint64 moveTimeout_, uint256 bond_, uint256 bondRewardBps_) {
        if (moveTimeout_ == 0 || bondRewardBps_ > BPS) revert BadRules();
        moveTimeout = moveTimeout_;
        bond = bond_;
        bondRewardBps = bondRewardBps_;
        deployer = msg.sender;
    }

    /// @notice Links the market, once; only the deployer, and only a market whose `roundManager`
    /// is this contract.
    function initialize(JobMarket market_) external {
        if (msg.sender != deployer) revert NotDeployer();
        if (address(market) != address(0)) revert AlreadyInitialized();
        if (address(market_) == address(0)) revert ZeroAddress();
        if (market_.roundManager() != address(this)) revert NotRoundManagerOf(address(market_));
        market = market_;
        IERC20 t = market_.token();
        token = t;
        emit Initialized(address(market_), address(t));
    }

    // ---------------------------------------------------------------- registration

    /// @notice Registers the hash of a job's `Spec` (`specHash`); only the submitter of a job of
    /// several rounds, once, while it takes bids and at least `moveTimeout` before bidding ends.
    function register(uint256 jobId, bytes32 hash) external nonReentrant {
        JobMarket m = market;
        if (address(m) == address(0)) revert NotInitialized();
        JobMarket.Job memory j = m.getJob(jobId);
        if (msg.sender != j.submitter) revert NotSubmitter();
        if (j.state != JobMarket.JobState.Bidding) revert WrongJobState();
        if (block.timestamp + moveTimeout > j.biddingEnds) revert RegistrationClosed(j.biddingEnds);
        if (j.rounds < 2) revert NotInRounds();
        if (_specs[jobId] != bytes32(0)) revert AlreadyRegistered();
        if (hash == bytes32(0)) revert BadSpec();
        _specs[jobId] = hash;
        emit RoundsRegistered(jobId, hash);
    }

    /// @notice The hash a spec is registered by: keccak256(abi.encode(spec)).
    function specHash(Spec calldata spec) external pure returns (bytes32) {
        return keccak256(abi.encode(spec));
    }

    /// @notice A job's registered spec hash (zero if none).
    function specOf(uint256 jobId) external view returns (bytes32) {
        return _specs[jobId];
    }

    // ---------------------------------------------------------------- moves

    /// @notice Opens a game on the committed round of shard `shard` (approve `bond` first):
    /// `Start` (param and element 0), or `Outer` on element `element` of parameter `param`
    /// (rounds after the first). `spec` must be the job's registered one.
    function open(uint256 jobId, uint256 shard, Kind kind, uint256 param, uint256 element, Spec calldata spec, uint256 bondAmount)
        external
        nonReentrant
        returns (uint256 id)
    {
        _checkSpec(jobId, spec);
        JobMarket.Shard memory sh = market.getShard(jobId, shard);
        if (sh.state != JobMarket.ShardState.Committed) revert ShardNotCommitted();
        if (msg.sender == sh.solver) revert SelfChallenge();
        if (bondAmount != bond) revert WrongBond(bond);
        if (kind == Kind.Outer) {
            if (sh.round == 0 || param >= spec.slots.length || element >= spec.rows[param] * spec.rowLens[param]) {
                revert BadTarget();
            }
        } else if (param != 0 || element != 0) {
            revert BadTarget();
        }
        id = ++gameCount;
        Game storage g = _games[id];
        uint64 deadline = uint64(block.timestamp) + moveTimeout;
        g.challenger = msg.sender;
        g.deadline = deadline;
        g.kind = kind;
        g.solver = sh.solver;
        g.attempt = sh.attempt;
        g.round = sh.round;
        g.shard = shard.toUint16();
        g.shards = market.getJob(jobId).shards;
        g.jobId = jobId.toUint64();
        g.param = uint64(param);
        g.element = uint64(element);
        totalEscrowed += bondAmount;
        emit RoundGameOpened(
            id, jobId, shard, sh.attempt, sh.round, kind, param, element, msg.sender, sh.solver, deadline
        );
        market.openDispute(jobId, shard, sh.attempt);
        token.safeTransferFrom(msg.sender, address(this), bondAmount);
    }

    /// @notice Resolves a Start game: `global` are G_r's 2P tensor roots, `start` X_r's n (proven
    /// by `globalProof` and `startProof` as the last leaf and leaf 0 of the round's trace), and
    /// `prevEnd` the shard's n tensor roots at the end of round r-1 (whose root must be its
    /// accepted roundRoot; empty for round 0). The solver is right if X_r is as it must be.
    function resolveStart(
        uint256 id,
        Spec calldata spec,
        bytes32[] calldata global,
        bytes32[] calldata start,
        bytes32[] calldata prevEnd,
        bytes32[] calldata globalProof,
        bytes32[] calldata startProof
    ) external nonReentrant {
        Game storage g = _pending(id, Kind.Start);
        uint256 jobId = g.jobId;
        _checkSpec(jobId, spec);
        uint256 p = spec.slots.length;
        uint256 n = spec.numStates;
        if (global.length != 2 * p || start.length != n) revert BadAnswer();
        bytes32 trace = market.getShard(jobId, g.shard).traceRoot;
        uint256 leaves = uint256(spec.inner) + 2;
        bytes32 gRoot = Merkle.stateRoot(global);
        bytes32 xRoot = Merkle.stateRoot(start);
        if (
            !Merkle.verify(trace, Merkle.leafHash32(xRoot), 0, leaves, startProof)
                || !Merkle.verify(trace, Merkle.leafHash32(gRoot), leaves - 1, leaves, globalProof)
        ) revert BadProof();
        bool right;
        if (g.round == 0) {
            if (prevEnd.length != 0) revert BadAnswer();
            right = xRoot == spec.h0 && gRoot == spec.g0;
        } else {
            if (prevEnd.length != n || Merkle.stateRoot(prevEnd) != market.roundRoot(jobId, g.shard, g.round - 1)) {
                revert BadProof();
            }
            right = true;
            uint256 k;
            for (uint256 j; j < n && right; ++j) {
                if (k < p && spec.slots[k] == j) {
                    right = start[j] == global[k];
                    ++k;
                } else {
                    right = start[j] == prevEnd[j];
                }
            }
        }
        _end(id, g, right ? Outcome.SolverRight : Outcome.SolverWrong);
    }

    /// @notice Resolves an Outer game with its inputs (`Outer`): the solver is right if θ_r and
    /// m_r at the element are the outer step of G_{r-1}'s and the shards' accepted values there.
    function resolveOuter(uint256 id, Spec calldata spec, Outer calldata o) external nonReentrant {
        Game storage g = _pending(id, Kind.Outer);
        _checkSpec(g.jobId, spec);
        uint256 p = spec.slots.length;
        uint256 s = g.shards;
        if (
            o.prevGlobal.length != 2 * p || o.global.length != 2 * p || o.shardRoots.length != s
                || o.shardProofs.length != s || o.elems.length != s + 4
        ) revert BadAnswer();
        uint256 leaves = uint256(spec.inner) + 2;
        {
            JobMarket m = market;
            bytes32 prevTrace = m.roundTrace(g.jobId, g.shard, g.round - 1);
            bytes32 trace = m.getShard(g.jobId, g.shard).traceRoot;
            if (
                !Merkle.verify(prevTrace, Merkle.leafHash32(Merkle.stateRoot(o.prevGlobal)), leaves - 1, leaves, o.prevGlobalProof)
                    || !Merkle.verify(trace, Merkle.leafHash32(Merkle.stateRoot(o.global)), leaves - 1, leaves, o.globalProof)
            ) revert BadProof();
        }
        uint256 k = g.param;
        uint256 rows = spec.rows[k];
        uint256 rowLen = spec.rowLens[k];
        uint256 i = g.element;
        uint32 theta = _elem(o.prevGlobal[k], rows, rowLen, i, o.elems[0]);
        uint32 d = _delta(g, spec, o, theta);
        uint32 m2 = F32.add(F32.mul(_elem(o.prevGlobal[p + k], rows, rowLen, i, o.elems[1]), spec.mu), d);
        uint32 th2 = F32.sub(theta, F32.mul(F32.add(d, F32.mul(m2, spec.mu)), spec.lr));
        uint32 gotTheta = _elem(o.global[k], rows, rowLen, i, o.elems[2]);
        uint32 gotMom = _elem(o.global[p + k], rows, rowLen, i, o.elems[3]);
        emit OuterChecked(id, gotTheta, gotMom, th2, m2);
        _end(id, g, gotTheta == th2 && gotMom == m2 ? Outcome.SolverRight : Outcome.SolverWrong);
    }

    /// The averaged difference d at the element: Σ_s (θ - θ_s) in shard order, divided by S if
    /// S > 1, each shard's θ_s proven against its accepted end of round r-1.
    function _delta(Game storage g, Spec calldata spec, Outer calldata o, uint32 theta) private view returns (uint32 d) {
        uint256 s = g.shards;
        uint256 k = g.param;
        uint256 slot = spec.slots[k];
        uint256 n = spec.numStates;
        for (uint256 q; q < s; ++q) {
            bytes32 end = market.roundRoot(g.jobId, q, g.round - 1);
            bytes32 r = o.shardRoots[q];
            if (!Merkle.verify(end, Merkle.leafHash32(r), slot, n, o.shardProofs[q])) revert BadProof();
            uint32 diff = F32.sub(theta, _elem(r, spec.rows[k], spec.rowLens[k], g.element, o.elems[4 + q]));
            d = q == 0 ? diff : F32.add(d, diff);
        }
        if (s > 1) d = F32.div(d, F32.fromInt(int256(s)));
    }

    /// @notice Ends a game nobody resolved before its deadline: the challenger wins.
    function timeout(uint256 id) external nonReentrant {
        Game storage g = _games[id];
        if (g.challenger == address(0)) revert NoGame();
        if (g.outcome != Outcome.None) revert GameIsOver();
        if (block.timestamp < g.deadline) revert TooEarly(g.deadline);
        _end(id, g, Outcome.Timeout);
    }

    /// @notice Ends a game whose shard attempt was settled otherwise: the bond goes back.
    function endMoot(uint256 id) external nonReentrant {
        Game storage g = _games[id];
        if (g.challenger == address(0)) revert NoGame();
        if (g.outcome != Outcome.None) revert GameIsOver();
        if (_live(g)) revert NotMoot();
        _end(id, g, Outcome.Moot);
    }

    /// @notice Pays out the caller's deferred payments.
    function claim() external nonReentrant {
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingToClaim();
        owed[msg.sender] = 0;
        totalUnclaimed -= amount;
        emit Claimed(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    /// @notice A game's record.
    function getGame(uint256 id) external view returns (Game memory) {
        return _games[id];
    }

    /// @notice Tokens this contract holds: escrowed bonds, deferred payments and burned shares.
    function totalOwed() external view returns (uint256) {
        return totalEscrowed + totalUnclaimed + burned;
    }

    // ---------------------------------------------------------------- internals

    function _checkSpec(uint256 jobId, Spec calldata spec) private view {
        bytes32 h = _specs[jobId];
        if (h == bytes32(0)) revert NoSpec();
        if (keccak256(abi.encode(spec)) != h) revert BadSpec();
        uint256 p = spec.slots.length;
        uint256 n = spec.numStates;
        if (
            p == 0 || spec.rows.length != p || spec.rowLens.length != p || n > MAX_LEAVES || spec.inner == 0
                || spec.inner > MAX_LEAVES
        ) revert BadSpec();
        uint256 last;
        for (uint256 k; k < p; ++k) {
            uint256 slot = spec.slots[k];
            if (slot >= n || (k > 0 && slot <= last) || spec.rows[k] == 0 || spec.rowLens[k] == 0) revert BadSpec();
            last = slot;
        }
    }

    /// A game that can still be resolved: open, not over, live, before its deadline, of `kind`.
    function _pending(uint256 id, Kind kind) private view returns (Game storage g) {
        g = _games[id];
        if (g.challenger == address(0)) revert NoGame();
        if (g.outcome != Outcome.None) revert GameIsOver();
        if (g.kind != kind) revert WrongKind();
        if (block.timestamp >= g.deadline) revert TooLate(g.deadline);
        if (!_live(g)) revert Moot();
    }

    function _live(Game storage g) private view returns (bool) {
        JobMarket.Shard memory sh = market.getShard(g.jobId, g.shard);
        return sh.state == JobMarket.ShardState.Committed && sh.attempt == g.attempt;
    }

    /// Ends the game: records the outcome, then tells the market and pays.
    function _end(uint256 id, Game storage g, Outcome outcome) private {
        bool moot = !_live(g);
        g.outcome = moot ? Outcome.Moot : outcome;
        g.deadline = 0;
        uint256 b = bond;
        totalEscrowed -= b;
        address challenger = g.challenger;
        if (moot || outcome != Outcome.SolverRight) {
            emit RoundGameEnded(id, g.outcome, moot, b, 0, 0);
            if (!moot) market.closeDispute(g.jobId, g.shard, g.attempt, true, challenger);
            _pay(challenger, b);
        } else {
            uint256 reward = b * bondRewardBps / BPS;
            burned += b - reward;
            emit RoundGameEnded(id, outcome, false, 0, reward, b - reward);
            market.closeDispute(g.jobId, g.shard, g.attempt, false, challenger);
            _pay(g.solver, reward);
        }
    }

    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        if (!token.trySafeTransfer(to, amount)) {
            owed[to] += amount;
            totalUnclaimed += amount;
            emit PaymentDeferred(to, amount);
        }
    }

    /// Element i of a tensor of `rows` rows of `rowLen` values with root `root`, read from the
    /// chunk of `e` proven against it (commit.TensorLayout: leaf row·cpr + col / CHUNK_FLOATS).
    function _elem(bytes32 root, uint256 rows, uint256 rowLen, uint256 i, Elem calldata e)
        private
        pure
        returns (uint32 v)
    {
        uint256 row = i / rowLen;
        uint256 col = i % rowLen;
        uint256 cpr = (rowLen - 1) / CHUNK_FLOATS + 1;
        if (!Merkle.verify(root, Merkle.leafHash(e.chunk), row * cpr + col / CHUNK_FLOATS, rows * cpr, e.proof)) {
            revert BadProof();
        }
        uint256 pos = (col % CHUNK_FLOATS) * 4;
        if (pos + 4 > e.chunk.length) revert BadProof();
        bytes4 b = bytes4(e.chunk[pos:pos + 4]);
        v = uint32(uint8(b[0])) | uint32(uint8(b[1])) << 8 | uint32(uint8(b[2])) << 16 | uint32(uint8(b[3])) << 24;
    }
}
