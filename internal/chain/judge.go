package chain

import (
	"context"
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"veritrain/internal/contracts"
)

// The Judge (contracts/src/Judge.sol): the on-chain element check every DisputeGame calls, and
// its registry of job contexts (the job constants an element claim does not carry: dataset size,
// batch, sampler seed, floats per sample of each batch input). A job's registered layout names
// its context by hash; the Judge rejects every claim whose context was never registered, so the
// job's submitter (or anyone) registers the context bytes before a dispute can be decided.
//
// The Judge uses Osaka opcodes (CLZ): it runs only on chains with Osaka rules (OsakaConfig for
// the simulated backend and the dev chain).

var judgeABI = contracts.NewJudge()

func init() { errorABIs = append(errorABIs, judgeABI.GetABI()) }

// DeployJudge deploys a Judge from key and waits for its receipt. The Judge holds no funds and
// has no owner: any number of DisputeGame deployments can share one.
func DeployJudge(ctx context.Context, b Backend, key *ecdsa.PrivateKey, opts ...Option) (common.Address, error) {
	c, _, err := deployer(ctx, b, key, opts)
	if err != nil {
		return common.Address{}, err
	}
	addr, _, err := c.deploy(ctx, "Judge", contracts.JudgeMetaData.Bin, nil)
	return addr, err
}

// JudgeAddress is the Judge the deployment's dispute game calls (its immutable judge()).
func (c *Client) JudgeAddress(ctx context.Context) (common.Address, error) {
	return call(ctx, c.game(), gameABI.PackJudge(), gameABI.UnpackJudge, "judge")
}

// RegisterJudgeContext registers a job context (the bytes of dispute.JudgeContext) with the
// deployment's Judge and returns its hash, keccak256(enc): the context of the job's layout
// (GameLayout.Context). Registration is idempotent and open to anyone; the Judge refuses a
// malformed encoding (BadContext).
func (c *Client) RegisterJudgeContext(ctx context.Context, enc []byte) (common.Hash, *types.Receipt, error) {
	addr, err := c.JudgeAddress(ctx)
	if err != nil {
		return common.Hash{}, nil, err
	}
	r, err := c.transact(ctx, judgeABI.Instance(c.b, addr), judgeABI.PackRegisterContext(enc), "registerContext")
	if err != nil {
		return common.Hash{}, r, err
	}
	return crypto.Keccak256Hash(enc), r, nil
}

// JudgeContext reads a context registered with the deployment's Judge (Registered is false for
// a context nobody registered: every claim naming it is rejected).
func (c *Client) JudgeContext(ctx context.Context, h common.Hash) (contracts.JudgeJobContext, error) {
	addr, err := c.JudgeAddress(ctx)
	if err != nil {
		return contracts.JudgeJobContext{}, err
	}
	return call(ctx, judgeABI.Instance(c.b, addr), judgeABI.PackContextOf(h), judgeABI.UnpackContextOf, "contextOf")
}

// GameRules reads the rules of the deployment's dispute game.
func (c *Client) GameRules(ctx context.Context) (GameRules, error) {
	var r GameRules
	var err error
	if r.Judge, err = c.JudgeAddress(ctx); err != nil {
		return r, err
	}
	if r.MoveTimeout, err = call(ctx, c.game(), gameABI.PackMoveTimeout(), gameABI.UnpackMoveTimeout, "moveTimeout"); err != nil {
		return r, err
	}
	if r.Bond, err = call(ctx, c.game(), gameABI.PackBond(), gameABI.UnpackBond, "bond"); err != nil {
		return r, err
	}
	bps, err := call(ctx, c.game(), gameABI.PackBondRewardBps(), gameABI.UnpackBondRewardBps, "bondRewardBps")
	if err != nil {
		return r, err
	}
	r.BondRewardBPS = bps.Uint64()
	return r, nil
}
