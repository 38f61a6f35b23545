package node

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"veritrain/internal/commit"
	"veritrain/internal/market"
)

func TestDBPersists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	d, err := OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	k := market.RunKey{Job: 3, Shard: 1, Attempt: 2}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(d.Put(TableBids, JobKey(3), "70"))
	must(d.Put(TableSkipped, JobKey(4), "below cost"))
	must(d.Put(TableQuotes, JobKey(3), market.Quote{Seconds: 12.5, Cost: big.NewInt(50), Price: big.NewInt(70)}))
	must(d.Put(TableRuns, RunKey(k), market.Run{Status: market.RunTrained, TraceRoot: commit.Hash{1}, StateRoot: commit.Hash{2}}))
	must(d.Put(TableCommitted, RunKey(k), true))
	must(d.Put(TableFinalized, ShardKey(3, 1), true))        // written before rounds: round 0
	must(d.Put(TableFinalized, finalizedKey(3, 2, 4), true)) // round 4 of shard 2
	must(d.Put(TableChecks, RunKey(market.RunKey{Job: 3, Shard: 2, Attempt: 1, Round: 4}), market.Check{Status: market.CheckPassed}))
	must(d.SetCursor(1234))
	must(d.Close())

	// A restarted node reads back exactly what it recorded.
	d, err = OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if n, err := d.Cursor(); err != nil || n != 1234 {
		t.Fatalf("cursor %d (%v)", n, err)
	}
	var v market.SolverView
	must(d.SolverRecords(&v))
	want := market.SolverView{
		Bids: map[uint64]bool{3: true}, Skipped: map[uint64]bool{4: true},
		Quotes:    map[uint64]market.Quote{3: {Seconds: 12.5, Cost: big.NewInt(50), Price: big.NewInt(70)}},
		Runs:      map[market.RunKey]market.Run{k: {Status: market.RunTrained, TraceRoot: commit.Hash{1}, StateRoot: commit.Hash{2}}},
		Committed: map[market.RunKey]bool{k: true}, Finalized: map[[3]uint64]bool{{3, 1, 0}: true, {3, 2, 4}: true},
	}
	if !reflect.DeepEqual(v, want) {
		t.Fatalf("records\n%+v\nwant\n%+v", v, want)
	}
	var reason string
	if ok, err := d.Get(TableSkipped, JobKey(4), &reason); !ok || err != nil || reason != "below cost" {
		t.Fatalf("get: %q %v %v", reason, ok, err)
	}
	must(d.Delete(TableSkipped, JobKey(4)))
	if ok, err := d.Get(TableSkipped, JobKey(4), &reason); ok || err != nil {
		t.Fatalf("after delete: %v %v", ok, err)
	}
}

func TestDBRefuses(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "node.db")
	d, err := OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	// A second node on the same data directory.
	if _, err := OpenDB(path); !errors.Is(err, ErrInUse) {
		t.Fatalf("second open: %v", err)
	}
	// A record that does not decode is an error naming it, not a zero value.
	if err := d.Put(TableQuotes, JobKey(9), "not a quote"); err != nil {
		t.Fatal(err)
	}
	var v market.SolverView
	if err := d.SolverRecords(&v); err == nil || !strings.Contains(err.Error(), "quotes/") {
		t.Fatalf("undecodable quote: %v", err)
	}
	if err := d.Put(TableQuotes, JobKey(9), map[string]any{"Seconds": 1}); err != nil {
		t.Fatal(err)
	}
	if err := d.SolverRecords(&v); err == nil || !strings.Contains(err.Error(), "without a cost") {
		t.Fatalf("quote without a cost: %v", err)
	}
	if err := d.Put(TableRuns, "garbage", market.Run{}); err != nil {
		t.Fatal(err)
	}
	if err := d.Delete(TableQuotes, JobKey(9)); err != nil {
		t.Fatal(err)
	}
	if err := d.SolverRecords(&v); err == nil || !strings.Contains(err.Error(), "bad run key") {
		t.Fatalf("bad run key: %v", err)
	}
	d.Close()

	// Not a database at all, or one of another version.
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a bbolt file ", 512)), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenDB(junk); err == nil {
		t.Fatal("a junk file opened as a database")
	}
}

func TestRunKeys(t *testing.T) {
	for _, k := range []market.RunKey{{}, {Job: 1<<64 - 1, Shard: 999_999, Attempt: 65_535}, {Job: 7, Shard: 3, Attempt: 1}, {Job: 7, Shard: 3, Attempt: 1, Round: 4095}} {
		got, err := ParseRunKey(RunKey(k))
		if err != nil || got != k {
			t.Fatalf("%+v → %q → %+v (%v)", k, RunKey(k), got, err)
		}
	}
	for _, bad := range []string{"", "1/2/3", "00000000000000000001/000002", "0000000000000000000x/000002/000003",
		"00000000000000000001/000002/000003/000000", "00000000000000000001/000002/000003/00001", "00000000000000000001/000002/000003/000004/000005"} {
		if _, err := ParseRunKey(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
	if JobKey(2) > JobKey(10) {
		t.Fatal("job keys do not sort by job")
	}
}

func TestDBVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	d, err := OpenDB(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.b.Update(func(tx *bolt.Tx) error { return tx.Bucket(metaBucket).Put([]byte("version"), []byte("2")) }); err != nil {
		t.Fatal(err)
	}
	d.Close()
	if _, err := OpenDB(path); err == nil || !strings.Contains(err.Error(), "version") {
		t.Fatalf("a database of another version: %v", err)
	}
}
