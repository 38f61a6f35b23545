package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"veritrain/internal/contracts"
)

func call[T any](ctx context.Context, bc *bind.BoundContract, data []byte, unpack func([]byte) (T, error), what string) (T, error) {
	v, err := bind.Call(bc, &bind.CallOpts{Context: ctx}, data, unpack)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("%s: %w", what, decodeErr(err))
	}
	return v, nil
}

// TokenBalance is the token balance of a.
func (c *Client) TokenBalance(ctx context.Context, a common.Address) (*big.Int, error) {
	return call(ctx, c.tok, tokenABI.PackBalanceOf(a), tokenABI.UnpackBalanceOf, "balanceOf")
}

// Mint mints test tokens to an address (TestToken only: mint is open on dev chains).
func (c *Client) Mint(ctx context.Context, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.tok, tokenABI.PackMint(to, amount), "mint")
}

// Approve lets spender move amount of the client's tokens.
func (c *Client) Approve(ctx context.Context, spender common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.tok, tokenABI.PackApprove(spender, amount), "approve")
}

// Bond bonds amount of stake (approve Staking first).
func (c *Client) Bond(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.stk, stakingABI.PackBond(amount), "bond")
}

// Stake is the staking account of a.
func (c *Client) Stake(ctx context.Context, a common.Address) (contracts.AccountOfOutput, error) {
	return call(ctx, c.stk, stakingABI.PackAccountOf(a), stakingABI.UnpackAccountOf, "accountOf")
}

// PostJob posts a job (approve the market for the budget first) and returns its id.
func (c *Client) PostJob(ctx context.Context, p contracts.JobMarketJobParams) (*big.Int, *types.Receipt, error) {
	r, err := c.transact(ctx, c.mkt, marketABI.PackPostJob(p), "postJob")
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := marketABI.UnpackJobPostedEvent(l); err == nil && l.Address == c.dep.Market {
			return ev.JobId, r, nil
		}
	}
	return nil, r, errors.New("postJob: no JobPosted event in the receipt")
}

// Bid bids price per shard on a job.
func (c *Client) Bid(ctx context.Context, jobID, price *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackBid(jobID, price), "bid")
}

// FinalizeAuction closes the auction of a job after its bidding window.
func (c *Client) FinalizeAuction(ctx context.Context, jobID *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackFinalizeAuction(jobID), "finalizeAuction")
}

// Commit commits the trace root and final state root of a shard the client holds.
func (c *Client) Commit(ctx context.Context, jobID *big.Int, shard uint64, traceRoot, stateRoot common.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackCommit(jobID, new(big.Int).SetUint64(shard), traceRoot, stateRoot), "commit")
}

// FinalizeShard pays a committed shard after its challenge window.
func (c *Client) FinalizeShard(ctx context.Context, jobID *big.Int, shard uint64) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackFinalizeShard(jobID, new(big.Int).SetUint64(shard)), "finalizeShard")
}

// Job reads a job.
func (c *Client) Job(ctx context.Context, jobID *big.Int) (contracts.JobMarketJob, error) {
	return call(ctx, c.mkt, marketABI.PackGetJob(jobID), marketABI.UnpackGetJob, "getJob")
}

// Shard reads one shard of a job.
func (c *Client) Shard(ctx context.Context, jobID *big.Int, shard uint64) (contracts.JobMarketShard, error) {
	return call(ctx, c.mkt, marketABI.PackGetShard(jobID, new(big.Int).SetUint64(shard)), marketABI.UnpackGetShard, "getShard")
}

// RoundRoot is the state root shard shard of job jobID committed at the end of round round
// (zero if it has not; the last round's is the shard's StateRoot).
func (c *Client) RoundRoot(ctx context.Context, jobID *big.Int, shard uint64, round int) (common.Hash, error) {
	h, err := call(ctx, c.mkt, marketABI.PackRoundRoot(jobID, new(big.Int).SetUint64(shard), big.NewInt(int64(round))), marketABI.UnpackRoundRoot, "roundRoot")
	return common.Hash(h), err
}

// JobCount is the number of jobs ever posted.
func (c *Client) JobCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.mkt, marketABI.PackJobCount(), marketABI.UnpackJobCount, "jobCount")
}

// MarketTotalOwed is what the market owes (escrows and unclaimed payments); it equals the
// market's token balance.
func (c *Client) MarketTotalOwed(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.mkt, marketABI.PackTotalOwed(), marketABI.UnpackTotalOwed, "totalOwed")
}

// ---------------------------------------------------------------- market: submitters and solvers

// CancelJob cancels a job of the client's before its auction is finalized and refunds the whole
// budget (bidders then withdraw their bids).
func (c *Client) CancelJob(ctx context.Context, jobID *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackCancelJob(jobID), "cancelJob")
}

// WithdrawBid withdraws the client's bid on a job and unlocks its stake: during the bidding
// window, or after the auction for a reserve bid that was never promoted.
func (c *Client) WithdrawBid(ctx context.Context, jobID *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackWithdrawBid(jobID), "withdrawBid")
}

// Claim pays out the client's deferred payments (payments whose push transfer failed).
func (c *Client) Claim(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackClaim(), "claim")
}

// ---------------------------------------------------------------- market: timeouts (anyone)

// ReportMissedDeadline slashes the solver of an assigned shard whose training deadline has
// passed (25% burned, the rest unlocked) and reassigns the shard to the next reserve or refunds it.
func (c *Client) ReportMissedDeadline(ctx context.Context, jobID *big.Int, shard uint64) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackReportMissedDeadline(jobID, new(big.Int).SetUint64(shard)), "reportMissedDeadline")
}

// ExpireDispute expires the open disputes of a shard the dispute manager did not close within
// the dispute timeout: the solver is unlocked unpaid and the shard refunded.
func (c *Client) ExpireDispute(ctx context.Context, jobID *big.Int, shard uint64) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackExpireDispute(jobID, new(big.Int).SetUint64(shard)), "expireDispute")
}

// Poke takes every exit of a job that is due (finalizes the auction, reports missed deadlines,
// finalizes shards, expires stuck disputes); it reverts with NothingToPoke when none is. The
// transitions it made are the events of the receipt.
func (c *Client) Poke(ctx context.Context, jobID *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackPoke(jobID), "poke")
}

// ---------------------------------------------------------------- market: dispute-manager hooks

// RecordVerifier records the verifier of a committed shard's attempt, who is paid the verifier
// fee when the shard is finalized (the client must be the dispute manager).
func (c *Client) RecordVerifier(ctx context.Context, jobID *big.Int, shard uint64, attempt uint16, verifier common.Address) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackRecordVerifier(jobID, new(big.Int).SetUint64(shard), attempt, verifier), "recordVerifier")
}

// OpenDispute opens a dispute on a committed shard's attempt within its challenge window, which
// pauses the window (the client must be the dispute manager).
func (c *Client) OpenDispute(ctx context.Context, jobID *big.Int, shard uint64, attempt uint16) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackOpenDispute(jobID, new(big.Int).SetUint64(shard), attempt), "openDispute")
}

// CloseDispute closes one open dispute of a shard's attempt (the client must be the dispute
// manager). solverLost slashes the solver's shard stake (half of it credited to challenger's
// bonded stake unless challenger is the zero address, the rest burned) and reassigns or refunds
// the shard; otherwise the challenge window resumes once no dispute is open.
func (c *Client) CloseDispute(ctx context.Context, jobID *big.Int, shard uint64, attempt uint16, solverLost bool, challenger common.Address) (*types.Receipt, error) {
	return c.transact(ctx, c.mkt, marketABI.PackCloseDispute(jobID, new(big.Int).SetUint64(shard), attempt, solverLost, challenger), "closeDispute")
}

// ---------------------------------------------------------------- market: reads

// Bids reads the bid list of a job (in auction order once the auction is finalized; withdrawn
// reserves have a zero bidder).
func (c *Client) Bids(ctx context.Context, jobID *big.Int) ([]contracts.JobMarketBid, error) {
	return call(ctx, c.mkt, marketABI.PackGetBids(jobID), marketABI.UnpackGetBids, "getBids")
}

// BidOf reads the bid of bidder on a job.
func (c *Client) BidOf(ctx context.Context, jobID *big.Int, bidder common.Address) (contracts.BidOfOutput, error) {
	return call(ctx, c.mkt, marketABI.PackBidOf(jobID, bidder), marketABI.UnpackBidOf, "bidOf")
}

// Owed is what the market owes a, claimable with Claim.
func (c *Client) Owed(ctx context.Context, a common.Address) (*big.Int, error) {
	return call(ctx, c.mkt, marketABI.PackOwed(a), marketABI.UnpackOwed, "owed")
}

// MarketTotalEscrow is the sum of the escrows of the open jobs.
func (c *Client) MarketTotalEscrow(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.mkt, marketABI.PackTotalEscrow(), marketABI.UnpackTotalEscrow, "totalEscrow")
}

// MarketTotalUnclaimed is the sum of the deferred payments not yet claimed.
func (c *Client) MarketTotalUnclaimed(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.mkt, marketABI.PackTotalUnclaimed(), marketABI.UnpackTotalUnclaimed, "totalUnclaimed")
}

// MarketParams are the market's immutable settings and constants.
type MarketParams struct {
	Token, Staking, DisputeManager common.Address
	DisputeTimeout                 time.Duration
	MaxPeriod                      time.Duration // longest bidding, training or challenge period
	MaxShards, MaxReserveBids      uint64
	DisputeRewardBPS               uint64 // share of a lost dispute's slash credited to the challenger
	MissedDeadlineSlashBPS         uint64 // share of the shard stake burned on a missed deadline
}

// MarketParams reads the market's settings and constants.
func (c *Client) MarketParams(ctx context.Context) (MarketParams, error) {
	r := &reader{ctx: ctx, bc: c.mkt}
	bps := func(v *big.Int) uint64 { return v.Uint64() }
	p := MarketParams{
		Token:                  read(r, marketABI.PackToken(), marketABI.UnpackToken, "token"),
		Staking:                read(r, marketABI.PackStaking(), marketABI.UnpackStaking, "staking"),
		DisputeManager:         read(r, marketABI.PackDisputeManager(), marketABI.UnpackDisputeManager, "disputeManager"),
		DisputeTimeout:         time.Duration(read(r, marketABI.PackDisputeTimeout(), marketABI.UnpackDisputeTimeout, "disputeTimeout")) * time.Second,
		MaxPeriod:              time.Duration(read(r, marketABI.PackMAXPERIOD(), marketABI.UnpackMAXPERIOD, "MAX_PERIOD")) * time.Second,
		MaxShards:              bps(read(r, marketABI.PackMAXSHARDS(), marketABI.UnpackMAXSHARDS, "MAX_SHARDS")),
		MaxReserveBids:         bps(read(r, marketABI.PackMAXRESERVEBIDS(), marketABI.UnpackMAXRESERVEBIDS, "MAX_RESERVE_BIDS")),
		DisputeRewardBPS:       bps(read(r, marketABI.PackDISPUTEREWARDBPS(), marketABI.UnpackDISPUTEREWARDBPS, "DISPUTE_REWARD_BPS")),
		MissedDeadlineSlashBPS: bps(read(r, marketABI.PackMISSEDDEADLINESLASHBPS(), marketABI.UnpackMISSEDDEADLINESLASHBPS, "MISSED_DEADLINE_SLASH_BPS")),
	}
	return p, r.err
}

// reader runs a series of calls, stopping at the first error (read returns zero values after it).
type reader struct {
	ctx context.Context
	bc  *bind.BoundContract
	err error
}

func read[T any](r *reader, data []byte, unpack func([]byte) (T, error), what string) T {
	var v T
	if r.err == nil {
		v, r.err = call(r.ctx, r.bc, data, unpack, what)
	}
	if r.err != nil {
		var zero T
		return zero
	}
	return v
}

// ---------------------------------------------------------------- staking: stakers

// RequestUnbond starts unbonding amount of the client's available stake (restarting the timer
// of any amount already unbonding); WithdrawStake pays it out after the unbonding delay.
func (c *Client) RequestUnbond(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.stk, stakingABI.PackRequestUnbond(amount), "requestUnbond")
}

// CancelUnbond bonds again everything the client has unbonding.
func (c *Client) CancelUnbond(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, c.stk, stakingABI.PackCancelUnbond(), "cancelUnbond")
}

// WithdrawStake pays out the client's unbonding stake once the unbonding delay has passed
// (Staking.withdraw).
func (c *Client) WithdrawStake(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, c.stk, stakingABI.PackWithdraw(), "withdraw")
}

// ---------------------------------------------------------------- staking: deployer and operators

// InitializeStaking fixes Staking's operators, once, from the deployer (Deploy already does it;
// this is for deployments made step by step).
func (c *Client) InitializeStaking(ctx context.Context, market, disputeManager common.Address) (*types.Receipt, error) {
	return c.transact(ctx, c.stk, stakingABI.PackInitialize(market, disputeManager), "Staking.initialize")
}

// LockStake locks amount of account's available stake for the client, which must be an
// operator of Staking (the market or the dispute manager); only the locking operator can release
// or slash it.
func (c *Client) LockStake(ctx context.Context, account common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.stk, stakingABI.PackLock(account, amount), "lock")
}

// UnlockStake releases amount of account's stake that the client (an operator) locked.
func (c *Client) UnlockStake(ctx context.Context, account common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.stk, stakingABI.PackUnlock(account, amount), "unlock")
}

// SlashStake slashes amount of account's stake that the client (an operator) locked: reward is
// credited to recipient's bonded stake, the rest is burned.
func (c *Client) SlashStake(ctx context.Context, account common.Address, amount *big.Int, recipient common.Address, reward *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.stk, stakingABI.PackSlash(account, amount, recipient, reward), "slash")
}

// ---------------------------------------------------------------- staking: reads

// AvailableStake is the stake of a that can be locked or unbonded now.
func (c *Client) AvailableStake(ctx context.Context, a common.Address) (*big.Int, error) {
	return call(ctx, c.stk, stakingABI.PackAvailableOf(a), stakingABI.UnpackAvailableOf, "availableOf")
}

// LockedBy is the stake of a that operator holds locked.
func (c *Client) LockedBy(ctx context.Context, operator, a common.Address) (*big.Int, error) {
	return call(ctx, c.stk, stakingABI.PackLockedBy(operator, a), stakingABI.UnpackLockedBy, "lockedBy")
}

// StakingTotalOwed is what Staking holds for stakers and the burn (totalStaked + burned); it
// equals Staking's token balance.
func (c *Client) StakingTotalOwed(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.stk, stakingABI.PackTotalOwed(), stakingABI.UnpackTotalOwed, "totalOwed")
}

// TotalStaked is the stake bonded or unbonding, over all accounts.
func (c *Client) TotalStaked(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.stk, stakingABI.PackTotalStaked(), stakingABI.UnpackTotalStaked, "totalStaked")
}

// Burned is the slashed stake burned so far (it stays inside Staking forever).
func (c *Client) Burned(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.stk, stakingABI.PackBurned(), stakingABI.UnpackBurned, "burned")
}

// StakingParams are Staking's settings.
type StakingParams struct {
	Token, Market, DisputeManager, Deployer common.Address
	Initialized                             bool
	UnbondingDelay                          time.Duration
}

// StakingParams reads Staking's settings (check Market and DisputeManager before bonding).
func (c *Client) StakingParams(ctx context.Context) (StakingParams, error) {
	r := &reader{ctx: ctx, bc: c.stk}
	p := StakingParams{
		Token:          read(r, stakingABI.PackToken(), stakingABI.UnpackToken, "token"),
		Market:         read(r, stakingABI.PackMarket(), stakingABI.UnpackMarket, "market"),
		DisputeManager: read(r, stakingABI.PackDisputeManager(), stakingABI.UnpackDisputeManager, "disputeManager"),
		Deployer:       read(r, stakingABI.PackDeployer(), stakingABI.UnpackDeployer, "deployer"),
		Initialized:    read(r, stakingABI.PackInitialized(), stakingABI.UnpackInitialized, "initialized"),
		UnbondingDelay: time.Duration(read(r, stakingABI.PackUnbondingDelay(), stakingABI.UnpackUnbondingDelay, "unbondingDelay")) * time.Second,
	}
	return p, r.err
}
