package p2p

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"veritrain/internal/commit"
)

func TestGossip(t *testing.T) {
	t.Parallel()
	a, b, c := newTestHost(t, nil), newTestHost(t, nil), newTestHost(t, nil)
	connect(t, a, b)
	connect(t, a, c)
	connect(t, b, c)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	ta, err := a.Join("veritrain/jobs")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Join("veritrain/jobs"); err == nil {
		t.Fatal("joined a topic twice")
	}
	tb, err := b.Join("veritrain/jobs")
	if err != nil {
		t.Fatal(err)
	}
	tc, err := c.Join("veritrain/jobs")
	if err != nil {
		t.Fatal(err)
	}
	if err := ta.WaitPeers(ctx, 2); err != nil {
		t.Fatal(err)
	}

	// Published at once, long before gossipsub's first heartbeat forms a mesh.
	first := Envelope{Kind: KindJob, JobID: 42, Payload: []byte("job spec")}
	if err := ta.Publish(ctx, first); err != nil {
		t.Fatal(err)
	}
	for _, tp := range []*Topic{tb, tc} {
		m, err := tp.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if m.From != a.ID() || m.Kind != KindJob || m.JobID != 42 || !bytes.Equal(m.Payload, first.Payload) {
			t.Fatalf("received %+v", m)
		}
	}

	// A malformed envelope is refused by the publisher's own validator ...
	if err := ta.Publish(ctx, Envelope{Kind: 99}); !errors.Is(err, ErrBadEnvelope) {
		t.Fatalf("publish of a bad envelope: %v", err)
	}
	// ... and a peer that bypasses it (a raw publish without the validator) is rejected by the
	// receivers: the next message they see is the valid one after it.
	if err := a.ps.UnregisterTopicValidator("veritrain/jobs"); err != nil {
		t.Fatal(err)
	}
	junk := [][]byte{{1, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, []byte("not an envelope")}
	for _, j := range junk {
		if err := ta.t.Publish(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.ps.RegisterTopicValidator("veritrain/jobs", a.validator("veritrain/jobs")); err != nil {
		t.Fatal(err)
	}
	have := HaveEnvelope(42, commit.Keccak256([]byte("weights")))
	if err := ta.Publish(ctx, have); err != nil {
		t.Fatal(err)
	}
	for _, h := range []*testHost{b, c} {
		tp := map[*testHost]*Topic{b: tb, c: tc}[h]
		m, err := tp.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if m.Kind != KindHave || len(m.Hashes()) != 1 || m.Hashes()[0] != commit.Keccak256([]byte("weights")) {
			t.Fatalf("received %+v, want the have message", m)
		}
		// Validation runs concurrently: the rejections may be logged after the have message
		// is delivered.
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
			logs := h.logs.String()
			if strings.Count(logs, "rejected gossip message") == len(junk) && strings.Contains(logs, "peer="+a.ID().String()) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("rejections not logged with the peer:\n%s", logs)
			}
		}
	}

	// Messages from b reach a and c too; a does not see its own messages.
	if err := tb.Publish(ctx, Envelope{Kind: KindBid, JobID: 42, Payload: []byte("bid")}); err != nil {
		t.Fatal(err)
	}
	for _, tp := range []*Topic{ta, tc} {
		m, err := tp.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if m.From != b.ID() || m.Kind != KindBid {
			t.Fatalf("received %+v", m)
		}
	}
	if err := tc.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Join("veritrain/jobs"); err != nil {
		t.Fatalf("rejoin after Close: %v", err)
	}
}
