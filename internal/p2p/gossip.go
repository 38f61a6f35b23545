package p2p

import (
	"context"
	"fmt"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Topic is a joined gossip topic carrying Envelopes. Invalid messages are rejected by a
// validator before delivery (and not forwarded); Next never returns them.
type Topic struct {
	hs   *Host
	name string
	t    *pubsub.Topic
	sub  *pubsub.Subscription
}

// Message is an envelope received on a topic.
type Message struct {
	Envelope
	From     peer.ID // the peer that published it (signed)
	Received peer.ID // the peer that forwarded it to us
}

// Join joins and subscribes to the gossip topic name.
func (hs *Host) Join(name string) (*Topic, error) {
	hs.topicMu.Lock()
	defer hs.topicMu.Unlock()
	if _, ok := hs.topics[name]; ok {
		return nil, fmt.Errorf("p2p: topic %q already joined", name)
	}
	if err := hs.ps.RegisterTopicValidator(name, hs.validator(name), pubsub.WithValidatorInline(true)); err != nil {
		return nil, fmt.Errorf("p2p: topic %q: %w", name, err)
	}
	t, err := hs.ps.Join(name)
	if err != nil {
		hs.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("p2p: join %q: %w", name, err)
	}
	sub, err := t.Subscribe()
	if err != nil {
		t.Close()
		hs.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("p2p: subscribe %q: %w", name, err)
	}
	tp := &Topic{hs: hs, name: name, t: t, sub: sub}
	hs.topics[name] = tp
	return tp, nil
}

func (hs *Host) validator(name string) func(context.Context, peer.ID, *pubsub.Message) pubsub.ValidationResult {
	return func(_ context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		e, err := DecodeEnvelope(m.Data)
		if err != nil {
			hs.log.Warn("p2p rejected gossip message", "topic", name, "peer", from, "origin", m.GetFrom(), "size", len(m.Data), "err", err)
			return pubsub.ValidationReject
		}
		m.ValidatorData = e
		return pubsub.ValidationAccept
	}
}

// Name is the topic's name.
func (t *Topic) Name() string { return t.name }

// Publish encodes e and publishes it (to every known subscriber of the topic: flood publishing).
func (t *Topic) Publish(ctx context.Context, e Envelope) error {
	b, err := e.Encode()
	if err != nil {
		return err
	}
	if err := t.t.Publish(ctx, b); err != nil {
		return fmt.Errorf("p2p: publish on %q: %w", t.name, err)
	}
	return nil
}

// Next returns the next message published on the topic by another peer.
func (t *Topic) Next(ctx context.Context) (Message, error) {
	for {
		m, err := t.sub.Next(ctx)
		if err != nil {
			return Message{}, fmt.Errorf("p2p: topic %q: %w", t.name, err)
		}
		if m.ReceivedFrom == t.hs.h.ID() {
			continue
		}
		e, ok := m.ValidatorData.(Envelope)
		if !ok { // the validator did not run (it always does unless unregistered)
			var err error
			if e, err = DecodeEnvelope(m.Data); err != nil {
				continue
			}
		}
		return Message{Envelope: e, From: m.GetFrom(), Received: m.ReceivedFrom}, nil
	}
}

// Peers returns the peers known to subscribe to the topic.
func (t *Topic) Peers() []peer.ID { return t.t.ListPeers() }

// WaitPeers waits until at least n peers are known to subscribe to the topic, so that a message
// published next reaches them.
func (t *Topic) WaitPeers(ctx context.Context, n int) error {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for len(t.t.ListPeers()) < n {
		select {
		case <-ctx.Done():
			return fmt.Errorf("p2p: topic %q: %d of %d peers: %w", t.name, len(t.t.ListPeers()), n, ctx.Err())
		case <-tick.C:
		}
	}
	return nil
}

// Close leaves the topic.
func (t *Topic) Close() error {
	t.hs.topicMu.Lock()
	if t.hs.topics[t.name] != t {
		t.hs.topicMu.Unlock()
		return nil
	}
	delete(t.hs.topics, t.name)
	t.hs.topicMu.Unlock()
	t.sub.Cancel()
	err := t.t.Close()
	t.hs.ps.UnregisterTopicValidator(t.name)
	return err
}
