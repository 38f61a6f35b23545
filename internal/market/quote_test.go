package market

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"veritrain/internal/autograd"
	"veritrain/internal/tensor"
)

// A hand-counted step: state W [4,3], input X [2,3], Y = X·Wᵀ [2,4], exp(Y), sum to a scalar.
func tinyListing() []autograd.OpDesc {
	return []autograd.OpDesc{
		{Op: tensor.OpState, Shape: []int{4, 3}, Next: -1},
		{Op: tensor.OpInput, Shape: []int{2, 3}, Next: -1},
		{Op: tensor.OpMatMulABT, Shape: []int{2, 4}, In: []int{1, 0}, Next: -1},
		{Op: tensor.OpExp, Shape: []int{2, 4}, In: []int{2}, Next: -1},
		{Op: tensor.OpSum, Shape: []int{}, In: []int{3}, Next: -1},
		{Op: tensor.OpAdd, Shape: []int{}, In: []int{4, 4}, Next: -1},
	}
}

func TestStepWork(t *testing.T) {
	w, err := StepWork(tinyListing())
	if err != nil {
		t.Fatal(err)
	}
	// matmul 2·8·3 = 48, exp 20·8 = 160, sum 8, add 1; state 12 floats.
	if w.Flops != 48+160+8+1 || w.StateBytes != 48 {
		t.Fatalf("work %+v, want 217 flops and 48 state bytes", w)
	}
	bad := tinyListing()
	bad[2].In = []int{1, 5} // an input that comes later
	if _, err := StepWork(bad); err == nil {
		t.Fatal("an op reading a later op: no error")
	}
}

func machine() *Machine {
	return &Machine{RefWork: Work{Flops: 1e9, StateBytes: 1e6}, RefSeconds: 0.011, HashPerSec: 1e9, SafetyFactor: 1.5}
}

func TestSeconds(t *testing.T) {
	m := machine()
	// 1e9 flops take 0.011 − 0.001 s of arithmetic; the work below is twice that with 4 MB of
	// state: 0.020 + 0.004 s a step, 100 steps, ×1.5.
	got, err := m.Seconds(Work{Flops: 2e9, StateBytes: 4e6}, 100)
	if err != nil || math.Abs(got-3.6) > 1e-9 {
		t.Fatalf("seconds %v (%v), want 3.6", got, err)
	}
	for _, bad := range []*Machine{
		{RefWork: Work{Flops: 0}, RefSeconds: 1, HashPerSec: 1, SafetyFactor: 1},
		{RefWork: Work{Flops: 1}, RefSeconds: 0, HashPerSec: 1, SafetyFactor: 1},
		{RefWork: Work{Flops: 1}, RefSeconds: math.NaN(), HashPerSec: 1, SafetyFactor: 1},
		{RefWork: Work{Flops: 1}, RefSeconds: 1, HashPerSec: 0, SafetyFactor: 1},
		{RefWork: Work{Flops: 1}, RefSeconds: 1, HashPerSec: 1, SafetyFactor: 0.5},
	} {
		if _, err := bad.Seconds(Work{Flops: 1}, 1); err == nil {
			t.Errorf("uncalibrated machine %+v: no error", bad)
		}
	}
	// A reference step whose hashing seems to take longer than the step (a bad measurement)
	// still leaves a tenth of the step for the arithmetic.
	m.HashPerSec = 1e6
	if s, err := m.Seconds(Work{Flops: 1e9}, 1); err != nil || math.Abs(s-0.0011*1.5) > 1e-12 {
		t.Fatalf("seconds with a slow hash measurement: %v (%v)", s, err)
	}
}

func TestQuoteShard(t *testing.T) {
	m := machine()
	w := Work{Flops: 2e9, StateBytes: 4e6} // 3.6 s for 100 steps
	q, err := QuoteShard(w, 100, m, &Pricing{PerHour: big.NewInt(3_600_001), MarginBPS: 2_500})
	if err != nil {
		t.Fatal(err)
	}
	// 3,600 ms · 3,600,001 / 3,600,000 = 3,600.001 → 3,601 (rounded up); margin ⌊3,601 / 4⌋ = 900.
	if q.Cost.Int64() != 3_601 || q.Price.Int64() != 4_501 {
		t.Fatalf("quote cost %v price %v, want 3601 and 4501", q.Cost, q.Price)
	}
	if _, err := QuoteShard(w, 0, m, &Pricing{PerHour: big.NewInt(1)}); err == nil {
		t.Error("0 steps: no error")
	}
	if _, err := QuoteShard(w, 1, m, &Pricing{PerHour: big.NewInt(-1)}); err == nil {
		t.Error("a negative price: no error")
	}
	if _, err := QuoteShard(w, 1, m, &Pricing{}); err == nil {
		t.Error("no price: no error")
	}
	// Free compute: cost and price 0.
	if q, err := QuoteShard(w, 1, m, &Pricing{PerHour: big.NewInt(0), MarginBPS: 5_000}); err != nil || q.Cost.Sign() != 0 || q.Price.Sign() != 0 {
		t.Fatalf("free compute: %+v %v", q, err)
	}
}

func TestDecide(t *testing.T) {
	q := Quote{Seconds: 100, Cost: big.NewInt(1_000), Price: big.NewInt(1_250)}
	offer := func(max, stake int64, period uint64) Offer {
		return Offer{MaxPrice: big.NewInt(max), StakePerShard: big.NewInt(stake), TrainingPeriod: period}
	}
	for _, c := range []struct {
		name  string
		o     Offer
		free  *big.Int
		price int64  // 0: skip
		why   string // a word of the reason
	}{
		{"bids its price", offer(2_000, 50, 3_600), big.NewInt(50), 1_250, ""},
		{"capped at the maximum", offer(1_100, 50, 3_600), big.NewInt(50), 1_100, ""},
		{"exactly the cost", offer(1_000, 50, 3_600), big.NewInt(50), 1_000, ""},
		{"below cost", offer(999, 50, 3_600), big.NewInt(50), 0, "below our cost"},
		{"too slow", offer(2_000, 50, 99), big.NewInt(50), 0, "allows 99 s"},
		{"not enough stake", offer(2_000, 51, 3_600), big.NewInt(50), 0, "stake"},
		{"no stake", offer(2_000, 1, 3_600), nil, 0, "stake"},
		{"incomplete offer", Offer{}, big.NewInt(50), 0, "incomplete"},
	} {
		d := Decide(c.o, q, c.free)
		switch {
		case c.price == 0 && (d.Bid || !strings.Contains(d.Reason, c.why)):
			t.Errorf("%s: %+v, want a skip mentioning %q", c.name, d, c.why)
		case c.price != 0 && (!d.Bid || d.Price.Int64() != c.price):
			t.Errorf("%s: %+v, want a bid of %d", c.name, d, c.price)
		}
	}
	// The decision does not alias the quote.
	d := Decide(offer(2_000, 50, 3_600), q, big.NewInt(50))
	d.Price.SetInt64(1)
	if q.Price.Int64() != 1_250 {
		t.Fatal("Decide returned the quote's price itself")
	}
}
