package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// The test market: one token unit is 1e18 base units.
const (
	unbondingDelay  = 2 * 24 * time.Hour
	disputeTimeout  = 7 * 24 * time.Hour
	biddingPeriod   = time.Hour
	trainingPeriod  = 24 * time.Hour
	challengeWindow = time.Hour
)

// Job, shard and close states as the contract numbers them.
const (
	jobBidding = 1
	jobActive  = 2
	jobClosed  = 3

	closeCancelled = 0
	closeNoBids    = 1
	closeSettled   = 2

	shardAssigned  = 1
	shardCommitted = 2
	shardFinalized = 3
	shardRefunded  = 4
)

// tok returns n whole tokens in base units.
func tok(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

type account struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
	opts *bind.TransactOpts
}

// env is one simulated chain with the contracts deployed and funded accounts.
type env struct {
	t       testing.TB
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int

	deployer, submitter, dm, verifier, challenger, anyone *account
	solvers                                               []*account
	accounts                                              []*account

	tok  *TestToken
	stk  *Staking
	mkt  *JobMarket
	evil *MaliciousToken // only in envs built on the malicious token

	tokenAddr, stakingAddr, marketAddr common.Address
	tokC, stkC, mktC                   *bind.BoundContract

	abis []abi.ABI // for decoding revert data
}

func newAccount(name string, chainID *big.Int) *account {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("veritrain test account " + name)))
	if err != nil {
		panic(err)
	}
	return &account{name: name, key: key, addr: crypto.PubkeyToAddress(key.PublicKey), opts: bind.NewKeyedTransactor(key, chainID)}
}

// newEnv deploys TestToken, Staking and JobMarket with an EOA as the dispute manager, gives every
// account tokens, and bonds 1000 tokens of stake for the six solvers, the verifier and the
// challenger.
func newEnv(t testing.TB) *env {
	return newEnvWith(t, 6, TestTokenMetaData.Bin)
}

// newEnvWith is newEnv with n solvers on the token compiled as tokenBin (TestToken or
// MaliciousToken: both have an open mint).
func newEnvWith(t testing.TB, n int, tokenBin string) *env {
	e := newBareEnv(t, n)
	addr, _ := e.deploy(e.deployer, tokenBin, nil)
	e.setupMarket(addr)
	for _, a := range e.accounts {
		e.send(a, e.tokC, e.tok.PackMint(a.addr, tok(1_000_000)))
	}
	e.send(e.submitter, e.tokC, e.tok.PackApprove(e.marketAddr, abi.MaxUint256))
	for _, a := range append(append([]*account{}, e.solvers...), e.verifier, e.challenger) {
		e.send(a, e.tokC, e.tok.PackApprove(e.stakingAddr, abi.MaxUint256))
		e.send(a, e.stkC, e.stk.PackBond(tok(1_000)))
	}
	e.checkInvariants()
	return e
}

// Fork rules of the simulated chain. go-ethereum 1.17's dev chain config enables every fork it
// knows, up to Bogota, whose Amsterdam instruction set prices new state by the byte (EIP-8037):
// a fresh storage slot costs several times what it costs on mainnet. The tests run on Osaka
// rules (mainnet since the Fusaka upgrade) so that gas numbers mean what they mean on live
// chains; the gas report also shows the Bogota numbers.
type fork int

const (
	forkOsaka fork = iota
	forkBogota
)

func (f fork) String() string { return [...]string{"osaka", "bogota"}[f] }

func chainConfig(f fork) *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	if f == forkOsaka {
		c.AmsterdamTime = nil
		c.BogotaTime = nil
	}
	return &c
}

// newBareEnv starts a chain (Osaka rules) with funded (ether only) accounts and nothing deployed.
func newBareEnv(t testing.TB, nSolvers int) *env {
	return newBareEnvFork(t, nSolvers, forkOsaka)
}

func newBareEnvFork(t testing.TB, nSolvers int, f fork) *env {
	t.Helper()
	chainID := big.NewInt(1337) // the simulated backend's chain id
	e := &env{t: t, ctx: context.Background(), chainID: chainID}
	e.deployer = newAccount("deployer", chainID)
	e.submitter = newAccount("submitter", chainID)
	e.dm = newAccount("dispute-manager", chainID)
	e.verifier = newAccount("verifier", chainID)
	e.challenger = newAccount("challenger", chainID)
	e.anyone = newAccount("anyone", chainID)
	e.accounts = []*account{e.deployer, e.submitter, e.dm, e.verifier, e.challenger, e.anyone}
	for i := range nSolvers {
		s := newAccount(fmt.Sprintf("solver-%d", i), chainID)
		e.solvers = append(e.solvers, s)
		e.accounts = append(e.accounts, s)
	}
	alloc := types.GenesisAlloc{}
	for _, a := range e.accounts {
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000), big.NewInt(1e18))}
	}
	cfg := chainConfig(f)
	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000),
		func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = cfg })
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	// Put the chain's clock far ahead of the wall clock, so that every block is exactly one
	// second after its parent unless a test moves time (Commit uses max(now, parent+1)).
	if err := e.sim.AdjustTime(1000 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	e.tok, e.stk, e.mkt, e.evil = NewTestToken(), NewStaking(), NewJobMarket(), NewMaliciousToken()
	e.abis = []abi.ABI{e.mkt.GetABI(), e.stk.GetABI(), e.tok.GetABI(), e.evil.GetABI()}
	return e
}

// setupMarket deploys Staking and JobMarket on the given token and initializes Staking.
func (e *env) setupMarket(token common.Address) {
	e.tokenAddr = token
	e.tokC = e.tok.Instance(e.client, token)
	e.stakingAddr, _ = e.deploy(e.deployer, StakingMetaData.Bin, e.stk.PackConstructor(token, uint64(unbondingDelay/time.Second)))
	e.marketAddr, _ = e.deploy(e.deployer, JobMarketMetaData.Bin,
		e.mkt.PackConstructor(token, e.stakingAddr, e.dm.addr, common.Address{}, uint64(disputeTimeout/time.Second)))
	e.stkC = e.stk.Instance(e.client, e.stakingAddr)
	e.mktC = e.mkt.Instance(e.client, e.marketAddr)
	e.send(e.deployer, e.stkC, e.stk.PackInitialize(e.marketAddr, e.dm.addr))
}

// deploy sends a creation transaction and mines it.
func (e *env) deploy(from *account, bin string, ctorArgs []byte) (common.Address, *types.Receipt) {
	e.t.Helper()
	addr, tx, err := bind.DeployContract(from.opts, common.FromHex(bin), e.client, ctorArgs)
	if err != nil {
		e.t.Fatalf("deploy: %v", err)
	}
	e.sim.Commit()
	r := e.receipt(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("deploy reverted")
	}
	return addr, r
}

func (e *env) receipt(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	r, err := e.client.TransactionReceipt(e.ctx, tx.Hash())
	if err != nil {
		e.t.Fatalf("receipt: %v", err)
	}
	return r
}

// trySend estimates, signs, sends and mines one transaction. A revert found by the gas
// estimation is returned as an error carrying the revert data.
func (e *env) trySend(from *account, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	// As chain.Client does: a margin on the estimate, which runs on the latest block (a timestamp
	// written in the next block can cost more than the no-op write the estimate saw).
	to := c.Address()
	est, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: from.addr, To: &to, Data: data})
	if err != nil {
		return nil, err
	}
	opts := *from.opts
	opts.GasLimit = est + est/4
	tx, err := bind.Transact(c, &opts, data)
	if err != nil {
		return nil, err
	}
	e.sim.Commit()
	r := e.receipt(tx)
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("transaction reverted on chain")
	}
	return r, nil
}

// send is trySend that fails the test on error.
func (e *env) send(from *account, c *bind.BoundContract, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.trySend(from, c, data)
	if err != nil {
		e.t.Fatalf("%s: %s", from.name, e.describe(err))
	}
	return r
}

// expectRevert checks that the transaction reverts with the named custom error.
func (e *env) expectRevert(from *account, c *bind.BoundContract, data []byte, want string) {
	e.t.Helper()
	_, err := e.trySend(from, c, data)
	if err == nil {
		e.t.Fatalf("%s: want revert %s, got success", from.name, want)
	}
	if got := e.revertName(err); got != want {
		e.t.Fatalf("%s: want revert %s, got %s", from.name, want, e.describe(err))
	}
}

// revertName decodes the custom error name of a revert (or "" if there is none).
func (e *env) revertName(err error) string {
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		return ""
	}
	return e.errorName(data)
}

func (e *env) errorName(data []byte) string {
	if len(data) < 4 {
		return fmt.Sprintf("revert(%x)", data)
	}
	for _, a := range e.abis {
		for name, ev := range a.Errors {
			if string(ev.ID[:4]) == string(data[:4]) {
				return name
			}
		}
	}
	if string(data[:4]) == string(crypto.Keccak256([]byte("Panic(uint256)"))[:4]) {
		return fmt.Sprintf("Panic(%x)", data[4:])
	}
	return fmt.Sprintf("unknown(%x)", data[:4])
}

func (e *env) describe(err error) string {
	if name := e.revertName(err); name != "" {
		return "revert " + name
	}
	return err.Error()
}

// call runs a read-only call against the latest block.
func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %s", e.describe(err))
	}
	return v
}

// now is the timestamp of the latest block (what calls and gas estimations see); the next
// transaction's block is now+1.
func (e *env) now() uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// advance moves the chain clock forward by d (one empty block).
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	// The transaction pool learns about a new head asynchronously, so right after a Commit it may
	// still list the mined transaction as pending, and AdjustTime refuses a non-empty pool. Poll
	// until the pool has caught up (this waits for the simulator, it does not move chain time).
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

// advanceTo mines an empty block with timestamp ts, so that calls and gas estimations (which run
// on the latest block) see block.timestamp == ts; the next transaction is mined at ts+1.
func (e *env) advanceTo(ts uint64) {
	e.t.Helper()
	now := e.now()
	if ts <= now {
		if ts < now {
			e.t.Fatalf("advanceTo(%d): chain is already at %d", ts, now)
		}
		return
	}
	e.advance(time.Duration(ts-now) * time.Second)
	if got := e.now(); got != ts {
		e.t.Fatalf("advanceTo(%d): chain at %d", ts, got)
	}
}

// ---------------------------------------------------------------- reads

func (e *env) job(id *big.Int) JobMarketJob {
	e.t.Helper()
	return call(e, e.mktC, e.mkt.PackGetJob(id), e.mkt.UnpackGetJob)
}

func (e *env) shard(id *big.Int, i int64) JobMarketShard {
	e.t.Helper()
	return call(e, e.mktC, e.mkt.PackGetShard(id, big.NewInt(i)), e.mkt.UnpackGetShard)
}

func (e *env) bids(id *big.Int) []JobMarketBid {
	e.t.Helper()
	return call(e, e.mktC, e.mkt.PackGetBids(id), e.mkt.UnpackGetBids)
}

func (e *env) balance(a common.Address) *big.Int {
	e.t.Helper()
	return call(e, e.tokC, e.tok.PackBalanceOf(a), e.tok.UnpackBalanceOf)
}

func (e *env) stake(a common.Address) AccountOfOutput {
	e.t.Helper()
	return call(e, e.stkC, e.stk.PackAccountOf(a), e.stk.UnpackAccountOf)
}

func (e *env) lockedBy(operator, a common.Address) *big.Int {
	e.t.Helper()
	return call(e, e.stkC, e.stk.PackLockedBy(operator, a), e.stk.UnpackLockedBy)
}

// ---------------------------------------------------------------- market actions

// jobParams is a one-shard job: budget 100, verifier fee 10 (so the maximum price is 90),
// stake 50 per shard.
func jobParams(shards uint16) JobMarketJobParams {
	return JobMarketJobParams{
		SpecHash:        crypto.Keccak256Hash([]byte("spec")),
		GraphRoot:       crypto.Keccak256Hash([]byte("graph")),
		DataRoot:        crypto.Keccak256Hash([]byte("data")),
		Shards:          shards,
		BiddingPeriod:   uint64(biddingPeriod / time.Second),
		TrainingPeriod:  uint64(trainingPeriod / time.Second),
		ChallengeWindow: uint64(challengeWindow / time.Second),
		Budget:          new(big.Int).Mul(tok(100), big.NewInt(int64(shards))),
		StakePerShard:   tok(50),
		VerifierFee:     tok(10),
	}
}

// post posts a job and returns its id (from the JobPosted event).
func (e *env) post(p JobMarketJobParams) *big.Int {
	e.t.Helper()
	r := e.send(e.submitter, e.mktC, e.mkt.PackPostJob(p))
	ev := findEvent(e, r, e.mkt.UnpackJobPostedEvent)
	if ev == nil {
		e.t.Fatal("no JobPosted event")
	}
	return ev.JobId
}

func (e *env) bid(s *account, id *big.Int, price *big.Int) *types.Receipt {
	e.t.Helper()
	return e.send(s, e.mktC, e.mkt.PackBid(id, price))
}

// endBidding moves time past the bidding window of a job.
func (e *env) endBidding(id *big.Int) {
	e.t.Helper()
	e.advanceTo(e.job(id).BiddingEnds)
}

func (e *env) commit(s *account, id *big.Int, i int64) *types.Receipt {
	e.t.Helper()
	return e.send(s, e.mktC, e.mkt.PackCommit(id, big.NewInt(i), crypto.Keccak256Hash([]byte("trace"), s.addr[:]),
		crypto.Keccak256Hash([]byte("state"), s.addr[:])))
}

// findEvent returns the first log of the receipt that unpacks as the wanted event.
func findEvent[T any](e *env, r *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	for _, l := range r.Logs {
		if v, err := unpack(l); err == nil {
			return v
		}
	}
	return nil
}

// eventNames lists the market's and staking's events in a receipt, in order.
func (e *env) eventNames(r *types.Receipt) []string {
	var names []string
	for _, l := range r.Logs {
		for _, a := range e.abis[:2] {
			if ev, err := a.EventByID(l.Topics[0]); err == nil {
				names = append(names, ev.Name)
				break
			}
		}
	}
	return names
}

func (e *env) expectEvents(r *types.Receipt, want ...string) {
	e.t.Helper()
	got := e.eventNames(r)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		e.t.Fatalf("events: got %v, want %v", got, want)
	}
}

// ---------------------------------------------------------------- invariants

// checkInvariants checks the solvency of both contracts and the stake accounting:
//   - market: token balance == totalOwed == sum of job escrows + unclaimed payments;
//   - staking: token balance == totalOwed == sum of bonded + unbonding + burned;
//   - every account: locked <= bonded, and the stake the market holds locked for it equals
//     stakePerShard for each of its live bids (unassigned reserves, bids of jobs still bidding or
//     cancelled) and each shard it holds (assigned or committed).
func (e *env) checkInvariants() {
	e.t.Helper()
	if e.marketAddr == (common.Address{}) {
		return
	}
	held := e.balance(e.marketAddr)
	owed := call(e, e.mktC, e.mkt.PackTotalOwed(), e.mkt.UnpackTotalOwed)
	if held.Cmp(owed) != 0 {
		e.t.Fatalf("market: holds %v, owes %v", held, owed)
	}
	n := call(e, e.mktC, e.mkt.PackJobCount(), e.mkt.UnpackJobCount).Int64()
	sum := call(e, e.mktC, e.mkt.PackTotalUnclaimed(), e.mkt.UnpackTotalUnclaimed)
	wantLocks := map[common.Address]*big.Int{}
	addLock := func(a common.Address, v *big.Int) {
		if wantLocks[a] == nil {
			wantLocks[a] = new(big.Int)
		}
		wantLocks[a].Add(wantLocks[a], v)
	}
	for id := int64(1); id <= n; id++ {
		j := e.job(big.NewInt(id))
		sum = new(big.Int).Add(sum, j.Escrow)
		if j.State == jobClosed && j.Escrow.Sign() != 0 {
			e.t.Fatalf("job %d closed with escrow %v", id, j.Escrow)
		}
		for i, b := range e.bids(big.NewInt(id)) {
			if b.Bidder != (common.Address{}) && (j.State == jobBidding || i >= int(j.NextReserve)) {
				addLock(b.Bidder, j.StakePerShard)
			}
		}
		if j.State == jobActive || (j.State == jobClosed && j.Settled > 0) {
			for s := int64(0); s < int64(j.Shards); s++ {
				sh := e.shard(big.NewInt(id), s)
				if sh.State == shardAssigned || sh.State == shardCommitted {
					addLock(sh.Solver, j.StakePerShard)
				}
			}
		}
	}
	if sum.Cmp(owed) != 0 {
		e.t.Fatalf("market: escrows + unclaimed = %v, totalOwed = %v", sum, owed)
	}

	sheld := e.balance(e.stakingAddr)
	sowed := call(e, e.stkC, e.stk.PackTotalOwed(), e.stk.UnpackTotalOwed)
	if sheld.Cmp(sowed) != 0 {
		e.t.Fatalf("staking: holds %v, owes %v", sheld, sowed)
	}
	total := call(e, e.stkC, e.stk.PackBurned(), e.stk.UnpackBurned)
	for _, a := range e.accounts {
		s := e.stake(a.addr)
		total = new(big.Int).Add(total, new(big.Int).Add(s.Bonded, s.Unbonding))
		if s.Locked.Cmp(s.Bonded) > 0 {
			e.t.Fatalf("%s: locked %v > bonded %v", a.name, s.Locked, s.Bonded)
		}
		want := wantLocks[a.addr]
		if want == nil {
			want = new(big.Int)
		}
		if got := e.lockedBy(e.marketAddr, a.addr); got.Cmp(want) != 0 {
			e.t.Fatalf("%s: market holds %v of its stake locked, want %v", a.name, got, want)
		}
	}
	if total.Cmp(sowed) != 0 {
		e.t.Fatalf("staking: accounts + burned = %v, totalOwed = %v", total, sowed)
	}
}
