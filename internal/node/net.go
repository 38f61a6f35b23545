package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"veritrain/internal/commit"
	"veritrain/internal/market"
	"veritrain/internal/p2p"
	"veritrain/internal/spec"
	"veritrain/internal/store"
	"veritrain/internal/train"
)

// Topic is the gossip topic of the market.
const Topic = "veritrain/market/1"

// Net is a node's peer-to-peer side: its blob store (served to every peer), the market's gossip
// topic, and what the node learnt from it. Announcements are repeated every Republish, so a
// node that joins (or restarts) late still hears them.
//
// Messages:
//   - KindJob (job id, payload: the spec's keccak256, then the keccak256 of its manifest if the
//     spec names files): the job's spec and files are blobs its submitter serves.
//   - KindCommit (job id, payload: shard u32 ‖ attempt u32 ‖ commitments blob hash ‖ trace
//     root, then round u32 for a round after the first of a sharded job): the solver serves
//     the commitments of that attempt, or of that round of it (commitments.json), and every
//     checkpoint they name.
//   - KindPeer (payload: multiaddrs, one per line): where the sender listens; receivers connect.
//   - KindProgress (job id, payload: shard u32 ‖ attempt u32 ‖ step u32 ‖ steps u32 ‖ loss
//     f32, big-endian): a solver's training progress (what `veritrain status` shows; a claim,
//     not a commitment).
//   - KindRound (job id, payload: shard u32 ‖ round u32 ‖ state root ‖ checkpoint blob hash): the
//     sender serves that shard's state at the end of that round (a sharded job; rounds.go).
type Net struct {
	Host  *p2p.Host
	Blobs *store.Blobs
	topic *p2p.Topic
	dir   string // the node's data directory
	log   *slog.Logger

	mu      sync.Mutex
	mine    map[string]p2p.Envelope             // what this node announces, by a key
	commits map[market.RunKey][]runAnnouncement // heard from solvers and fetchers: candidates per attempt, newest first
	specs   map[uint64]commit.Hash              // job → spec hash, heard from submitters
	mfs     map[commit.Hash]commit.Hash         // spec hash → manifest hash, heard from submitters
	prog    map[market.RunKey]Progress          // heard from solvers (the last for each attempt)
	history map[market.RunKey][]Progress        // every report heard or made, in order (the dashboard's curves)
	evals   map[market.RunKey][]EvalReport      // this node's own evaluations (the dashboard's)
	dialing map[peer.ID]bool                    // announced peers being dialed
	rounds  map[roundKey][]commit.Hash          // round states heard of: candidate blobs (rounds.go)

	roundsMu sync.Mutex // serializes appends to DataDir/rounds.jsonl
}

// Progress is a solver's report of its training of an attempt.
type Progress struct {
	Step, Steps int
	Loss        float32
}

// progressPayload is the size of a KindProgress payload.
const progressPayload = 5 * 4

// EncodeProgress is the payload of a KindProgress announcement.
func EncodeProgress(shard, attempt int, p Progress) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(shard))
	b = binary.BigEndian.AppendUint32(b, uint32(attempt))
	b = binary.BigEndian.AppendUint32(b, uint32(p.Step))
	b = binary.BigEndian.AppendUint32(b, uint32(p.Steps))
	return binary.BigEndian.AppendUint32(b, math.Float32bits(p.Loss))
}

// DecodeProgress parses a KindProgress payload: exactly progressPayload bytes, a shard below
// 2^16, an attempt in 1..2^16-1, 0 ≤ step ≤ steps ≤ 2^31-1.
func DecodeProgress(b []byte) (shard, attempt int, p Progress, err error) {
	if len(b) != progressPayload {
		return 0, 0, p, fmt.Errorf("progress announcement of %d bytes, want %d", len(b), progressPayload)
	}
	s, a := binary.BigEndian.Uint32(b), binary.BigEndian.Uint32(b[4:])
	step, steps := binary.BigEndian.Uint32(b[8:]), binary.BigEndian.Uint32(b[12:])
	if s >= 1<<16 || a == 0 || a >= 1<<16 || step > steps || steps >= 1<<31 {
		return 0, 0, p, fmt.Errorf("progress announcement of shard %d attempt %d step %d of %d: out of range", s, a, step, steps)
	}
	return int(s), int(a), Progress{Step: int(step), Steps: int(steps), Loss: math.Float32frombits(binary.BigEndian.Uint32(b[16:]))}, nil
}

type runAnnouncement struct {
	Commitments commit.Hash
	TraceRoot   commit.Hash
}

// commitPayload is the size of a KindCommit payload (4 more with a round).
const commitPayload = 4 + 4 + 2*commit.HashSize

// maxRound bounds the round of a KindCommit or KindRound announcement (JobMarket's MAX_ROUNDS).
const maxRound = 4096

// EncodeCommit is the payload of a KindCommit announcement of run k (its job is the envelope's).
func EncodeCommit(k market.RunKey, commitments, traceRoot commit.Hash) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(k.Shard))
	b = binary.BigEndian.AppendUint32(b, uint32(k.Attempt))
	b = append(b, commitments[:]...)
	b = append(b, traceRoot[:]...)
	if k.Round > 0 {
		b = binary.BigEndian.AppendUint32(b, uint32(k.Round))
	}
	return b
}

// DecodeCommit parses a KindCommit payload: exactly commitPayload bytes, or 4 more with a round
// in 1..maxRound-1, a shard below 2^16 and an attempt in 1..2^16-1 (the market's ranges). The
// run's Job is left zero.
func DecodeCommit(b []byte) (k market.RunKey, commitments, traceRoot commit.Hash, err error) {
	if len(b) != commitPayload && len(b) != commitPayload+4 {
		return k, commitments, traceRoot, fmt.Errorf("commit announcement of %d bytes, want %d or %d", len(b), commitPayload, commitPayload+4)
	}
	s, a := binary.BigEndian.Uint32(b), binary.BigEndian.Uint32(b[4:])
	var r uint32
	if len(b) > commitPayload {
		if r = binary.BigEndian.Uint32(b[commitPayload:]); r == 0 || r >= maxRound {
			return k, commitments, traceRoot, fmt.Errorf("commit announcement of round %d: out of range", r)
		}
	}
	if s >= 1<<16 || a == 0 || a >= 1<<16 {
		return k, commitments, traceRoot, fmt.Errorf("commit announcement of shard %d attempt %d: out of range", s, a)
	}
	copy(commitments[:], b[8:])
	copy(traceRoot[:], b[8+commit.HashSize:])
	return market.RunKey{Shard: int(s), Attempt: int(a), Round: int(r)}, commitments, traceRoot, nil
}

// maxPeerAddrs bounds the addresses of a KindPeer announcement.
const maxPeerAddrs = 16

// DecodePeer parses a KindPeer payload: 1..16 multiaddrs, one per line, each ending in the
// sender's /p2p/<id>.
func DecodePeer(b []byte, from string) ([]string, error) {
	lines := strings.Split(string(b), "\n")
	if len(b) == 0 || len(lines) > maxPeerAddrs {
		return nil, fmt.Errorf("peer announcement with %d addresses (want 1..%d)", len(lines), maxPeerAddrs)
	}
	for _, l := range lines {
		a, err := ma.NewMultiaddr(l)
		if err != nil {
			return nil, fmt.Errorf("peer announcement: %q: %w", l, err)
		}
		if id, err := a.ValueForProtocol(ma.P_P2P); err != nil || id != from {
			return nil, fmt.Errorf("peer announcement: %q is not an address of the sender %s", l, from)
		}
	}
	return lines, nil
}

// NewNet joins the market topic on host, serving and fetching blobs in blobs.
func NewNet(host *p2p.Host, blobs *store.Blobs, dataDir string, log *slog.Logger) (*Net, error) {
	t, err := host.Join(Topic)
	if err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	n := &Net{Host: host, Blobs: blobs, topic: t, dir: dataDir, log: log,
		mine: map[string]p2p.Envelope{}, commits: map[market.RunKey][]runAnnouncement{}, specs: map[uint64]commit.Hash{}, mfs: map[commit.Hash]commit.Hash{}, prog: map[market.RunKey]Progress{}, history: map[market.RunKey][]Progress{}, evals: map[market.RunKey][]EvalReport{}, dialing: map[peer.ID]bool{}, rounds: map[roundKey][]commit.Hash{}}
	if addrs := host.Addrs(); len(addrs) > 0 {
		if len(addrs) > maxPeerAddrs {
			addrs = addrs[:maxPeerAddrs]
		}
		n.mine["peer"] = p2p.Envelope{Kind: p2p.KindPeer, Payload: []byte(strings.Join(addrs, "\n"))}
	}
	return n, nil
}

// StartNet starts a p2p host in dataDir (its identity key and blob store, dataDir/blobs, live
// there) listening on listen (default: a free loopback port), joins the market's gossip and
// runs it in the background. stop ends both.
func StartNet(ctx context.Context, dataDir string, listen []string, log *slog.Logger) (n *Net, stop func(), err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	blobs := &store.Blobs{Dir: filepath.Join(dataDir, "blobs")}
	host, err := p2p.New(ctx, p2p.Config{DataDir: dataDir, Store: blobs, ListenAddrs: listen, Logger: log})
	if err != nil {
		return nil, nil, err
	}
	if n, err = NewNet(host, blobs, dataDir, log.With("peer", host.ID())); err != nil {
		host.Close()
		return nil, nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	go n.Run(ctx, 2*time.Second)
	return n, func() { cancel(); host.Close() }, nil
}

// Run receives gossip and republishes this node's announcements every republish until ctx ends.
func (n *Net) Run(ctx context.Context, republish time.Duration) {
	go func() {
		t := time.NewTicker(republish)
		defer t.Stop()
		for {
			n.publishAll(ctx)
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	for {
		m, err := n.topic.Next(ctx)
		if err != nil {
			return
		}
		n.receive(ctx, m)
	}
}

func (n *Net) publishAll(ctx context.Context) {
	n.mu.Lock()
	es := make([]p2p.Envelope, 0, len(n.mine))
	for _, e := range n.mine {
		es = append(es, e)
	}
	n.mu.Unlock()
	for _, e := range es {
		if err := n.topic.Publish(ctx, e); err != nil && ctx.Err() == nil {
			n.log.Debug("gossip publish", "kind", e.Kind, "job", e.JobID, "err", err)
		}
	}
}

// receive records an announcement; one that does not decode is logged and dropped.
func (n *Net) receive(ctx context.Context, m p2p.Message) {
	log := n.log.With("peer", m.From, "kind", m.Kind, "job", m.JobID)
	switch m.Kind {
	case p2p.KindJob:
		if len(m.Payload) != commit.HashSize && len(m.Payload) != 2*commit.HashSize {
			log.Warn("dropped a job announcement", "err", fmt.Sprintf("payload of %d bytes, want a spec hash and an optional manifest hash", len(m.Payload)))
			return
		}
		var h, mf commit.Hash
		copy(h[:], m.Payload)
		n.mu.Lock()
		_, known := n.specs[m.JobID]
		n.specs[m.JobID] = h
		if len(m.Payload) == 2*commit.HashSize {
			copy(mf[:], m.Payload[commit.HashSize:])
			n.mfs[h] = mf
		}
		n.mu.Unlock()
		if !known {
			log.Debug("heard of a job", "spec", h)
		}
	case p2p.KindCommit:
		k, cm, tr, err := DecodeCommit(m.Payload)
		if err != nil {
			log.Warn("dropped a commit announcement", "err", err)
			return
		}
		k.Job = m.JobID
		n.heardRun(k, runAnnouncement{Commitments: cm, TraceRoot: tr})
	case p2p.KindProgress:
		s, a, p, err := DecodeProgress(m.Payload)
		if err != nil {
			log.Warn("dropped a progress announcement", "err", err)
			return
		}
		n.recordProgress(market.RunKey{Job: m.JobID, Shard: s, Attempt: a}, p)
	case p2p.KindRound:
		s, r, root, blob, err := DecodeRound(m.Payload)
		if err != nil {
			log.Warn("dropped a round announcement", "err", err)
			return
		}
		n.heardRound(roundKey{Job: m.JobID, Shard: s, Round: r, Root: root}, blob)
	case p2p.KindPeer:
		addrs, err := DecodePeer(m.Payload, m.From.String())
		if err != nil {
			log.Warn("dropped a peer announcement", "err", err)
			return
		}
		if len(n.Host.Libp2p().Network().ConnsToPeer(m.From)) > 0 || n.Host.Banned(m.From) {
			return
		}
		// Dial in the background (one dial per peer at a time): an unreachable peer must not
		// hold up the gossip loop.
		n.mu.Lock()
		dialing := n.dialing[m.From]
		n.dialing[m.From] = true
		n.mu.Unlock()
		if dialing {
			return
		}
		go func() {
			cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			defer cancel()
			if err := n.Host.Connect(cctx, addrs...); err != nil {
				log.Debug("could not connect to an announced peer", "err", err)
			}
			n.mu.Lock()
			delete(n.dialing, m.From)
			n.mu.Unlock()
		}()
	}
}

// AnnounceJob announces that this node serves job's spec and, if manifest is not zero, the
// manifest and files of the spec (all in the blob store: PutSpec).
func (n *Net) AnnounceJob(job uint64, specHash, manifest commit.Hash) {
	p := append([]byte(nil), specHash[:]...)
	if manifest != (commit.Hash{}) {
		p = append(p, manifest[:]...)
		n.mu.Lock()
		n.mfs[specHash] = manifest // this node reads its own spec too (it never hears itself)
		n.mu.Unlock()
	}
	n.announce(fmt.Sprintf("job/%d", job), p2p.Envelope{Kind: p2p.KindJob, JobID: job, Payload: p})
}

func (n *Net) announce(key string, e p2p.Envelope) {
	n.mu.Lock()
	_, had := n.mine[key]
	n.mine[key] = e
	n.mu.Unlock()
	if !had {
		go n.topic.Publish(context.Background(), e)
	}
}

// PublishRun puts a trained run's commitments (dir/commitments.json) and every checkpoint blob
// into the node's store and announces them. It returns the commitments' blob hash.
func (n *Net) PublishRun(k market.RunKey, dir string) (commit.Hash, error) {
	b, err := os.ReadFile(filepath.Join(dir, "commitments.json"))
	if err != nil {
		return commit.Hash{}, err
	}
	cm, err := train.DecodeCommitments(b)
	if err != nil {
		return commit.Hash{}, err
	}
	src := &store.Blobs{Dir: train.BlobDir(dir)}
	for _, ck := range cm.Blobs() {
		if n.Blobs.Has(ck.Blob) {
			continue
		}
		data, err := src.Get(ck.Blob)
		if err != nil {
			return commit.Hash{}, fmt.Errorf("checkpoint of step %d: %w", ck.Step, err)
		}
		if _, err := n.Blobs.Put(data); err != nil {
			return commit.Hash{}, err
		}
	}
	h, err := n.Blobs.Put(b)
	if err != nil {
		return commit.Hash{}, err
	}
	n.announce(fmt.Sprintf("run/%s", RunKey(k)), p2p.Envelope{Kind: p2p.KindCommit, JobID: k.Job,
		Payload: EncodeCommit(k, h, cm.TraceRoot)})
	return h, nil
}

// AnnounceProgress announces this node's training progress on attempt k (the latest report is
// repeated with the other announcements).
func (n *Net) AnnounceProgress(k market.RunKey, p Progress) {
	e := p2p.Envelope{Kind: p2p.KindProgress, JobID: k.Job, Payload: EncodeProgress(k.Shard, k.Attempt, p)}
	n.mu.Lock()
	n.mine[fmt.Sprintf("progress/%s", RunKey(k))] = e
	n.mu.Unlock()
	n.recordProgress(k, p)
	go n.topic.Publish(context.Background(), e)
}

// RecordEval records an evaluation this node's solver made of its run of attempt k (for its
// dashboard: evaluations are not gossiped).
func (n *Net) RecordEval(k market.RunKey, step int, loss, accuracy float64) {
	k.Round = 0
	n.mu.Lock()
	defer n.mu.Unlock()
	if h := n.evals[k]; len(h) < maxHistory {
		n.evals[k] = append(h, EvalReport{Step: step, Loss: loss, Accuracy: accuracy})
	}
}

// EvalReport is an evaluation of a run's model at a step.
type EvalReport struct {
	Step           int
	Loss, Accuracy float64
}

// EvalHistory returns the evaluations recorded of job's attempts.
func (n *Net) EvalHistory(job uint64) map[market.RunKey][]EvalReport {
	n.mu.Lock()
	defer n.mu.Unlock()
	return ofJob(n.evals, job)
}

// ofJob copies the histories of job's attempts.
func ofJob[T any](m map[market.RunKey][]T, job uint64) map[market.RunKey][]T {
	out := map[market.RunKey][]T{}
	for k, h := range m {
		if k.Job == job {
			out[k] = slices.Clone(h)
		}
	}
	return out
}

// maxHistory bounds the progress reports kept per attempt (a solver sends about 50 a run;
// repeats of the latest are not kept).
const maxHistory = 4096

// recordProgress records a progress report of attempt k: the latest, and the history (a report
// at a step not after the last one kept is a repeat or a liar's rewind, and is not added).
func (n *Net) recordProgress(k market.RunKey, p Progress) {
	k.Round = 0
	n.mu.Lock()
	defer n.mu.Unlock()
	n.prog[k] = p
	h := n.history[k]
	if len(h) < maxHistory && (len(h) == 0 || p.Step > h[len(h)-1].Step) {
		n.history[k] = append(h, p)
	}
}

// ProgressHistory returns every progress report kept of job's attempts, in step order.
func (n *Net) ProgressHistory(job uint64) map[market.RunKey][]Progress {
	n.mu.Lock()
	defer n.mu.Unlock()
	return ofJob(n.history, job)
}

// ProgressOf returns the latest progress heard of on job's attempts.
func (n *Net) ProgressOf(job uint64) map[market.RunKey]Progress {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := map[market.RunKey]Progress{}
	for k, p := range n.prog {
		if k.Job == job {
			out[k] = p
		}
	}
	return out
}

// Forget stops announcing the run k (its shard is over).
func (n *Net) Forget(k market.RunKey) {
	n.mu.Lock()
	delete(n.mine, fmt.Sprintf("run/%s", RunKey(k)))
	n.mu.Unlock()
}

// KnownJobs lists the jobs this node announces something about or has heard about, in
// ascending order.
func (n *Net) KnownJobs() []uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	seen := map[uint64]bool{}
	for _, e := range n.mine {
		if e.Kind != p2p.KindPeer {
			seen[e.JobID] = true
		}
	}
	for k := range n.commits {
		seen[k.Job] = true
	}
	for k := range n.prog {
		seen[k.Job] = true
	}
	for k := range n.rounds {
		seen[k.Job] = true
	}
	for id := range n.specs {
		seen[id] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

// ForgetJob drops everything this node announces and has heard about job id: it stops repeating
// the job's announcements. The blobs stay in the store, served to whoever asks for them by hash.
func (n *Net) ForgetJob(id uint64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for k, e := range n.mine {
		if e.Kind != p2p.KindPeer && e.JobID == id {
			delete(n.mine, k)
		}
	}
	maps.DeleteFunc(n.commits, func(k market.RunKey, _ []runAnnouncement) bool { return k.Job == id })
	maps.DeleteFunc(n.prog, func(k market.RunKey, _ Progress) bool { return k.Job == id })
	maps.DeleteFunc(n.history, func(k market.RunKey, _ []Progress) bool { return k.Job == id })
	maps.DeleteFunc(n.evals, func(k market.RunKey, _ []EvalReport) bool { return k.Job == id })
	maps.DeleteFunc(n.rounds, func(k roundKey, _ []commit.Hash) bool { return k.Job == id })
	delete(n.specs, id)
}

// AnnounceFetched announces every run this node fetched earlier (DataDir/fetched), which its
// blob store still holds: a restarted node keeps serving them.
func (n *Net) AnnounceFetched() error {
	dirs, err := os.ReadDir(filepath.Join(n.dir, "fetched"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, d := range dirs {
		k, err := ParseRunKey(strings.ReplaceAll(d.Name(), "-", "/"))
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(n.dir, "fetched", d.Name(), "commitments.json"))
		if err != nil {
			continue
		}
		cm, err := train.DecodeCommitments(b)
		if err != nil || !n.Blobs.Has(store.Hash(b)) {
			continue
		}
		n.announce(fmt.Sprintf("run/%s", RunKey(k)), p2p.Envelope{Kind: p2p.KindCommit, JobID: k.Job,
			Payload: EncodeCommit(k, store.Hash(b), cm.TraceRoot)})
	}
	return nil
}

// fetch gets blob h from the peers, retrying every second until ctx ends or wait passes.
func (n *Net) fetch(ctx context.Context, h commit.Hash, wait time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	for {
		err := n.Host.Fetch(ctx, h)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Second):
		}
	}
}

// FetchWait bounds how long a node waits for a blob or an announcement before giving up for
// this round (the caller tries again at its next tick).
const FetchWait = 30 * time.Second

// Spec implements SpecSource: the spec whose TOML hashes to h, from the store or any peer, with
// the files it names (a text dataset, initial weights) fetched through its manifest and laid out
// under DataDir/specs/<h>/.
func (n *Net) Spec(ctx context.Context, h commit.Hash) (*spec.Job, error) {
	if err := n.fetch(ctx, h, FetchWait); err != nil {
		return nil, fmt.Errorf("the job's spec %s: %w", h, err)
	}
	b, err := n.Blobs.Get(h)
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(n.dir, "specs", h.String())
	job, err := spec.Parse(b, dir)
	if err != nil {
		return nil, fmt.Errorf("the job's spec %s: %w", h, err)
	}
	names, err := SpecFiles(job)
	if err != nil || len(names) == 0 {
		return job, err
	}
	mf, err := n.manifestOf(ctx, h)
	if err != nil {
		return nil, err
	}
	if err := n.fetch(ctx, mf, FetchWait); err != nil {
		return nil, fmt.Errorf("the manifest of spec %s: %w", h, err)
	}
	mb, err := n.Blobs.Get(mf)
	if err != nil {
		return nil, err
	}
	m, err := DecodeManifest(mb, job)
	if err != nil {
		return nil, fmt.Errorf("the manifest of spec %s: %w", h, err)
	}
	for _, name := range names {
		fh := m.Files[name]
		if err := n.fetch(ctx, fh, 4*FetchWait); err != nil {
			return nil, fmt.Errorf("%s of spec %s: %w", name, h, err)
		}
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, err
		}
		if err := n.Blobs.Link(fh, path); err != nil {
			return nil, err
		}
	}
	return job, nil
}

// manifestOf waits (up to FetchWait) for an announcement of spec h's manifest.
func (n *Net) manifestOf(ctx context.Context, h commit.Hash) (commit.Hash, error) {
	deadline := time.Now().Add(FetchWait)
	for {
		n.mu.Lock()
		mf, ok := n.mfs[h]
		n.mu.Unlock()
		if ok {
			return mf, nil
		}
		if time.Now().After(deadline) {
			return commit.Hash{}, fmt.Errorf("spec %s names files but no peer announced its manifest", h)
		}
		select {
		case <-ctx.Done():
			return commit.Hash{}, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// RunSource gives a local copy of a solver's run: a directory holding commitments.json (whose
// trace root must be traceRoot) and every checkpoint blob it names in dir/blobs. Net implements
// it over the network.
type RunSource interface {
	RunDir(ctx context.Context, k market.RunKey, solver market.Address, traceRoot commit.Hash) (string, error)
}

// ErrNoAnnouncement: no solver has announced the attempt's commitments (yet).
var ErrNoAnnouncement = errors.New("no announcement of the run's commitments")

// candidateWait bounds the fetch of one announced candidate blob in a pass over the candidates,
// so that a candidate nobody serves (announced first, or by a liar) does not use up the whole
// wait before the others are tried.
var candidateWait = 10 * time.Second // a variable for tests

// runWait is how long RunDir waits for a good announcement of a run (a variable for tests).
var runWait = FetchWait

// maxCandidates bounds the announcements kept for one run attempt or one round state: any peer
// may announce anything, so one announcing a blob nobody serves (or bytes that fail their check)
// costs a failed fetch, never the right announcement's place.
const maxCandidates = 4

// pushCandidate puts x first in the candidates c (newest first, each once), keeping at most
// maxCandidates.
func pushCandidate[T comparable](c []T, x T) []T {
	out := make([]T, 1, maxCandidates)
	out[0] = x
	for _, old := range c {
		if old != x && len(out) < maxCandidates {
			out = append(out, old)
		}
	}
	return out
}

// heardRun records announcement a of attempt k (pushCandidate).
func (n *Net) heardRun(k market.RunKey, a runAnnouncement) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.commits[k] = pushCandidate(n.commits[k], a)
}

// RunDir implements RunSource: a local copy of attempt k's run (commitments.json and every
// checkpoint blob), whose commitments have trace root traceRoot, in DataDir/fetched/<run>. It
// tries every announcement of the attempt with that trace root until one's commitments can be
// fetched and have it.
func (n *Net) RunDir(ctx context.Context, k market.RunKey, _ market.Address, traceRoot commit.Hash) (string, error) {
	deadline := time.Now().Add(runWait)
	tried := map[commit.Hash]bool{}
	var (
		a    runAnnouncement
		b    []byte
		cm   *train.Commitments
		last error
	)
	for cm == nil {
		n.mu.Lock()
		cands := append([]runAnnouncement(nil), n.commits[k]...)
		n.mu.Unlock()
		for _, c := range cands {
			if c.TraceRoot != traceRoot || tried[c.Commitments] {
				continue
			}
			var err error
			if err = n.fetch(ctx, c.Commitments, min(candidateWait, time.Until(deadline)+time.Second)); err == nil {
				b, err = n.Blobs.Get(c.Commitments)
			}
			if err == nil {
				got, derr := train.DecodeCommitments(b)
				switch {
				case derr != nil:
					err = fmt.Errorf("the solver's commitments: %w", derr)
				case got.TraceRoot != traceRoot:
					err = fmt.Errorf("the solver's commitments have trace root %s, the chain %s", got.TraceRoot, traceRoot)
				}
				if err != nil {
					tried[c.Commitments] = true // bytes that fail once always will
				} else {
					a, cm = c, got
					break
				}
			}
			last = err
		}
		if cm != nil {
			break
		}
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		if time.Now().After(deadline) {
			if last == nil {
				return "", fmt.Errorf("job %d shard %d attempt %d: %w", k.Job, k.Shard, k.Attempt, ErrNoAnnouncement)
			}
			return "", fmt.Errorf("job %d shard %d attempt %d: %w", k.Job, k.Shard, k.Attempt, last)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	for _, ck := range cm.Blobs() {
		if err := n.fetch(ctx, ck.Blob, 4*FetchWait); err != nil {
			return "", fmt.Errorf("checkpoint of step %d: %w", ck.Step, err)
		}
	}
	// This node now holds the run too: it announces it, so that others can fetch from it.
	n.announce(fmt.Sprintf("run/%s", RunKey(k)), p2p.Envelope{Kind: p2p.KindCommit, JobID: k.Job,
		Payload: EncodeCommit(k, a.Commitments, traceRoot)})
	dir := filepath.Join(n.dir, "fetched", strings.ReplaceAll(RunKey(k), "/", "-"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "commitments.json"), b, 0o644); err != nil {
		return "", err
	}
	link := train.BlobDir(dir)
	if _, err := os.Lstat(link); errors.Is(err, os.ErrNotExist) {
		abs, err := filepath.Abs(n.Blobs.Dir)
		if err != nil {
			return "", err
		}
		if err := os.Symlink(abs, link); err != nil {
			return "", err
		}
	}
	return dir, nil
}
