package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
)

// evilEnv is newEnv on MaliciousToken.
func evilEnv(t *testing.T) (*env, *bind.BoundContract) {
	e := newEnvWith(t, 3, MaliciousTokenMetaData.Bin)
	return e, e.evil.Instance(e.client, e.tokenAddr)
}

// expectReentryBlocked checks that the armed attack fired and was refused by the reentrancy guard.
func (e *env) expectReentryBlocked(evilC *bind.BoundContract) {
	e.t.Helper()
	if !call(e, evilC, e.evil.PackAttempted(), e.evil.UnpackAttempted) {
		e.t.Fatal("the malicious token did not attempt the reentrant call")
	}
	if call(e, evilC, e.evil.PackSucceeded(), e.evil.UnpackSucceeded) {
		e.t.Fatal("the reentrant call succeeded")
	}
	ret := call(e, evilC, e.evil.PackReturned(), e.evil.UnpackReturned)
	if got := e.errorName(ret); got != "ReentrancyGuardReentrantCall" {
		e.t.Fatalf("reentrant call failed with %s, want ReentrancyGuardReentrantCall", got)
	}
}

// A token that calls back into the market from inside a payout cannot finalize a shard twice,
// nor re-enter any other entry point; the solver is paid exactly once.
func TestReentrancyThroughTokenPayout(t *testing.T) {
	e, evilC := evilEnv(t)
	payloads := map[string]func(id *big.Int) []byte{
		"finalizeShard": func(id *big.Int) []byte { return e.mkt.PackFinalizeShard(id, shard0) },
		"poke":          func(id *big.Int) []byte { return e.mkt.PackPoke(id) },
		"claim":         func(*big.Int) []byte { return e.mkt.PackClaim() },
		"postJob":       func(*big.Int) []byte { return e.mkt.PackPostJob(jobParams(1)) },
		"cancelJob":     func(id *big.Int) []byte { return e.mkt.PackCancelJob(id) },
	}
	for _, name := range []string{"finalizeShard", "poke", "claim", "postJob", "cancelJob"} {
		id, winner := e.committedJob(40)
		e.advance(challengeWindow)
		before := e.balance(winner.addr)
		// Fire on the market's first outgoing transfer: the solver's payment.
		e.send(e.anyone, evilC, e.evil.PackArm(e.marketAddr, e.marketAddr, payloads[name](id)))
		r := e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0))
		if findEvent(e, r, e.evil.UnpackReenteredEvent) == nil {
			t.Fatalf("%s: no Reentered event", name)
		}
		e.expectReentryBlocked(evilC)
		bigEq(t, name+": paid once", sub(e.balance(winner.addr), before), tok(90))
		if j := e.job(id); j.State != jobClosed || j.Settled != 1 {
			t.Fatalf("%s: job after payout: %+v", name, j)
		}
		e.checkInvariants()
	}
}

// Re-entering from inside the escrow deposit of postJob (transferFrom) is refused too.
func TestReentrancyThroughTokenDeposit(t *testing.T) {
	e, evilC := evilEnv(t)
	first := e.post(jobParams(1))
	e.advance(biddingPeriod) // job 1 is due for finalization (no bids): a tempting target
	e.send(e.anyone, evilC, e.evil.PackArm(e.marketAddr, e.marketAddr, e.mkt.PackPoke(first)))
	e.post(jobParams(1))
	e.expectReentryBlocked(evilC)
	if j := e.job(first); j.State != jobBidding {
		t.Fatalf("job 1 moved during the reentrant call: %+v", j)
	}
	e.checkInvariants()
}

// A staker whose token re-enters Staking.withdraw during the payout is refused: it is paid once.
func TestReentrancyThroughStakingWithdraw(t *testing.T) {
	e, evilC := evilEnv(t)
	// The token contract itself becomes a staker, so its reentrant call comes from a real account.
	staker := &account{name: "token-as-staker", addr: e.tokenAddr}
	e.accounts = append(e.accounts, staker)
	e.send(e.anyone, evilC, e.evil.PackMint(e.tokenAddr, tok(100)))
	e.send(e.anyone, evilC, e.evil.PackExecute(e.tokenAddr, e.tok.PackApprove(e.stakingAddr, abi.MaxUint256)))
	e.send(e.anyone, evilC, e.evil.PackExecute(e.stakingAddr, e.stk.PackBond(tok(100))))
	e.send(e.anyone, evilC, e.evil.PackExecute(e.stakingAddr, e.stk.PackRequestUnbond(tok(100))))
	e.advanceTo(e.stake(e.tokenAddr).UnbondingReleaseAt)
	e.send(e.anyone, evilC, e.evil.PackArm(e.stakingAddr, e.stakingAddr, e.stk.PackWithdraw()))
	e.send(e.anyone, evilC, e.evil.PackExecute(e.stakingAddr, e.stk.PackWithdraw()))
	e.expectReentryBlocked(evilC)
	bigEq(t, "withdrawn once", e.balance(e.tokenAddr), tok(100))
	e.checkInvariants()
}

// A recipient whose transfers revert (a blacklisting token) cannot block an exit: its payment is
// credited to `owed` and claimable once the token lets it through.
func TestBlockedRecipientCanClaimLater(t *testing.T) {
	e, evilC := evilEnv(t)
	id, winner := e.committedJob(40)
	e.send(e.dm, e.mktC, e.mkt.PackRecordVerifier(id, shard0, 1, e.verifier.addr))
	e.advance(challengeWindow)
	e.send(e.anyone, evilC, e.evil.PackSetBlocked(winner.addr, true))
	e.send(e.anyone, evilC, e.evil.PackSetBlocked(e.submitter.addr, true))
	before := e.balance(winner.addr)
	r := e.send(e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, shard0))
	e.expectEvents(r, "ShardFinalized", "Unlocked", "PaymentDeferred", "JobClosed") // refund is 0
	bigEq(t, "nothing transferred", e.balance(winner.addr), before)
	bigEq(t, "owed to solver", call(e, e.mktC, e.mkt.PackOwed(winner.addr), e.mkt.UnpackOwed), tok(90))
	e.checkInvariants()
	e.expectRevert(winner, e.mktC, e.mkt.PackClaim(), "Blocked")
	e.send(e.anyone, evilC, e.evil.PackSetBlocked(winner.addr, false))
	e.send(winner, e.mktC, e.mkt.PackClaim())
	bigEq(t, "claimed", sub(e.balance(winner.addr), before), tok(90))
	e.expectRevert(winner, e.mktC, e.mkt.PackClaim(), "NothingToClaim")
	e.checkInvariants()

	// A blocked submitter's refund is deferred the same way.
	id2 := e.post(jobParams(1))
	e.send(e.submitter, e.mktC, e.mkt.PackCancelJob(id2))
	bigEq(t, "owed refund", call(e, e.mktC, e.mkt.PackOwed(e.submitter.addr), e.mkt.UnpackOwed), tok(100))
	bigEq(t, "unclaimed", call(e, e.mktC, e.mkt.PackTotalUnclaimed(), e.mkt.UnpackTotalUnclaimed), tok(100))
	e.checkInvariants()
}
