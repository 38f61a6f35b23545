package game

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"veritrain/internal/commit"
)

// Data-driven scenario tests. Each file under testdata/ is a script of records:
//
//	# comment
//	command arg key=value ...
//	[more input lines]
//	----
//	expected output
//	<blank line>
//
// `go test ./internal/game/ -run Scripts -rewrite` rewrites the expected outputs from what the
// code does now; review the diff before committing it.
//
// Commands:
//
//	world seed=N steps=N t=N timeout=N bond=N stake=N [stake-bps=N bond-bps=N]
//	  slot SHAPE                 a state tensor (SHAPE: scalar, 5, 2x3, 0x2 ...)
//	  op read SLOT               a state read
//	  op compute SHAPE [in=a,b] [segs=S [per=P] [terms=N]]
//	                             a computed op reading earlier ops; with segs, a long reduction
//	                             of S segments of P terms (default 2), N terms (default S·P)
//	  update SLOT OP             the op's output becomes the slot after the step (default: carried)
//	solver KIND [op=N elem=N bit=N slot=N pad=N seg=N]  a solver's commitment (KIND as in solverKinds)
//	open [step=N bond=N bad=prev|cur] [at=T from=P] the challenger opens step t (starts a game)
//	post [root=solver|true|garbage] [at=T from=P]
//	pick left|right [at=T from=P]
//	reveal [bad] [at=T from=P]     the solver's children of the current node (bad: corrupted)
//	leaf [bad|long] [at=T from=P]  the solver's bytes of the current leaf
//	prove [bad] [at=T from=P]      the solver's tie proof
//	check offset=N [witness=ok|bad] [at=T from=P]
//	split offset=N [at=T from=P]   start the partial-sum bisection of the element at offset
//	partial [value=N|true|lie] [at=T from=P]
//	                               the solver's partial sum at the middle boundary (value: given
//	                               bits; true: the true one; lie: the true one with bit 0 flipped)
//	check-partial [witness=ok|bad] [at=T from=P]
//	timeout [at=T from=P]          at defaults to the deadline
//	auto [n=N] [until=PHASE] [quiet]
//	                               the solver plays its commitment, an honest challenger the truth
//	                               (up to n moves, or until the game is in PHASE; quiet: print
//	                               only how many moves were played)
//	state                          the full state
//
// at defaults to the last time + 1 (late: the deadline); from to the party the move belongs to.
// Hashes print as their first 4 bytes; "(true)" or "(differs)" compares a revealed hash with the
// honest value at that position, and likewise a partial sum (float32 bits, in full).

var rewrite = flag.Bool("rewrite", false, "rewrite the expected outputs of testdata/*.txt")

type record struct {
	line   int
	input  []string // command line and body lines
	output string
}

func parseScript(b []byte) ([]record, error) {
	var recs []record
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		rec := record{line: ln, input: []string{l}}
		sep := false
		for sc.Scan() {
			ln++
			if sc.Text() == "----" {
				sep = true
				break
			}
			rec.input = append(rec.input, sc.Text())
		}
		if !sep {
			return nil, fmt.Errorf("line %d: %q has no ---- separator", rec.line, l)
		}
		var out []string
		for sc.Scan() {
			ln++
			if sc.Text() == "" {
				break
			}
			out = append(out, sc.Text())
		}
		rec.output = strings.Join(out, "\n")
		recs = append(recs, rec)
	}
	return recs, sc.Err()
}

func formatScript(recs []record, orig []byte) []byte {
	// Keep comments and spacing: rebuild by re-scanning the original and replacing outputs.
	var b strings.Builder
	lines := strings.Split(string(orig), "\n")
	i := 0
	for _, rec := range recs {
		for ; i < rec.line-1; i++ {
			b.WriteString(lines[i] + "\n")
		}
		for _, l := range rec.input {
			b.WriteString(l + "\n")
			i++
		}
		b.WriteString("----\n")
		i++
		if rec.output != "" {
			b.WriteString(rec.output + "\n")
		}
		b.WriteString("\n")
		for i < len(lines) && lines[i] != "" { // skip the old output
			i++
		}
		i++ // and its blank line
	}
	for ; i < len(lines); i++ {
		b.WriteString(lines[i])
		if i < len(lines)-1 {
			b.WriteString("\n")
		}
	}
	out := strings.TrimRight(b.String(), "\n") + "\n"
	return []byte(out)
}

func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			orig, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			recs, err := parseScript(orig)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			sr := &scriptRunner{}
			for i := range recs {
				got := sr.run(t, recs[i].input)
				if *rewrite {
					recs[i].output = got
					continue
				}
				if got != recs[i].output {
					t.Errorf("%s:%d: %s\ngot:\n%s\nwant:\n%s", f, recs[i].line, recs[i].input[0], got, recs[i].output)
				}
			}
			if *rewrite {
				if err := os.WriteFile(f, formatScript(recs, orig), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

type scriptRunner struct {
	w    *world
	s    *solver
	g    *Game
	chal *challenger
	r    *rand.Rand

	splitMoves int // State.Moves after the accepted Split of the current game

	// Recording hooks (chain transcripts, transcript_test.go): onOpen sees every open, accepted
	// or not, with its parameters and Judge; onEvent every later event before the game steps it.
	onOpen  func(p Params, j Judge, ev Event)
	onEvent func(g *Game, ev Event)
}

func short(h commit.Hash) string { return h.String()[:10] }

func parseShape(s string) ([]int, error) {
	if s == "scalar" {
		return []int{}, nil
	}
	var shape []int
	for _, d := range strings.Split(s, "x") {
		n, err := strconv.Atoi(d)
		if err != nil {
			return nil, fmt.Errorf("shape %q: %v", s, err)
		}
		shape = append(shape, n)
	}
	return shape, nil
}

func fmtShape(s []int) string {
	if len(s) == 0 {
		return "scalar"
	}
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = strconv.Itoa(d)
	}
	return strings.Join(parts, "x")
}

// args splits "cmd a b k=v" into positional words and key=value pairs.
func args(line string) (cmd string, pos []string, kv map[string]string) {
	f := strings.Fields(line)
	kv = map[string]string{}
	for _, a := range f[1:] {
		if k, v, ok := strings.Cut(a, "="); ok {
			kv[k] = v
		} else {
			pos = append(pos, a)
		}
	}
	return f[0], pos, kv
}

func atoi(kv map[string]string, k string, def int) int {
	v, ok := kv[k]
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		panic(fmt.Sprintf("%s=%q: %v", k, v, err))
	}
	return n
}

func (sr *scriptRunner) run(t *testing.T, input []string) (out string) {
	defer func() {
		if p := recover(); p != nil {
			out = fmt.Sprintf("panic: %v", p)
		}
	}()
	cmd, pos, kv := args(input[0])
	switch cmd {
	case "world":
		return sr.world(input, kv)
	case "solver":
		if len(pos) != 1 {
			return "usage: solver KIND"
		}
		ch := cheat{atoi(kv, "op", -1), atoi(kv, "elem", -1), atoi(kv, "bit", -1), atoi(kv, "slot", -1), atoi(kv, "pad", -1), atoi(kv, "seg", -1)}
		sr.s = newCheater(sr.w, pos[0], ch, sr.r)
		sr.g = nil
		sr.chal = newChallenger("honest", sr.r)
		if sr.s == nil {
			return "no such cheat in this world"
		}
		var b strings.Builder
		fmt.Fprintf(&b, "solver %s", sr.s.kind)
		if sr.s.desc != "" {
			fmt.Fprintf(&b, ": %s", sr.s.desc)
		}
		fmt.Fprintf(&b, "\nh_t %s %s, op trace %s %s", short(sr.s.ht), sameAs(sr.s.ht, sr.w.trueHt()),
			short(sr.s.opRoot), sameAs(sr.s.opRoot, sr.w.opTree.root()))
		return b.String()
	case "state":
		if sr.g == nil {
			return "no game"
		}
		st := sr.g.State()
		return fmt.Sprintf("%+v", st)
	case "auto":
		return sr.auto(atoi(kv, "n", 1000), kv["until"], slices.Contains(pos, "quiet"))
	}
	if cmd == "open" {
		return sr.open(kv)
	}
	if sr.g == nil {
		return "no game"
	}
	st := sr.g.State()
	ev := Event{Time: st.LastTime + 1}
	if _, late := kv["late"]; late || slices.Contains(pos, "late") || cmd == "timeout" {
		ev.Time = st.Deadline
	}
	ev.Time = uint64(atoi(kv, "at", int(ev.Time)))
	switch cmd {
	case "post":
		ev.From = Solver
		root := sr.s.opRoot
		switch kv["root"] {
		case "true":
			root = sr.w.opTree.root()
		case "garbage":
			root = commit.Keccak256([]byte("garbage"))
		}
		ev.Move = PostOpTrace{Root: root}
	case "pick":
		ev.From = Challenger
		side := Left
		if len(pos) == 1 && pos[0] == "right" {
			side = Right
		}
		ev.Move = Pick{Side: side}
	case "reveal", "leaf", "prove":
		ev.From = Solver
		sr.s.silentAfter = -1
		m, ok := sr.s.move(sr.w, sr.g)
		if ok && m.Name() != map[string]string{"reveal": "reveal", "leaf": "reveal-leaf", "prove": "prove"}[cmd] {
			ok = false // the solver would make another move in this phase
		}
		ev.Move = m
		if !ok {
			// The solver has nothing that fits: make up something (it will be rejected).
			switch cmd {
			case "reveal":
				ev.Move = Reveal{Left: commit.Keccak256([]byte("l")), Right: commit.Keccak256([]byte("r"))}
			case "leaf":
				ev.Move = RevealLeaf{Data: make([]byte, 32)}
			default:
				ev.Move = ProveTie{}
			}
		}
		if len(pos) == 1 {
			switch pos[0] {
			case "bad":
				ev.Move = noisy(ev.Move, sr.r)
			case "long":
				if m, ok := ev.Move.(RevealLeaf); ok {
					ev.Move = RevealLeaf{Data: append(append([]byte(nil), m.Data...), 0, 0, 0, 0)}
				}
			}
		}
	case "check":
		ev.From = Challenger
		w := "ok"
		if v, ok := kv["witness"]; ok {
			w = v
		}
		ev.Move = CheckElement{Offset: atoi(kv, "offset", 0), Witness: []byte(w)}
	case "split":
		ev.From = Challenger
		ev.Move = Split{Offset: atoi(kv, "offset", 0)}
	case "partial":
		ev.From = Solver
		v, _ := sr.s.partial(sr.w, st.Op, st.Element, st.Mid())
		switch x := kv["value"]; x {
		case "":
		case "true", "lie":
			if st.Tree == TreePartial {
				v = sr.w.truePartial(st.Op, st.Element, st.Mid())
			}
			if x == "lie" {
				v ^= 1
			}
		default:
			n, err := strconv.ParseUint(x, 0, 32)
			if err != nil {
				return fmt.Sprintf("value=%q: %v", x, err)
			}
			v = uint32(n)
		}
		ev.Move = RevealPartial{Value: v}
	case "check-partial":
		ev.From = Challenger
		w := "ok"
		if v, ok := kv["witness"]; ok {
			w = v
		}
		ev.Move = CheckPartial{Witness: []byte(w)}
	case "timeout":
		ev.Move = Timeout{}
	default:
		return "unknown command " + cmd
	}
	switch kv["from"] {
	case "solver":
		ev.From = Solver
	case "challenger":
		ev.From = Challenger
	case "nobody":
		ev.From = Nobody
	}
	return sr.step(t, ev)
}

func sameAs(h, truth commit.Hash) string {
	if h == truth {
		return "(true)"
	}
	return "(differs)"
}

func (sr *scriptRunner) world(input []string, kv map[string]string) string {
	seed := uint64(atoi(kv, "seed", 1))
	r := rand.New(rand.NewPCG(seed, 7))
	sr.r = r
	w := &world{
		steps: atoi(kv, "steps", 4), t: atoi(kv, "t", 2),
		timeout: uint64(atoi(kv, "timeout", 100)),
		bond:    big.NewInt(int64(atoi(kv, "bond", 1000))), stake: big.NewInt(int64(atoi(kv, "stake", 6000))),
		stakeBPS: uint64(atoi(kv, "stake-bps", DefaultRewardBPS)), bondBPS: uint64(atoi(kv, "bond-bps", DefaultRewardBPS)),
	}
	for _, l := range input[1:] {
		cmd, pos, kv := args(strings.TrimSpace(l))
		switch {
		case cmd == "slot" && len(pos) == 1:
			s, err := parseShape(pos[0])
			if err != nil {
				return err.Error()
			}
			w.slotShapes = append(w.slotShapes, s)
			v := make([]uint32, numel(s))
			for i := range v {
				v[i] = r.Uint32()
			}
			w.pre = append(w.pre, v)
			w.updates = append(w.updates, Carried)
		case cmd == "op" && len(pos) == 2 && pos[0] == "read":
			j, _ := strconv.Atoi(pos[1])
			w.ops = append(w.ops, wop{kind: OpStateRead, slot: j, shape: w.slotShapes[j]})
		case cmd == "op" && len(pos) == 2 && pos[0] == "compute":
			s, err := parseShape(pos[1])
			if err != nil {
				return err.Error()
			}
			op := wop{kind: OpCompute, shape: s, salt: r.Uint32()}
			if in := kv["in"]; in != "" {
				for _, x := range strings.Split(in, ",") {
					k, _ := strconv.Atoi(x)
					op.inputs = append(op.inputs, k)
				}
			}
			if op.segs = atoi(kv, "segs", 0); op.segs != 0 {
				op.per = atoi(kv, "per", 2)
				op.terms = atoi(kv, "terms", op.segs*op.per)
				if op.segs >= 2 && (op.per < 1 || op.terms <= (op.segs-1)*op.per || op.terms > op.segs*op.per) {
					return fmt.Sprintf("bad world line: %s: %d terms are not %d segments of %d", l, op.terms, op.segs, op.per)
				}
			}
			w.ops = append(w.ops, op)
		case cmd == "update" && len(pos) == 2:
			j, _ := strconv.Atoi(pos[0])
			u, err := strconv.Atoi(pos[1])
			if err != nil {
				u = Carried
			}
			w.updates[j] = u
		default:
			return "bad world line: " + l
		}
	}
	w.others = make([]commit.Hash, w.steps+1)
	for i := range w.others {
		w.others[i] = randomHash(r)
	}
	w.finish()
	sr.w, sr.s, sr.g = w, nil, nil
	p := w.params(&solver{trace: newTree(hashLeaves(w.others[1:]), nil), hs: w.others})
	if err := p.Validate(); err != nil {
		return err.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "h_%d %s, true op trace %s, true h_%d %s, max moves %d", w.t-1, short(w.prevHash()),
		short(w.opTree.root()), w.t, short(w.trueHt()), MaxMoves(&p))
	for k, op := range w.ops {
		if op.kind == OpStateRead {
			fmt.Fprintf(&b, "\nop %d: read slot %d", k, op.slot)
		} else {
			fmt.Fprintf(&b, "\nop %d: compute %s in %v", k, fmtShape(op.shape), op.inputs)
			if op.segs != 0 {
				fmt.Fprintf(&b, ", %d segments (%d terms, %d a segment)", op.segs, op.terms, op.per)
			}
		}
		fmt.Fprintf(&b, ", %d leaves, root %s", leafCount(op.shape), short(w.opRoots[k]))
	}
	for j, u := range w.updates {
		fmt.Fprintf(&b, "\nslot %d: %s, ", j, fmtShape(w.slotShapes[j]))
		if u == Carried {
			b.WriteString("carried")
		} else {
			fmt.Fprintf(&b, "updated by op %d", u)
		}
	}
	return b.String()
}

func (sr *scriptRunner) open(kv map[string]string) string {
	if sr.s == nil {
		return "no solver"
	}
	o := sr.w.open(sr.s)
	p := sr.w.params(sr.s)
	if v, ok := kv["step"]; ok {
		o.Step, _ = strconv.Atoi(v)
	}
	if v, ok := kv["bond"]; ok {
		o.Bond, _ = new(big.Int).SetString(v, 10)
	}
	switch kv["bad"] {
	case "prev":
		o.Prev[0] ^= 1
	case "cur":
		o.CurProof = append([]commit.Hash(nil), o.CurProof...)
		if len(o.CurProof) > 0 {
			o.CurProof[0][0] ^= 1
		}
	}
	from := Challenger
	switch kv["from"] {
	case "solver":
		from = Solver
	}
	ev := Event{Time: uint64(atoi(kv, "at", 0)), From: from, Move: o}
	if sr.onOpen != nil {
		sr.onOpen(p, sr.w.judge(sr.s), ev)
	}
	g, acts, err := New(p, sr.w.judge(sr.s), ev)
	if err != nil {
		return "error: " + err.Error()
	}
	sr.g = g
	return "ok: " + fmtActions(acts) + "\n" + sr.fmtState()
}

func (sr *scriptRunner) step(t *testing.T, ev Event) string {
	before := sr.g.State()
	var claim string
	switch m := ev.Move.(type) {
	case CheckElement:
		if c, err := sr.g.ElementAt(m.Offset); err == nil {
			claim = fmt.Sprintf("claim op %d element %d value %#08x\n", c.Op, c.Element, c.Claimed)
		}
	case Split:
		if c, err := sr.g.ElementAt(m.Offset); err == nil {
			claim = fmt.Sprintf("split op %d element %d value %s\n", c.Op, c.Element, sr.fmtSum(c.Op, c.Element, sr.w.ops[c.Op].segs, c.Claimed))
		}
	case CheckPartial:
		if c, err := sr.g.PartialClaim(); err == nil {
			claim = fmt.Sprintf("claim op %d element %d segment %d from %s to %s\n", c.Op, c.Element, c.Segment,
				sr.fmtSum(c.Op, c.Element, c.Segment, c.Start), sr.fmtSum(c.Op, c.Element, c.Segment+1, c.Claimed))
		}
	}
	if sr.onEvent != nil {
		sr.onEvent(sr.g, ev)
	}
	acts, err := sr.g.Step(ev)
	if err != nil {
		if st := sr.g.State(); !reflect.DeepEqual(st, before) {
			t.Errorf("rejected %s changed the state", moveName(ev.Move))
		}
		return claim + "error: " + err.Error()
	}
	sr.accepted(ev.Move)
	return claim + "ok: " + fmtActions(acts) + "\n" + sr.fmtState()
}

// accepted notes an accepted move (the start of the partial-sum bisection).
func (sr *scriptRunner) accepted(m Move) {
	if _, ok := m.(Split); ok {
		sr.splitMoves = sr.g.State().Moves
	}
}

// fmtSum prints a partial sum at boundary b of element e of op k and compares it with the truth.
func (sr *scriptRunner) fmtSum(k, e, b int, v uint32) string {
	what := "(differs)"
	if v == sr.w.truePartial(k, e, b) {
		what = "(true)"
	}
	return fmt.Sprintf("0x%08x%s", v, what)
}

// auto plays up to n moves, or until the game is in phase until: the solver from its
// commitment, the challenger honestly.
func (sr *scriptRunner) auto(n int, until string, quiet bool) string {
	if sr.g == nil {
		return "no game"
	}
	var (
		lines  []string
		played int
		stop   string // why the play stopped before n moves, the end or phase until
	)
	for i := 0; i < n && !sr.g.Over(); i++ {
		st := sr.g.State()
		if st.Phase.String() == until {
			break
		}
		var (
			m  Move
			ok bool
		)
		if st.ToMove == Solver {
			m, ok = sr.s.move(sr.w, sr.g)
		} else {
			m, ok = sr.chal.move(sr.w, sr.g, sr.r)
		}
		if !ok {
			stop = fmt.Sprintf("%v is silent in %v", st.ToMove, st.Phase)
			break
		}
		ev := Event{Time: st.LastTime + 1, From: st.ToMove, Move: m}
		if sr.onEvent != nil {
			sr.onEvent(sr.g, ev)
		}
		acts, err := sr.g.Step(ev)
		if err != nil {
			stop = fmt.Sprintf("%v %s: error: %v", st.ToMove, fmtMove(m), err)
			break
		}
		sr.accepted(m)
		played++
		lines = append(lines, fmt.Sprintf("%v %s: %s", st.ToMove, fmtMove(m), fmtActions(acts)))
	}
	if quiet {
		lines = []string{fmt.Sprintf("%d moves", played)}
	}
	if stop != "" {
		lines = append(lines, stop)
	}
	return strings.Join(append(lines, sr.fmtState()), "\n")
}

func fmtMove(m Move) string {
	switch m := m.(type) {
	case PostOpTrace:
		return "post " + short(m.Root)
	case Reveal:
		return "reveal " + short(m.Left) + " " + short(m.Right)
	case Pick:
		return "pick " + m.Side.String()
	case RevealLeaf:
		return fmt.Sprintf("reveal-leaf %d bytes", len(m.Data))
	case ProveTie:
		return fmt.Sprintf("prove %d hashes", len(m.Proof))
	case CheckElement:
		return fmt.Sprintf("check offset %d", m.Offset)
	case Split:
		return fmt.Sprintf("split offset %d", m.Offset)
	case RevealPartial:
		return fmt.Sprintf("partial 0x%08x", m.Value)
	}
	return moveName(m)
}

func fmtActions(acts []Action) string {
	parts := make([]string, len(acts))
	for i, a := range acts {
		switch a := a.(type) {
		case EscrowBond:
			parts[i] = fmt.Sprintf("escrow-bond %v", a.Amount)
		case Await:
			parts[i] = fmt.Sprintf("await %v %v before %d", a.Party, a.Phase, a.Deadline)
		case RefundBond:
			parts[i] = fmt.Sprintf("refund-bond %v", a.Amount)
		case SlashSolver:
			parts[i] = fmt.Sprintf("slash-solver %v (challenger %v, burn %v)", a.Amount, a.Reward, a.Burn)
		case ForfeitBond:
			parts[i] = fmt.Sprintf("forfeit-bond %v (solver %v, burn %v)", a.Amount, a.Reward, a.Burn)
		case GameOver:
			parts[i] = fmt.Sprintf("game-over %v wins (%v)", a.Winner, a.Reason)
		default:
			parts[i] = fmt.Sprintf("%#v", a)
		}
	}
	return strings.Join(parts, "; ")
}

// fmtState prints the state in one line, comparing revealed hashes with the truth.
func (sr *scriptRunner) fmtState() string {
	st := sr.g.State()
	w := sr.w
	var b strings.Builder
	fmt.Fprintf(&b, "[%v", st.Phase)
	if st.Phase == PhaseOver {
		fmt.Fprintf(&b, " winner=%v reason=%v moves=%d]", st.Winner, st.Reason, st.Moves)
		return b.String()
	}
	var truth *mtree
	switch st.Tree {
	case TreeOps:
		truth = w.opTree
	case TreeOut:
		truth = w.postTree
	case TreeTensor:
		truth = w.tensors[st.Op]
	}
	if st.Tree == TreePartial {
		segs := w.ops[st.Op].segs
		fmt.Fprintf(&b, " tree=partial op=%d element=%d segments=[%d,%d) of %d start=%s end=%s rounds=%d", st.Op, st.Element,
			st.SegLo, st.SegHi, segs, sr.fmtSum(st.Op, st.Element, st.SegLo, st.SumLo), sr.fmtSum(st.Op, st.Element, st.SegHi, st.SumHi),
			(st.Moves-sr.splitMoves+1)/2)
		switch st.Phase {
		case PhaseRevealPartial:
			fmt.Fprintf(&b, " mid=%d", st.Mid())
		case PhasePick:
			fmt.Fprintf(&b, " mid=%d sum=%s", st.Mid(), sr.fmtSum(st.Op, st.Element, st.Mid(), st.SumMid))
		}
	} else if st.Tree != TreeNone {
		fmt.Fprintf(&b, " tree=%v", st.Tree)
		if st.Op >= 0 {
			fmt.Fprintf(&b, " op=%d", st.Op)
		}
		if st.Slot >= 0 {
			fmt.Fprintf(&b, " slot=%d", st.Slot)
		}
		fmt.Fprintf(&b, " height=%d index=%d leaves=%d node=%s%s", st.Height, st.Index, st.Leaves,
			short(st.Node), sameAs(st.Node, truth.node(st.Height, st.Index)))
	}
	switch st.Phase {
	case PhaseChoose:
		fmt.Fprintf(&b, " op-trace=%s%s h_t=%s%s", short(st.Left), sameAs(st.Left, w.opTree.root()), short(st.Right), sameAs(st.Right, w.trueHt()))
	case PhasePick:
		if st.Tree == TreePartial {
			break
		}
		own := truth.children(st.Height, st.Index)
		fmt.Fprintf(&b, " left=%s%s right=%s%s", short(st.Left), sameAs(st.Left, own[0]), short(st.Right), sameAs(st.Right, own[1]))
	case PhaseProveTie:
		root, idx, n, _ := sr.g.TieTarget()
		what := "h_t-1"
		if root == st.OpTraceRoot {
			what = "op-trace"
		}
		fmt.Fprintf(&b, " revealed=%s prove leaf %d of %d in %s", short(st.LeafRoot), idx, n, what)
	case PhaseCheckElement:
		fmt.Fprintf(&b, " chunk=%d values", len(st.Chunk)/4)
	}
	fmt.Fprintf(&b, " to-move=%v deadline=%d moves=%d]", st.ToMove, st.Deadline, st.Moves)
	return b.String()
}
