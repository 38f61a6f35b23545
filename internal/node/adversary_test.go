package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"veritrain/internal/chain"
	"veritrain/internal/game"
	"veritrain/internal/market"
)

// ledger is what each party of a scene holds: its tokens and its bonded stake.
type ledger map[string][2]*big.Int

func (sc *verifierScene) ledger(ctx context.Context) ledger {
	t := sc.tc.t
	t.Helper()
	l := ledger{}
	for _, n := range []string{"submitter", "solver", "verifier"} {
		c := sc.tc.clients[n]
		tok, err := c.TokenBalance(ctx, c.Address())
		if err != nil {
			t.Fatal(err)
		}
		st, err := c.Stake(ctx, c.Address())
		if err != nil {
			t.Fatal(err)
		}
		l[n] = [2]*big.Int{tok, st.Bonded}
	}
	return l
}

// check fails t unless every party's tokens and bonded stake moved from before to after by
// exactly want (tokens, stake; a party not named must not move), and the dispute game burned
// exactly burned more.
func (sc *verifierScene) checkMoves(ctx context.Context, before, after ledger, want map[string][2]*big.Int) {
	t := sc.tc.t
	t.Helper()
	for n := range before {
		w, ok := want[n]
		if !ok {
			w = [2]*big.Int{new(big.Int), new(big.Int)}
		}
		for i, what := range []string{"tokens", "bonded stake"} {
			if d := new(big.Int).Sub(after[n][i], before[n][i]); d.Cmp(w[i]) != 0 {
				t.Errorf("the %s's %s moved by %v, want %v", n, what, d, w[i])
			}
		}
	}
}

// playOut waits until game gid is over, moving the chain clock past a move's deadline whenever
// a driver reports that its party has nothing (valid) to send, and returns its end.
func (sc *verifierScene) playOut(t *testing.T, ctx context.Context, gid uint64) game.State {
	t.Helper()
	vc := sc.tc.clients["verifier"]
	deadline := time.Now().Add(2 * time.Minute)
	for seen := int64(0); ; {
		gv, err := vc.Game(ctx, new(big.Int).SetUint64(gid))
		if err != nil {
			t.Fatal(err)
		}
		if st := chain.GameState(gv); st.Phase == game.PhaseOver {
			return st
		}
		if time.Now().After(deadline) {
			t.Fatalf("game %d did not end: %+v", gid, chain.GameState(gv))
		}
		if n := sc.stuck.n.Load(); n > seen {
			seen = n
			sc.tc.advance((testMoveTimeout + 1) * time.Second)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// frivolousRun runs a verifier node built by cfg (an adversary) against an honest solver node:
// it checks the commitment, finds it wrong (its own replay is tampered from step 1), opens a
// game, and both nodes' drivers play it to its end. It returns the game's end, and the ledger
// before the open and after the shard is finalized.
func frivolousRun(t *testing.T, adversary func(*VerifierConfig)) (sc *verifierScene, st game.State, before, after ledger) {
	ctx := context.Background()
	const k = 1                        // DemoCheat tampers with every step
	sc = newVerifierScene(t, ctx, nil) // an honest solver
	adversary(&sc.vcfg)
	run := market.RunKey{Job: sc.id.Uint64(), Shard: 0, Attempt: 1}
	v, db := sc.verifier()
	defer db.Close()
	for range chain.RandomnessDelay {
		sc.tc.advance(time.Second)
	}
	verifierTick(t, ctx, v, "Verify")
	v.Wait()
	var chk market.Check
	if ok, err := db.Get(TableChecks, RunKey(run), &chk); !ok || err != nil || chk.Status != market.CheckMismatch || chk.Mismatch != k {
		t.Fatalf("the adversary's check %+v (%v, %v), want a mismatch at step %d", chk, ok, err, k)
	}
	before = sc.ledger(ctx)
	verifierTick(t, ctx, v, "OpenDispute")
	var gid uint64
	if ok, err := db.Get(TableDisputed, RunKey(run), &gid); !ok || err != nil || gid == 0 {
		t.Fatalf("disputed record %d (%v, %v)", gid, ok, err)
	}
	verifierTick(t, ctx, v, "DriveGame")
	sc.solverTick("DriveGame")
	st = sc.playOut(t, ctx, gid)
	v.WaitGames()
	sc.solver.WaitGames()
	// The window resumes (the time the game paused it is added): nothing is final before it
	// ends, then the solver node finalizes the shard and is paid.
	sc.solverTick("")
	sc.tc.advance(time.Hour + time.Minute)
	sc.solverTick("FinalizeShard")
	sh, err := sc.tc.clients["solver"].Shard(ctx, sc.id, 0)
	if err != nil || sh.State != uint8(market.ShardFinalized) {
		t.Fatalf("the shard after the game: %+v (%v)", sh, err)
	}
	verifierTick(t, ctx, v, "") // the adversary does not open another game
	after = sc.ledger(ctx)
	return sc, st, before, after
}

// bondMoves are the moves of a game a challenger lost against an honest solver, who is then paid
// price: the challenger loses its bond, the solver gets BondRewardBPS of it and its price, and
// the submitter, whose budget was escrowed before, gets back all of it but the price (the verifier
// fee too: nobody is recorded as the verifier).
func bondMoves(t *testing.T, ctx context.Context, sc *verifierScene, price *big.Int) map[string][2]*big.Int {
	t.Helper()
	rules, err := sc.tc.clients["verifier"].GameRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reward := new(big.Int).Div(new(big.Int).Mul(rules.Bond, new(big.Int).SetUint64(uint64(rules.BondRewardBPS))), big.NewInt(game.BPS))
	zero := new(big.Int)
	return map[string][2]*big.Int{
		"verifier":  {new(big.Int).Neg(rules.Bond), zero},
		"solver":    {new(big.Int).Add(price, reward), zero},
		"submitter": {new(big.Int).Sub(tok(100), price), zero}, // newVerifierScene's budget
	}
}

// TestFrivolousVerifierNode (issue 9, adversary "frivolous"): a verifier node whose own
// re-execution is wrong disputes an honest solver node's step and plays the game from its wrong
// record. The honest solver node answers it, the Judge finds its element right, and the money
// moves exactly as the rules say: the challenger loses its bond (half to the solver, half
// burned), the solver loses no stake and is paid its price after the resumed window.
func TestFrivolousVerifierNode(t *testing.T) {
	ctx := context.Background()
	sc, st, before, after := frivolousRun(t, func(c *VerifierConfig) { c.Tamper = DemoCheat })
	if st.Winner != game.Solver {
		t.Fatalf("the %v won by %v after %d moves", st.Winner, st.Reason, st.Moves)
	}
	t.Logf("the honest solver won by %v after %d moves", st.Reason, st.Moves)
	job, err := sc.tc.clients["solver"].Job(ctx, sc.id)
	if err != nil {
		t.Fatal(err)
	}
	sc.checkMoves(ctx, before, after, bondMoves(t, ctx, sc, job.MaxPrice))
}

// TestStallingVerifierNode (adversary "stall"): a verifier node opens a game on an honest
// solver's step and never moves in it. The solver node claims the timeout; the staller loses its
// bond exactly as a frivolous challenger does, and the solver is paid after the window (which
// the game paused).
func TestStallingVerifierNode(t *testing.T) {
	ctx := context.Background()
	sc, st, before, after := frivolousRun(t, func(c *VerifierConfig) { c.Tamper, c.Stall = DemoCheat, true })
	if st.Winner != game.Solver || st.Reason != game.ReasonTimeout {
		t.Fatalf("the %v won by %v after %d moves, want the solver by timeout", st.Winner, st.Reason, st.Moves)
	}
	job, err := sc.tc.clients["solver"].Job(ctx, sc.id)
	if err != nil {
		t.Fatal(err)
	}
	sc.checkMoves(ctx, before, after, bondMoves(t, ctx, sc, job.MaxPrice))
}

// TestSilentSolverNode (adversary "silent"): a solver node wins the job's one shard and never
// trains it. Once its training deadline passes, anyone's poke (here the submitter's) reports the
// miss: a quarter of its shard stake is burned and the rest unlocked, and with no reserve the
// shard, hence the whole budget, goes back to the submitter, and the job closes.
func TestSilentSolverNode(t *testing.T) {
	ctx := context.Background()
	sc := newAuctionScene(t, ctx, func(c *SolverConfig) { c.Silent = true })
	before := sc.ledger(ctx)
	sc.solverTick("StartTraining") // and does nothing
	sol, sub := sc.tc.clients["solver"], sc.tc.clients["submitter"]
	if sh, err := sol.Shard(ctx, sc.id, 0); err != nil || sh.State != uint8(market.ShardAssigned) || sh.Solver != sol.Address() {
		t.Fatalf("the shard after the auction: %+v (%v)", sh, err)
	}
	locked, err := sol.LockedBy(ctx, sol.Deployment().Market, sol.Address())
	if err != nil || locked.Cmp(sc.stake) != 0 {
		t.Fatalf("the market locks %v of the solver's stake (%v), want %v", locked, err, sc.stake)
	}
	if _, err := sub.Poke(ctx, sc.id); err == nil || !strings.Contains(err.Error(), "NothingToPoke") {
		t.Fatalf("a poke before the deadline: %v, want NothingToPoke", err)
	}
	if sh, err := sol.Shard(ctx, sc.id, 0); err != nil || sh.State != uint8(market.ShardAssigned) {
		t.Fatalf("the shard after an early poke: %+v (%v)", sh, err)
	}
	sc.tc.advance(24*time.Hour + time.Minute) // the training period is a day
	must(t)(sub.Poke(ctx, sc.id))
	if sh, err := sol.Shard(ctx, sc.id, 0); err != nil || sh.State != uint8(market.ShardRefunded) {
		t.Fatalf("the shard after the deadline: %+v (%v)", sh, err)
	}
	if j, err := sol.Job(ctx, sc.id); err != nil || j.State != uint8(market.JobClosed) {
		t.Fatalf("the job: %+v (%v)", j, err)
	}
	if locked, err := sol.LockedBy(ctx, sol.Deployment().Market, sol.Address()); err != nil || locked.Sign() != 0 {
		t.Fatalf("%v of the solver's stake still locked (%v)", locked, err)
	}
	mp, err := sol.MarketParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	slash := new(big.Int).Div(new(big.Int).Mul(sc.stake, new(big.Int).SetUint64(mp.MissedDeadlineSlashBPS)), big.NewInt(game.BPS))
	zero := new(big.Int)
	sc.checkMoves(ctx, before, sc.ledger(ctx), map[string][2]*big.Int{
		"solver":    {zero, new(big.Int).Neg(slash)},
		"submitter": {tok(100), zero}, // the whole budget back
	})
}
