package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/market"
	"veritrain/internal/roundgame"
	"veritrain/internal/spec"
	"veritrain/internal/store"
	"veritrain/internal/train"
)

// Round games (chain: RoundGame; roundgame.Spec): the verifier's side. A round whose global
// state is not the outer step of the accepted previous round (a wrong aggregate) is disputed at
// its first wrong element; one whose start is not its global state's parameters in the shard's
// accepted previous state is disputed as a whole. The verifier opens the game, then resolves it
// itself from the states it replays and the solver's published checkpoints; if it cannot (the
// solver withheld a checkpoint), it waits for the deadline and ends the game by timeout, which
// the solver can only escape by resolving it, that is by proving itself right.

// roundReplay is what the answers of a round game on round r need of the accepted rounds before
// it: G_{r-1}, shard s's round r-1 trace leaves and every shard's end of round r-1 (none for
// round 0).
type roundReplay struct {
	sh         *train.Sharded
	spec       *roundgame.Spec
	prevGlobal roundgame.State
	prevLeaves []commit.Hash
	ends       []roundgame.State
}

// replayRound replays job's rounds up to the end of round `round`-1 (shard `shard`'s round-1
// trace is recomputed: its leaves prove G_{r-1}). Close the replay's Sharded after use.
func replayRound(ctx context.Context, c *chain.Client, src RoundSource, jobID uint64, job *spec.Job, round, shard int, log *slog.Logger) (*roundReplay, error) {
	sh, err := train.LoadSharded(job)
	if err != nil {
		return nil, err
	}
	rp := &roundReplay{sh: sh, spec: sh.RoundSpec()}
	fail := func(err error) (*roundReplay, error) { sh.Close(); return nil, err }
	if round > 0 {
		if err := catchUp(ctx, c, src, jobID, sh, round-1, log); err != nil {
			return fail(err)
		}
		rp.prevGlobal = sh.Global.RoundState().Clone()
		tmp, err := os.MkdirTemp("", "veritrain-round-")
		if err != nil {
			return fail(err)
		}
		defer os.RemoveAll(tmp)
		if _, _, err := sh.RunShardRound(ctx, shard, tmp, nil); err != nil {
			return fail(err)
		}
		cm, err := train.ReadCommitments(tmp)
		if err != nil {
			return fail(err)
		}
		rp.prevLeaves = roundgame.Leaves(cm.Initial, cm.StepHashes, cm.Global)
		if err := loadRoundEnds(ctx, c, src, jobID, sh); err != nil {
			return fail(err)
		}
		for s := range sh.Shards {
			rp.ends = append(rp.ends, sh.Shards[s].State.RoundState().Clone())
		}
	}
	return rp, nil
}

// blob reads a checkpoint of a run directory.
func blob(dir string, ck *train.CheckpointRef) ([]byte, error) {
	if ck == nil {
		return nil, errors.New("the run publishes no such checkpoint")
	}
	return (&store.Blobs{Dir: train.BlobDir(dir)}).Get(ck.Blob)
}

// openRound opens the round game of action a, then resolves it (resolveRound) in the background.
func (v *Verifier) openRound(ctx context.Context, s *verifierState, a market.OpenRoundDispute) error {
	cm, ok := s.commits[a.Run]
	if !ok {
		return fmt.Errorf("no commitment of %+v", a.Run)
	}
	job, dir, err := v.run(ctx, a.Run, cm)
	if err != nil {
		return err
	}
	rc, err := train.ReadCommitments(dir)
	if err != nil {
		return err
	}
	rp, err := replayRound(ctx, v.cfg.Client, v.cfg.Rounds, a.Run.Job, job, a.Run.Round, a.Run.Shard, v.cfg.Log.With("job", a.Run.Job))
	if err != nil {
		return err
	}
	kind := roundgame.KindStart
	if a.Outer {
		kind = roundgame.KindOuter
	}
	c := v.cfg.Client
	id, _, err := c.OpenRoundGame(ctx, new(big.Int).SetUint64(a.Run.Job), uint64(a.Run.Shard), kind, a.Param, a.Element, rp.spec, s.view.Bond)
	if err != nil {
		rp.sh.Close()
		return err
	}
	log := v.cfg.Log.With("job", a.Run.Job, "shard", a.Run.Shard, "attempt", a.Run.Attempt, "round", a.Run.Round, "round_game", id)
	log.Info("opened a round dispute", "kind", kind, "param", a.Param, "element", a.Element, "bond", s.view.Bond)
	if err := v.cfg.DB.Put(TableDisputed, RunKey(a.Run), id.Uint64()); err != nil {
		rp.sh.Close()
		return err
	}
	v.games.start(^id.Uint64(), func() error { // keyed apart from the step games' ids
		defer rp.sh.Close()
		v.resolveRound(ctx, id, kind, a, rp, dir, rc, log)
		return nil
	})
	return nil
}

// resolveRound resolves round game id with the verifier's evidence, or ends it by timeout.
func (v *Verifier) resolveRound(ctx context.Context, id *big.Int, kind roundgame.Kind, a market.OpenRoundDispute, rp *roundReplay, dir string, rc *train.Commitments, log *slog.Logger) {
	c := v.cfg.Client
	err := resolveWith(ctx, c, id, kind, a.Param, a.Element, a.Run.Shard, a.Run.Round, rp, dir, rc, log)
	if err == nil {
		st, rerr := c.RoundGameOf(ctx, id)
		log.Info("round dispute resolved", "outcome", roundgame.Outcome(st.Outcome), "err", rerr)
		v.cfg.Metrics.Dispute("round", "challenger", roundOutcome(roundgame.Outcome(st.Outcome), false))
		return
	}
	log.Warn("could not resolve the round dispute (another game may have settled the shard first); waiting for its deadline", "err", err)
	for ctx.Err() == nil {
		st, err := c.RoundGameOf(ctx, id)
		if err == nil && roundgame.Outcome(st.Outcome) != roundgame.Open {
			log.Info("round dispute over", "outcome", roundgame.Outcome(st.Outcome))
			v.cfg.Metrics.Dispute("round", "challenger", roundOutcome(roundgame.Outcome(st.Outcome), false))
			return
		}
		if now, err := c.HeadTime(ctx); err == nil && st.Deadline != 0 && now >= st.Deadline {
			if _, err := c.RoundTimeout(ctx, id); err != nil {
				log.Warn("round dispute timeout", "err", err)
			}
			continue
		}
		select {
		case <-ctx.Done():
		case <-time.After(v.cfg.Poll):
		}
	}
}

// resolveWith resolves round game id (of kind, on element of param for an Outer game) on round
// `round` of shard `shard`, whose commitments rc and checkpoints are in dir, with the accepted
// states of replay rp: the committed global state and start from the run's checkpoints, the
// rest from rp.
func resolveWith(ctx context.Context, c *chain.Client, id *big.Int, kind roundgame.Kind, param, element, shard, round int, rp *roundReplay, dir string, rc *train.Commitments, log *slog.Logger) error {
	g, err := committedGlobal(rp.sh.Global.Specs, dir, rc, rp.sh.Job.Hash)
	if err != nil {
		return err
	}
	leaves := roundgame.Leaves(rc.Initial, rc.StepHashes, rc.Global)
	if kind == roundgame.KindOuter {
		ans, err := rp.spec.NewOuterAnswer(param, element, rp.prevLeaves, rp.prevGlobal, leaves, g.RoundState(), rp.ends)
		if err != nil {
			return err
		}
		right, got, want, err := rp.spec.OuterRight(param, element, ans)
		if err != nil {
			return err
		}
		log.Info("resolving an outer round game", "solver_right", right, "committed", got, "outer_step", want)
		_, err = c.ResolveOuter(ctx, id, rp.spec, ans)
		return err
	}
	ck, ok := rc.Checkpoint(rc.First)
	if !ok || ck.Step != rc.First {
		return errors.New("the run publishes no checkpoint of its round's start")
	}
	b, err := blob(dir, &ck)
	if err != nil {
		return err
	}
	x, err := rp.sh.DecodeShard(b, rc.Initial)
	if err != nil {
		return err
	}
	var prevEnd []commit.Hash
	if round > 0 {
		prevEnd = rp.ends[shard].Roots
	}
	ans, err := roundgame.NewStartAnswer(leaves, g.TensorRoots(), x.TensorRoots(), prevEnd)
	if err != nil {
		return err
	}
	log.Info("resolving a start round game")
	_, err = c.ResolveStart(ctx, id, rp.spec, ans)
	return err
}

// openRoundGame is a round game not over.
type openRoundGame struct {
	ID uint64
	contracts.RoundGameGame
}

// openRoundGames returns the round games not over (none on a chain without a round game),
// from the lowest one that may be open (recorded in db).
func openRoundGames(ctx context.Context, c *chain.Client, db *DB) ([]openRoundGame, error) {
	if c.Deployment().RoundManager == (common.Address{}) {
		return nil, nil
	}
	n, err := c.RoundGameCount(ctx)
	if err != nil {
		return nil, err
	}
	floor, err := db.RoundGameFloor()
	if err != nil {
		return nil, err
	}
	from, open := max(floor, 1), uint64(0)
	var out []openRoundGame
	for id := from; id <= n; id++ {
		g, err := c.RoundGameOf(ctx, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, err
		}
		if roundgame.Outcome(g.Outcome) != roundgame.Open {
			continue
		}
		if open == 0 {
			open = id
		}
		out = append(out, openRoundGame{ID: id, RoundGameGame: g})
	}
	if open == 0 {
		open = n + 1
	}
	if open > from {
		if err := db.SetRoundGameFloor(open); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// resolveRound resolves round game id against the solver with what it committed (its round's
// checkpoints) and the accepted states it replays. A cheater's answer fails on chain as the
// game says; an honest solver's wins.
func (s *Solver) resolveRound(ctx context.Context, id uint64) error {
	c := s.cfg.Client
	bid := new(big.Int).SetUint64(id)
	g, err := c.RoundGameOf(ctx, bid)
	if err != nil || roundgame.Outcome(g.Outcome) != roundgame.Open {
		return err
	}
	k := market.RunKey{Job: g.JobId, Shard: int(g.Shard), Attempt: int(g.Attempt), Round: int(g.Round)}
	log := s.cfg.Log.With("job", k.Job, "shard", k.Shard, "attempt", k.Attempt, "round", k.Round, "round_game", id)
	j, err := c.Job(ctx, new(big.Int).SetUint64(k.Job))
	if err != nil {
		return err
	}
	job, err := s.cfg.Specs.Spec(ctx, j.SpecHash)
	if err != nil {
		return err
	}
	if s.cfg.Rounds == nil {
		return errors.New("a sharded job's rounds need the network (no round source)")
	}
	dir := RoundDir(s.runDir(market.RunKey{Job: k.Job, Shard: k.Shard, Attempt: k.Attempt}), k.Round)
	rc, err := train.ReadCommitments(dir)
	if err != nil {
		return err
	}
	rp, err := replayRound(ctx, c, s.cfg.Rounds, k.Job, job, k.Round, k.Shard, log)
	if err != nil {
		return err
	}
	defer rp.sh.Close()
	log.Warn("a round game is open against this solver: resolving it", "kind", roundgame.Kind(g.Kind), "param", g.Param, "element", g.Element)
	if err := resolveWith(ctx, c, bid, roundgame.Kind(g.Kind), int(g.Param), int(g.Element), k.Shard, k.Round, rp, dir, rc, log); err != nil {
		return err
	}
	st, err := c.RoundGameOf(ctx, bid)
	log.Info("round game resolved", "outcome", roundgame.Outcome(st.Outcome), "err", err)
	s.cfg.Metrics.Dispute("round", "solver", roundOutcome(roundgame.Outcome(st.Outcome), true))
	return nil
}

// roundOutcome names a round game's outcome for the side of the solver or the challenger.
func roundOutcome(o roundgame.Outcome, solver bool) string {
	switch {
	case o == roundgame.Moot:
		return "moot"
	case (o == roundgame.SolverRight) == solver:
		return "won"
	}
	return "lost"
}
