package chain

import (
	"context"
	"errors"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/roundgame"
)

// The round game (contracts/src/RoundGame.sol, roundgame.Spec): registering a sharded job's
// round spec, opening a Start or Outer game on a committed round, resolving it, and reading it.
// The game contract is the deployment's RoundManager.

var roundABI = contracts.NewRoundGame()

func init() { errorABIs = append(errorABIs, roundABI.GetABI()) }

func (c *Client) roundGame() (*bind.BoundContract, error) {
	if c.dep.RoundManager == (common.Address{}) {
		return nil, errors.New("chain: the deployment has no round game")
	}
	return roundABI.Instance(c.b, c.dep.RoundManager), nil
}

// RoundGameSpec is s as the contract takes it.
func RoundGameSpec(s *roundgame.Spec) contracts.RoundGameSpec {
	out := contracts.RoundGameSpec{NumStates: uint64(s.NumStates), Inner: uint64(s.Inner),
		Lr: math.Float32bits(s.LR), Mu: math.Float32bits(s.Mu), H0: s.H0, G0: s.G0}
	for k, slot := range s.Slots {
		l := s.Layout(k)
		out.Slots = append(out.Slots, uint64(slot))
		out.Rows = append(out.Rows, uint64(l.Rows))
		out.RowLens = append(out.RowLens, uint64(l.RowLen))
	}
	return out
}

// RoundSpecHash is the hash a round spec is registered by: keccak256(abi.encode(spec)).
func RoundSpecHash(s *roundgame.Spec) (common.Hash, error) {
	if err := s.Validate(); err != nil {
		return common.Hash{}, err
	}
	m, ok := roundABI.GetABI().Methods["specHash"]
	if !ok || len(m.Inputs) != 1 {
		return common.Hash{}, errors.New("chain: RoundGame ABI without specHash(Spec)")
	}
	b, err := abi.Arguments{m.Inputs[0]}.Pack(RoundGameSpec(s))
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

// RegisterRounds registers a sharded job's round spec (its submitter, while it takes bids and at
// least a move timeout before bidding ends; once).
func (c *Client) RegisterRounds(ctx context.Context, jobID *big.Int, s *roundgame.Spec) (*types.Receipt, error) {
	rg, err := c.roundGame()
	if err != nil {
		return nil, err
	}
	h, err := RoundSpecHash(s)
	if err != nil {
		return nil, err
	}
	return c.transact(ctx, rg, roundABI.PackRegister(jobID, h), "RoundGame.register")
}

// RoundSpecOf is a job's registered round-spec hash (zero if none).
func (c *Client) RoundSpecOf(ctx context.Context, jobID *big.Int) (common.Hash, error) {
	rg, err := c.roundGame()
	if err != nil {
		return common.Hash{}, err
	}
	h, err := call(ctx, rg, roundABI.PackSpecOf(jobID), roundABI.UnpackSpecOf, "specOf")
	return common.Hash(h), err
}

// OpenRoundGame opens a round game of kind k on shard's committed round (element i of parameter
// p for an Outer game; approve the round game for its bond first) and returns its id.
func (c *Client) OpenRoundGame(ctx context.Context, jobID *big.Int, shard uint64, k roundgame.Kind, p, i int, s *roundgame.Spec, bond *big.Int) (*big.Int, *types.Receipt, error) {
	rg, err := c.roundGame()
	if err != nil {
		return nil, nil, err
	}
	if p < 0 || i < 0 || bond == nil {
		return nil, nil, errors.New("chain: round game: negative target or no bond")
	}
	r, err := c.transact(ctx, rg, roundABI.PackOpen(jobID, new(big.Int).SetUint64(shard), uint8(k), big.NewInt(int64(p)),
		big.NewInt(int64(i)), RoundGameSpec(s), bond), "RoundGame.open")
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := roundABI.UnpackRoundGameOpenedEvent(l); err == nil && l.Address == c.dep.RoundManager {
			return ev.Id, r, nil
		}
	}
	return nil, r, errors.New("RoundGame.open: no RoundGameOpened event")
}

// ResolveStart resolves a Start game with a.
func (c *Client) ResolveStart(ctx context.Context, id *big.Int, s *roundgame.Spec, a roundgame.StartAnswer) (*types.Receipt, error) {
	rg, err := c.roundGame()
	if err != nil {
		return nil, err
	}
	return c.transact(ctx, rg, roundABI.PackResolveStart(id, RoundGameSpec(s), hashes32(a.Global), hashes32(a.Start),
		hashes32(a.PrevEnd), hashes32(a.GlobalProof), hashes32(a.StartProof)), "RoundGame.resolveStart")
}

// ResolveOuter resolves an Outer game with a.
func (c *Client) ResolveOuter(ctx context.Context, id *big.Int, s *roundgame.Spec, a roundgame.OuterAnswer) (*types.Receipt, error) {
	rg, err := c.roundGame()
	if err != nil {
		return nil, err
	}
	o := contracts.RoundGameOuter{PrevGlobal: hashes32(a.PrevGlobal), PrevGlobalProof: hashes32(a.PrevGlobalProof),
		Global: hashes32(a.Global), GlobalProof: hashes32(a.GlobalProof), ShardRoots: hashes32(a.ShardRoots)}
	for _, p := range a.ShardProofs {
		o.ShardProofs = append(o.ShardProofs, hashes32(p))
	}
	for _, e := range a.Elems {
		o.Elems = append(o.Elems, contracts.RoundGameElem{Chunk: e.Chunk, Proof: hashes32(e.Proof)})
	}
	return c.transact(ctx, rg, roundABI.PackResolveOuter(id, RoundGameSpec(s), o), "RoundGame.resolveOuter")
}

// RoundTimeout ends a round game nobody resolved in time (the challenger wins).
func (c *Client) RoundTimeout(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	rg, err := c.roundGame()
	if err != nil {
		return nil, err
	}
	return c.transact(ctx, rg, roundABI.PackTimeout(id), "RoundGame.timeout")
}

// RoundGameOf reads a round game.
func (c *Client) RoundGameOf(ctx context.Context, id *big.Int) (contracts.RoundGameGame, error) {
	rg, err := c.roundGame()
	if err != nil {
		return contracts.RoundGameGame{}, err
	}
	return call(ctx, rg, roundABI.PackGetGame(id), roundABI.UnpackGetGame, "RoundGame.getGame")
}

// RoundTrace is shard's trace root of round `round` (JobMarket.roundTrace).
func (c *Client) RoundTrace(ctx context.Context, jobID *big.Int, shard, round uint64) (commit.Hash, error) {
	h, err := call(ctx, c.mkt, marketABI.PackRoundTrace(jobID, new(big.Int).SetUint64(shard), new(big.Int).SetUint64(round)),
		marketABI.UnpackRoundTrace, "roundTrace")
	return commit.Hash(h), err
}

// RoundGameCount is the number of round games opened (ids 1..count).
func (c *Client) RoundGameCount(ctx context.Context) (uint64, error) {
	rg, err := c.roundGame()
	if err != nil {
		return 0, err
	}
	n, err := call(ctx, rg, roundABI.PackGameCount(), roundABI.UnpackGameCount, "RoundGame.gameCount")
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}
