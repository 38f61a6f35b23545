// Package chain is the typed client of the veritrain market contracts: deployment, transactions
// that wait for their receipts, revert reasons decoded into readable errors, and event following
// (polling, or a WebSocket log subscription with a polling backfill) that can resume after a
// restart. It works over any ethclient-compatible backend: go-ethereum's simulated backend
// (tests), the embedded dev chain (veritrain devnet) and ethclient.Dial of any JSON-RPC URL.
package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"veritrain/internal/contracts"
)

// Backend is what the client needs from a node: *ethclient.Client and simulated.Client both
// satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
}

// Deployment names the deployed contracts. It is what devnet.json and other commands share.
type Deployment struct {
	ChainID        uint64         `json:"chain_id"`
	Token          common.Address `json:"token"`
	Staking        common.Address `json:"staking"`
	Market         common.Address `json:"market"`
	DisputeManager common.Address `json:"dispute_manager"`
	RoundManager   common.Address `json:"round_manager,omitempty"` // the RoundGame; zero if none
	Deployer       common.Address `json:"deployer"`
	// DeployBlock is the block of the first deployment transaction: following events from it
	// sees everything the contracts ever emitted.
	DeployBlock uint64 `json:"deploy_block"`
}

type config struct {
	disputeManager *common.Address
	roundManager   common.Address
	unbondingDelay time.Duration
	disputeTimeout time.Duration
	pollInterval   time.Duration
	batchSize      uint64
	mine           func()
	gas            func(what string, used uint64)
	subscriber     ethereum.LogFilterer
	trace          func(event string) // tests: which way Subscribe follows
}

// Option configures Deploy and NewClient.
type Option func(*config)

// WithDisputeManager sets the dispute-manager role of a deployment (default: the deployer).
func WithDisputeManager(a common.Address) Option {
	return func(c *config) { c.disputeManager = &a }
}

// WithRoundManager sets the round-manager role of a deployment (default: none).
func WithRoundManager(a common.Address) Option {
	return func(c *config) { c.roundManager = a }
}

// WithGasObserver makes the client report the gas of every transaction it sends (mined,
// reverted or not) with what it did (the method's name).
func WithGasObserver(f func(what string, used uint64)) Option { return func(c *config) { c.gas = f } }

// WithUnbondingDelay sets Staking's unbonding delay (default 2 days).
func WithUnbondingDelay(d time.Duration) Option { return func(c *config) { c.unbondingDelay = d } }

// WithDisputeTimeout sets JobMarket's dispute timeout (default 7 days).
func WithDisputeTimeout(d time.Duration) Option { return func(c *config) { c.disputeTimeout = d } }

// WithPollInterval sets how often receipts and new blocks are polled (default 100 ms).
func WithPollInterval(d time.Duration) Option { return func(c *config) { c.pollInterval = d } }

// WithBatchSize sets the largest block range of one FilterLogs query in Follow (default 2000).
func WithBatchSize(n uint64) Option { return func(c *config) { c.batchSize = max(n, 1) } }

// WithLogSubscriber makes Subscribe take its log subscription from l (say an ethclient dialed
// on the node's ws:// URL) while everything else goes through the backend (say over HTTP).
func WithLogSubscriber(l ethereum.LogFilterer) Option { return func(c *config) { c.subscriber = l } }

// withTrace reports Subscribe's transitions ("subscribed", "live", "fallback", "retry",
// "resubscribe", "poll") to tests.
func withTrace(f func(event string)) Option { return func(c *config) { c.trace = f } }

// WithMine sets a function called after every sent transaction, for backends that do not mine
// by themselves (pass simulated.Backend.Commit).
func WithMine(f func()) Option { return func(c *config) { c.mine = f } }

func newConfig(opts []Option) config {
	c := config{unbondingDelay: 2 * 24 * time.Hour, disputeTimeout: 7 * 24 * time.Hour,
		pollInterval: 100 * time.Millisecond, batchSize: 2000}
	for _, o := range opts {
		o(&c)
	}
	return c
}

var (
	tokenABI   = contracts.NewTestToken()
	stakingABI = contracts.NewStaking()
	marketABI  = contracts.NewJobMarket()
)

// Client sends transactions from one key to a deployment and reads it. Its methods are safe for
// concurrent use (transactions from one client are sent one at a time).
type Client struct {
	b   Backend
	dep Deployment
	cfg config

	key  *ecdsa.PrivateKey
	from common.Address
	txMu sync.Mutex
	opts *bind.TransactOpts

	tok, stk, mkt *bind.BoundContract
}

// NewClient returns a client of the deployment that signs with key (nil: read-only).
func NewClient(ctx context.Context, b Backend, dep Deployment, key *ecdsa.PrivateKey, opts ...Option) (*Client, error) {
	c := &Client{b: b, dep: dep, cfg: newConfig(opts), key: key}
	if key != nil {
		id, err := b.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("chain id: %w", err)
		}
		if dep.ChainID != 0 && id.Uint64() != dep.ChainID {
			return nil, fmt.Errorf("deployment is on chain %d, backend is chain %d", dep.ChainID, id)
		}
		c.opts = bind.NewKeyedTransactor(key, id)
		c.from = crypto.PubkeyToAddress(key.PublicKey)
	}
	c.tok = tokenABI.Instance(b, dep.Token)
	c.stk = stakingABI.Instance(b, dep.Staking)
	c.mkt = marketABI.Instance(b, dep.Market)
	return c, nil
}

// Address is the sender address of the client.
func (c *Client) Address() common.Address { return c.from }

// Deployment returns the deployment the client talks to.
func (c *Client) Deployment() Deployment { return c.dep }

// deployer is a client of no deployment yet that signs with key (what deploys contracts), and
// the backend's chain id.
func deployer(ctx context.Context, b Backend, key *ecdsa.PrivateKey, opts []Option) (*Client, *big.Int, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("chain id: %w", err)
	}
	return &Client{b: b, cfg: newConfig(opts), key: key, opts: bind.NewKeyedTransactor(key, id), from: crypto.PubkeyToAddress(key.PublicKey)}, id, nil
}

// Deploy deploys TestToken, Staking and JobMarket from key and initializes Staking, waiting for
// each receipt.
func Deploy(ctx context.Context, b Backend, key *ecdsa.PrivateKey, opts ...Option) (*Deployment, error) {
	c, id, err := deployer(ctx, b, key, opts)
	if err != nil {
		return nil, err
	}
	cfg := c.cfg
	dm := c.from
	if cfg.disputeManager != nil {
		dm = *cfg.disputeManager
	}
	dep := &Deployment{ChainID: id.Uint64(), DisputeManager: dm, RoundManager: cfg.roundManager, Deployer: c.from}
	var r *types.Receipt
	if dep.Token, r, err = c.deploy(ctx, "TestToken", contracts.TestTokenMetaData.Bin, nil); err != nil {
		return nil, err
	}
	dep.DeployBlock = r.BlockNumber.Uint64()
	if dep.Staking, _, err = c.deploy(ctx, "Staking", contracts.StakingMetaData.Bin,
		stakingABI.PackConstructor(dep.Token, uint64(cfg.unbondingDelay/time.Second))); err != nil {
		return nil, err
	}
	if dep.Market, _, err = c.deploy(ctx, "JobMarket", contracts.JobMarketMetaData.Bin,
		marketABI.PackConstructor(dep.Token, dep.Staking, dm, cfg.roundManager, uint64(cfg.disputeTimeout/time.Second))); err != nil {
		return nil, err
	}
	if _, err := c.transact(ctx, stakingABI.Instance(b, dep.Staking), stakingABI.PackInitialize(dep.Market, dm), "Staking.initialize"); err != nil {
		return nil, err
	}
	return dep, nil
}

func (c *Client) deploy(ctx context.Context, name, bin string, args []byte) (common.Address, *types.Receipt, error) {
	c.txMu.Lock()
	defer c.txMu.Unlock()
	opts := *c.opts
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(bin), c.b, args)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy %s: %w", name, decodeErr(err))
	}
	r, err := c.wait(ctx, tx)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy %s: %w", name, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return common.Address{}, r, fmt.Errorf("deploy %s: reverted in block %v", name, r.BlockNumber)
	}
	return addr, r, nil
}

// transact estimates, signs and sends one transaction, then waits for its receipt. A revert is
// returned as a *RevertError (found by the gas estimation, or by replaying a transaction that
// reverted on chain).
func (c *Client) transact(ctx context.Context, bc *bind.BoundContract, data []byte, what string) (*types.Receipt, error) {
	if c.opts == nil {
		return nil, errors.New("chain: read-only client cannot send transactions")
	}
	c.txMu.Lock()
	defer c.txMu.Unlock()
	opts := *c.opts
	opts.Context = ctx
	// The estimate runs on the latest block; the transaction executes in a later one, where a
	// timestamp written to storage may differ from the value already there and so cost more
	// than in the estimate (a no-op write is cheaper). A margin covers that; unused gas is not
	// paid for.
	to := bc.Address()
	est, err := c.b.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: &to, Data: data})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, decodeErr(err))
	}
	opts.GasLimit = est + est/4
	tx, err := bind.Transact(bc, &opts, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, decodeErr(err))
	}
	r, err := c.wait(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if c.cfg.gas != nil {
		c.cfg.gas(what, r.GasUsed) // a reverted transaction's gas is spent too
	}
	if r.Status != types.ReceiptStatusSuccessful {
		// Replay the call on the parent block to learn the reason.
		parent := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
		_, cerr := c.b.CallContract(ctx, ethereum.CallMsg{From: c.from, To: tx.To(), Gas: tx.Gas(), Data: data, Value: tx.Value()}, parent)
		if rerr := decodeErr(cerr); cerr != nil {
			return r, fmt.Errorf("%s: reverted on chain in block %v: %w", what, r.BlockNumber, rerr)
		}
		return r, fmt.Errorf("%s: reverted on chain in block %v", what, r.BlockNumber)
	}
	return r, nil
}

func (c *Client) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if c.cfg.mine != nil {
		c.cfg.mine()
	}
	t := time.NewTicker(c.cfg.pollInterval)
	defer t.Stop()
	for {
		r, err := c.b.TransactionReceipt(ctx, tx.Hash())
		if err == nil && r != nil {
			return r, nil
		}
		// A node still indexing transactions (a fresh or restarted node) answers with an error
		// instead of "not found": both mean "ask again".
		if err != nil && !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("receipt of %s: %w", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", tx.Hash(), ctx.Err())
		case <-t.C:
		}
	}
}

// RevertError is a revert decoded with the ABIs of the market contracts.
type RevertError struct {
	Name string // custom error name, "Error" for require strings, "Panic", or "" when unknown
	Args []any  // decoded arguments
	Data []byte // raw revert data
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("execution reverted (data 0x%x)", e.Data)
	}
	if e.Name == "Error" && len(e.Args) == 1 {
		return fmt.Sprintf("execution reverted: %v", e.Args[0])
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("execution reverted: %s(%s)", e.Name, strings.Join(parts, ", "))
}

var (
	errorABIs = []abi.ABI{marketABI.GetABI(), stakingABI.GetABI(), tokenABI.GetABI()}
	selError  = crypto.Keccak256([]byte("Error(string)"))[:4]
	selPanic  = crypto.Keccak256([]byte("Panic(uint256)"))[:4]
)

// DecodeRevert decodes revert data into a *RevertError.
func DecodeRevert(data []byte) *RevertError {
	e := &RevertError{Data: data}
	if len(data) < 4 {
		return e
	}
	sel := string(data[:4])
	switch sel {
	case string(selError):
		if s, err := abi.UnpackRevert(data); err == nil {
			e.Name, e.Args = "Error", []any{s}
		}
		return e
	case string(selPanic):
		e.Name = "Panic"
		if len(data) >= 36 {
			e.Args = []any{new(big.Int).SetBytes(data[4:36])}
		}
		return e
	}
	for _, a := range errorABIs {
		for name, ae := range a.Errors {
			if string(ae.ID[:4]) == sel {
				e.Name = name
				if vs, err := ae.Inputs.Unpack(data[4:]); err == nil {
					e.Args = vs
				}
				return e
			}
		}
	}
	return e
}

// decodeErr turns an RPC error carrying revert data into a *RevertError (wrapping nothing else).
func decodeErr(err error) error {
	if err == nil {
		return nil
	}
	if data, ok := ethclient.RevertErrorData(err); ok {
		return DecodeRevert(data)
	}
	return err
}

// RevertName returns the custom error name of a revert inside err, or "".
func RevertName(err error) string {
	var re *RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}
