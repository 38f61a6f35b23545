package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/market"
	"veritrain/internal/p2p"
	"veritrain/internal/spec"
	"veritrain/internal/store"
	"veritrain/internal/train"
)

const testPeer = "12D3KooWCtrFUnCpa17bWMrQoWYC1vWdQbrPEv9idwjVqYrENHDE"

// testKey is the signing key of the test solver, testLiar another account's.
var (
	testKey  = key("net solver")
	testLiar = key("net liar")
)

func addr(k *ecdsa.PrivateKey) market.Address {
	return market.Address(crypto.PubkeyToAddress(k.PublicKey))
}

// signedCommit is EncodeCommit's payload, failing t on an error.
func signedCommit(t testing.TB, k market.RunKey, cm, tr commit.Hash, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	b, err := EncodeCommit(k, cm, tr, key)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// signedProgress is EncodeProgress's payload, failing t on an error.
func signedProgress(t testing.TB, k market.RunKey, p Progress, key *ecdsa.PrivateKey) []byte {
	t.Helper()
	b, err := EncodeProgress(k, p, key)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodeCommit(t *testing.T) {
	cm, tr := commit.Keccak256([]byte("c")), commit.Keccak256([]byte("t"))
	for _, k := range []market.RunKey{{Job: 1, Shard: 3, Attempt: 2}, {Job: 7, Shard: 1, Attempt: 1, Round: 5}, {Shard: 0, Attempt: 9, Round: 4095}} {
		b := signedCommit(t, k, cm, tr, testKey)
		got, gotCM, gotTR, signer, err := DecodeCommit(k.Job, b)
		if err != nil || got != k || gotCM != cm || gotTR != tr || signer != addr(testKey) {
			t.Fatalf("round trip of %+v: %+v %v %v %x %v", k, got, gotCM, gotTR, signer, err)
		}
	}
	rk := func(s, a, r int) market.RunKey { return market.RunKey{Job: 1, Shard: s, Attempt: a, Round: r} }
	good := signedCommit(t, rk(0, 1, 0), cm, tr, testKey)
	withRound := signedCommit(t, rk(0, 1, 2), cm, tr, testKey)
	for name, b := range map[string][]byte{
		"empty":          nil,
		"short":          good[:len(good)-1],
		"long":           append(append([]byte(nil), good...), 0),
		"unsigned":       good[:commitFields],
		"round short":    withRound[:len(withRound)-1],
		"round long":     append(append([]byte(nil), withRound...), 0),
		"round 0":        append(append(append([]byte(nil), good[:commitFields]...), 0, 0, 0, 0), good[commitFields:]...),
		"round 4096":     signedCommit(t, rk(0, 1, 4096), cm, tr, testKey),
		"attempt 0":      signedCommit(t, rk(0, 0, 0), cm, tr, testKey),
		"shard 2^16":     signedCommit(t, rk(1<<16, 1, 0), cm, tr, testKey),
		"attempt 2^16":   signedCommit(t, rk(0, 1<<16, 0), cm, tr, testKey),
		"attempt 2^32-1": signedCommit(t, rk(0, 1<<32-1, 0), cm, tr, testKey),
	} {
		if _, _, _, _, err := DecodeCommit(1, b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	badSignatures(t, good, func(b []byte) (market.Address, error) {
		_, _, _, signer, err := DecodeCommit(1, b)
		return signer, err
	})
}

// badSignatures checks a decoder of signed payloads (decode, which returns the signer) on good,
// signed by testKey for job 1: a malformed signature is an error; an altered payload, or the
// payload of another job, names another signer than testKey's (ECDSA recovery finds a key for
// any well-formed signature: the receiver then keeps it under that key, never the solver's).
func badSignatures(t *testing.T, good []byte, decode func([]byte) (market.Address, error)) {
	t.Helper()
	if signer, err := decode(good); err != nil || signer != addr(testKey) {
		t.Fatalf("the good payload: signer %x, %v", signer, err)
	}
	sig := len(good) - sigSize
	set := func(i int, v byte) []byte {
		b := bytes.Clone(good)
		b[i] = v
		return b
	}
	highS := bytes.Clone(good) // s → n - s, v flipped: the same signature, malleated
	n := crypto.S256().Params().N
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(good[sig+32:sig+64]))
	s.FillBytes(highS[sig+32 : sig+64])
	highS[sig+64] ^= 1
	for name, b := range map[string][]byte{
		"v 2":      set(sig+64, 2),
		"v 27":     set(sig+64, 27),
		"r 0":      append(append(bytes.Clone(good[:sig]), make([]byte, 32)...), good[sig+32:]...),
		"s 0":      append(append(bytes.Clone(good[:sig+32]), make([]byte, 32)...), good[sig+64]),
		"r ≥ n":    append(append(bytes.Clone(good[:sig]), bytes.Repeat([]byte{0xff}, 32)...), good[sig+32:]...),
		"s high":   highS,
		"all zero": append(bytes.Clone(good[:sig]), make([]byte, sigSize)...),
	} {
		if signer, err := decode(b); err == nil {
			t.Errorf("%s: accepted, signer %x", name, signer)
		}
	}
	for name, b := range map[string][]byte{
		"shard altered":     set(3, good[3]^1),
		"field altered":     set(sig-1, good[sig-1]^1),
		"signature altered": set(sig+5, good[sig+5]^1),
	} {
		if signer, err := decode(b); err == nil && signer == addr(testKey) {
			t.Errorf("%s: still the solver's", name)
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

// FuzzDecodeCommit: an accepted payload is its fields re-encoded and a signature; signed by
// testKey it is exactly what testKey signs (one signature per message); the signature binds the
// job.
func FuzzDecodeCommit(f *testing.F) {
	f.Add(uint64(1), signedCommit(f, market.RunKey{Job: 1, Attempt: 1}, commit.Hash{1}, commit.Hash{2}, testKey))
	f.Add(uint64(2), signedCommit(f, market.RunKey{Job: 2, Attempt: 1, Round: 3}, commit.Hash{1}, commit.Hash{2}, testKey))
	f.Add(uint64(1), signedCommit(f, market.RunKey{Job: 1, Shard: 5, Attempt: 2}, commit.Hash{3}, commit.Hash{4}, testLiar))
	f.Add(uint64(0), []byte{})
	f.Fuzz(func(t *testing.T, job uint64, b []byte) {
		k, cm, tr, signer, err := DecodeCommit(job, b)
		if err != nil {
			return
		}
		if k.Job != job || !bytes.Equal(commitFieldBytes(k, cm, tr), b[:len(b)-sigSize]) {
			t.Fatalf("accepted %x of job %d does not re-encode to itself: %+v", b, job, k)
		}
		if signer == addr(testKey) && !bytes.Equal(signedCommit(t, k, cm, tr, testKey), b) {
			t.Fatalf("accepted %x, signed by the test key, is not what it signs", b)
		}
		if _, _, _, other, err := DecodeCommit(job+1, b); err == nil && other == signer {
			t.Fatalf("accepted %x with the same signer for jobs %d and %d", b, job, job+1)
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
	good := signedCommit(t, market.RunKey{Job: 1, Attempt: 1}, commit.Hash{1}, commit.Hash{2}, testKey)
	badSig := bytes.Clone(good)
	badSig[len(badSig)-1] = 2 // v
	bad := []p2p.Envelope{
		{Kind: p2p.KindJob, JobID: 1, Payload: []byte("short")},
		{Kind: p2p.KindCommit, JobID: 1, Payload: make([]byte, commitPayload-1)},
		{Kind: p2p.KindCommit, JobID: 1, Payload: signedCommit(t, market.RunKey{Job: 1}, commit.Hash{}, commit.Hash{}, testKey)},
		{Kind: p2p.KindCommit, JobID: 1, Payload: good[:commitFields]}, // unsigned
		{Kind: p2p.KindCommit, JobID: 1, Payload: badSig},
		{Kind: p2p.KindProgress, JobID: 1, Payload: signedProgress(t, market.RunKey{Job: 1, Attempt: 1}, Progress{Step: 1, Steps: 2}, testKey)[:progressFields]},
		{Kind: p2p.KindProgress, JobID: 1, Payload: append(signedProgress(t, market.RunKey{Job: 1, Attempt: 1}, Progress{Step: 1, Steps: 2}, testKey)[:progressFields], make([]byte, sigSize)...)},
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
	if len(n.specs) != 0 || len(n.commits) != 0 || len(n.rounds) != 0 || len(n.progress) != 0 {
		t.Fatalf("bad announcements were recorded: %v %v %v %v", n.specs, n.commits, n.rounds, n.progress)
	}
	// A good one is recorded, with its signer.
	n.receive(context.Background(), p2p.Message{Envelope: p2p.Envelope{Kind: p2p.KindCommit, JobID: 1, Payload: good}, From: from, Received: from})
	if c := n.commits[market.RunKey{Job: 1, Attempt: 1}]; len(c) != 1 || c[0].Signer != addr(testKey) {
		t.Fatalf("a good announcement was not recorded with its signer: %+v", c)
	}
}

func TestDecodeProgress(t *testing.T) {
	p := Progress{Step: 120, Steps: 2400, Loss: 0.25}
	k := market.RunKey{Job: 9, Shard: 2, Attempt: 3}
	got, gotP, signer, err := DecodeProgress(9, signedProgress(t, k, p, testKey))
	if err != nil || got != k || gotP != p || signer != addr(testKey) {
		t.Fatalf("round trip: %+v %+v %x %v", got, gotP, signer, err)
	}
	rk := func(s, a int) market.RunKey { return market.RunKey{Job: 1, Shard: s, Attempt: a} }
	good := signedProgress(t, rk(0, 1), p, testKey)
	for name, b := range map[string][]byte{
		"short":           good[:len(good)-1],
		"long":            append(append([]byte(nil), good...), 0),
		"unsigned":        good[:progressFields],
		"attempt 0":       signedProgress(t, rk(0, 0), p, testKey),
		"step past steps": signedProgress(t, rk(0, 1), Progress{Step: 3, Steps: 2}, testKey),
		"steps 2^31":      signedProgress(t, rk(0, 1), Progress{Step: 1, Steps: 1 << 31}, testKey),
	} {
		if _, _, _, err := DecodeProgress(1, b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	badSignatures(t, good, func(b []byte) (market.Address, error) {
		_, _, signer, err := DecodeProgress(1, b)
		return signer, err
	})
	if _, err := EncodeProgress(k, p, nil); err == nil {
		t.Error("signed without a key")
	}
}

// FuzzDecodeProgress: as FuzzDecodeCommit.
func FuzzDecodeProgress(f *testing.F) {
	f.Add(uint64(1), signedProgress(f, market.RunKey{Job: 1, Attempt: 1}, Progress{Step: 1, Steps: 2, Loss: 1}, testKey))
	f.Add(uint64(3), signedProgress(f, market.RunKey{Job: 3, Shard: 2, Attempt: 4}, Progress{Step: 7, Steps: 7, Loss: float32(math.NaN())}, testLiar))
	f.Fuzz(func(t *testing.T, job uint64, b []byte) {
		k, p, signer, err := DecodeProgress(job, b)
		if err != nil {
			return
		}
		if k.Job != job || k.Round != 0 || !bytes.Equal(progressFieldBytes(k.Shard, k.Attempt, p), b[:progressFields]) {
			t.Fatalf("accepted %x of job %d does not re-encode to itself: %+v", b, job, k)
		}
		if signer == addr(testKey) && !bytes.Equal(signedProgress(t, k, p, testKey), b) {
			t.Fatalf("accepted %x, signed by the test key, is not what it signs", b)
		}
		if _, _, other, err := DecodeProgress(job+1, b); err == nil && other == signer {
			t.Fatalf("accepted %x with the same signer for jobs %d and %d", b, job, job+1)
		}
	})
}

// testNet starts a host and its Net in a new directory, signing with a fresh key.
func testNet(t *testing.T, ctx context.Context) *Net {
	t.Helper()
	n, stop, err := StartNet(ctx, t.TempDir(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	n.SetSigner(k)
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
			Payload: signedCommit(t, market.RunKey{Job: id, Attempt: 1}, commit.Hash{1}, commit.Hash{2}, testKey)}, From: from, Received: from})
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

// The dashboard's curves: every progress report of the attempt's solver in step order (a repeat
// or a rewind is not kept, heard or made alike), the node's own evaluations, and both forgotten
// with the job.
func TestProgressAndEvalHistory(t *testing.T) {
	ctx := context.Background()
	n := testNet(t, ctx)
	n.SetSigner(testKey) // the solver of k
	from, err := peer.Decode(testPeer)
	if err != nil {
		t.Fatal(err)
	}
	k := market.RunKey{Job: 7, Shard: 1, Attempt: 2}
	n.NoteSolver(k, addr(testKey))
	n.AnnounceProgress(k, Progress{Step: 10, Steps: 100, Loss: 2})
	for _, p := range []Progress{{Step: 20, Steps: 100, Loss: 1.5}, {Step: 20, Steps: 100, Loss: 9}, {Step: 5, Steps: 100, Loss: 9}} {
		n.receive(ctx, p2p.Message{Envelope: p2p.Envelope{Kind: p2p.KindProgress, JobID: 7, Payload: signedProgress(t, k, p, testKey)}, From: from, Received: from})
	}
	n.RecordEval(k, 20, 1.25, 0.5)
	h := n.ProgressHistory(7)[k]
	if len(h) != 2 || h[0].Step != 10 || h[1].Step != 20 || h[1].Loss != 1.5 {
		t.Fatalf("history %+v", h)
	}
	if p := n.ProgressOf(7)[k]; p != (Progress{Step: 20, Steps: 100, Loss: 9}) {
		t.Fatalf("latest %+v, want the last report at the furthest step", p)
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

// TestProgressOnlyFromTheSolver (docs/adversaries.md, hole 5): the progress shown of an attempt
// is what its solver signed, as the chain names it. Well-formed reports signed by another key
// (further on, or a flood of keys), an altered report of the solver's, or a replay of one of its
// earlier reports change nothing shown.
func TestProgressOnlyFromTheSolver(t *testing.T) {
	ctx := context.Background()
	n := testNet(t, ctx)
	from, err := peer.Decode(testPeer)
	if err != nil {
		t.Fatal(err)
	}
	hear := func(k market.RunKey, p Progress, key *ecdsa.PrivateKey) {
		n.receive(ctx, p2p.Message{Envelope: p2p.Envelope{Kind: p2p.KindProgress, JobID: k.Job, Payload: signedProgress(t, k, p, key)}, From: from, Received: from})
	}
	k := market.RunKey{Job: 3, Shard: 1, Attempt: 2}
	hear(k, Progress{Step: 10, Steps: 100, Loss: 2}, testKey)
	hear(k, Progress{Step: 50, Steps: 100, Loss: 0.01}, testLiar)
	if p := n.ProgressOf(3); len(p) != 0 {
		t.Fatalf("progress shown before the node knows the solver: %+v", p)
	}
	n.NoteSolver(k, addr(testKey))
	hear(k, Progress{Step: 20, Steps: 100, Loss: 1.5}, testKey)
	wantLast, wantHistory := Progress{Step: 20, Steps: 100, Loss: 1.5}, []Progress{{Step: 10, Steps: 100, Loss: 2}, {Step: 20, Steps: 100, Loss: 1.5}}
	unchanged := func(what string) {
		t.Helper()
		if p := n.ProgressOf(3); len(p) != 1 || p[k] != wantLast {
			t.Fatalf("%s: progress shown %+v, want %+v", what, p, wantLast)
		}
		if h := n.ProgressHistory(3); len(h) != 1 || !reflect.DeepEqual(h[k], wantHistory) {
			t.Fatalf("%s: history shown %+v, want %+v", what, h, wantHistory)
		}
		n.mu.Lock()
		defer n.mu.Unlock()
		if bs := n.progress[k]; len(bs) != 1 || bs[0].Signer != addr(testKey) {
			t.Fatalf("%s: reports kept of %d signers", what, len(bs))
		}
	}
	unchanged("the solver's reports")
	hear(k, Progress{Step: 99, Steps: 100, Loss: 0.001}, testLiar)
	hear(k, Progress{Step: 30, Steps: 100, Loss: 1}, testLiar)
	unchanged("another key's reports")
	for range 2 * maxSigners {
		liar, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		hear(k, Progress{Step: 100, Steps: 100, Loss: 0}, liar)
	}
	unchanged("a flood of keys")
	altered := signedProgress(t, k, Progress{Step: 30, Steps: 100, Loss: 1}, testKey)
	altered[11] = 90 // step 90
	n.receive(ctx, p2p.Message{Envelope: p2p.Envelope{Kind: p2p.KindProgress, JobID: 3, Payload: altered}, From: from, Received: from})
	unchanged("an altered report")
	hear(k, Progress{Step: 10, Steps: 100, Loss: 2}, testKey)
	unchanged("a replayed report")
	// The solver goes on.
	hear(k, Progress{Step: 30, Steps: 100, Loss: 1}, testKey)
	wantLast, wantHistory = Progress{Step: 30, Steps: 100, Loss: 1}, append(wantHistory, Progress{Step: 30, Steps: 100, Loss: 1})
	unchanged("the solver's next report")

	// Before the solver is known, the signers kept are bounded (the one heard last first): a
	// flood evicts the solver's reports, which are back at its next (solvers repeat them).
	k2 := market.RunKey{Job: 3, Shard: 0, Attempt: 1}
	hear(k2, Progress{Step: 1, Steps: 100, Loss: 3}, testKey)
	for range 2 * maxSigners {
		liar, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		hear(k2, Progress{Step: 100, Steps: 100, Loss: 0}, liar)
	}
	n.mu.Lock()
	kept := len(n.progress[k2])
	n.mu.Unlock()
	if kept != maxSigners {
		t.Fatalf("reports of %d signers kept, want %d", kept, maxSigners)
	}
	n.NoteSolver(k2, addr(testKey))
	if p, ok := n.ProgressOf(3)[k2]; ok {
		t.Fatalf("another key's report shown: %+v", p)
	}
	hear(k2, Progress{Step: 2, Steps: 100, Loss: 2.5}, testKey)
	if p := n.ProgressOf(3)[k2]; p != (Progress{Step: 2, Steps: 100, Loss: 2.5}) {
		t.Fatalf("the solver's report after a flood: %+v", p)
	}
}

// TestNetFollowsSolvers: a node following the market's assignments (as node.Run does) knows
// an attempt's solver as soon as the shard is assigned, and keeps no other key's progress or
// commit announcements of it.
func TestNetFollowsSolvers(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	tc := newTestChain(t, "submitter", "solver")
	tc.fund(ctx, nil, "submitter")
	tc.fund(ctx, tok(100), "solver")
	dir := t.TempDir()
	job := smallJob(t, dir)
	id := tc.postJob(ctx, dir, job, contracts.JobMarketJobParams{Shards: 1, BiddingPeriod: 3600, TrainingPeriod: 86400,
		ChallengeWindow: 3600, Budget: tok(100), StakePerShard: tok(10), VerifierFee: tok(1)})
	sol := tc.clients["solver"]
	must(t)(sol.Bid(ctx, id, tok(1)))
	tc.advance(time.Hour)
	must(t)(sol.FinalizeAuction(ctx, id))

	n := testNet(t, ctx)
	go n.FollowSolvers(ctx, tc.clients["submitter"], 20*time.Millisecond)
	k := market.RunKey{Job: id.Uint64(), Shard: 0, Attempt: 1}
	solver := market.Address(sol.Address())
	for {
		n.mu.Lock()
		s, ok := n.solvers[k]
		n.mu.Unlock()
		if ok {
			if s != solver {
				t.Fatalf("solver %x, the chain's %x", s, solver)
			}
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("the assignment was not followed")
		case <-time.After(20 * time.Millisecond):
		}
	}
	from, err := peer.Decode(testPeer)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []p2p.Envelope{
		{Kind: p2p.KindProgress, JobID: k.Job, Payload: signedProgress(t, k, Progress{Step: 6, Steps: 6}, testLiar)},
		{Kind: p2p.KindCommit, JobID: k.Job, Payload: signedCommit(t, k, commit.Hash{1}, commit.Hash{2}, testLiar)},
		{Kind: p2p.KindProgress, JobID: k.Job, Payload: signedProgress(t, k, Progress{Step: 1, Steps: 6, Loss: 4}, key("solver"))},
	} {
		n.receive(ctx, p2p.Message{Envelope: e, From: from, Received: from})
	}
	n.mu.Lock()
	commits, progress := len(n.commits), len(n.progress[k])
	n.mu.Unlock()
	if commits != 0 || progress != 1 {
		t.Fatalf("kept %d commit announcements and the reports of %d signers, want none and the solver's", commits, progress)
	}
	if p := n.ProgressOf(k.Job)[k]; p != (Progress{Step: 1, Steps: 6, Loss: 4}) {
		t.Fatalf("progress shown %+v", p)
	}
}
