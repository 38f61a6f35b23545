package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// cursor is where a follower stands: every log of the blocks before next was delivered, and in
// block next, when partial, the logs up to index last.
type cursor struct {
	next    uint64
	partial bool
	last    uint
}

// deliver passes l to fn unless it was delivered already (or was removed by a reorg). Logs must
// come in chain order.
func (cur *cursor) deliver(l types.Log, fn func(types.Log) error) error {
	if l.Removed || l.BlockNumber < cur.next || (l.BlockNumber == cur.next && cur.partial && l.Index <= cur.last) {
		return nil
	}
	if l.BlockNumber > cur.next {
		// In chain order, a log of a later block closes the blocks before it.
		cur.next, cur.partial = l.BlockNumber, false
	}
	if err := fn(l); err != nil {
		return err
	}
	cur.partial, cur.last = true, l.Index
	return nil
}

// query selects the logs of the market and staking contracts in blocks from..to.
func (c *Client) query(from, to uint64) ethereum.FilterQuery {
	return c.queryOf(c.liveQuery().Addresses, from, to)
}

// queryOf selects the logs of addrs in blocks from..to.
func (c *Client) queryOf(addrs []common.Address, from, to uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: addrs, FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)}
}

// liveQuery selects the logs of the market and staking contracts in new blocks.
func (c *Client) liveQuery() ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{c.dep.Market, c.dep.Staking}}
}

// poll delivers the logs from the cursor to the head (the head when called) and moves the
// cursor past the head, or to the log fn refused.
func (c *Client) poll(ctx context.Context, cur *cursor, fn func(types.Log) error) error {
	return c.pollOf(ctx, c.liveQuery().Addresses, cur, fn)
}

// pollOf is poll over the logs of addrs.
func (c *Client) pollOf(ctx context.Context, addrs []common.Address, cur *cursor, fn func(types.Log) error) error {
	head, err := c.b.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("block number: %w", err)
	}
	for cur.next <= head {
		from := cur.next
		to := min(from+c.cfg.batchSize-1, head)
		logs, err := c.b.FilterLogs(ctx, c.queryOf(addrs, from, to))
		if err != nil {
			return fmt.Errorf("filter logs %d-%d: %w", from, to, err)
		}
		for _, l := range logs {
			if err := cur.deliver(l, fn); err != nil {
				return err
			}
		}
		cur.next, cur.partial = to+1, false
	}
	return nil
}

// Poll delivers, in chain order, every log of the market and staking contracts in blocks
// from..head (the head when called), querying at most the batch size of blocks at a time. It
// returns next, the first block not yet fully processed: save it and pass it back as from to
// resume without duplicates or gaps. When fn fails, next is the block of the failing log (its
// earlier logs in that block were delivered and will be delivered again on resumption: fn should
// be idempotent per block, or the caller should dedupe by (block, index)).
func (c *Client) Poll(ctx context.Context, from uint64, fn func(types.Log) error) (next uint64, err error) {
	cur := cursor{next: from}
	err = c.poll(ctx, &cur, fn)
	return cur.next, err
}

// Follow polls for new logs (see Poll) until ctx ends or fn fails, and returns next, the first
// block not yet processed (resume with Follow(ctx, next, fn)). Cancellation returns ctx.Err().
// It does not handle reorgs: use it on chains with instant finality (the dev chain) or follow a
// block behind the head.
func (c *Client) Follow(ctx context.Context, from uint64, fn func(types.Log) error) (uint64, error) {
	cur := cursor{next: from}
	err := c.follow(ctx, &cur, fn)
	return cur.next, err
}

func (c *Client) follow(ctx context.Context, cur *cursor, fn func(types.Log) error) error {
	c.trace("poll")
	t := time.NewTicker(c.cfg.pollInterval)
	defer t.Stop()
	for {
		if err := c.poll(ctx, cur, fn); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// Subscribe is Follow over a log subscription (eth_subscribe "logs", e.g. an ethclient dialed on
// a ws:// URL, or the subscriber of WithLogSubscriber): it subscribes, backfills by polling from
// `from` up to the head, then delivers the subscription's logs as they come, de-duplicating
// against the backfill by (block, index). When the subscription fails (a dropped connection, a
// full buffer) it subscribes again and backfills from where it stood; when the backend cannot
// subscribe (plain HTTP), it falls back to polling for good. The result is the same as Follow's:
// every log once, in chain order, and next, the first block not yet processed. On cancellation
// it first completes the block in progress (one FilterLogs query on a context detached from
// ctx), so that next never splits a block; when fn fails, next is the block of the failing log,
// as in Poll. Like Follow, it does not handle reorgs (removed logs are skipped).
func (c *Client) Subscribe(ctx context.Context, from uint64, fn func(types.Log) error) (uint64, error) {
	cur := cursor{next: from}
	err := c.subscribe(ctx, &cur, fn)
	if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
		c.completeBlock(ctx, &cur, fn)
	}
	return cur.next, err
}

// errResubscribe ends a subscription that failed while the follower can go on.
var errResubscribe = errors.New("resubscribe")

func (c *Client) subscribe(ctx context.Context, cur *cursor, fn func(types.Log) error) error {
	sub := c.cfg.subscriber
	if sub == nil {
		sub = c.b
	}
	for {
		logs := make(chan types.Log, 256)
		s, err := sub.SubscribeFilterLogs(ctx, c.liveQuery(), logs)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if subscriptionsUnsupported(err) {
				c.trace("fallback")
				return c.follow(ctx, cur, fn)
			}
			// A transient failure (the node is restarting, say): one round of polling, then
			// subscribe again.
			c.trace("retry")
			if err := c.poll(ctx, cur, fn); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				return err
			}
			if err := sleep(ctx, c.cfg.pollInterval); err != nil {
				return err
			}
			continue
		}
		c.trace("subscribed")
		err = c.stream(ctx, cur, s, logs, fn)
		s.Unsubscribe()
		if !errors.Is(err, errResubscribe) {
			return err
		}
		c.trace("resubscribe")
		if err := sleep(ctx, c.cfg.pollInterval); err != nil {
			return err
		}
	}
}

// stream backfills up to the head, then delivers the subscription's logs.
func (c *Client) stream(ctx context.Context, cur *cursor, s ethereum.Subscription, logs <-chan types.Log, fn func(types.Log) error) error {
	// The subscription already collects new logs while the backfill runs; deliver drops those
	// the backfill delivered.
	if err := c.poll(ctx, cur, fn); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	c.trace("live")
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-s.Err():
			return fmt.Errorf("%w: %v", errResubscribe, err)
		case l := <-logs:
			if err := cur.deliver(l, fn); err != nil {
				return err
			}
		}
	}
}

// completeBlock delivers the rest of a partially delivered block after cancellation, so that
// the cursor ends on a block boundary. If that fails, the cursor stays on the block (its logs
// will be delivered again on resumption, as after a failure of fn).
func (c *Client) completeBlock(ctx context.Context, cur *cursor, fn func(types.Log) error) {
	if !cur.partial {
		return
	}
	qctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	logs, err := c.b.FilterLogs(qctx, c.query(cur.next, cur.next))
	if err == nil {
		for _, l := range logs {
			if err = cur.deliver(l, fn); err != nil {
				break
			}
		}
	}
	if err != nil {
		cur.partial = false
		return
	}
	cur.next, cur.partial = cur.next+1, false
}

// subscriptionsUnsupported tells whether a subscription failed because the transport or the
// node does not offer subscriptions at all.
func subscriptionsUnsupported(err error) bool {
	if errors.Is(err, rpc.ErrNotificationsUnsupported) {
		return true
	}
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32601 { // method not found
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "notifications not supported") || strings.Contains(msg, "does not exist") ||
		strings.Contains(msg, "no \"logs\" subscription")
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (c *Client) trace(event string) {
	if c.cfg.trace != nil {
		c.cfg.trace(event)
	}
}

// scanBack searches the logs of contract addr with the given topics from the head back to the
// deployment's block, one batch of blocks at a time (the newest first), calling fn with each
// batch's logs in chain order until fn reports that it found what it looks for.
func (c *Client) scanBack(ctx context.Context, addr common.Address, topics [][]common.Hash, fn func(logs []types.Log) (found bool)) error {
	head, err := c.b.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("chain: block number: %w", err)
	}
	if head < c.dep.DeployBlock {
		return fmt.Errorf("chain: head %d is before the deployment's block %d", head, c.dep.DeployBlock)
	}
	for to := head; ; {
		from := c.dep.DeployBlock
		if to-from+1 > c.cfg.batchSize {
			from = to - c.cfg.batchSize + 1
		}
		logs, err := c.b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{addr}, Topics: topics,
		})
		if err != nil {
			return fmt.Errorf("chain: logs %d-%d: %w", from, to, err)
		}
		if fn(logs) || from <= c.dep.DeployBlock {
			return nil
		}
		to = from - 1
	}
}
