// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

/// @title Staking: bonded ERC-20 stake of veritrain solvers and verifiers
/// @notice Anyone bonds stake in the ERC-20 named at deployment. Stake is either available, locked
/// or unbonding:
/// - `bond` adds available stake; `requestUnbond` moves available stake to unbonding, and
///   `withdraw` pays it out once `unbondingDelay` seconds have passed since the latest request
///   (a new request restarts the timer for the whole unbonding amount); `cancelUnbond` bonds it
///   again.
/// - An operator (the market, and the dispute contract) locks available stake for a bid, a shard
///   or a dispute bond. Locked stake cannot be unbonded. Each operator can unlock and slash only
///   what it locked itself (`lockedBy`), so one operator can never touch another's locks.
/// - `slash` takes locked stake: `reward` of it is credited to `recipient`'s bonded stake (so the
///   reward is subject to the same unbonding delay and can never fail to transfer), the rest is
///   burned: it stays in this contract forever, counted in `burned`, and no function moves it.
///
/// There is no admin. The two operators are fixed once by `initialize`, which only the deployer
/// can call, exactly once, in the deployment transaction sequence; check `market()` and
/// `disputeManager()` before bonding. After that no key can move anyone's stake.
///
/// Invariant (checked with `totalOwed`): the token balance of this contract equals
/// `totalStaked + burned`, where `totalStaked` is the sum over accounts of bonded plus unbonding
/// stake. Tokens that charge a fee on transfer or rebase are not supported.
contract Staking is ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    struct Account {
        uint128 bonded; // available + locked
        uint128 locked; // sum of lockedBy over operators
        uint128 unbonding; // requested, not yet withdrawn
        uint64 unbondingReleaseAt; // withdraw allowed from this timestamp on
    }

    /// @notice The staked ERC-20.
    IERC20 public immutable token;
    /// @notice Seconds between the latest unbonding request and the withdrawal.
    uint64 public immutable unbondingDelay;
    /// @notice The only address that can call `initialize`, once.
    address public immutable deployer;

    /// @notice The job market: an operator.
    address public market;
    /// @notice The dispute contract: an operator (may be zero when there is none).
    address public disputeManager;
    /// @notice Whether `initialize` has run.
    bool public initialized;

    /// @notice Sum over accounts of bonded plus unbonding stake.
    uint256 public totalStaked;
    /// @notice Slashed tokens that were not paid as a reward; they stay here forever.
    uint256 public burned;

    mapping(address account => Account) private _accounts;
    /// @notice Stake of `account` locked by `operator`.
    mapping(address operator => mapping(address account => uint256)) public lockedBy;

    event Initialized(address indexed market, address indexed disputeManager);
    event Bonded(address indexed account, uint256 amount);
    event UnbondRequested(address indexed account, uint256 amount, uint64 releaseAt);
    event UnbondCancelled(address indexed account, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);
    event Locked(address indexed operator, address indexed account, uint256 amount);
    event Unlocked(address indexed operator, address indexed account, uint256 amount);
    event Slashed(
        address indexed operator,
        address indexed account,
        uint256 amount,
        address indexed recipient,
        uint256 reward,
        uint256 burned
    );

    error NotDeployer();
    error AlreadyInitialized();
    error NotOperator();
    error ZeroAddress();
    error ZeroAmount();
    error InsufficientAvailableStake(uint256 available, uint256 needed);
    error InsufficientLockedStake(uint256 locked, uint256 needed);
    error NothingUnbonding();
    error UnbondingNotElapsed(uint64 releaseAt);
    error RewardExceedsAmount();
    error DelayTooLong();

    modifier onlyOperator() {
        // msg.sender is never zero, so an unset (zero) operator matches nobody.
        if (msg.sender != market && msg.sender != disputeManager) revert NotOperator();
        _;
    }

    /// @param token_ the staked ERC-20
    /// @param unbondingDelay_ seconds between an unbonding request and the withdrawal (at most a year)
    constructor(IERC20 token_, uint64 unbondingDelay_) {
        if (address(token_) == address(0)) revert ZeroAddress();
        if (unbondingDelay_ > 365 days) revert DelayTooLong();
        token = token_;
        unbondingDelay = unbondingDelay_;
        deployer = msg.sender;
    }

    /// @notice Fixes the operators, once. Only the deployer can call it.
    /// @param market_ the job market (required)
    /// @param disputeManager_ the dispute contract, or zero for none
    function initialize(address market_, address disputeManager_) external {
        if (msg.sender != deployer) revert NotDeployer();
        if (initialized) revert AlreadyInitialized();
        if (market_ == address(0)) revert ZeroAddress();
        initialized = true;
        market = market_;
        disputeManager = disputeManager_;
        emit Initialized(market_, disputeManager_);
    }

    // ---------------------------------------------------------------- stakers

    /// @notice Bonds `amount` tokens of the caller (approve this contract first).
    function bond(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender];
        a.bonded = (uint256(a.bonded) + amount).toUint128();
        totalStaked += amount;
        emit Bonded(msg.sender, amount);
        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Starts unbonding `amount` of the caller's available stake; restarts the timer of
    /// any amount already unbonding.
    function requestUnbond(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Account storage a = _accounts[msg.sender];
        uint256 available = uint256(a.bonded) - a.locked;
        if (amount > available) revert InsufficientAvailableStake(available, amount);
        a.bonded -= uint128(amount);
        a.unbonding += uint128(amount);
        uint64 releaseAt = uint64(block.timestamp) + unbondingDelay;
        a.unbondingReleaseAt = releaseAt;
        emit UnbondRequested(msg.sender, amount, releaseAt);
    }

    /// @notice Bonds again everything the caller has unbonding.
    function cancelUnbond() external nonReentrant {
        Account storage a = _accounts[msg.sender];
        uint256 amount = a.unbonding;
        if (amount == 0) revert NothingUnbonding();
        a.unbonding = 0;
        a.unbondingReleaseAt = 0;
        a.bonded = (uint256(a.bonded) + amount).toUint128();
        emit UnbondCancelled(msg.sender, amount);
    }

    /// @notice Pays out the caller's unbonding stake once the unbonding delay has passed.
    function withdraw() external nonReentrant {
        Account storage a = _accounts[msg.sender];
        uint256 amount = a.unbonding;
        if (amount == 0) revert NothingUnbonding();
        if (block.timestamp < a.unbondingReleaseAt) revert UnbondingNotElapsed(a.unbondingReleaseAt);
        a.unbonding = 0;
        a.unbondingReleaseAt = 0;
        totalStaked -= amount;
        emit Withdrawn(msg.sender, amount);
        token.safeTransfer(msg.sender, amount);
    }

    // ---------------------------------------------------------------- operators

    /// @notice Locks `amount` of `account`'s available stake for the calling operator.
    function lock(address account, uint256 amount) external onlyOperator {
        Account storage a = _accounts[account];
        uint256 available = uint256(a.bonded) - a.locked;
        if (amount > available) revert InsufficientAvailableStake(available, amount);
        a.locked += uint128(amount);
        lockedBy[msg.sender][account] += amount;
        emit Locked(msg.sender, account, amount);
    }

    /// @notice Releases `amount` of `account`'s stake locked by the calling operator.
    function unlock(address account, uint256 amount) external onlyOperator {
        _release(account, amount);
        emit Unlocked(msg.sender, account, amount);
    }

    /// @notice Slashes `amount` of `account`'s stake locked by the calling operator: `reward` is
    /// credited to `recipient`'s bonded stake, the rest is burned.
    function slash(address account, uint256 amount, address recipient, uint256 reward) external onlyOperator {
        if (reward > amount) revert RewardExceedsAmount();
        if (reward != 0 && recipient == address(0)) revert ZeroAddress();
        _release(account, amount);
        Account storage a = _accounts[account];
        a.bonded -= uint128(amount); // locked <= bonded, so this cannot underflow
        if (reward != 0) {
            Account storage r = _accounts[recipient];
            r.bonded = (uint256(r.bonded) + reward).toUint128();
        }
        uint256 burnt = amount - reward;
        totalStaked -= burnt;
        burned += burnt;
        emit Slashed(msg.sender, account, amount, recipient, reward, burnt);
    }

    function _release(address account, uint256 amount) private {
        uint256 held = lockedBy[msg.sender][account];
        if (amount > held) revert InsufficientLockedStake(held, amount);
        lockedBy[msg.sender][account] = held - amount;
        _accounts[account].locked -= uint128(amount);
    }

    // ---------------------------------------------------------------- views

    /// @notice The stake of `account`: bonded (available + locked), locked, unbonding and the
    /// time from which the unbonding amount can be withdrawn.
    function accountOf(address account)
        external
        view
        returns (uint256 bonded, uint256 locked, uint256 unbonding, uint64 unbondingReleaseAt)
    {
        Account storage a = _accounts[account];
        return (a.bonded, a.locked, a.unbonding, a.unbondingReleaseAt);
    }

    /// @notice Stake of `account` that can be locked or unbonded now.
    function availableOf(address account) external view returns (uint256) {
        Account storage a = _accounts[account];
        return uint256(a.bonded) - a.locked;
    }

    /// @notice What this contract holds for stakers and the burn: `totalStaked + burned`. The
    /// solvency invariant is `token.balanceOf(address(this)) == totalOwed()`.
    function totalOwed() external view returns (uint256) {
        return totalStaked + burned;
    }
}
