package fmath

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"os"
	"runtime"
	"sync"
	"testing"
)

func f32(b uint32) float32 { return math.Float32frombits(b) }

// ord maps float32 bits to an integer that is monotone in the float value
// (-0 and +0 both map to 0).
func ord(x float32) int64 {
	b := math.Float32bits(x)
	if b&0x80000000 != 0 {
		return -int64(b & 0x7fffffff)
	}
	return int64(b)
}

// ulpDist is the number of float32 values between a and b (0 if equal).
func ulpDist(a, b float32) int64 {
	d := ord(a) - ord(b)
	if d < 0 {
		d = -d
	}
	return d
}

// ulp32 is the float32 ulp at the magnitude of the real number v
// (2^-149 in the subnormal range).
func ulp32(v float64) float64 {
	_, e := math.Frexp(math.Abs(v)) // |v| in [2^(e-1), 2^e)
	e--
	if e < -126 {
		e = -126
	}
	return math.Ldexp(1, e-23)
}

// errStats accumulates the error of got against the binary64 reference ref:
// the integer ulp distance to float32(ref) and the fractional error
// |got-ref|/ulp32(ref).
type errStats struct {
	maxDist   int64
	maxFrac   float64
	worstDist float32
	worstFrac float32
	n         int
}

func (s *errStats) add(x, got float32, ref float64) {
	s.n++
	d := ulpDist(got, float32(ref))
	if d > s.maxDist {
		s.maxDist, s.worstDist = d, x
	}
	if d == 0 && s.maxFrac >= 0.5 {
		return // |got-ref| <= 0.5 ulp: cannot raise maxFrac
	}
	if math.IsInf(float64(got), 0) || math.IsInf(float64(float32(ref)), 0) {
		if float64(got) != float64(float32(ref)) {
			s.maxFrac, s.worstFrac = math.Inf(1), x
		}
		return
	}
	if fr := math.Abs(float64(got)-ref) / ulp32(ref); fr > s.maxFrac {
		s.maxFrac, s.worstFrac = fr, x
	}
}

func (s *errStats) merge(o *errStats) {
	s.n += o.n
	if o.maxDist > s.maxDist {
		s.maxDist, s.worstDist = o.maxDist, o.worstDist
	}
	if o.maxFrac > s.maxFrac {
		s.maxFrac, s.worstFrac = o.maxFrac, o.worstFrac
	}
}

func (s *errStats) check(t *testing.T, name string, limit int64) {
	t.Helper()
	t.Logf("%s: %d inputs, max ulp distance to float32(binary64 ref) = %d (at %v = %#08x), max error = %.4f ulp (at %v = %#08x)",
		name, s.n, s.maxDist, s.worstDist, math.Float32bits(s.worstDist), s.maxFrac, s.worstFrac, math.Float32bits(s.worstFrac))
	if s.maxDist > limit {
		t.Errorf("%s: max ulp distance %d > %d", name, s.maxDist, limit)
	}
	if s.maxFrac > float64(limit) {
		t.Errorf("%s: max error %.4f ulp > %d", name, s.maxFrac, limit)
	}
}

var nanInputs = []uint32{
	0x7fc00000, 0xffc00000, 0x7f800001, 0xff800001, 0x7fffffff, 0xffffffff,
	0x7fa00000, 0x7fc00001, 0xffc12345, 0x7f812345,
}

func TestConstantsBits(t *testing.T) {
	for _, c := range []struct {
		name string
		v    float32
		bits uint32
	}{
		{"ln2Hi", ln2Hi, 0x3f317200},
		{"ln2Lo", ln2Lo, 0x35bfbe8e},
		{"expOverflow", expOverflow, 0x42b17218},
		{"expUnderflow", expUnderflow, 0xc2cff1b5},
		{"log2e", log2e, 0x3fb8aa3b},
		{"roundMagic", roundMagic, 0x4b400000},
		{"expC3", expC3, 0x3e2aaa33},
		{"expC4", expC4, 0x3d2aa980},
		{"expC5", expC5, 0x3c092bc9},
		{"expC6", expC6, 0x3ab7f746},
		{"two64", two64, 0x5f800000},
		{"twoM64", twoM64, 0x1f800000},
		{"two25", two25, 0x4c000000},
		{"logLg1", logLg1, 0x3f2aaaaa},
		{"logLg2", logLg2, 0x3eccce13},
		{"logLg3", logLg3, 0x3e91e9ee},
		{"logLg4", logLg4, 0x3e789e26},
	} {
		if got := math.Float32bits(c.v); got != c.bits {
			t.Errorf("%s: bits %#08x, documented %#08x", c.name, got, c.bits)
		}
	}
	// Properties the algorithms rely on.
	if float64(ln2Hi)+float64(ln2Lo)-math.Ln2 > 1e-12 || math.Float32bits(ln2Hi)&0x1ff != 0 {
		t.Errorf("ln2Hi/ln2Lo split is wrong")
	}
	if math.Exp(float64(f32(0xc2cff1b5))) >= math.Ldexp(1, -150) || math.Exp(float64(f32(0xc2cff1b4))) <= math.Ldexp(1, -150) {
		t.Errorf("expUnderflow is not the last float32 whose exp rounds to 0")
	}
	if float32(math.Exp(float64(f32(0x42b17218)))) <= math.MaxFloat32 || float32(math.Exp(float64(f32(0x42b17217)))) > math.MaxFloat32 {
		t.Errorf("expOverflow is not the first float32 whose exp rounds to +Inf")
	}
}

func TestNaNCanon(t *testing.T) {
	if b := math.Float32bits(NaN()); b != CanonicalNaN {
		t.Fatalf("NaN() bits %#08x", b)
	}
	for _, b := range nanInputs {
		if got := math.Float32bits(Canon(f32(b))); got != CanonicalNaN {
			t.Errorf("Canon(%#08x) = %#08x", b, got)
		}
	}
	for _, b := range []uint32{0, 0x80000000, 1, 0x80000001, 0x3f800000, 0x7f7fffff, 0x7f800000, 0xff800000, 0x00800000} {
		if got := math.Float32bits(Canon(f32(b))); got != b {
			t.Errorf("Canon(%#08x) = %#08x, want unchanged", b, got)
		}
	}
}

func TestSpecialValues(t *testing.T) {
	type tc struct {
		in, want uint32
	}
	const (
		pInf = 0x7f800000
		nInf = 0xff800000
		one  = 0x3f800000
		nan  = CanonicalNaN
	)
	expCases := []tc{
		{0, one}, {0x80000000, one}, {pInf, pInf}, {nInf, 0},
		{1, one}, {0x80000001, one}, // ±smallest subnormal
		{0x7f7fffff, pInf}, {0xff7fffff, 0},
		{one, 0x402df854},        // e
		{0xbf800000, 0x3ebc5ab2}, // 1/e
		{0x42b17217, 0x7f7fff84}, // last finite
		{0x42b17218, pInf},       // first overflow
		{0xc2cff1b4, 1},          // rounds up to the smallest subnormal
		{0xc2cff1b5, 0},          // first underflow
		{0xc2aeac50, 0x007fffe6}, // float32(-126 ln2): just below 2^-126
		{0xc2aeac4f, 0x00800026}, // just above 2^-126
	}
	for _, c := range expCases {
		if got := math.Float32bits(Exp(f32(c.in))); got != c.want {
			t.Errorf("Exp(%#08x = %v) = %#08x (%v), want %#08x (%v)", c.in, f32(c.in), got, f32(got), c.want, f32(c.want))
		}
	}
	logCases := []tc{
		{0, nInf}, {0x80000000, nInf}, {pInf, pInf}, {nInf, nan},
		{one, 0}, {0xbf800000, nan}, {0x80000001, nan}, {0xff7fffff, nan},
		{1, 0xc2ce8ed0},          // log(2^-149) = -103.27893
		{0x00800000, 0xc2aeac50}, // log(2^-126)
		{0x7f7fffff, 0x42b17218}, // log(MaxFloat32) = 88.72284
		{0x402df854, 0x3f800000}, // log(float32(e)) rounds to 1
		{0x40000000, 0x3f317218}, // ln 2
	}
	for _, c := range logCases {
		if got := math.Float32bits(Log(f32(c.in))); got != c.want {
			t.Errorf("Log(%#08x = %v) = %#08x (%v), want %#08x (%v)", c.in, f32(c.in), got, f32(got), c.want, f32(c.want))
		}
	}
	sqrtCases := []tc{
		{0, 0}, {0x80000000, 0x80000000}, {pInf, pInf}, {nInf, nan},
		{one, one}, {0xbf800000, nan}, {0x80000001, nan},
		{0x40800000, 0x40000000}, {1, 0x1a3504f3}, {0x7f7fffff, 0x5f7fffff},
	}
	for _, c := range sqrtCases {
		if got := math.Float32bits(Sqrt(f32(c.in))); got != c.want {
			t.Errorf("Sqrt(%#08x) = %#08x, want %#08x", c.in, got, c.want)
		}
	}
	for _, b := range nanInputs {
		for name, f := range map[string]func(float32) float32{"Exp": Exp, "Log": Log, "Sqrt": Sqrt} {
			if got := math.Float32bits(f(f32(b))); got != CanonicalNaN {
				t.Errorf("%s(%#08x) = %#08x, want canonical NaN", name, b, got)
			}
		}
	}
}

// TestSqrtCorrectlyRounded checks Sqrt against exact integer arithmetic on a
// sweep of bit patterns (including subnormals).
func TestSqrtCorrectlyRounded(t *testing.T) {
	for b := uint32(0); b < 0x7f800000; b += 0x1000 - 7 {
		x := f32(b)
		y := Sqrt(x)
		// y is correctly rounded iff |y^2 - x| is not larger than for its
		// neighbours; binary64 products of float32 values are exact.
		e := math.Abs(float64(y)*float64(y) - float64(x))
		for _, nb := range []float32{math.Nextafter32(y, 0), math.Nextafter32(y, float32(math.Inf(1)))} {
			if math.Abs(float64(nb)*float64(nb)-float64(x)) < e {
				t.Fatalf("Sqrt(%v) = %v not correctly rounded", x, y)
			}
		}
	}
}

// jitter is a fixed xorshift generator for the sweeps.
type jitter uint32

func (j *jitter) next() uint32 {
	x := uint32(*j)
	x ^= x << 13
	x ^= x >> 17
	x ^= x << 5
	*j = jitter(x)
	return x
}

func TestExpAccuracySweep(t *testing.T) {
	var s errStats
	// Dense grid over [-104, 89]: 2^21 points.
	const N = 1 << 21
	for i := 0; i < N; i++ {
		x := float32(-104 + 193*float64(i)/N)
		s.add(x, Exp(x), math.Exp(float64(x)))
	}
	// Every 2^12-th bit pattern (with jitter in the low 12 bits) over all
	// finite float32 values of both signs: covers tiny |x|, subnormals,
	// and the saturated ranges.
	j := jitter(12345)
	for b := uint64(0); b < 1<<32; b += 1 << 12 {
		bits := uint32(b) | j.next()&0xfff
		x := f32(bits)
		if x != x {
			continue
		}
		s.add(x, Exp(x), math.Exp(float64(x)))
	}
	s.check(t, "Exp", 2)
}

func TestLogAccuracySweep(t *testing.T) {
	var s errStats
	// Every 2^10-th bit pattern over all positive finite float32 (subnormals
	// included), with jitter in the low 10 bits: 2^21 points.
	j := jitter(54321)
	for b := uint32(0); b < 0x7f800000; b += 1 << 10 {
		bits := b | j.next()&0x3ff
		x := f32(bits)
		s.add(x, Log(x), math.Log(float64(x)))
	}
	// Dense grid near 1, where cancellation matters.
	for i := -1 << 18; i < 1<<18; i++ {
		x := float32(1 + float64(i)/(1<<19))
		s.add(x, Log(x), math.Log(float64(x)))
	}
	s.check(t, "Log", 2)
}

// TestExhaustive checks every float32 input; enable with FMATH_EXHAUSTIVE=1
// (a few minutes on two cores; use -timeout 0).
func TestExhaustive(t *testing.T) {
	if os.Getenv("FMATH_EXHAUSTIVE") == "" {
		t.Skip("set FMATH_EXHAUSTIVE=1 to test all 2^32 inputs")
	}
	for _, fn := range []struct {
		name string
		f    func(float32) float32
		ref  func(float64) float64
	}{{"Exp", Exp, math.Exp}, {"Log", Log, math.Log}} {
		workers := runtime.GOMAXPROCS(0)
		stats := make([]errStats, workers)
		var mono int64
		var mu sync.Mutex
		var wg sync.WaitGroup
		const chunk = 1 << 32 / 256
		next := make(chan uint64, 256)
		for c := uint64(0); c < 1<<32; c += chunk {
			next <- c
		}
		close(next)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(s *errStats) {
				defer wg.Done()
				var bad int64
				for c := range next {
					prev := fn.f(f32(uint32(c)))
					for b := c; b < c+chunk; b++ {
						x := f32(uint32(b))
						y := fn.f(x)
						if x == x {
							s.add(x, y, fn.ref(float64(x)))
							// Monotone (non-decreasing) in x within a sign.
							if b > c && uint32(b)&0x7fffffff != 0 && y == y && prev == prev {
								if (b < 1<<31 && y < prev) || (b > 1<<31 && y > prev) {
									bad++
								}
							}
						}
						prev = y
					}
				}
				mu.Lock()
				mono += bad
				mu.Unlock()
			}(&stats[w])
		}
		wg.Wait()
		for w := 1; w < workers; w++ {
			stats[0].merge(&stats[w])
		}
		stats[0].check(t, fn.name+" exhaustive", 2)
		t.Logf("%s: %d monotonicity violations between adjacent inputs", fn.name, mono)
	}
}

func TestMonotoneSpots(t *testing.T) {
	starts := []float32{-103.97, -87.4, -20, -1, -0.35, -1e-3, 0, 1e-7, 0.34, 0.693, 1, 10, 88.7}
	for _, s := range starts {
		x := s
		prev := Exp(x)
		for i := 0; i < 20000; i++ {
			x = math.Nextafter32(x, 100)
			y := Exp(x)
			if y < prev {
				t.Fatalf("Exp not monotone at %v: %v < %v", x, y, prev)
			}
			prev = y
		}
	}
	lstarts := []float32{f32(1), f32(0x007ff000), 1e-30, 0.5, 0.7, 0.99, 1, 1.41, 2, 1e10, f32(0x7f7f0000)}
	for _, s := range lstarts {
		x := s
		prev := Log(x)
		for i := 0; i < 20000 && x < math.MaxFloat32; i++ {
			x = math.Nextafter32(x, float32(math.Inf(1)))
			y := Log(x)
			if y < prev {
				t.Fatalf("Log not monotone at %v: %v < %v", x, y, prev)
			}
			prev = y
		}
	}
}

// goldenInputs is the fixed sweep of the golden test, 100,000 inputs used
// for each of Exp, Log and Sqrt. It is built with integer operations and
// exact conversions only:
//   - 50,000 bit patterns spread over all 2^32 (xorshift jitter in the low
//     16 bits): specials, NaN payloads, subnormals, both signs;
//   - 50,000 values of the dense grid i/256 - 104 (i < 49,408, so the grid
//     covers [-104, 89]) with xorshift jitter in the low 8 bits, where Exp
//     is neither saturated nor trivially 1;
//   - a few fixed values at the start.
func goldenInputs() []float32 {
	const half = 50000
	in := make([]float32, 0, 2*half)
	j := jitter(0x9e3779b9)
	for i := 0; i < half; i++ {
		in = append(in, f32(uint32(uint64(i)*(1<<32)/half)^j.next()&0xffff))
	}
	for i := 0; i < half; i++ {
		g := float32(i%49408)/256 - 104 // exact
		in = append(in, f32(math.Float32bits(g)^j.next()&0xff))
	}
	copy(in, []float32{0, f32(0x80000000), 1, -1, f32(1), f32(0x7f7fffff), f32(0x7f800000), f32(0xff800000), f32(0xffc00001), 88.72283, -103.97207, 0.5, 2})
	return in
}

// goldenHash is sha256 over the little-endian bits of Exp(x), Log(x),
// Sqrt(x) for every x of goldenInputs, in that order. It must be identical on
// every platform and must only change together with the spec version.
const goldenHash = "980f7004a289e54816684b8f4d6e2d04a8f018b5e2f8b7f3dd0ca0c51e558667"

func TestGolden(t *testing.T) {
	h := sha256.New()
	var buf [12]byte
	for _, x := range goldenInputs() {
		binary.LittleEndian.PutUint32(buf[0:], math.Float32bits(Exp(x)))
		binary.LittleEndian.PutUint32(buf[4:], math.Float32bits(Log(x)))
		binary.LittleEndian.PutUint32(buf[8:], math.Float32bits(Sqrt(x)))
		h.Write(buf[:])
	}
	got := hex.EncodeToString(h.Sum(nil))
	if got != goldenHash {
		t.Fatalf("golden hash of Exp/Log/Sqrt outputs = %s, want %s (GOARCH=%s)", got, goldenHash, runtime.GOARCH)
	}
}

// goldenFullHash is sha256 over the 256 chunk digests (in order) of the
// outputs Exp(x), Log(x) (little-endian bits, interleaved) for all 2^32
// inputs x, chunk c holding the inputs with top byte c.
const goldenFullHash = "c5b3e193bfec8db2b9a9f035cbeff831d12d8ca0d4fa3c727068d947c5e0537a"

// TestGoldenFull hashes Exp and Log over every float32 input; enable with
// FMATH_FULLHASH=1 (about a minute natively, use -timeout 0 under emulation).
func TestGoldenFull(t *testing.T) {
	if os.Getenv("FMATH_FULLHASH") == "" {
		t.Skip("set FMATH_FULLHASH=1 to hash Exp and Log over all 2^32 inputs")
	}
	var digests [256][32]byte
	var wg sync.WaitGroup
	next := make(chan int, 256)
	for c := 0; c < 256; c++ {
		next <- c
	}
	close(next)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 8<<16)
			for c := range next {
				h := sha256.New()
				for hi := uint32(0); hi < 1<<8; hi++ {
					base := uint32(c)<<24 | hi<<16
					for lo := uint32(0); lo < 1<<16; lo++ {
						x := f32(base | lo)
						binary.LittleEndian.PutUint32(buf[8*lo:], math.Float32bits(Exp(x)))
						binary.LittleEndian.PutUint32(buf[8*lo+4:], math.Float32bits(Log(x)))
					}
					h.Write(buf)
				}
				copy(digests[c][:], h.Sum(nil))
			}
		}()
	}
	wg.Wait()
	h := sha256.New()
	for _, d := range digests {
		h.Write(d[:])
	}
	got := hex.EncodeToString(h.Sum(nil))
	t.Logf("full hash (GOARCH=%s): %s", runtime.GOARCH, got)
	if got != goldenFullHash {
		t.Fatalf("full golden hash = %s, want %s", got, goldenFullHash)
	}
}

var sink float32

func BenchmarkExp(b *testing.B) {
	xs := make([]float32, 1024)
	for i := range xs {
		xs[i] = float32(i)/64 - 8
	}
	var s float32
	for i := 0; i < b.N; i++ {
		s += Exp(xs[i&1023])
	}
	sink = s
}

func BenchmarkLog(b *testing.B) {
	xs := make([]float32, 1024)
	for i := range xs {
		xs[i] = float32(i+1) / 37
	}
	var s float32
	for i := 0; i < b.N; i++ {
		s += Log(xs[i&1023])
	}
	sink = s
}

func BenchmarkSqrt(b *testing.B) {
	xs := make([]float32, 1024)
	for i := range xs {
		xs[i] = float32(i+1) / 37
	}
	var s float32
	for i := 0; i < b.N; i++ {
		s += Sqrt(xs[i&1023])
	}
	sink = s
}

// The slice benchmarks measure the throughput of an elementwise kernel
// loop (ns per element), the way the tensor kernels call these functions.
func benchData(lo, hi float32) (src, dst []float32) {
	src = make([]float32, 4096)
	dst = make([]float32, len(src))
	for i := range src {
		src[i] = lo + (hi-lo)*float32(i)/float32(len(src))
	}
	return src, dst
}

func reportPerElem(b *testing.B, n int) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/elem")
}

func BenchmarkExpSlice(b *testing.B) {
	src, dst := benchData(-10, 10)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, x := range src {
			dst[k] = Exp(x)
		}
	}
	reportPerElem(b, len(src))
}

func BenchmarkLogSlice(b *testing.B) {
	src, dst := benchData(1e-3, 1e3)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, x := range src {
			dst[k] = Log(x)
		}
	}
	reportPerElem(b, len(src))
}

func BenchmarkSqrtSlice(b *testing.B) {
	src, dst := benchData(1e-3, 1e3)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, x := range src {
			dst[k] = Sqrt(x)
		}
	}
	reportPerElem(b, len(src))
}
