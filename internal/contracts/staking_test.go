package contracts

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestStakingUnbonding(t *testing.T) {
	e := newEnv(t)
	s := e.solvers[0]
	id := e.post(jobParams(1))
	e.bid(s, id, tok(40)) // locks 50 of its 1000

	e.expectRevert(s, e.stkC, e.stk.PackRequestUnbond(tok(951)), "InsufficientAvailableStake")
	e.expectRevert(s, e.stkC, e.stk.PackRequestUnbond(new(big.Int)), "ZeroAmount")
	e.expectRevert(s, e.stkC, e.stk.PackWithdraw(), "NothingUnbonding")
	r := e.send(s, e.stkC, e.stk.PackRequestUnbond(tok(900)))
	ev := findEvent(e, r, e.stk.UnpackUnbondRequestedEvent)
	if ev.ReleaseAt != e.now()+uint64(unbondingDelay/time.Second) {
		t.Fatalf("release at %d, now %d", ev.ReleaseAt, e.now())
	}
	st := e.stake(s.addr)
	bigEq(t, "bonded", st.Bonded, tok(100))
	bigEq(t, "unbonding", st.Unbonding, tok(900))
	// Unbonding stake cannot back a new bid.
	id2 := e.post(jobParams(1))
	e.send(s, e.stkC, e.stk.PackRequestUnbond(tok(10)))
	e.expectRevert(s, e.mktC, e.mkt.PackBid(id2, tok(40)), "InsufficientAvailableStake")
	e.checkInvariants()

	releaseAt := e.stake(s.addr).UnbondingReleaseAt // restarted by the second request
	e.advanceTo(releaseAt - 1)
	e.expectRevert(s, e.stkC, e.stk.PackWithdraw(), "UnbondingNotElapsed")
	e.advanceTo(releaseAt)
	b := e.balance(s.addr)
	e.send(s, e.stkC, e.stk.PackWithdraw())
	bigEq(t, "withdrawn", sub(e.balance(s.addr), b), tok(910))
	st = e.stake(s.addr)
	bigEq(t, "bonded after", st.Bonded, tok(90))
	bigEq(t, "locked after", st.Locked, tok(50))
	e.checkInvariants()

	// cancelUnbond bonds the unbonding amount again.
	e.send(s, e.stkC, e.stk.PackRequestUnbond(tok(40)))
	e.send(s, e.stkC, e.stk.PackCancelUnbond())
	st = e.stake(s.addr)
	bigEq(t, "bonded after cancel", st.Bonded, tok(90))
	bigEq(t, "nothing unbonding", st.Unbonding, new(big.Int))
	e.expectRevert(s, e.stkC, e.stk.PackCancelUnbond(), "NothingUnbonding")
	e.checkInvariants()
}

// Nobody but the two operators can lock, unlock or slash, and each operator only what it locked.
func TestStakingAccessControl(t *testing.T) {
	e := newEnv(t)
	s := e.solvers[0]
	for _, who := range []*account{e.deployer, e.submitter, s, e.anyone} {
		e.expectRevert(who, e.stkC, e.stk.PackLock(s.addr, tok(1)), "NotOperator")
		e.expectRevert(who, e.stkC, e.stk.PackUnlock(s.addr, tok(1)), "NotOperator")
		e.expectRevert(who, e.stkC, e.stk.PackSlash(s.addr, tok(1), who.addr, tok(1)), "NotOperator")
	}
	e.expectRevert(e.deployer, e.stkC, e.stk.PackInitialize(e.anyone.addr, e.anyone.addr), "AlreadyInitialized")
	e.expectRevert(e.anyone, e.stkC, e.stk.PackInitialize(e.anyone.addr, e.anyone.addr), "NotDeployer")

	// The dispute manager is an operator with its own locks: it cannot touch the market's.
	id := e.post(jobParams(1))
	e.bid(s, id, tok(40))
	e.expectRevert(e.dm, e.stkC, e.stk.PackUnlock(s.addr, tok(1)), "InsufficientLockedStake")
	e.expectRevert(e.dm, e.stkC, e.stk.PackSlash(s.addr, tok(1), e.dm.addr, new(big.Int)), "InsufficientLockedStake")
	e.send(e.dm, e.stkC, e.stk.PackLock(e.challenger.addr, tok(100))) // a challenger bond
	bigEq(t, "dm lock", e.lockedBy(e.dm.addr, e.challenger.addr), tok(100))
	e.expectRevert(e.dm, e.stkC, e.stk.PackLock(e.challenger.addr, tok(901)), "InsufficientAvailableStake")
	e.expectRevert(e.dm, e.stkC, e.stk.PackSlash(e.challenger.addr, tok(10), e.dm.addr, tok(11)), "RewardExceedsAmount")
	e.expectRevert(e.dm, e.stkC, e.stk.PackSlash(e.challenger.addr, tok(10), common.Address{}, tok(1)), "ZeroAddress")
	e.send(e.dm, e.stkC, e.stk.PackSlash(e.challenger.addr, tok(10), e.verifier.addr, tok(4)))
	bigEq(t, "reward credited", e.stake(e.verifier.addr).Bonded, tok(1004))
	bigEq(t, "burned", call(e, e.stkC, e.stk.PackBurned(), e.stk.UnpackBurned), tok(6))
	e.send(e.dm, e.stkC, e.stk.PackUnlock(e.challenger.addr, tok(90)))
	st := e.stake(e.challenger.addr)
	bigEq(t, "challenger bonded", st.Bonded, tok(990))
	bigEq(t, "challenger locked", st.Locked, new(big.Int))
	e.checkInvariants()
}

// Initialization: only the deployer, only once, a market is required; before it nobody is an
// operator.
func TestStakingInitialize(t *testing.T) {
	e := newBareEnv(t, 1)
	token, _ := e.deploy(e.deployer, TestTokenMetaData.Bin, nil)
	addr, _ := e.deploy(e.deployer, StakingMetaData.Bin, e.stk.PackConstructor(token, 3600))
	c := e.stk.Instance(e.client, addr)
	e.expectRevert(e.solvers[0], c, e.stk.PackLock(e.solvers[0].addr, new(big.Int)), "NotOperator")
	e.expectRevert(e.anyone, c, e.stk.PackInitialize(e.anyone.addr, common.Address{}), "NotDeployer")
	e.expectRevert(e.deployer, c, e.stk.PackInitialize(common.Address{}, e.dm.addr), "ZeroAddress")
	e.send(e.deployer, c, e.stk.PackInitialize(e.anyone.addr, common.Address{}))
	e.expectRevert(e.deployer, c, e.stk.PackInitialize(e.anyone.addr, common.Address{}), "AlreadyInitialized")
	// With no dispute manager, the zero address matches no caller.
	e.expectRevert(e.dm, c, e.stk.PackLock(e.solvers[0].addr, new(big.Int)), "NotOperator")
	e.send(e.anyone, c, e.stk.PackLock(e.solvers[0].addr, new(big.Int)))
	if got := call(e, c, e.stk.PackMarket(), e.stk.UnpackMarket); got != e.anyone.addr {
		t.Fatalf("market %v", got)
	}
}
