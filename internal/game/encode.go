package game

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"veritrain/internal/commit"
)

// The JSON form of an Event, for event logs that a driver replays (docs/dispute-game.md,
// section 8). One object per event:
//
//	{"time":1700000000,"from":"challenger","move":"open","step":3,"prev":"0x…","cur":"0x…",
//	 "prev_proof":["0x…"],"cur_proof":["0x…"],"bond":"1000"}
//	{"time":…,"from":"solver","move":"post","root":"0x…"}
//	{"time":…,"from":"solver","move":"reveal","left":"0x…","right":"0x…"}
//	{"time":…,"from":"challenger","move":"pick","side":"left"}
//	{"time":…,"from":"solver","move":"reveal-leaf","data":"0x…"}
//	{"time":…,"from":"solver","move":"prove","proof":["0x…"]}
//	{"time":…,"from":"challenger","move":"check","offset":7,"witness":"0x…"}
//	{"time":…,"from":"challenger","move":"split","offset":7}
//	{"time":…,"from":"solver","move":"partial","value":1065353216}
//	{"time":…,"from":"challenger","move":"check-partial","witness":"0x…"}
//	{"time":…,"move":"timeout"}
//
// Hashes are commit.Hash text ("0x" and 64 hex digits), byte strings "0x" and an even number of
// hex digits, amounts decimal strings without sign or leading zeros. "from" is omitted for
// Nobody. The decoder is strict: a field that the move does not have, an unknown field, a
// missing field or trailing data is an error.

// ErrDecode is wrapped by UnmarshalJSON errors.
var ErrDecode = errors.New("invalid event encoding")

type wireEvent struct {
	Time      *uint64        `json:"time"`
	From      string         `json:"from,omitempty"`
	Move      string         `json:"move"`
	Step      *int           `json:"step,omitempty"`
	Prev      *commit.Hash   `json:"prev,omitempty"`
	Cur       *commit.Hash   `json:"cur,omitempty"`
	PrevProof *[]commit.Hash `json:"prev_proof,omitempty"`
	CurProof  *[]commit.Hash `json:"cur_proof,omitempty"`
	Bond      *amount        `json:"bond,omitempty"`
	Root      *commit.Hash   `json:"root,omitempty"`
	Left      *commit.Hash   `json:"left,omitempty"`
	Right     *commit.Hash   `json:"right,omitempty"`
	Side      *string        `json:"side,omitempty"`
	Data      *hexBytes      `json:"data,omitempty"`
	Proof     *[]commit.Hash `json:"proof,omitempty"`
	Offset    *int           `json:"offset,omitempty"`
	Witness   *hexBytes      `json:"witness,omitempty"`
	Value     *uint32        `json:"value,omitempty"`
}

// allFields lists the optional wire fields in a fixed order (for deterministic errors).
var allFields = []string{"step", "prev", "cur", "prev_proof", "cur_proof", "bond", "root", "left",
	"right", "side", "data", "proof", "offset", "witness", "value"}

// moveFields lists, per move, the optional wire fields it has (all required).
var moveFields = map[string][]string{
	"open":          {"step", "prev", "cur", "prev_proof", "cur_proof", "bond"},
	"post":          {"root"},
	"reveal":        {"left", "right"},
	"pick":          {"side"},
	"reveal-leaf":   {"data"},
	"prove":         {"proof"},
	"check":         {"offset", "witness"},
	"split":         {"offset"},
	"partial":       {"value"},
	"check-partial": {"witness"},
	"timeout":       {},
}

func (w *wireEvent) present() map[string]bool {
	return map[string]bool{
		"step": w.Step != nil, "prev": w.Prev != nil, "cur": w.Cur != nil,
		"prev_proof": w.PrevProof != nil, "cur_proof": w.CurProof != nil, "bond": w.Bond != nil,
		"root": w.Root != nil, "left": w.Left != nil, "right": w.Right != nil, "side": w.Side != nil,
		"data": w.Data != nil, "proof": w.Proof != nil, "offset": w.Offset != nil,
		"witness": w.Witness != nil, "value": w.Value != nil,
	}
}

// MarshalJSON encodes e in the form described above. Moves of other types are an error.
func (e Event) MarshalJSON() ([]byte, error) {
	t := e.Time
	w := wireEvent{Time: &t, Move: moveName(e.Move)}
	switch e.From {
	case Nobody:
	case Solver, Challenger:
		w.From = e.From.String()
	default:
		return nil, fmt.Errorf("game: encode event: unknown party %d", e.From)
	}
	hashes := func(h []commit.Hash) *[]commit.Hash {
		c := append([]commit.Hash{}, h...)
		return &c
	}
	switch m := e.Move.(type) {
	case Open:
		if m.Bond == nil || m.Bond.Sign() < 0 {
			return nil, fmt.Errorf("game: encode open: bond must be a non-negative amount")
		}
		w.Step, w.Prev, w.Cur = &m.Step, &m.Prev, &m.Cur
		w.PrevProof, w.CurProof = hashes(m.PrevProof), hashes(m.CurProof)
		w.Bond = (*amount)(m.Bond)
	case PostOpTrace:
		w.Root = &m.Root
	case Reveal:
		w.Left, w.Right = &m.Left, &m.Right
	case Pick:
		if m.Side != Left && m.Side != Right {
			return nil, fmt.Errorf("game: encode pick: unknown side %d", m.Side)
		}
		s := m.Side.String()
		w.Side = &s
	case RevealLeaf:
		d := hexBytes(m.Data)
		w.Data = &d
	case ProveTie:
		w.Proof = hashes(m.Proof)
	case CheckElement:
		wi := hexBytes(m.Witness)
		w.Offset, w.Witness = &m.Offset, &wi
	case Split:
		w.Offset = &m.Offset
	case RevealPartial:
		w.Value = &m.Value
	case CheckPartial:
		wi := hexBytes(m.Witness)
		w.Witness = &wi
	case Timeout:
	default:
		return nil, fmt.Errorf("game: encode event: unknown move %s", moveName(e.Move))
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes the form MarshalJSON writes, strictly.
func (e *Event) UnmarshalJSON(b []byte) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("game: decode event: %w: %s", ErrDecode, fmt.Sprintf(format, a...))
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var w wireEvent
	if err := dec.Decode(&w); err != nil {
		return bad("%v", err)
	}
	if dec.More() {
		return bad("trailing data")
	}
	if w.Time == nil {
		return bad("missing time")
	}
	fields, ok := moveFields[w.Move]
	if !ok {
		return bad("unknown move %q", w.Move)
	}
	have := w.present()
	for _, f := range fields {
		if !have[f] {
			return bad("%s: missing %s", w.Move, f)
		}
		delete(have, f)
	}
	for _, f := range allFields {
		if have[f] {
			return bad("%s has no field %s", w.Move, f)
		}
	}
	var ev Event
	ev.Time = *w.Time
	switch w.From {
	case "":
		ev.From = Nobody
	case "solver":
		ev.From = Solver
	case "challenger":
		ev.From = Challenger
	default:
		return bad("unknown party %q", w.From)
	}
	nilIfEmpty := func(h []commit.Hash) []commit.Hash {
		if len(h) == 0 {
			return nil
		}
		return h
	}
	switch w.Move {
	case "open":
		ev.Move = Open{Step: *w.Step, Prev: *w.Prev, Cur: *w.Cur,
			PrevProof: nilIfEmpty(*w.PrevProof), CurProof: nilIfEmpty(*w.CurProof),
			Bond: (*big.Int)(w.Bond)}
	case "post":
		ev.Move = PostOpTrace{Root: *w.Root}
	case "reveal":
		ev.Move = Reveal{Left: *w.Left, Right: *w.Right}
	case "pick":
		switch *w.Side {
		case "left":
			ev.Move = Pick{Side: Left}
		case "right":
			ev.Move = Pick{Side: Right}
		default:
			return bad("unknown side %q", *w.Side)
		}
	case "reveal-leaf":
		ev.Move = RevealLeaf{Data: []byte(*w.Data)}
	case "prove":
		ev.Move = ProveTie{Proof: nilIfEmpty(*w.Proof)}
	case "check":
		ev.Move = CheckElement{Offset: *w.Offset, Witness: []byte(*w.Witness)}
	case "split":
		ev.Move = Split{Offset: *w.Offset}
	case "partial":
		ev.Move = RevealPartial{Value: *w.Value}
	case "check-partial":
		ev.Move = CheckPartial{Witness: []byte(*w.Witness)}
	case "timeout":
		ev.Move = Timeout{}
	}
	*e = ev
	return nil
}

// hexBytes is a byte string encoded as "0x" followed by an even number of hex digits. The empty
// string decodes to nil.
type hexBytes []byte

func (h hexBytes) MarshalText() ([]byte, error) {
	out := make([]byte, 2+2*len(h))
	out[0], out[1] = '0', 'x'
	hex.Encode(out[2:], h)
	return out, nil
}

func (h *hexBytes) UnmarshalText(t []byte) error {
	if len(t) < 2 || t[0] != '0' || t[1] != 'x' {
		return errors.New(`byte string must start with "0x"`)
	}
	t = t[2:]
	if len(t)%2 != 0 {
		return errors.New("byte string has an odd number of hex digits")
	}
	if len(t) == 0 {
		*h = nil
		return nil
	}
	b := make([]byte, len(t)/2)
	if _, err := hex.Decode(b, t); err != nil {
		return err
	}
	*h = b
	return nil
}

// amount is a non-negative integer (at most 78 decimal digits, the width of a uint256) encoded
// as a decimal string without sign or leading zeros.
type amount big.Int

func (a *amount) MarshalText() ([]byte, error) {
	return []byte((*big.Int)(a).String()), nil
}

func (a *amount) UnmarshalText(t []byte) error {
	if len(t) == 0 || len(t) > 78 {
		return errors.New("amount must have 1 to 78 decimal digits")
	}
	for _, c := range t {
		if c < '0' || c > '9' {
			return errors.New("amount must be decimal digits only")
		}
	}
	if t[0] == '0' && len(t) > 1 {
		return errors.New("amount has leading zeros")
	}
	(*big.Int)(a).SetString(string(t), 10)
	return nil
}
