package proof

import (
	"bytes"
	"testing"

	"veritrain/internal/tensor"
)

// key identifies a witness up to the element it names.
func key(w *Witness) string {
	c := *w
	c.Element = 0
	return string(c.Encode())
}

// FuzzDecodeWitness feeds arbitrary bytes to Decode and Adjudicate: neither may panic, every
// accepted encoding is canonical (it re-encodes to the same bytes), and a decoded witness that
// is not one of the honest seed witnesses gets an error, never a verdict. Seeds are kept
// short: the fuzzer minimises every new input in quadratic time.
func FuzzDecodeWitness(f *testing.F) {
	const maxSeed = 1000
	s, l, c, a := honestSynth()
	valid := map[string]bool{}
	add := func(w *Witness, err error) {
		if err != nil {
			f.Fatal(err)
		}
		b := w.Encode()
		if len(b) > maxSeed {
			return // the fuzzer minimises every new input: long ones make it crawl
		}
		valid[key(w)] = true
		f.Add(b)
	}
	for k := range s.ops {
		add(BuildElement(a, l, c, k, len(s.vals[k].Data)-1))
	}
	for _, k := range reductions(s) {
		// A segment witness with its leaves cut short (real ones hold whole 4 KiB chunks): it
		// decodes and exercises the segment judge, but never verifies.
		w, err := BuildPartial(a, l, c, k, 0, 1)
		if err != nil {
			f.Fatal(err)
		}
		for i := range w.Operands {
			for j := range w.Operands[i].Leaves {
				w.Operands[i].Leaves[j].Bytes = w.Operands[i].Leaves[j].Bytes[:8]
			}
		}
		f.Add(w.Encode())
	}
	for k, d := range s.ops {
		if d.Op != tensor.OpState {
			continue
		}
		add(BuildEnd(a, l, c, k, EndStart))
		if d.Next >= 0 {
			add(BuildEnd(a, l, c, k, EndNext))
		} else {
			add(BuildEnd(a, l, c, k, EndKeep))
		}
	}
	f.Add([]byte{})
	f.Add([]byte{Version})
	f.Add([]byte{Version, byte(FormEnd), 0, 0, 0, 0, 0, 0, 0, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		w, err := Decode(b)
		if err != nil {
			if w != nil {
				t.Fatal("Decode returned a witness with an error")
			}
			return
		}
		if got := w.Encode(); !bytes.Equal(got, b) {
			t.Fatalf("re-encoding differs:\n in  %x\n out %x", b, got)
		}
		a := *a
		a.Op, a.Element, a.Segment = w.Op.Index, w.Element, w.Segment
		if a.Op < 0 || a.Op >= a.NumOps {
			a.Op = 0
		}
		v, err := AdjudicateBytes(&a, b)
		if err == nil && (!valid[key(w)] || v != SolverRight) {
			// Only the honest seed witnesses can verify (or one of them naming another element
			// whose dependencies lie in the same leaves): anything else would need a second
			// preimage of a proof.
			t.Fatalf("a witness that is no seed got verdict %v", v)
		}
	})
}
