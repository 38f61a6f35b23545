package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// ledger is what each party of a scene holds: its tokens and its bonded stake.
type ledger map[string][2]*big.Int

func (sc *verifierScene) ledger(ctx context.Context) ledger {
	t := sc.tc.t
	t.Helper()
	l := ledger{}
	for _, n := range []string{"submitter", "solver", "verifier"} {
		c, ok := sc.tc.clients[n]
		if !ok {
			continue
		}
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

// checkMoves fails the test unless every party's tokens and bonded stake moved from before to
// after by exactly want (tokens, stake; a party not named must not move).
func (sc *verifierScene) checkMoves(before, after ledger, want map[string][2]*big.Int) {
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

// playAll waits until every game on the chain is over and returns their ends, in order. It
// moves the chain clock past a move's deadline only when the party to move in every game not
// over has reported that it has nothing (valid) to send in that game's current state: a clock
// jump must not time out a party that would have moved in time.
func (sc *verifierScene) playAll(t *testing.T, ctx context.Context) []game.State {
	t.Helper()
	vc := sc.tc.clients["verifier"]
	deadline := time.Now().Add(2 * time.Minute)
	for i := 1; ; i++ {
		if i%25 == 0 {
			// A driver whose move was rejected says it has nothing to send at its next block:
			// give it one.
			sc.tc.mine()
		}
		n, err := vc.GameCount(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var ends []game.State
		over, stuck := true, true
		for id := int64(1); id <= n.Int64(); id++ {
			gv, err := vc.Game(ctx, big.NewInt(id))
			if err != nil {
				t.Fatal(err)
			}
			st := chain.GameState(gv)
			ends = append(ends, st)
			if st.Phase != game.PhaseOver {
				over = false
				d, ok := sc.stuck.stuck.Load(fmt.Sprint(id))
				stuck = stuck && ok && d == fmt.Sprint(st.Deadline)
			}
		}
		switch {
		case over:
			return ends
		case time.Now().After(deadline):
			t.Fatalf("the games did not end: %+v", ends)
		case stuck:
			sc.tc.advance((testMoveTimeout + 1) * time.Second)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// disputeRun runs a verifier node built by adversary against a solver node (training with
// tamper, nil for an honest one): the verifier checks the commitment, finds step 1 wrong (the
// solver's tamper or its own is DemoCheat, which changes every step), opens its games, and both
// nodes' drivers play them to their ends. If the shard is still committed then, the window
// resumes (the time the games paused it is added) and the solver node finalizes it after. It
// returns the games' ends in order, and the ledger before the open and at the end.
func disputeRun(t *testing.T, tamper func(int, *train.State), adversary func(*VerifierConfig)) (sc *verifierScene, ends []game.State, before, after ledger) {
	ctx := context.Background()
	const k = 1
	sc = newVerifierScene(t, ctx, tamper)
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
		t.Fatalf("the verifier's check %+v (%v, %v), want a mismatch at step %d", chk, ok, err, k)
	}
	before = sc.ledger(ctx)
	verifierTick(t, ctx, v, "OpenDispute")
	n, err := sc.tc.clients["verifier"].GameCount(ctx)
	if err != nil || n.Sign() == 0 {
		t.Fatalf("%v games after the open (%v)", n, err)
	}
	drive := strings.TrimSuffix(strings.Repeat("DriveGame,", int(n.Int64())), ",")
	verifierTick(t, ctx, v, drive)
	sc.solverTick(drive)
	ends = sc.playAll(t, ctx)
	v.WaitGames()
	sc.solver.WaitGames()
	sh, err := sc.tc.clients["solver"].Shard(ctx, sc.id, 0)
	if err != nil {
		t.Fatal(err)
	}
	if sh.State == uint8(market.ShardCommitted) {
		sc.solverTick("") // nothing is final before the window ends
		sc.tc.advance(time.Hour + time.Minute)
		sc.solverTick("FinalizeShard")
		if sh, err := sc.tc.clients["solver"].Shard(ctx, sc.id, 0); err != nil || sh.State != uint8(market.ShardFinalized) {
			t.Fatalf("the shard after the games: %+v (%v)", sh, err)
		}
	}
	verifierTick(t, ctx, v, "") // the verifier opens nothing more
	after = sc.ledger(ctx)
	return sc, ends, before, after
}

// bondMoves are the moves of n games a challenger lost against an honest solver, who is then
// paid the job's price (its maximum: it was the only bidder): the challenger loses n bonds, the
// solver gets BondRewardBPS of each and its price, and the submitter, whose budget was escrowed
// before, gets back all of it but the price (the verifier fee too: nobody is recorded as the
// verifier).
func bondMoves(t *testing.T, ctx context.Context, sc *verifierScene, n int64) map[string][2]*big.Int {
	t.Helper()
	rules, err := sc.tc.clients["verifier"].GameRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	job, err := sc.tc.clients["solver"].Job(ctx, sc.id)
	if err != nil {
		t.Fatal(err)
	}
	price := job.MaxPrice
	reward := new(big.Int).Div(new(big.Int).Mul(rules.Bond, new(big.Int).SetUint64(uint64(rules.BondRewardBPS))), big.NewInt(game.BPS))
	reward.Mul(reward, big.NewInt(n))
	zero := new(big.Int)
	return map[string][2]*big.Int{
		"verifier":  {new(big.Int).Mul(rules.Bond, big.NewInt(-n)), zero},
		"solver":    {new(big.Int).Add(price, reward), zero},
		"submitter": {new(big.Int).Sub(tok(100), price), zero}, // newVerifierScene's budget
	}
}

// TestFrivolousVerifierNode (issue 9, adversary "frivolous"): a verifier node whose own
// re-execution is wrong disputes an honest solver node's step and plays the game from its wrong
// record. The honest solver node answers it and wins, and the money moves exactly as the rules
// say: the challenger loses its bond (half to the solver, half burned), the solver loses no
// stake and is paid its price after the resumed window.
func TestFrivolousVerifierNode(t *testing.T) {
	honestSolverWins(t, func(c *VerifierConfig) { c.Tamper = DemoCheat }, 0)
}

// TestStallingVerifierNode (adversary "stall"): a verifier node opens a game on an honest
// solver's step and never moves in it. The solver node claims the timeout; the staller loses its
// bond exactly as a frivolous challenger does, and the solver is paid after the window (which
// the game paused).
func TestStallingVerifierNode(t *testing.T) {
	honestSolverWins(t, func(c *VerifierConfig) { c.Tamper, c.Stall = DemoCheat, true }, game.ReasonTimeout)
}

// honestSolverWins runs adversary against an honest solver node (disputeRun): the one game it
// opens must end with the solver winning (by reason, unless 0) and the money moving as bondMoves
// says for one lost game.
func honestSolverWins(t *testing.T, adversary func(*VerifierConfig), reason game.Reason) {
	sc, ends, before, after := disputeRun(t, nil, adversary)
	if len(ends) != 1 || ends[0].Winner != game.Solver || (reason != 0 && ends[0].Reason != reason) {
		t.Fatalf("game ends %+v: want one, won by the solver (by %v if set)", ends, reason)
	}
	t.Logf("the honest solver won by %v after %d moves", ends[0].Reason, ends[0].Moves)
	sc.checkMoves(before, after, bondMoves(t, context.Background(), sc, 1))
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
	sc.checkMoves(before, sc.ledger(ctx), map[string][2]*big.Int{
		"solver":    {zero, new(big.Int).Neg(slash)},
		"submitter": {tok(100), zero}, // the whole budget back
	})
}

// TestDoubleDisputeVerifierNode (adversary "double"): a verifier node opens two games on the step
// it disputes. Against a cheating solver node the first game to end slashes it once: the shard
// stake goes half to the verifier's stake and half to the burn, the shard (with no reserve) is
// refunded, and the other game is moot, its bond back. Against an honest solver node (the
// verifier's replay wrong as well) both games are lost, and both bonds.
func TestDoubleDisputeVerifierNode(t *testing.T) {
	ctx := context.Background()
	t.Run("cheater", func(t *testing.T) {
		sc, ends, before, after := disputeRun(t, DemoCheat, func(c *VerifierConfig) { c.Double = true })
		if len(ends) != 2 {
			t.Fatalf("%d games", len(ends))
		}
		// The game that ends second ends after the other slashed the solver: it is moot whoever
		// "wins" it, which the money below shows (both bonds back).
		if ends[0].Winner == game.Solver || ends[1].Winner == game.Solver || (ends[0].Winner != game.Challenger && ends[1].Winner != game.Challenger) {
			t.Fatalf("game ends %+v: want one won by the challenger and none by the solver", ends)
		}
		mp, err := sc.tc.clients["verifier"].MarketParams(ctx)
		if err != nil {
			t.Fatal(err)
		}
		reward := new(big.Int).Div(new(big.Int).Mul(sc.stake, new(big.Int).SetUint64(mp.DisputeRewardBPS)), big.NewInt(game.BPS))
		zero := new(big.Int)
		sc.checkMoves(before, after, map[string][2]*big.Int{
			"verifier":  {zero, reward},
			"solver":    {zero, new(big.Int).Neg(sc.stake)},
			"submitter": {tok(100), zero}, // the shard refunded: the whole budget back
		})
	})
	t.Run("honest solver", func(t *testing.T) {
		sc, ends, before, after := disputeRun(t, nil, func(c *VerifierConfig) { c.Tamper, c.Double = DemoCheat, true })
		if len(ends) != 2 || ends[0].Winner != game.Solver || ends[1].Winner != game.Solver {
			t.Fatalf("game ends %+v: want both won by the solver", ends)
		}
		sc.checkMoves(before, after, bondMoves(t, ctx, sc, 2))
	})
}

// specSource is a SpecSource that answers every spec with err (withheld or malformed).
type specSource struct{ err error }

func (s specSource) Spec(context.Context, commit.Hash) (*spec.Job, error) { return nil, s.err }

// TestSubmitterAdversariesNode: a submitter that withholds its spec, posts one that does not
// parse, or posts a job whose data root is not its spec's, hurts only itself. A solver node
// cannot price the job and skips it (recording why) without bidding, so nothing of its stake is
// locked; after the bidding window anyone's poke closes the job without bids and the whole
// budget goes back to the submitter.
func TestSubmitterAdversariesNode(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		specs func(*spec.Job) SpecSource
		post  func(*contracts.JobMarketJobParams)
		skip  string // in the solver's recorded reason
	}{
		{"withheld spec", func(*spec.Job) SpecSource { return specSource{errors.New("no peer serves it")} }, nil, "no peer serves it"},
		{"malformed spec", func(*spec.Job) SpecSource {
			_, err := spec.Parse([]byte("version = 1\nname = \"x\"\n[model]\nkind = \"nope\"\n"), ".")
			return specSource{err}
		}, nil, "unknown model kind"},
		{"data root not the spec's", func(j *spec.Job) SpecSource { return specDir{j.Hash: j} },
			func(p *contracts.JobMarketJobParams) { p.DataRoot[0] ^= 1 }, "data root"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			chn := newTestChain(t, "submitter", "solver")
			chn.fund(ctx, nil, "submitter")
			chn.fund(ctx, tok(100), "solver")
			dir := t.TempDir()
			job := smallJob(t, dir)
			sc := &verifierScene{tc: chn}
			p := contracts.JobMarketJobParams{Shards: 1, BiddingPeriod: 3600, TrainingPeriod: 86400,
				ChallengeWindow: 3600, Budget: tok(100), StakePerShard: tok(50), VerifierFee: tok(10)}
			before := sc.ledger(ctx)
			sc.id = chn.postJobWith(ctx, dir, job, p, tc.post)
			db, err := OpenDB(filepath.Join(dir, "solver.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			sc.solver, err = NewSolver(SolverConfig{Client: chn.clients["solver"], DB: db, Specs: tc.specs(job), HashPerSec: 1e9, Safety: 1.5,
				Pricing: market.Pricing{PerHour: tok(1), MarginBPS: 2_000}, WorkDir: filepath.Join(dir, "solver"), Log: discard, Poll: 2 * time.Millisecond})
			if err != nil {
				t.Fatal(err)
			}
			sc.solverTick("PriceJob")
			var why string
			if ok, err := db.Get(TableSkipped, JobKey(sc.id.Uint64()), &why); !ok || err != nil || !strings.Contains(why, tc.skip) {
				t.Fatalf("the solver's skip record %q (%v, %v), want one naming %q", why, ok, err, tc.skip)
			}
			sc.solverTick("") // no bid, nothing more
			if locked, err := chn.clients["solver"].LockedBy(ctx, chn.clients["solver"].Deployment().Market, chn.clients["solver"].Address()); err != nil || locked.Sign() != 0 {
				t.Fatalf("%v of the solver's stake locked (%v)", locked, err)
			}
			chn.advance(time.Hour + time.Minute)
			must(t)(chn.clients["submitter"].Poke(ctx, sc.id))
			if j, err := chn.clients["submitter"].Job(ctx, sc.id); err != nil || j.State != uint8(market.JobClosed) || j.Escrow.Sign() != 0 {
				t.Fatalf("the job after the bidding window: %+v (%v)", j, err)
			}
			sc.solverTick("")
			after := sc.ledger(ctx)
			delete(before, "verifier")
			sc.checkMoves(before, after, nil) // nobody lost or gained a token
		})
	}
}
