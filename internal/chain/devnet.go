package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
)

// DevnetFile is the name of the file, in the devnet's data directory, that describes it.
const DevnetFile = "devnet.json"

// DevnetConfig configures StartDevnet.
type DevnetConfig struct {
	DataDir  string // the chain and devnet.json live here; required
	Port     int    // HTTP and WebSocket JSON-RPC port on 127.0.0.1 (0: any free port)
	Accounts int    // dev accounts funded on first start (ignored on restart)

	// The dispute rules, fixed at the first start's deployment (ignored on restart; zero
	// values take DefaultDevnetRules).
	Rules DevnetRules
	// Period, if positive, seals a block every Period seconds (transactions wait for it), so
	// that block time, which deadlines read, follows the wall clock. Zero seals a block for each
	// transaction at once, each a second after its parent: fast, but a busy chain's time runs
	// ahead of the wall clock.
	Period uint64
}

// DevnetRules are the dispute game's and the market's timing and bond on a devnet.
type DevnetRules struct {
	MoveTimeout    uint64        // seconds per dispute move
	DisputeTimeout time.Duration // after which the market expires a stuck dispute
	Bond           *big.Int      // a challenger's bond, in test tokens (wei units)
	UnbondingDelay time.Duration
}

// DefaultDevnetRules: 30 s per move, a dispute expires after an hour, a bond of 100 tokens, an
// unbonding delay of ten minutes.
func DefaultDevnetRules() DevnetRules {
	return DevnetRules{MoveTimeout: 30, DisputeTimeout: time.Hour, Bond: new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18)), UnbondingDelay: 10 * time.Minute}
}

func (r DevnetRules) withDefaults() DevnetRules {
	d := DefaultDevnetRules()
	if r.MoveTimeout == 0 {
		r.MoveTimeout = d.MoveTimeout
	}
	if r.DisputeTimeout == 0 {
		r.DisputeTimeout = d.DisputeTimeout
	}
	if r.Bond == nil {
		r.Bond = d.Bond
	}
	if r.UnbondingDelay == 0 {
		r.UnbondingDelay = d.UnbondingDelay
	}
	return r
}

// DevAccount is a dev-chain account with its private key. DEV ONLY: the keys are written in
// clear to devnet.json.
type DevAccount struct {
	Address    common.Address `json:"address"`
	PrivateKey hexutil.Bytes  `json:"private_key"`
}

// Key parses the account's private key.
func (a DevAccount) Key() (*ecdsa.PrivateKey, error) { return crypto.ToECDSA(a.PrivateKey) }

// DevnetInfo is the content of devnet.json.
type DevnetInfo struct {
	Warning    string       `json:"warning"`
	HTTPURL    string       `json:"http_url"`
	WSURL      string       `json:"ws_url"`
	ChainID    uint64       `json:"chain_id"`
	Deployment Deployment   `json:"deployment"`
	Judge      string       `json:"judge"` // the Judge the dispute game calls
	Deployer   DevAccount   `json:"deployer"`
	Accounts   []DevAccount `json:"accounts"`
}

const devWarning = "DEV ONLY: the private keys below are stored in clear; never use them on a real chain"

// Per dev account on first start.
var (
	devEther  = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	devTokens = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
)

// Devnet is a running in-process dev chain.
type Devnet struct {
	Info   DevnetInfo
	stack  *node.Node
	client *ethclient.Client
}

// ReadDevnetInfo reads devnet.json from a data directory.
func ReadDevnetInfo(dataDir string) (*DevnetInfo, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, DevnetFile))
	if err != nil {
		return nil, err
	}
	var info DevnetInfo
	if err := json.Unmarshal(b, &info); err != nil {
		return nil, fmt.Errorf("%s: %w", DevnetFile, err)
	}
	return &info, nil
}

func newDevAccount() (DevAccount, error) {
	k, err := crypto.GenerateKey()
	if err != nil {
		return DevAccount{}, err
	}
	return DevAccount{Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: crypto.FromECDSA(k)}, nil
}

// StartDevnet starts a go-ethereum dev node (node + eth + simulated beacon that mines a block for
// each transaction, as geth --dev does, on Osaka rules) serving JSON-RPC over HTTP and WebSocket
// on 127.0.0.1 only. On the first start in a data directory it generates the deployer and dev
// accounts, funds them with ether in the genesis, deploys the contracts, mints test tokens to
// every dev account and writes devnet.json; later starts reuse the chain and the deployment.
func StartDevnet(ctx context.Context, cfg DevnetConfig) (*Devnet, error) {
	if cfg.DataDir == "" {
		return nil, errors.New("devnet: a data directory is required")
	}
	if cfg.Accounts < 0 {
		return nil, fmt.Errorf("devnet: negative account count %d", cfg.Accounts)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, err
	}
	info, err := ReadDevnetInfo(cfg.DataDir)
	fresh := errors.Is(err, os.ErrNotExist)
	switch {
	case fresh:
		info = &DevnetInfo{}
		if info.Deployer, err = newDevAccount(); err != nil {
			return nil, err
		}
		for range cfg.Accounts {
			a, err := newDevAccount()
			if err != nil {
				return nil, err
			}
			info.Accounts = append(info.Accounts, a)
		}
	case err != nil:
		return nil, err
	}
	info.Warning = devWarning
	deployerKey, err := info.Deployer.Key()
	if err != nil {
		return nil, fmt.Errorf("deployer key: %w", err)
	}
	if fresh {
		// Save the keys before the chain exists: the genesis derives from them, so a start that
		// dies before the deployment is done finds the same genesis next time and deploys then.
		if err := writeDevnetInfo(cfg.DataDir, info); err != nil {
			return nil, err
		}
	}
	deploy := info.Deployment.Market == (common.Address{})

	// The genesis is a function of devnet.json alone, so a restart finds the same one on disk.
	genesis := core.DeveloperGenesisBlock(ethconfig.Defaults.Miner.GasCeil, &info.Deployer.Address)
	genesis.Config = OsakaConfig()
	for _, a := range info.Accounts {
		genesis.Alloc[a.Address] = types.Account{Balance: devEther}
	}

	stack, err := node.New(&node.Config{
		Name:              "veritrain-devnet",
		DataDir:           filepath.Join(cfg.DataDir, "geth"),
		HTTPHost:          "127.0.0.1",
		HTTPPort:          cfg.Port,
		HTTPModules:       []string{"eth", "net", "web3", "dev"},
		HTTPVirtualHosts:  []string{"localhost", "127.0.0.1"},
		HTTPCors:          []string{"*"},
		WSHost:            "127.0.0.1",
		WSPort:            cfg.Port, // shares the HTTP server
		WSModules:         []string{"eth", "net", "web3", "dev"},
		WSOrigins:         []string{"*"},
		UseLightweightKDF: true,
		P2P:               p2p.Config{MaxPeers: 0, NoDial: true, NoDiscovery: true, ListenAddr: ""},
	})
	if err != nil {
		return nil, fmt.Errorf("devnet node: %w", err)
	}
	d := &Devnet{stack: stack}
	ok := false
	defer func() {
		if !ok {
			d.Close()
		}
	}()
	ec := ethconfig.Defaults
	ec.Genesis = genesis
	ec.NetworkId = genesis.Config.ChainID.Uint64()
	ec.SyncMode = ethconfig.FullSync
	ec.Miner.PendingFeeRecipient = info.Deployer.Address
	backend, err := eth.New(stack, &ec)
	if err != nil {
		return nil, fmt.Errorf("devnet eth: %w", err)
	}
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))}})
	beacon, err := catalyst.NewSimulatedBeacon(cfg.Period, info.Deployer.Address, backend)
	if err != nil {
		return nil, fmt.Errorf("devnet beacon: %w", err)
	}
	catalyst.RegisterSimulatedBeaconAPIs(stack, beacon)
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		return nil, fmt.Errorf("devnet start: %w", err)
	}
	d.client = ethclient.NewClient(stack.Attach())
	info.HTTPURL = stack.HTTPEndpoint()
	info.WSURL = stack.WSEndpoint()
	info.ChainID = genesis.Config.ChainID.Uint64()

	opts := []Option{WithPollInterval(10 * time.Millisecond)}
	if deploy {
		// The Judge, then the dispute game and the market (the game is the market's dispute
		// manager), as a real deployment would have them.
		rules := cfg.Rules.withDefaults()
		judge, err := DeployJudge(ctx, d.client, deployerKey, opts...)
		if err != nil {
			return nil, fmt.Errorf("devnet deploy judge: %w", err)
		}
		dep, err := DeployWithDisputeGame(ctx, d.client, deployerKey,
			GameRules{Judge: judge, MoveTimeout: rules.MoveTimeout, Bond: rules.Bond, BondRewardBPS: 5000},
			append(opts, WithDisputeTimeout(rules.DisputeTimeout), WithUnbondingDelay(rules.UnbondingDelay))...)
		if err != nil {
			return nil, fmt.Errorf("devnet deploy: %w", err)
		}
		info.Deployment, info.Judge = *dep, judge.Hex()
		c, err := NewClient(ctx, d.client, *dep, deployerKey, opts...)
		if err != nil {
			return nil, err
		}
		for _, a := range append([]DevAccount{info.Deployer}, info.Accounts...) {
			if _, err := c.Mint(ctx, a.Address, devTokens); err != nil {
				return nil, fmt.Errorf("devnet fund %s: %w", a.Address, err)
			}
		}
	} else {
		code, err := d.client.CodeAt(ctx, info.Deployment.Market, nil)
		if err != nil {
			return nil, err
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("devnet: %s names a market at %s but the chain in %s has no code there (delete the data directory to start over)",
				DevnetFile, info.Deployment.Market, cfg.DataDir)
		}
	}
	if err := writeDevnetInfo(cfg.DataDir, info); err != nil {
		return nil, err
	}
	d.Info = *info
	ok = true
	return d, nil
}

func writeDevnetInfo(dir string, info *DevnetInfo) error {
	b, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return err
	}
	tmp, path := filepath.Join(dir, DevnetFile+".tmp"), filepath.Join(dir, DevnetFile)
	data := append(b, '\n')
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Client is an in-process JSON-RPC client of the devnet.
func (d *Devnet) Client() *ethclient.Client { return d.client }

// Close stops the node; the chain stays in the data directory.
func (d *Devnet) Close() error {
	if d.client != nil {
		d.client.Close()
		d.client = nil
	}
	if d.stack != nil {
		err := d.stack.Close()
		d.stack = nil
		return err
	}
	return nil
}
