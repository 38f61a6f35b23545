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

	"veritrain/internal/commit"
	"veritrain/internal/market"
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

// TestRunDirTriesEveryAnnouncement (docs/adversaries.md, hole 5): announcements of an attempt
// are kept as candidates, so a peer that announces, after the solver, commitments nobody serves
// or commitments of another trace makes the fetch slower, not impossible.
func TestRunDirTriesEveryAnnouncement(t *testing.T) {
	defer func(c, r time.Duration) { candidateWait, runWait = c, r }(candidateWait, runWait)
	candidateWait, runWait = time.Second, 5*time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
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
	sol, ver := testNet(t, ctx), testNet(t, ctx)
	if err := ver.Host.Connect(ctx, sol.Host.Addrs()...); err != nil {
		t.Fatal(err)
	}
	k := market.RunKey{Job: 1, Shard: 0, Attempt: 1}
	h, err := sol.PublishRun(k, filepath.Join(dir, "run"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := sol.Blobs.Put([]byte(`{"not":"commitments"}`))
	if err != nil {
		t.Fatal(err)
	}
	ver.heardRun(k, runAnnouncement{Commitments: h, TraceRoot: trace})
	ver.heardRun(k, runAnnouncement{Commitments: other, TraceRoot: trace})                                        // served, not commitments
	ver.heardRun(k, runAnnouncement{Commitments: commit.Keccak256([]byte("nobody serves it")), TraceRoot: trace}) // newest
	got, err := ver.RunDir(ctx, k, market.Address{}, trace)
	if err != nil {
		t.Fatal(err)
	}
	cm, err := train.ReadCommitments(got)
	if err != nil || cm.TraceRoot != trace {
		t.Fatalf("fetched commitments %v, %v", cm, err)
	}
	// Only bad candidates: the error says why.
	k2 := market.RunKey{Job: 2, Shard: 0, Attempt: 1}
	ver.heardRun(k2, runAnnouncement{Commitments: other, TraceRoot: trace})
	if _, err := ver.RunDir(ctx, k2, market.Address{}, trace); err == nil || !strings.Contains(err.Error(), "the solver's commitments") {
		t.Fatalf("only a bad candidate: %v", err)
	}
	for i := range 2 * maxCandidates {
		ver.heardRun(k2, runAnnouncement{Commitments: commit.Hash{byte(i + 1)}, TraceRoot: trace})
	}
	if n := len(ver.commits[k2]); n != maxCandidates {
		t.Fatalf("%d candidates kept", n)
	}
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
