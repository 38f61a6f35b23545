package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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
	sh := new(big.Int).SetUint64(shard)
	return c.commitRandomness(ctx, contracts.JobMarketShardCommittedEventName, jobID, sh, attempt, func(l *types.Log) bool {
		e, err := marketABI.UnpackShardCommittedEvent(l)
		return err == nil && e.JobId.Cmp(jobID) == 0 && e.Shard.Cmp(sh) == 0 && e.Attempt.IsInt64() && e.Attempt.Int64() == int64(attempt)
	}, fmt.Sprintf("job %v shard %d attempt %d", jobID, shard, attempt))
}

// commitRandomness finds the latest event named event of the job's shard that match accepts
// (a commit, of what says), and returns R for it (randomnessAfter).
func (c *Client) commitRandomness(ctx context.Context, event string, jobID, shard *big.Int, attempt int, match func(*types.Log) bool, what string) (*commit.Hash, error) {
	ev := marketABI.GetABI().Events[event]
	var (
		r     *commit.Hash
		found bool
		ferr  error
	)
	err := c.scanBack(ctx, c.dep.Market, [][]common.Hash{{ev.ID}, {common.BigToHash(jobID)}, {common.BigToHash(shard)}}, func(logs []types.Log) bool {
		for i := range logs {
			if logs[i].Removed || !match(&logs[i]) {
				continue
			}
			found = true
			r, ferr = c.randomnessAfter(ctx, logs[i].BlockNumber, jobID, shard, attempt)
			return true
		}
		return false
	})
	switch {
	case err != nil:
		return nil, fmt.Errorf("chain: %s: %w", event, err)
	case !found:
		return nil, fmt.Errorf("chain: %s was never committed", what)
	}
	return r, ferr
}

// randomnessAfter is R for a commit in block committed (nil while the seeding block is not
// there yet).
func (c *Client) randomnessAfter(ctx context.Context, committed uint64, jobID, shard *big.Int, attempt int) (*commit.Hash, error) {
	at := committed + RandomnessDelay
	h, err := c.b.HeaderByNumber(ctx, new(big.Int).SetUint64(at))
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("chain: header %d: %w", at, err)
	}
	b := append([]byte(nil), h.MixDigest[:]...) // prevrandao since the merge
	b = append(b, common.BigToHash(jobID).Bytes()...)
	b = append(b, common.BigToHash(shard).Bytes()...)
	b = append(b, common.BigToHash(big.NewInt(int64(attempt))).Bytes()...)
	r := commit.Keccak256(b)
	return &r, nil
}

// RoundRandomness returns R for round `round` of the committed attempt of a shard of a job
// trained in `rounds` rounds: as ShardRandomness, from the block RandomnessDelay blocks after
// that round's commit (the last round's commit is the shard's ShardCommitted).
func (c *Client) RoundRandomness(ctx context.Context, jobID *big.Int, shard uint64, attempt, round, rounds int) (*commit.Hash, error) {
	if round >= rounds-1 {
		return c.ShardRandomness(ctx, jobID, shard, attempt)
	}
	sh := new(big.Int).SetUint64(shard)
	return c.commitRandomness(ctx, contracts.JobMarketRoundCommittedEventName, jobID, sh, attempt, func(l *types.Log) bool {
		e, err := marketABI.UnpackRoundCommittedEvent(l)
		return err == nil && e.JobId.Cmp(jobID) == 0 && e.Shard.Cmp(sh) == 0 && e.Attempt.IsInt64() && e.Attempt.Int64() == int64(attempt) &&
			e.Round.IsInt64() && e.Round.Int64() == int64(round)
	}, fmt.Sprintf("job %v shard %d attempt %d round %d", jobID, shard, attempt, round))
}
