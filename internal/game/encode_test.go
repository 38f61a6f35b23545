package game

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"veritrain/internal/commit"
)

// TestEventJSONReplay: the events of simulated games, written as JSON lines, read back and
// replayed into a new game, give the same final state.
func TestEventJSONReplay(t *testing.T) {
	games, worlds := 0, uint64(8)
	if raceEnabled {
		worlds = 2
	}
	moves := map[string]int{}
	for seed := uint64(0); seed < worlds; seed++ {
		r := rand.New(rand.NewPCG(seed, 11))
		w := randomReductionWorld(r)
		for _, sk := range solverKinds {
			for _, ck := range challengerKinds {
				res, err := playGame(w, sk, ck, r)
				if err != nil {
					t.Fatal(err)
				}
				if !res.played {
					continue
				}
				games++
				var log bytes.Buffer
				for _, ev := range res.events {
					b, err := json.Marshal(ev)
					if err != nil {
						t.Fatal(err)
					}
					log.Write(append(b, '\n'))
				}
				var evs []Event
				for _, line := range strings.Split(strings.TrimSpace(log.String()), "\n") {
					var ev Event
					if err := json.Unmarshal([]byte(line), &ev); err != nil {
						t.Fatalf("%s: %v", line, err)
					}
					evs = append(evs, ev)
					moves[ev.Move.Name()]++
				}
				g, _, err := New(res.params, res.judge, evs[0])
				if err != nil {
					t.Fatal(err)
				}
				for _, ev := range evs[1:] {
					if _, err := g.Step(ev); err != nil {
						t.Fatalf("replay %s: %v", ev.Move.Name(), err)
					}
				}
				if !reflect.DeepEqual(g.State(), res.final) {
					t.Fatalf("replayed state %+v, want %+v", g.State(), res.final)
				}
			}
		}
	}
	if games < 5*int(worlds) {
		t.Errorf("only %d games replayed", games)
	}
	for _, m := range []string{"split", "partial", "check-partial"} {
		if moves[m] == 0 {
			t.Errorf("no %s replayed", m)
		}
	}
}

func TestEventJSONForm(t *testing.T) {
	h := commit.Keccak256([]byte("x"))
	ev := Event{Time: 7, From: Challenger, Move: Open{Step: 2, Prev: h, Cur: h, CurProof: []commit.Hash{h}, Bond: big.NewInt(1000)}}
	b, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"time":7,"from":"challenger","move":"open","step":2,"prev":"` + h.String() + `","cur":"` + h.String() +
		`","prev_proof":[],"cur_proof":["` + h.String() + `"],"bond":"1000"}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	for _, c := range []struct {
		ev   Event
		want string
	}{
		{Event{Time: 1, From: Solver, Move: PostOpTrace{Root: h}}, `{"time":1,"from":"solver","move":"post","root":"` + h.String() + `"}`},
		{Event{Time: 1, From: Challenger, Move: Pick{Side: Right}}, `{"time":1,"from":"challenger","move":"pick","side":"right"}`},
		{Event{Time: 1, From: Solver, Move: RevealLeaf{Data: []byte{0xab, 1}}}, `{"time":1,"from":"solver","move":"reveal-leaf","data":"0xab01"}`},
		{Event{Time: 1, From: Solver, Move: RevealLeaf{}}, `{"time":1,"from":"solver","move":"reveal-leaf","data":"0x"}`},
		{Event{Time: 1, From: Solver, Move: ProveTie{}}, `{"time":1,"from":"solver","move":"prove","proof":[]}`},
		{Event{Time: 1, From: Challenger, Move: CheckElement{Offset: 3, Witness: []byte{1}}}, `{"time":1,"from":"challenger","move":"check","offset":3,"witness":"0x01"}`},
		{Event{Time: 1, From: Challenger, Move: Split{Offset: 7}}, `{"time":1,"from":"challenger","move":"split","offset":7}`},
		{Event{Time: 1, From: Challenger, Move: Split{}}, `{"time":1,"from":"challenger","move":"split","offset":0}`},
		{Event{Time: 1, From: Challenger, Move: Split{Offset: -2}}, `{"time":1,"from":"challenger","move":"split","offset":-2}`},
		{Event{Time: 2, From: Solver, Move: RevealPartial{Value: 1065353216}}, `{"time":2,"from":"solver","move":"partial","value":1065353216}`},
		{Event{Time: 2, From: Solver, Move: RevealPartial{}}, `{"time":2,"from":"solver","move":"partial","value":0}`},
		{Event{Time: 2, From: Solver, Move: RevealPartial{Value: math.MaxUint32}}, `{"time":2,"from":"solver","move":"partial","value":4294967295}`},
		{Event{Time: 3, From: Challenger, Move: CheckPartial{Witness: []byte{0xab, 0xcd}}}, `{"time":3,"from":"challenger","move":"check-partial","witness":"0xabcd"}`},
		{Event{Time: 3, From: Challenger, Move: CheckPartial{}}, `{"time":3,"from":"challenger","move":"check-partial","witness":"0x"}`},
		// Moves go by name, whoever sends them (the game checks the sender).
		{Event{Time: 4, From: Solver, Move: Split{Offset: 1}}, `{"time":4,"from":"solver","move":"split","offset":1}`},
		{Event{Time: 4, Move: RevealPartial{Value: 5}}, `{"time":4,"move":"partial","value":5}`},
		{Event{Time: 9}, ``},
		{Event{Time: 9, Move: Timeout{}}, `{"time":9,"move":"timeout"}`},
	} {
		b, err := json.Marshal(c.ev)
		if c.want == "" {
			if err == nil {
				t.Errorf("%#v encoded as %s", c.ev, b)
			}
			continue
		}
		if err != nil || string(b) != c.want {
			t.Errorf("%#v: got %s, %v; want %s", c.ev, b, err, c.want)
		}
		var back Event
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, c.ev) {
			t.Errorf("%s decoded as %#v, %v", b, back, err)
		}
	}
	for _, bad := range []string{
		``, `{}`, `[]`, `null`, `{"move":"timeout"}`,
		`{"time":1,"move":"timeout"} {}`,
		`{"time":1,"move":"timeout","root":"` + h.String() + `"}`,
		`{"time":1,"move":"timeout","extra":1}`,
		`{"time":1,"move":"fly"}`,
		`{"time":1,"from":"referee","move":"timeout"}`,
		`{"time":-1,"move":"timeout"}`,
		`{"time":1,"move":"post"}`,
		`{"time":1,"move":"post","root":"0x12"}`,
		`{"time":1,"move":"pick","side":"up"}`,
		`{"time":1,"move":"reveal-leaf","data":"ab"}`,
		`{"time":1,"move":"reveal-leaf","data":"0xabc"}`,
		`{"time":1,"move":"reveal-leaf","data":"0xzz"}`,
		`{"time":1,"move":"reveal-leaf","data":null}`,
		`{"time":1,"move":"open","step":1,"prev":"` + h.String() + `","cur":"` + h.String() + `","prev_proof":[],"cur_proof":[],"bond":"01"}`,
		`{"time":1,"move":"open","step":1,"prev":"` + h.String() + `","cur":"` + h.String() + `","prev_proof":[],"cur_proof":[],"bond":"-1"}`,
		`{"time":1,"move":"open","step":1,"prev":"` + h.String() + `","cur":"` + h.String() + `","prev_proof":[],"cur_proof":[],"bond":1}`,
		`{"time":1,"move":"open","step":1,"prev":"` + h.String() + `","cur":"` + h.String() + `","prev_proof":[],"bond":"1"}`,
		// The moves of the partial-sum bisection: exactly their own fields, well typed.
		`{"time":1,"move":"split"}`,
		`{"time":1,"move":"split","offset":null}`,
		`{"time":1,"move":"split","offset":"1"}`,
		`{"time":1,"move":"split","offset":1.5}`,
		`{"time":1,"move":"split","offset":1,"witness":"0x"}`,
		`{"time":1,"move":"split","offset":1,"value":1}`,
		`{"time":1,"move":"split","offset":1,"side":"left"}`,
		`{"time":1,"move":"partial"}`,
		`{"time":1,"move":"partial","value":null}`,
		`{"time":1,"move":"partial","value":-1}`,
		`{"time":1,"move":"partial","value":4294967296}`,
		`{"time":1,"move":"partial","value":1.5}`,
		`{"time":1,"move":"partial","value":1e3}`,
		`{"time":1,"move":"partial","value":"0x3f800000"}`,
		`{"time":1,"move":"partial","value":1,"offset":0}`,
		`{"time":1,"move":"partial","value":1,"witness":"0x"}`,
		`{"time":1,"move":"partial","offset":1}`,
		`{"time":1,"move":"check-partial"}`,
		`{"time":1,"move":"check-partial","witness":null}`,
		`{"time":1,"move":"check-partial","witness":"0xabc"}`,
		`{"time":1,"move":"check-partial","witness":"abcd"}`,
		`{"time":1,"move":"check-partial","witness":"0x","offset":0}`,
		`{"time":1,"move":"check-partial","witness":"0x","value":0}`,
		`{"time":1,"move":"check","offset":0,"witness":"0x","value":0}`,
		`{"time":1,"move":"check","witness":"0x"}`,
		`{"time":1,"move":"timeout","value":0}`,
		`{"time":1,"move":"timeout","offset":0}`,
		`{"time":1,"move":"pick","side":"left","value":1}`,
		`{"time":1,"move":"Split","offset":1}`,
		`{"time":1,"move":"reveal-partial","value":1}`,
		`{"time":1,"move":"partial","value":1} {"time":1,"move":"partial","value":1}`,
	} {
		var ev Event
		if err := json.Unmarshal([]byte(bad), &ev); err == nil {
			t.Errorf("%s decoded as %#v", bad, ev)
		}
		// The decoder itself (past the JSON syntax check) reports ErrDecode.
		if err := ev.UnmarshalJSON([]byte(bad)); err == nil || !errors.Is(err, ErrDecode) {
			t.Errorf("%s: UnmarshalJSON error %v does not wrap ErrDecode", bad, err)
		}
	}
}

// FuzzEventJSON: the decoder never panics, and whatever it accepts encodes to a canonical form
// that decodes to the same event.
func FuzzEventJSON(f *testing.F) {
	h := commit.Keccak256([]byte("seed"))
	for _, ev := range []Event{
		{Time: 5, From: Challenger, Move: Open{Step: 3, Prev: h, Cur: h, PrevProof: []commit.Hash{h, h}, CurProof: []commit.Hash{h}, Bond: big.NewInt(12345)}},
		{Time: 6, From: Solver, Move: PostOpTrace{Root: h}},
		{Time: 7, From: Solver, Move: Reveal{Left: h, Right: h}},
		{Time: 8, From: Challenger, Move: Pick{Side: Left}},
		{Time: 9, From: Solver, Move: RevealLeaf{Data: []byte{1, 2, 3, 4}}},
		{Time: 10, From: Solver, Move: ProveTie{Proof: []commit.Hash{h}}},
		{Time: 11, From: Challenger, Move: CheckElement{Offset: 1, Witness: []byte("w")}},
		{Time: 12, Move: Timeout{}},
		{Time: 13, From: Challenger, Move: Split{Offset: 2}},
		{Time: 14, From: Solver, Move: RevealPartial{Value: 0x3f800000}},
		{Time: 15, From: Challenger, Move: CheckPartial{Witness: []byte("wit")}},
	} {
		b, err := json.Marshal(ev)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var ev Event
		if err := json.Unmarshal(b, &ev); err != nil {
			return
		}
		enc, err := json.Marshal(ev)
		if err != nil {
			t.Fatalf("decoded %#v does not encode: %v", ev, err)
		}
		var again Event
		if err := json.Unmarshal(enc, &again); err != nil {
			t.Fatalf("canonical form %s does not decode: %v", enc, err)
		}
		enc2, err := json.Marshal(again)
		if err != nil || !bytes.Equal(enc, enc2) {
			t.Fatalf("not canonical: %s then %s (%v)", enc, enc2, err)
		}
	})
}
