package node

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/market"
	"veritrain/internal/train"
)

// TestSolverNode runs a solver node's ticks through a whole job on the simulated chain: it
// prices the job by timing it, bids, finalizes the auction, trains in the background, commits
// the run's roots, finalizes the shard after the challenge window and is paid; a restarted node
// reads back its records and does nothing twice.
func TestSolverNode(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tc := newTestChain(t, "submitter", "solver")
	sub, sol := tc.clients["submitter"], tc.clients["solver"]
	tc.fund(ctx, nil, "submitter")
	tc.fund(ctx, tok(100), "solver")

	dir := t.TempDir()
	job := smallJob(t, dir)
	tr, err := train.Open(filepath.Join(dir, "job.toml"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := tr.Listing()
	if err != nil {
		t.Fatal(err)
	}
	params := contracts.JobMarketJobParams{SpecHash: job.Hash, GraphRoot: l.Root(), DataRoot: tr.DataRoot(),
		Shards: 1, BiddingPeriod: 3600, TrainingPeriod: 86400, ChallengeWindow: 3600,
		Budget: tok(100), StakePerShard: tok(50), VerifierFee: tok(10)}
	id, _, err := sub.PostJob(ctx, params)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()

	dbPath := filepath.Join(dir, "solver.db")
	db, err := OpenDB(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	cfg := SolverConfig{Client: sol, DB: db, Specs: specDir{job.Hash: job}, HashPerSec: 1e9, Safety: 1.5,
		Pricing: market.Pricing{PerHour: tok(1), MarginBPS: 2_000}, WorkDir: dir}
	s, err := NewSolver(cfg)
	if err != nil {
		t.Fatal(err)
	}
	tick := func(want ...string) {
		t.Helper()
		acts, err := s.Tick(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range acts {
			got = append(got, strings.TrimPrefix(fmt.Sprintf("%T", a), "market."))
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("tick: %v, want %v", got, want)
		}
	}
	// Until its game layout is registered the job is not priced (docs/adversaries.md, hole 4).
	tick()
	tc.register(ctx, tr, id, job.Train.Steps)
	tick("PriceJob")
	var q market.Quote
	if ok, err := db.Get(TableQuotes, JobKey(id.Uint64()), &q); !ok || err != nil || q.Cost.Sign() <= 0 || q.Price.Cmp(q.Cost) <= 0 {
		t.Fatalf("quote %+v (%v, %v)", q, ok, err)
	}
	tick("PlaceBid")
	if b, err := sol.BidOf(ctx, id, sol.Address()); err != nil || !b.Exists || b.Price.Cmp(q.Price) != 0 {
		t.Fatalf("bid on chain %+v (%v), quoted %v", b, err, q.Price)
	}
	tick()
	tc.advance(time.Hour)
	tick("FinalizeAuction")
	tick("StartTraining")
	s.Wait() // the run ends in the background
	tick("CommitRun")
	sh, err := sol.Shard(ctx, id, 0)
	if err != nil || sh.State != uint8(market.ShardCommitted) {
		t.Fatalf("shard after the commit: %+v (%v)", sh, err)
	}
	// The committed roots are those of a local run of the same job.
	res, err := train.Run(ctx, job, train.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if commit.Hash(sh.TraceRoot).String() != res.TraceRoot || commit.Hash(sh.StateRoot).String() != res.StateRoot {
		t.Fatalf("committed roots %x %x, a local run gives %s %s", sh.TraceRoot, sh.StateRoot, res.TraceRoot, res.StateRoot)
	}

	// A restart: the node reads its records back and proposes nothing it has done.
	db.Close()
	if db, err = OpenDB(dbPath); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cfg.DB = db
	if s, err = NewSolver(cfg); err != nil {
		t.Fatal(err)
	}
	tick()
	before, err := sol.TokenBalance(ctx, sol.Address())
	if err != nil {
		t.Fatal(err)
	}
	tc.advance(time.Hour)
	tick("FinalizeShard")
	after, err := sol.TokenBalance(ctx, sol.Address())
	if err != nil {
		t.Fatal(err)
	}
	// Uniform price: with one bid the shard pays the job's maximum price, never less than the bid.
	mj, err := sol.Job(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if paid := new(big.Int).Sub(after, before); paid.Cmp(mj.ClearingPrice) != 0 || paid.Cmp(q.Price) < 0 {
		t.Fatalf("paid %v, clearing price %v, bid %v", paid, mj.ClearingPrice, q.Price)
	}
	tick()
	// The job is closed: the node no longer reads it.
	if floor, err := db.JobFloor(); err != nil || floor != id.Uint64()+1 {
		t.Fatalf("job floor %d (%v), want %d", floor, err, id.Uint64()+1)
	}
}

// TestSolverChecksLayout (docs/adversaries.md, hole 4): a solver does not bid on a job whose
// registered game layout is not its spec's (it could lose an honest game), nor on one still
// without a layout when the submitter can no longer register it; it waits for a layout while the
// submitter still can.
func TestSolverChecksLayout(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tc := newTestChain(t, "submitter", "solver")
	sub, sol := tc.clients["submitter"], tc.clients["solver"]
	tc.fund(ctx, nil, "submitter")
	tc.fund(ctx, tok(100), "solver")
	dir := t.TempDir()
	job := smallJob(t, dir)
	tr, err := train.Open(filepath.Join(dir, "job.toml"))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	dj, err := DisputeJob(tr, nil)
	if err != nil {
		t.Fatal(err)
	}
	post := func(bidding uint64) *big.Int {
		id, _, err := sub.PostJob(ctx, contracts.JobMarketJobParams{SpecHash: job.Hash, GraphRoot: dj.GraphRoot, DataRoot: dj.DataRoot,
			Shards: 1, BiddingPeriod: bidding, TrainingPeriod: 86400, ChallengeWindow: 3600,
			Budget: tok(100), StakePerShard: tok(50), VerifierFee: tok(10)})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	wrong := post(3600)
	tc.register(ctx, tr, wrong, job.Train.Steps+1) // a layout of one step more
	late := post(3600)                             // never registered

	db, err := OpenDB(filepath.Join(dir, "solver.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := NewSolver(SolverConfig{Client: sol, DB: db, Specs: specDir{job.Hash: job}, HashPerSec: 1e9, Safety: 1.5,
		Pricing: market.Pricing{PerHour: tok(1), MarginBPS: 2_000}, WorkDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	skipped := func(id *big.Int) string {
		var reason string
		if ok, err := db.Get(TableSkipped, JobKey(id.Uint64()), &reason); !ok || err != nil {
			return ""
		}
		return reason
	}
	if _, err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if r := skipped(wrong); !strings.Contains(r, "not the spec's") {
		t.Fatalf("the job with a wrong layout: skip reason %q", r)
	}
	if r := skipped(late); r != "" {
		t.Fatalf("the job without a layout was skipped while it could still get one: %q", r)
	}
	// Bidding nearly over: the submitter can no longer register a layout.
	rules, err := sol.GameRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tc.advance(time.Duration(3600-rules.MoveTimeout) * time.Second)
	if _, err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	if r := skipped(late); !strings.Contains(r, "no registered game layout") {
		t.Fatalf("the job without a layout: skip reason %q", r)
	}
	for _, id := range []*big.Int{wrong, late} {
		if b, err := sol.BidOf(ctx, id, sol.Address()); err != nil || b.Exists {
			t.Fatalf("job %v: bid %+v (%v)", id, b, err)
		}
	}
}

// TestSolverWithdrawsBids (docs/adversaries.md, hole 7): a bid on a job that closes without
// using it (here the submitter cancels the job) is withdrawn by the solver node, which frees its
// stake; the node then stops reading the job.
func TestSolverWithdrawsBids(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tc := newTestChain(t, "submitter", "solver")
	sub, sol := tc.clients["submitter"], tc.clients["solver"]
	tc.fund(ctx, nil, "submitter")
	tc.fund(ctx, tok(100), "solver")
	dir := t.TempDir()
	job := smallJob(t, dir)
	id := tc.postJob(ctx, dir, job, contracts.JobMarketJobParams{Shards: 1, BiddingPeriod: 3600, TrainingPeriod: 86400,
		ChallengeWindow: 3600, Budget: tok(100), StakePerShard: tok(50), VerifierFee: tok(10)})
	db, err := OpenDB(filepath.Join(dir, "solver.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := NewSolver(SolverConfig{Client: sol, DB: db, Specs: specDir{job.Hash: job}, HashPerSec: 1e9, Safety: 1.5,
		Pricing: market.Pricing{PerHour: tok(1), MarginBPS: 2_000}, WorkDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	tick := func() []string {
		t.Helper()
		acts, err := s.Tick(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range acts {
			got = append(got, strings.TrimPrefix(fmt.Sprintf("%T", a), "market."))
		}
		return got
	}
	locked := func() *big.Int {
		st, err := sol.Stake(ctx, sol.Address())
		if err != nil {
			t.Fatal(err)
		}
		return st.Locked
	}
	if got := strings.Join(append(tick(), tick()...), ","); got != "PriceJob,PlaceBid" {
		t.Fatalf("ticks %s", got)
	}
	if locked().Cmp(tok(50)) != 0 {
		t.Fatalf("locked %v after the bid", locked())
	}
	must(t)(sub.CancelJob(ctx, id))
	if got := strings.Join(tick(), ","); got != "WithdrawBid" {
		t.Fatalf("after the cancel: %s", got)
	}
	if locked().Sign() != 0 {
		t.Fatalf("locked %v after the withdrawal", locked())
	}
	if got := tick(); len(got) != 0 {
		t.Fatalf("then: %v", got)
	}
	if floor, err := db.JobFloor(); err != nil || floor != id.Uint64()+1 {
		t.Fatalf("job floor %d (%v), want %d", floor, err, id.Uint64()+1)
	}
}
