package game

import (
	"errors"
	"math"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"veritrain/internal/commit"
)

func validParams() Params {
	return Params{
		TraceRoot: commit.Keccak256([]byte("t")), Steps: 3, StateSlots: 2,
		Ops:         []Op{{Kind: OpStateRead, Slot: 0, Shape: []int{2}}, {Kind: OpCompute, Shape: []int{3, 5}}},
		Updates:     []int{1, Carried},
		MoveTimeout: 10, Bond: big.NewInt(5), Stake: big.NewInt(7),
		StakeRewardBPS: DefaultRewardBPS, BondRewardBPS: DefaultRewardBPS,
	}
}

func TestParamsValidate(t *testing.T) {
	if p := validParams(); p.Validate() != nil {
		t.Fatal(p.Validate())
	}
	// A computed op may have 0 segments, or 2 to 2^48.
	for _, n := range []int{0, 2, 3, 1000, MaxLeaves} {
		p := validParams()
		p.Ops[1].Segments = n
		if err := p.Validate(); err != nil {
			t.Errorf("%d segments: %v", n, err)
		}
	}
	for name, mod := range map[string]func(p *Params){
		"no steps":          func(p *Params) { p.Steps = 0 },
		"too many steps":    func(p *Params) { p.Steps = MaxLeaves + 1 },
		"no slots":          func(p *Params) { p.StateSlots = 0 },
		"no ops":            func(p *Params) { p.Ops = nil },
		"updates length":    func(p *Params) { p.Updates = []int{1} },
		"zero timeout":      func(p *Params) { p.MoveTimeout = 0 },
		"nil bond":          func(p *Params) { p.Bond = nil },
		"negative stake":    func(p *Params) { p.Stake = big.NewInt(-1) },
		"stake reward":      func(p *Params) { p.StakeRewardBPS = BPS + 1 },
		"bond reward":       func(p *Params) { p.BondRewardBPS = BPS + 1 },
		"negative dim":      func(p *Params) { p.Ops[1].Shape = []int{-1} },
		"huge tensor":       func(p *Params) { p.Ops[1].Shape = []int{1 << 40, 1 << 20} },
		"read slot":         func(p *Params) { p.Ops[0].Slot = 2 },
		"unknown kind":      func(p *Params) { p.Ops[0].Kind = 9 },
		"update op":         func(p *Params) { p.Updates[0] = 2 },
		"update below -1":   func(p *Params) { p.Updates[0] = -2 },
		"one segment":       func(p *Params) { p.Ops[1].Segments = 1 },
		"-1 segments":       func(p *Params) { p.Ops[1].Segments = -1 },
		"-2 segments":       func(p *Params) { p.Ops[1].Segments = -2 },
		"min int segments":  func(p *Params) { p.Ops[1].Segments = math.MinInt },
		"too many segments": func(p *Params) { p.Ops[1].Segments = MaxLeaves + 1 },
		"max int segments":  func(p *Params) { p.Ops[1].Segments = math.MaxInt },
		"read segments":     func(p *Params) { p.Ops[0].Segments = 2 },
		"read one segment":  func(p *Params) { p.Ops[0].Segments = 1 },
		"unknown kind segs": func(p *Params) { p.Ops[1].Kind, p.Ops[1].Segments = 7, 2 },
	} {
		p := validParams()
		mod(&p)
		if err := p.Validate(); !errors.Is(err, ErrParams) {
			t.Errorf("%s: Validate() = %v", name, err)
		}
	}
}

func TestMaxMoves(t *testing.T) {
	p := validParams()
	// ops: D(2) = 1; largest tensor (3,5): 3 leaves, D = 2; slots: D(2) = 1.
	// 3 + max(2·1 + 1 + max(1, 2·2+2), 2·1 + 2) = 3 + 9 = 12.
	if got := MaxMoves(&p); got != 12 {
		t.Errorf("MaxMoves = %d, want 12", got)
	}
	// A long reduction adds the split, D(S) partial sums and picks, and the segment check
	// replaces the element check: C_k = 2·D(L) + 2 + 1 + 2·D(S).
	for _, c := range []struct{ segs, want int }{
		{0, 12}, // no bisection
		{2, 12 + 1 + 2},
		{3, 12 + 1 + 4},
		{4, 12 + 1 + 4},
		{5, 12 + 1 + 6},
		{16, 12 + 1 + 8},
		{17, 12 + 1 + 10},
		{MaxLeaves, 12 + 1 + 96},
	} {
		p := validParams()
		p.Ops[1].Segments = c.segs
		if got := MaxMoves(&p); got != c.want {
			t.Errorf("%d segments: MaxMoves = %d, want %d", c.segs, got, c.want)
		}
	}
	// The largest C_k counts, whichever op has it: a reduction with a small output but many
	// segments can outweigh the largest tensor, and the other way round.
	p = validParams()
	p.Ops = append(p.Ops, Op{Kind: OpCompute, Shape: []int{}, Segments: 9}) // C = 0 + 2 + 1 + 8 = 11 > 6
	p.Ops = append(p.Ops, Op{Kind: OpCompute, Shape: []int{1, 3}, Segments: 2})
	// ops: D(4) = 2: 3 + max(2·2 + 1 + 11, 2·1 + 2) = 19.
	if got := MaxMoves(&p); got != 19 {
		t.Errorf("MaxMoves = %d, want 19", got)
	}
	p.Ops[2].Segments = 2 // C = 2 + 3 = 5 < 6: the (3,5) tensor wins again
	if got := MaxMoves(&p); got != 3+2*2+1+6 {
		t.Errorf("MaxMoves = %d, want %d", got, 3+2*2+1+6)
	}
}

func TestNewRejects(t *testing.T) {
	p := validParams()
	p.InitialState = commit.Keccak256([]byte("h0"))
	j := JudgeFunc(func(ElementClaim, []byte) (bool, error) { return true, nil })
	leaves := []commit.Hash{commit.Keccak256([]byte("h1")), commit.Keccak256([]byte("h2")), commit.Keccak256([]byte("h3"))}
	tr := newTree(hashLeaves(leaves), nil)
	p.TraceRoot = tr.root()
	open := Event{Time: 1, From: Challenger, Move: Open{Step: 1, Prev: p.InitialState, Cur: leaves[0], CurProof: tr.proof(0), Bond: big.NewInt(5)}}
	if _, _, err := New(p, j, open); err != nil {
		t.Fatal(err)
	}
	bad := validParams()
	bad.Steps = 0
	if _, _, err := New(bad, j, open); !errors.Is(err, ErrParams) {
		t.Errorf("invalid params: %v", err)
	}
	if _, _, err := New(p, nil, open); err == nil {
		t.Error("nil judge accepted")
	}
	if _, _, err := New(p, j, Event{Time: 1, From: Challenger, Move: PostOpTrace{}}); !errors.Is(err, ErrMove) {
		t.Errorf("post as first move: %v", err)
	}
	if _, _, err := New(p, j, Event{Time: 1, From: Challenger}); !errors.Is(err, ErrMove) {
		t.Errorf("nil move: %v", err)
	}
	o := open.Move.(Open)
	o.Bond = nil
	if _, _, err := New(p, j, Event{Time: 1, From: Challenger, Move: o}); !errors.Is(err, ErrInvalid) {
		t.Errorf("nil bond: %v", err)
	}
	o = open.Move.(Open)
	o.PrevProof = []commit.Hash{{}}
	if _, _, err := New(p, j, Event{Time: 1, From: Challenger, Move: o}); !errors.Is(err, ErrBadProof) {
		t.Errorf("step 1 with a proof of h_0: %v", err)
	}
	// The game keeps its own copy of the parameters.
	g, _, _ := New(p, j, open)
	p.Ops[1].Shape[0] = 99
	p.Bond.SetInt64(99)
	if q := g.Params(); q.Ops[1].Shape[0] != 3 || q.Bond.Int64() != 5 {
		t.Errorf("game shares its parameters with the caller: %+v", q)
	}
	// Nil and unknown moves are rejected without changing anything.
	before := g.State()
	for _, ev := range []Event{{Time: 2, From: Solver}, {Time: 2, From: Solver, Move: open.Move}, {Time: 2, From: Challenger, Move: Pick{Side: 2}}} {
		if _, err := g.Step(ev); err == nil {
			t.Errorf("%#v accepted", ev)
		}
	}
	if !reflect.DeepEqual(before, g.State()) {
		t.Error("rejected events changed the state")
	}
	if _, ok := g.ElementAt(0); ok == nil {
		t.Error("ElementAt outside check-element")
	}
	if _, _, _, ok := g.TieTarget(); ok {
		t.Error("TieTarget outside prove-tie")
	}
	if _, err := g.PartialClaim(); !errors.Is(err, ErrMove) {
		t.Errorf("PartialClaim outside check-partial: %v", err)
	}
	if st := g.State(); st.Element != -1 || st.Op != -1 || st.Slot != -1 {
		t.Errorf("new game names element %d op %d slot %d", st.Element, st.Op, st.Slot)
	}
}

// TestDeadlineSaturates: a deadline past the end of time is the end of time.
func TestDeadlineSaturates(t *testing.T) {
	p := validParams()
	p.MoveTimeout = 1 << 63
	p.InitialState = commit.Keccak256([]byte("h0"))
	tr := newTree(hashLeaves([]commit.Hash{{1}, {2}, {3}}), nil)
	p.TraceRoot = tr.root()
	j := JudgeFunc(func(ElementClaim, []byte) (bool, error) { return true, nil })
	g, acts, err := New(p, j, Event{Time: 1 << 63, From: Challenger, Move: Open{Step: 1, Prev: p.InitialState, Cur: commit.Hash{1}, CurProof: tr.proof(0), Bond: big.NewInt(5)}})
	if err != nil {
		t.Fatal(err)
	}
	if a := acts[len(acts)-1].(Await); a.Deadline != 1<<64-1 || g.State().Deadline != a.Deadline {
		t.Errorf("deadline %d", a.Deadline)
	}
}

func TestNames(t *testing.T) {
	var b strings.Builder
	for _, s := range []interface{ String() string }{Nobody, Solver, Challenger, Party(9), PhasePostOpTrace, PhaseCheckElement, PhaseRevealPartial, PhaseCheckPartial, PhaseOver, Phase(0), Phase(99),
		TreeNone, TreeOps, TreeOut, TreeTensor, TreePartial, Tree(9), Left, Right, Side(7), ReasonTimeout, ReasonElementRight, Reason(0), OpCompute, OpStateRead, OpKind(5)} {
		b.WriteString(s.String() + " ")
	}
	want := "nobody solver challenger Party(9) post-op-trace check-element reveal-partial check-partial over Phase(0) Phase(99) none ops out tensor partial Tree(9) left right Side(7) timeout element-right Reason(0) compute state-read OpKind(5) "
	if b.String() != want {
		t.Errorf("got  %q\nwant %q", b.String(), want)
	}
}
