package chain

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func bigEq(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s: got %v, want %v", what, got, want)
	}
}

func expectRevert(t *testing.T, what string, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: succeeded, want revert %s", what, want)
	}
	if got := RevertName(err); got != want {
		t.Fatalf("%s: %v, want revert %s", what, err, want)
	}
}

// Every entry point of the market and staking that the happy path does not take, through the
// client: settings, cancellation, reserves, missed deadlines, poke, the dispute-manager hooks,
// dispute expiry, claim, unbonding and the operator hooks of Staking; refusals come back as
// decoded custom errors.
func TestClientEntryPoints(t *testing.T) {
	e, c := newSimEnv(t, "submitter", "solver", "reserve", "challenger")
	ctx := e.ctx
	dm, sub, sol, res, ch := c["deployer"], c["submitter"], c["solver"], c["reserve"], c["challenger"]
	r := must[*types.Receipt](t)
	num := must[*big.Int](t)

	// Settings.
	mp, err := sub.MarketParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if mp.Token != e.dep.Token || mp.Staking != e.dep.Staking || mp.DisputeManager != dm.Address() ||
		mp.DisputeTimeout != 7*24*time.Hour || mp.MaxShards != 64 || mp.MaxReserveBids != 16 ||
		mp.DisputeRewardBPS != 5000 || mp.MissedDeadlineSlashBPS != 2500 || mp.MaxPeriod == 0 {
		t.Fatalf("market params %+v", mp)
	}
	sp, err := sub.StakingParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if sp != (StakingParams{Token: e.dep.Token, Market: e.dep.Market, DisputeManager: dm.Address(), Deployer: dm.Address(),
		Initialized: true, UnbondingDelay: 2 * 24 * time.Hour}) {
		t.Fatalf("staking params %+v", sp)
	}
	_, err = dm.InitializeStaking(ctx, e.dep.Market, dm.Address())
	expectRevert(t, "second initialize", err, "AlreadyInitialized")
	if !strings.Contains(err.Error(), "Staking.initialize: execution reverted: AlreadyInitialized()") {
		t.Fatalf("error text: %v", err)
	}

	for _, x := range []*Client{sub, sol, res, ch} {
		r(x.Mint(ctx, x.Address(), tok(1000)))
	}
	r(sub.Approve(ctx, e.dep.Market, abi.MaxUint256))
	for _, x := range []*Client{sol, res, ch} {
		r(x.Approve(ctx, e.dep.Staking, abi.MaxUint256))
		r(x.Bond(ctx, tok(200)))
	}

	// A cancelled job: the bidder withdraws its bid and gets its stake back.
	id, _, err := sub.PostJob(ctx, params1())
	if err != nil {
		t.Fatal(err)
	}
	r(sol.Bid(ctx, id, tok(40)))
	bigEq(t, "locked by a bid", num(sol.LockedBy(ctx, e.dep.Market, sol.Address())), tok(50))
	_, err = sol.CancelJob(ctx, id)
	expectRevert(t, "cancel by a bidder", err, "NotSubmitter")
	r(sub.CancelJob(ctx, id))
	r(sol.WithdrawBid(ctx, id))
	bigEq(t, "unlocked", num(sol.AvailableStake(ctx, sol.Address())), tok(200))
	_, err = sol.WithdrawBid(ctx, id)
	expectRevert(t, "second withdrawal", err, "NoBid")

	// Two bids; poke finalizes the auction; the winner misses its deadline and the reserve takes
	// the shard.
	id, _, err = sub.PostJob(ctx, params1())
	if err != nil {
		t.Fatal(err)
	}
	r(sol.Bid(ctx, id, tok(40)))
	r(res.Bid(ctx, id, tok(60)))
	if bids, err := sub.Bids(ctx, id); err != nil || len(bids) != 2 || bids[1].Bidder != res.Address() {
		t.Fatalf("bids %+v, %v", bids, err)
	}
	bo, err := sub.BidOf(ctx, id, res.Address())
	if err != nil || !bo.Exists || bo.Index.Uint64() != 1 || bo.Price.Cmp(tok(60)) != 0 {
		t.Fatalf("bidOf: %+v, %v", bo, err)
	}
	e.advance(time.Hour)
	r(ch.Poke(ctx, id))
	_, err = ch.Poke(ctx, id)
	expectRevert(t, "second poke", err, "NothingToPoke")
	if s0, err := sub.Shard(ctx, id, 0); err != nil || s0.Solver != sol.Address() || s0.Attempt != 1 {
		t.Fatalf("shard after the auction: %+v, %v", s0, err)
	}
	e.advance(24 * time.Hour)
	r(ch.ReportMissedDeadline(ctx, id, 0))
	burned := num(sub.Burned(ctx))
	bigEq(t, "burned for the missed deadline", burned, new(big.Int).Div(tok(50), big.NewInt(4)))
	s0, err := sub.Shard(ctx, id, 0)
	if err != nil || s0.Solver != res.Address() || s0.Attempt != 2 {
		t.Fatalf("shard after the missed deadline: %+v, %v", s0, err)
	}

	// The dispute manager's hooks; a dispute left open expires.
	r(res.Commit(ctx, id, 0, crypto.Keccak256Hash([]byte("trace")), crypto.Keccak256Hash([]byte("state"))))
	_, err = sub.OpenDispute(ctx, id, 0, 2)
	expectRevert(t, "openDispute by the submitter", err, "NotDisputeManager")
	_, err = dm.RecordVerifier(ctx, id, 0, 1, ch.Address())
	expectRevert(t, "recordVerifier of a stale attempt", err, "WrongAttempt")
	r(dm.RecordVerifier(ctx, id, 0, 2, ch.Address()))
	r(dm.OpenDispute(ctx, id, 0, 2))
	r(dm.CloseDispute(ctx, id, 0, 2, false, ch.Address()))
	r(dm.OpenDispute(ctx, id, 0, 2))
	_, err = ch.ExpireDispute(ctx, id, 0)
	expectRevert(t, "early expiry", err, "TooEarly")
	e.advance(7 * 24 * time.Hour)
	r(ch.ExpireDispute(ctx, id, 0))
	j, err := sub.Job(ctx, id)
	if err != nil || j.State != 3 || j.Escrow.Sign() != 0 {
		t.Fatalf("job after the expiry: %+v, %v", j, err)
	}
	bigEq(t, "reserve unlocked", num(res.LockedBy(ctx, e.dep.Market, res.Address())), new(big.Int))

	// Nothing is deferred with an ordinary token.
	bigEq(t, "owed", num(sub.Owed(ctx, sub.Address())), new(big.Int))
	_, err = sub.Claim(ctx)
	expectRevert(t, "claim", err, "NothingToClaim")

	// Unbonding: request, cancel, request again, withdraw after the delay.
	r(ch.RequestUnbond(ctx, tok(50)))
	r(ch.CancelUnbond(ctx))
	_, err = ch.CancelUnbond(ctx)
	expectRevert(t, "second cancel", err, "NothingUnbonding")
	r(ch.RequestUnbond(ctx, tok(50)))
	_, err = ch.WithdrawStake(ctx)
	expectRevert(t, "early withdrawal", err, "UnbondingNotElapsed")
	e.advance(2 * 24 * time.Hour)
	before := num(ch.TokenBalance(ctx, ch.Address()))
	r(ch.WithdrawStake(ctx))
	bigEq(t, "withdrawn", new(big.Int).Sub(num(ch.TokenBalance(ctx, ch.Address())), before), tok(50))

	// Staking's operator hooks, for the dispute manager (an EOA here).
	_, err = sol.LockStake(ctx, sol.Address(), tok(1))
	expectRevert(t, "lock by a staker", err, "NotOperator")
	r(dm.LockStake(ctx, sol.Address(), tok(10)))
	r(dm.UnlockStake(ctx, sol.Address(), tok(5)))
	r(dm.SlashStake(ctx, sol.Address(), tok(5), ch.Address(), tok(2)))
	bigEq(t, "locked by the dispute manager", num(sol.LockedBy(ctx, dm.Address(), sol.Address())), new(big.Int))
	bigEq(t, "burned", num(sub.Burned(ctx)), new(big.Int).Add(burned, tok(3)))
	st, err := ch.Stake(ctx, ch.Address())
	if err != nil || st.Bonded.Cmp(tok(152)) != 0 {
		t.Fatalf("challenger's stake after the reward: %+v, %v", st, err)
	}

	// Solvency, through the client's reads.
	bigEq(t, "market escrow", num(sub.MarketTotalEscrow(ctx)), new(big.Int))
	bigEq(t, "market unclaimed", num(sub.MarketTotalUnclaimed(ctx)), new(big.Int))
	bigEq(t, "market owes", num(sub.MarketTotalOwed(ctx)), num(sub.TokenBalance(ctx, e.dep.Market)))
	owed := num(sub.StakingTotalOwed(ctx))
	bigEq(t, "staking owes", owed, num(sub.TokenBalance(ctx, e.dep.Staking)))
	bigEq(t, "staked + burned", new(big.Int).Add(num(sub.TotalStaked(ctx)), num(sub.Burned(ctx))), owed)
}
