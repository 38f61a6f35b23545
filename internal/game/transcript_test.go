package game

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"veritrain/internal/commit"
)

// Chain transcripts: the games of the scenario scripts and of a few simulated worlds, recorded as
// their inputs (parameters, events, the Judge's answers) in testdata/chain/transcripts.json, so
// that the contract tests (internal/contracts/disputegame_test.go) can replay every event against
// DisputeGame.sol and against this package side by side and check that both accept and reject the
// same events, reach the same states and pay the same amounts. The file is golden: this test fails
// when the games change; `go test ./internal/game/ -run ChainTranscripts -rewrite` rewrites it.
//
// Simulated games keep every accepted event strictly after the previous one (a chain orders
// transactions by block, one timestamp per block) and rejected noise events after it too.
//
// DisputeGame.sol has no partial-sum bisection yet (docs/dispute-game.md section 10), so the
// transcripts leave out every game whose parameters have an op with Segments (the scripts of
// testdata/partial.txt), and the simulated worlds and strategies are those without long
// reductions (randomWorld, no partialKinds).

const transcriptFile = "testdata/chain/transcripts.json"

// simTranscriptWorlds is the number of simulated worlds recorded.
const simTranscriptWorlds = 4

type wireOp struct {
	Kind  string `json:"kind"` // "compute" or "state-read"
	Slot  int    `json:"slot"`
	Shape []int  `json:"shape"`
}

type wireParams struct {
	TraceRoot      commit.Hash `json:"trace_root"`
	Steps          int         `json:"steps"`
	InitialState   commit.Hash `json:"initial_state"`
	StateSlots     int         `json:"state_slots"`
	Ops            []wireOp    `json:"ops"`
	Updates        []int       `json:"updates"`
	MoveTimeout    uint64      `json:"move_timeout"`
	Bond           string      `json:"bond"`
	Stake          string      `json:"stake"`
	StakeRewardBPS uint64      `json:"stake_bps"`
	BondRewardBPS  uint64      `json:"bond_bps"`
}

type transcriptEvent struct {
	Event json.RawMessage `json:"event"`
	// Judge is the Judge's answer to the claim a check event names ("right", "wrong" or "error"),
	// empty when the game does not ask it (another event, or an offset outside the chunk).
	Judge string `json:"judge,omitempty"`
}

type transcript struct {
	Name   string            `json:"name"`
	Params wireParams        `json:"params"`
	Events []transcriptEvent `json:"events"` // the open first
}

func toWire(p Params) wireParams {
	w := wireParams{TraceRoot: p.TraceRoot, Steps: p.Steps, InitialState: p.InitialState, StateSlots: p.StateSlots,
		Updates: append([]int{}, p.Updates...), MoveTimeout: p.MoveTimeout, Bond: p.Bond.String(), Stake: p.Stake.String(),
		StakeRewardBPS: p.StakeRewardBPS, BondRewardBPS: p.BondRewardBPS}
	for _, op := range p.Ops {
		w.Ops = append(w.Ops, wireOp{Kind: op.Kind.String(), Slot: op.Slot, Shape: append([]int{}, op.Shape...)})
	}
	return w
}

// recorder collects transcripts from the hooks of a scriptRunner or from a simulated game.
type recorder struct {
	name  string
	games []transcript
	judge Judge
	skip  bool // the current game is not recorded (it has long reductions)
}

// hasSegments reports whether p has a long reduction (an op with Segments).
func hasSegments(p Params) bool {
	for _, op := range p.Ops {
		if op.Segments != 0 {
			return true
		}
	}
	return false
}

func (rc *recorder) open(p Params, j Judge, ev Event) {
	rc.judge = j
	if rc.skip = hasSegments(p); rc.skip {
		return
	}
	rc.games = append(rc.games, transcript{Name: rc.name, Params: toWire(p)})
	rc.add(nil, ev)
}

// add records ev, about to be sent to g (nil for the open).
func (rc *recorder) add(g *Game, ev Event) {
	if rc.skip {
		return
	}
	b, err := json.Marshal(ev)
	if err != nil {
		panic(err)
	}
	te := transcriptEvent{Event: b}
	if m, ok := ev.Move.(CheckElement); ok && g != nil {
		if c, err := g.ElementAt(m.Offset); err == nil {
			switch right, err := rc.judge.CheckElement(c, m.Witness); {
			case err != nil:
				te.Judge = "error"
			case right:
				te.Judge = "right"
			default:
				te.Judge = "wrong"
			}
		}
	}
	last := &rc.games[len(rc.games)-1]
	last.Events = append(last.Events, te)
}

// scriptTranscripts runs every scenario script with recording hooks.
func scriptTranscripts(t *testing.T) []transcript {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	var all []transcript
	for _, f := range files {
		orig, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := parseScript(orig)
		if err != nil {
			t.Fatal(err)
		}
		rc := &recorder{}
		sr := &scriptRunner{onOpen: rc.open, onEvent: func(g *Game, ev Event) {
			if len(rc.games) > 0 {
				rc.add(g, ev)
			}
		}}
		for _, rec := range recs {
			rc.name = fmt.Sprintf("%s:%d", filepath.Base(f), rec.line)
			sr.run(t, rec.input)
		}
		all = append(all, rc.games...)
	}
	return all
}

// simTranscripts plays every pair of strategies in the world of one seed, as the simulator does,
// with chain-friendly times, and records the games.
func simTranscripts(t *testing.T, seed uint64) []transcript {
	r := rand.New(rand.NewPCG(seed, 0xc4a1))
	w := randomWorld(r)
	w.timeout = max(w.timeout, 8)
	var all []transcript
	for _, sk := range solverKinds {
		for _, ck := range challengerKinds {
			if partialKinds[sk] || partialKinds[ck] {
				continue
			}
			s := newSolver(w, sk, r)
			if s == nil {
				continue
			}
			c := newChallenger(ck, r)
			if !c.opens(w, s) {
				continue
			}
			p := w.params(s)
			rc := &recorder{name: fmt.Sprintf("sim %d %s/%s", seed, sk, ck)}
			open := Event{Time: 1000 + r.Uint64N(1000), From: Challenger, Move: w.open(s)}
			rc.open(p, w.judge(s), open)
			g, _, err := New(p, rc.judge, open)
			if err != nil {
				t.Fatalf("%s: open: %v", rc.name, err)
			}
			for steps := 0; !g.Over(); steps++ {
				if steps > 2*MaxMoves(&p)+4 {
					t.Fatalf("%s: game does not end", rc.name)
				}
				st := g.State()
				send := func(ev Event) error {
					rc.add(g, ev)
					_, err := g.Step(ev)
					return err
				}
				if r.IntN(3) == 0 {
					ev := noiseEvent(g, r)
					ev.Time = max(ev.Time, st.LastTime+1)
					if send(ev) == nil {
						t.Fatalf("%s: noise %s accepted", rc.name, ev.Move.Name())
					}
				}
				var (
					mv Move
					ok bool
				)
				if st.ToMove == Solver {
					if mv, ok = s.move(w, g); ok {
						s.moves++
					}
				} else if mv, ok = c.move(w, g, r); ok {
					c.moves++
				}
				if ok && (s.noise && st.ToMove == Solver || r.IntN(4) == 0) {
					if bad := noisy(mv, r); bad != nil {
						if send(Event{Time: st.LastTime + 1, From: st.ToMove, Move: bad}) == nil {
							t.Fatalf("%s: corrupted %s accepted", rc.name, bad.Name())
						}
						if s.noise && st.ToMove == Solver {
							ok = false
						}
					}
				}
				if ok {
					at := st.LastTime + 1 + r.Uint64N(st.Deadline-st.LastTime-1)
					if send(Event{Time: at, From: st.ToMove, Move: mv}) == nil {
						continue
					}
				}
				from := []Party{Nobody, Solver, Challenger}[r.IntN(3)]
				if err := send(Event{Time: st.Deadline + r.Uint64N(w.timeout), From: from, Move: Timeout{}}); err != nil {
					t.Fatalf("%s: timeout rejected: %v", rc.name, err)
				}
			}
			all = append(all, rc.games...)
		}
	}
	return all
}

func TestChainTranscripts(t *testing.T) {
	all := scriptTranscripts(t)
	for seed := uint64(0); seed < simTranscriptWorlds; seed++ {
		all = append(all, simTranscripts(t, seed)...)
	}
	var b bytes.Buffer
	b.WriteString("[\n")
	for i, tr := range all {
		line, err := json.Marshal(tr)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		if i < len(all)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	if *rewrite {
		if err := os.MkdirAll(filepath.Dir(transcriptFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(transcriptFile, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d games to %s", len(all), transcriptFile)
		return
	}
	old, err := os.ReadFile(transcriptFile)
	if err != nil {
		t.Fatalf("%v (run `go test ./internal/game/ -run ChainTranscripts -rewrite`)", err)
	}
	if !bytes.Equal(old, b.Bytes()) {
		t.Fatalf("%s is out of date: run `go test ./internal/game/ -run ChainTranscripts -rewrite` and review the diff", transcriptFile)
	}
}
