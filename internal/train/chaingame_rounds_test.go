//go:build !nochain

package train

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/dispute"
	"veritrain/internal/game"
	"veritrain/internal/tensor"
)

// TestRoundDataSampleDisputesOnChain plays, on the simulated chain with the real Judge, disputes
// of a step of round 0 of shard 1 of a sharded job (2 shards, 4 inner steps, 2 rounds) whose
// element check lands on the batch input (a data sample). Shard s's step t reads batch
// (t-1)·S + s of the job's sampler (train.Trainer.batchIndex, dispute.ShardSampler); the
// dispute game maps the Judge's step the same way (DisputeGame._baseClaim). A solver whose
// batch row 1 holds another sample, one that reads step t's batch from shard 0's stream and one
// that reads it from the unsharded stream (batch t-1) lose by ElementWrong on the input op; an
// honest solver beats a challenger whose own record of that batch is wrong (ElementRight on the
// input op: the Judge reads the very sample the shard trained on). Every outcome on chain is the
// Go game's. Off chain, the same games with the shard's mapping dropped end otherwise: with the
// Judge's sampler unmapped the challenger's sample proofs no longer fit, and with the
// challenger's unmapped too the honest solver loses and the unsharded stream wins.
func TestRoundDataSampleDisputesOnChain(t *testing.T) {
	const (
		S, H, R = 2, 4, 2
		shard   = 1 // not 0: the mapping matters
		k       = 3 // the disputed step of round 0
	)
	job := tinyJob(t, t.TempDir(), "sharded2.toml", "", "steps = 6", "steps = 8",
		"[eval]", "[parallel]\nshards = 2\ninner_steps = 4\n\n[eval]")
	if job.Parallel.Shards != S || job.Parallel.InnerSteps != H || job.Train.Steps != R*H {
		t.Fatalf("job: %d shards, %d inner steps, %d steps", job.Parallel.Shards, job.Parallel.InnerSteps, job.Train.Steps)
	}
	shardTrainer := func() *Trainer {
		tr := newTrainer(t, job)
		tr.SetShard(shard, S)
		return tr
	}
	listing, err := shardTrainer().Listing()
	if err != nil {
		t.Fatal(err)
	}
	input := -1 // the op of the batch's inputs
	for i, d := range listing.Ops {
		if d.Op == tensor.OpInput && d.Slot == 0 {
			input = i
		}
	}
	if input < 0 {
		t.Fatal("no input op")
	}
	n := newTrainer(t, job).Data.Train.InputLen()
	// The "wrong data sample" cheat on a value of a step: batch row 1 holds row 0's inputs.
	wrongSample := func(k int, v *tensor.Tensor) {
		if k == input {
			copy(v.Data[n:2*n], v.Data[:n])
		}
	}

	// runRound runs round 0 of the shard (steps 1..H) from the job's initial state, step k with
	// tamper and reading the batch of stream ({shard, shard count}: {shard, S} for the shard's
	// own), and returns the states after each step and the step hashes.
	runRound := func(tamper func(int, *tensor.Tensor), stream [2]int) (map[int][]float32, []commit.Hash) {
		tr := shardTrainer()
		saved := map[int][]float32{0: append([]float32(nil), tr.State.Flat...)}
		var hs []commit.Hash
		for step := 1; step <= H; step++ {
			if step == k {
				tr.SetShard(stream[0], stream[1])
			}
			if step == k && tamper != nil {
				if _, err := tr.TraceStep(tamper); err != nil {
					t.Fatal(err)
				}
			} else if _, err := tr.Step(); err != nil {
				t.Fatal(err)
			}
			tr.SetShard(shard, S)
			saved[step] = append([]float32(nil), tr.State.Flat...)
			hs = append(hs, tr.State.Root())
		}
		return saved, hs
	}
	// traceOf is a party's record of step k from the state after k-1 steps.
	// stream is the shard and shard count whose batch step k reads: {shard, S} for the shard's own.
	traceOf := func(flat []float32, tamper func(int, *tensor.Tensor), stream [2]int) *dispute.Trace {
		tr := shardTrainer()
		tr.SetShard(stream[0], stream[1])
		copy(tr.State.Flat, flat)
		prev := tr.State.TensorRoots()
		ot, err := tr.TraceStep(tamper)
		if err != nil {
			t.Fatal(err)
		}
		want := k - 1
		if stream[1] > 1 {
			want = (k-1)*stream[1] + stream[0]
		}
		if ot.Step != k || !slices.Equal(ot.Batch, batchOf(tr, want)) {
			t.Fatalf("step %d read samples %v, batch %d of the job's stream is %v", ot.Step, ot.Batch, want, batchOf(tr, want))
		}
		return &dispute.Trace{Ops: listing.Ops, Values: ot.Values, Roots: ot.Roots, Prev: prev, Post: tr.State.TensorRoots()}
	}

	own := [2]int{shard, S}
	honestSaved, honestHs := runRound(nil, own)
	h0 := shardTrainer().StateRoot()
	// cheat is a solver's run of the round that does step k with tamper reading stream's batch,
	// and its record of step k.
	cheat := func(tamper func(int, *tensor.Tensor), stream [2]int) ([]commit.Hash, *dispute.Trace) {
		saved, hs := runRound(tamper, stream)
		if honestHs[k-2] != hs[k-2] || honestHs[k-1] == hs[k-1] {
			t.Fatal("the cheat does not change exactly step k on")
		}
		tr := traceOf(saved[k-1], tamper, stream)
		if commit.StateRoot(tr.Post) != hs[k-1] {
			t.Fatal("the cheater's record of step k does not reach its committed hash")
		}
		return hs, tr
	}
	wrongHs, wrongTr := cheat(wrongSample, own)
	// A solver that reads step k's batch from shard 0's stream ((t-1)·S), or from the stream of a
	// job of one shard (t-1): with the dispute game's step unmapped the Judge would read batch
	// t-1 and find the latter right.
	shard0Hs, shard0Tr := cheat(nil, [2]int{0, S})
	flatHs, flatTr := cheat(nil, [2]int{0, 1})
	// The honest round is the one Sharded.RunShardRound commits.
	sh, err := LoadSharded(job)
	if err != nil {
		t.Fatal(err)
	}
	trace, end, err := sh.RunShardRound(context.Background(), shard, "", nil)
	sh.Close()
	if err != nil {
		t.Fatal(err)
	}
	g0 := sh.Global.Root() // round 0's global state: θ_0 and a zero momentum
	if trace != RoundTraceRoot(h0, honestHs, g0) || end != honestHs[H-1] {
		t.Fatalf("RunShardRound commits %s → %s, the test's round %s → %s", trace, end, RoundTraceRoot(h0, honestHs, g0), honestHs[H-1])
	}

	// roundScene is the dispute of step k of a committed round (hs), as node.DisputeJob builds a
	// round's dispute.Job.
	honestTr := shardTrainer()
	jobContext, err := dispute.JudgeContext(honestTr.Data.Train.Len(), job.Train.Batch, honestTr.Sampler().Seed,
		[]int{honestTr.Data.Train.InputLen(), honestTr.Data.Train.TargetLen()})
	if err != nil {
		t.Fatal(err)
	}
	roundScene := func(hs []commit.Hash, solver, own *dispute.Trace) *chainScene {
		cm := &Commitments{Initial: h0, StepHashes: hs, TraceRoot: RoundTraceRoot(h0, hs, g0), Shards: S, Shard: shard, First: 0, Global: g0}
		dj := disputeJob(t, honestTr, cm)
		dj.Steps, dj.Inner, dj.First, dj.Global = job.Train.Steps, cm.Steps(), cm.First, cm.Global
		dj.Sampler = dispute.ShardSampler{SampleIndexer: honestTr.Sampler(), Shard: cm.Shard, Shards: cm.Shards}
		sc := &chainScene{job: job, cm: cm, dj: dj, step: k, own: own, solver: solver, jobContext: jobContext,
			witness: dj.WitnessBuilder(own, k, honestTr.Sample),
			layout:  chain.NewGameLayout(dj.Ops, dj.NumStates, job.Train.Steps, h0, commit.Keccak256(jobContext))}
		if sc.layout.GraphRoot() != dj.GraphRoot {
			t.Fatalf("layout's graph root %v, the listing's %v", sc.layout.GraphRoot(), dj.GraphRoot)
		}
		return sc
	}

	honest := func() *dispute.Trace { return traceOf(honestSaved[k-1], nil, own) }
	cases := []struct {
		name   string
		sc     *chainScene
		winner game.Party
		reason game.Reason
	}{
		{"wrong data sample", roundScene(wrongHs, wrongTr, honest()), game.Challenger, game.ReasonElementWrong},
		{"shard 0's batch", roundScene(shard0Hs, shard0Tr, honest()), game.Challenger, game.ReasonElementWrong},
		{"unsharded batch", roundScene(flatHs, flatTr, honest()), game.Challenger, game.ReasonElementWrong},
		{"frivolous challenger", roundScene(honestHs, honest(), traceOf(honestSaved[k-1], wrongSample, own)), game.Solver, game.ReasonElementRight},
	}

	// Off chain, the Go game (the outcome the chain must reach), and with the Judge's sampler
	// unmapped (shard s's step t read as the job's batch t-1) another outcome.
	for _, c := range cases {
		p := c.sc.dj.Params(chainMoveTimeout, chainBond, chainStake)
		open, err := c.sc.dj.Open(k, chainBond)
		if err != nil {
			t.Fatal(err)
		}
		s0, c0 := c.sc.players(game.Nobody)
		out, err := dispute.Play(p, c.sc.dj.Judge(), open, s0, c0, 1_000_000)
		if err != nil {
			t.Fatal(err)
		}
		if out.Winner != c.winner || out.Reason != c.reason {
			t.Fatalf("%s off chain: %v wins by %v, want %v by %v", c.name, out.Winner, out.Reason, c.winner, c.reason)
		}
		unmapped := *c.sc.dj
		unmapped.Sampler = honestTr.Sampler()
		s0, c0 = c.sc.players(game.Nobody)
		un, err := dispute.Play(p, unmapped.Judge(), open, s0, c0, 1_000_000)
		if err != nil {
			t.Fatal(err)
		}
		if un.Winner == out.Winner && un.Reason == out.Reason {
			t.Fatalf("%s off chain: the unmapped sampler gives the same outcome (%v by %v)", c.name, un.Winner, un.Reason)
		}
		// Both the Judge and the challenger's witnesses unmapped (a game that read shard s's step
		// t as the job's batch t-1): the honest solver loses, the unsharded stream wins.
		both := *c.sc
		both.dj = &unmapped
		both.witness = unmapped.WitnessBuilder(both.own, k, honestTr.Sample)
		s0, c0 = both.players(game.Nobody)
		bo, err := dispute.Play(p, unmapped.Judge(), open, s0, c0, 1_000_000)
		if err != nil {
			t.Fatal(err)
		}
		switch c.name {
		case "frivolous challenger":
			if bo.Winner != game.Challenger || bo.Reason != game.ReasonElementWrong {
				t.Fatalf("%s unmapped: %v wins by %v, want the honest solver to lose", c.name, bo.Winner, bo.Reason)
			}
		case "unsharded batch":
			if bo.Winner != game.Solver || bo.Reason != game.ReasonElementRight {
				t.Fatalf("%s unmapped: %v wins by %v, want the unsharded stream to pass", c.name, bo.Winner, bo.Reason)
			}
		}
		t.Logf("%s off chain: %v wins by %v after %d moves; with the Judge's sampler unmapped %v wins by %v (%d moves rejected); "+
			"with the Judge's and the challenger's unmapped %v wins by %v", c.name, out.Winner, out.Reason, out.Moves,
			un.Winner, un.Reason, un.Rejected, bo.Winner, bo.Reason)
	}

	e := newChainGameEnv(t)
	h, _, err := e.clients["solver"].RegisterJudgeContext(e.ctx, jobContext)
	if err != nil {
		t.Fatal(err)
	}
	if h != common.Hash(commit.Keccak256(jobContext)) {
		t.Fatalf("registered context %v", h)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			jobID := e.committedRound(t, c.sc, S, R, shard)
			st := e.playRound(t, c.sc, jobID, shard)
			if st.Winner != c.winner || st.Reason != c.reason {
				t.Fatalf("on chain %v wins by %v, want %v by %v", st.Winner, st.Reason, c.winner, c.reason)
			}
			if st.Op != input {
				t.Fatalf("the Judge checked op %d (%v), want the batch input op %d", st.Op, c.sc.dj.Ops[st.Op].Op, input)
			}
		})
	}
}

// batchOf is the sample indices of batch b of tr's job stream.
func batchOf(tr *Trainer, b int) []int {
	idx := make([]int, tr.Job.Train.Batch)
	tr.Sampler().Indices(b, idx)
	return idx
}

// committedRound posts the job of sc as a job of `shards` shards trained in `rounds` rounds,
// registers its layout, gives shard `shard` to the solver (the deployer takes the others) and
// has it commit round 0 (sc's round trace root and its end state). It returns the job id.
func (e *chainGameEnv) committedRound(t *testing.T, sc *chainScene, shards, rounds int, shard uint64) *big.Int {
	t.Helper()
	ok := e.ok(t)
	sub, sol := e.clients["submitter"], e.clients["solver"]
	id, _, err := sub.PostJob(e.ctx, contracts.JobMarketJobParams{
		SpecHash: sc.job.Hash, GraphRoot: sc.dj.GraphRoot, DataRoot: sc.dj.DataRoot, Shards: uint16(shards), Rounds: uint16(rounds),
		BiddingPeriod: 2 * chainMoveTimeout, TrainingPeriod: 86400, ChallengeWindow: 86400,
		Budget: chainTok(200 * int64(shards)), StakePerShard: chainStake, VerifierFee: chainTok(10)})
	if err != nil {
		t.Fatal(err)
	}
	ok(sub.RegisterLayout(e.ctx, id, sc.layout))
	lay, err := sol.JobLayout(e.ctx, id)
	if err != nil || int(lay.Rounds) != rounds || int(lay.Shards) != shards || int(lay.Steps) != sc.job.Train.Steps {
		t.Fatalf("layout %+v (%v)", lay, err)
	}
	// Bids sort by price: the cheaper bidders take the shards before the solver's.
	others := []string{"deployer", "submitter"}
	if int(shard) > len(others) {
		t.Fatalf("shard %d: not enough bidders", shard)
	}
	for i, name := range others[:shard] {
		ok(e.clients[name].Bond(e.ctx, chainStake))
		ok(e.clients[name].Bid(e.ctx, id, chainTok(100+int64(i))))
	}
	ok(sol.Bond(e.ctx, chainStake))
	ok(sol.Bid(e.ctx, id, chainTok(150)))
	e.advance(t, 2*chainMoveTimeout)
	ok(sub.FinalizeAuction(e.ctx, id))
	if s, err := sol.Shard(e.ctx, id, shard); err != nil || s.Solver != sol.Address() {
		t.Fatalf("shard %d: %+v (%v)", shard, s, err)
	}
	ok(sol.Commit(e.ctx, id, shard, common.Hash(sc.cm.TraceRoot), common.Hash(sc.cm.StepHashes[len(sc.cm.StepHashes)-1])))
	if s, err := sol.Shard(e.ctx, id, shard); err != nil || s.Round != 0 || s.TraceRoot != common.Hash(sc.cm.TraceRoot) {
		t.Fatalf("committed shard %d: %+v (%v)", shard, s, err)
	}
	return id
}

// playRound opens a game on step sc.step of the committed round of shard `shard` of job jobID
// and has both parties' drivers play it in turns (advancing the chain's time when nobody has a
// move), a Go game following every move the chain accepts. The outcome must be dispute.Play's,
// and the stakes must move as the market's slash or the bond's forfeit says. It returns the
// chain's final state.
func (e *chainGameEnv) playRound(t *testing.T, sc *chainScene, jobID *big.Int, shard uint64) game.State {
	t.Helper()
	ctx := e.ctx
	sol, chal := e.clients["solver"], e.clients["challenger"]
	params := sc.dj.Params(chainMoveTimeout, chainBond, chainStake)
	open, err := sc.dj.Open(sc.step, chainBond)
	if err != nil {
		t.Fatal(err)
	}
	s0, c0 := sc.players(game.Nobody)
	offchain, err := dispute.Play(params, sc.dj.Judge(), open, s0, c0, 1_000_000)
	if err != nil {
		t.Fatal(err)
	}
	before := e.balances(t)
	gameID, r, err := chal.OpenGame(ctx, jobID, shard, open)
	if err != nil {
		t.Fatal(err)
	}
	mirror, _, err := game.New(params, sc.dj.Judge(), game.Event{Time: e.blockTime(t, r), From: game.Challenger, Move: open})
	if err != nil {
		t.Fatal(err)
	}
	rejected := 0
	var checkGas uint64
	sent := func(party game.Party) func(game.Move, *types.Receipt, error) {
		return func(m game.Move, r *types.Receipt, err error) {
			t.Helper()
			from := party
			if _, ok := m.(game.Timeout); ok {
				from = game.Nobody
			}
			switch {
			case err != nil && !errors.Is(err, chain.ErrRejected):
			case err != nil:
				rejected++
				if _, gerr := mirror.Step(game.Event{Time: e.now(t), From: from, Move: m}); gerr == nil {
					t.Errorf("the chain rejected %v's %s (%v), the Go game accepted it", party, m.Name(), err)
				}
			default:
				if _, ok := m.(game.CheckElement); ok {
					checkGas = r.GasUsed
				}
				if _, gerr := mirror.Step(game.Event{Time: e.blockTime(t, r), From: from, Move: m}); gerr != nil {
					t.Errorf("the chain accepted %v's %s, the Go game rejected it: %v", party, m.Name(), gerr)
				}
			}
		}
	}
	sp, cp := sc.players(game.Nobody)
	drivers := []*chain.GameDriver{
		{Client: sol, Layout: sc.layout, ID: gameID, Party: game.Solver, Player: sp, Params: &params, Sent: sent(game.Solver)},
		{Client: chal, Layout: sc.layout, ID: gameID, Party: game.Challenger, Player: cp, Params: &params, Sent: sent(game.Challenger)},
	}
	readState := func() game.State {
		v, err := sol.Game(ctx, gameID)
		if err != nil {
			t.Fatal(err)
		}
		return chain.GameState(v)
	}
	st, _ := e.turns(t, ctx, drivers, mirror, &params, readState, nil)
	if st.Winner != offchain.Winner || st.Reason != offchain.Reason || st.Moves != offchain.Moves || rejected != offchain.Rejected {
		t.Errorf("on chain %v wins by %v after %d moves (%d rejected); off chain %v by %v after %d moves (%d rejected)",
			st.Winner, st.Reason, st.Moves, rejected, offchain.Winner, offchain.Reason, offchain.Moves, offchain.Rejected)
	}
	after := e.balances(t)
	diff := func(x, y *big.Int) *big.Int { return new(big.Int).Sub(y, x) }
	half := func(x *big.Int) *big.Int { return new(big.Int).Div(x, big.NewInt(2)) }
	var want [][3]any // what, got, want
	switch st.Winner {
	case game.Challenger:
		want = [][3]any{
			{"solver's bonded stake", diff(before.solverStake.Bonded, after.solverStake.Bonded), new(big.Int).Neg(chainStake)},
			{"challenger's bonded stake", diff(before.challengerStake.Bonded, after.challengerStake.Bonded), half(chainStake)},
			{"challenger's tokens (bond refunded)", diff(before.challengerTokens, after.challengerTokens), new(big.Int)},
		}
	default:
		want = [][3]any{
			{"solver's bonded stake", diff(before.solverStake.Bonded, after.solverStake.Bonded), new(big.Int)},
			{"challenger's tokens (bond forfeited)", diff(before.challengerTokens, after.challengerTokens), new(big.Int).Neg(chainBond)},
			{"solver's tokens (half the bond)", diff(before.solverTokens, after.solverTokens), half(chainBond)},
		}
	}
	for _, w := range want {
		if w[1].(*big.Int).Cmp(w[2].(*big.Int)) != 0 {
			t.Errorf("%s changed by %v, want %v", w[0], w[1], w[2])
		}
	}
	t.Logf("round 0 of shard %d, step %d on chain: %v wins by %v after %d moves, the Judge checked op %d (%v); check gas %d",
		shard, sc.step, st.Winner, st.Reason, st.Moves, st.Op, sc.dj.Ops[st.Op].Op, checkGas)
	return st
}
