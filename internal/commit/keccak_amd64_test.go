//go:build amd64 && !purego

package commit

import (
	"testing"
	"unsafe"
)

// keccakPaths lists the amd64 engine's configurations: the 4-way AVX2 path
// (if the CPU has AVX2) and the scalar path alone.
func keccakPaths() []keccakPath {
	paths := []keccakPath{{"scalar", func() func() { old := useAVX2; useAVX2 = false; return func() { useAVX2 = old } }}}
	if useAVX2 {
		paths = append(paths, keccakPath{"avx2", func() func() { return func() {} }})
	}
	return paths
}

// keccak4 reads seg4 with hand-written offsets.
func TestSeg4Layout(t *testing.T) {
	var s seg4
	if unsafe.Offsetof(s.p) != 0 || unsafe.Offsetof(s.n) != 32 || unsafe.Sizeof(s) != 40 {
		t.Fatalf("seg4 layout: p at %d, n at %d, size %d; keccak4_amd64.s wants 0, 32, 40",
			unsafe.Offsetof(s.p), unsafe.Offsetof(s.n), unsafe.Sizeof(s))
	}
}

// The 4-way path directly: four different messages with the same number of
// full blocks per call, lane 0 of every length from 0 to 700 bytes and of
// random lengths up to 20 KB, and groups of 1 to 3 messages.
func TestKeccak4Direct(t *testing.T) {
	if !useAVX2 {
		t.Skip("no AVX2")
	}
	rnd := newRand(4)
	var e engine
	for _, n := range testLengths(rnd) {
		full := (1 + n) / rate
		var g group
		var outs [4]Hash
		var want [4]Hash
		for i := 0; i < 4; i++ {
			// Lane 0 has length n; the others a random length of the same
			// block count.
			m := n
			if i > 0 {
				lo := max(full*rate-1, 0)
				m = lo + rnd.intn(rate)
				if full == 0 {
					m = rnd.intn(rate - 1)
				}
			}
			body := rnd.bytes(m)
			p := byte(rnd.intn(256))
			g.prefix[i], g.body[i], g.out[i] = p, body, &outs[i]
			want[i] = refKeccak([]byte{p}, body)
		}
		g.n, g.full = 4, full
		if n%5 == 0 {
			g.n = 1 + n%3 // a partial group: the other lanes are unused
			for i := g.n; i < 4; i++ {
				outs[i], want[i] = Hash{}, Hash{}
			}
		}
		e.hash4(&g)
		if outs != want {
			t.Fatalf("length %d, %d lanes: 4-way digests differ from x/crypto", n, g.n)
		}
	}
}

func BenchmarkKeccak4(b *testing.B) {
	buf := make([]byte, 64*rate)
	var segs [3]seg4
	segs[1] = seg4{[4]*byte{&buf[0], &buf[0], &buf[0], &buf[0]}, 64}
	var out [4]Hash
	outp := [4]*Hash{&out[0], &out[1], &out[2], &out[3]}
	b.SetBytes(int64(len(buf)) * 4)
	for b.Loop() {
		keccak4(&segs, &outp)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*64), "ns/perm")
}
