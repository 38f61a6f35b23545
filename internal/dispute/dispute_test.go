package dispute

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/game"
	"veritrain/internal/roundgame"
	"veritrain/internal/tensor"
)

func testJob() *Job {
	hs := []commit.Hash{{1}, {2}, {3}, {4}, {5}}
	return &Job{
		Ops: []autograd.OpDesc{
			{Op: tensor.OpState, Shape: []int{2, 3}, Slot: 1, Next: 3},
			{Op: tensor.OpState, Shape: []int{3}, Slot: 0, Next: -1},
			{Op: tensor.OpInput, Shape: []int{2, 3}, Slot: 0, Next: -1},
			{Op: tensor.OpAdd, Shape: []int{2, 3}, In: []int{0, 2}, Next: -1},
		},
		NumStates: 3, TraceRoot: commit.TraceRoot(hs), Steps: len(hs), Initial: commit.Hash{9}, Hashes: hs,
	}
}

func TestParams(t *testing.T) {
	j := testJob()
	p := j.Params(60, big.NewInt(1), big.NewInt(10))
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	want := []int{game.Carried, 3, game.Carried} // slot 1 is updated by op 3; slots 0 and 2 carried
	for i, u := range p.Updates {
		if u != want[i] {
			t.Errorf("slot %d update %d, want %d", i, u, want[i])
		}
	}
	if p.Ops[0].Kind != game.OpStateRead || p.Ops[0].Slot != 1 || p.Ops[2].Kind != game.OpCompute {
		t.Errorf("op kinds %+v", p.Ops)
	}
}

func TestOpen(t *testing.T) {
	j := testJob()
	for step := 1; step <= j.Steps; step++ {
		o, err := j.Open(step, big.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		if o.Cur != j.Hashes[step-1] || !commit.VerifyTraceProof(j.TraceRoot, o.Cur, step, j.Steps, o.CurProof) {
			t.Fatalf("step %d: bad cur", step)
		}
		if step == 1 && (o.Prev != j.Initial || len(o.PrevProof) != 0) {
			t.Fatalf("step 1: prev %s", o.Prev)
		}
		if step > 1 && !commit.VerifyTraceProof(j.TraceRoot, o.Prev, step-1, j.Steps, o.PrevProof) {
			t.Fatalf("step %d: bad prev proof", step)
		}
		// The game accepts it.
		if _, _, err := game.New(j.Params(60, big.NewInt(1), big.NewInt(10)), j.Judge(), game.Event{Time: 1, From: game.Challenger, Move: o}); err != nil {
			t.Fatalf("step %d: game rejects the open: %v", step, err)
		}
	}
	for _, bad := range []int{0, -1, j.Steps + 1} {
		if _, err := j.Open(bad, big.NewInt(1)); err == nil {
			t.Errorf("Open(%d) succeeded", bad)
		}
	}
}

// TestOpenRound: a round of a job trained in rounds (3 rounds of 4 steps, round 1: steps 5..8)
// opens on its own steps only, from its trace over the round's start and step hashes; the game
// accepts each open, and refuses one whose proof is over another leaf count or of another round.
func TestOpenRound(t *testing.T) {
	j := testJob()
	start, hs := commit.Hash{7}, []commit.Hash{{11}, {12}, {13}, {14}}
	j.Steps, j.Inner, j.First, j.Initial, j.Hashes, j.Global = 12, 4, 4, start, hs, commit.Hash{99}
	j.TraceRoot = commit.TraceRoot(roundgame.Leaves(start, hs, j.Global))
	p := j.Params(60, big.NewInt(1), big.NewInt(10))
	for step := 5; step <= 8; step++ {
		o, err := j.Open(step, big.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		wantPrev := start
		if step > 5 {
			wantPrev = hs[step-6]
		}
		if o.Cur != hs[step-5] || o.Prev != wantPrev {
			t.Fatalf("step %d: prev %s cur %s", step, o.Prev, o.Cur)
		}
		if _, _, err := game.New(p, j.Judge(), game.Event{Time: 1, From: game.Challenger, Move: o}); err != nil {
			t.Fatalf("step %d: game rejects the open: %v", step, err)
		}
		// The same open against a round one step later (steps 6..9) is refused.
		later := p
		later.First = 8
		if _, _, err := game.New(later, j.Judge(), game.Event{Time: 1, From: game.Challenger, Move: o}); err == nil {
			t.Fatalf("step %d: accepted as a step of the next round", step)
		}
	}
	for _, bad := range []int{4, 9, 0} {
		if _, err := j.Open(bad, big.NewInt(1)); err == nil {
			t.Errorf("Open(%d) of the round of steps 5..8 succeeded", bad)
		}
	}
	// A proof over the round's step hashes alone (no leading start leaf) is refused.
	o, err := j.Open(6, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if o.CurProof, err = commit.TraceProof(hs, 2); err != nil {
		t.Fatal(err)
	}
	if _, _, err := game.New(p, j.Judge(), game.Event{Time: 1, From: game.Challenger, Move: o}); !errors.Is(err, game.ErrBadProof) {
		t.Fatalf("a proof without the start leaf: %v", err)
	}
	// Params of a round that does not fit the run are invalid.
	for _, r := range [][2]int{{4, 3}, {4, 12}, {-1, 0}} {
		q := p
		q.Inner, q.First = r[0], r[1]
		if err := q.Validate(); err == nil {
			t.Errorf("a round of %d steps after step %d in 12 steps: valid", r[0], r[1])
		}
	}
}

// TestShardSampler: shard s of S reads batch t·S+s of the job's stream at step t.
func TestShardSampler(t *testing.T) {
	base := indexer(func(step, row int) int { return step*100 + row })
	s := ShardSampler{SampleIndexer: base, Shard: 2, Shards: 3}
	if got := s.Index(4, 7); got != (4*3+2)*100+7 {
		t.Fatalf("Index(4, 7) = %d", got)
	}
}

type indexer func(step, row int) int

func (f indexer) Index(step, row int) int { return f(step, row) }

// A judge that receives garbage rejects the move (an error), never a verdict.
func TestJudgeRejectsGarbage(t *testing.T) {
	j := testJob()
	c := game.ElementClaim{Step: 1, Op: 3, Element: 0}
	for _, w := range [][]byte{nil, {1}, make([]byte, 100)} {
		if _, err := j.Judge().CheckElement(c, w); err == nil {
			t.Errorf("witness %x accepted", w)
		}
	}
}

func TestJudgeContext(t *testing.T) {
	b, err := JudgeContext(60000, 128, 42, []int{784, 1})
	if err != nil {
		t.Fatal(err)
	}
	want := "01" + "000000000000ea60" + "0000000000000080" + "000000000000002a" + "02" + "00000310" + "00000001"
	if got := fmt.Sprintf("%x", b); got != want {
		t.Fatalf("context %s, want %s", got, want)
	}
	for _, bad := range []struct {
		n, batch int
		lens     []int
	}{{0, 1, []int{1}}, {1, 0, []int{1}}, {1, 1, nil}, {1, 1, []int{0}}, {1, 1, make([]int, 256)}} {
		if _, err := JudgeContext(bad.n, bad.batch, 1, bad.lens); err == nil {
			t.Errorf("JudgeContext(%d, %d, %v) accepted", bad.n, bad.batch, bad.lens)
		}
	}
}
