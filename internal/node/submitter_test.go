package node

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"veritrain/internal/contracts"
	"veritrain/internal/train"
)

// TestSubmitterViewFloor: the submitter reads its own jobs only, and stops reading a job once
// nothing is left to do for it (here: cancelled, so refunded with no model to fetch); the floor
// it keeps in its database says so across restarts.
func TestSubmitterViewFloor(t *testing.T) {
	ctx := context.Background()
	tc := newTestChain(t, "submitter", "other")
	tc.fund(ctx, nil, "submitter", "other")
	dir := t.TempDir()
	job := smallJob(t, dir)
	p := contracts.JobMarketJobParams{Shards: 1, BiddingPeriod: 3600, TrainingPeriod: 86400,
		ChallengeWindow: 3600, Budget: tok(100), StakePerShard: tok(10), VerifierFee: tok(1)}
	mine := tc.postJob(ctx, dir, job, p) // job 1, the submitter's
	p.SpecHash, p.GraphRoot, p.DataRoot = job.Hash, [32]byte{1}, [32]byte{2}
	if _, _, err := tc.clients["other"].PostJob(ctx, p); err != nil { // job 2, another's
		t.Fatal(err)
	}
	db, err := OpenDB(filepath.Join(t.TempDir(), "node.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := NewSubmitter(SubmitterConfig{Client: tc.clients["submitter"], DB: db, Specs: specDir{job.Hash: job}, Runs: solverRuns(dir), WorkDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.View(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Jobs) != 1 || v.Jobs[0].Job.ID != mine.Uint64() || !v.Jobs[0].LayoutRegistered || !v.Jobs[0].ContextRegistered {
		t.Fatalf("view %+v, want only job %d, registered", v.Jobs, mine)
	}
	if f, err := db.meta(submitterFloor); err != nil || f > 1 {
		t.Fatalf("floor %d (%v) while its job 1 is open, want at most 1", f, err)
	}
	must(t)(tc.clients["submitter"].CancelJob(ctx, mine))
	if v, err = s.View(ctx); err != nil || len(v.Jobs) != 0 {
		t.Fatalf("view %+v (%v) after the cancel, want no job", v.Jobs, err)
	}
	if f, err := db.meta(submitterFloor); err != nil || f != 3 {
		t.Fatalf("floor %d (%v) once every job is done or another's, want 3", f, err)
	}
}

// TestRegisterJobTwice: registering a job's Judge context and game layout is idempotent (the
// submitter node and 'veritrain submit' may both do it, with the same account), and a layout
// already registered that is not the spec's is an error, never taken as done.
func TestRegisterJobTwice(t *testing.T) {
	ctx := context.Background()
	tc := newTestChain(t, "submitter")
	sub := tc.clients["submitter"]
	tc.fund(ctx, nil, "submitter")
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
	post := func() *big.Int {
		id, _, err := sub.PostJob(ctx, contracts.JobMarketJobParams{SpecHash: job.Hash, GraphRoot: dj.GraphRoot, DataRoot: dj.DataRoot,
			Shards: 1, BiddingPeriod: 3600, TrainingPeriod: 86400, ChallengeWindow: 3600,
			Budget: tok(100), StakePerShard: tok(50), VerifierFee: tok(10)})
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	id := post()
	for i := range 2 {
		if err := RegisterJob(ctx, sub, id.Uint64(), job, true, true, log); err != nil {
			t.Fatalf("registration %d: %v", i+1, err)
		}
	}
	reg, err := registeredLayout(ctx, sub, id.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := checkLayout(reg, id.Uint64(), tr, dj); err != nil {
		t.Fatal(err)
	}
	wrong := post()
	tc.register(ctx, tr, wrong, job.Train.Steps+1)
	if err := RegisterJob(ctx, sub, wrong.Uint64(), job, true, true, log); err == nil || !strings.Contains(err.Error(), "not the spec's") {
		t.Fatalf("a wrong layout already registered: %v, want an error naming it", err)
	}
}
