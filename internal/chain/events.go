package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// MarketEvent is a decoded log of the market or staking contract: its event name and arguments
// as text (numbers in decimal, addresses and hashes in hex).
type MarketEvent struct {
	Block uint64
	Index uint
	Name  string
	Args  map[string]string
	Job   uint64 // the jobId argument, 0 if the event has none
}

// DecodeMarketLog decodes l, a log of the market or the staking contract (Poll delivers them);
// false if it is neither's event.
func DecodeMarketLog(l types.Log) (MarketEvent, bool) {
	if len(l.Topics) == 0 {
		return MarketEvent{}, false
	}
	for _, a := range []abi.ABI{marketABI.GetABI(), stakingABI.GetABI()} {
		d, ok := decodeLog(a, l)
		if !ok {
			continue
		}
		out := MarketEvent{Block: l.BlockNumber, Index: l.Index, Name: d.name, Args: d.args}
		if j, ok := d.vals["jobId"].(*big.Int); ok && j.IsUint64() {
			out.Job = j.Uint64()
		}
		return out, true
	}
	return MarketEvent{}, false
}

func argText(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case [32]byte:
		return common.Hash(x).Hex()
	case []byte:
		return hexutil.Encode(x)
	}
	return fmt.Sprint(v)
}

// Head is the chain head's number and time.
func (c *Client) Head(ctx context.Context) (number, time uint64, err error) {
	h, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("head: %w", err)
	}
	return h.Number.Uint64(), h.Time, nil
}

// GameEvent is a decoded log of the dispute game or the round game: a move or an outcome.
type GameEvent struct {
	Block uint64
	Index uint
	Round bool   // a RoundGame event (else a DisputeGame one)
	Game  uint64 // the game id (its `id` argument)
	Name  string
	Args  map[string]string
}

// PollGames delivers, in chain order, every event of the dispute game and the round game in
// blocks from..head and returns the first block not fully read (as Poll).
func (c *Client) PollGames(ctx context.Context, from uint64, fn func(GameEvent)) (next uint64, err error) {
	addrs := []common.Address{c.dep.DisputeManager}
	if c.dep.RoundManager != (common.Address{}) {
		addrs = append(addrs, c.dep.RoundManager)
	}
	cur := cursor{next: from}
	err = c.pollOf(ctx, addrs, &cur, func(l types.Log) error {
		round := l.Address == c.dep.RoundManager && c.dep.RoundManager != c.dep.DisputeManager
		a := gameABI.GetABI()
		if round {
			a = roundABI.GetABI()
		}
		if ev, ok := decodeLog(a, l); ok {
			if id, ok := ev.vals["id"].(*big.Int); ok && id.IsUint64() {
				fn(GameEvent{Block: l.BlockNumber, Index: l.Index, Round: round, Game: id.Uint64(), Name: ev.name, Args: ev.args})
			}
		}
		return nil
	})
	return cur.next, err
}

type decoded struct {
	name string
	vals map[string]any
	args map[string]string
}

// decodeLog decodes l with the events of a.
func decodeLog(a abi.ABI, l types.Log) (decoded, bool) {
	if len(l.Topics) == 0 {
		return decoded{}, false
	}
	ev, err := a.EventByID(l.Topics[0])
	if err != nil {
		return decoded{}, false
	}
	vals := map[string]any{}
	if err := ev.Inputs.NonIndexed().UnpackIntoMap(vals, l.Data); err != nil {
		return decoded{}, false
	}
	var indexed abi.Arguments
	for _, in := range ev.Inputs {
		if in.Indexed {
			indexed = append(indexed, in)
		}
	}
	if err := abi.ParseTopicsIntoMap(vals, indexed, l.Topics[1:]); err != nil {
		return decoded{}, false
	}
	d := decoded{name: ev.Name, vals: vals, args: map[string]string{}}
	for k, v := range vals {
		d.args[k] = argText(v)
	}
	return d, true
}
