package node

import (
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"veritrain/internal/chain"
	"veritrain/internal/contracts"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/nn"
	"veritrain/internal/train"
)

// verifierScene is a job on the test chain with a solver node and a verifier node.
type verifierScene struct {
	tc               *testChain
	id               *big.Int
	solver           *Solver
	vcfg             VerifierConfig
	solverDir, vPath string
	stake            *big.Int
	stuck            *stuckCounter
}

// stuckCounter counts the game drivers' reports that their party has nothing (valid) to send:
// the game then waits for a timeout, and the test advances the clock.
type stuckCounter struct {
	slog.Handler
	n     *atomic.Int64
	stuck *sync.Map // game id (string) → the deadline (string) of the state its mover is stuck in
}

func (c *stuckCounter) Handle(ctx context.Context, r slog.Record) error {
	if strings.HasPrefix(r.Message, "game driver: move rejected") || strings.HasPrefix(r.Message, "game driver: nothing to send") {
		c.n.Add(1)
	}
	if strings.HasPrefix(r.Message, "game driver: nothing to send") && c.stuck != nil {
		var id, deadline string
		r.Attrs(func(a slog.Attr) bool {
			switch a.Key {
			case "game":
				id = a.Value.String()
			case "deadline":
				deadline = a.Value.String()
			}
			return true
		})
		c.stuck.Store(id, deadline)
	}
	if !c.Handler.Enabled(ctx, r.Level) {
		return nil
	}
	return c.Handler.Handle(ctx, r)
}

func (c *stuckCounter) Enabled(context.Context, slog.Level) bool { return true }

func (c *stuckCounter) WithAttrs(a []slog.Attr) slog.Handler {
	return &stuckCounter{Handler: c.Handler.WithAttrs(a), n: c.n, stuck: c.stuck}
}

func (c *stuckCounter) WithGroup(name string) slog.Handler {
	return &stuckCounter{Handler: c.Handler.WithGroup(name), n: c.n, stuck: c.stuck}
}

var testSampling = game.Sampling{SegmentLen: 3, RateBPS: game.BPS} // every segment of the 6-step job

// newVerifierScene posts the small job, has the solver node (training with tamper, if set) win
// it, train and commit it, and returns a verifier node's configuration over a fresh database.
func newVerifierScene(t *testing.T, ctx context.Context, tamper func(int, *train.State)) *verifierScene {
	t.Helper()
	sc := newAuctionScene(t, ctx, func(c *SolverConfig) { c.Tamper = tamper })
	sc.solverTick("StartTraining")
	sc.solver.Wait()
	sc.solverTick("CommitRun")
	return sc
}

// newAuctionScene posts the small job and has the solver node (its configuration changed by
// adversary, if set) win it: the next thing it does is start training. The verifier node's
// configuration is over a fresh database.
func newAuctionScene(t *testing.T, ctx context.Context, adversary func(*SolverConfig)) *verifierScene {
	t.Helper()
	tc := newTestChain(t, "submitter", "solver", "verifier")
	tc.fund(ctx, nil, "submitter", "verifier")
	tc.fund(ctx, tok(100), "solver")
	dir := t.TempDir()
	job := smallJob(t, dir)
	sc := &verifierScene{tc: tc, stake: tok(50), solverDir: filepath.Join(dir, "solver"), vPath: filepath.Join(dir, "verifier.db")}
	sc.id = tc.postJob(ctx, dir, job, contracts.JobMarketJobParams{Shards: 1, BiddingPeriod: 3600, TrainingPeriod: 86400,
		ChallengeWindow: 3600, Budget: tok(100), StakePerShard: sc.stake, VerifierFee: tok(10)})
	var h slog.Handler = slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})
	if testing.Verbose() {
		h = slog.NewTextHandler(os.Stderr, nil)
	}
	sc.stuck = &stuckCounter{Handler: h, n: new(atomic.Int64), stuck: new(sync.Map)}
	log := slog.New(sc.stuck)
	sdb, err := OpenDB(filepath.Join(dir, "solver.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sdb.Close() })
	specs := specDir{job.Hash: job}
	scfg := SolverConfig{Client: tc.clients["solver"], DB: sdb, Specs: specs, HashPerSec: 1e9, Safety: 1.5,
		Pricing: market.Pricing{PerHour: tok(1), MarginBPS: 2_000}, WorkDir: sc.solverDir, Log: log.With("role", "solver"),
		Poll: 2 * time.Millisecond}
	if adversary != nil {
		adversary(&scfg)
	}
	sc.solver, err = NewSolver(scfg)
	if err != nil {
		t.Fatal(err)
	}
	sc.solverTick("PriceJob")
	sc.solverTick("PlaceBid")
	tc.advance(time.Hour)
	sc.solverTick("FinalizeAuction")
	sc.vcfg = VerifierConfig{Client: tc.clients["verifier"], Specs: specs, Runs: solverRuns(sc.solverDir), Sampling: testSampling,
		WorkDir: filepath.Join(dir, "verifier"), Log: log.With("role", "verifier"), Poll: 2 * time.Millisecond}
	return sc
}

func (sc *verifierScene) solverTick(want string) {
	sc.tc.t.Helper()
	acts, err := sc.solver.Tick(context.Background())
	if err != nil {
		sc.tc.t.Fatal(err)
	}
	if got := actionNames(acts); got != want {
		sc.tc.t.Fatalf("solver tick: %q, want %q", got, want)
	}
}

// verifier opens the verifier's database and returns a verifier node over it (closed at cleanup).
func (sc *verifierScene) verifier() (*Verifier, *DB) {
	t := sc.tc.t
	t.Helper()
	db, err := OpenDB(sc.vPath)
	if err != nil {
		t.Fatal(err)
	}
	cfg := sc.vcfg
	cfg.DB = db
	v, err := NewVerifier(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return v, db
}

func verifierTick(t *testing.T, ctx context.Context, v *Verifier, want string) {
	t.Helper()
	acts, err := v.Tick(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := actionNames(acts); got != want {
		t.Fatalf("verifier tick: %q, want %q", got, want)
	}
}

// TestVerifierPassesHonestRun: a verifier node checks an honest solver node's commitment once
// its randomness exists, passes it, opens no game, and the solver is paid after the window.
func TestVerifierPassesHonestRun(t *testing.T) {
	ctx := context.Background()
	sc := newVerifierScene(t, ctx, nil)
	v, db := sc.verifier()
	defer db.Close()
	verifierTick(t, ctx, v, "") // the block whose prevrandao seeds the sample is not there yet
	for range chain.RandomnessDelay {
		sc.tc.advance(time.Second)
	}
	verifierTick(t, ctx, v, "Verify")
	verifierTick(t, ctx, v, "") // running
	v.Wait()
	var chk market.Check
	if ok, err := db.Get(TableChecks, RunKey(market.RunKey{Job: sc.id.Uint64(), Shard: 0, Attempt: 1}), &chk); !ok || err != nil || chk.Status != market.CheckPassed {
		t.Fatalf("check %+v (%v, %v)", chk, ok, err)
	}
	verifierTick(t, ctx, v, "")
	sc.tc.advance(time.Hour)
	sc.solverTick("FinalizeShard")
	sh, err := sc.tc.clients["solver"].Shard(ctx, sc.id, 0)
	if err != nil || sh.State != uint8(market.ShardFinalized) {
		t.Fatalf("shard %+v (%v)", sh, err)
	}
	if n, err := sc.tc.clients["solver"].GameCount(ctx); err != nil || n.Sign() != 0 {
		t.Fatalf("%v games (%v)", n, err)
	}
	verifierTick(t, ctx, v, "")
}

// TestVerifierCatchesCheater: a cheating solver node perturbs one weight after every step from
// step 2 on. The verifier node finds step 2 wrong, opens a game on it, and both nodes' drivers
// play it on chain with the real Judge; the verifier is restarted in the middle of the game and
// carries on from its database. The solver cannot tie its h_2 to its op trace and loses: its
// shard stake is slashed, half to the verifier's bonded stake, and the bond is refunded. A
// restarted verifier then repeats nothing.
func TestVerifierCatchesCheater(t *testing.T) {
	ctx := context.Background()
	const k = 2
	tamper := func(step int, st *train.State) {
		if step < k {
			return
		}
		for i, sp := range st.Specs {
			if sp.Role == nn.RoleParam {
				st.Tensors[i].Data[0] += 0.125
				return
			}
		}
	}
	sc := newVerifierScene(t, ctx, tamper)
	vc, sol := sc.tc.clients["verifier"], sc.tc.clients["solver"]
	run := market.RunKey{Job: sc.id.Uint64(), Shard: 0, Attempt: 1}

	vctx, stop := context.WithCancel(ctx)
	v, db := sc.verifier()
	for range chain.RandomnessDelay {
		sc.tc.advance(time.Second)
	}
	verifierTick(t, vctx, v, "Verify")
	v.Wait()
	var chk market.Check
	if ok, err := db.Get(TableChecks, RunKey(run), &chk); !ok || err != nil || chk.Status != market.CheckMismatch || chk.Mismatch != k {
		t.Fatalf("check %+v (%v, %v), want a mismatch at step %d", chk, ok, err, k)
	}
	tokensBefore, err := vc.TokenBalance(ctx, vc.Address())
	if err != nil {
		t.Fatal(err)
	}
	stakeBefore, err := sol.Stake(ctx, sol.Address())
	if err != nil {
		t.Fatal(err)
	}
	vstakeBefore, err := vc.Stake(ctx, vc.Address())
	if err != nil {
		t.Fatal(err)
	}
	verifierTick(t, vctx, v, "OpenDispute")
	var gid uint64
	if ok, err := db.Get(TableDisputed, RunKey(run), &gid); !ok || err != nil || gid == 0 {
		t.Fatalf("disputed record %d (%v, %v)", gid, ok, err)
	}
	g, err := vc.Game(ctx, new(big.Int).SetUint64(gid))
	if err != nil || g.Step.Int64() != k || g.Solver != sol.Address() || g.Challenger != vc.Address() {
		t.Fatalf("game %+v (%v)", g, err)
	}
	verifierTick(t, vctx, v, "DriveGame")
	sc.solverTick("DriveGame")
	verifierTick(t, vctx, v, "") // its driver runs

	// Play: advance the clock past a move's deadline whenever a driver reports that its party has
	// nothing valid to send (the solver cannot prove its h_2); restart the verifier once,
	// mid-game.
	restarted := false
	deadline := time.Now().Add(2 * time.Minute)
	var st game.State
	for seen := int64(0); ; {
		if time.Now().After(deadline) {
			t.Fatalf("the game did not end: %+v", st)
		}
		gv, err := vc.Game(ctx, new(big.Int).SetUint64(gid))
		if err != nil {
			t.Fatal(err)
		}
		if st = chain.GameState(gv); st.Phase == game.PhaseOver {
			break
		}
		if !restarted && st.Moves >= 4 && st.ToMove == game.Solver {
			stop()
			v.WaitGames()
			db.Close()
			vctx, stop = context.WithCancel(ctx)
			v, db = sc.verifier()
			verifierTick(t, vctx, v, "DriveGame")
			restarted = true
		}
		if n := sc.stuck.n.Load(); n > seen {
			seen = n
			sc.tc.advance((testMoveTimeout + 1) * time.Second)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// The drivers see the end at their next block and record it: wait for the verifier's record
	// before stopping it (a stop before that would leave the record unwritten: the next start
	// only forgets the picks).
	for {
		var rec GameRecord
		if ok, err := db.Get(TableGames, GameKey(gid), &rec); err == nil && ok && rec.Winner != game.Nobody {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the verifier did not record the game's end")
		}
		time.Sleep(20 * time.Millisecond)
	}
	stop()
	v.WaitGames()
	sc.solver.WaitGames()
	if !restarted {
		t.Error("the game ended before the verifier could be restarted in it")
	}
	if st.Winner != game.Challenger {
		t.Fatalf("the %v won by %v after %d moves", st.Winner, st.Reason, st.Moves)
	}
	t.Logf("the challenger won by %v after %d moves", st.Reason, st.Moves)
	var rec GameRecord
	if ok, err := db.Get(TableGames, GameKey(gid), &rec); !ok || err != nil || rec.Winner != game.Challenger || rec.Run != run || rec.Step != k {
		t.Errorf("the verifier's game record %+v (%v, %v)", rec, ok, err)
	}
	if n := 0; db.Each(TablePicks, func(string, func(any) error) error { n++; return nil }) != nil || n != 0 {
		t.Errorf("%d picks left after the game", n)
	}

	// The money: the solver's shard stake slashed, half of it to the verifier's bonded stake, the
	// bond back.
	stakeAfter, err := sol.Stake(ctx, sol.Address())
	if err != nil {
		t.Fatal(err)
	}
	vstakeAfter, err := vc.Stake(ctx, vc.Address())
	if err != nil {
		t.Fatal(err)
	}
	tokensAfter, err := vc.TokenBalance(ctx, vc.Address())
	if err != nil {
		t.Fatal(err)
	}
	mp, err := vc.MarketParams(ctx)
	if err != nil {
		t.Fatal(err)
	}
	reward := new(big.Int).Div(new(big.Int).Mul(sc.stake, new(big.Int).SetUint64(mp.DisputeRewardBPS)), big.NewInt(game.BPS))
	if d := new(big.Int).Sub(stakeBefore.Bonded, stakeAfter.Bonded); d.Cmp(sc.stake) != 0 {
		t.Errorf("the solver's bonded stake fell by %v, want %v", d, sc.stake)
	}
	if d := new(big.Int).Sub(vstakeAfter.Bonded, vstakeBefore.Bonded); d.Cmp(reward) != 0 || d.Sign() <= 0 {
		t.Errorf("the verifier's bonded stake rose by %v, want %v", d, reward)
	}
	if tokensAfter.Cmp(tokensBefore) != 0 {
		t.Errorf("the verifier's tokens %v after the game, %v before the open (the bond is refunded)", tokensAfter, tokensBefore)
	}
	if sh, err := sol.Shard(ctx, sc.id, 0); err != nil || sh.State == uint8(market.ShardCommitted) {
		t.Errorf("the shard after the slash: %+v (%v)", sh, err)
	}

	// A restarted verifier repeats nothing; the solver has nothing left to do either.
	db.Close()
	v, db = sc.verifier()
	defer db.Close()
	verifierTick(t, ctx, v, "")
	sc.solverTick("")
}
