package node

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"veritrain/internal/commit"
	"veritrain/internal/market"
	"veritrain/internal/p2p"
	"veritrain/internal/spec"
	"veritrain/internal/store"
	"veritrain/internal/train"
)

const testPeer = "12D3KooWCtrFUnCpa17bWMrQoWYC1vWdQbrPEv9idwjVqYrENHDE"

func TestDecodeCommit(t *testing.T) {
	cm, tr := commit.Keccak256([]byte("c")), commit.Keccak256([]byte("t"))
	for _, k := range []market.RunKey{{Shard: 3, Attempt: 2}, {Shard: 1, Attempt: 1, Round: 5}, {Shard: 0, Attempt: 9, Round: 4095}} {
		got, gotCM, gotTR, err := DecodeCommit(EncodeCommit(k, cm, tr))
		if err != nil || got != k || gotCM != cm || gotTR != tr {
			t.Fatalf("round trip of %+v: %+v %v %v %v", k, got, gotCM, gotTR, err)
		}
	}
	rk := func(s, a, r int) market.RunKey { return market.RunKey{Shard: s, Attempt: a, Round: r} }
	good := EncodeCommit(rk(0, 1, 0), cm, tr)
	withRound := EncodeCommit(rk(0, 1, 2), cm, tr)
	for name, b := range map[string][]byte{
		"empty":          nil,
		"short":          good[:len(good)-1],
		"long":           append(append([]byte(nil), good...), 0),
		"round short":    withRound[:len(withRound)-1],
		"round long":     append(append([]byte(nil), withRound...), 0),
		"round 0":        append(append([]byte(nil), good...), 0, 0, 0, 0),
		"round 4096":     EncodeCommit(rk(0, 1, 4096), cm, tr),
		"attempt 0":      EncodeCommit(rk(0, 0, 0), cm, tr),
		"shard 2^16":     EncodeCommit(rk(1<<16, 1, 0), cm, tr),
		"attempt 2^16":   EncodeCommit(rk(0, 1<<16, 0), cm, tr),
		"attempt 2^32-1": EncodeCommit(rk(0, 1<<32-1, 0), cm, tr),
	} {
		if _, _, _, err := DecodeCommit(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestDecodePeer(t *testing.T) {
	good := "/ip4/127.0.0.1/tcp/4001/p2p/" + testPeer
	if a, err := DecodePeer([]byte(good+"\n/ip6/::1/tcp/4001/p2p/"+testPeer), testPeer); err != nil || len(a) != 2 {
		t.Fatalf("%v %v", a, err)
	}
	for name, b := range map[string]string{
		"empty":           "",
		"not a multiaddr": "hello",
		"another peer":    "/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWKgZFrLwTqi3GPN8mxohA8ju6y9sLBwVEpo3LwC49vkVz",
		"no peer id":      "/ip4/127.0.0.1/tcp/4001",
		"trailing line":   good + "\n",
		"too many":        strings.Repeat(good+"\n", maxPeerAddrs) + good,
	} {
		if _, err := DecodePeer([]byte(b), testPeer); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzDecodeCommit(f *testing.F) {
	f.Add(EncodeCommit(market.RunKey{Attempt: 1}, commit.Hash{1}, commit.Hash{2}))
	f.Add(EncodeCommit(market.RunKey{Attempt: 1, Round: 3}, commit.Hash{1}, commit.Hash{2}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		k, cm, tr, err := DecodeCommit(b)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeCommit(k, cm, tr), b) {
			t.Fatalf("accepted %x does not re-encode to itself", b)
		}
	})
}

func FuzzDecodePeer(f *testing.F) {
	f.Add([]byte("/ip4/127.0.0.1/tcp/4001/p2p/" + testPeer))
	f.Add([]byte("/ip4/127.0.0.1/tcp/4001"))
	f.Fuzz(func(t *testing.T, b []byte) {
		addrs, err := DecodePeer(b, testPeer)
		if err != nil {
			return
		}
		if len(addrs) == 0 || len(addrs) > maxPeerAddrs {
			t.Fatalf("accepted %d addresses", len(addrs))
		}
		for _, a := range addrs {
			if !strings.HasSuffix(a, "/p2p/"+testPeer) {
				t.Fatalf("accepted %q, not an address of the sender", a)
			}
		}
	})
}

// TestNetDropsBadAnnouncements: malformed announcements from a peer are dropped with a log line
// naming the peer, and change nothing the node knows.
func TestNetDropsBadAnnouncements(t *testing.T) {
	dir := t.TempDir()
	blobs := &store.Blobs{Dir: filepath.Join(dir, "blobs")}
	host, err := p2p.New(context.Background(), p2p.Config{DataDir: dir, Store: blobs})
	if err != nil {
		t.Fatal(err)
	}
	defer host.Close()
	var logs bytes.Buffer
	n, err := NewNet(host, blobs, dir, slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	from, err := peer.Decode(testPeer)
	if err != nil {
		t.Fatal(err)
	}
	bad := []p2p.Envelope{
		{Kind: p2p.KindJob, JobID: 1, Payload: []byte("short")},
		{Kind: p2p.KindCommit, JobID: 1, Payload: make([]byte, commitPayload-1)},
		{Kind: p2p.KindCommit, JobID: 1, Payload: EncodeCommit(market.RunKey{}, commit.Hash{}, commit.Hash{})},
		{Kind: p2p.KindPeer, Payload: []byte("/ip4/127.0.0.1/tcp/1/p2p/12D3KooWKgZFrLwTqi3GPN8mxohA8ju6y9sLBwVEpo3LwC49vkVz")},
		{Kind: p2p.KindPeer, Payload: []byte("garbage")},
		{Kind: p2p.KindRound, JobID: 1, Payload: nil},
		{Kind: p2p.KindRound, JobID: 1, Payload: EncodeRound(0, 0, commit.Hash{}, commit.Hash{1})},
		{Kind: p2p.KindRound, JobID: 1, Payload: EncodeRound(1<<16, 0, commit.Hash{1}, commit.Hash{1})},
	}
	for _, e := range bad {
		n.receive(context.Background(), p2p.Message{Envelope: e, From: from, Received: from})
	}
	if got := strings.Count(logs.String(), "dropped a"); got != len(bad) {
		t.Fatalf("%d of %d bad announcements logged as dropped:\n%s", got, len(bad), logs.String())
	}
	if !strings.Contains(logs.String(), testPeer) {
		t.Fatal("the log lines do not name the peer")
	}
	if len(n.specs) != 0 || len(n.commits) != 0 || len(n.rounds) != 0 {
		t.Fatalf("bad announcements were recorded: %v %v %v", n.specs, n.commits, n.rounds)
	}
	// A good one is recorded.
	n.receive(context.Background(), p2p.Message{Envelope: p2p.Envelope{Kind: p2p.KindCommit, JobID: 1,
		Payload: EncodeCommit(market.RunKey{Attempt: 1}, commit.Hash{1}, commit.Hash{2})}, From: from, Received: from})
	if len(n.commits) != 1 {
		t.Fatal("a good announcement was not recorded")
	}
}

func TestDecodeProgress(t *testing.T) {
	p := Progress{Step: 120, Steps: 2400, Loss: 0.25}
	s, a, got, err := DecodeProgress(EncodeProgress(2, 3, p))
	if err != nil || s != 2 || a != 3 || got != p {
		t.Fatalf("round trip: %d %d %+v %v", s, a, got, err)
	}
	good := EncodeProgress(0, 1, p)
	for name, b := range map[string][]byte{
		"short":           good[:len(good)-1],
		"long":            append(append([]byte(nil), good...), 0),
		"attempt 0":       EncodeProgress(0, 0, p),
		"step past steps": EncodeProgress(0, 1, Progress{Step: 3, Steps: 2}),
		"steps 2^31":      EncodeProgress(0, 1, Progress{Step: 1, Steps: 1 << 31}),
	} {
		if _, _, _, err := DecodeProgress(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzDecodeProgress(f *testing.F) {
	f.Add(EncodeProgress(0, 1, Progress{Step: 1, Steps: 2, Loss: 1}))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, a, p, err := DecodeProgress(b)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeProgress(s, a, p), b) {
			t.Fatalf("accepted %x does not re-encode to itself", b)
		}
	})
}

// testNet starts a host and its Net in a new directory.
func testNet(t *testing.T, ctx context.Context) *Net {
	t.Helper()
	n, stop, err := StartNet(ctx, t.TempDir(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return n
}

// TestSpecWithFilesOverTheNetwork: a spec naming a text corpus travels with it: the submitter
// puts the spec, the corpus and a manifest into its store and announces them; a solver's
// Net.Spec fetches all three, lays the corpus out where the spec names it, and the job loads to
// the same data root. A manifest that does not list the spec's files is refused.
func TestSpecWithFilesOverTheNetwork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	job := smallJob(t, t.TempDir())
	raw, err := os.ReadFile(filepath.Join(job.Dir, "job.toml"))
	if err != nil {
		t.Fatal(err)
	}
	sub, sol := testNet(t, ctx), testNet(t, ctx)
	mf, err := PutSpec(sub.Blobs, job, raw)
	if err != nil || mf == (commit.Hash{}) {
		t.Fatalf("manifest %v, %v", mf, err)
	}
	if err := sol.Host.Connect(ctx, sub.Host.Addrs()...); err != nil {
		t.Fatal(err)
	}
	sub.AnnounceJob(1, job.Hash, mf)
	got, err := sol.Spec(ctx, job.Hash)
	if err != nil {
		t.Fatal(err)
	}
	want := dataRootOf(t, job)
	if r := dataRootOf(t, got); r != want {
		t.Fatalf("the fetched job's data root %v, the submitter's %v", r, want)
	}

	// A manifest for another file set.
	bad, err := sub.Blobs.Put([]byte(`{"files":{"data/other.txt":"` + want.String() + `"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeManifest(mustGet(t, sub.Blobs, bad), job); err == nil {
		t.Fatal("a manifest of other files was accepted")
	}
	for _, b := range []string{`{"files":{}}`, `{"files":{"data/opticks.txt":"0x00"}}`, `{"files":{"data/opticks.txt":"` + want.String() + `"},"x":1}`, `[]`} {
		if _, err := DecodeManifest([]byte(b), job); err == nil {
			t.Errorf("manifest %s accepted", b)
		}
	}
	// A spec naming a file outside its directory cannot travel.
	escaped := *job
	escaped.Data.Path = "../corpus.txt"
	if _, err := SpecFiles(&escaped); err == nil {
		t.Error("a path outside the spec's directory was accepted")
	}
}

func dataRootOf(t *testing.T, job *spec.Job) commit.Hash {
	t.Helper()
	ds, err := train.LoadData(job)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := train.New(job, ds)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	return tr.DataRoot()
}

func mustGet(t *testing.T, b *store.Blobs, h commit.Hash) []byte {
	t.Helper()
	data, err := b.Get(h)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func FuzzDecodeManifest(f *testing.F) {
	job := &spec.Job{Data: spec.Data{Dataset: "text", Path: "data/corpus.txt"}, Init: spec.Init{Weights: "w.safetensors"}}
	f.Add([]byte(`{"files":{"data/corpus.txt":"0x` + strings.Repeat("ab", 32) + `","w.safetensors":"0x` + strings.Repeat("cd", 32) + `"}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := DecodeManifest(b, job)
		if err != nil {
			return
		}
		if len(m.Files) != 2 {
			t.Fatalf("accepted a manifest of %d files for a spec naming 2", len(m.Files))
		}
		for _, name := range []string{"data/corpus.txt", "w.safetensors"} {
			if _, ok := m.Files[name]; !ok {
				t.Fatalf("accepted a manifest without %s", name)
			}
		}
	})
}

// TestForgetClosedJobs: a node stops announcing, and forgets what it heard of, a job that has
// been closed (or never existed) for forgetAfter; an open job, or one whose state cannot be
// read, is kept.
func TestForgetClosedJobs(t *testing.T) {
	ctx := context.Background()
	n := testNet(t, ctx)
	from, err := peer.Decode(testPeer)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []uint64{1, 2, 3} {
		n.AnnounceJob(id, commit.Hash{byte(id)}, commit.Hash{})
		n.AnnounceProgress(market.RunKey{Job: id, Attempt: 1}, Progress{Step: 1, Steps: 2})
		n.receive(ctx, p2p.Message{Envelope: p2p.Envelope{Kind: p2p.KindCommit, JobID: id,
			Payload: EncodeCommit(market.RunKey{Attempt: 1}, commit.Hash{1}, commit.Hash{2})}, From: from, Received: from})
	}
	if got := n.KnownJobs(); !reflect.DeepEqual(got, []uint64{1, 2, 3}) {
		t.Fatalf("known jobs %v", got)
	}
	closed := func(id uint64) (bool, error) {
		switch id {
		case 1:
			return true, nil
		case 3:
			return false, errors.New("chain unreachable")
		}
		return false, nil
	}
	log := slog.New(slog.DiscardHandler)
	closedAt, t0 := map[uint64]time.Time{}, time.Now()
	forgetClosed(n, closedAt, t0, closed, log)
	forgetClosed(n, closedAt, t0.Add(forgetAfter-time.Second), closed, log)
	if got := n.KnownJobs(); !reflect.DeepEqual(got, []uint64{1, 2, 3}) {
		t.Fatalf("forgotten before the grace period: %v", got)
	}
	forgetClosed(n, closedAt, t0.Add(forgetAfter), closed, log)
	if got := n.KnownJobs(); !reflect.DeepEqual(got, []uint64{2, 3}) {
		t.Fatalf("known jobs after the grace period %v, want [2 3]", got)
	}
	n.mu.Lock()
	for k, e := range n.mine {
		if e.JobID == 1 && e.Kind != p2p.KindPeer {
			t.Errorf("still announcing %s of job 1", k)
		}
	}
	_, peerKept := n.mine["peer"]
	n.mu.Unlock()
	if !peerKept {
		t.Error("the peer announcement was dropped")
	}
	if len(closedAt) != 0 {
		t.Errorf("closedAt %v after forgetting", closedAt)
	}
}

// The dashboard's curves: every progress report in step order (a repeat or a rewind is not
// kept, heard or made alike), the node's own evaluations, and both forgotten with the job.
func TestProgressAndEvalHistory(t *testing.T) {
	ctx := context.Background()
	n := testNet(t, ctx)
	from, err := peer.Decode(testPeer)
	if err != nil {
		t.Fatal(err)
	}
	k := market.RunKey{Job: 7, Shard: 1, Attempt: 2}
	n.AnnounceProgress(k, Progress{Step: 10, Steps: 100, Loss: 2})
	for _, p := range []Progress{{Step: 20, Steps: 100, Loss: 1.5}, {Step: 20, Steps: 100, Loss: 9}, {Step: 5, Steps: 100, Loss: 9}} {
		n.receive(ctx, p2p.Message{Envelope: p2p.Envelope{Kind: p2p.KindProgress, JobID: 7, Payload: EncodeProgress(1, 2, p)}, From: from, Received: from})
	}
	n.RecordEval(k, 20, 1.25, 0.5)
	h := n.ProgressHistory(7)[k]
	if len(h) != 2 || h[0].Step != 10 || h[1].Step != 20 || h[1].Loss != 1.5 {
		t.Fatalf("history %+v", h)
	}
	if e := n.EvalHistory(7)[k]; len(e) != 1 || e[0] != (EvalReport{Step: 20, Loss: 1.25, Accuracy: 0.5}) {
		t.Fatalf("evaluations %+v", e)
	}
	if len(n.ProgressHistory(8)) != 0 {
		t.Fatal("another job's history")
	}
	n.ForgetJob(7)
	if len(n.ProgressHistory(7)) != 0 || len(n.EvalHistory(7)) != 0 {
		t.Fatal("a forgotten job's curves are kept")
	}
}
