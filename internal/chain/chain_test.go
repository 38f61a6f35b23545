package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"veritrain/internal/contracts"
)

func tok(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func testKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("veritrain chain test " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

type simEnv struct {
	t   *testing.T
	ctx context.Context
	sim *simulated.Backend
	dep *Deployment
}

func newSimEnv(t *testing.T, names ...string) (*simEnv, map[string]*Client) {
	t.Helper()
	alloc := types.GenesisAlloc{}
	keys := map[string]*ecdsa.PrivateKey{}
	for _, n := range append([]string{"deployer"}, names...) {
		keys[n] = testKey(n)
		alloc[crypto.PubkeyToAddress(keys[n].PublicKey)] = types.Account{Balance: tok(1000)}
	}
	cfg := OsakaConfig()
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
		func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = cfg })
	t.Cleanup(func() { sim.Close() })
	ctx := context.Background()
	opts := []Option{WithMine(func() { sim.Commit() }), WithPollInterval(2 * time.Millisecond), WithBatchSize(3)}
	dep, err := Deploy(ctx, sim.Client(), keys["deployer"], opts...)
	if err != nil {
		t.Fatal(err)
	}
	clients := map[string]*Client{}
	for n, k := range keys {
		c, err := NewClient(ctx, sim.Client(), *dep, k, opts...)
		if err != nil {
			t.Fatal(err)
		}
		clients[n] = c
	}
	return &simEnv{t: t, ctx: ctx, sim: sim, dep: dep}, clients
}

// advance moves chain time forward (one empty block); the pool may lag behind the last Commit.
func (e *simEnv) advance(d time.Duration) {
	e.t.Helper()
	var err error
	for range 400 {
		if err = e.sim.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty") {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err != nil {
		e.t.Fatal(err)
	}
}

func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

func params1() contracts.JobMarketJobParams {
	return contracts.JobMarketJobParams{
		SpecHash: crypto.Keccak256Hash([]byte("spec")), GraphRoot: crypto.Keccak256Hash([]byte("graph")),
		DataRoot: crypto.Keccak256Hash([]byte("data")), Shards: 1,
		BiddingPeriod: 3600, TrainingPeriod: 86400, ChallengeWindow: 3600,
		Budget: tok(100), StakePerShard: tok(50), VerifierFee: tok(10),
	}
}

func TestDeployAndHappyPath(t *testing.T) {
	e, c := newSimEnv(t, "submitter", "solver")
	ctx := e.ctx
	dc := c["deployer"]
	if e.dep.DisputeManager != dc.Address() || e.dep.ChainID != 1337 {
		t.Fatalf("deployment %+v", e.dep)
	}
	sub, sol := c["submitter"], c["solver"]
	r := must[*types.Receipt](t)
	r(sub.Mint(ctx, sub.Address(), tok(1000)))
	r(sol.Mint(ctx, sol.Address(), tok(1000)))
	r(sub.Approve(ctx, e.dep.Market, abi.MaxUint256))
	r(sol.Approve(ctx, e.dep.Staking, abi.MaxUint256))
	r(sol.Bond(ctx, tok(100)))
	id, _, err := sub.PostJob(ctx, params1())
	if err != nil {
		t.Fatal(err)
	}
	if id.Int64() != 1 {
		t.Fatalf("job id %v", id)
	}
	r(sol.Bid(ctx, id, tok(70)))
	e.advance(time.Hour)
	r(sol.FinalizeAuction(ctx, id))
	r(sol.Commit(ctx, id, 0, crypto.Keccak256Hash([]byte("trace")), crypto.Keccak256Hash([]byte("state"))))
	e.advance(time.Hour)
	r(sub.FinalizeShard(ctx, id, 0))
	j, err := sub.Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if j.State != 3 || j.Escrow.Sign() != 0 {
		t.Fatalf("job after finalization: %+v", j)
	}
	// One bid, one shard: the solver is paid the maximum price 90; no verifier was recorded, so
	// the fee goes back with the unspent escrow (1000 - 100 + 10).
	if got := must[*big.Int](t)(sol.TokenBalance(ctx, sol.Address())); got.Cmp(tok(990)) != 0 {
		t.Fatalf("solver balance %v", got)
	}
	if got := must[*big.Int](t)(sub.TokenBalance(ctx, sub.Address())); got.Cmp(tok(910)) != 0 {
		t.Fatalf("submitter balance %v", got)
	}
	if owed := must[*big.Int](t)(sub.MarketTotalOwed(ctx)); owed.Sign() != 0 {
		t.Fatalf("market owes %v", owed)
	}
}

func TestRevertDecoded(t *testing.T) {
	e, c := newSimEnv(t, "submitter")
	sub := c["submitter"]
	// No approval: the escrow transfer fails inside the token.
	_, _, err := sub.PostJob(e.ctx, params1())
	if err == nil {
		t.Fatal("postJob without tokens succeeded")
	}
	if name := RevertName(err); name != "ERC20InsufficientAllowance" {
		t.Fatalf("revert name %q in %v", name, err)
	}
	if !strings.Contains(err.Error(), "postJob: execution reverted: ERC20InsufficientAllowance(") {
		t.Fatalf("error text: %v", err)
	}
	var re *RevertError
	if !errors.As(err, &re) || len(re.Args) != 3 {
		t.Fatalf("revert args: %#v", re)
	}
	// A market error from the market's own ABI.
	_, err = sub.FinalizeAuction(e.ctx, big.NewInt(42))
	if RevertName(err) == "" {
		t.Fatalf("finalizeAuction of a missing job: %v", err)
	}
	t.Logf("decoded: %v", err)
}

func TestFollowResumes(t *testing.T) {
	e, c := newSimEnv(t, "solver")
	ctx := e.ctx
	sol := c["solver"]
	r := must[*types.Receipt](t)
	r(sol.Mint(ctx, sol.Address(), tok(1000)))
	r(sol.Approve(ctx, e.dep.Staking, abi.MaxUint256))
	for range 4 {
		r(sol.Bond(ctx, tok(1)))
	}
	type key struct {
		block uint64
		index uint
	}
	seen := map[key]bool{}
	var order []key
	collect := func(l types.Log) error {
		k := key{l.BlockNumber, l.Index}
		if seen[k] {
			t.Fatalf("duplicate log %v", k)
		}
		seen[k] = true
		order = append(order, k)
		return nil
	}
	// First run: stops on its own once caught up (cancel from the callback after the 2nd log).
	stopErr := errors.New("stop")
	n := 0
	next, err := sol.Poll(ctx, e.dep.DeployBlock, func(l types.Log) error {
		if n == 2 {
			return stopErr
		}
		n++
		return collect(l)
	})
	if !errors.Is(err, stopErr) {
		t.Fatal(err)
	}
	// The failing log's block is redelivered from the start: drop what we kept of that block,
	// as a caller that commits per block would.
	for k := range seen {
		if k.block >= next {
			delete(seen, k)
		}
	}
	kept := order[:0]
	for _, k := range order {
		if k.block < next {
			kept = append(kept, k)
		}
	}
	order = kept
	// More events after the "restart".
	for range 3 {
		r(sol.Bond(ctx, tok(1)))
	}
	fctx, cancel := context.WithCancel(ctx)
	head := must[uint64](t)(sol.b.BlockNumber(ctx))
	next, err = sol.Follow(fctx, next, func(l types.Log) error {
		if err := collect(l); err != nil {
			return err
		}
		if l.BlockNumber == head {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("follow: %v", err)
	}
	cancel()
	// Compare with one query over everything.
	var all []key
	if _, err := sol.Poll(ctx, 0, func(l types.Log) error { all = append(all, key{l.BlockNumber, l.Index}); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(all) != len(order) {
		t.Fatalf("followed %d logs, chain has %d", len(order), len(all))
	}
	for i := range all {
		if all[i] != order[i] {
			t.Fatalf("log %d: got %v want %v", i, order[i], all[i])
		}
	}
	if next < head {
		t.Fatalf("next %d < head %d", next, head)
	}
}
