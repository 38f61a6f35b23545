package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

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

// JobCount is the number of jobs ever posted.
func (c *Client) JobCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.mkt, marketABI.PackJobCount(), marketABI.UnpackJobCount, "jobCount")
}

// MarketTotalOwed is what the market owes (escrows and unclaimed payments); it equals the
// market's token balance.
func (c *Client) MarketTotalOwed(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.mkt, marketABI.PackTotalOwed(), marketABI.UnpackTotalOwed, "totalOwed")
}
