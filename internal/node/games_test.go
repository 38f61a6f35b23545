package node

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"veritrain/internal/commit"
	"veritrain/internal/dispute"
	"veritrain/internal/game"
	"veritrain/internal/tensor"
	"veritrain/internal/train"
)

var discard = slog.New(slog.DiscardHandler)

// restartingChallenger is a challenger's node that stops after `after` decisions and starts
// again from its database: restart builds the new Player.
type restartingChallenger struct {
	cur     game.Player
	n       int
	after   int
	restart func() game.Player
}

func (r *restartingChallenger) Next(p *game.Params, s game.State) (game.Move, bool) {
	if r.n++; r.n == r.after {
		r.cur = r.restart()
	}
	return r.cur.Next(p, s)
}

// TestVerifierResumesGameFromPicks plays a game whose final witness needs nodes only the solver
// revealed (a frivolous challenger whose record differs from the honest solver's in two ops of
// different subtrees of the op trace: the proof of the first one's root takes the solver's
// sibling over the second) and restarts the challenger in the middle of it. Rebuilt from its
// recorded picks, the challenger builds a witness the Judge accepts (it loses by the element,
// the outcome of the game it would have played without a restart); a challenger restarted
// without them cannot build one and loses by timeout instead.
func TestVerifierResumesGameFromPicks(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	job := smallJob(t, dir)
	run := filepath.Join(dir, "run")
	if _, err := train.Run(ctx, job, train.RunOptions{OutDir: run}); err != nil {
		t.Fatal(err)
	}
	const step = 2
	solver, err := StepTrace(ctx, job, run, step, nil)
	if err != nil {
		t.Fatal(err)
	}
	own, err := StepTrace(ctx, job, run, step, nil)
	if err != nil {
		t.Fatal(err)
	}
	cm, err := train.ReadCommitments(run)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.Open(filepath.Join(dir, "job.toml"))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	dj, err := DisputeJob(tr, cm)
	if err != nil {
		t.Fatal(err)
	}
	params := dj.Params(3600, big.NewInt(100), big.NewInt(1000))
	// The challenger's record is off in the first and the last elementwise op (one element each).
	var wrong []int
	for k, d := range dj.Ops {
		if d.Op == tensor.OpMul || d.Op == tensor.OpAdd {
			wrong = append(wrong, k)
		}
	}
	if len(wrong) < 2 {
		t.Fatalf("%d elementwise ops", len(wrong))
	}
	h := commit.NewHasher()
	for _, k := range []int{wrong[0], wrong[len(wrong)-1]} {
		v := tensor.FromData(own.Values[k].Shape, append([]float32(nil), own.Values[k].Data...))
		v.Data[0] += 1
		own.Values[k] = v
		if own.Roots[k], err = h.TensorRoot(v.Shape, v.Data); err != nil {
			t.Fatal(err)
		}
	}
	open, err := dj.Open(step, params.Bond)
	if err != nil {
		t.Fatal(err)
	}
	newPlayer := func() *game.ChallengerPlayer {
		return &game.ChallengerPlayer{View: own.View(), Witness: dj.WitnessBuilder(own, step, tr.Sample)}
	}
	play := func(t *testing.T, ch game.Player) dispute.Outcome {
		t.Helper()
		out, err := dispute.Play(params, dj.Judge(), open, &game.SolverPlayer{View: solver.View()}, ch, 1_000_000)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	want := play(t, newPlayer())
	if want.Winner != game.Solver || want.Reason != game.ReasonElementRight {
		t.Fatalf("without a restart: %v wins by %v", want.Winner, want.Reason)
	}

	db, err := OpenDB(filepath.Join(dir, "node.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const id = 7
	recording := func() game.Player { return &recordingChallenger{player: newPlayer(), db: db, game: id, log: discard} }
	got := play(t, &restartingChallenger{cur: recording(), after: 6, restart: func() game.Player {
		p := newPlayer()
		n, err := replayPicks(db, id, &params, p)
		if err != nil || n == 0 {
			t.Fatalf("replayed %d picks: %v", n, err)
		}
		return &recordingChallenger{player: p, db: db, game: id, log: discard}
	}})
	if got.Winner != want.Winner || got.Reason != want.Reason || got.Moves != want.Moves {
		t.Fatalf("restarted: %v wins by %v after %d moves; without a restart %v by %v after %d", got.Winner, got.Reason, got.Moves,
			want.Winner, want.Reason, want.Moves)
	}
	// The same restart without the picks: the witness cannot be built.
	lost := play(t, &restartingChallenger{cur: newPlayer(), after: 6, restart: func() game.Player { return newPlayer() }})
	if lost.Reason == game.ReasonElementRight {
		t.Fatalf("a challenger restarted without its picks still built the witness (the test does not need the transcript)")
	}
	if err := deletePicks(db, id); err != nil {
		t.Fatal(err)
	}
	if n, _ := replayPicks(db, id, &params, newPlayer()); n != 0 {
		t.Fatalf("%d picks left", n)
	}
}

// TestDriverBackoff (tasks): a game whose driver cannot be set up is tried again after a doubling
// backoff (2 s, 4 s, … up to a minute), not at every tick; a success clears it.
func TestDriverBackoff(t *testing.T) {
	now := time.Unix(1000, 0)
	d := &tasks[uint64]{now: func() time.Time { return now }}
	try := func(err error) bool {
		t.Helper()
		started := d.start(7, func() error { return err })
		d.wg.Wait()
		return started
	}
	fail := errors.New("the run is not served yet")
	if !try(fail) {
		t.Fatal("the first try did not start")
	}
	for _, wait := range []time.Duration{2 * time.Second, 4 * time.Second, 8 * time.Second} {
		now = now.Add(wait - time.Millisecond)
		if try(fail) {
			t.Fatalf("tried again %v after a failure, before the %v backoff", wait-time.Millisecond, wait)
		}
		now = now.Add(time.Millisecond)
		if !try(fail) {
			t.Fatalf("not tried again after the %v backoff", wait)
		}
	}
	for range 10 {
		now = now.Add(time.Hour)
		try(fail)
	}
	if w := d.retry[7].wait; w != maxRetry {
		t.Fatalf("the backoff grew to %v, want the cap %v", w, maxRetry)
	}
	now = now.Add(maxRetry)
	if !try(nil) {
		t.Fatal("not tried after the capped backoff")
	}
	if _, ok := d.retry[7]; ok || !try(nil) {
		t.Fatal("a success did not clear the backoff")
	}
	// A game whose driver runs is not started twice.
	block := make(chan struct{})
	if !d.start(8, func() error { <-block; return nil }) || d.start(8, func() error { return nil }) {
		t.Fatal("a running game's driver was started again")
	}
	close(block)
	d.wg.Wait()
}
