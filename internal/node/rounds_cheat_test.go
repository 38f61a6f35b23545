package node

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"veritrain/internal/chain"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/nn"
	"veritrain/internal/train"
)

// TestShardedCheaterCaughtOnNodes runs the sharded job of TestShardedJobOnNodes (2 shards, 3
// rounds of 2 inner steps) with three solver nodes (the third a reserve), a submitter node and
// a verifier node that re-executes every step of every round. One solver cheats in one step of
// round 1 (the first: the shard's step H+1); rounds 0 are honest and pass. The verifier finds
// that step wrong during round 1's window and opens a game on it; the nodes' drivers play it
// on the simulated chain and the cheater loses: its shard stake is slashed (half of it to the
// verifier's stake) and the verifier's bond comes back. The shard goes to the reserve, which
// trains round 1 again from its public start; the rounds go on, the job completes, the honest
// solvers are paid, the cheater is not, and the submitter's model is the fault-free one.
func TestShardedCheaterCaughtOnNodes(t *testing.T) {
	dir := t.TempDir()
	job := shardedNodeSpec(t, dir)
	want := localShardedRun(t, job)
	cheatStep := job.Parallel.InnerSteps + 1 // round 1's first step, in the shard's own count
	tamper := func(step int, st *train.State) {
		if step != cheatStep {
			return
		}
		for i, sp := range st.Specs {
			if sp.Role == nn.RoleParam {
				st.Tensors[i].Data[0] += 1e-3
				return
			}
		}
	}
	m := newShardedMarketWith(t, dir, job, shardedOptions{solvers: 3, verifier: true,
		tamper: map[int]func(int, *train.State){0: tamper}})
	ctx := context.Background()
	cheater, honest, reserve, ver := m.solvers[0], m.solvers[1], m.solvers[2], m.verifierNode
	sub := m.submitterNode
	// Solvers tick before the submitter: their Rule 5 accepts the rounds (the submitter's poke
	// would too).
	all := []*shardedNode{cheater, honest, reserve, ver, sub}

	cs, hs, run := m.honestRound0(cheater, honest, reserve, all)
	id := m.id.Uint64()
	start := m.balances(cheater, honest, reserve, ver)

	// Round 1: the cheater's step H+1 is wrong (its round root is not the fault-free one); the
	// verifier finds exactly that step and disputes it within the window.
	m.until("both round-1 commits", 60*time.Second, func() bool { return m.committed(1) }, all...)
	if got := m.roundRoot(cs, 1); got == want.rounds[cs][1] {
		t.Fatalf("the cheater's round-1 state root %s is the fault-free one: it did not cheat", got)
	}
	if got := m.roundRoot(hs, 1); got != want.rounds[hs][1] {
		t.Fatalf("the honest round-1 state root %s, the fault-free run's %s", got, want.rounds[hs][1])
	}
	cheaterBonded, verBonded := m.stake(cheater).Bonded, m.stake(ver).Bonded
	window := m.shard(cs).Deadline
	m.verified(all, run(cs, 1, 1), run(hs, 1, 1))
	m.expectCheck(run(hs, 1, 1), market.CheckPassed, 0)
	m.expectCheck(run(cs, 1, 1), market.CheckMismatch, cheatStep)
	var gid uint64
	m.until("the verifier's game on the cheater's round 1", 30*time.Second, func() bool {
		ok, err := m.vDB.Get(TableDisputed, RunKey(run(cs, 1, 1)), &gid)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}, all...)
	vc := ver.c
	gv, err := vc.Game(ctx, new(big.Int).SetUint64(gid))
	if err != nil {
		t.Fatal(err)
	}
	if gv.JobId.Uint64() != id || gv.Shard.Int64() != int64(cs) || gv.Attempt != 1 || gv.Step.Int64() != int64(cheatStep) ||
		gv.Solver != cheater.c.Address() || gv.Challenger != vc.Address() {
		t.Fatalf("game %d: %+v, want step %d of shard %d attempt 1 between the cheater and the verifier", gid, gv, cheatStep, cs)
	}
	if st := chain.GameState(gv); st.Phase != game.PhaseOver {
		// The dispute pauses round 1's window: it was opened before the window's end.
		if sh := m.shard(cs); sh.State != uint8(market.ShardCommitted) || sh.Round != 1 || sh.Attempt != 1 || sh.Disputes != 1 ||
			sh.Deadline != window || sh.DisputeSince >= window {
			t.Fatalf("the cheater's shard with the game open: %+v (window end %d)", sh, window)
		}
	}
	if k, err := (openGame{ID: gid, View: gv}).runKey(ctx, vc); err != nil || k != run(cs, 1, 1) {
		t.Errorf("the game's run %+v (%v), want %+v", k, err, run(cs, 1, 1))
	}

	// The game: both drivers play it (started by the ticks); the clock passes a move's
	// deadline whenever a driver reports that its party has nothing valid to send.
	st := m.playGame(all, gid)
	if st.Winner != game.Challenger {
		t.Fatalf("the %v won by %v after %d moves", st.Winner, st.Reason, st.Moves)
	}
	t.Logf("the challenger won by %v after %d moves", st.Reason, st.Moves)
	m.until("the verifier's record of the game", 30*time.Second, func() bool {
		var rec GameRecord
		ok, err := m.vDB.Get(TableGames, GameKey(gid), &rec)
		return err == nil && ok && rec.Winner == game.Challenger && rec.Step == cheatStep
	}, all...)

	// The money: the cheater's shard stake slashed, half of it to the verifier's stake, the bond
	// back.
	mp, err := vc.MarketParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if mp.DisputeRewardBPS != 5_000 {
		t.Errorf("DISPUTE_REWARD_BPS %d, want 5000", mp.DisputeRewardBPS)
	}
	reward := new(big.Int).Div(new(big.Int).Mul(tok(shardedStake), new(big.Int).SetUint64(mp.DisputeRewardBPS)), big.NewInt(game.BPS))
	if d := new(big.Int).Sub(cheaterBonded, m.stake(cheater).Bonded); d.Cmp(tok(shardedStake)) != 0 {
		t.Errorf("the cheater's bonded stake fell by %v, want the shard stake %v", d, tok(shardedStake))
	}
	if d := new(big.Int).Sub(m.stake(ver).Bonded, verBonded); d.Cmp(reward) != 0 || d.Sign() <= 0 {
		t.Errorf("the verifier's bonded stake rose by %v, want %v", d, reward)
	}
	if b := m.balance(ver); b.Cmp(start[ver]) != 0 {
		t.Errorf("the verifier's tokens %v after the game, %v before (the bond is refunded)", b, start[ver])
	}

	// The reserve trains round 1 again from its public start (the verifier checks that start
	// too) and the rounds go on.
	if sh := m.shard(cs); sh.Attempt != 2 || sh.Solver != reserve.c.Address() || sh.Round != 1 {
		t.Fatalf("the cheater's shard after the game: %+v, want round 1 of attempt 2 by the reserve", sh)
	}
	m.until("the reserve's round-1 commit", 60*time.Second, func() bool { return m.committedAt(cs, 1, 2) }, all...)
	if got := m.roundRoot(cs, 1); got != want.rounds[cs][1] {
		t.Errorf("the reserve's round-1 state root %s, the fault-free run's %s", got, want.rounds[cs][1])
	}
	// The reserve's run starts at round 1 (it has no round-0 directory): its node must serve
	// that round's commitments all the same, or no verifier can check it.
	m.until("the reserve serving its round-1 commitments", 15*time.Second, func() bool { return reserve.published[run(cs, 2, 1)] }, all...)
	m.verified(all, run(cs, 2, 1))
	m.expectCheck(run(cs, 2, 1), market.CheckPassed, 0)
	m.acceptRound(1, all...)
	m.until("both final commits", 60*time.Second, func() bool { return m.committed(2) }, all...)
	m.verified(all, run(cs, 2, 2), run(hs, 1, 2))
	m.expectCheck(run(cs, 2, 2), market.CheckPassed, 0)
	m.expectCheck(run(hs, 1, 2), market.CheckPassed, 0)
	m.checkRoundRoots(want)
	before := m.balances(cheater, honest, reserve)
	for _, s := range []*shardedNode{cheater, honest, reserve} {
		if before[s].Cmp(start[s]) != 0 {
			t.Errorf("%s was paid %v before the last round's window", s.name, new(big.Int).Sub(before[s], start[s]))
		}
	}
	m.tc.advance((shardedChallenge + 60) * time.Second)
	m.until("the job closed and its model fetched", 60*time.Second, func() bool {
		return m.job().State == uint8(market.JobClosed) && m.fetched()
	}, all...)
	m.checkModel(want)

	for s, i := range map[*shardedNode]int{honest: hs, reserve: cs} {
		sh := m.shard(i)
		got := new(big.Int).Sub(m.balance(s), before[s])
		if sh.State != uint8(market.ShardFinalized) || sh.Solver != s.c.Address() || got.Cmp(sh.Price) != 0 || got.Sign() <= 0 {
			t.Errorf("%s: shard %d state %d solver %v, paid %v, price %v", s.name, i, sh.State, sh.Solver, got, sh.Price)
		}
	}
	if got := new(big.Int).Sub(m.balance(cheater), start[cheater]); got.Sign() != 0 {
		t.Errorf("the cheater was paid %v", got)
	}
	if j := m.job(); j.State != uint8(market.JobClosed) || j.Escrow.Sign() != 0 || j.Settled != 2 || j.RoundsEnded {
		t.Errorf("the job at the end: state %d, escrow %v, settled %d, rounds ended %v", j.State, j.Escrow, j.Settled, j.RoundsEnded)
	}
	for _, n := range []*shardedNode{sub, cheater, honest, reserve, ver} {
		if o, err := n.c.Owed(ctx, n.c.Address()); err != nil || o.Sign() != 0 {
			t.Errorf("the market owes %s %v (%v)", n.name, o, err)
		}
	}
	// The cheater's stake is the slash short, all of it free again (nothing locked any more).
	for _, n := range []*shardedNode{cheater, honest, reserve} {
		free, err := n.c.FreeStake(ctx, n.c.Address())
		if err != nil {
			t.Fatal(err)
		}
		if bonded := m.stake(n).Bonded; free.Cmp(bonded) != 0 {
			t.Errorf("%s: %v of its bonded stake %v is free (some stays locked)", n.name, free, bonded)
		}
	}
	if n, err := vc.GameCount(ctx); err != nil || n.Uint64() != 1 {
		t.Errorf("%v games (%v), want the one", n, err)
	}
}

// honestRound0 runs the auction (the reserve asks far more and bids last: the auction ranks it
// third, holding no shard) and round 0, which both shards train honestly and the verifier
// checks; it returns the cheater's and the honest solver's shards and a run key maker.
func (m *shardedMarket) honestRound0(cheater, honest, reserve *shardedNode, all []*shardedNode) (cs, hs int, run func(shard, attempt, round int) market.RunKey) {
	m.t.Helper()
	m.until("two bids", 120*time.Second, func() bool { return m.hasBid(cheater) && m.hasBid(honest) }, cheater, honest)
	m.until("the reserve's bid", 120*time.Second, func() bool { return m.hasBid(reserve) }, reserve)
	m.tc.advance(shardedBidding * time.Second)
	m.until("the auction", 30*time.Second, func() bool { return m.job().State == uint8(market.JobActive) }, all...)
	owner := m.owners()
	if len(owner) != 2 || owner[cheater] == owner[honest] {
		m.t.Fatalf("shards after the auction: %v (the reserve must hold none)", owner)
	}
	cs, hs = owner[cheater], owner[honest]
	id := m.id.Uint64()
	run = func(shard, attempt, round int) market.RunKey {
		return market.RunKey{Job: id, Shard: shard, Attempt: attempt, Round: round}
	}
	// The verifier checks both shards' rounds once their randomness exists.
	m.until("both round-0 commits", 60*time.Second, func() bool { return m.committed(0) }, all...)
	m.verified(all, run(cs, 1, 0), run(hs, 1, 0))
	m.expectCheck(run(cs, 1, 0), market.CheckPassed, 0)
	m.expectCheck(run(hs, 1, 0), market.CheckPassed, 0)
	m.acceptRound(0, all...)
	return cs, hs, run
}

// verified mines the blocks whose prevrandao seeds the sampling of the commits of runs (the
// chain mines a block only for a transaction) and ticks nodes until the verifier has finished
// checking each of them.
func (m *shardedMarket) verified(nodes []*shardedNode, runs ...market.RunKey) {
	m.t.Helper()
	for range chain.RandomnessDelay {
		m.tc.advance(time.Second)
	}
	m.until(fmt.Sprintf("the verifier's checks of %v", runs), 90*time.Second, func() bool {
		for _, k := range runs {
			if rec, ok := m.check(k); !ok || rec.Status == market.CheckRunning {
				return false
			}
		}
		return true
	}, nodes...)
}

// check is the verifier's record of its check of run k.
func (m *shardedMarket) check(k market.RunKey) (checkRecord, bool) {
	m.t.Helper()
	var rec checkRecord
	ok, err := m.vDB.Get(TableChecks, RunKey(k), &rec)
	if err != nil {
		m.t.Fatal(err)
	}
	return rec, ok
}

// expectCheck: the verifier's check of run k ended with status (at step mismatch for a
// mismatch).
func (m *shardedMarket) expectCheck(k market.RunKey, status market.CheckStatus, mismatch int) {
	m.t.Helper()
	rec, ok := m.check(k)
	if !ok || rec.Status != status || rec.Mismatch != mismatch {
		m.t.Fatalf("the verifier's check of %+v: %+v (recorded %v), want status %d at step %d", k, rec, ok, status, mismatch)
	}
}

// playGame ticks nodes until game id is over, advancing the clock past a move's deadline
// whenever a driver reports that its party has nothing (valid) to send; it returns the final
// state.
func (m *shardedMarket) playGame(nodes []*shardedNode, id uint64) game.State {
	m.t.Helper()
	var st game.State
	seen := m.stuck.Load()
	m.until(fmt.Sprintf("the end of game %d", id), 3*time.Minute, func() bool {
		gv, err := m.client().Game(context.Background(), new(big.Int).SetUint64(id))
		if err != nil {
			m.t.Fatal(err)
		}
		if st = chain.GameState(gv); st.Phase == game.PhaseOver {
			return true
		}
		if n := m.stuck.Load(); n > seen {
			seen = n
			m.tc.advance((testMoveTimeout + 1) * time.Second)
		}
		return false
	}, nodes...)
	return st
}
