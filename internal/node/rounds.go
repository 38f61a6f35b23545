package node

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/market"
	"veritrain/internal/p2p"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// A sharded job (spec [parallel], DESIGN section 6) runs in rounds. At the end of each round every
// shard's solver commits the round's trace and state roots on chain (JobMarket.commit) and
// serves the shard's state as a checkpoint blob, announced with KindRound. Every participant
// that needs the global state of a later round (the other solvers, a replacement, the submitter)
// fetches the checkpoints of every shard, checks each against the state root on chain, and
// replays the outer steps: the global state is never trusted from anyone, only recomputed.

// roundKey names a shard's state at the end of a round.
type roundKey struct {
	Job          uint64
	Shard, Round int
	Root         commit.Hash
}

// roundPayload is the size of a KindRound payload.
const roundPayload = 4 + 4 + 2*commit.HashSize

// EncodeRound is the payload of a KindRound announcement.
func EncodeRound(shard, round int, stateRoot, blob commit.Hash) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(shard))
	b = binary.BigEndian.AppendUint32(b, uint32(round))
	b = append(b, stateRoot[:]...)
	return append(b, blob[:]...)
}

// DecodeRound parses a KindRound payload: exactly roundPayload bytes, a shard and a round below
// 2^16 (the market's ranges), and non-zero hashes.
func DecodeRound(b []byte) (shard, round int, stateRoot, blob commit.Hash, err error) {
	if len(b) != roundPayload {
		return 0, 0, stateRoot, blob, fmt.Errorf("round announcement of %d bytes, want %d", len(b), roundPayload)
	}
	s, r := binary.BigEndian.Uint32(b), binary.BigEndian.Uint32(b[4:])
	if s >= 1<<16 || r >= 1<<16 {
		return 0, 0, stateRoot, blob, fmt.Errorf("round announcement of shard %d round %d: out of range", s, r)
	}
	copy(stateRoot[:], b[8:])
	copy(blob[:], b[8+commit.HashSize:])
	if stateRoot == (commit.Hash{}) || blob == (commit.Hash{}) {
		return 0, 0, stateRoot, blob, fmt.Errorf("round announcement of shard %d round %d with a zero hash", s, r)
	}
	return int(s), int(r), stateRoot, blob, nil
}

// heardRound records blob as a candidate for round state k (pushCandidate).
func (n *Net) heardRound(k roundKey, blob commit.Hash) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.rounds[k] = pushCandidate(n.rounds[k], blob)
}

// PublishRound puts checkpoint b (shard's state at the end of round round of job, with state
// root root) into the node's store and announces it.
func (n *Net) PublishRound(job uint64, shard, round int, root commit.Hash, b []byte) error {
	h, err := n.Blobs.Put(b)
	if err != nil {
		return err
	}
	n.announceRound(roundKey{Job: job, Shard: shard, Round: round, Root: root}, h)
	return nil
}

// announceRound announces that this node serves blob as round state k, and records it in
// DataDir/rounds.jsonl so that a restarted node announces it again (AnnounceRounds): the last
// round's states are fetched only by the submitter at the end, possibly long after.
func (n *Net) announceRound(k roundKey, blob commit.Hash) {
	n.heardRound(k, blob) // this node reads its own announcements too
	key := fmt.Sprintf("round/%d/%d/%d", k.Job, k.Shard, k.Round)
	n.mu.Lock()
	_, had := n.mine[key]
	n.mu.Unlock()
	n.announce(key, p2p.Envelope{Kind: p2p.KindRound, JobID: k.Job, Payload: EncodeRound(k.Shard, k.Round, k.Root, blob)})
	if !had {
		if err := n.recordRound(k, blob); err != nil {
			n.log.Warn("recording a round state for restarts", "job", k.Job, "shard", k.Shard, "round", k.Round, "err", err)
		}
	}
}

// roundRecord is a line of DataDir/rounds.jsonl.
type roundRecord struct {
	Job   uint64      `json:"job"`
	Shard int         `json:"shard"`
	Round int         `json:"round"`
	Root  commit.Hash `json:"root"`
	Blob  commit.Hash `json:"blob"`
}

func (n *Net) recordRound(k roundKey, blob commit.Hash) error {
	if n.dir == "" {
		return nil
	}
	n.roundsMu.Lock()
	defer n.roundsMu.Unlock()
	f, err := os.OpenFile(filepath.Join(n.dir, "rounds.jsonl"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	b, err := json.Marshal(roundRecord{Job: k.Job, Shard: k.Shard, Round: k.Round, Root: k.Root, Blob: blob})
	if err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// AnnounceRounds announces again every round state this node served before a restart
// (DataDir/rounds.jsonl) whose blob its store still holds. A line that does not parse (a write
// cut short by a crash) is skipped.
func (n *Net) AnnounceRounds() error {
	b, err := os.ReadFile(filepath.Join(n.dir, "rounds.jsonl"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(b), "\n") {
		var r roundRecord
		if json.Unmarshal([]byte(line), &r) != nil || r.Shard < 0 || r.Shard >= 1<<16 || r.Round < 0 || r.Round >= 1<<16 ||
			r.Root == (commit.Hash{}) || !n.Blobs.Has(r.Blob) {
			continue
		}
		k := roundKey{Job: r.Job, Shard: r.Shard, Round: r.Round, Root: r.Root}
		n.heardRound(k, r.Blob)
		n.announce(fmt.Sprintf("round/%d/%d/%d", k.Job, k.Shard, k.Round), p2p.Envelope{Kind: p2p.KindRound, JobID: k.Job,
			Payload: EncodeRound(k.Shard, k.Round, k.Root, r.Blob)})
	}
	return nil
}

// RoundState returns the checkpoint of shard's state at the end of round of job whose state root
// is root (committed on chain), as check accepts it (check loads it and verifies the root). It
// waits up to wait for an announcement, and tries every candidate blob; the one accepted is
// announced by this node too, so that it serves it to others (a replacement needs the states of a
// solver that is gone).
func (n *Net) RoundState(ctx context.Context, job uint64, shard, round int, root commit.Hash, wait time.Duration, check func([]byte) error) error {
	k := roundKey{Job: job, Shard: shard, Round: round, Root: root}
	deadline := time.Now().Add(wait)
	var last error
	tried := map[commit.Hash]bool{}
	for {
		n.mu.Lock()
		cands := append([]commit.Hash(nil), n.rounds[k]...)
		n.mu.Unlock()
		for _, h := range cands {
			if tried[h] {
				continue
			}
			err := n.fetch(ctx, h, min(candidateWait, time.Until(deadline)+time.Second))
			var b []byte
			if err == nil {
				b, err = n.Blobs.Get(h)
			}
			if err == nil {
				if err = check(b); err == nil {
					n.announceRound(k, h)
					return nil
				}
				tried[h] = true // a blob that fails the check never will pass it
			}
			last = err
		}
		if time.Now().After(deadline) {
			if last == nil {
				last = fmt.Errorf("no peer announced it")
			}
			return fmt.Errorf("job %d shard %d round %d state %s: %w", job, shard, round, root, last)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// RoundSource is where a node publishes and gets the shards' round-end states: its Net.
type RoundSource interface {
	PublishRound(job uint64, shard, round int, root commit.Hash, b []byte) error
	RoundState(ctx context.Context, job uint64, shard, round int, root commit.Hash, wait time.Duration, check func([]byte) error) error
}

// roundRoot is the state root shard committed at the end of round (of rounds) of job: its round
// root, or for the last round its final state root (zero if not committed yet).
func roundRoot(ctx context.Context, c *chain.Client, job uint64, shard, round, rounds int) (commit.Hash, error) {
	id := new(big.Int).SetUint64(job)
	if round < rounds-1 {
		h, err := c.RoundRoot(ctx, id, uint64(shard), round)
		return commit.Hash(h), err
	}
	sh, err := c.Shard(ctx, id, uint64(shard))
	if err != nil {
		return commit.Hash{}, err
	}
	if sh.State != uint8(market.ShardCommitted) && sh.State != uint8(market.ShardFinalized) {
		return commit.Hash{}, nil
	}
	return commit.Hash(sh.StateRoot), nil
}

// catchUp replays the outer steps of sh up to round upto (sh.Round() == upto after it): for each
// round, every shard's committed round-end state is fetched, checked against its root on chain
// and loaded, then the outer step runs.
func catchUp(ctx context.Context, c *chain.Client, src RoundSource, job uint64, sh *train.Sharded, upto int, log *slog.Logger) error {
	for sh.Round() < upto {
		if err := loadRoundEnds(ctx, c, src, job, sh); err != nil {
			return err
		}
		if err := sh.OuterStep(); err != nil {
			return err
		}
		log.Info("outer step", "round", sh.Round()-1, "global_root", sh.GlobalRoot())
	}
	return nil
}

// loadRoundEnds loads every shard's state at the end of sh's current round, as the chain's
// round roots name them, from the network (checked against the roots).
func loadRoundEnds(ctx context.Context, c *chain.Client, src RoundSource, job uint64, sh *train.Sharded) error {
	r := sh.Round()
	for s := range sh.Shards {
		root, err := roundRoot(ctx, c, job, s, r, sh.Rounds())
		if err != nil {
			return err
		}
		if root == (commit.Hash{}) {
			return fmt.Errorf("shard %d has not committed round %d", s, r)
		}
		if err := src.RoundState(ctx, job, s, r, root, FetchWait, func(b []byte) error { return sh.LoadShard(s, b, root) }); err != nil {
			return err
		}
	}
	return nil
}

// errNotOurs: the shard was reassigned or settled while the node trained it.
var errNotOurs = errors.New("the shard is no longer this attempt's")

// runRounds trains attempt k of a sharded job: each round it catches up with the global state
// (catchUp), trains its shard's inner steps, serves the shard's round-end state and commits the
// round on chain; it returns the last round's roots, which the rules commit (Rule 4). It waits
// while other shards finish a round, and rides out transient failures (a peer not serving yet, a
// busy chain) until the round's deadline takes the shard away.
func (s *Solver) runRounds(ctx context.Context, k market.RunKey, job *spec.Job) (market.Run, error) {
	c, log := s.cfg.Client, s.cfg.Log.With("job", k.Job, "shard", k.Shard, "attempt", k.Attempt)
	if s.cfg.Rounds == nil {
		return market.Run{}, errors.New("a sharded job needs the network (no round source)")
	}
	sh, err := train.LoadSharded(job)
	if err != nil {
		return market.Run{}, err
	}
	defer sh.Close()
	dir := s.runDir(k)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return market.Run{}, err
	}
	lf, err := os.OpenFile(filepath.Join(dir, "loss.jsonl"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return market.Run{}, err
	}
	defer lf.Close()
	id := new(big.Int).SetUint64(k.Job)
	type result struct {
		round        int
		trace, state commit.Hash
	}
	var done *result // a round trained but not yet committed
	var lastErr string
	retry := func(err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err.Error() != lastErr {
			log.Warn("sharded run: waiting to try again", "err", err)
			lastErr = err.Error()
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Second):
		}
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return market.Run{}, err
		}
		cj, err := c.Job(ctx, id)
		if err != nil {
			if err := retry(err); err != nil {
				return market.Run{}, err
			}
			continue
		}
		cs, err := c.Shard(ctx, id, uint64(k.Shard))
		if err != nil {
			if err := retry(err); err != nil {
				return market.Run{}, err
			}
			continue
		}
		if int(cs.Attempt) != k.Attempt || cs.Solver != c.Address() ||
			(cs.State != uint8(market.ShardAssigned) && cs.State != uint8(market.ShardCommitted)) {
			return market.Run{}, errNotOurs
		}
		round, jobRound := int(cs.Round), int(cj.Round)
		if cs.State == uint8(market.ShardCommitted) && round == sh.Rounds()-1 {
			// The last round is committed (Rule 4 did, before a restart): the run is done.
			return market.Run{Status: market.RunTrained, TraceRoot: commit.Hash(cs.TraceRoot), StateRoot: commit.Hash(cs.StateRoot)}, nil
		}
		if cs.State == uint8(market.ShardCommitted) || round > jobRound {
			// The round is in its challenge window, or accepted while other shards' are not
			// yet: the next round opens when every shard's is.
			done = nil
			select {
			case <-ctx.Done():
				return market.Run{}, ctx.Err()
			case <-time.After(s.cfg.Poll):
			}
			continue
		}
		if done != nil && done.round == round {
			// Trained, not committed yet (the commit failed or is not mined): commit again.
			if _, err := c.Commit(ctx, id, uint64(k.Shard), common.Hash(done.trace), common.Hash(done.state)); err != nil {
				if err := retry(fmt.Errorf("commit round %d: %w", round, err)); err != nil {
					return market.Run{}, err
				}
				continue
			}
			log.Info("committed a round", "round", round, "trace_root", done.trace, "state_root", done.state)
			done = nil
			continue
		}
		if err := catchUp(ctx, c, s.cfg.Rounds, k.Job, sh, round, log); err != nil {
			// Always tried again, even a state that failed its check: that was one peer's blob
			// (perhaps a liar's), and the right one may be announced later. Giving up would
			// cost this node its stake.
			if err := retry(fmt.Errorf("catch up to round %d: %w", round, err)); err != nil {
				return market.Run{}, err
			}
			continue
		}
		log.Info("training a round", "round", round, "of", sh.Rounds(), "global_root", sh.GlobalRoot())
		// The round's commitments and checkpoints, for verifiers (publishRuns serves them).
		rdir := RoundDir(dir, round)
		if err := os.RemoveAll(rdir); err != nil { // a round interrupted before a restart
			return market.Run{}, err
		}
		if err := os.MkdirAll(rdir, 0o755); err != nil {
			return market.Run{}, err
		}
		sh.Shards[k.Shard].Tamper = s.cfg.Tamper // the demo's cheater, nil for an honest node
		if s.cfg.TamperGlobal != nil {
			s.cfg.TamperGlobal(round, sh.Global) // the demo's wrong aggregate
		}
		trace, state, err := sh.RunShardRound(ctx, k.Shard, rdir, func(step int, loss float32) {
			fmt.Fprintf(lf, "{\"round\":%d,\"step\":%d,\"loss\":%g}\n", round, step, loss)
			if s.cfg.Progress != nil {
				s.cfg.Progress(k, train.Progress{Step: step, Steps: job.Train.Steps, Batch: job.Train.Batch, Loss: loss})
			}
		})
		if err != nil {
			return market.Run{}, err
		}
		b, root, err := sh.EncodeShard(k.Shard)
		if err != nil {
			return market.Run{}, err
		}
		if root != state {
			return market.Run{}, fmt.Errorf("round %d: state root %s, last step hash %s", round, root, state)
		}
		if err := s.cfg.Rounds.PublishRound(k.Job, k.Shard, round, root, b); err != nil {
			return market.Run{}, err
		}
		if round == sh.Rounds()-1 {
			return market.Run{Status: market.RunTrained, TraceRoot: trace, StateRoot: state}, nil
		}
		done = &result{round: round, trace: trace, state: state}
	}
}

// RoundDir is where a solver keeps round round of a sharded run whose directory is runDir: the
// round's commitments and checkpoints (train.Commitments.Round).
func RoundDir(runDir string, round int) string {
	return filepath.Join(runDir, fmt.Sprintf("round-%d", round))
}

// fetchSharded computes a sharded job's model: every round's outer step replayed from the
// shards' committed round states (catchUp), saved as out/model.safetensors (the global state:
// the parameters and the outer momentum), with its root in out/state_root.
func (s *Submitter) fetchSharded(ctx context.Context, id uint64, job *spec.Job, out string) error {
	if s.cfg.Rounds == nil {
		return errors.New("a sharded job's model needs the network (no round source)")
	}
	sh, err := train.LoadSharded(job)
	if err != nil {
		return err
	}
	defer sh.Close()
	if err := catchUp(ctx, s.cfg.Client, s.cfg.Rounds, id, sh, sh.Rounds(), s.cfg.Log.With("job", id)); err != nil {
		return err
	}
	b, root, err := sh.EncodeGlobal()
	if err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(out, "state_root"), []byte(root.String()+"\n")); err != nil {
		return err
	}
	// The model file last: its presence says the fetch is complete.
	return writeFileAtomic(filepath.Join(out, ShardedModelFile), b)
}

// ShardedModelFile is the name of a sharded job's model in the submitter's models/<job>/.
const ShardedModelFile = "model.safetensors"

func writeFileAtomic(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
