// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {JobMarket} from "./JobMarket.sol";
import {Merkle} from "./Merkle.sol";
import {IJudge, ElementClaim} from "./IJudge.sol";

/// @title DisputeGame: the on-chain dispute game of veritrain
/// @notice The market's dispute manager. A challenger disputes one step of a shard's committed
/// run; the game narrows the disagreement, one move at a time, to one fact the chain checks:
/// one float32 element of one op (recomputed by the Judge), one Merkle proof the solver must
/// give, or a padding hash that is not zero; for a long reduction, one segment of at most
/// SEGMENT_TERMS terms of one element. It implements docs/dispute-game.md (sections 1-6, 10 and
/// "On-chain") and accepts and rejects exactly the moves Go's `internal/game` accepts and
/// rejects, with the same winners and payouts:
/// - open (challenger): proves h_{t-1} and h_t against the shard's trace root, escrows the bond,
///   and calls the market's `openDispute` (the shard's challenge window stops running);
/// - post (solver): the op-trace root of step t;
/// - pick (challenger): `left` disputes the op trace, `right` the post-state h_t; then, in each
///   bisection, the disputed child;
/// - reveal (solver): the two children of the current node; revealLeaf (solver): a leaf's bytes;
/// - prove (solver): the tie of a revealed root to the step's ends (the challenger loses);
/// - check (challenger): one element of the revealed chunk, decided by the Judge;
/// - split (challenger, instead of check): for an element of a long reduction (a sum or
///   matmul_abt of more than SEGMENT_TERMS terms, learned from the op's and its first operand's
///   descriptors), starts the partial-sum bisection (docs section 10) over its segments:
///   revealPartial (solver) gives the partial sum at the middle segment boundary, pick
///   (challenger) disputes the first half (left) or the second (right), down to one segment;
///   checkPartial (challenger) has the Judge decide that segment from the agreed partial sum;
/// - timeout (anyone): from the deadline on, the party to move loses.
/// Every move has a deadline `moveTimeout` seconds after the previous one (a chess clock). A
/// rejected move reverts and changes nothing.
///
/// What the game needs to know about a job beyond the market's record (docs "On-chain"): the
/// layout of the step program is learned from the job's graph root: the challenger's pick that
/// lands on a leaf of the op trace carries that op's descriptor with its Merkle proof, which
/// gives the op's kind, state slot and output shape; a split carries that descriptor again with its
/// first operand's, which give the reduction's number of terms (Go's Params.Ops[k].Segments,
/// which Go computes from the same descriptors). The number of ops, of state tensors and of
/// steps, h_0, the root over the state updates and an opaque context for the Judge are
/// registered once per job by its submitter while the job is still open for bids (the number of
/// ops is checked against the graph root); bidders check them against the job spec, as they
/// check the graph root itself.
///
/// Payouts (docs section 5). The solver loses: the bond is refunded to the challenger and the
/// market's `closeDispute(solverLost = true)` slashes the solver's whole shard stake, crediting
/// DISPUTE_REWARD_BPS of it to the challenger's stake and burning the rest, and reassigns or
/// refunds the shard. The challenger loses: `bondRewardBps` of the bond is paid to the solver,
/// the rest is burned (it stays in this contract forever, counted in `burned`), and the market's
/// `closeDispute(solverLost = false)` lets the challenge window resume. A game whose shard
/// assignment has ended meanwhile (another game slashed the solver, or the disputes expired) is
/// moot: it ends neutrally, the bond refunded and the market left alone.
///
/// There is no admin. The deployer links the market once (`initialize`, which checks that the
/// market names this contract as its dispute manager); after that no key can move a bond or
/// decide a game. Payments are pushed, and a failed transfer is credited to `owed` (claimable
/// with `claim`), so no recipient can block the end of a game. Invariant:
/// `token.balanceOf(this) == totalOwed()` (escrowed bonds + unclaimed payments + burned).
contract DisputeGame is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    // ---------------------------------------------------------------- types

    /// Phases, numbered as Go's game.Phase.
    enum Phase {
        None,
        PostOpTrace,
        Choose,
        Reveal,
        Pick,
        RevealLeaf,
        ProveTie,
        CheckElement,
        RevealPartial,
        CheckPartial,
        Over
    }

    /// The tree being bisected, numbered as Go's game.Tree.
    enum Tree {
        None,
        Ops,
        Out,
        Tensor,
        Partial
    }

    /// Parties, numbered as Go's game.Party.
    enum Party {
        Nobody,
        Solver,
        Challenger
    }

    /// Why a game ended, numbered as Go's game.Reason (Moot is on-chain only).
    enum Reason {
        None,
        Timeout,
        Padding,
        TieHolds,
        ElementWrong,
        ElementRight,
        Moot
    }

    /// What the game needs about a job beyond the market's record.
    struct Layout {
        uint64 numOps; // N: ops of the step program (leaves of the graph root and of every op trace)
        uint64 numStates; // m: tensors of the training state
        uint64 steps; // T: steps of a shard's run (leaves of its trace root in a job of one round)
        bool registered;
        uint16 rounds; // R, the market's: > 1 for a job trained in rounds (sharded)
        uint16 shards; // S, the market's
        bytes32 h0; // the initial state root
        bytes32 updatesRoot; // Merkle over LeafHash(uint32be(u_j)), j < m; u_j = CARRIED if slot j is not updated
        bytes32 context; // opaque, passed to the Judge
        bytes32 graphRoot; // the market's, copied at registration
        bytes32 dataRoot; // the market's, copied at registration
    }

    struct Game {
        // slot 0
        address challenger;
        uint64 deadline; // moves strictly before it; timeout from it on (0 once over)
        Phase phase;
        Tree tree;
        Party winner;
        Reason reason;
        // slot 1
        address solver;
        uint64 lastTime; // time of the last accepted event
        uint16 moves; // accepted events, the open included
        uint16 attempt; // the market's shard attempt
        // slot 2
        uint64 jobId;
        uint64 step; // t
        uint64 index; // position of the current node on its level
        uint16 shard;
        uint8 height; // of the current node above the leaves
        bool opRead; // the op of the current ops leaf is a state read
        bool moot; // ended neutrally
        // slot 3
        uint64 leaves; // leaf count of the tree being bisected
        uint64 op; // the op of a revealed ops leaf / of the tensor tree; NONE before
        uint64 slot; // the state slot of a revealed out leaf; NONE before
        uint64 opSlot; // the state slot the op of the current ops leaf reads (if opRead)
        // slot 4: the output layout of the op of the current ops leaf, and the split element
        uint64 rowLen;
        uint64 chunksPerRow;
        uint64 opLeaves;
        uint64 element; // the element of the partial-sum bisection (meaningful once tree is Partial)
        // slot 5
        PartialSums part;
        // hashes
        bytes32 prev; // h_{t-1}
        bytes32 cur; // h_t
        bytes32 opRoot; // the solver's op-trace root
        bytes32 node; // the current node
        bytes32 left; // revealed children (meaningful in phase Pick)
        bytes32 right;
        bytes32 leafRoot; // the root revealed at an ops or out leaf
    }

    /// The partial-sum bisection (tree Partial) of element `element` of op `op`: the dispute lies
    /// in segments [segLo, segHi); sumLo is the agreed partial sum (float32 bits) at boundary
    /// segLo, sumHi the solver's disputed one at segHi, sumMid the one it revealed at the middle
    /// boundary segLo + (segHi - segLo) / 2 (set by revealPartial, zeroed by each pick, kept if
    /// the game ends in phase Pick, as in Go). One slot.
    struct PartialSums {
        uint64 segLo;
        uint64 segHi;
        uint32 sumLo;
        uint32 sumHi;
        uint32 sumMid;
    }

    /// A game as `getGame` returns it (Go's game.State plus the chain's fields). `op` and `slot`
    /// are type(uint64).max until a leaf names them, `element` until a split; `left`/`right` are
    /// the op-trace root and h_t in phase Choose, the revealed children in phase Pick of a Merkle
    /// bisection, zero otherwise; `segLo` … `sumMid` are the partial-sum bisection's (zero before
    /// a split).
    struct GameView {
        Phase phase;
        Party toMove;
        uint64 deadline;
        uint64 lastTime;
        uint16 moves;
        uint256 jobId;
        uint256 shard;
        uint16 attempt;
        address solver;
        address challenger;
        uint256 step;
        bytes32 prev;
        bytes32 cur;
        bytes32 opTraceRoot;
        Tree tree;
        uint64 op;
        uint64 slot;
        bytes32 node;
        uint256 height;
        uint256 index;
        uint256 leaves;
        bytes32 left;
        bytes32 right;
        bytes32 leafRoot;
        uint64 element;
        uint64 segLo;
        uint64 segHi;
        uint32 sumLo;
        uint32 sumHi;
        uint32 sumMid;
        Party winner;
        Reason reason;
        bool moot;
    }

    // ---------------------------------------------------------------- constants and rules

    uint256 public constant BPS = 10_000;
    /// @notice Largest leaf count of any tree a game bisects (Go's game.MaxLeaves).
    uint256 public constant MAX_LEAVES = 1 << 48;
    /// @notice Values per tensor chunk (docs/commitments.md section 4).
    uint256 public constant CHUNK_FLOATS = 1024;
    /// @notice The update of a state slot that the step does not change (and the largest op count + 1).
    uint32 public constant CARRIED = type(uint32).max;
    /// @notice tensor.OpState in an op descriptor: a state read.
    uint8 public constant OP_STATE = 2;
    /// @notice Terms per segment of the partial-sum bisection (Go's proof.SegmentTerms).
    uint256 public constant SEGMENT_TERMS = 16;
    uint8 private constant OP_SUM = 9; // tensor.OpSum
    uint8 private constant OP_MATMUL_ABT = 11; // tensor.OpMatMulABT
    uint256 private constant MAX_RANK = 8; // tensor.MaxRank
    uint64 private constant NONE = type(uint64).max;
    uint256 private constant MAX_ELEMENTS = (1 << 63) - 1;

    /// @notice Recomputes disputed elements.
    IJudge public immutable judge;
    /// @notice Seconds each party has for each move.
    uint64 public immutable moveTimeout;
    /// @notice The challenger's bond, in the market's token.
    uint256 public immutable bond;
    /// @notice Share of a losing challenger's bond paid to the solver; the rest is burned.
    uint256 public immutable bondRewardBps;
    /// @notice The only address that can call `initialize`, once.
    address public immutable deployer;

    /// @notice The market this game manages disputes for (set once by `initialize`).
    JobMarket public market;
    /// @notice The market's token (bonds are paid in it).
    IERC20 public token;

    /// @notice Games opened; game ids are 1..gameCount.
    uint256 public gameCount;
    /// @notice Bonds of games not yet over.
    uint256 public totalEscrowed;
    /// @notice Sum of `owed`.
    uint256 public totalUnclaimed;
    /// @notice Forfeited bond shares that were not paid out; they stay here forever.
    uint256 public burned;
    /// @notice Payments whose transfer failed, claimable by their recipient.
    mapping(address => uint256) public owed;

    mapping(uint256 jobId => Layout) private _layouts;
    mapping(uint256 id => Game) private _games;

    // ---------------------------------------------------------------- events

    event Initialized(address indexed market, address indexed token);
    event LayoutRegistered(
        uint256 indexed jobId,
        uint64 numOps,
        uint64 numStates,
        uint64 steps,
        bytes32 h0,
        bytes32 updatesRoot,
        bytes32 context
    );
    event GameOpened(
        uint256 indexed id,
        uint256 indexed jobId,
        uint256 indexed shard,
        uint256 attempt,
        address challenger,
        address solver,
        uint256 step,
        bytes32 prev,
        bytes32 cur,
        uint256 bond,
        uint64 deadline
    );
    event OpTracePosted(uint256 indexed id, bytes32 root, uint64 deadline);
    /// The challenger's pick: `node` is the chosen node of `tree` at (`height`, `index`), of a tree
    /// of `leaves` leaves. `phase` is the next phase (Over for a padding pick, which ends the game).
    event Picked(
        uint256 indexed id,
        uint8 side,
        Tree tree,
        uint256 height,
        uint256 index,
        uint256 leaves,
        bytes32 node,
        Phase phase,
        uint64 deadline
    );
    event Revealed(uint256 indexed id, bytes32 left, bytes32 right, uint64 deadline);
    /// The solver's leaf bytes (a tensor chunk is not stored: `check` takes it back from here).
    /// `phase` is the next phase; after an ops leaf of a computed op the bisection continues in
    /// the op's tensor tree (`Tree.Tensor`, its root the revealed bytes) at height `height` over
    /// `leaves` leaves.
    event LeafRevealed(
        uint256 indexed id, Tree tree, uint256 index, bytes data, Phase phase, uint256 height, uint256 leaves, uint64 deadline
    );
    event TieProven(uint256 indexed id, bytes32 root, uint256 index, uint256 leaves);
    event ElementChecked(uint256 indexed id, uint256 offset, uint256 op, uint256 element, uint32 claimed, bool solverRight);
    /// The challenger's split of the element at `offset` of the revealed chunk (element `element`
    /// of op `op`, the solver's value `claimed`) into `segments` segments: the partial-sum
    /// bisection starts over [0, segments) with the sums +0 and `claimed` at its ends; the solver
    /// moves next (phase RevealPartial).
    event ElementSplit(
        uint256 indexed id, uint256 offset, uint256 op, uint256 element, uint32 claimed, uint256 segments, uint64 deadline
    );
    /// The solver's partial sum `value` at segment boundary `boundary` (the middle); phase Pick.
    event PartialRevealed(uint256 indexed id, uint256 boundary, uint32 value, uint64 deadline);
    /// The challenger's pick in the partial-sum bisection and the disputed range that results;
    /// `phase` is RevealPartial, or CheckPartial once one segment is left.
    event PartialPicked(
        uint256 indexed id,
        uint8 side,
        uint256 segLo,
        uint256 segHi,
        uint32 sumLo,
        uint32 sumHi,
        Phase phase,
        uint64 deadline
    );
    event PartialChecked(
        uint256 indexed id, uint256 op, uint256 element, uint256 segment, uint32 start, uint32 claimed, bool solverRight
    );
    event TimedOut(uint256 indexed id, Party loser);
    /// The end of a game and its payouts: `refund` of the bond back to the challenger, `reward`
    /// to the solver, `burnt` burned; `solverSlashed` if the market slashed the solver.
    event GameEnded(
        uint256 indexed id,
        Party winner,
        Reason reason,
        bool moot,
        uint16 moves,
        uint256 refund,
        uint256 reward,
        uint256 burnt,
        bool solverSlashed
    );
    event PaymentDeferred(address indexed to, uint256 amount);
    event Claimed(address indexed to, uint256 amount);

    // ---------------------------------------------------------------- errors

    error BadRules();
    error NotDeployer();
    error AlreadyInitialized();
    error NotInitialized();
    error ZeroAddress();
    error NotDisputeManagerOf(address market);
    error NotSubmitter();
    error WrongJobState();
    error RegistrationClosed(uint64 biddingEnds);
    error AlreadyRegistered();
    error BadLayout();
    error NoLayout();
    error ShardNotCommitted();
    error SelfChallenge();
    error BadStep();
    error WrongBond(uint256 bond);
    error BadProof();
    error NoGame();
    error GameIsOver();
    error TooLate(uint64 deadline);
    error TooEarly(uint64 deadline);
    error NotYourTurn();
    error WrongPhase(Phase phase);
    error BadSide();
    error PaddingChild();
    error BadDescriptor();
    error UnexpectedData();
    error BadChildren();
    error BadLeaf();
    error BadUpdate();
    error BadChunk();
    error BadOffset();
    error NotLongReduction();
    error NotMoot();
    error NothingToClaim();

    // ---------------------------------------------------------------- setup

    /// @param judge_ the Judge every game of this contract uses
    /// @param moveTimeout_ seconds per move (at least 1)
    /// @param bond_ the challenger's bond
    /// @param bondRewardBps_ share of a losing challenger's bond paid to the solver (at most 10,000)
    constructor(IJudge judge_, uint64 moveTimeout_, uint256 bond_, uint256 bondRewardBps_) {
        if (address(judge_) == address(0)) revert ZeroAddress();
        if (moveTimeout_ == 0 || bondRewardBps_ > BPS) revert BadRules();
        judge = judge_;
        moveTimeout = moveTimeout_;
        bond = bond_;
        bondRewardBps = bondRewardBps_;
        deployer = msg.sender;
    }

    /// @notice Links the market, once; only the deployer can call it, and only with a market that
    /// names this contract as its dispute manager. Check `market()` before relying on a game.
    function initialize(JobMarket market_) external {
        if (msg.sender != deployer) revert NotDeployer();
        if (address(market) != address(0)) revert AlreadyInitialized();
        if (address(market_) == address(0)) revert ZeroAddress();
        if (market_.disputeManager() != address(this)) revert NotDisputeManagerOf(address(market_));
        market = market_;
        IERC20 t = market_.token();
        token = t;
        emit Initialized(address(market_), address(t));
    }

    // ---------------------------------------------------------------- job layouts

    /// @notice Registers what disputes on a job need beyond the market's record; only the job's
    /// submitter, once, while the job takes bids and at least `moveTimeout` before bidding ends
    /// (so that a bidder that bid earlier can still withdraw if the layout is wrong).
    /// @param numOps ops of the step program; `lastOp` (the descriptor encoding of op numOps-1)
    ///        and `lastOpProof` prove it against the job's graph root
    /// @param numStates tensors in the training state
    /// @param steps steps of a shard's run (leaves of its trace root)
    /// @param h0 the initial state root
    /// @param updatesRoot Merkle root over LeafHash(uint32 big-endian u_j) for each state slot j:
    ///        the op whose output becomes slot j after a step, or CARRIED
    /// @param context opaque commitment passed to the Judge in every claim
    function registerLayout(
        uint256 jobId,
        uint64 numOps,
        uint64 numStates,
        uint64 steps,
        bytes32 h0,
        bytes32 updatesRoot,
        bytes32 context,
        bytes calldata lastOp,
        bytes32[] calldata lastOpProof
    ) external nonReentrant {
        JobMarket m = market;
        if (address(m) == address(0)) revert NotInitialized();
        JobMarket.Job memory j = m.getJob(jobId);
        if (msg.sender != j.submitter) revert NotSubmitter();
        if (j.state != JobMarket.JobState.Bidding) revert WrongJobState();
        if (block.timestamp + moveTimeout > j.biddingEnds) revert RegistrationClosed(j.biddingEnds);
        Layout storage lay = _layouts[jobId];
        if (lay.registered) revert AlreadyRegistered();
        if (
            numOps == 0 || numOps >= CARRIED || numStates == 0 || numStates > MAX_LEAVES || steps == 0
                || steps > MAX_LEAVES || (j.rounds > 1 && steps % j.rounds != 0)
        ) revert BadLayout();
        if (!Merkle.verify(j.graphRoot, Merkle.leafHash(lastOp), numOps - 1, numOps, lastOpProof)) revert BadProof();
        lay.numOps = numOps;
        lay.numStates = numStates;
        lay.steps = steps;
        lay.registered = true;
        lay.rounds = j.rounds;
        lay.shards = j.shards;
        lay.h0 = h0;
        lay.updatesRoot = updatesRoot;
        lay.context = context;
        lay.graphRoot = j.graphRoot;
        lay.dataRoot = j.dataRoot;
        emit LayoutRegistered(jobId, numOps, numStates, steps, h0, updatesRoot, context);
    }

    /// @notice A job's registered layout.
    function layoutOf(uint256 jobId) external view returns (Layout memory) {
        return _layouts[jobId];
    }

    // ---------------------------------------------------------------- moves

    /// @notice Opens a game on step `step` of a committed shard (approve `bond` first). For step
    /// 1, `prev` must be the job's h_0 and `prevProof` empty; otherwise `prevProof` proves
    /// h_{step-1} (leaf step-2) and `curProof` proves h_step (leaf step-1) against the shard's
    /// trace root over `steps` leaves. In a job of R > 1 rounds of H = steps / R inner steps,
    /// `step` is one of the committed round r's, r·H < step <= (r+1)·H, and the round's trace
    /// root is over H + 2 leaves: the shard's state at the start of the round, then its state
    /// after each inner step, then the global state the round started from (which the RoundGame
    /// checks); `prevProof` proves `prev` as leaf step - r·H - 1 and `curProof` proves `cur` as
    /// the next leaf. `bondAmount` must equal `bond`.
    /// @return id the new game's id
    function open(
        uint256 jobId,
        uint256 shard,
        uint256 step,
        bytes32 prev,
        bytes32 cur,
        bytes32[] calldata prevProof,
        bytes32[] calldata curProof,
        uint256 bondAmount
    ) external nonReentrant returns (uint256 id) {
        Layout storage lay = _layouts[jobId];
        if (!lay.registered) revert NoLayout();
        JobMarket.Shard memory sh = market.getShard(jobId, shard);
        if (sh.state != JobMarket.ShardState.Committed) revert ShardNotCommitted();
        if (msg.sender == sh.solver) revert SelfChallenge();
        uint256 steps = lay.steps;
        if (step == 0 || step > steps) revert BadStep();
        if (bondAmount != bond) revert WrongBond(bond);
        if (lay.rounds > 1) {
            // The leaves of round r's trace: its start, each inner step, the global state.
            uint256 inner = steps / lay.rounds;
            uint256 first = uint256(sh.round) * inner; // steps before the round
            if (step <= first || step > first + inner) revert BadStep();
            uint256 k = step - first;
            if (
                !Merkle.verify(sh.traceRoot, Merkle.leafHash32(prev), k - 1, inner + 2, prevProof)
                    || !Merkle.verify(sh.traceRoot, Merkle.leafHash32(cur), k, inner + 2, curProof)
            ) revert BadProof();
        } else {
            if (step == 1) {
                if (prev != lay.h0 || prevProof.length != 0) revert BadProof();
            } else if (!Merkle.verify(sh.traceRoot, Merkle.leafHash32(prev), step - 2, steps, prevProof)) {
                revert BadProof();
            }
            if (!Merkle.verify(sh.traceRoot, Merkle.leafHash32(cur), step - 1, steps, curProof)) revert BadProof();
        }

        id = ++gameCount;
        Game storage g = _games[id];
        uint64 now_ = uint64(block.timestamp);
        uint64 deadline = _deadline(now_);
        g.challenger = msg.sender;
        g.deadline = deadline;
        g.phase = Phase.PostOpTrace;
        g.solver = sh.solver;
        g.lastTime = now_;
        g.moves = 1;
        g.attempt = sh.attempt;
        g.jobId = jobId.toUint64();
        g.step = uint64(step);
        g.shard = shard.toUint16();
        g.op = NONE;
        g.slot = NONE;
        g.prev = prev;
        g.cur = cur;
        totalEscrowed += bondAmount;
        emit GameOpened(id, jobId, shard, sh.attempt, msg.sender, sh.solver, step, prev, cur, bondAmount, deadline);
        market.openDispute(jobId, shard, sh.attempt);
        token.safeTransferFrom(msg.sender, address(this), bondAmount);
    }

    /// @notice The solver posts the op-trace root of the disputed step.
    function post(uint256 id, bytes32 root) external nonReentrant {
        Game storage g = _move(id, Phase.PostOpTrace);
        g.opRoot = root;
        uint64 deadline = _await(g, Phase.Choose);
        emit OpTracePosted(id, root, deadline);
    }

    /// @notice The challenger picks: in phase Choose, `side` 0 disputes the op trace and 1 the
    /// post-state h_t; in phase Pick, the child it disputes (0 left, 1 right), or in the
    /// partial-sum bisection the half (0: the solver's sum at the middle boundary is disputed, 1:
    /// it is agreed and the second half is disputed). A pick that lands on a leaf of the op trace
    /// (op k) must carry op k's descriptor encoding and its Merkle proof against the job's graph
    /// root (leaf k of numOps); every other pick must carry neither.
    function pick(uint256 id, uint8 side, bytes calldata opDesc, bytes32[] calldata opProof) external nonReentrant {
        Game storage g = _games[id];
        Phase ph = _turn(g);
        if (side > 1) revert BadSide();
        Layout storage lay = _layouts[g.jobId];
        Tree tree;
        bytes32 child;
        uint256 h;
        uint256 c;
        uint256 n;
        if (ph == Phase.Choose) {
            if (side == 0) {
                (tree, child, n) = (Tree.Ops, g.opRoot, lay.numOps);
            } else {
                (tree, child, n) = (Tree.Out, g.cur, lay.numStates);
            }
            h = Merkle.depth(n);
        } else if (ph == Phase.Pick) {
            if (g.tree == Tree.Partial) {
                if (opDesc.length != 0 || opProof.length != 0) revert UnexpectedData();
                _pickPartial(id, g, side);
                return;
            }
            (tree, n, h) = (g.tree, g.leaves, uint256(g.height) - 1);
            c = 2 * uint256(g.index) + side;
            child = side == 0 ? g.left : g.right;
            if ((c << h) >= n) {
                // The child covers only padding: its hash must be the zero subtree's.
                if (child == Merkle.zeroHash(h)) revert PaddingChild();
                if (opDesc.length != 0 || opProof.length != 0) revert UnexpectedData();
                emit Picked(id, side, tree, h, c, n, child, Phase.Over, 0);
                _end(id, g, Party.Challenger, Reason.Padding);
                return;
            }
        } else {
            revert WrongPhase(ph);
        }
        if (tree == Tree.Ops && h == 0) {
            _learnOp(g, lay, c, opDesc, opProof);
        } else if (opDesc.length != 0 || opProof.length != 0) {
            revert UnexpectedData();
        }
        (Phase next, uint64 deadline) = _descend(g, tree, child, h, c, n);
        emit Picked(id, side, tree, h, c, n, child, next, deadline);
    }

    /// @notice The solver reveals the two children of the current node.
    function reveal(uint256 id, bytes32 left, bytes32 right) external nonReentrant {
        Game storage g = _move(id, Phase.Reveal);
        if (Merkle.nodeHash(left, right) != g.node) revert BadChildren();
        g.left = left;
        g.right = right;
        uint64 deadline = _await(g, Phase.Pick);
        emit Revealed(id, left, right, deadline);
    }

    /// @notice The solver reveals the bytes of the current leaf: a 32-byte tensor root for a leaf
    /// of the op trace or of h_t, the chunk's float32 values (little-endian) for a tensor leaf.
    function revealLeaf(uint256 id, bytes calldata data) external nonReentrant {
        Game storage g = _move(id, Phase.RevealLeaf);
        Tree tree = g.tree;
        uint256 want = 32;
        if (tree == Tree.Tensor) {
            uint256 rowLen = g.rowLen;
            uint256 first = (uint256(g.index) % g.chunksPerRow) * CHUNK_FLOATS;
            uint256 len = rowLen - first;
            want = 4 * (len < CHUNK_FLOATS ? len : CHUNK_FLOATS);
        }
        if (data.length != want || Merkle.leafHash(data) != g.node) revert BadLeaf();
        uint256 index = g.index;
        if (tree == Tree.Ops) {
            bytes32 root = bytes32(data);
            g.leafRoot = root;
            g.op = uint64(index);
            if (g.opRead) {
                uint64 d = _await(g, Phase.ProveTie);
                emit LeafRevealed(id, tree, index, data, Phase.ProveTie, 0, 0, d);
            } else {
                uint256 n = g.opLeaves;
                uint256 h = Merkle.depth(n);
                (Phase next, uint64 deadline) = _descend(g, Tree.Tensor, root, h, 0, n);
                emit LeafRevealed(id, tree, index, data, next, h, n, deadline);
            }
        } else if (tree == Tree.Out) {
            g.leafRoot = bytes32(data);
            g.slot = uint64(index);
            uint64 d = _await(g, Phase.ProveTie);
            emit LeafRevealed(id, tree, index, data, Phase.ProveTie, 0, 0, d);
        } else {
            uint64 d = _await(g, Phase.CheckElement);
            emit LeafRevealed(id, tree, index, data, Phase.CheckElement, 0, 0, d);
        }
    }

    /// @notice The solver proves that the revealed root fits the step's ends, and wins:
    /// - a state read of slot s (ops leaf): leaf s of h_{t-1} over numStates leaves;
    /// - post-state slot j (out leaf) updated by op u: leaf u of the op trace over numOps leaves;
    /// - post-state slot j carried: leaf j of h_{t-1}.
    /// For an out leaf, `update` is u_j (CARRIED if carried) and `updateProof` its proof against
    /// the layout's updates root (leaf j of numStates); for an ops leaf both must be zero/empty.
    function prove(uint256 id, bytes32[] calldata proof, uint32 update, bytes32[] calldata updateProof)
        external
        nonReentrant
    {
        Game storage g = _move(id, Phase.ProveTie);
        Layout storage lay = _layouts[g.jobId];
        bytes32 root;
        uint256 i;
        uint256 n;
        if (g.tree == Tree.Ops) {
            if (update != 0 || updateProof.length != 0) revert UnexpectedData();
            (root, i, n) = (g.prev, g.opSlot, lay.numStates);
        } else {
            uint256 j = g.slot;
            if (!Merkle.verify(lay.updatesRoot, Merkle.leafHash4(update), j, lay.numStates, updateProof)) revert BadUpdate();
            if (update != CARRIED) {
                if (update >= lay.numOps) revert BadUpdate(); // an inconsistent layout: no tie can hold
                (root, i, n) = (g.opRoot, update, lay.numOps);
            } else {
                (root, i, n) = (g.prev, j, lay.numStates);
            }
        }
        if (!Merkle.verify(root, Merkle.leafHash32(g.leafRoot), i, n, proof)) revert BadProof();
        emit TieProven(id, root, i, n);
        _end(id, g, Party.Solver, Reason.TieHolds);
    }

    /// @notice The challenger names the element at `offset` of the revealed chunk (`chunk`: the
    /// bytes the solver revealed, from its LeafRevealed event) and gives the Judge a witness. The
    /// Judge decides: solver right (the challenger loses) or wrong (the solver loses); a Judge
    /// revert rejects the move.
    function check(uint256 id, uint256 offset, bytes calldata chunk, bytes calldata witness) external nonReentrant {
        Game storage g = _move(id, Phase.CheckElement);
        if (Merkle.leafHash(chunk) != g.node) revert BadChunk();
        if (offset >= chunk.length / 4) revert BadOffset();
        ElementClaim memory c = _claim(g, offset, chunk);
        bool right = judge.checkElement(c, witness);
        emit ElementChecked(id, offset, c.op, c.element, c.claimed, right);
        if (right) {
            _end(id, g, Party.Solver, Reason.ElementRight);
        } else {
            _end(id, g, Party.Challenger, Reason.ElementWrong);
        }
    }

    /// @notice The challenger splits the element at `offset` of the revealed chunk (`chunk` as in
    /// `check`) instead of checking it whole: the partial-sum bisection over its segments (docs
    /// section 10). Only for a long reduction: `opDesc`, op `op`'s descriptor proven by `opProof`
    /// against the job's graph root (leaf op of numOps), is a sum or matmul_abt, and `inDesc`, the
    /// descriptor of its first operand in[0] proven by `inProof` (leaf in[0]), gives the number of
    /// terms n of every element (sum: numel(in[0]) / numel(out); matmul_abt: in[0]'s last
    /// dimension; 0 without output elements), which must exceed SEGMENT_TERMS. The element has
    /// S = ceil(n / SEGMENT_TERMS) segments (at most MAX_LEAVES); the agreed partial sum at
    /// boundary 0 is +0, the disputed one at boundary S the solver's value. The solver moves next.
    function split(
        uint256 id,
        uint256 offset,
        bytes calldata chunk,
        bytes calldata opDesc,
        bytes32[] calldata opProof,
        bytes calldata inDesc,
        bytes32[] calldata inProof
    ) external nonReentrant {
        Game storage g = _move(id, Phase.CheckElement);
        if (Merkle.leafHash(chunk) != g.node) revert BadChunk();
        if (offset >= chunk.length / 4) revert BadOffset();
        uint256 op = g.op;
        uint256 segs = _segments(_layouts[g.jobId], op, opDesc, opProof, inDesc, inProof);
        (uint256 element, uint32 claimed) = _element(g, offset, chunk);
        g.tree = Tree.Partial;
        g.element = uint64(element);
        g.part = PartialSums(0, uint64(segs), 0, claimed, 0); // the fold starts from +0
        uint64 deadline = _await(g, Phase.RevealPartial);
        emit ElementSplit(id, offset, op, element, claimed, segs, deadline);
    }

    /// @notice The solver reveals its partial sum (float32 bits) at the middle segment boundary
    /// segLo + (segHi - segLo) / 2 of the partial-sum bisection.
    function revealPartial(uint256 id, uint32 value) external nonReentrant {
        Game storage g = _move(id, Phase.RevealPartial);
        PartialSums storage p = g.part;
        p.sumMid = value;
        uint256 lo = p.segLo;
        uint256 mid = lo + (uint256(p.segHi) - lo) / 2;
        uint64 deadline = _await(g, Phase.Pick);
        emit PartialRevealed(id, mid, value, deadline);
    }

    /// @notice The challenger gives the Judge a witness for the one segment segLo the partial-sum
    /// bisection narrowed to: is sumHi what folding that segment's terms into sumLo gives? Solver
    /// right (the challenger loses) or wrong (the solver loses); a Judge revert rejects the move.
    function checkPartial(uint256 id, bytes calldata witness) external nonReentrant {
        Game storage g = _move(id, Phase.CheckPartial);
        PartialSums memory p = g.part;
        ElementClaim memory c = _baseClaim(g);
        c.element = g.element;
        c.claimed = p.sumHi;
        bool right = judge.checkPartial(c, p.segLo, p.sumLo, witness);
        emit PartialChecked(id, c.op, c.element, p.segLo, p.sumLo, p.sumHi, right);
        if (right) {
            _end(id, g, Party.Solver, Reason.ElementRight);
        } else {
            _end(id, g, Party.Challenger, Reason.ElementWrong);
        }
    }

    /// @notice Ends a game whose deadline has passed: the party to move loses. Anyone can call it.
    function timeout(uint256 id) external nonReentrant {
        Game storage g = _games[id];
        Phase ph = g.phase;
        if (ph == Phase.None) revert NoGame();
        if (ph == Phase.Over) revert GameIsOver();
        if (block.timestamp < g.deadline) revert TooEarly(g.deadline);
        Party loser = _mover(ph);
        emit TimedOut(id, loser);
        _end(id, g, loser == Party.Solver ? Party.Challenger : Party.Solver, Reason.Timeout);
    }

    /// @notice Ends a game that became moot (its shard attempt was settled by another game or its
    /// disputes expired): the bond goes back to the challenger. Anyone can call it.
    function endMoot(uint256 id) external nonReentrant {
        Game storage g = _games[id];
        Phase ph = g.phase;
        if (ph == Phase.None) revert NoGame();
        if (ph == Phase.Over) revert GameIsOver();
        if (_live(g)) revert NotMoot();
        _end(id, g, Party.Nobody, Reason.Moot);
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

    // ---------------------------------------------------------------- views

    /// @notice A game's state.
    function getGame(uint256 id) external view returns (GameView memory v) {
        Game storage g = _games[id];
        v.phase = g.phase;
        v.toMove = _mover(g.phase);
        v.deadline = g.deadline;
        v.lastTime = g.lastTime;
        v.moves = g.moves;
        v.jobId = g.jobId;
        v.shard = g.shard;
        v.attempt = g.attempt;
        v.solver = g.solver;
        v.challenger = g.challenger;
        v.step = g.step;
        v.prev = g.prev;
        v.cur = g.cur;
        v.opTraceRoot = g.opRoot;
        v.tree = g.tree;
        v.op = g.op;
        v.slot = g.slot;
        v.node = g.node;
        v.height = g.height;
        v.index = g.index;
        v.leaves = g.leaves;
        if (g.phase == Phase.Choose) {
            (v.left, v.right) = (g.opRoot, g.cur);
        } else if (g.phase == Phase.Pick && g.tree != Tree.Partial) {
            (v.left, v.right) = (g.left, g.right);
        }
        v.leafRoot = g.leafRoot;
        v.element = NONE;
        if (g.tree == Tree.Partial) {
            PartialSums memory p = g.part;
            (v.element, v.segLo, v.segHi, v.sumLo, v.sumHi, v.sumMid) =
                (g.element, p.segLo, p.segHi, p.sumLo, p.sumHi, p.sumMid);
        }
        v.winner = g.winner;
        v.reason = g.reason;
        v.moot = g.moot;
    }

    /// @notice What this contract owes: escrowed bonds, deferred payments and the burned shares.
    /// The solvency invariant is `token.balanceOf(address(this)) == totalOwed()`.
    function totalOwed() external view returns (uint256) {
        return totalEscrowed + totalUnclaimed + burned;
    }

    // ---------------------------------------------------------------- game internals

    function _mover(Phase ph) private pure returns (Party) {
        if (
            ph == Phase.PostOpTrace || ph == Phase.Reveal || ph == Phase.RevealLeaf || ph == Phase.ProveTie
                || ph == Phase.RevealPartial
        ) {
            return Party.Solver;
        }
        if (ph == Phase.Choose || ph == Phase.Pick || ph == Phase.CheckElement || ph == Phase.CheckPartial) {
            return Party.Challenger;
        }
        return Party.Nobody;
    }

    /// Checks that the game runs, the deadline has not passed and the sender is the party to move;
    /// returns the phase (docs section 4, rules 1-4).
    function _turn(Game storage g) private view returns (Phase ph) {
        ph = g.phase;
        if (ph == Phase.None) revert NoGame();
        if (ph == Phase.Over) revert GameIsOver();
        if (block.timestamp >= g.deadline) revert TooLate(g.deadline);
        address who = _mover(ph) == Party.Solver ? g.solver : g.challenger;
        if (msg.sender != who) revert NotYourTurn();
    }

    /// _turn for a move that belongs to one phase.
    function _move(uint256 id, Phase want) private view returns (Game storage g) {
        g = _games[id];
        Phase ph = _turn(g);
        if (ph != want) revert WrongPhase(ph);
    }

    function _deadline(uint64 now_) private view returns (uint64) {
        uint256 d = uint256(now_) + moveTimeout;
        return d > type(uint64).max ? type(uint64).max : uint64(d);
    }

    /// Counts an accepted move and waits for the next one in phase `ph`.
    function _await(Game storage g, Phase ph) private returns (uint64 deadline) {
        uint64 now_ = uint64(block.timestamp);
        deadline = _deadline(now_);
        g.lastTime = now_;
        g.moves += 1;
        g.phase = ph;
        g.deadline = deadline;
    }

    /// Starts or continues a bisection at `node` of `tree` at (`height`, `index`) over `leaves`.
    function _descend(Game storage g, Tree tree, bytes32 node, uint256 height, uint256 index, uint256 leaves)
        private
        returns (Phase next, uint64 deadline)
    {
        g.tree = tree;
        g.node = node;
        g.height = uint8(height);
        g.index = uint64(index);
        g.leaves = uint64(leaves);
        next = height == 0 ? Phase.RevealLeaf : Phase.Reveal;
        deadline = _await(g, next);
    }

    /// Reads op k's descriptor (proven against the graph root) into the game: its kind, the slot
    /// a state read reads, and its output layout (docs/commitments.md sections 4 and 7.2).
    function _learnOp(Game storage g, Layout storage lay, uint256 k, bytes calldata d, bytes32[] calldata proof)
        private
    {
        if (!Merkle.verify(lay.graphRoot, Merkle.leafHash(d), k, lay.numOps, proof)) revert BadDescriptor();
        (bool read, uint256 slot, uint256 rowLen, uint256 cpr, uint256 leaves) = _parseOp(d);
        if (read && slot >= lay.numStates) revert BadDescriptor();
        g.opRead = read;
        g.opSlot = uint64(slot);
        g.rowLen = uint64(rowLen);
        g.chunksPerRow = uint64(cpr);
        g.opLeaves = uint64(leaves);
    }

    /// Parses an op descriptor (autograd.OpDesc.Encode):
    /// u8 op ‖ u8 rank ‖ rank × u32 dim ‖ u8 nIn ‖ nIn × u32 ‖ u8 nPerm ‖ nPerm × u8 ‖ u32 slot ‖
    /// u32 next ‖ [32] const. Returns whether it is a state read, its slot, and the leaf layout of
    /// its output shape (Go's commit.LayoutOf; at most 2^48 leaves and 2^63-1 elements).
    function _parseOp(bytes calldata d)
        private
        pure
        returns (bool read, uint256 slot, uint256 rowLen, uint256 cpr, uint256 leaves)
    {
        uint256 len = d.length;
        if (len < 2) revert BadDescriptor();
        read = uint8(d[0]) == OP_STATE;
        uint256 rank = uint8(d[1]);
        uint256 p = 2;
        if (len < p + 4 * rank + 1) revert BadDescriptor();
        bool zero;
        uint256 rows = 1;
        rowLen = 1;
        for (uint256 i; i < rank; ++i) {
            uint256 dim = uint32(bytes4(d[p:p + 4]));
            p += 4;
            if (dim == 0) zero = true;
            if (i + 1 < rank) {
                rows *= dim;
                if (rows > MAX_ELEMENTS) rows = MAX_ELEMENTS + 1; // saturate: too many elements
            } else {
                rowLen = dim;
            }
        }
        p += 1 + 4 * uint256(uint8(d[p])); // inputs
        if (len < p + 1) revert BadDescriptor();
        p += 1 + uint256(uint8(d[p])); // permutation
        if (len != p + 4 + 4 + 32) revert BadDescriptor();
        slot = uint32(bytes4(d[p:p + 4]));
        if (zero) return (read, slot, 0, 1, 1);
        if (rows > MAX_ELEMENTS || rowLen * rows > MAX_ELEMENTS) revert BadDescriptor();
        cpr = (rowLen - 1) / CHUNK_FLOATS + 1;
        leaves = rows * cpr;
        if (leaves > MAX_LEAVES) revert BadDescriptor();
    }

    /// The Judge's claim for the element at `offset` of the revealed chunk.
    function _claim(Game storage g, uint256 offset, bytes calldata chunk) private view returns (ElementClaim memory c) {
        c = _baseClaim(g);
        (c.element, c.claimed) = _element(g, offset, chunk);
    }

    /// The flat index of the element at `offset` of the revealed chunk (leaf `index` of the op's
    /// output) and its value (little-endian float32 bits).
    function _element(Game storage g, uint256 offset, bytes calldata chunk)
        private
        view
        returns (uint256 element, uint32 value)
    {
        uint256 index = g.index;
        uint256 cpr = g.chunksPerRow;
        uint256 b = 4 * offset;
        element = (index / cpr) * g.rowLen + (index % cpr) * CHUNK_FLOATS + offset;
        value = uint32(uint8(chunk[b])) | (uint32(uint8(chunk[b + 1])) << 8) | (uint32(uint8(chunk[b + 2])) << 16)
            | (uint32(uint8(chunk[b + 3])) << 24);
    }

    /// The Judge's claim without its element and value: the step, the op, the roots and the job.
    function _baseClaim(Game storage g) private view returns (ElementClaim memory c) {
        Layout storage lay = _layouts[g.jobId];
        c.step = g.step;
        // Shard s of a job in rounds reads its own stream: batch (t-1)·S + s of the job's
        // sampler at its step t (Go: train.Trainer.batchIndex). The Judge reads batch c.step - 1.
        if (lay.rounds > 1) c.step = (uint256(g.step) - 1) * lay.shards + g.shard + 1;
        c.op = g.op;
        c.outputRoot = g.leafRoot;
        c.opTraceRoot = g.opRoot;
        c.prev = g.prev;
        c.cur = g.cur;
        c.jobId = g.jobId;
        c.shard = g.shard;
        c.graphRoot = lay.graphRoot;
        c.numOps = lay.numOps;
        c.numStates = lay.numStates;
        c.dataRoot = lay.dataRoot;
        c.context = lay.context;
    }

    /// The challenger's pick in the partial-sum bisection (docs section 10): left (0) disputes the
    /// solver's sum at the middle boundary (the first half), right (1) agrees with it and disputes
    /// the second half; one segment left goes to CheckPartial.
    function _pickPartial(uint256 id, Game storage g, uint8 side) private {
        PartialSums memory p = g.part;
        uint64 mid = p.segLo + (p.segHi - p.segLo) / 2;
        if (side == 0) {
            (p.segHi, p.sumHi) = (mid, p.sumMid);
        } else {
            (p.segLo, p.sumLo) = (mid, p.sumMid);
        }
        p.sumMid = 0;
        g.part = p;
        Phase next = p.segHi - p.segLo == 1 ? Phase.CheckPartial : Phase.RevealPartial;
        uint64 deadline = _await(g, next);
        emit PartialPicked(id, side, p.segLo, p.segHi, p.sumLo, p.sumHi, next, deadline);
    }

    /// The number of segments of every element of op k, from its descriptor and its first
    /// operand's (both proven against the job's graph root): ceil(n / SEGMENT_TERMS) for a sum or
    /// matmul_abt of n > SEGMENT_TERMS terms (Go: proof.Segments(tensor.ReductionLen(...)));
    /// anything else reverts.
    function _segments(
        Layout storage lay,
        uint256 k,
        bytes calldata opDesc,
        bytes32[] calldata opProof,
        bytes calldata inDesc,
        bytes32[] calldata inProof
    ) private view returns (uint256 s) {
        bytes32 root = lay.graphRoot;
        uint256 numOps = lay.numOps;
        if (!Merkle.verify(root, Merkle.leafHash(opDesc), k, numOps, opProof)) revert BadDescriptor();
        (uint256 outNumel,, uint256 p) = _dims(opDesc);
        uint8 code = uint8(opDesc[0]);
        if (code != OP_SUM && code != OP_MATMUL_ABT) revert NotLongReduction();
        if (opDesc.length < p + 5 || uint8(opDesc[p]) == 0) revert BadDescriptor();
        uint256 in0 = uint32(bytes4(opDesc[p + 1:p + 5]));
        if (!Merkle.verify(root, Merkle.leafHash(inDesc), in0, numOps, inProof)) revert BadDescriptor();
        (uint256 inNumel, uint256 last,) = _dims(inDesc);
        uint256 n;
        if (outNumel != 0) n = code == OP_SUM ? inNumel / outNumel : last;
        if (n <= SEGMENT_TERMS) revert NotLongReduction();
        s = (n - 1) / SEGMENT_TERMS + 1;
        if (s > MAX_LEAVES) revert NotLongReduction(); // Go's Params.Validate: at most 2^48 segments
    }

    /// A descriptor's shape (docs/witness.md section 2): its element count, its last dimension (0
    /// for rank 0) and the offset of the input count that follows it.
    function _dims(bytes calldata d) private pure returns (uint256 numel, uint256 last, uint256 p) {
        if (d.length < 2) revert BadDescriptor();
        uint256 rank = uint8(d[1]);
        p = 2 + 4 * rank;
        if (rank > MAX_RANK || d.length < p + 1) revert BadDescriptor();
        numel = 1;
        for (uint256 i = 2; i < p; i += 4) {
            last = uint32(bytes4(d[i:i + 4]));
            numel *= last;
        }
    }

    /// Whether the market still has this game's dispute open: the shard attempt is committed.
    function _live(Game storage g) private view returns (bool) {
        JobMarket.Shard memory sh = market.getShard(g.jobId, g.shard);
        return sh.state == JobMarket.ShardState.Committed && sh.attempt == g.attempt;
    }

    /// Ends the game (docs section 5): records the outcome, then pays and tells the market.
    function _end(uint256 id, Game storage g, Party winner, Reason reason) private {
        g.lastTime = uint64(block.timestamp);
        g.moves += 1;
        g.phase = Phase.Over;
        g.deadline = 0;
        g.winner = winner;
        g.reason = reason;
        bool moot = !_live(g);
        g.moot = moot;
        uint256 b = bond;
        totalEscrowed -= b;
        address challenger = g.challenger;
        if (moot || winner == Party.Challenger) {
            emit GameEnded(id, winner, reason, moot, g.moves, b, 0, 0, !moot);
            if (!moot) market.closeDispute(g.jobId, g.shard, g.attempt, true, challenger);
            _pay(challenger, b);
        } else {
            uint256 reward = b * bondRewardBps / BPS;
            burned += b - reward;
            emit GameEnded(id, winner, reason, false, g.moves, 0, reward, b - reward, false);
            market.closeDispute(g.jobId, g.shard, g.attempt, false, challenger);
            _pay(g.solver, reward);
        }
    }

    /// Pushes a payment; if the transfer fails, credits it to `owed` so it can be claimed later.
    function _pay(address to, uint256 amount) private {
        if (amount == 0) return;
        if (!token.trySafeTransfer(to, amount)) {
            owed[to] += amount;
            totalUnclaimed += amount;
            emit PaymentDeferred(to, amount);
        }
    }
}
