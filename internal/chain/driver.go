package chain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/game"
)

// The driver of one party's side of a dispute game on chain (docs/dispute-game.md section 11):
// decide with a game.Player from the state the chain holds, act by sending the move with
// Client.Move, and time out an opponent that missed its deadline. A verifier node drives the
// challenger's side of the games it opened, a solver node the solver's side of the games opened
// against it; both run the same loop.

// GameDriver drives one party's side of one game. Act is one round of decide and act; Run
// repeats it on every new block until the game is over. A GameDriver is not safe for
// concurrent use (its Player keeps the game's transcript).
type GameDriver struct {
	Client *Client      // signs the party's moves and timeouts: the key of the game's solver or challenger
	Layout *GameLayout  // the job's layout (the descriptors and proofs that picks and tie proofs carry)
	ID     *big.Int     // the game
	Party  game.Party   // game.Solver or game.Challenger
	Player game.Player  // decides the party's moves
	Params *game.Params // the game's parameters, as the Player reads them

	// Sent, if set, is called after every transaction the driver tried to send (a move of the
	// Player, or game.Timeout) with its receipt (nil if none: the transaction was refused before
	// it was sent, e.g. by a gas estimation that found a revert; a receipt of a transaction that
	// reverted on chain is passed, its gas was spent) and Act's error (nil: accepted; wrapping
	// ErrRejected: the chain refused it).
	Sent func(m game.Move, r *types.Receipt, err error)
	// Logger receives what Run does not return: rejected moves, failed reads, a Player with
	// nothing to send (nil: discarded).
	Logger *slog.Logger

	checked  bool       // the game's parties and layout were checked against the driver
	state    game.State // the state of the last Act
	chunk    []byte     // the last chunk taken from a LeafRevealed event
	rejected int        // Moves of the state in which the chain rejected the Player's move (0: none)
}

// ErrRejected wraps the revert of a transaction the driver sent: the chain refused what the
// Player decided (a Player whose View does not fit the commitments, or a move that came too
// late), or a timeout (the other party moved first). The driver does not send a Player's move
// again in the state that rejected it.
var ErrRejected = errors.New("chain: move rejected")

// ErrBadGame wraps what no retry can fix: the game does not exist, the driver's key is not its
// party's, the job's registered layout is not the driver's, or the chain's state of the game is
// inconsistent (a game over with a party to move, say). Run returns it.
var ErrBadGame = errors.New("chain: game does not fit the driver")

// State is the game's state as the last Act read it (before its action), with the revealed
// chunk filled in.
func (d *GameDriver) State() game.State { return d.state }

// Act reads the game and does what the driver's party should do now: nothing if the game is
// over or if the party is to move and its Player has nothing to send; the Player's move if the
// party is to move; a timeout if the other party is to move and its deadline has passed (the
// latest block's time is at or past it, so the next block's is too). acted reports whether a
// transaction was sent and accepted. A move the chain rejects returns an error wrapping
// ErrRejected and is not sent again in the same state.
func (d *GameDriver) Act(ctx context.Context) (acted bool, err error) {
	st, err := d.read(ctx)
	if err != nil {
		return false, err
	}
	d.state = st
	switch {
	case st.Phase == game.PhaseOver:
		return false, nil
	case st.ToMove == d.Party:
		if d.rejected == st.Moves {
			return false, nil
		}
		m, ok := d.Player.Next(d.Params, st)
		if !ok {
			return false, nil
		}
		r, err := d.Client.Move(ctx, d.ID, d.Layout, st, m)
		if err = d.sent(m, r, err, fmt.Sprintf("%v's %s in %v", d.Party, m.Name(), st.Phase)); errors.Is(err, ErrRejected) {
			d.rejected = st.Moves
		}
		return err == nil, err
	default:
		now, err := d.Client.HeadTime(ctx)
		if err != nil {
			return false, fmt.Errorf("game %v: %w", d.ID, err)
		}
		if now < st.Deadline {
			return false, nil
		}
		r, err := d.Client.TimeoutGame(ctx, d.ID)
		err = d.sent(game.Timeout{}, r, err, fmt.Sprintf("timeout of the %v (deadline %d, head time %d)", st.ToMove, st.Deadline, now))
		return err == nil, err
	}
}

// sent classifies the result of a transaction (a revert, found by the gas estimation or on
// chain, is a rejection), reports it to the Sent hook and returns Act's error.
func (d *GameDriver) sent(m game.Move, r *types.Receipt, err error, what string) error {
	if err != nil {
		var re *RevertError
		if errors.As(err, &re) || (r != nil && r.Status != types.ReceiptStatusSuccessful) {
			err = fmt.Errorf("game %v: %s: %w: %w", d.ID, what, ErrRejected, err)
		} else {
			err = fmt.Errorf("game %v: %s: %w", d.ID, what, err)
		}
	}
	if d.Sent != nil {
		d.Sent(m, r, err)
	}
	return err
}

// read reads the game from the chain as a game.State and checks it against the driver.
func (d *GameDriver) read(ctx context.Context) (game.State, error) {
	if d.Party != game.Solver && d.Party != game.Challenger {
		return game.State{}, fmt.Errorf("%w: a driver for %v", ErrBadGame, d.Party)
	}
	if d.Client == nil || d.Layout == nil || d.ID == nil || d.Player == nil || d.Params == nil {
		return game.State{}, fmt.Errorf("%w: a driver without a client, layout, game id, player or params", ErrBadGame)
	}
	v, err := d.Client.Game(ctx, d.ID)
	if err != nil {
		return game.State{}, fmt.Errorf("game %v: %w", d.ID, err)
	}
	if v.Phase == 0 {
		return game.State{}, fmt.Errorf("game %v: %w: no such game", d.ID, ErrBadGame)
	}
	if !d.checked {
		if err := d.check(ctx, v.JobId, v.Solver, v.Challenger); err != nil {
			return game.State{}, fmt.Errorf("game %v: %w", d.ID, err)
		}
		d.checked = true
	}
	st := GameState(v)
	if (st.Phase == game.PhaseOver) != (st.ToMove == game.Nobody) {
		return game.State{}, fmt.Errorf("game %v: %w: the chain says %v moves in %v", d.ID, ErrBadGame, st.ToMove, st.Phase)
	}
	if needsChunk(st) {
		if st.Chunk, err = d.revealedChunk(ctx, st); err != nil {
			return game.State{}, err
		}
	}
	return st, nil
}

// check verifies once that the driver's key is its party's in the game and that its layout is
// the one the job registered (the proofs the moves carry are built from it).
func (d *GameDriver) check(ctx context.Context, jobID *big.Int, solver, challenger common.Address) error {
	want := solver
	if d.Party == game.Challenger {
		want = challenger
	}
	if a := d.Client.Address(); a != want {
		return fmt.Errorf("%w: the %v is %v, the driver signs as %v", ErrBadGame, d.Party, want, a)
	}
	lay, err := d.Client.JobLayout(ctx, jobID)
	if err != nil {
		return err
	}
	if !lay.Registered || lay.NumOps != uint64(len(d.Layout.Ops)) || lay.NumStates != uint64(d.Layout.NumStates) ||
		lay.Steps != uint64(d.Layout.Steps) || lay.H0 != d.Layout.H0 || lay.UpdatesRoot != d.Layout.UpdatesRoot() ||
		lay.Context != d.Layout.Context || lay.GraphRoot != d.Layout.GraphRoot() {
		return fmt.Errorf("%w: job %v's registered layout %+v is not the driver's", ErrBadGame, jobID, lay)
	}
	return nil
}

// needsChunk tells whether the state holds a revealed tensor chunk, which the chain view omits:
// the bisection of a tensor reached its leaf and the solver revealed it.
func needsChunk(st game.State) bool {
	return st.Tree == game.TreeTensor && st.Height == 0 && st.Phase != game.PhaseRevealLeaf && st.Phase != game.PhaseOver
}

// revealedChunk returns the bytes of the tensor leaf the game stands on, from the game's
// LeafRevealed event (searched backwards from the head, a batch of blocks at a time). An event
// whose bytes do not hash to the leaf is ignored (it cannot come from the contract, which checks
// the hash: a faulty or lying node sent it).
func (d *GameDriver) revealedChunk(ctx context.Context, st game.State) ([]byte, error) {
	if d.chunk != nil && commit.LeafHash(d.chunk) == st.Node {
		return d.chunk, nil
	}
	ev := gameABI.GetABI().Events[contracts.DisputeGameLeafRevealedEventName]
	var bad error
	err := d.Client.scanBack(ctx, d.Client.dep.DisputeManager, [][]common.Hash{{ev.ID}, {common.BigToHash(d.ID)}}, func(logs []types.Log) bool {
		for i := len(logs) - 1; i >= 0; i-- {
			e, err := gameABI.UnpackLeafRevealedEvent(&logs[i])
			if err != nil || logs[i].Removed || e.Id.Cmp(d.ID) != 0 || game.Tree(e.Tree) != game.TreeTensor ||
				!e.Index.IsInt64() || e.Index.Int64() != int64(st.Index) {
				continue
			}
			if commit.LeafHash(e.Data) != st.Node {
				bad = fmt.Errorf("game %v: LeafRevealed in block %d: %d bytes that do not hash to leaf %d (%v): ignored",
					d.ID, logs[i].BlockNumber, len(e.Data), st.Index, st.Node)
				continue
			}
			d.chunk = e.Data
			return true
		}
		return false
	})
	switch {
	case err != nil:
		return nil, fmt.Errorf("game %v: LeafRevealed: %w", d.ID, err)
	case d.chunk != nil && commit.LeafHash(d.chunk) == st.Node:
		return d.chunk, nil
	}
	if bad != nil {
		return nil, bad
	}
	return nil, fmt.Errorf("game %v: no LeafRevealed event for leaf %d of op %d's tensor", d.ID, st.Index, st.Op)
}

// Run drives the game until it is over or ctx ends: it calls Act at once and then whenever the
// chain has a new head (polled every poll), and returns the final state. A rejected move is
// logged and not sent again; other errors of Act are logged and retried at the next poll (a
// node that failed for a moment), except ErrBadGame, which Run returns. Cancellation returns
// ctx.Err().
func (d *GameDriver) Run(ctx context.Context, poll time.Duration) (game.State, error) {
	log := d.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t := time.NewTicker(poll)
	defer t.Stop()
	var (
		handled  uint64
		first    = true
		idleSeen = -1 // Moves of a state in which the Player had nothing to send (logged once)
	)
	for {
		head, err := d.Client.b.BlockNumber(ctx)
		switch {
		case err != nil:
			if ctx.Err() == nil {
				log.Warn("game driver: block number", "game", d.ID, "err", err)
			}
		case first || head != handled:
			acted, err := d.Act(ctx)
			switch {
			case err == nil || errors.Is(err, ErrRejected):
				first, handled = false, head
				if err != nil {
					log.Warn("game driver: move rejected", "game", d.ID, "party", d.Party, "err", err)
				}
			case errors.Is(err, ErrBadGame):
				return d.state, err
			case ctx.Err() == nil:
				log.Warn("game driver: act", "game", d.ID, "party", d.Party, "err", err)
			}
			st := d.state
			if st.Phase == game.PhaseOver {
				log.Info("game driver: game over", "game", d.ID, "party", d.Party, "winner", st.Winner, "reason", st.Reason, "moves", st.Moves)
				return st, nil
			}
			if err == nil && !acted && st.ToMove == d.Party && idleSeen != st.Moves {
				idleSeen = st.Moves
				log.Warn("game driver: nothing to send: the party will lose by timeout", "game", d.ID, "party", d.Party,
					"phase", st.Phase, "deadline", st.Deadline)
			}
		}
		select {
		case <-ctx.Done():
			return d.state, ctx.Err()
		case <-t.C:
		}
	}
}
