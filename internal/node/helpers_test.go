package node

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	gethnode "github.com/ethereum/go-ethereum/node"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

func tok(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func key(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("veritrain node test " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

// The dispute game of the test chain: the real Judge, moves of testMoveTimeout seconds, a bond of
// testBond.
const testMoveTimeout = 600

var testBond = tok(5)

// testChain is a simulated chain (Osaka rules, for the Judge) with the Judge, the dispute game
// and the market deployed, and a client per name.
type testChain struct {
	t       *testing.T
	sim     *simulated.Backend
	mineMu  sync.Mutex // Commit and AdjustTime, which the simulated beacon does not serialize
	clients map[string]*chain.Client
}

func newTestChain(t *testing.T, names ...string) *testChain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	names = append([]string{"deployer"}, names...)
	for _, n := range names {
		alloc[crypto.PubkeyToAddress(key(n).PublicKey)] = types.Account{Balance: tok(1000)}
	}
	cfg := chain.OsakaConfig()
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
		func(_ *gethnode.Config, ec *ethconfig.Config) { ec.Genesis.Config = cfg })
	t.Cleanup(func() { sim.Close() })
	tc := &testChain{t: t, sim: sim, clients: map[string]*chain.Client{}}
	ctx := context.Background()
	opts := []chain.Option{chain.WithMine(tc.mine), chain.WithPollInterval(2 * time.Millisecond)}
	judge, err := chain.DeployJudge(ctx, sim.Client(), key("deployer"), opts...)
	if err != nil {
		t.Fatal(err)
	}
	rules := chain.GameRules{Judge: judge, MoveTimeout: testMoveTimeout, Bond: testBond, BondRewardBPS: game.DefaultRewardBPS}
	dep, err := chain.DeployWithDisputeGame(ctx, sim.Client(), key("deployer"), rules, opts...)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		c, err := chain.NewClient(ctx, sim.Client(), *dep, key(n), opts...)
		if err != nil {
			t.Fatal(err)
		}
		tc.clients[n] = c
	}
	return tc
}

// mine seals the pending transactions into a block (chain.WithMine).
func (tc *testChain) mine() {
	tc.mineMu.Lock()
	defer tc.mineMu.Unlock()
	tc.sim.Commit()
}

// advance moves chain time forward by d (one empty block).
func (tc *testChain) advance(d time.Duration) {
	tc.t.Helper()
	var err error
	for range 400 {
		tc.mineMu.Lock()
		err = tc.sim.AdjustTime(d)
		tc.mineMu.Unlock()
		if err == nil || !strings.Contains(err.Error(), "non-empty") {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err != nil {
		tc.t.Fatal(err)
	}
}

// must fails t if a transaction failed.
func must(t *testing.T) func(*types.Receipt, error) {
	return func(_ *types.Receipt, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
}

// fund mints tokens to the named parties, approves the market, Staking and the dispute game for
// each, and bonds stake of the solvers.
func (tc *testChain) fund(ctx context.Context, stake *big.Int, names ...string) {
	t := tc.t
	t.Helper()
	for _, n := range names {
		c := tc.clients[n]
		must(t)(c.Mint(ctx, c.Address(), tok(1000)))
		dep := c.Deployment()
		for _, spender := range []common.Address{dep.Market, dep.Staking, dep.DisputeManager, dep.RoundManager} {
			must(t)(c.Approve(ctx, spender, abi.MaxUint256))
		}
		if stake != nil {
			must(t)(c.Bond(ctx, stake))
		}
	}
}

// postJob posts job (a spec file in dir) from the submitter with its real roots, registers its
// Judge context and game layout, and returns its id.
func (tc *testChain) postJob(ctx context.Context, dir string, job *spec.Job, p contracts.JobMarketJobParams) *big.Int {
	return tc.postJobWith(ctx, dir, job, p, nil)
}

// postJobWith is postJob with the parameters changed by edit (if set) after the real roots are
// filled in: an adversary submitter's job.
func (tc *testChain) postJobWith(ctx context.Context, dir string, job *spec.Job, p contracts.JobMarketJobParams, edit func(*contracts.JobMarketJobParams)) *big.Int {
	t := tc.t
	t.Helper()
	sub := tc.clients["submitter"]
	tr, err := train.Open(filepath.Join(dir, "job.toml"))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	dj, err := DisputeJob(tr, nil)
	if err != nil {
		t.Fatal(err)
	}
	p.SpecHash, p.GraphRoot, p.DataRoot = job.Hash, dj.GraphRoot, dj.DataRoot
	if edit != nil {
		edit(&p)
	}
	id, _, err := sub.PostJob(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	tc.register(ctx, tr, id, dj.Steps)
	return id
}

// register registers the Judge context of job id (trained by tr) and its game layout, with
// steps steps (the job's, or another number for a wrong layout).
func (tc *testChain) register(ctx context.Context, tr *train.Trainer, id *big.Int, steps int) {
	t := tc.t
	t.Helper()
	sub := tc.clients["submitter"]
	dj, err := DisputeJob(tr, nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := JudgeContext(tr)
	if err != nil {
		t.Fatal(err)
	}
	h, _, err := sub.RegisterJudgeContext(ctx, enc)
	if err != nil {
		t.Fatal(err)
	}
	must(t)(sub.RegisterLayout(ctx, id, chain.NewGameLayout(dj.Ops, dj.NumStates, steps, dj.Initial, commit.Hash(h))))
	if tr.Job.Sharded() {
		rs, err := train.RoundSpecFor(tr)
		if err != nil {
			t.Fatal(err)
		}
		must(t)(sub.RegisterRounds(ctx, id, rs))
	}
}

// specDir is a local spec source: the specs it was given, by hash.
type specDir map[commit.Hash]*spec.Job

func (s specDir) Spec(_ context.Context, h commit.Hash) (*spec.Job, error) {
	if j, ok := s[h]; ok {
		return j, nil
	}
	return nil, errors.New("unknown spec")
}

// solverRuns is a local run source: the runs of a solver node whose WorkDir is its directory.
type solverRuns string

func (d solverRuns) RunDir(_ context.Context, k market.RunKey, _ market.Address, _ commit.Hash) (string, error) {
	dir := RunDir(string(d), k)
	if _, err := os.Stat(filepath.Join(dir, train.CommitmentsFile)); err != nil {
		return "", err
	}
	return dir, nil
}

// actionNames are the types of acts, without the package.
func actionNames(acts []market.Action) string {
	var got []string
	for _, a := range acts {
		got = append(got, strings.TrimPrefix(fmt.Sprintf("%T", a), "market."))
	}
	return strings.Join(got, ",")
}

// smallJob writes a 6-step char-level GPT spec (with its corpus) to dir and parses it.
func smallJob(t *testing.T, dir string) *spec.Job {
	t.Helper()
	b, err := os.ReadFile("../../examples/char-gpt.toml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, r := range [][2]string{{"steps = ", "steps = 6 #"}, {"checkpoint_every = ", "checkpoint_every = 3 #"}, {"dim = 64", "dim = 16"}, {"depth = 2", "depth = 1"}} {
		if strings.Count(s, r[0]) != 1 {
			t.Fatalf("char-gpt.toml: %q does not occur once", r[0])
		}
		s = strings.Replace(s, r[0], r[1], 1)
	}
	corpus, err := os.ReadFile("../../examples/data/opticks.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "data", "opticks.txt"), corpus[:64<<10], 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "job.toml")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	job, err := spec.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return job
}
