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
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			continue
		}
		vals := map[string]any{}
		if err := ev.Inputs.NonIndexed().UnpackIntoMap(vals, l.Data); err != nil {
			return MarketEvent{}, false
		}
		var indexed abi.Arguments
		for _, in := range ev.Inputs {
			if in.Indexed {
				indexed = append(indexed, in)
			}
		}
		if err := abi.ParseTopicsIntoMap(vals, indexed, l.Topics[1:]); err != nil {
			return MarketEvent{}, false
		}
		out := MarketEvent{Block: l.BlockNumber, Index: l.Index, Name: ev.Name, Args: map[string]string{}}
		for k, v := range vals {
			out.Args[k] = argText(v)
		}
		if j, ok := vals["jobId"].(*big.Int); ok && j.IsUint64() {
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
