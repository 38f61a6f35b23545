package node

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"veritrain/internal/commit"
	"veritrain/internal/market"
	"veritrain/internal/p2p"
	"veritrain/internal/store"
	"veritrain/internal/train"
)

func TestDecodeRound(t *testing.T) {
	root, blob := commit.Keccak256([]byte("state")), commit.Keccak256([]byte("blob"))
	s, r, gotRoot, gotBlob, err := DecodeRound(EncodeRound(3, 7, root, blob))
	if err != nil || s != 3 || r != 7 || gotRoot != root || gotBlob != blob {
		t.Fatalf("round trip: %d %d %v %v %v", s, r, gotRoot, gotBlob, err)
	}
	good := EncodeRound(0, 0, root, blob)
	for name, b := range map[string][]byte{
		"empty":      nil,
		"short":      good[:len(good)-1],
		"long":       append(append([]byte(nil), good...), 0),
		"shard 2^16": EncodeRound(1<<16, 0, root, blob),
		"round 2^16": EncodeRound(0, 1<<16, root, blob),
		"zero root":  EncodeRound(0, 0, commit.Hash{}, blob),
		"zero blob":  EncodeRound(0, 0, root, commit.Hash{}),
	} {
		if _, _, _, _, err := DecodeRound(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzDecodeRound(f *testing.F) {
	f.Add(EncodeRound(1, 2, commit.Hash{1}, commit.Hash{2}))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, r, root, blob, err := DecodeRound(b)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeRound(s, r, root, blob), b) {
			t.Fatalf("accepted %x does not re-encode to itself", b)
		}
	})
}

// TestRoundStateOverTheNetwork: a solver publishes a shard's round state; another node fetches
// it through the announcement, checks it (the caller's check stands for loading it against the
// root on chain), and then serves and announces it itself, so that a third node gets it from
// there once the first is gone. A peer announcing a wrong blob for the same root costs a failed
// check, not the right blob; a state nobody announces is an error after the wait. (Bad payloads:
// TestNetDropsBadAnnouncements.)
func TestRoundStateOverTheNetwork(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	a, b, c := testNet(t, ctx), testNet(t, ctx), testNet(t, ctx)
	if err := b.Host.Connect(ctx, a.Host.Addrs()...); err != nil {
		t.Fatal(err)
	}
	state := []byte("the shard's state at the end of round 2")
	root := commit.Keccak256([]byte("its state root"))
	check := func(got []byte) error {
		if !bytes.Equal(got, state) {
			return errors.New("not the state committed on chain")
		}
		return nil
	}
	// A liar's blob for the same root reaches b first.
	liar, err := b.Blobs.Put([]byte("garbage"))
	if err != nil {
		t.Fatal(err)
	}
	b.heardRound(roundKey{Job: 4, Shard: 1, Round: 2, Root: root}, liar)
	if err := a.PublishRound(4, 1, 2, root, state); err != nil {
		t.Fatal(err)
	}
	if err := b.RoundState(ctx, 4, 1, 2, root, 20*time.Second, check); err != nil {
		t.Fatal(err)
	}
	// b now serves it: c, connected to b only, gets it after a's host is gone.
	a.Host.Close()
	if err := c.Host.Connect(ctx, b.Host.Addrs()...); err != nil {
		t.Fatal(err)
	}
	if err := c.RoundState(ctx, 4, 1, 2, root, 20*time.Second, check); err != nil {
		t.Fatalf("from the node that fetched it: %v", err)
	}
	// Nobody announced round 3.
	if err := c.RoundState(ctx, 4, 1, 3, root, time.Second, check); err == nil || !strings.Contains(err.Error(), "no peer announced") {
		t.Fatalf("an unannounced state: %v", err)
	}
	// Only the bad candidate: the check's error is reported.
	other := commit.Keccak256([]byte("another root"))
	b.heardRound(roundKey{Job: 4, Shard: 0, Round: 0, Root: other}, liar)
	if err := b.RoundState(ctx, 4, 0, 0, other, time.Second, check); err == nil || !strings.Contains(err.Error(), "not the state committed") {
		t.Fatalf("a wrong blob: %v", err)
	}

	// Candidates are bounded.
	k := roundKey{Job: 5, Root: root}
	for i := range 2 * maxCandidates {
		b.heardRound(k, commit.Hash{byte(i + 1)})
	}
	if n := len(b.rounds[k]); n != maxCandidates {
		t.Fatalf("%d candidates kept", n)
	}
}

// TestRunDirTriesEveryAnnouncement: the announcements of an attempt signed by its solver are
// kept as candidates and each is tried, so a solver that announced, after its run's, commitments
// nobody serves or commitments of another trace (a restart, or equivocation) makes the fetch
// slower, not impossible. Candidates are bounded per signer, and the signers per attempt.
func TestRunDirTriesEveryAnnouncement(t *testing.T) {
	defer func(c, r time.Duration) { candidateWait, runWait = c, r }(candidateWait, runWait)
	candidateWait, runWait = time.Second, 5*time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	trace, runDir := smallRun(t, ctx)
	sol, ver := testNet(t, ctx), testNet(t, ctx)
	sol.SetSigner(testKey)
	solver := addr(testKey)
	if err := ver.Host.Connect(ctx, sol.Host.Addrs()...); err != nil {
		t.Fatal(err)
	}
	k := market.RunKey{Job: 1, Shard: 0, Attempt: 1}
	h, err := sol.PublishRun(k, runDir)
	if err != nil {
		t.Fatal(err)
	}
	other, err := sol.Blobs.Put([]byte(`{"not":"commitments"}`))
	if err != nil {
		t.Fatal(err)
	}
	hear := func(n *Net, k market.RunKey, payload []byte) {
		t.Helper()
		from := sol.Host.ID()
		n.receive(ctx, p2p.Message{Envelope: p2p.Envelope{Kind: p2p.KindCommit, JobID: k.Job, Payload: payload}, From: from, Received: from})
	}
	hear(ver, k, sol.mine["run/"+RunKey(k)].Payload)
	hear(ver, k, signedCommit(t, k, other, trace, testKey))                                        // served, not commitments
	hear(ver, k, signedCommit(t, k, commit.Keccak256([]byte("nobody serves it")), trace, testKey)) // newest
	if c := ver.commits[k]; len(c) != 1 || len(c[0].Of) != 3 {
		t.Fatalf("candidates %+v, want the solver's three", c)
	}
	got, err := ver.RunDir(ctx, k, solver, trace)
	if err != nil {
		t.Fatal(err)
	}
	cm, err := train.ReadCommitments(got)
	if err != nil || cm.TraceRoot != trace || store.Hash(mustRead(t, filepath.Join(got, "commitments.json"))) != h {
		t.Fatalf("fetched commitments %v, %v", cm, err)
	}
	// Only bad candidates: the error says why.
	k2 := market.RunKey{Job: 2, Shard: 0, Attempt: 1}
	hear(ver, k2, signedCommit(t, k2, other, trace, testKey))
	if _, err := ver.RunDir(ctx, k2, solver, trace); err == nil || !strings.Contains(err.Error(), "the solver's commitments") {
		t.Fatalf("only a bad candidate: %v", err)
	}
	for i := range 2 * maxCandidates {
		hear(ver, k2, signedCommit(t, k2, commit.Hash{byte(i + 1)}, trace, testKey))
	}
	if c := ver.commits[k2]; len(c) != 1 || len(c[0].Of) != maxCandidates {
		t.Fatalf("%+v candidates kept, want %d of the solver", c, maxCandidates)
	}
	// An attempt whose solver the node does not know yet: a bounded number of signers.
	k3 := market.RunKey{Job: 3, Shard: 0, Attempt: 1}
	for i := range 2 * maxSigners {
		liar, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		hear(ver, k3, signedCommit(t, k3, commit.Hash{byte(i + 1)}, trace, liar))
	}
	if n := len(ver.commits[k3]); n != maxSigners {
		t.Fatalf("candidates of %d signers kept, want %d", n, maxSigners)
	}
}

// TestRunDirOnlyTriesTheSolversAnnouncements (docs/adversaries.md, hole 5): a run is fetched
// only through announcements its solver signed. Another key announcing the attempt, even its
// right commitments, is never tried; a flood of keys announcing more candidates than are kept
// does not stop the fetch (the solver repeats its announcement, and once the node knows the
// solver it keeps no other key's). A node that fetched the run announces the solver's signed
// payload unchanged, so that a third node fetches the run from it once the solver is gone, and
// announces it again after a restart.
func TestRunDirOnlyTriesTheSolversAnnouncements(t *testing.T) {
	defer func(c, r time.Duration) { candidateWait, runWait = c, r }(candidateWait, runWait)
	candidateWait, runWait = time.Second, 10*time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	trace, runDir := smallRun(t, ctx)
	sol, ver, third := testNet(t, ctx), testNet(t, ctx), testNet(t, ctx)
	sol.SetSigner(testKey)
	solver := addr(testKey)
	if err := ver.Host.Connect(ctx, sol.Host.Addrs()...); err != nil {
		t.Fatal(err)
	}
	liarPeer := third.Host.ID()
	hear := func(k market.RunKey, payload []byte) {
		ver.receive(ctx, p2p.Message{Envelope: p2p.Envelope{Kind: p2p.KindCommit, JobID: k.Job, Payload: payload}, From: liarPeer, Received: liarPeer})
	}
	// The solver announces its run over gossip.
	k := market.RunKey{Job: 1, Shard: 0, Attempt: 1}
	h, err := sol.PublishRun(k, runDir)
	if err != nil {
		t.Fatal(err)
	}
	heard := func() bool {
		ver.mu.Lock()
		defer ver.mu.Unlock()
		return ver.commits[k].of(solver) != nil
	}
	for !heard() {
		select {
		case <-ctx.Done():
			t.Fatal("the solver's announcement never came")
		case <-time.After(20 * time.Millisecond):
		}
	}
	// The same commitments (served) announced for another attempt, by another key only: not
	// that attempt's solver's announcement.
	kl := market.RunKey{Job: 1, Shard: 1, Attempt: 1}
	hear(kl, signedCommit(t, kl, h, trace, testLiar))
	runWait = 2 * time.Second
	if _, err := ver.RunDir(ctx, kl, solver, trace); !errors.Is(err, ErrNoAnnouncement) {
		t.Fatalf("fetched through another key's announcement: %v", err)
	}
	runWait = 10 * time.Second

	// Keys flood the attempt: more signers than are kept, each with more candidates than are
	// kept, again and again while the node fetches.
	flood := func() {
		for range 2 * maxSigners {
			liar, err := crypto.GenerateKey()
			if err != nil {
				t.Fatal(err)
			}
			for i := range 2 * maxCandidates {
				hear(k, signedCommit(t, k, commit.Keccak256([]byte{byte(i)}), trace, liar))
			}
		}
	}
	flood()
	if heard() {
		t.Fatal("the flood did not evict the solver's announcement: the test shows nothing")
	}
	fctx, stop := context.WithCancel(ctx)
	go func() { // the liars go on
		for fctx.Err() == nil {
			flood()
			time.Sleep(50 * time.Millisecond)
		}
	}()
	got, err := ver.RunDir(ctx, k, solver, trace)
	stop()
	if err != nil {
		t.Fatalf("under a flood of other keys: %v", err)
	}
	if cm, err := train.ReadCommitments(got); err != nil || cm.TraceRoot != trace {
		t.Fatalf("fetched commitments %v, %v", cm, err)
	}
	flood()
	if c := ver.commits[k]; len(c) != 1 || c[0].Signer != solver {
		t.Fatalf("candidates of %d signers kept once the solver is known", len(c))
	}

	// ver re-serves the run with the solver's payload; third gets it from ver alone.
	want := sol.mine["run/"+RunKey(k)].Payload
	ver.mu.Lock()
	again := ver.mine["run/"+RunKey(k)].Payload
	ver.mu.Unlock()
	if !bytes.Equal(again, want) {
		t.Fatalf("ver announces %x, the solver %x", again, want)
	}
	sol.Host.Close()
	if err := third.Host.Connect(ctx, ver.Host.Addrs()...); err != nil {
		t.Fatal(err)
	}
	if _, err := third.RunDir(ctx, k, solver, trace); err != nil {
		t.Fatalf("from the node that fetched it: %v", err)
	}
	// After a restart (its announcements forgotten), ver announces it again, unchanged; a
	// kept announcement that does not name the fetched commitments is not announced.
	ver.ForgetJob(1)
	if err := ver.AnnounceFetched(); err != nil {
		t.Fatal(err)
	}
	if e := ver.mine["run/"+RunKey(k)]; !bytes.Equal(e.Payload, want) {
		t.Fatalf("announced %x after a restart, want the solver's %x", e.Payload, want)
	}
	ver.ForgetJob(1)
	wrong := signedCommit(t, k, commit.Hash{9}, trace, testKey)
	if err := os.WriteFile(filepath.Join(got, announcementFile), wrong, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := ver.AnnounceFetched(); err != nil {
		t.Fatal(err)
	}
	if e, ok := ver.mine["run/"+RunKey(k)]; ok {
		t.Fatalf("announced %x, which names other commitments", e.Payload)
	}
}

// smallRun trains smallJob and returns its trace root and run directory.
func smallRun(t *testing.T, ctx context.Context) (commit.Hash, string) {
	t.Helper()
	dir := t.TempDir()
	job := smallJob(t, dir)
	res, err := train.Run(ctx, job, train.RunOptions{OutDir: filepath.Join(dir, "run")})
	if err != nil {
		t.Fatal(err)
	}
	var trace commit.Hash
	if err := trace.UnmarshalText([]byte(res.TraceRoot)); err != nil {
		t.Fatal(err)
	}
	return trace, filepath.Join(dir, "run")
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRoundStatesAnnouncedAfterRestart: a node restarted from its data directory announces
// again the round states it served (the submitter fetches the last round's only at the end); a
// record whose blob is gone, or a line cut short by a crash, is skipped.
func TestRoundStatesAnnouncedAfterRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	dir := t.TempDir()
	n, stop, err := StartNet(ctx, dir, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	root := commit.Keccak256([]byte("root"))
	state := []byte("state of shard 1 at the end of round 2")
	if err := n.PublishRound(9, 1, 2, root, state); err != nil {
		t.Fatal(err)
	}
	if err := n.PublishRound(9, 1, 2, root, state); err != nil { // announced once, recorded once
		t.Fatal(err)
	}
	gone := commit.Keccak256([]byte("gone"))
	n.announceRound(roundKey{Job: 9, Shard: 0, Round: 2, Root: root}, gone) // a blob the store does not hold
	stop()
	f, err := os.OpenFile(filepath.Join(dir, "rounds.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"job":9,"shard":`) // a crash mid-write
	f.Close()
	b, _ := os.ReadFile(filepath.Join(dir, "rounds.jsonl"))
	if lines := strings.Count(string(b), "\n"); lines != 2 {
		t.Fatalf("%d records, want 2:\n%s", lines, b)
	}

	m, stop2, err := StartNet(ctx, dir, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer stop2()
	if err := m.AnnounceRounds(); err != nil {
		t.Fatal(err)
	}
	if c := m.rounds[roundKey{Job: 9, Shard: 1, Round: 2, Root: root}]; len(c) != 1 {
		t.Fatalf("candidates after the restart: %v", c)
	}
	if _, ok := m.mine["round/9/1/2"]; !ok {
		t.Fatal("the round state is not announced after the restart")
	}
	if _, ok := m.mine["round/9/0/2"]; ok {
		t.Fatal("a round state whose blob is gone was announced")
	}
}
