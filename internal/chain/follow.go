package chain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Poll delivers, in chain order, every log of the market and staking contracts in blocks
// from..head (the head when called), querying at most the batch size of blocks at a time. It
// returns next, the first block not yet fully processed: save it and pass it back as from to
// resume without duplicates or gaps. When fn fails, next is the block of the failing log (its
// earlier logs in that block were delivered and will be delivered again on resumption: fn should
// be idempotent per block, or the caller should dedupe by (block, index)).
func (c *Client) Poll(ctx context.Context, from uint64, fn func(types.Log) error) (next uint64, err error) {
	head, err := c.b.BlockNumber(ctx)
	if err != nil {
		return from, fmt.Errorf("block number: %w", err)
	}
	next = from
	for next <= head {
		to := min(next+c.cfg.batchSize-1, head)
		logs, err := c.b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(next),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: []common.Address{c.dep.Market, c.dep.Staking},
		})
		if err != nil {
			return next, fmt.Errorf("filter logs %d-%d: %w", next, to, err)
		}
		for _, l := range logs {
			if l.Removed {
				continue
			}
			if err := fn(l); err != nil {
				return l.BlockNumber, err
			}
		}
		next = to + 1
	}
	return next, nil
}

// Follow polls for new logs (see Poll) until ctx ends or fn fails, and returns next, the first
// block not yet processed (resume with Follow(ctx, next, fn)). Cancellation returns ctx.Err().
// It does not handle reorgs: use it on chains with instant finality (the dev chain) or follow a
// block behind the head.
func (c *Client) Follow(ctx context.Context, from uint64, fn func(types.Log) error) (uint64, error) {
	next := from
	t := time.NewTicker(c.cfg.pollInterval)
	defer t.Stop()
	for {
		n, err := c.Poll(ctx, next, fn)
		next = n
		if err != nil {
			if ctx.Err() != nil {
				return next, ctx.Err()
			}
			return next, err
		}
		select {
		case <-ctx.Done():
			return next, ctx.Err()
		case <-t.C:
		}
	}
}
