package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/dispute"
	"veritrain/internal/game"
)

// The dispute game (contracts/src/DisputeGame.sol, docs/dispute-game.md "On-chain"): deploying
// it as the market's dispute manager, registering a job's layout, the moves of both parties, and
// reading a game. The game contract is the deployment's DisputeManager.

var gameABI = contracts.NewDisputeGame()

func init() { errorABIs = append(errorABIs, gameABI.GetABI()) }

// GameRules are the fixed rules of a DisputeGame deployment.
type GameRules struct {
	Judge         common.Address // the IJudge contract that recomputes elements
	MoveTimeout   uint64         // seconds per move (at least 1)
	Bond          *big.Int       // the challenger's bond, in the market's token
	BondRewardBPS uint64         // share of a losing challenger's bond paid to the solver (the rest is burned)
}

// DeployWithDisputeGame deploys a DisputeGame and a RoundGame with the given rules, then the
// market contracts (Deploy) with the games as their dispute and round managers, and links the
// games to the market (their one-time initialize). opts are Deploy's; a WithDisputeManager among them is overridden.
func DeployWithDisputeGame(ctx context.Context, b Backend, key *ecdsa.PrivateKey, rules GameRules, opts ...Option) (*Deployment, error) {
	if rules.Bond == nil {
		return nil, errors.New("chain: game rules without a bond")
	}
	c, _, err := deployer(ctx, b, key, opts)
	if err != nil {
		return nil, err
	}
	addr, r, err := c.deploy(ctx, "DisputeGame", contracts.DisputeGameMetaData.Bin,
		gameABI.PackConstructor(rules.Judge, rules.MoveTimeout, rules.Bond, new(big.Int).SetUint64(rules.BondRewardBPS)))
	if err != nil {
		return nil, err
	}
	rg, _, err := c.deploy(ctx, "RoundGame", contracts.RoundGameMetaData.Bin,
		roundABI.PackConstructor(rules.MoveTimeout, rules.Bond, new(big.Int).SetUint64(rules.BondRewardBPS)))
	if err != nil {
		return nil, err
	}
	dep, err := Deploy(ctx, b, key, append(append([]Option(nil), opts...), WithDisputeManager(addr), WithRoundManager(rg))...)
	if err != nil {
		return nil, err
	}
	dep.DeployBlock = r.BlockNumber.Uint64()
	if _, err := c.transact(ctx, gameABI.Instance(b, addr), gameABI.PackInitialize(dep.Market), "DisputeGame.initialize"); err != nil {
		return nil, err
	}
	if _, err := c.transact(ctx, roundABI.Instance(b, rg), roundABI.PackInitialize(dep.Market), "RoundGame.initialize"); err != nil {
		return nil, err
	}
	return dep, nil
}

func (c *Client) game() *bind.BoundContract { return gameABI.Instance(c.b, c.dep.DisputeManager) }

// ---------------------------------------------------------------- job layouts

// GameLayout is what the dispute contract and its drivers need about a job beyond the market's
// record: the op descriptors (their Merkle tree is the job's graph root), the state updates, and
// the registered numbers. Drivers use it to attach the proofs that picks and tie proofs carry.
type GameLayout struct {
	Ops       [][]byte    // op descriptor encodings (autograd.OpDesc.Encode), in program order
	Updates   []int       // per state slot: the op whose output becomes it after a step, or game.Carried
	NumStates int         // tensors in the training state
	Steps     int         // steps of a shard's run
	H0        commit.Hash // the initial state root
	Context   commit.Hash // opaque commitment passed to the Judge

	graph, updates *commit.Tree
}

// NewGameLayout returns the layout of a job whose step program is listed by ops (its graph root
// is the Merkle root over their encodings): the updates are the state ops' Next.
func NewGameLayout(ops []autograd.OpDesc, numStates, steps int, h0, context commit.Hash) *GameLayout {
	l := &GameLayout{NumStates: numStates, Steps: steps, H0: h0, Context: context, Updates: dispute.Updates(ops, numStates)}
	for k := range ops {
		l.Ops = append(l.Ops, ops[k].Encode())
	}
	return l
}

func (l *GameLayout) trees() {
	if l.graph != nil {
		return
	}
	leaves := make([]commit.Hash, len(l.Ops))
	for k, b := range l.Ops {
		leaves[k] = commit.LeafHash(b)
	}
	l.graph = commit.NewTree(leaves)
	u := make([]commit.Hash, len(l.Updates))
	for j, v := range l.Updates {
		u[j] = UpdateLeaf(v)
	}
	l.updates = commit.NewTree(u)
}

// UpdateLeaf is leaf j of the updates tree for update u: LeafHash of u as a big-endian uint32,
// 0xffffffff for game.Carried (the encoding of an op descriptor's `next`).
func UpdateLeaf(u int) commit.Hash {
	return commit.LeafHash(binary.BigEndian.AppendUint32(nil, updateWord(u)))
}

// updateWord is update u as the contract stores it: the op index, 0xffffffff for game.Carried.
func updateWord(u int) uint32 {
	if u == game.Carried {
		return 0xffffffff
	}
	return uint32(u)
}

// GraphRoot is the job's graph root.
func (l *GameLayout) GraphRoot() commit.Hash { l.trees(); return l.graph.Root() }

// UpdatesRoot is the Merkle root over UpdateLeaf(u_j) of every state slot.
func (l *GameLayout) UpdatesRoot() commit.Hash { l.trees(); return l.updates.Root() }

// OpProof returns op k's descriptor and its proof against the graph root.
func (l *GameLayout) OpProof(k int) ([]byte, []commit.Hash) {
	l.trees()
	return l.Ops[k], l.graph.Proof(k)
}

// PickData returns the descriptor and proof a pick must carry in state st: those of op k when
// the pick lands on leaf k of the op trace, nothing otherwise.
func (l *GameLayout) PickData(st game.State, side game.Side) ([]byte, []commit.Hash) {
	switch {
	case st.Phase == game.PhaseChoose && side == game.Left && len(l.Ops) == 1:
		return l.OpProof(0)
	case st.Phase == game.PhasePick && st.Tree == game.TreeOps && st.Height == 1:
		if k := 2*st.Index + int(side); k < st.Leaves {
			return l.OpProof(k)
		}
	}
	return nil, nil
}

// SplitData returns the descriptors a split must carry in state st (phase check-element): op
// st.Op's descriptor and its proof against the graph root, and the descriptor and proof of its
// first operand (from which the contract learns the reduction's length). It returns nothing if
// op st.Op has no descriptor with an operand in the listing (the contract then rejects the split,
// as Go rejects a split of an op that is not a long reduction).
func (l *GameLayout) SplitData(st game.State) (opDesc []byte, opProof []commit.Hash, inDesc []byte, inProof []commit.Hash) {
	if st.Op < 0 || st.Op >= len(l.Ops) {
		return nil, nil, nil, nil
	}
	d, err := autograd.DecodeOpDesc(l.Ops[st.Op])
	if err != nil || len(d.In) == 0 || d.In[0] < 0 || d.In[0] >= len(l.Ops) {
		return nil, nil, nil, nil
	}
	opDesc, opProof = l.OpProof(st.Op)
	inDesc, inProof = l.OpProof(d.In[0])
	return opDesc, opProof, inDesc, inProof
}

// ProveData returns the update and its proof a tie proof must carry in state st: slot j's update
// for a leaf of h_t, nothing for a state read.
func (l *GameLayout) ProveData(st game.State) (uint32, []commit.Hash) {
	if st.Tree != game.TreeOut || st.Slot < 0 || st.Slot >= len(l.Updates) {
		return 0, nil
	}
	l.trees()
	return updateWord(l.Updates[st.Slot]), l.updates.Proof(st.Slot)
}

// RegisterLayout registers a job's layout (the job's submitter, while it takes bids and at
// least a move timeout before bidding ends; once).
func (c *Client) RegisterLayout(ctx context.Context, jobID *big.Int, l *GameLayout) (*types.Receipt, error) {
	n := len(l.Ops)
	if n == 0 {
		return nil, errors.New("chain: layout without ops")
	}
	last, proof := l.OpProof(n - 1)
	return c.transact(ctx, c.game(), gameABI.PackRegisterLayout(jobID, uint64(n), uint64(l.NumStates), uint64(l.Steps),
		l.H0, l.UpdatesRoot(), l.Context, last, hashes32(proof)), "registerLayout")
}

// JobLayout is a job's registered layout.
func (c *Client) JobLayout(ctx context.Context, jobID *big.Int) (contracts.DisputeGameLayout, error) {
	return call(ctx, c.game(), gameABI.PackLayoutOf(jobID), gameABI.UnpackLayoutOf, "layoutOf")
}

// ---------------------------------------------------------------- moves

func hashes32(h []commit.Hash) [][32]byte {
	out := make([][32]byte, len(h))
	for i, x := range h {
		out[i] = x
	}
	return out
}

// OpenGame opens a game on a committed shard with the challenger's open (approve the game
// contract for the bond first) and returns the game's id.
func (c *Client) OpenGame(ctx context.Context, jobID *big.Int, shard uint64, o game.Open) (*big.Int, *types.Receipt, error) {
	if o.Step < 0 || o.Bond == nil {
		return nil, nil, errors.New("chain: open: negative step or no bond")
	}
	r, err := c.transact(ctx, c.game(), gameABI.PackOpen(jobID, new(big.Int).SetUint64(shard), big.NewInt(int64(o.Step)),
		o.Prev, o.Cur, hashes32(o.PrevProof), hashes32(o.CurProof), o.Bond), "open")
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := gameABI.UnpackGameOpenedEvent(l); err == nil && l.Address == c.dep.DisputeManager {
			return ev.Id, r, nil
		}
	}
	return nil, r, errors.New("open: no GameOpened event")
}

// PostOpTrace posts the solver's op-trace root.
func (c *Client) PostOpTrace(ctx context.Context, id *big.Int, root common.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackPost(id, root), "post")
}

// Pick picks a side (in phase choose: Left disputes the op trace, Right h_t). A pick that lands on
// a leaf of the op trace carries that op's descriptor and proof (GameLayout.PickData).
func (c *Client) Pick(ctx context.Context, id *big.Int, side game.Side, opDesc []byte, opProof []commit.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackPick(id, uint8(side), opDesc, hashes32(opProof)), "pick")
}

// Reveal reveals the two children of the current node.
func (c *Client) Reveal(ctx context.Context, id *big.Int, left, right common.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackReveal(id, left, right), "reveal")
}

// RevealLeaf reveals the bytes of the current leaf.
func (c *Client) RevealLeaf(ctx context.Context, id *big.Int, data []byte) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackRevealLeaf(id, data), "revealLeaf")
}

// Prove proves the revealed root's tie to the step's ends; at a leaf of h_t it carries the
// slot's update and its proof against the layout's updates root (GameLayout.ProveData).
func (c *Client) Prove(ctx context.Context, id *big.Int, proof []commit.Hash, update uint32, updateProof []commit.Hash) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackProve(id, hashes32(proof), update, hashes32(updateProof)), "prove")
}

// Check names the element at offset of the revealed chunk (chunk: the bytes the solver revealed)
// and gives the Judge its witness.
func (c *Client) Check(ctx context.Context, id *big.Int, offset int, chunk, witness []byte) (*types.Receipt, error) {
	if offset < 0 {
		return nil, errors.New("chain: check: negative offset")
	}
	return c.transact(ctx, c.game(), gameABI.PackCheck(id, big.NewInt(int64(offset)), chunk, witness), "check")
}

// Split names the element at offset of the revealed chunk (chunk: the bytes the solver revealed)
// and starts the partial-sum bisection of it instead of checking it whole; it carries the op's
// descriptor and its first operand's, with their proofs against the graph root
// (GameLayout.SplitData).
func (c *Client) Split(ctx context.Context, id *big.Int, offset int, chunk, opDesc []byte, opProof []commit.Hash, inDesc []byte, inProof []commit.Hash) (*types.Receipt, error) {
	if offset < 0 {
		return nil, errors.New("chain: split: negative offset")
	}
	return c.transact(ctx, c.game(), gameABI.PackSplit(id, big.NewInt(int64(offset)), chunk, opDesc, hashes32(opProof), inDesc, hashes32(inProof)), "split")
}

// RevealPartial reveals the solver's partial sum (float32 bits) at the middle segment boundary of
// the partial-sum bisection.
func (c *Client) RevealPartial(ctx context.Context, id *big.Int, value uint32) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackRevealPartial(id, value), "revealPartial")
}

// CheckPartial gives the Judge the witness for the one segment the partial-sum bisection
// narrowed to.
func (c *Client) CheckPartial(ctx context.Context, id *big.Int, witness []byte) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackCheckPartial(id, witness), "checkPartial")
}

// TimeoutGame ends a game whose deadline has passed: the party to move loses (anyone may send it).
func (c *Client) TimeoutGame(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackTimeout(id), "timeout")
}

// EndMoot ends a game whose shard assignment was settled meanwhile (another game slashed the
// solver, or the disputes expired): the bond goes back to the challenger (anyone may send it).
func (c *Client) EndMoot(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackEndMoot(id), "endMoot")
}

// ClaimGamePayment pays out the client's payments from the game contract whose transfer failed.
func (c *Client) ClaimGamePayment(ctx context.Context) (*types.Receipt, error) {
	return c.transact(ctx, c.game(), gameABI.PackClaim(), "claim")
}

// Move sends a game move (any game.Move but Open) in the game's current state st, with the data
// the contract needs besides the move: descriptors for picks, the update for tie proofs, the
// revealed chunk for checks, and the chunk and the descriptors for splits.
func (c *Client) Move(ctx context.Context, id *big.Int, l *GameLayout, st game.State, m game.Move) (*types.Receipt, error) {
	switch m := m.(type) {
	case game.PostOpTrace:
		return c.PostOpTrace(ctx, id, common.Hash(m.Root))
	case game.Pick:
		desc, proof := l.PickData(st, m.Side)
		return c.Pick(ctx, id, m.Side, desc, proof)
	case game.Reveal:
		return c.Reveal(ctx, id, common.Hash(m.Left), common.Hash(m.Right))
	case game.RevealLeaf:
		return c.RevealLeaf(ctx, id, m.Data)
	case game.ProveTie:
		u, up := l.ProveData(st)
		return c.Prove(ctx, id, m.Proof, u, up)
	case game.CheckElement:
		return c.Check(ctx, id, m.Offset, st.Chunk, m.Witness)
	case game.Split:
		opDesc, opProof, inDesc, inProof := l.SplitData(st)
		return c.Split(ctx, id, m.Offset, st.Chunk, opDesc, opProof, inDesc, inProof)
	case game.RevealPartial:
		return c.RevealPartial(ctx, id, m.Value)
	case game.CheckPartial:
		return c.CheckPartial(ctx, id, m.Witness)
	case game.Timeout:
		return c.TimeoutGame(ctx, id)
	}
	return nil, fmt.Errorf("chain: %T is not a move of a running game", m)
}

// ---------------------------------------------------------------- reading

// Game reads a game.
func (c *Client) Game(ctx context.Context, id *big.Int) (contracts.DisputeGameGameView, error) {
	return call(ctx, c.game(), gameABI.PackGetGame(id), gameABI.UnpackGetGame, "getGame")
}

// GameCount is the number of games opened.
func (c *Client) GameCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, c.game(), gameABI.PackGameCount(), gameABI.UnpackGameCount, "gameCount")
}

// GameState converts a game read from the chain to the game package's State (times on the
// chain's clock, the revealed chunk omitted: it is in the LeafRevealed event).
func GameState(v contracts.DisputeGameGameView) game.State {
	idx := func(x uint64) int {
		if x == ^uint64(0) {
			return -1
		}
		return int(x)
	}
	return game.State{
		Phase: game.Phase(v.Phase), ToMove: game.Party(v.ToMove), Deadline: v.Deadline, LastTime: v.LastTime,
		Moves: int(v.Moves), Step: int(v.Step.Int64()), Prev: v.Prev, Cur: v.Cur, OpTraceRoot: v.OpTraceRoot,
		Tree: game.Tree(v.Tree), Op: idx(v.Op), Slot: idx(v.Slot), Node: v.Node,
		Height: int(v.Height.Int64()), Index: int(v.Index.Int64()), Leaves: int(v.Leaves.Int64()),
		Left: v.Left, Right: v.Right, LeafRoot: v.LeafRoot,
		Element: idx(v.Element), SegLo: int(v.SegLo), SegHi: int(v.SegHi), SumLo: v.SumLo, SumHi: v.SumHi, SumMid: v.SumMid,
		Winner: game.Party(v.Winner), Reason: game.Reason(v.Reason),
	}
}
