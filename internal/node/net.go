package node

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"veritrain/internal/chain"
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
//     root, then round u32 for a round after the first of a sharded job, then the solver's
//     signature): the commitments of that attempt, or of that round of it (commitments.json),
//     and every checkpoint they name, are blobs the sender serves. The solver announces them;
//     a node that fetched them announces them too, with the solver's payload unchanged.
//   - KindPeer (payload: multiaddrs, one per line): where the sender listens; receivers connect.
//   - KindProgress (job id, payload: shard u32 ‖ attempt u32 ‖ step u32 ‖ steps u32 ‖ loss
//     f32, then the solver's signature): a solver's training progress (what `veritrain status`
//     and the dashboard show; a claim, not a commitment).
//   - KindRound (job id, payload: shard u32 ‖ round u32 ‖ state root ‖ checkpoint blob hash): the
//     sender serves that shard's state at the end of that round (a sharded job; rounds.go). Not
//     signed: the state is checked against the root the solver committed on chain.
//
// Integers are big-endian. A signature is 65 bytes, r ‖ s ‖ v (v 0 or 1, s in the lower half of
// the curve order), by the solver's chain account key over the EIP-191 personal-message hash
// (accounts.TextHash, so it can never be a transaction's) of a message naming everything it
// vouches for (commitDigest, progressDigest). A receiver recovers the signer and keeps it with
// the announcement: it tries the commitments, and shows the progress, of the attempt's solver
// only (the chain names it: NoteSolver), so no other key can fill the candidates or change what
// is shown.
type Net struct {
	Host  *p2p.Host
	Blobs *store.Blobs
	topic *p2p.Topic
	dir   string // the node's data directory
	log   *slog.Logger

	mu       sync.Mutex
	key      *ecdsa.PrivateKey                             // signs this node's commit and progress announcements (SetSigner)
	self     market.Address                                // key's address
	mine     map[string]p2p.Envelope                       // what this node announces, by a key
	commits  map[market.RunKey]bySigner[[]runAnnouncement] // heard from solvers and fetchers: candidates per attempt and signer, newest first
	specs    map[uint64]commit.Hash                        // job → spec hash, heard from submitters
	mfs      map[commit.Hash]commit.Hash                   // spec hash → manifest hash, heard from submitters
	progress map[market.RunKey]bySigner[progressLog]       // reports heard or made, per attempt and signer
	solvers  map[market.RunKey]market.Address              // attempts' solvers, as the chain names them (NoteSolver)
	evals    map[market.RunKey][]EvalReport                // this node's own evaluations (the dashboard's)
	dialing  map[peer.ID]bool                              // announced peers being dialed
	rounds   map[roundKey][]commit.Hash                    // round states heard of: candidate blobs (rounds.go)

	roundsMu sync.Mutex // serializes appends to DataDir/rounds.jsonl
}

// Progress is a solver's report of its training of an attempt.
type Progress struct {
	Step, Steps int
	Loss        float32
}

// sigSize is the size of a signature (r ‖ s ‖ v) at the end of a signed payload.
const sigSize = crypto.SignatureLength

// The domains of the signed messages: a signature of one kind is never one of another.
const (
	progressDomain = "veritrain/progress/v1"
	commitDomain   = "veritrain/commit/v1"
)

// progressFields is the size of a KindProgress payload before its signature.
const progressFields = 5 * 4

// progressPayload is the size of a KindProgress payload.
const progressPayload = progressFields + sigSize

// progressFieldBytes is a KindProgress payload without its signature.
func progressFieldBytes(shard, attempt int, p Progress) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(shard))
	b = binary.BigEndian.AppendUint32(b, uint32(attempt))
	b = binary.BigEndian.AppendUint32(b, uint32(p.Step))
	b = binary.BigEndian.AppendUint32(b, uint32(p.Steps))
	return binary.BigEndian.AppendUint32(b, math.Float32bits(p.Loss))
}

// progressDigest is what a solver signs to report p of attempt k: the hash of progressDomain ‖
// job u64 ‖ shard u32 ‖ attempt u32 ‖ step u32 ‖ steps u32 ‖ loss f32.
func progressDigest(k market.RunKey, p Progress) []byte {
	m := binary.BigEndian.AppendUint64([]byte(progressDomain), k.Job)
	return accounts.TextHash(append(m, progressFieldBytes(k.Shard, k.Attempt, p)...))
}

// EncodeProgress is the payload of a KindProgress announcement of p on attempt k (its job is
// the envelope's), signed with key.
func EncodeProgress(k market.RunKey, p Progress, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := sign(progressDigest(k, p), key)
	if err != nil {
		return nil, fmt.Errorf("progress announcement: %w", err)
	}
	return append(progressFieldBytes(k.Shard, k.Attempt, p), sig...), nil
}

// DecodeProgress parses a KindProgress payload of job: exactly progressPayload bytes, a shard
// below 2^16, an attempt in 1..2^16-1, 0 ≤ step ≤ steps ≤ 2^31-1, and a well-formed signature,
// whose signer it returns (any payload that passes names some signer: an altered one names
// another than the solver's key).
func DecodeProgress(job uint64, b []byte) (k market.RunKey, p Progress, signer market.Address, err error) {
	if len(b) != progressPayload {
		return k, p, signer, fmt.Errorf("progress announcement of %d bytes, want %d", len(b), progressPayload)
	}
	s, a := binary.BigEndian.Uint32(b), binary.BigEndian.Uint32(b[4:])
	step, steps := binary.BigEndian.Uint32(b[8:]), binary.BigEndian.Uint32(b[12:])
	if s >= 1<<16 || a == 0 || a >= 1<<16 || step > steps || steps >= 1<<31 {
		return k, p, signer, fmt.Errorf("progress announcement of shard %d attempt %d step %d of %d: out of range", s, a, step, steps)
	}
	k = market.RunKey{Job: job, Shard: int(s), Attempt: int(a)}
	p = Progress{Step: int(step), Steps: int(steps), Loss: math.Float32frombits(binary.BigEndian.Uint32(b[16:]))}
	if signer, err = recoverSigner(progressDigest(k, p), b[progressFields:]); err != nil {
		return market.RunKey{}, Progress{}, signer, fmt.Errorf("progress announcement: %w", err)
	}
	return k, p, signer, nil
}

// sign signs digest with key (crypto.Sign: deterministic, s in the lower half).
func sign(digest []byte, key *ecdsa.PrivateKey) ([]byte, error) {
	if key == nil {
		return nil, errors.New("no signing key (Net.SetSigner)")
	}
	return crypto.Sign(digest, key)
}

// recoverSigner returns the address whose key made sig over digest. sig must be canonical: 65
// bytes, v 0 or 1, r and s in range and s in the lower half (one signature per message and key).
func recoverSigner(digest, sig []byte) (market.Address, error) {
	if len(sig) != sigSize {
		return market.Address{}, fmt.Errorf("signature of %d bytes, want %d", len(sig), sigSize)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, s, true) {
		return market.Address{}, errors.New("malformed signature")
	}
	pub, err := crypto.SigToPub(digest, sig)
	if err != nil {
		return market.Address{}, fmt.Errorf("signature: %w", err)
	}
	return market.Address(crypto.PubkeyToAddress(*pub)), nil
}

// runAnnouncement is a candidate for a run's commitments: what a KindCommit announcement names,
// and the announcement's payload itself (kept to be announced again unchanged, with the
// solver's signature, by a node that fetched the run).
type runAnnouncement struct {
	Commitments commit.Hash
	TraceRoot   commit.Hash
	Payload     string
}

// commitFields is the size of a KindCommit payload before its round and signature.
const commitFields = 4 + 4 + 2*commit.HashSize

// commitPayload is the size of a KindCommit payload (4 more with a round).
const commitPayload = commitFields + sigSize

// maxRound bounds the round of a KindCommit or KindRound announcement (JobMarket's MAX_ROUNDS).
const maxRound = 4096

// commitFieldBytes is a KindCommit payload without its signature.
func commitFieldBytes(k market.RunKey, commitments, traceRoot commit.Hash) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(k.Shard))
	b = binary.BigEndian.AppendUint32(b, uint32(k.Attempt))
	b = append(b, commitments[:]...)
	b = append(b, traceRoot[:]...)
	if k.Round > 0 {
		b = binary.BigEndian.AppendUint32(b, uint32(k.Round))
	}
	return b
}

// commitDigest is what a solver signs to announce run k's commitments: the hash of
// commitDomain ‖ job u64 ‖ shard u32 ‖ attempt u32 ‖ round u32 ‖ commitments blob hash ‖ trace
// root.
func commitDigest(k market.RunKey, commitments, traceRoot commit.Hash) []byte {
	m := binary.BigEndian.AppendUint64([]byte(commitDomain), k.Job)
	m = binary.BigEndian.AppendUint32(m, uint32(k.Shard))
	m = binary.BigEndian.AppendUint32(m, uint32(k.Attempt))
	m = binary.BigEndian.AppendUint32(m, uint32(k.Round))
	m = append(m, commitments[:]...)
	return accounts.TextHash(append(m, traceRoot[:]...))
}

// EncodeCommit is the payload of a KindCommit announcement of run k (its job is the
// envelope's), signed with key.
func EncodeCommit(k market.RunKey, commitments, traceRoot commit.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := sign(commitDigest(k, commitments, traceRoot), key)
	if err != nil {
		return nil, fmt.Errorf("commit announcement: %w", err)
	}
	return append(commitFieldBytes(k, commitments, traceRoot), sig...), nil
}

// DecodeCommit parses a KindCommit payload of job: exactly commitPayload bytes, or 4 more with
// a round in 1..maxRound-1, a shard below 2^16 and an attempt in 1..2^16-1 (the market's
// ranges), and a well-formed signature, whose signer it returns (as DecodeProgress).
func DecodeCommit(job uint64, b []byte) (k market.RunKey, commitments, traceRoot commit.Hash, signer market.Address, err error) {
	if len(b) != commitPayload && len(b) != commitPayload+4 {
		return k, commitments, traceRoot, signer, fmt.Errorf("commit announcement of %d bytes, want %d or %d", len(b), commitPayload, commitPayload+4)
	}
	s, a := binary.BigEndian.Uint32(b), binary.BigEndian.Uint32(b[4:])
	var r uint32
	if len(b) > commitPayload {
		if r = binary.BigEndian.Uint32(b[commitFields:]); r == 0 || r >= maxRound {
			return k, commitments, traceRoot, signer, fmt.Errorf("commit announcement of round %d: out of range", r)
		}
	}
	if s >= 1<<16 || a == 0 || a >= 1<<16 {
		return k, commitments, traceRoot, signer, fmt.Errorf("commit announcement of shard %d attempt %d: out of range", s, a)
	}
	copy(commitments[:], b[8:])
	copy(traceRoot[:], b[8+commit.HashSize:])
	k = market.RunKey{Job: job, Shard: int(s), Attempt: int(a), Round: int(r)}
	if signer, err = recoverSigner(commitDigest(k, commitments, traceRoot), b[len(b)-sigSize:]); err != nil {
		return market.RunKey{}, commit.Hash{}, commit.Hash{}, signer, fmt.Errorf("commit announcement: %w", err)
	}
	return k, commitments, traceRoot, signer, nil
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
		mine: map[string]p2p.Envelope{}, commits: map[market.RunKey]bySigner[[]runAnnouncement]{}, specs: map[uint64]commit.Hash{}, mfs: map[commit.Hash]commit.Hash{},
		progress: map[market.RunKey]bySigner[progressLog]{}, solvers: map[market.RunKey]market.Address{}, evals: map[market.RunKey][]EvalReport{}, dialing: map[peer.ID]bool{}, rounds: map[roundKey][]commit.Hash{}}
	if addrs := host.Addrs(); len(addrs) > 0 {
		if len(addrs) > maxPeerAddrs {
			addrs = addrs[:maxPeerAddrs]
		}
		n.mine["peer"] = p2p.Envelope{Kind: p2p.KindPeer, Payload: []byte(strings.Join(addrs, "\n"))}
	}
	return n, nil
}

// SetSigner makes key (the node's chain account key) sign this node's commit and progress
// announcements. A node without one (a light command: status, fetch) announces neither.
func (n *Net) SetSigner(key *ecdsa.PrivateKey) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.key, n.self = key, market.Address(crypto.PubkeyToAddress(key.PublicKey))
}

// signer is the node's signing key (nil without one) and its address.
func (n *Net) signer() (*ecdsa.PrivateKey, market.Address) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.key, n.self
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
		k, cm, tr, signer, err := DecodeCommit(m.JobID, m.Payload)
		if err != nil {
			log.Warn("dropped a commit announcement", "err", err)
			return
		}
		if !n.heardRun(k, signer, runAnnouncement{Commitments: cm, TraceRoot: tr, Payload: string(m.Payload)}) {
			log.Debug("ignored a commit announcement not signed by the attempt's solver", "shard", k.Shard, "attempt", k.Attempt, "round", k.Round, "signer", common.Address(signer))
		}
	case p2p.KindProgress:
		k, p, signer, err := DecodeProgress(m.JobID, m.Payload)
		if err != nil {
			log.Warn("dropped a progress announcement", "err", err)
			return
		}
		if !n.recordProgress(k, signer, p) {
			log.Debug("ignored a progress announcement not signed by the attempt's solver", "shard", k.Shard, "attempt", k.Attempt, "signer", common.Address(signer))
		}
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
	key, _ := n.signer()
	payload, err := EncodeCommit(k, h, cm.TraceRoot, key)
	if err != nil {
		return commit.Hash{}, err
	}
	n.announce(fmt.Sprintf("run/%s", RunKey(k)), p2p.Envelope{Kind: p2p.KindCommit, JobID: k.Job, Payload: payload})
	return h, nil
}

// AnnounceProgress announces this node's training progress on attempt k, signed (the latest
// report is repeated with the other announcements). A node without a signing key announces
// nothing.
func (n *Net) AnnounceProgress(k market.RunKey, p Progress) {
	key, self := n.signer()
	payload, err := EncodeProgress(k, p, key)
	if err != nil {
		n.log.Debug("not announcing progress", "job", k.Job, "shard", k.Shard, "attempt", k.Attempt, "err", err)
		return
	}
	e := p2p.Envelope{Kind: p2p.KindProgress, JobID: k.Job, Payload: payload}
	n.mu.Lock()
	n.mine[fmt.Sprintf("progress/%s", RunKey(k))] = e
	n.mu.Unlock()
	n.recordProgress(k, self, p)
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

// maxHistory bounds the progress reports kept per attempt and signer (a solver sends about 50 a
// run; repeats of the latest are not kept).
const maxHistory = 4096

// progressLog is what one signer reported of an attempt.
type progressLog struct {
	Last    Progress   // the report at the furthest step (the last one heard at that step)
	History []Progress // every report, in step order
}

// recordProgress records a progress report of attempt k signed by signer: the latest, and the
// history (a report at a step not after the last one kept is a repeat or a replay, and changes
// neither, but the latest at the same step). It is not recorded, and recordProgress returns
// false, if the chain names another solver of the attempt (NoteSolver).
func (n *Net) recordProgress(k market.RunKey, signer market.Address, p Progress) bool {
	k.Round = 0
	n.mu.Lock()
	defer n.mu.Unlock()
	if s, ok := n.solvers[k]; ok && s != signer {
		return false
	}
	bs := n.progress[k]
	l := bs.touch(signer)
	h := l.History
	if len(h) == 0 || p.Step >= l.Last.Step {
		l.Last = p
	}
	if len(h) < maxHistory && (len(h) == 0 || p.Step > h[len(h)-1].Step) {
		l.History = append(h, p)
	}
	n.progress[k] = bs
	return true
}

// ofSolver returns what the solver of attempt k reported, if the chain named it (NoteSolver)
// and it reported anything. n.mu is held.
func (n *Net) ofSolver(k market.RunKey) *progressLog {
	s, ok := n.solvers[k]
	if !ok {
		return nil
	}
	return n.progress[k].of(s)
}

// ProgressHistory returns every progress report kept of job's attempts, in step order: the
// reports of each attempt's solver as the chain names it (NoteSolver), and no other key's.
func (n *Net) ProgressHistory(job uint64) map[market.RunKey][]Progress {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := map[market.RunKey][]Progress{}
	for k := range n.progress {
		if l := n.ofSolver(k); k.Job == job && l != nil {
			out[k] = slices.Clone(l.History)
		}
	}
	return out
}

// ProgressOf returns the latest progress reported on job's attempts by each attempt's solver as
// the chain names it (NoteSolver): an attempt whose solver this node was not told of is left
// out, and no other key's report is shown.
func (n *Net) ProgressOf(job uint64) map[market.RunKey]Progress {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := map[market.RunKey]Progress{}
	for k := range n.progress {
		if l := n.ofSolver(k); k.Job == job && l != nil {
			out[k] = l.Last
		}
	}
	return out
}

// NoteSolver tells the node that the chain names solver as the solver of attempt k (its round
// does not matter): from then on only solver's commit and progress announcements of the
// attempt are kept, tried and shown, and the others' are dropped. A zero solver is ignored.
func (n *Net) NoteSolver(k market.RunKey, solver market.Address) {
	if solver == (market.Address{}) {
		return
	}
	k.Round = 0
	n.mu.Lock()
	defer n.mu.Unlock()
	if s, ok := n.solvers[k]; ok && s == solver {
		return
	}
	n.solvers[k] = solver
	for rk, bs := range n.commits {
		if rk.Job == k.Job && rk.Shard == k.Shard && rk.Attempt == k.Attempt {
			if bs.keep(solver); len(bs) == 0 {
				delete(n.commits, rk)
			} else {
				n.commits[rk] = bs
			}
		}
	}
	if bs, ok := n.progress[k]; ok {
		if bs.keep(solver); len(bs) == 0 {
			delete(n.progress, k)
		} else {
			n.progress[k] = bs
		}
	}
}

// FollowSolvers notes (NoteSolver) the solver of every attempt the market assigns, from the
// market's ShardAssigned events from the deployment on, reading new ones every poll until ctx
// ends: a node that follows them keeps no other key's announcements of an assigned attempt.
func (n *Net) FollowSolvers(ctx context.Context, c *chain.Client, poll time.Duration) {
	next := c.Deployment().DeployBlock
	for {
		var err error
		next, err = c.Poll(ctx, next, func(l types.Log) error {
			if e, ok := chain.DecodeMarketLog(l); ok {
				if k, solver, ok := assignedSolver(e); ok {
					n.NoteSolver(k, solver)
				}
			}
			return nil
		})
		if err != nil && ctx.Err() == nil {
			n.log.Debug("following the shards' solvers", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(poll):
		}
	}
}

// assignedSolver reads a ShardAssigned event: the attempt and its solver.
func assignedSolver(e chain.MarketEvent) (market.RunKey, market.Address, bool) {
	if e.Name != "ShardAssigned" || !common.IsHexAddress(e.Args["solver"]) {
		return market.RunKey{}, market.Address{}, false
	}
	shard, err1 := strconv.ParseUint(e.Args["shard"], 10, 16)
	attempt, err2 := strconv.ParseUint(e.Args["attempt"], 10, 16)
	if err1 != nil || err2 != nil {
		return market.RunKey{}, market.Address{}, false
	}
	return market.RunKey{Job: e.Job, Shard: int(shard), Attempt: int(attempt)}, market.Address(common.HexToAddress(e.Args["solver"])), true
}

// maxSigners bounds the signers whose announcements of one attempt are kept while the node does
// not know its solver (NoteSolver; FollowSolvers learns it when the shard is assigned): a
// signer heard again moves first, a new one past the bound drops the one heard longest ago (the
// solver repeats its announcements, so it is soon back). Once the solver is known only its
// announcements are kept.
const maxSigners = 8

// bySigner is what the signers of an attempt announced, the signer heard last first.
type bySigner[T any] []signed[T]

type signed[T any] struct {
	Signer market.Address
	Of     T
}

// of returns signer a's entry, nil if none.
func (bs bySigner[T]) of(a market.Address) *T {
	for i := range bs {
		if bs[i].Signer == a {
			return &bs[i].Of
		}
	}
	return nil
}

// touch moves signer a's entry first (a new, empty one if a has none, dropping the last past
// maxSigners) and returns it.
func (bs *bySigner[T]) touch(a market.Address) *T {
	e := signed[T]{Signer: a}
	if i := slices.IndexFunc(*bs, func(x signed[T]) bool { return x.Signer == a }); i >= 0 {
		e = (*bs)[i]
		*bs = slices.Delete(*bs, i, i+1)
	}
	*bs = slices.Insert(*bs, 0, e)
	if len(*bs) > maxSigners {
		*bs = slices.Delete(*bs, maxSigners, len(*bs))
	}
	return &(*bs)[0].Of
}

// keep drops every signer's entry but a's.
func (bs *bySigner[T]) keep(a market.Address) {
	*bs = slices.DeleteFunc(*bs, func(x signed[T]) bool { return x.Signer != a })
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
	for k := range n.progress {
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
	maps.DeleteFunc(n.commits, func(k market.RunKey, _ bySigner[[]runAnnouncement]) bool { return k.Job == id })
	maps.DeleteFunc(n.progress, func(k market.RunKey, _ bySigner[progressLog]) bool { return k.Job == id })
	maps.DeleteFunc(n.solvers, func(k market.RunKey, _ market.Address) bool { return k.Job == id })
	maps.DeleteFunc(n.evals, func(k market.RunKey, _ []EvalReport) bool { return k.Job == id })
	maps.DeleteFunc(n.rounds, func(k roundKey, _ []commit.Hash) bool { return k.Job == id })
	delete(n.specs, id)
}

// announcementFile, in a fetched run's directory, holds the solver's signed KindCommit payload
// of the run, which the node that fetched it announces again (AnnounceFetched).
const announcementFile = "announcement"

// AnnounceFetched announces every run this node fetched earlier (DataDir/fetched), which its
// blob store still holds, with the solver's signed announcement kept with it: a restarted node
// keeps serving them.
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
		payload, err := os.ReadFile(filepath.Join(n.dir, "fetched", d.Name(), announcementFile))
		if err != nil {
			continue // fetched before announcements were signed: its blobs are still served
		}
		ak, h, tr, _, err := DecodeCommit(k.Job, payload)
		if err != nil || ak != k || h != store.Hash(b) || tr != cm.TraceRoot {
			continue
		}
		n.announce(fmt.Sprintf("run/%s", RunKey(k)), p2p.Envelope{Kind: p2p.KindCommit, JobID: k.Job, Payload: payload})
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

// maxCandidates bounds the announcements kept for one round state, and for one run attempt per
// signer: any peer may announce any round state, so one announcing a blob nobody serves (or
// bytes that fail their check) costs a failed fetch, never the right announcement's place; a
// run's announcements are tried only if its solver signed them (heardRun).
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

// heardRun records announcement a of run k signed by signer, among signer's candidates
// (pushCandidate; bySigner bounds the signers). It is not recorded, and heardRun returns false,
// if the chain names another solver of the attempt (NoteSolver).
func (n *Net) heardRun(k market.RunKey, signer market.Address, a runAnnouncement) bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	if s, ok := n.solvers[market.RunKey{Job: k.Job, Shard: k.Shard, Attempt: k.Attempt}]; ok && s != signer {
		return false
	}
	bs := n.commits[k]
	c := bs.touch(signer)
	*c = pushCandidate(*c, a)
	n.commits[k] = bs
	return true
}

// RunDir implements RunSource: a local copy of attempt k's run (commitments.json and every
// checkpoint blob), whose commitments have trace root traceRoot, in DataDir/fetched/<run>. It
// tries every announcement of the attempt signed by solver (the chain's; NoteSolver) with that
// trace root until one's commitments can be fetched and have it. The blobs come from any peer
// that serves them (they are named by their hashes); the announcement is then the node's too,
// the solver's payload unchanged.
func (n *Net) RunDir(ctx context.Context, k market.RunKey, solver market.Address, traceRoot commit.Hash) (string, error) {
	if solver == (market.Address{}) {
		return "", fmt.Errorf("job %d shard %d attempt %d: no solver", k.Job, k.Shard, k.Attempt)
	}
	n.NoteSolver(k, solver)
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
		var cands []runAnnouncement
		if c := n.commits[k].of(solver); c != nil {
			cands = slices.Clone(*c)
		}
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
	// This node now holds the run too: it announces it (the solver's signed payload), so that
	// others can fetch from it.
	n.announce(fmt.Sprintf("run/%s", RunKey(k)), p2p.Envelope{Kind: p2p.KindCommit, JobID: k.Job, Payload: []byte(a.Payload)})
	dir := filepath.Join(n.dir, "fetched", strings.ReplaceAll(RunKey(k), "/", "-"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "commitments.json"), b, 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, announcementFile), []byte(a.Payload), 0o644); err != nil {
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
