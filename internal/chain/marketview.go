package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/contracts"
	"veritrain/internal/market"
)

// MarketJob reads job id and all its shards as the nodes' rules (internal/market) see them.
func (c *Client) MarketJob(ctx context.Context, id *big.Int) (market.Job, []market.Shard, error) {
	j, err := c.Job(ctx, id)
	if err != nil {
		return market.Job{}, nil, err
	}
	if !id.IsUint64() {
		return market.Job{}, nil, fmt.Errorf("chain: job id %v out of range", id)
	}
	mj, err := MarketJobOf(id.Uint64(), j)
	if err != nil {
		return market.Job{}, nil, err
	}
	var shards []market.Shard
	if mj.State == market.JobActive || mj.State == market.JobClosed {
		for i := range int(j.Shards) {
			s, err := c.Shard(ctx, id, uint64(i))
			if err != nil {
				return market.Job{}, nil, err
			}
			ms, err := MarketShardOf(mj.ID, i, s)
			if err != nil {
				return market.Job{}, nil, err
			}
			shards = append(shards, ms)
		}
	}
	return mj, shards, nil
}

// MarketJobOf converts a job as the market contract returns it. An unknown state is an error (a
// contract the rules were not written for), never a guess.
func MarketJobOf(id uint64, j contracts.JobMarketJob) (market.Job, error) {
	if j.State > uint8(market.JobClosed) {
		return market.Job{}, fmt.Errorf("chain: job %d in unknown state %d", id, j.State)
	}
	return market.Job{
		ID: id, State: market.JobState(j.State), BiddingEnds: j.BiddingEnds, SpecHash: j.SpecHash, GraphRoot: j.GraphRoot, DataRoot: j.DataRoot,
		Shards: int(j.Shards), Rounds: max(int(j.Rounds), 1), Round: int(j.Round), NextReserve: int(j.NextReserve),
		Offer: market.Offer{MaxPrice: new(big.Int).Set(j.MaxPrice), StakePerShard: new(big.Int).Set(j.StakePerShard),
			TrainingPeriod: j.TrainingPeriod},
	}, nil
}

// MarketShardOf converts shard i of job id as the market contract returns it.
func MarketShardOf(id uint64, i int, s contracts.JobMarketShard) (market.Shard, error) {
	if s.State > uint8(market.ShardRefunded) {
		return market.Shard{}, fmt.Errorf("chain: job %d shard %d in unknown state %d", id, i, s.State)
	}
	return market.Shard{Job: id, Index: i, State: market.ShardState(s.State), Solver: market.Address(s.Solver),
		Deadline: s.Deadline, Attempt: int(s.Attempt), Disputes: int(s.Disputes), Round: int(s.Round)}, nil
}

// HeadTime is the time of the latest block: the "now" of the market's deadlines.
func (c *Client) HeadTime(ctx context.Context) (uint64, error) {
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("chain: latest header: %w", err)
	}
	return h.Time, nil
}

// FreeStake is a's bonded stake that no shard locks.
func (c *Client) FreeStake(ctx context.Context, a common.Address) (*big.Int, error) {
	s, err := c.Stake(ctx, a)
	if err != nil {
		return nil, err
	}
	free := new(big.Int).Sub(s.Bonded, s.Locked)
	if free.Sign() < 0 {
		free.SetInt64(0)
	}
	return free, nil
}
