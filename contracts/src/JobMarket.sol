// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Staking} from "./Staking.sol";

/// @title JobMarket: the veritrain market for verifiable training jobs
/// @notice A submitter posts a job of S shards with its budget escrowed in the ERC-20 named at
/// deployment; solvers bid; the S lowest bids win; each winner trains its shard and commits its
/// trace root and final state root before its training deadline; after a challenge window without
/// an open dispute the shard is finalized: the solver is paid, the verifier recorded by the dispute
/// contract is paid the verifier fee, and whatever the job did not spend goes back to the
/// submitter when its last shard settles.
///
/// Auction. Bids are open (no commit-reveal) and the auction is a uniform-price reverse auction
/// at the (S+1)-th price: the S lowest bids win and every winner is paid the (S+1)-th lowest bid,
/// or the per-shard maximum price (budget / S - verifier fee, the submitter's reserve price) when
/// there are at most S bids. This is the Vickrey auction generalised to S identical units: for a
/// solver that wants one shard (each address has one bid per job, so solvers are unit-demand) a
/// winner's payment does not depend on its own bid, so bidding its true cost is a weakly dominant
/// strategy, and every winner is paid at least its bid. Because truthful bidding is dominant,
/// seeing the other bids gives no advantage, so sealed bids (a second reveal transaction, and
/// reveals that can be withheld) buy nothing. Ties are broken by position in the bid list. Known
/// limits: a submitter can place a shill bid just above the S-th bid to lower the price (it costs
/// a stake lock and risks winning a shard it must then train), and colluding bidders can raise
/// it, as in any Vickrey auction. A reserve promoted after a failure (below) is paid
/// max(clearing price, its own bid), so that nobody is paid less than it asked.
///
/// Stake. A bid locks `stakePerShard` of the bidder's stake in `Staking` at once, so that every
/// bid is backed. The S winners' locks become the stake of their shards; the other bids stay
/// locked as ordered reserves, promoted one by one when a shard must be reassigned. A bidder can
/// withdraw its bid (and unlock its stake) during the bidding window, and at any time after the
/// auction unless the bid holds or held a shard. At most S + MAX_RESERVE_BIDS bids are kept; when
/// the list is full a new bid must be strictly lower than the highest one, which it evicts
/// (unlocking the evicted bidder's stake). This bounds every loop.
///
/// Failure paths and timeouts. Every state has an exit that anyone can take once it is due, by
/// calling the specific function or `poke(jobId)`:
/// - bidding: the submitter can cancel until the auction is finalized (full refund); after the
///   bidding window anyone finalizes the auction; with no bids the job closes and is refunded.
/// - assigned: a solver that has not committed when its training deadline passes is slashed
///   MISSED_DEADLINE_SLASH_BPS of its shard stake (all of it burned: paying the submitter would
///   let a submitter that withholds the data profit from the miss), the rest is unlocked, and the
///   shard goes to the next reserve with a fresh training period, or, with no reserve left, the
///   shard is refunded.
/// - committed: after the challenge window (which does not run while a dispute is open) anyone
///   finalizes the shard.
/// - disputed: the dispute contract closes the dispute. If the solver lost, its whole shard stake
///   is slashed (DISPUTE_REWARD_BPS of it credited to the challenger's stake, the rest burned)
///   and the shard is reassigned or refunded as for a missed deadline. If disputes are still open
///   `disputeTimeout` seconds after the last one opened or closed (a dispute contract that
///   failed), anyone can expire them: the solver is unlocked unpaid and the shard refunded, a
///   neutral outcome for everyone.
///
/// Rounds. A job may be trained in R outer rounds (DESIGN section 6: every shard starts round r
/// from the same global state, which the shards' round-(r-1) states determine). Each shard
/// commits each round's trace and state roots (`commit`), and every round's commit opens a
/// challenge window on that round, disputable like a final commit. When the window of an
/// earlier round passes undisputed (`finalizeShard`), the round is accepted and the shard waits,
/// without a deadline, until every shard's round is accepted; then the next round opens with a
/// fresh training period for every shard. So a round starts only from accepted states. A shard
/// whose solver misses a round's deadline, or loses a dispute on a round, is reassigned as above:
/// the replacement trains that round again from the public state at its start (the round
/// roots). Only the last round's finalization pays; if a shard of such a job is refunded, the
/// rounds cannot go on (`roundsEnded`): every shard still assigned is refunded and its solver
/// unlocked (slashed as for a missed deadline if its own has passed), a shard in an earlier
/// round's window is refunded when the window ends, and no shard is reassigned any more.
///
/// Dispute hooks. `disputeManager` (the step game) and `roundManager` (the round game, which
/// checks the start and the outer update of a round) are fixed at deployment (any address until
/// there is a contract; zero for none). Only they can record a shard's verifier and open and
/// close disputes, each naming the shard's `attempt` (incremented at every (re)assignment) so that a
/// stale call cannot touch a later assignment.
///
/// Accounting. Payments are pushed; a transfer that fails (a blacklisted or reverting recipient)
/// is credited to `owed` instead and the recipient can `claim` it later, so no transfer can block
/// an exit. The solvency invariant, checked with `totalOwed()`: the token balance of this contract
/// equals `totalEscrow + totalUnclaimed`, where `totalEscrow` is the sum of the jobs' escrows not
/// yet paid or refunded. Tokens that charge a fee on transfer or rebase are not supported. Every
/// state-changing entry point is `nonReentrant` and updates state before any token transfer.
/// There is no admin: no key can move escrow or decide an outcome.
contract JobMarket is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice Most shards a job can have.
    uint256 public constant MAX_SHARDS = 64;
    /// @notice Bids kept beyond the shard count (reserves for reassignment).
    uint256 public constant MAX_RESERVE_BIDS = 16;
    /// @notice Most outer rounds a job can have.
    uint16 public constant MAX_ROUNDS = 4_096;
    /// @notice Longest bidding, training, challenge or dispute period.
    uint64 public constant MAX_PERIOD = 365 days;
    /// @notice Part of the shard stake slashed (and burned) when a solver misses its deadline.
    uint256 public constant MISSED_DEADLINE_SLASH_BPS = 2_500;
    /// @notice Part of the slashed shard stake credited to the winning challenger.
    uint256 public constant DISPUTE_REWARD_BPS = 5_000;
    uint256 private constant BPS = 10_000;
    /// The deadline of a shard that committed the job's current round and waits for the others.
    uint64 private constant WAITING = type(uint64).max;

    enum JobState {
        None,
        Bidding,
        Active,
        Closed
    }

    enum CloseReason {
        Cancelled,
        NoBids,
        Settled
    }

    enum ShardState {
        None,
        Assigned,
        Committed,
        Finalized,
        Refunded
    }

    /// @notice What a submitter posts. Periods are in seconds; the training period starts at each
    /// (re)assignment and the challenge window at each commit.
    struct JobParams {
        bytes32 specHash;
        bytes32 graphRoot;
        bytes32 dataRoot;
        uint16 shards;
        uint64 biddingPeriod;
        uint64 trainingPeriod;
        uint64 challengeWindow;
        uint256 budget;
        uint256 stakePerShard;
        uint256 verifierFee;
        uint16 rounds; // 0 or 1: one round (the whole run is one commit)
    }

    struct Job {
        address submitter;
        uint64 biddingEnds;
        uint16 shards;
        JobState state;
        uint64 trainingPeriod;
        uint64 challengeWindow;
        uint16 settled; // shards finalized or refunded
        uint16 nextReserve; // index in the (sorted, after the auction) bid list of the next reserve
        uint96 clearingPrice;
        uint96 maxPrice; // per shard: budget / shards - verifierFee
        uint96 verifierFee; // per shard
        uint16 rounds; // outer rounds (DESIGN section 6); 1 for a job trained in one piece
        uint16 round; // the round being trained: every shard's earlier rounds are accepted
        bool roundsEnded; // a job of several rounds had a shard refunded: no round opens any more
        uint128 stakePerShard;
        uint128 escrow; // not yet paid or refunded
        bytes32 specHash;
        bytes32 graphRoot;
        bytes32 dataRoot;
    }

    struct Bid {
        address bidder; // zero once withdrawn after the auction
        uint96 price;
    }

    struct Shard {
        address solver;
        uint64 deadline; // Assigned: training deadline; Committed: end of the challenge window
        ShardState state;
        uint8 disputes; // open disputes
        uint16 attempt; // 1 for the first assignment, +1 at each reassignment
        address verifier; // recorded by the dispute contract; paid the verifier fee
        uint96 price; // paid to the solver at finalization
        uint64 disputeSince; // when the current run of open disputes began
        uint16 round; // the shard's round: those before it are accepted (by any attempt)
        uint64 disputeActivity; // the last open or close of a dispute on the current attempt
        bytes32 traceRoot;
        bytes32 stateRoot;
    }

    /// @notice The payment ERC-20.
    IERC20 public immutable token;
    /// @notice Where bids and shards lock stake.
    Staking public immutable staking;
    /// @notice An address that can record verifiers and open or close disputes: the step game.
    address public immutable disputeManager;
    /// @notice The other one: the round game (zero if there is none).
    address public immutable roundManager;
    /// @notice Seconds after which a shard's open disputes can be expired by anyone.
    uint64 public immutable disputeTimeout;

    /// @notice Number of jobs posted; job ids are 1..jobCount.
    uint256 public jobCount;
    /// @notice Sum of the escrows of all jobs.
    uint256 public totalEscrow;
    /// @notice Sum of `owed`.
    uint256 public totalUnclaimed;
    /// @notice Payments whose transfer failed, claimable by their recipient.
    mapping(address => uint256) public owed;

    mapping(uint256 jobId => Job) private _jobs;
    mapping(uint256 jobId => Bid[]) private _bids;
    mapping(uint256 jobId => mapping(address bidder => uint256)) private _bidPos; // index + 1
    mapping(uint256 jobId => mapping(uint256 shard => Shard)) private _shards;
    mapping(uint256 jobId => mapping(uint256 shard => mapping(uint256 round => bytes32))) private _roundRoots;
    mapping(uint256 jobId => mapping(uint256 shard => mapping(uint256 round => bytes32))) private _roundTraces;

    event JobPosted(
        uint256 indexed jobId,
        address indexed submitter,
        bytes32 specHash,
        bytes32 graphRoot,
        bytes32 dataRoot,
        uint256 shards,
        uint256 budget,
        uint256 maxPricePerShard,
        uint256 verifierFee,
        uint256 stakePerShard,
        uint64 biddingEnds,
        uint64 trainingPeriod,
        uint64 challengeWindow,
        uint256 rounds
    );
    event BidPlaced(uint256 indexed jobId, address indexed bidder, uint256 price);
    event BidWithdrawn(uint256 indexed jobId, address indexed bidder);
    event BidEvicted(uint256 indexed jobId, address indexed bidder);
    event AuctionFinalized(uint256 indexed jobId, uint256 clearingPrice, uint256 winners);
    event ShardAssigned(
        uint256 indexed jobId,
        uint256 indexed shard,
        uint256 attempt,
        address indexed solver,
        uint256 price,
        uint64 deadline
    );
    event ShardCommitted(
        uint256 indexed jobId,
        uint256 indexed shard,
        uint256 attempt,
        address indexed solver,
        bytes32 traceRoot,
        bytes32 stateRoot,
        uint64 challengeEnd
    );
    event RoundCommitted(
        uint256 indexed jobId,
        uint256 indexed shard,
        uint256 attempt,
        uint256 round,
        address indexed solver,
        bytes32 traceRoot,
        bytes32 stateRoot,
        uint64 challengeEnd
    );
    event RoundAccepted(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, uint256 round);
    event RoundOpened(uint256 indexed jobId, uint256 round, uint64 deadline);
    event VerifierRecorded(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address indexed verifier);
    event DisputeOpened(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, uint256 openDisputes);
    event DisputeClosed(
        uint256 indexed jobId,
        uint256 indexed shard,
        uint256 attempt,
        bool solverLost,
        address challenger,
        uint256 openDisputes,
        uint64 challengeEnd
    );
    event DisputeExpired(uint256 indexed jobId, uint256 indexed shard, uint256 attempt, address indexed solver);
    event SolverSlashed(
        uint256 indexed jobId,
        uint256 indexed shard,
        uint256 attempt,
        address indexed solver,
        uint256 amount,
        address challenger,
        uint256 reward
    );
    event DeadlineMissed(
        uint256 indexed jobId,
        uint256 indexed shard,
        uint256 attempt,
        address indexed solver,
        uint256 slashed
    );
    event ShardFinalized(
        uint256 indexed jobId,
        uint256 indexed shard,
        uint256 attempt,
        address indexed solver,
        uint256 paid,
        address verifier,
        uint256 verifierFee
    );
    event ShardRefunded(uint256 indexed jobId, uint256 indexed shard, uint256 attempt);
    event JobClosed(uint256 indexed jobId, CloseReason reason, uint256 refund);
    event PaymentDeferred(address indexed to, uint256 amount);
    event Claimed(address indexed to, uint256 amount);

    error ZeroAddress();
    error BadShardCount();
    error BadPeriod();
    error BadRounds();
    error BudgetTooSmall();
    error NotSubmitter();
    error NotSolver();
    error NotDisputeManager();
    error WrongJobState(JobState state);
    error WrongShardState(ShardState state);
    error WrongAttempt(uint16 current);
    error WrongRound(uint16 current);
    error BiddingClosed();
    error BidAboveMaxPrice(uint96 maxPrice);
    error BidListFull(uint96 highestPrice);
    error NoBid();
    error BidConsumed();
    error TooEarly(uint256 readyAt);
    error DeadlinePassed(uint64 deadline);
    error ChallengeWindowClosed(uint64 challengeEnd);
    error ZeroRoot();
    error DisputeOpen();
    error NoOpenDispute();
    error TooManyDisputes();
    error NothingToPoke();
    error NothingToClaim();

    modifier onlyDisputeManager() {
        if (msg.sender != disputeManager && msg.sender != roundManager) revert NotDisputeManager();
        _;
    }

    /// @param token_ the payment ERC-20
    /// @param staking_ the staking contract (to be initialized with this market as operator)
    /// @param disputeManager_ the dispute contract (or, until there is one, any address; zero
    ///        disables disputes and verifier fees)
    /// @param roundManager_ the round-game contract (zero for none)
    /// @param disputeTimeout_ seconds after which open disputes on a shard can be expired
    constructor(IERC20 token_, Staking staking_, address disputeManager_, address roundManager_, uint64 disputeTimeout_) {
        if (address(token_) == address(0) || address(staking_) == address(0)) revert ZeroAddress();
        if (disputeTimeout_ == 0 || disputeTimeout_ > MAX_PERIOD) revert BadPeriod();
        token = token_;
        staking = staking_;
        disputeManager = disputeManager_;
        roundManager = roundManager_;
        disputeTimeout = disputeTimeout_;
    }

    // ------------------------------------------------------------------ submitter

    /// @notice Posts a job and escrows its budget (approve this contract first).
    /// @return jobId the new job's id
    function postJob(JobParams calldata p) external nonReentrant returns (uint256 jobId) {
        if (p.shards == 0 || p.shards > MAX_SHARDS) revert BadShardCount();
        if (
            p.biddingPeriod == 0 || p.biddingPeriod > MAX_PERIOD || p.trainingPeriod == 0
                || p.trainingPeriod > MAX_PERIOD || p.challengeWindow == 0 || p.challengeWindow > MAX_PERIOD
        ) revert BadPeriod();
        uint16 rounds = p.rounds == 0 ? 1 : p.rounds;
        if (rounds > MAX_ROUNDS) revert BadRounds();
        uint256 perShard = p.budget / p.shards;
        if (perShard < p.verifierFee) revert BudgetTooSmall();
        uint96 maxPrice = (perShard - p.verifierFee).toUint96();
        uint64 biddingEnds = uint64(block.timestamp) + p.biddingPeriod;

        jobId = ++jobCount;
        Job storage j = _jobs[jobId];
        j.submitter = msg.sender;
        j.biddingEnds = biddingEnds;
        j.shards = p.shards;
        j.state = JobState.Bidding;
        j.trainingPeriod = p.trainingPeriod;
        j.challengeWindow = p.challengeWindow;
        j.maxPrice = maxPrice;
        j.verifierFee = p.verifierFee.toUint96();
        j.rounds = rounds;
        j.stakePerShard = p.stakePerShard.toUint128();
        j.escrow = p.budget.toUint128();
        j.specHash = p.specHash;
        j.graphRoot = p.graphRoot;
        j.dataRoot = p.dataRoot;
        totalEscrow += p.budget;

        emit JobPosted(
            jobId,
            msg.sender,
            p.specHash,
            p.graphRoot,
            p.dataRoot,
            p.shards,
            p.budget,
            maxPrice,
            p.verifierFee,
            p.stakePerShard,
            biddingEnds,
            p.trainingPeriod,
            p.challengeWindow,
            rounds
        );
        token.safeTransferFrom(msg.sender, address(this), p.budget);
    }

    /// @notice Cancels a job before its auction is finalized and refunds the whole budget.
    /// Bidders then withdraw their bids to unlock their stake.
    function cancelJob(uint256 jobId) external nonReentrant {
        Job storage j = _jobs[jobId];
        if (msg.sender != j.submitter) revert NotSubmitter();
        if (j.state != JobState.Bidding) revert WrongJobState(j.state);
        _close(jobId, j, CloseReason.Cancelled);
    }

    // ------------------------------------------------------------------ solvers

    /// @notice Bids `price` for one shard of a job, or changes the caller's bid. A new bid locks
    /// the job's stake per shard from the caller's available stake.
    function bid(uint256 jobId, uint96 price) external nonReentrant {
        Job storage j = _jobs[jobId];
        if (j.state != JobState.Bidding) revert WrongJobState(j.state);
        if (block.timestamp >= j.biddingEnds) revert BiddingClosed();
        if (price > j.maxPrice) revert BidAboveMaxPrice(j.maxPrice);
        Bid[] storage list = _bids[jobId];
        uint256 pos = _bidPos[jobId][msg.sender];
        if (pos != 0) {
            list[pos - 1].price = price;
            emit BidPlaced(jobId, msg.sender, price);
            return;
        }
        uint256 stake = j.stakePerShard;
        uint256 n = list.length;
        if (n < uint256(j.shards) + MAX_RESERVE_BIDS) {
            list.push(Bid(msg.sender, price));
            _bidPos[jobId][msg.sender] = n + 1;
        } else {
            uint256 worst;
            uint96 worstPrice = list[0].price;
            for (uint256 i = 1; i < n; ++i) {
                uint96 q = list[i].price;
                if (q >= worstPrice) {
                    worst = i;
                    worstPrice = q;
                }
            }
            if (price >= worstPrice) revert BidListFull(worstPrice);
            address evicted = list[worst].bidder;
            delete _bidPos[jobId][evicted];
            list[worst] = Bid(msg.sender, price);
            _bidPos[jobId][msg.sender] = worst + 1;
            emit BidEvicted(jobId, evicted);
            staking.unlock(evicted, stake);
        }
        emit BidPlaced(jobId, msg.sender, price);
        staking.lock(msg.sender, stake);
    }

    /// @notice Withdraws the caller's bid and unlocks its stake: during the bidding window, or
    /// at any time after the auction if the bid is a reserve that was never promoted.
    function withdrawBid(uint256 jobId) external nonReentrant {
        Job storage j = _jobs[jobId];
        uint256 pos = _bidPos[jobId][msg.sender];
        if (pos == 0) revert NoBid();
        Bid[] storage list = _bids[jobId];
        uint256 i = pos - 1;
        if (j.state == JobState.Bidding) {
            if (block.timestamp >= j.biddingEnds) revert BiddingClosed();
            uint256 last = list.length - 1;
            if (i != last) {
                Bid memory moved = list[last];
                list[i] = moved;
                _bidPos[jobId][moved.bidder] = i + 1;
            }
            list.pop();
        } else {
            if (i < j.nextReserve) revert BidConsumed();
            list[i].bidder = address(0);
        }
        delete _bidPos[jobId][msg.sender];
        emit BidWithdrawn(jobId, msg.sender);
        staking.unlock(msg.sender, j.stakePerShard);
    }

    /// @notice Commits a shard's trace root and state root before its training deadline, and
    /// starts the challenge window on them. For the last round (the only one of a job trained in
    /// one piece) this is the final commit. For an earlier round of a job of several rounds it
    /// also records the shard's state at the end of the round (`roundRoot`), from which the next
    /// round (and a replacement of the solver) starts. A shard can commit only the job's current
    /// round.
    function commit(uint256 jobId, uint256 shard, bytes32 traceRoot, bytes32 stateRoot) external nonReentrant {
        Shard storage sh = _shards[jobId][shard];
        if (sh.state != ShardState.Assigned) revert WrongShardState(sh.state);
        if (msg.sender != sh.solver) revert NotSolver();
        if (block.timestamp >= sh.deadline) revert DeadlinePassed(sh.deadline);
        if (traceRoot == bytes32(0) || stateRoot == bytes32(0)) revert ZeroRoot();
        Job storage j = _jobs[jobId];
        uint16 round = sh.round;
        if (round != j.round) revert WrongRound(j.round);
        uint64 challengeEnd = uint64(block.timestamp) + j.challengeWindow;
        sh.state = ShardState.Committed;
        sh.deadline = challengeEnd;
        sh.traceRoot = traceRoot;
        sh.stateRoot = stateRoot;
        if (round + 1 < j.rounds) {
            _roundRoots[jobId][shard][round] = stateRoot;
            _roundTraces[jobId][shard][round] = traceRoot;
            emit RoundCommitted(jobId, shard, sh.attempt, round, msg.sender, traceRoot, stateRoot, challengeEnd);
        } else {
            emit ShardCommitted(jobId, shard, sh.attempt, msg.sender, traceRoot, stateRoot, challengeEnd);
        }
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

    // ------------------------------------------------------------------ anyone: timeouts

    /// @notice Finalizes the auction once the bidding window has passed.
    function finalizeAuction(uint256 jobId) external nonReentrant {
        Job storage j = _jobs[jobId];
        if (j.state != JobState.Bidding) revert WrongJobState(j.state);
        if (block.timestamp < j.biddingEnds) revert TooEarly(j.biddingEnds);
        _finalizeAuction(jobId, j);
    }

    /// @notice Slashes a solver that missed its training deadline and reassigns or refunds the shard.
    function reportMissedDeadline(uint256 jobId, uint256 shard) external nonReentrant {
        Shard storage sh = _shards[jobId][shard];
        if (sh.state != ShardState.Assigned) revert WrongShardState(sh.state);
        if (block.timestamp < sh.deadline) revert TooEarly(sh.deadline);
        _missDeadline(jobId, _jobs[jobId], shard, sh);
    }

    /// @notice Finalizes a committed shard once its challenge window has passed with no open
    /// dispute: pays it for the last round, accepts an earlier round.
    function finalizeShard(uint256 jobId, uint256 shard) external nonReentrant {
        Shard storage sh = _shards[jobId][shard];
        if (sh.state != ShardState.Committed) revert WrongShardState(sh.state);
        if (sh.disputes != 0) revert DisputeOpen();
        if (block.timestamp < sh.deadline) revert TooEarly(sh.deadline);
        _finalizeShard(jobId, _jobs[jobId], shard, sh);
    }

    /// @notice Expires the open disputes of a shard that the dispute contract failed to close:
    /// `disputeTimeout` has passed since the last dispute on the shard opened or closed. The
    /// solver is unlocked unpaid and the shard refunded. (Timed from the last activity, not from
    /// the first open: a challenger that opens game after game, each within its clock, must not
    /// reach this neutral exit and deny an honest solver its pay.)
    function expireDispute(uint256 jobId, uint256 shard) external nonReentrant {
        Shard storage sh = _shards[jobId][shard];
        if (sh.state != ShardState.Committed) revert WrongShardState(sh.state);
        if (sh.disputes == 0) revert NoOpenDispute();
        uint256 readyAt = uint256(sh.disputeActivity) + disputeTimeout;
        if (block.timestamp < readyAt) revert TooEarly(readyAt);
        _expireDispute(jobId, _jobs[jobId], shard, sh);
    }

    /// @notice Takes every exit of the job that is due: finalizes the auction, reports missed
    /// deadlines, finalizes shards, expires stuck disputes. Reverts if nothing was due.
    /// @return actions the number of transitions made
    function poke(uint256 jobId) external nonReentrant returns (uint256 actions) {
        Job storage j = _jobs[jobId];
        if (j.state == JobState.Bidding && block.timestamp >= j.biddingEnds) {
            _finalizeAuction(jobId, j);
            ++actions;
        }
        if (j.state == JobState.Active) {
            uint256 s = j.shards;
            for (uint256 i; i < s && j.state == JobState.Active; ++i) {
                Shard storage sh = _shards[jobId][i];
                if (sh.state == ShardState.Assigned) {
                    if (block.timestamp >= sh.deadline) {
                        _missDeadline(jobId, j, i, sh);
                        ++actions;
                    }
                } else if (sh.state == ShardState.Committed) {
                    if (sh.disputes == 0) {
                        if (block.timestamp >= sh.deadline) {
                            _finalizeShard(jobId, j, i, sh);
                            ++actions;
                        }
                    } else if (block.timestamp >= uint256(sh.disputeActivity) + disputeTimeout) {
                        _expireDispute(jobId, j, i, sh);
                        ++actions;
                    }
                }
            }
        }
        if (actions == 0) revert NothingToPoke();
    }

    // ------------------------------------------------------------------ dispute contract hooks

    /// @notice Records the verifier of a committed shard, who is paid the verifier fee when the
    /// shard is finalized (the latest record wins).
    function recordVerifier(uint256 jobId, uint256 shard, uint16 attempt, address verifier)
        external
        onlyDisputeManager
        nonReentrant
    {
        if (verifier == address(0)) revert ZeroAddress();
        Shard storage sh = _committedShard(jobId, shard, attempt);
        sh.verifier = verifier;
        emit VerifierRecorded(jobId, shard, attempt, verifier);
    }

    /// @notice Opens a dispute on a committed shard within its challenge window. The shard
    /// cannot be finalized while a dispute is open, and the challenge window stops running.
    function openDispute(uint256 jobId, uint256 shard, uint16 attempt) external onlyDisputeManager nonReentrant {
        Shard storage sh = _committedShard(jobId, shard, attempt);
        uint8 open = sh.disputes;
        // While a dispute is open the window is paused, so more disputes can join.
        if (open == 0 && block.timestamp >= sh.deadline) revert ChallengeWindowClosed(sh.deadline);
        if (open == type(uint8).max) revert TooManyDisputes();
        if (open == 0) sh.disputeSince = uint64(block.timestamp);
        sh.disputeActivity = uint64(block.timestamp);
        sh.disputes = open + 1;
        emit DisputeOpened(jobId, shard, attempt, open + 1);
    }

    /// @notice Closes one open dispute. If the solver lost, its shard stake is slashed (part of it
    /// credited to `challenger`'s stake), every other open dispute on this attempt becomes moot,
    /// and the shard is reassigned to the next reserve or refunded. If the solver won and no
    /// dispute remains open, the challenge window resumes where it stopped.
    function closeDispute(uint256 jobId, uint256 shard, uint16 attempt, bool solverLost, address challenger)
        external
        onlyDisputeManager
        nonReentrant
    {
        Shard storage sh = _committedShard(jobId, shard, attempt);
        uint8 open = sh.disputes;
        if (open == 0) revert NoOpenDispute();
        Job storage j = _jobs[jobId];
        if (solverLost) {
            sh.disputes = 0;
            emit DisputeClosed(jobId, shard, attempt, true, challenger, 0, sh.deadline);
            address solver = sh.solver;
            uint256 stake = j.stakePerShard;
            uint256 reward = challenger == address(0) ? 0 : stake * DISPUTE_REWARD_BPS / BPS;
            emit SolverSlashed(jobId, shard, attempt, solver, stake, challenger, reward);
            staking.slash(solver, stake, challenger, reward);
            _reopen(jobId, j, shard);
        } else {
            sh.disputes = open - 1;
            sh.disputeActivity = uint64(block.timestamp);
            if (open == 1) sh.deadline += uint64(block.timestamp) - sh.disputeSince;
            emit DisputeClosed(jobId, shard, attempt, false, challenger, open - 1, sh.deadline);
        }
    }

    // ------------------------------------------------------------------ views

    /// @notice A job's full record.
    function getJob(uint256 jobId) external view returns (Job memory) {
        return _jobs[jobId];
    }

    /// @notice A shard's full record.
    function getShard(uint256 jobId, uint256 shard) external view returns (Shard memory) {
        return _shards[jobId][shard];
    }

    /// @notice Shard `shard`'s state root at the end of round `round` (zero if not committed; the
    /// last round's is the shard's `stateRoot`).
    function roundRoot(uint256 jobId, uint256 shard, uint256 round) external view returns (bytes32) {
        return _roundRoots[jobId][shard][round];
    }

    /// @notice Shard `shard`'s trace root of round `round` (as `roundRoot`): the last commit of
    /// it, which is the accepted one once the shard is past the round.
    function roundTrace(uint256 jobId, uint256 shard, uint256 round) external view returns (bytes32) {
        return _roundTraces[jobId][shard][round];
    }

    /// @notice A job's bid list: in bidding order during the bidding window, sorted by price
    /// after the auction (the first `nextReserve` entries hold or held shards; a zero bidder is
    /// a withdrawn reserve).
    function getBids(uint256 jobId) external view returns (Bid[] memory) {
        return _bids[jobId];
    }

    /// @notice The bid of `bidder` on a job, if any, and its index in `getBids`.
    function bidOf(uint256 jobId, address bidder) external view returns (bool exists, uint256 index, uint96 price) {
        uint256 pos = _bidPos[jobId][bidder];
        if (pos == 0) return (false, 0, 0);
        return (true, pos - 1, _bids[jobId][pos - 1].price);
    }

    /// @notice What this contract owes: `totalEscrow + totalUnclaimed`. The solvency invariant is
    /// `token.balanceOf(address(this)) == totalOwed()`.
    function totalOwed() external view returns (uint256) {
        return totalEscrow + totalUnclaimed;
    }

    // ------------------------------------------------------------------ internals

    function _committedShard(uint256 jobId, uint256 shard, uint16 attempt) private view returns (Shard storage sh) {
        sh = _shards[jobId][shard];
        if (sh.state != ShardState.Committed) revert WrongShardState(sh.state);
        if (sh.attempt != attempt) revert WrongAttempt(sh.attempt);
    }

    function _finalizeAuction(uint256 jobId, Job storage j) private {
        Bid[] storage stored = _bids[jobId];
        uint256 n = stored.length;
        if (n == 0) {
            _close(jobId, j, CloseReason.NoBids);
            return;
        }
        Bid[] memory list = stored;
        // Stable insertion sort by price (n <= MAX_SHARDS + MAX_RESERVE_BIDS).
        for (uint256 i = 1; i < n; ++i) {
            Bid memory b = list[i];
            uint256 k = i;
            while (k > 0 && list[k - 1].price > b.price) {
                list[k] = list[k - 1];
                --k;
            }
            list[k] = b;
        }
        uint256 s = j.shards;
        uint256 winners = n < s ? n : s;
        uint96 clearing = n > s ? list[s].price : j.maxPrice;
        if (n > s) {
            // Reserves exist: store the sorted order so they can be promoted in turn.
            for (uint256 i; i < n; ++i) {
                if (stored[i].bidder != list[i].bidder) {
                    stored[i] = list[i];
                    _bidPos[jobId][list[i].bidder] = i + 1;
                }
            }
        }
        j.state = JobState.Active;
        j.clearingPrice = clearing;
        j.nextReserve = uint16(winners);
        emit AuctionFinalized(jobId, clearing, winners);
        for (uint256 i; i < winners; ++i) {
            _assign(jobId, j, i, list[i].bidder, clearing);
        }
        for (uint256 i = winners; i < s; ++i) {
            _refundShard(jobId, j, i, _shards[jobId][i]);
        }
    }

    /// Opens the next round once every shard's current round is accepted: each shard gets a
    /// fresh training period. Shards that are not assigned (settled) never advance, so a job
    /// whose rounds were ended (`_refundShard`) opens no round.
    function _maybeOpenRound(uint256 jobId, Job storage j) private {
        uint256 s = j.shards;
        uint16 round = j.round;
        for (uint256 i; i < s; ++i) {
            Shard storage sh = _shards[jobId][i];
            if (sh.state != ShardState.Assigned || sh.round <= round) return;
        }
        ++round;
        j.round = round;
        uint64 deadline = uint64(block.timestamp) + j.trainingPeriod;
        for (uint256 i; i < s; ++i) {
            _shards[jobId][i].deadline = deadline;
        }
        emit RoundOpened(jobId, round, deadline);
    }

    function _assign(uint256 jobId, Job storage j, uint256 shard, address solver, uint96 price) private {
        Shard storage sh = _shards[jobId][shard];
        uint64 deadline = uint64(block.timestamp) + j.trainingPeriod;
        uint16 attempt = sh.attempt + 1;
        sh.solver = solver;
        sh.deadline = deadline;
        sh.state = ShardState.Assigned;
        sh.disputes = 0;
        sh.attempt = attempt;
        sh.verifier = address(0);
        sh.price = price;
        emit ShardAssigned(jobId, shard, attempt, solver, price, deadline);
    }

    /// Gives the shard to the next reserve that has not withdrawn, or refunds it (always once the
    /// job's rounds have ended: the reserve's work could not be used).
    function _reopen(uint256 jobId, Job storage j, uint256 shard) private {
        if (j.roundsEnded) {
            _refundShard(jobId, j, shard, _shards[jobId][shard]);
            return;
        }
        Bid[] storage list = _bids[jobId];
        uint256 n = list.length;
        for (uint256 i = j.nextReserve; i < n; ++i) {
            Bid memory b = list[i];
            if (b.bidder != address(0)) {
                j.nextReserve = uint16(i + 1);
                uint96 clearing = j.clearingPrice;
                _assign(jobId, j, shard, b.bidder, b.price > clearing ? b.price : clearing);
                return;
            }
        }
        j.nextReserve = uint16(n);
        _refundShard(jobId, j, shard, _shards[jobId][shard]);
    }

    function _missDeadline(uint256 jobId, Job storage j, uint256 shard, Shard storage sh) private {
        address solver = sh.solver;
        uint256 stake = j.stakePerShard;
        uint256 penalty = stake * MISSED_DEADLINE_SLASH_BPS / BPS;
        emit DeadlineMissed(jobId, shard, sh.attempt, solver, penalty);
        staking.slash(solver, penalty, address(0), 0);
        staking.unlock(solver, stake - penalty);
        _reopen(jobId, j, shard);
    }

    function _finalizeShard(uint256 jobId, Job storage j, uint256 shard, Shard storage sh) private {
        uint16 round = sh.round;
        if (round + 1 < j.rounds) {
            if (j.roundsEnded) {
                // Another shard was refunded: this one cannot go on either.
                staking.unlock(sh.solver, j.stakePerShard);
                _refundShard(jobId, j, shard, sh);
                return;
            }
            sh.state = ShardState.Assigned;
            sh.round = round + 1;
            sh.deadline = WAITING;
            emit RoundAccepted(jobId, shard, sh.attempt, round);
            _maybeOpenRound(jobId, j);
            return;
        }
        sh.state = ShardState.Finalized;
        address solver = sh.solver;
        address verifier = sh.verifier;
        uint256 paid = sh.price;
        uint256 fee = verifier == address(0) ? 0 : j.verifierFee;
        j.escrow -= uint128(paid + fee); // escrow >= shards * (maxPrice + verifierFee) until settled
        totalEscrow -= paid + fee;
        uint16 settled = j.settled + 1;
        j.settled = settled;
        emit ShardFinalized(jobId, shard, sh.attempt, solver, paid, verifier, fee);
        staking.unlock(solver, j.stakePerShard);
        _pay(solver, paid);
        _pay(verifier, fee);
        if (settled == j.shards) _close(jobId, j, CloseReason.Settled);
    }

    function _expireDispute(uint256 jobId, Job storage j, uint256 shard, Shard storage sh) private {
        address solver = sh.solver;
        sh.disputes = 0;
        emit DisputeExpired(jobId, shard, sh.attempt, solver);
        staking.unlock(solver, j.stakePerShard);
        _refundShard(jobId, j, shard, sh);
    }

    /// Settles a shard without paying anyone: its share stays in the escrow and is refunded to the
    /// submitter when the job closes.
    /// In a job of several rounds, the other shards cannot go on without this one (every round
    /// combines all of them), so every shard still assigned is refunded too and its solver
    /// unlocked unpaid, a neutral outcome, unless its own deadline has passed as well: then it is
    /// slashed for the miss as `reportMissedDeadline` would (whoever pokes first must not decide
    /// which late solver escapes). Shards already committed settle as usual.
    function _refundShard(uint256 jobId, Job storage j, uint256 shard, Shard storage sh) private {
        sh.state = ShardState.Refunded;
        uint16 settled = j.settled + 1;
        emit ShardRefunded(jobId, shard, sh.attempt);
        if (j.rounds > 1) {
            j.roundsEnded = true;
            uint256 s = j.shards;
            for (uint256 i; i < s; ++i) {
                Shard storage other = _shards[jobId][i];
                if (other.state != ShardState.Assigned) continue;
                other.state = ShardState.Refunded;
                ++settled;
                address solver = other.solver;
                uint256 stake = j.stakePerShard;
                if (block.timestamp >= other.deadline) {
                    uint256 penalty = stake * MISSED_DEADLINE_SLASH_BPS / BPS;
                    emit DeadlineMissed(jobId, i, other.attempt, solver, penalty);
                    staking.slash(solver, penalty, address(0), 0);
                    stake -= penalty;
                }
                emit ShardRefunded(jobId, i, other.attempt);
                staking.unlock(solver, stake);
            }
        }
        j.settled = settled;
        if (settled == j.shards) _close(jobId, j, CloseReason.Settled);
    }

    function _close(uint256 jobId, Job storage j, CloseReason reason) private {
        j.state = JobState.Closed;
        uint256 refund = j.escrow;
        j.escrow = 0;
        totalEscrow -= refund;
        emit JobClosed(jobId, reason, refund);
        _pay(j.submitter, refund);
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
