package node

// The dispute games a node plays: finding its open games on chain, the data both sides of a game
// need (the job's layout as registered, the run's dispute.Job), one background chain.GameDriver
// per game, and the challenger's record of the solver's revealed nodes, which a restarted
// verifier replays into a fresh player.

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/dispute"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// openGame is a game that is not over, as the chain holds it.
type openGame struct {
	ID   uint64
	View contracts.DisputeGameGameView
}

// Run is the shard attempt the game disputes.
func (g openGame) Run() market.RunKey {
	return market.RunKey{Job: g.View.JobId.Uint64(), Shard: int(g.View.Shard.Uint64()), Attempt: int(g.View.Attempt)}
}

// Step is the disputed step.
func (g openGame) Step() int { return int(g.View.Step.Int64()) }

// runKey is the shard attempt the game disputes, and for a job trained in rounds the round of
// the disputed step (read from the job's registered layout: steps / rounds inner steps a round).
func (g openGame) runKey(ctx context.Context, c *chain.Client) (market.RunKey, error) {
	k := g.Run()
	reg, err := c.JobLayout(ctx, g.View.JobId)
	if err != nil {
		return k, err
	}
	if reg.Rounds > 1 {
		inner := int(reg.Steps) / int(reg.Rounds)
		if inner < 1 || g.Step() < 1 {
			return k, fmt.Errorf("game %d: step %d of a layout of %d steps in %d rounds", g.ID, g.Step(), reg.Steps, reg.Rounds)
		}
		k.Round = (g.Step() - 1) / inner
	}
	return k, nil
}

// openGames reads every game from the database's game floor to the chain's game count and
// returns those not over; the floor moves past the games that are over (they never reopen).
func openGames(ctx context.Context, c *chain.Client, db *DB) ([]openGame, error) {
	n, err := c.GameCount(ctx)
	if err != nil {
		return nil, err
	}
	floor, err := db.GameFloor()
	if err != nil {
		return nil, err
	}
	from, open := max(floor, 1), uint64(0)
	var out []openGame
	for id := from; id <= n.Uint64(); id++ {
		v, err := c.Game(ctx, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, err
		}
		if v.Phase == 0 {
			continue
		}
		if game.Phase(v.Phase) == game.PhaseOver {
			// A game that ended while the node was stopped (its driver had no time to
			// record the end): the challenger's picks are forgotten here.
			if err := deletePicks(db, id); err != nil {
				return nil, err
			}
			continue
		}
		if open == 0 {
			open = id
		}
		out = append(out, openGame{ID: id, View: v})
	}
	if open == 0 {
		open = n.Uint64() + 1
	}
	if open > from {
		if err := db.SetGameFloor(open); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// disputeSetup builds what either side of a game on the run in dir needs: a trainer of the job
// (its Sample answers the challenger's witnesses), the run's dispute.Job (from its
// commitments), and the job's game layout, which must be the one registered on chain for jobID.
func disputeSetup(ctx context.Context, c *chain.Client, jobID uint64, job *spec.Job, dir string) (tr *train.Trainer, dj *dispute.Job, l *chain.GameLayout, err error) {
	cm, err := train.ReadCommitments(dir)
	if err != nil {
		return nil, nil, nil, err
	}
	ds, err := train.LoadData(job)
	if err != nil {
		return nil, nil, nil, err
	}
	if tr, err = train.New(job, ds); err != nil {
		return nil, nil, nil, err
	}
	defer func() {
		if err != nil {
			tr.Close()
			tr, dj, l = nil, nil, nil
		}
	}()
	posted, err := DisputeJob(tr, nil) // the job as its submitter registered it
	if err != nil {
		return
	}
	if dj, err = DisputeJob(tr, cm); err != nil {
		return
	}
	reg, err := registeredLayout(ctx, c, jobID)
	if err != nil {
		return
	}
	if l, err = checkLayout(reg, jobID, tr, posted); err != nil {
		return
	}
	if dj.Steps != l.Steps {
		err = fmt.Errorf("the run commits %d steps, job %d's layout %d", dj.Steps, jobID, l.Steps)
	}
	return
}

// errNoLayout: the job's game layout or Judge context is not registered (yet).
var errNoLayout = errors.New("no registered game layout or Judge context: the job's disputes could not be played")

// registeredLayout reads job jobID's game layout as the dispute game registered it and checks
// that the Judge has its context: errNoLayout if either is missing. It needs no spec, so a
// solver calls it before it builds a trainer to price the job.
func registeredLayout(ctx context.Context, c *chain.Client, jobID uint64) (contracts.DisputeGameLayout, error) {
	reg, err := c.JobLayout(ctx, new(big.Int).SetUint64(jobID))
	if err != nil {
		return reg, err
	}
	if !reg.Registered {
		return reg, fmt.Errorf("job %d: %w", jobID, errNoLayout)
	}
	jc, err := c.JudgeContext(ctx, common.Hash(reg.Context))
	if err != nil {
		return reg, err
	}
	if !jc.Registered {
		return reg, fmt.Errorf("job %d: the Judge context %x: %w", jobID, reg.Context, errNoLayout)
	}
	return reg, nil
}

// checkLayout returns the game layout of job jobID as its spec gives it (posted: DisputeJob(tr,
// nil)), after checking that reg (registeredLayout) is exactly that layout. A solver checks it
// before bidding (docs/adversaries.md, hole 4): with no layout its
// honest work could not be defended, and with a wrong one (another h_0, updates or context) it
// could lose a game against a challenger colluding with the submitter.
func checkLayout(reg contracts.DisputeGameLayout, jobID uint64, tr *train.Trainer, posted *dispute.Job) (*chain.GameLayout, error) {
	h, err := JudgeContextHash(tr)
	if err != nil {
		return nil, err
	}
	l := chain.NewGameLayout(posted.Ops, posted.NumStates, posted.Steps, posted.Initial, h)
	if reg.NumOps != uint64(len(l.Ops)) || reg.NumStates != uint64(l.NumStates) || reg.Steps != uint64(l.Steps) ||
		reg.H0 != l.H0 || reg.UpdatesRoot != l.UpdatesRoot() || reg.Context != l.Context || reg.GraphRoot != l.GraphRoot() {
		return nil, fmt.Errorf("job %d's registered game layout %+v is not the spec's", jobID, reg)
	}
	return l, nil
}

// gameParams are the parameters the Players read: the program's part (ops, slots, updates); the
// money and the clock are the chain's, which the drivers read from the game itself.
func gameParams(dj *dispute.Job) *game.Params {
	p := dj.Params(0, new(big.Int), new(big.Int))
	return &p
}

// errBusy is what an action returns that had nothing to do (its goroutine already runs): it is
// neither a failure nor an action taken.
var errBusy = errors.New("node: already running")

// GameRecord is the node's record of a game it played, written when the game is over.
type GameRecord struct {
	Run    market.RunKey
	Step   int
	Party  game.Party
	Winner game.Party
	Reason game.Reason
	Moves  int
}

// playGame drives the node's side of game g with player until the game is over (or ctx ends),
// then records it (as a game on run k, the attempt or round it disputes) and forgets the
// challenger's picks of it. base is the role's logger with the game's attempt (the driver adds
// the game).
func playGame(ctx context.Context, c *chain.Client, db *DB, g openGame, k market.RunKey, party game.Party, l *chain.GameLayout, p *game.Params,
	player game.Player, poll time.Duration, base *slog.Logger, m *Metrics) {
	d := &chain.GameDriver{Client: c, Layout: l, ID: new(big.Int).SetUint64(g.ID), Party: party, Player: player, Params: p, Logger: base}
	log := base.With("game", g.ID)
	log.Info("playing the game", "party", party, "step", g.Step())
	st, err := d.Run(ctx, poll)
	switch {
	case ctx.Err() != nil:
		log.Info("game driver stopped; it restarts with the node", "phase", st.Phase, "moves", st.Moves)
		return
	case err != nil:
		log.Error("game driver failed", "err", err)
		return
	}
	log.Info("game over", "winner", st.Winner, "reason", st.Reason, "moves", st.Moves)
	outcome := "lost"
	if st.Winner == party {
		outcome = "won"
	}
	m.Dispute("step", strings.ToLower(party.String()), outcome)
	if err := db.Put(TableGames, GameKey(g.ID), GameRecord{Run: k, Step: g.Step(), Party: party, Winner: st.Winner, Reason: st.Reason, Moves: st.Moves}); err != nil {
		log.Error("recording the game", "err", err)
	}
	if err := deletePicks(db, g.ID); err != nil {
		log.Error("forgetting the game's picks", "err", err)
	}
}

// PickRecord is a state of a game in which the challenger picked a node: the state's part that
// its game.ChallengerPlayer learns the solver's nodes from (the two roots of phase choose, the
// two children the solver revealed in phase pick). The Player keeps them in memory to build
// the Merkle proofs of its final witness; a restarted verifier replays the records into a fresh
// Player, so that it can finish a game it was in the middle of.
type PickRecord struct {
	Phase       game.Phase
	Tree        game.Tree
	Op          int
	Height      int
	Index       int
	Moves       int
	Left, Right commit.Hash
}

func pickKey(id uint64, moves int) string { return fmt.Sprintf("%s/%06d", GameKey(id), moves) }

// recordingChallenger records every state it picks in before its Player decides (a pick that was
// sent was recorded first; a record whose pick never went out is replayed harmlessly).
type recordingChallenger struct {
	player *game.ChallengerPlayer
	db     *DB
	game   uint64
	log    *slog.Logger
}

// learns tells whether the challenger's Player learns solver nodes in state s.
func learns(s game.State) bool {
	return s.ToMove == game.Challenger && (s.Phase == game.PhaseChoose || (s.Phase == game.PhasePick && s.Tree != game.TreePartial))
}

// Next implements game.Player.
func (r *recordingChallenger) Next(p *game.Params, s game.State) (game.Move, bool) {
	if learns(s) {
		rec := PickRecord{Phase: s.Phase, Tree: s.Tree, Op: s.Op, Height: s.Height, Index: s.Index, Moves: s.Moves, Left: s.Left, Right: s.Right}
		if err := r.db.Put(TablePicks, pickKey(r.game, s.Moves), rec); err != nil {
			r.log.Error("recording a pick: not moving", "err", err)
			return nil, false
		}
	}
	return r.player.Next(p, s)
}

// replayPicks feeds a fresh challenger's Player every state of game id it picked in before a
// restart (its moves are discarded: they were sent then).
func replayPicks(db *DB, id uint64, p *game.Params, player *game.ChallengerPlayer) (int, error) {
	prefix, n := GameKey(id)+"/", 0
	err := db.Each(TablePicks, func(k string, dec func(any) error) error {
		if !strings.HasPrefix(k, prefix) {
			return nil
		}
		var r PickRecord
		if err := dec(&r); err != nil {
			return err
		}
		player.Next(p, game.State{Phase: r.Phase, ToMove: game.Challenger, Tree: r.Tree, Op: r.Op, Height: r.Height, Index: r.Index,
			Moves: r.Moves, Left: r.Left, Right: r.Right})
		n++
		return nil
	})
	return n, err
}

func deletePicks(db *DB, id uint64) error {
	prefix := GameKey(id) + "/"
	var keys []string
	if err := db.Each(TablePicks, func(k string, _ func(any) error) error {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
		return nil
	}); err != nil {
		return err
	}
	for _, k := range keys {
		if err := db.Delete(TablePicks, k); err != nil {
			return err
		}
	}
	return nil
}
