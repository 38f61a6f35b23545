package game

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"

	"veritrain/internal/commit"
)

// Segment sampling (docs/dispute-game.md, section 9). The T steps of a committed run are cut into
// segments of SegmentLen steps: segment s (from 0) covers steps s·L+1 .. min((s+1)·L, T) and
// starts from the state h_{s·L}, a checkpoint when L is the job's checkpoint interval. After the
// commit, randomness that did not exist before it (a later block's hash or prevrandao, mixed
// with the job and shard ids by the caller) selects which segments verifiers re-execute.

// SegmentDomain is the domain-separation prefix of the sampling draws.
const SegmentDomain = "veritrain/segments/v1"

// Sampling is a sampling rule: segments of SegmentLen steps, RateBPS basis points of them
// re-executed (rounded up, at least one).
type Sampling struct {
	SegmentLen int
	RateBPS    int
}

// DefaultSampling re-executes 5% of the steps in segments of 10. At that rate a cheater whose
// corrupt steps are 1% of a 10,000-step run, placed at random, is caught with probability
// 0.9942 (DetectRandom(10000, 10, 50, 100)); see docs/dispute-game.md for the worst case.
var DefaultSampling = Sampling{SegmentLen: 10, RateBPS: 500}

// Segments returns the number of segments of segLen steps in a run of steps steps:
// ceil(steps / segLen). Both must be positive.
func Segments(steps, segLen int) int {
	return (steps-1)/segLen + 1
}

// SegmentSteps returns the first and last step (1-based, inclusive) of segment seg.
func SegmentSteps(steps, segLen, seg int) (first, last int) {
	return seg*segLen + 1, min((seg+1)*segLen, steps)
}

// Count returns the number of segments s selects in a run of steps steps:
// ceil(Segments · RateBPS / 10,000), at least 1 and at most Segments.
func (s Sampling) Count(steps int) int {
	n := Segments(steps, s.SegmentLen)
	c := (n*s.RateBPS + BPS - 1) / BPS
	return min(max(c, 1), n)
}

// Detection returns the probability that s catches a cheater that corrupts a fraction f (in
// [0, 1]) of the steps steps, that is ⌈f·steps⌉ steps: placed at random (DetectRandom) and in
// the worst case (DetectWorstCase).
func (s Sampling) Detection(steps int, f float64) (random, worst float64) {
	c := min(steps, max(0, int(math.Ceil(f*float64(steps)-1e-9))))
	count := s.Count(steps)
	return DetectRandom(steps, s.SegmentLen, count, c), DetectWorstCase(steps, s.SegmentLen, count, c)
}

// Select is SelectSegments(randomness, steps, s.SegmentLen, s.Count(steps)).
func (s Sampling) Select(randomness commit.Hash, steps int) ([]int, error) {
	if s.RateBPS < 0 || s.RateBPS > BPS {
		return nil, fmt.Errorf("game: sampling rate %d bps outside [0, %d]", s.RateBPS, BPS)
	}
	if s.SegmentLen < 1 || steps < 1 {
		return nil, fmt.Errorf("game: select segments: %d steps in segments of %d", steps, s.SegmentLen)
	}
	return SelectSegments(randomness, steps, s.SegmentLen, s.Count(steps))
}

// drawer is the sampling stream: draw j is the first 8 bytes, big-endian, of
// keccak256(SegmentDomain ‖ randomness ‖ uint64be(j)).
type drawer struct {
	h    commit.Hasher
	seed []byte // SegmentDomain ‖ randomness
	j    uint64
}

func (d *drawer) next() uint64 {
	var ctr [8]byte
	binary.BigEndian.PutUint64(ctr[:], d.j)
	d.j++
	h := d.h.Keccak256(d.seed, ctr[:])
	return binary.BigEndian.Uint64(h[:8])
}

// uniform returns a uniform integer in [0, n) by rejection: draws at or above the largest
// multiple of n below 2^64 are discarded.
func (d *drawer) uniform(n uint64) uint64 {
	limit := rejectLimit(n)
	for {
		x := d.next()
		if limit == 0 || x < limit {
			return x % n
		}
	}
}

// rejectLimit returns 2^64 - (2^64 mod n) for n ≥ 1, the number of 64-bit draws that map
// uniformly onto [0, n) by x mod n; 0 stands for 2^64 (n divides 2^64: nothing is rejected).
func rejectLimit(n uint64) uint64 {
	return -(-n % n)
}

// SelectSegments returns count distinct segment indices in [0, Segments(steps, segLen)), in
// increasing order, drawn uniformly (every subset of count segments equally likely) and
// deterministically from randomness by Floyd's algorithm over the draw stream: for i from S-count
// to S-1, r = uniform(i+1); take r unless taken already, else take i.
func SelectSegments(randomness commit.Hash, steps, segLen, count int) ([]int, error) {
	if steps < 1 || segLen < 1 {
		return nil, fmt.Errorf("game: select segments: %d steps in segments of %d", steps, segLen)
	}
	n := Segments(steps, segLen)
	if count < 0 || count > n {
		return nil, fmt.Errorf("game: select segments: %d of %d segments", count, n)
	}
	d := drawer{seed: append([]byte(SegmentDomain), randomness[:]...)}
	taken := make([]bool, n)
	out := make([]int, 0, count)
	for i := n - count; i < n; i++ {
		r := int(d.uniform(uint64(i + 1)))
		if taken[r] {
			r = i
		}
		taken[r] = true
		out = append(out, r)
	}
	slices.Sort(out)
	return out, nil
}

// DetectRandom returns the probability that sampling count of the segments of segLen steps
// catches a cheater whose corrupt steps, corrupt of the steps steps, are placed uniformly at
// random: 1 - P(no corrupt step in a sampled segment). With S = Segments(steps, segLen), every
// segment of length segLen but the last of length r, and C(a, b) the binomial coefficient:
//
//	P(miss) = (1 - count/S)·C(steps - count·segLen, corrupt)/C(steps, corrupt)
//	        + (count/S)·C(steps - (count-1)·segLen - r, corrupt)/C(steps, corrupt)
//
// (the two terms: the short last segment is not or is sampled; when r = segLen they coincide).
// It panics on arguments outside 1 ≤ segLen, 0 ≤ count ≤ S, 0 ≤ corrupt ≤ steps.
func DetectRandom(steps, segLen, count, corrupt int) float64 {
	n := checkDetect(steps, segLen, count, corrupt)
	r := steps - (n-1)*segLen
	pShort := float64(count) / float64(n)
	miss := pShort * missSteps(steps, (count-1)*segLen+r, corrupt)
	if count < n {
		miss += (1 - pShort) * missSteps(steps, count*segLen, corrupt)
	}
	return 1 - miss
}

// missSteps is C(steps-sampled, corrupt)/C(steps, corrupt): the probability that a random set of
// corrupt steps avoids a fixed set of sampled steps.
func missSteps(steps, sampled, corrupt int) float64 {
	if sampled < 0 {
		return 1 // count = 0: nothing sampled
	}
	p := 1.0
	for i := 0; i < corrupt; i++ {
		if steps-sampled-i <= 0 {
			return 0
		}
		p *= float64(steps-sampled-i) / float64(steps-i)
	}
	return p
}

// DetectWorstCase returns the probability of catching the cheater that is hardest to catch among
// those corrupting corrupt steps: it packs them into as few segments as possible (one contiguous,
// segment-aligned run), b = ceil(corrupt/segLen) segments, so that
//
//	P(miss) = C(S - b, count)/C(S, count).
//
// It panics on the arguments DetectRandom rejects.
func DetectWorstCase(steps, segLen, count, corrupt int) float64 {
	n := checkDetect(steps, segLen, count, corrupt)
	if corrupt == 0 {
		return 0
	}
	b := (corrupt-1)/segLen + 1
	return 1 - missSteps(n, b, count) // C(S-b, count)/C(S, count) = C(S-count, b)/C(S, b)
}

func checkDetect(steps, segLen, count, corrupt int) int {
	if steps < 1 || segLen < 1 {
		panic(fmt.Sprintf("game: detect: %d steps in segments of %d", steps, segLen))
	}
	n := Segments(steps, segLen)
	if count < 0 || count > n || corrupt < 0 || corrupt > steps {
		panic(fmt.Sprintf("game: detect: %d of %d segments sampled, %d of %d steps corrupt", count, n, corrupt, steps))
	}
	return n
}
