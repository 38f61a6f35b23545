package proof

import (
	"math/rand/v2"
	"testing"

	"veritrain/internal/commit"
	"veritrain/internal/tensor"
)

// clone deep-copies a witness through its encoding.
func clone(t *testing.T, w *Witness) *Witness {
	t.Helper()
	c, err := Decode(w.Encode())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// mutation is a change to a witness that must make it unprovable.
type mutation struct {
	name string
	f    func(w *Witness)
}

// proofs returns pointers to every proof in w, with a name.
func proofs(w *Witness) (names []string, ps []*[]commit.Hash) {
	add := func(name string, p *[]commit.Hash) {
		if len(*p) > 0 {
			names, ps = append(names, name), append(ps, p)
		}
	}
	add("op", &w.Op.Proof)
	add("output", &w.Output.Proof)
	add("claim", &w.Claim.Proof)
	add("source", &w.Source.Proof)
	add("trace", &w.Trace.Proof)
	add("before", &w.Before.Proof)
	add("after", &w.After.Proof)
	for i := range w.Operands {
		o := &w.Operands[i]
		add("operand op", &o.Op.Proof)
		add("operand root", &o.Root.Proof)
		for j := range o.Leaves {
			add("operand leaf", &o.Leaves[j].Proof)
		}
	}
	return names, ps
}

// mutations lists single defects of w: a flipped byte in each proof hash (up to maxHashes of
// them, chosen at random), wrong positions, missing, extra, reordered or swapped parts.
func mutations(w *Witness, rng *rand.Rand, maxHashes int) []mutation {
	var ms []mutation
	names, ps := proofs(w)
	type at struct{ p, h int }
	var all []at
	for i, p := range ps {
		for h := range *p {
			all = append(all, at{i, h})
		}
	}
	rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	if len(all) > maxHashes {
		all = all[:maxHashes]
	}
	for _, x := range all {
		x, b, bit := x, rng.IntN(commit.HashSize), byte(1)<<rng.IntN(8)
		ms = append(ms, mutation{"flip a byte of a " + names[x.p] + " proof", func(w *Witness) {
			_, ps := proofs(w)
			(*ps[x.p])[x.h][b] ^= bit
		}})
	}
	ms = append(ms,
		mutation{"op index +1", func(w *Witness) { w.Op.Index++ }},
		mutation{"op index -1", func(w *Witness) { w.Op.Index-- }},
		mutation{"descriptor byte", func(w *Witness) { flipBytes(w.Op.Desc) }},
		mutation{"drop a proof hash", func(w *Witness) {
			_, ps := proofs(w)
			if len(ps) > 0 {
				*ps[0] = (*ps[0])[1:]
			} else {
				w.Op.Index = -1
			}
		}},
		mutation{"extra proof hash", func(w *Witness) { w.Op.Proof = append(w.Op.Proof, commit.Hash{}) }},
	)
	switch w.Form {
	case FormElement:
		ms = append(ms,
			mutation{"element +1", func(w *Witness) { w.Element++ }},
			mutation{"element -1", func(w *Witness) { w.Element-- }},
			mutation{"element far", func(w *Witness) { w.Element += 1 << 20 }},
			mutation{"output root", func(w *Witness) { w.Output.Root[5] ^= 1 }},
			mutation{"claimed bytes", func(w *Witness) { flipBytes(w.Claim.Bytes) }},
			mutation{"claimed chunk index", func(w *Witness) { w.Claim.Index++ }},
			mutation{"claimed chunk short", func(w *Witness) { w.Claim.Bytes = w.Claim.Bytes[:len(w.Claim.Bytes)-4] }},
			mutation{"end form", func(w *Witness) { w.Form = FormEnd; w.End = EndStart; w.Trace = w.Output; w.Before = w.Output }},
		)
		for _, ev := range []Evidence{EvOperands, EvState, EvInput, EvConst} {
			if ev != w.Evidence {
				ms = append(ms, mutation{"evidence", func(w *Witness) { w.Evidence = ev }})
			}
		}
		if w.Evidence != EvOperands {
			ms = append(ms,
				mutation{"source bytes", func(w *Witness) { flipBytes(w.Source.Bytes) }},
				mutation{"source index", func(w *Witness) { w.Source.Index++ }},
				mutation{"before root", func(w *Witness) { w.Before.Root[0] ^= 1 }},
			)
			if w.Evidence == EvState {
				ms = append(ms, mutation{"no state root", func(w *Witness) { w.Before = RootRef{} }})
			}
			break
		}
		ms = append(ms, operandMutations(w, rng)...)
	case FormPartial:
		ms = append(ms,
			mutation{"element +1", func(w *Witness) { w.Element++ }},
			mutation{"element -1", func(w *Witness) { w.Element-- }},
			mutation{"segment +1", func(w *Witness) { w.Segment++ }},
			mutation{"segment -1", func(w *Witness) { w.Segment-- }},
			mutation{"segment far", func(w *Witness) { w.Segment += 1 << 40 }},
			mutation{"element form", func(w *Witness) { w.Form = FormElement; w.Segment = 0 }},
		)
		ms = append(ms, operandMutations(w, rng)...)
	case FormEnd:
		ms = append(ms,
			mutation{"trace root", func(w *Witness) { w.Trace.Root[1] ^= 1 }},
			mutation{"before root", func(w *Witness) { w.Before.Root[1] ^= 1 }},
			mutation{"after root", func(w *Witness) { w.After.Root[1] ^= 1 }},
			mutation{"element form", func(w *Witness) { w.Form = FormElement; w.Evidence = EvState }},
		)
		for _, k := range []EndKind{EndStart, EndNext, EndKeep} {
			if k != w.End {
				ms = append(ms, mutation{"end kind", func(w *Witness) { w.End = k }})
			}
		}
	}
	return ms
}

// flipBytes changes a byte in the middle of b (if any).
func flipBytes(b []byte) {
	if len(b) > 0 {
		b[len(b)/2] ^= 0x10
	}
}

// operandMutations are the defects of a witness's operands: roots, descriptors, order, and
// missing, changed or repeated leaves.
func operandMutations(w *Witness, rng *rand.Rand) []mutation {
	var ms []mutation
	for i := range w.Operands {
		o := &w.Operands[i]
		ms = append(ms,
			mutation{"operand root", func(w *Witness) { w.Operands[i].Root.Root[3] ^= 4 }},
			mutation{"operand op index", func(w *Witness) { w.Operands[i].Op.Index-- }},
			mutation{"operand descriptor", func(w *Witness) { flipBytes(w.Operands[i].Op.Desc) }},
			mutation{"drop operand", func(w *Witness) { w.Operands = append(w.Operands[:i], w.Operands[i+1:]...) }},
			mutation{"repeat operand", func(w *Witness) { w.Operands = append(w.Operands, w.Operands[i]) }},
		)
		for j := range o.Leaves {
			if j >= 4 && j < len(o.Leaves)-2 && rng.IntN(8) != 0 {
				continue // long lists: first, last and a sample
			}
			ms = append(ms,
				mutation{"missing operand leaf", func(w *Witness) {
					l := w.Operands[i].Leaves
					w.Operands[i].Leaves = append(l[:j], l[j+1:]...)
				}},
				mutation{"operand leaf bytes", func(w *Witness) { flipBytes(w.Operands[i].Leaves[j].Bytes) }},
				mutation{"operand leaf index", func(w *Witness) { w.Operands[i].Leaves[j].Index++ }},
				mutation{"repeated operand leaf", func(w *Witness) {
					l := w.Operands[i].Leaves
					w.Operands[i].Leaves = append(l[:j+1], l[j:]...)
				}},
			)
		}
		if len(o.Leaves) > 1 {
			ms = append(ms, mutation{"operand leaves reversed", func(w *Witness) {
				l := w.Operands[i].Leaves
				for a, b := 0, len(l)-1; a < b; a, b = a+1, b-1 {
					l[a], l[b] = l[b], l[a]
				}
			}})
		}
		for j := i + 1; j < len(w.Operands); j++ {
			if w.Operands[j].Op.Index != o.Op.Index {
				ms = append(ms, mutation{"swapped operands", func(w *Witness) {
					w.Operands[i], w.Operands[j] = w.Operands[j], w.Operands[i]
				}})
			}
		}
	}
	return ms
}

// mustReject applies every mutation of w (which a accepts) and checks that each is rejected
// with an error, as a struct and, when it still encodes, through its encoding. It also flips
// bytes of the encoding at random positions (all of them for a short witness) and truncates it.
func mustReject(t *testing.T, a *Agreed, w *Witness, rng *rand.Rand, maxHashes, maxFlips int) int {
	t.Helper()
	n := 0
	for _, m := range mutations(w, rng, maxHashes) {
		c := clone(t, w)
		m.f(c)
		v, err := adjudicateSafe(a, c)
		if err == nil {
			t.Fatalf("op %d element %d form %d: %s: accepted with verdict %v", w.Op.Index, w.Element, w.Form, m.name, v)
		}
		n++
	}
	b := w.Encode()
	pos := rng.Perm(len(b))
	if len(pos) > maxFlips {
		pos = pos[:maxFlips]
	}
	for _, p := range pos {
		c := append([]byte(nil), b...)
		c[p] ^= byte(1) << rng.IntN(8)
		if v, err := AdjudicateBytes(a, c); err == nil {
			t.Fatalf("op %d element %d form %d: byte %d of %d flipped: accepted with verdict %v", w.Op.Index, w.Element, w.Form, p, len(b), v)
		}
		n++
	}
	for _, cut := range []int{0, 1, len(b) / 2, len(b) - 1} {
		if _, err := AdjudicateBytes(a, b[:cut]); err == nil {
			t.Fatalf("truncated to %d of %d bytes: accepted", cut, len(b))
		}
		n++
	}
	if _, err := AdjudicateBytes(a, append(append([]byte(nil), b...), 0)); err == nil {
		t.Fatal("a trailing byte: accepted")
	}
	// The chain's roots are part of the judgement: another graph or trace root rejects it.
	for _, f := range []func(a *Agreed){
		func(a *Agreed) { a.GraphRoot[0] ^= 1 },
		func(a *Agreed) { a.Op++ },
	} {
		a2 := *a
		f(&a2)
		if _, err := Adjudicate(&a2, w); err == nil {
			t.Fatal("a different agreed graph: accepted")
		}
	}
	if w.Form == FormPartial {
		for _, f := range []func(a *Agreed){
			func(a *Agreed) { a.TraceRoot[0] ^= 1 },
			func(a *Agreed) { a.Element++ },
			func(a *Agreed) { a.Segment++ },
		} {
			a2 := *a
			f(&a2)
			if _, err := Adjudicate(&a2, w); err == nil {
				t.Fatal("another op-trace root, element or segment: accepted")
			}
		}
	}
	if w.Form == FormElement {
		a2 := *a
		a2.TraceRoot[0] ^= 1
		if _, err := Adjudicate(&a2, w); err == nil {
			t.Fatal("a different op-trace root: accepted")
		}
		a2 = *a
		a2.Element++
		if _, err := Adjudicate(&a2, w); err == nil {
			t.Fatal("a different disputed element: accepted")
		}
	}
	return n + 1
}

// adjudicateSafe encodes mutated witnesses that still encode (a panic in Encode means the
// mutation left the encodable range, which the struct path must reject too).
func adjudicateSafe(a *Agreed, w *Witness) (v Verdict, err error) {
	v, err = Adjudicate(a, w)
	if err != nil {
		return v, err
	}
	func() {
		defer func() { recover() }()
		b := w.Encode()
		v, err = AdjudicateBytes(a, b)
	}()
	return v, err
}

func TestSynthRejects(t *testing.T) {
	s, l, c, a := honestSynth()
	rng := rand.New(rand.NewPCG(9, 10))
	hashes, flips := 40, 200
	if testing.Short() {
		hashes, flips = 10, 40
	}
	count := 0
	for k, d := range s.ops {
		e := rng.IntN(len(s.vals[k].Data))
		w, err := BuildElement(a, l, c, k, e)
		if err != nil {
			t.Fatal(err)
		}
		a.Op, a.Element = k, e
		count += mustReject(t, a, w, rng, hashes, flips)
		// An extra, correctly proven operand leaf is rejected too.
		for i, in := range d.In {
			lay, _ := commit.LayoutOf(s.vals[in].Shape)
			if lay.Leaves == len(w.Operands[i].Leaves) {
				continue
			}
			have := map[int]bool{}
			for _, lf := range w.Operands[i].Leaves {
				have[lf.Index] = true
			}
			x := 0
			for have[x] {
				x++
			}
			extra, err := l.leaf(in, x)
			if err != nil {
				t.Fatal(err)
			}
			w2 := clone(t, w)
			ls := w2.Operands[i].Leaves
			p := 0
			for p < len(ls) && ls[p].Index < x {
				p++
			}
			w2.Operands[i].Leaves = append(ls[:p], append([]Leaf{extra}, ls[p:]...)...)
			if _, err := Adjudicate(a, w2); err == nil {
				t.Fatalf("op %d (%v): an extra leaf %d of operand %d accepted", k, d.Op, x, i)
			}
			count++
		}
	}
	for k, d := range s.ops {
		if d.Op != tensor.OpState {
			continue
		}
		a.Op = k
		for _, kind := range []EndKind{EndStart, EndKeep, EndNext} {
			w, err := BuildEnd(a, l, c, k, kind)
			if err != nil {
				continue // the kind does not apply
			}
			count += mustReject(t, a, w, rng, hashes, flips)
		}
	}
	t.Logf("%d defective witnesses rejected", count)
}
