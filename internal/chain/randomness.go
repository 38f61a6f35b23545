package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/commit"
	"veritrain/internal/contracts"
)

// RandomnessDelay is how many blocks after a shard's commit the block whose prevrandao seeds its
// verification sample comes (docs/dispute-game.md section 9): the solver cannot know it when it
// commits, and a proposer who wants to bias it must withhold a block.
const RandomnessDelay = 2

// ShardRandomness returns R for the committed attempt of a shard (docs/dispute-game.md section
// 9): keccak256(prevrandao of the block RandomnessDelay blocks after the commit's ‖ jobId ‖
// shard ‖ attempt), each id a 32-byte big-endian word. It returns nil while that block does not
// exist yet, and an error if the attempt was never committed.
func (c *Client) ShardRandomness(ctx context.Context, jobID *big.Int, shard uint64, attempt int) (*commit.Hash, error) {
	head, err := c.b.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: block number: %w", err)
	}
	ev := marketABI.GetABI().Events[contracts.JobMarketShardCommittedEventName]
	sh := new(big.Int).SetUint64(shard)
	for to := head; ; {
		from := c.dep.DeployBlock
		if to-from+1 > c.cfg.batchSize {
			from = to - c.cfg.batchSize + 1
		}
		logs, err := c.b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{c.dep.Market},
			Topics:    [][]common.Hash{{ev.ID}, {common.BigToHash(jobID)}, {common.BigToHash(sh)}},
		})
		if err != nil {
			return nil, fmt.Errorf("chain: ShardCommitted logs %d-%d: %w", from, to, err)
		}
		for i := range logs {
			e, err := marketABI.UnpackShardCommittedEvent(&logs[i])
			if err != nil || logs[i].Removed || e.JobId.Cmp(jobID) != 0 || e.Shard.Cmp(sh) != 0 || !e.Attempt.IsInt64() || e.Attempt.Int64() != int64(attempt) {
				continue
			}
			at := logs[i].BlockNumber + RandomnessDelay
			if head < at {
				return nil, nil
			}
			h, err := c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(at))
			if err != nil {
				return nil, fmt.Errorf("chain: header %d: %w", at, err)
			}
			b := append([]byte(nil), h.MixDigest[:]...) // prevrandao since the merge
			b = append(b, common.BigToHash(jobID).Bytes()...)
			b = append(b, common.BigToHash(sh).Bytes()...)
			b = append(b, common.BigToHash(big.NewInt(int64(attempt))).Bytes()...)
			r := commit.Keccak256(b)
			return &r, nil
		}
		if from <= c.dep.DeployBlock {
			return nil, fmt.Errorf("chain: job %v shard %d attempt %d was never committed", jobID, shard, attempt)
		}
		to = from - 1
	}
}
