package node

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"veritrain/internal/chain"
	"veritrain/internal/contracts"
	"veritrain/internal/dash"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/roundgame"
)

// dashSource is the node's view for its dashboard (dash.Source): the chain's market, the
// progress its net heard, its own verifications, and the market's events it follows.
type dashSource struct {
	c       *chain.Client
	db      *DB
	net     *Net
	specs   SpecSource
	name    string
	roles   []string
	started time.Time
	sample  game.Sampling

	mu         sync.Mutex
	next       uint64              // the first block whose market events are not read yet
	events     []chain.MarketEvent // every market event from the deployment on
	gameNext   uint64              // the same for the games' events
	gameEvents []chain.GameEvent
}

// newDashSource is the dashboard's view of a node; sampling is its verifier's (the segments of
// its checks are indices of it).
func newDashSource(c *chain.Client, db *DB, net *Net, specs SpecSource, sampling game.Sampling, name string, roles []string) *dashSource {
	return &dashSource{c: c, db: db, net: net, specs: specs, name: name, roles: roles, started: time.Now(), sample: sampling,
		next: c.Deployment().DeployBlock, gameNext: c.Deployment().DeployBlock}
}

// refresh reads the market events of the blocks not read yet.
func (d *dashSource) refresh(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	next, err := d.c.Poll(ctx, d.next, func(l types.Log) error {
		if ev, ok := chain.DecodeMarketLog(l); ok {
			d.events = append(d.events, ev)
		}
		return nil
	})
	if next > d.next {
		// Poll delivers whole blocks up to next: drop the events of a partly read block, which
		// the next poll delivers again.
		d.events = slices.DeleteFunc(d.events, func(e chain.MarketEvent) bool { return e.Block >= next })
		d.next = next
	}
	if err != nil {
		return err
	}
	n := len(d.gameEvents)
	gnext, err := d.c.PollGames(ctx, d.gameNext, func(e chain.GameEvent) { d.gameEvents = append(d.gameEvents, e) })
	if err != nil {
		d.gameEvents = d.gameEvents[:n] // read again from gameNext next time
		return err
	}
	d.gameNext = gnext
	return nil
}

// history is the events of game id (of the round game if round), in chain order.
func (d *dashSource) history(round bool, id uint64) []dash.Event {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := []dash.Event{}
	for _, e := range d.gameEvents {
		if e.Round == round && e.Game == id {
			out = append(out, dash.Event{Block: e.Block, Name: e.Name, Args: e.Args})
		}
	}
	return out
}

// brief reads job id: its record (State JobNone if there is none) and its summary with its bids.
func (d *dashSource) brief(ctx context.Context, id uint64) (contracts.JobMarketJob, dash.JobBrief, error) {
	bid := new(big.Int).SetUint64(id)
	j, err := d.c.Job(ctx, bid)
	if err != nil || j.State == uint8(market.JobNone) {
		return j, dash.JobBrief{}, err
	}
	b := dash.JobBrief{ID: id, State: market.JobState(j.State).String(), Submitter: j.Submitter.Hex(), Shards: int(j.Shards),
		Rounds: max(int(j.Rounds), 1), Round: int(j.Round), Budget: market.Tokens(j.Escrow),
		MaxPrice: market.Tokens(j.MaxPrice), Settled: int(j.Settled)}
	if j.State != uint8(market.JobBidding) && j.ClearingPrice != nil && j.ClearingPrice.Sign() > 0 {
		b.ClearingPrice = market.Tokens(j.ClearingPrice)
	}
	bids, err := d.c.Bids(ctx, bid)
	if err != nil {
		return j, b, err
	}
	for _, x := range bids {
		if x.Bidder != (common.Address{}) {
			b.Bids = append(b.Bids, dash.Bid{Bidder: x.Bidder.Hex(), Price: market.Tokens(x.Price)})
		}
	}
	return j, b, nil
}

// Market is every job, newest first.
func (d *dashSource) Market(ctx context.Context) (*dash.MarketView, error) {
	num, t, err := d.c.Head(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain unreachable: %w", err)
	}
	v := &dash.MarketView{Head: num, HeadTime: t, Jobs: []dash.JobBrief{}}
	n, err := d.c.JobCount(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain unreachable: %w", err)
	}
	for id := n.Uint64(); id >= 1; id-- {
		j, b, err := d.brief(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("chain unreachable: %w", err)
		}
		if j.State != uint8(market.JobNone) {
			v.Jobs = append(v.Jobs, b)
		}
	}
	return v, nil
}

// Job is one job in full.
func (d *dashSource) Job(ctx context.Context, id uint64) (*dash.JobView, error) {
	j, b, err := d.brief(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("chain unreachable: %w", err)
	}
	if j.State == uint8(market.JobNone) {
		return nil, fmt.Errorf("job %d: %w", id, dash.ErrNotFound)
	}
	bid := new(big.Int).SetUint64(id)
	v := &dash.JobView{JobBrief: b, SpecHash: common.Hash(j.SpecHash).Hex(), ShardList: []dash.ShardView{}, Loss: []dash.LossSeries{},
		Verification: []dash.Verification{}, Disputes: []dash.Dispute{}, Events: []dash.Event{}}
	// The spec, if this node has it (or gets it quickly): the steps and the verification sizes.
	steps, inner := 0, 0
	sctx, cancel := context.WithTimeout(ctx, time.Second)
	if job, err := d.specs.Spec(sctx, j.SpecHash); err == nil {
		steps = job.Train.Steps
		v.Steps = steps
		if job.Sharded() {
			inner = job.Parallel.InnerSteps
		}
	}
	cancel()
	if err := d.refresh(ctx); err != nil {
		return nil, fmt.Errorf("chain unreachable: %w", err)
	}
	// The progress shown is the one each attempt's solver signed: the market's assignments
	// name them (a node that follows them, FollowSolvers, knows them already).
	d.mu.Lock()
	for _, e := range d.events {
		if k, solver, ok := assignedSolver(e); ok && e.Job == id {
			d.net.NoteSolver(k, solver)
		}
	}
	d.mu.Unlock()
	prog := d.net.ProgressOf(id)
	mine := d.checks(id, steps, inner)
	checked := map[[3]int]bool{}
	for _, c := range mine {
		checked[[3]int{c.Shard, c.Attempt, c.Round}] = true
	}
	for i := range int(j.Shards) {
		s, err := d.c.Shard(ctx, bid, uint64(i))
		if err != nil {
			return nil, fmt.Errorf("chain unreachable: %w", err)
		}
		sv := dash.ShardView{Index: i, State: market.ShardState(s.State).String(), Attempt: int(s.Attempt), Round: int(s.Round),
			Deadline: s.Deadline, Price: market.Tokens(s.Price), TraceRoot: common.Hash(s.TraceRoot).Hex(), Disputes: int(s.Disputes), Steps: steps}
		if s.Solver != (common.Address{}) {
			sv.Solver = s.Solver.Hex()
		}
		if p, ok := prog[market.RunKey{Job: id, Shard: i, Attempt: int(s.Attempt)}]; ok {
			sv.Step, sv.Steps = p.Step, p.Steps
		}
		v.ShardList = append(v.ShardList, sv)
		// The current commitment's sampled segments (which every verifier must check).
		if s.State == uint8(market.ShardCommitted) && steps > 0 && !checked[[3]int{i, int(s.Attempt), int(s.Round)}] {
			n := steps
			if inner > 0 {
				n = inner
			}
			if r, err := d.c.RoundRandomness(ctx, bid, uint64(i), int(s.Attempt), int(s.Round), int(j.Rounds)); err == nil && r != nil {
				if segs, err := d.sample.Select(*r, n); err == nil {
					vv := dash.Verification{Shard: i, Attempt: int(s.Attempt), Round: int(s.Round), Steps: n, Status: "selected"}
					first := 0
					if inner > 0 {
						first = int(s.Round) * inner
					}
					for _, sg := range segs {
						lo, hi := game.SegmentSteps(n, d.sample.SegmentLen, sg)
						vv.Segments = append(vv.Segments, dash.Segment{First: first + lo, Last: first + hi})
					}
					v.Verification = append(v.Verification, vv)
				}
			}
		}
	}
	for k, h := range d.net.ProgressHistory(id) {
		ls := dash.LossSeries{Shard: k.Shard, Attempt: k.Attempt}
		for _, p := range h {
			if !math.IsNaN(float64(p.Loss)) && !math.IsInf(float64(p.Loss), 0) { // JSON holds no NaN (a diverged run)
				ls.Points = append(ls.Points, dash.LossPoint{Step: p.Step, Loss: p.Loss})
			}
		}
		v.Loss = append(v.Loss, ls)
	}
	slices.SortFunc(v.Loss, func(a, b dash.LossSeries) int { return a.Shard*1000 + a.Attempt - b.Shard*1000 - b.Attempt })
	for _, h := range d.net.EvalHistory(id) { // this node's own runs' evaluations
		for _, e := range h {
			if !math.IsNaN(e.Loss) && !math.IsInf(e.Loss, 0) {
				v.Eval = append(v.Eval, dash.EvalPoint{Step: e.Step, Loss: float32(e.Loss), Accuracy: float32(e.Accuracy)})
			}
		}
	}
	slices.SortFunc(v.Eval, func(a, b dash.EvalPoint) int { return a.Step - b.Step })
	v.Verification = append(v.Verification, mine...)
	if err := d.disputes(ctx, id, v); err != nil {
		return nil, fmt.Errorf("chain unreachable: %w", err)
	}
	d.mu.Lock()
	for _, e := range d.events {
		if e.Job == id {
			v.Events = append(v.Events, dash.Event{Block: e.Block, Name: e.Name, Args: e.Args})
		}
	}
	d.mu.Unlock()
	return v, nil
}

// checks are this node's verifications of job id (none unless it is a verifier).
func (d *dashSource) checks(id uint64, steps, inner int) []dash.Verification {
	var out []dash.Verification
	d.db.Each(TableChecks, func(key string, dec func(any) error) error {
		k, err := ParseRunKey(key)
		if err != nil || k.Job != id {
			return nil
		}
		var rec checkRecord
		if err := dec(&rec); err != nil {
			return nil
		}
		vv := dash.Verification{Shard: k.Shard, Attempt: k.Attempt, Round: k.Round, Status: checkStatusName(rec.Status), Detail: rec.Reason}
		n, first := steps, 0
		if inner > 0 {
			n, first = inner, k.Round*inner
		}
		vv.Steps = n
		if n > 0 {
			for _, sg := range rec.Segments {
				lo, hi := game.SegmentSteps(n, d.sample.SegmentLen, sg)
				vv.Segments = append(vv.Segments, dash.Segment{First: first + lo, Last: first + hi})
			}
		}
		out = append(out, vv)
		return nil
	})
	return out
}

func checkStatusName(s market.CheckStatus) string {
	if s == market.CheckRunning {
		return "running"
	}
	return strings.ReplaceAll(checkResult(s), "_", " ")
}

// disputes lists the step games and round games on job id's shards.
func (d *dashSource) disputes(ctx context.Context, id uint64, v *dash.JobView) error {
	n, err := d.c.GameCount(ctx)
	if err != nil {
		return err
	}
	for g := uint64(1); g <= n.Uint64(); g++ {
		gv, err := d.c.Game(ctx, new(big.Int).SetUint64(g))
		if err != nil {
			return err
		}
		if gv.JobId.Uint64() != id {
			continue
		}
		st := chain.GameState(gv)
		dd := dash.Dispute{Kind: "step", Game: g, Shard: int(gv.Shard.Int64()), Attempt: int(gv.Attempt), Step: int(gv.Step.Int64()),
			Challenger: gv.Challenger.Hex(), Solver: gv.Solver.Hex(), Moves: st.Moves, Phase: st.Phase.String(), History: d.history(false, g)}
		if st.Phase == game.PhaseOver {
			dd.Winner, dd.Reason = strings.ToLower(st.Winner.String()), st.Reason.String()
		}
		v.Disputes = append(v.Disputes, dd)
	}
	if d.c.Deployment().RoundManager == (common.Address{}) {
		return nil
	}
	rn, err := d.c.RoundGameCount(ctx)
	if err != nil {
		return err
	}
	for g := uint64(1); g <= rn; g++ {
		rg, err := d.c.RoundGameOf(ctx, new(big.Int).SetUint64(g))
		if err != nil {
			return err
		}
		if rg.JobId != id {
			continue
		}
		dd := dash.Dispute{Kind: "round " + roundgame.Kind(rg.Kind).String(), Game: g, Shard: int(rg.Shard), Attempt: int(rg.Attempt),
			Round: int(rg.Round), Challenger: rg.Challenger.Hex(), Solver: rg.Solver.Hex(), Moves: 1, Phase: "resolve", History: d.history(true, g)}
		if o := roundgame.Outcome(rg.Outcome); o != roundgame.Open {
			dd.Moves, dd.Phase, dd.Reason, dd.Winner = 2, "over", o.String(), o.Winner()
		}
		v.Disputes = append(v.Disputes, dd)
	}
	return nil
}

// Node is the node itself: its account and what it earned and lost (from the market's events).
func (d *dashSource) Node(ctx context.Context) (*dash.NodeView, error) {
	me := d.c.Address()
	v := &dash.NodeView{Name: d.name, Roles: d.roles, Account: me.Hex(), Uptime: time.Since(d.started).Seconds()}
	if d.net != nil {
		v.PeerID, v.Peers = d.net.Host.ID().String(), len(d.net.Host.Peers())
	}
	bal, err := d.c.TokenBalance(ctx, me)
	if err != nil {
		return v, fmt.Errorf("chain unreachable: %w", err)
	}
	st, err := d.c.Stake(ctx, me)
	if err != nil {
		return v, fmt.Errorf("chain unreachable: %w", err)
	}
	owed, err := d.c.Owed(ctx, me)
	if err != nil {
		return v, fmt.Errorf("chain unreachable: %w", err)
	}
	_, t, err := d.c.Head(ctx)
	if err != nil {
		return v, fmt.Errorf("chain unreachable: %w", err)
	}
	v.Balance, v.Bonded, v.Locked, v.Owed = market.Tokens(bal), market.Tokens(st.Bonded), market.Tokens(st.Locked), market.Tokens(owed)
	v.HeadLag = float64(time.Now().Unix()) - float64(t)
	if err := d.refresh(ctx); err != nil {
		return v, fmt.Errorf("chain unreachable: %w", err)
	}
	earned, slashed := new(big.Int), new(big.Int)
	add := func(x *big.Int, s string) {
		if y, ok := new(big.Int).SetString(s, 10); ok {
			x.Add(x, y)
		}
	}
	d.mu.Lock()
	for _, e := range d.events {
		switch {
		case e.Name == "ShardFinalized" && e.Args["solver"] == me.Hex():
			add(earned, e.Args["paid"])
		case e.Name == "ShardFinalized" && e.Args["verifier"] == me.Hex():
			add(earned, e.Args["verifierFee"])
		case e.Name == "SolverSlashed" && e.Args["solver"] == me.Hex():
			add(slashed, e.Args["amount"])
		case e.Name == "DeadlineMissed" && e.Args["solver"] == me.Hex():
			add(slashed, e.Args["slashed"])
		}
	}
	d.mu.Unlock()
	v.Earnings, v.Slashed = market.Tokens(earned), market.Tokens(slashed)
	return v, nil
}
