package node

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"veritrain/internal/dash"
	"veritrain/internal/dash/dashtest"
	"veritrain/internal/market"
	"veritrain/internal/roundgame"
	"veritrain/internal/train"
)

// TestShardedWrongAggregateCaughtOnNodes runs the sharded job of TestShardedCheaterCaughtOnNodes
// with a solver that commits a wrong aggregate: from round 1 on, it starts each round from a
// global state whose first weight is nudged, and trains every inner step honestly from there. No
// step is wrong; the round's global state is. The verifier finds the first wrong element of it
// (against the outer step it replays from the accepted round 0), opens an Outer round game on
// it and resolves it itself from the states it replays and the cheater's global checkpoint: the
// chain recomputes the element and the cheater loses its shard stake (half to the verifier's
// stake; the bond comes back). The reserve trains round 1 again from its public start, and the
// job completes with the fault-free model. Before that, a frivolous challenger opens both kinds
// of round game on the honest shard's round 1, and the honest solver's node wins both.
func TestShardedWrongAggregateCaughtOnNodes(t *testing.T) {
	dir := t.TempDir()
	job := shardedNodeSpec(t, dir)
	want := localShardedRun(t, job)
	m := newShardedMarketWith(t, dir, job, shardedOptions{solvers: 3, verifier: true,
		tamperGlobal: map[int]func(int, *train.State){0: func(round int, g *train.State) {
			if round == 1 {
				g.Tensors[0].Data[0] += 1e-3
			}
		}}})
	ctx := context.Background()
	cheater, honest, reserve, ver := m.solvers[0], m.solvers[1], m.solvers[2], m.verifierNode
	all := []*shardedNode{cheater, honest, reserve, ver, m.submitterNode}

	start := m.balances(cheater, honest, reserve, ver)
	cs, hs, run := m.honestRound0(cheater, honest, reserve, all)

	m.until("both round-1 commits", 60*time.Second, func() bool { return m.committed(1) }, all...)
	cheaterBonded, verBonded := m.stake(cheater).Bonded, m.stake(ver).Bonded

	// A frivolous challenger (the submitter's account) disputes the honest shard's round 1 in
	// both round games: the honest solver's node resolves each from its own checkpoints and the
	// accepted round 0, and wins.
	sh, err := train.LoadSharded(job)
	if err != nil {
		t.Fatal(err)
	}
	rs := sh.RoundSpec()
	sh.Close()
	fc := m.tc.clients["submitter"]
	rules, err := fc.GameRules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var frivolous []*big.Int
	for _, at := range []struct {
		kind           roundgame.Kind
		param, element int
	}{{roundgame.KindStart, 0, 0}, {roundgame.KindOuter, len(rs.Slots) - 1, 1}} {
		g, _, err := fc.OpenRoundGame(ctx, m.id, uint64(hs), at.kind, at.param, at.element, rs, rules.Bond)
		if err != nil {
			t.Fatal(err)
		}
		frivolous = append(frivolous, g)
	}
	m.until("the honest solver's answers", 60*time.Second, func() bool {
		for _, g := range frivolous {
			if st, err := fc.RoundGameOf(ctx, g); err != nil || roundgame.Outcome(st.Outcome) == roundgame.Open {
				return false
			}
		}
		return true
	}, all...)
	for _, g := range frivolous {
		if st, err := fc.RoundGameOf(ctx, g); err != nil || roundgame.Outcome(st.Outcome) != roundgame.SolverRight {
			t.Fatalf("frivolous round game %v: %+v (%v), want the solver right", g, st, err)
		}
	}
	m.verified(all, run(cs, 1, 1), run(hs, 1, 1))
	m.expectCheck(run(hs, 1, 1), market.CheckPassed, 0)
	if rec, _ := m.check(run(cs, 1, 1)); rec.Status != market.CheckBadGlobal || rec.Param != 0 || rec.Element != 0 {
		t.Fatalf("the verifier's check of the cheater's round 1: %+v, want a wrong aggregate at parameter 0 element 0", rec)
	}
	var gid uint64
	m.until("the verifier's round game on the cheater's round 1", 60*time.Second, func() bool {
		ok, err := m.vDB.Get(TableDisputed, RunKey(run(cs, 1, 1)), &gid)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}, all...)
	vc := ver.c
	m.until("the round game's end", 60*time.Second, func() bool {
		g, err := vc.RoundGameOf(ctx, new(big.Int).SetUint64(gid))
		if err != nil {
			t.Fatal(err)
		}
		return roundgame.Outcome(g.Outcome) != roundgame.Open
	}, all...)
	g, err := vc.RoundGameOf(ctx, new(big.Int).SetUint64(gid))
	if err != nil || roundgame.Outcome(g.Outcome) != roundgame.SolverWrong || roundgame.Kind(g.Kind) != roundgame.KindOuter || g.Param != 0 || g.Element != 0 || g.Round != 1 || g.Solver != cheater.c.Address() {
		t.Fatalf("round game %d: %+v (%v), want the cheater wrong on element 0 of parameter 0 of round 1", gid, g, err)
	}
	reward := new(big.Int).Div(tok(shardedStake), big.NewInt(2))
	if d := new(big.Int).Sub(cheaterBonded, m.stake(cheater).Bonded); d.Cmp(tok(shardedStake)) != 0 {
		t.Errorf("the cheater's bonded stake fell by %v, want the shard stake %v", d, tok(shardedStake))
	}
	if d := new(big.Int).Sub(m.stake(ver).Bonded, verBonded); d.Cmp(reward) != 0 {
		t.Errorf("the verifier's bonded stake rose by %v, want %v", d, reward)
	}
	if b := m.balance(ver); b.Cmp(start[ver]) != 0 {
		t.Errorf("the verifier's tokens %v after the game, %v before (the bond is refunded)", b, start[ver])
	}

	if sh := m.shard(cs); sh.Attempt != 2 || sh.Solver != reserve.c.Address() || sh.Round != 1 {
		t.Fatalf("the cheater's shard after the game: %+v, want round 1 of attempt 2 by the reserve", sh)
	}
	m.until("the reserve's round-1 commit", 60*time.Second, func() bool { return m.committedAt(cs, 1, 2) }, all...)
	m.verified(all, run(cs, 2, 1))
	m.expectCheck(run(cs, 2, 1), market.CheckPassed, 0)
	m.acceptRound(1, all...)
	m.until("both final commits", 60*time.Second, func() bool { return m.committed(2) }, all...)
	m.verified(all, run(cs, 2, 2), run(hs, 1, 2))
	m.expectCheck(run(cs, 2, 2), market.CheckPassed, 0)
	m.expectCheck(run(hs, 1, 2), market.CheckPassed, 0)
	m.checkRoundRoots(want)
	m.tc.advance((shardedChallenge + 60) * time.Second)
	m.until("the job closed and its model fetched", 60*time.Second, func() bool {
		return m.job().State == uint8(market.JobClosed) && m.fetched()
	}, all...)
	m.checkModel(want)
	if got := new(big.Int).Sub(m.balance(cheater), start[cheater]); got.Sign() != 0 {
		t.Errorf("the cheater was paid %v", got)
	}
	checkDashboard(t, m, ver, cheater)
}

// checkDashboard checks what the verifier's dashboard shows of the finished job (the API and
// /metrics over HTTP): the loss curves it heard, its passed checks, the three round games, the
// slash and the payments; and the cheater's node page its slash.
func checkDashboard(t *testing.T, m *shardedMarket, ver, cheater *shardedNode) {
	t.Helper()
	ctx := context.Background()
	metrics := m.vMetrics // the verifier's, counted as it checked and disputed
	metrics.WatchHost(ver.net.Host)
	metrics.WatchChain(ver.c)
	srv := httptest.NewServer(dash.Handler(newDashSource(ver.c, m.vDB, ver.net, m.specs, shardedSampling, "verifier", []string{RoleVerifier}), metrics.Registry))
	defer srv.Close()
	get := func(path string, v any) {
		t.Helper()
		r, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		if r.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %s", path, r.Status)
		}
		if v != nil {
			if err := json.NewDecoder(r.Body).Decode(v); err != nil {
				t.Fatalf("GET %s: %v", path, err)
			}
		}
	}
	var jv dash.JobView
	get(fmt.Sprintf("/api/job/%d", m.id.Uint64()), &jv)
	// The page itself, in headless Chromium: the loss curves and the verified segments drawn.
	browse(t, fmt.Sprintf("%s/#/job/%d", srv.URL, m.id.Uint64()))
	if jv.State != "closed" || len(jv.ShardList) != 2 || jv.Steps == 0 {
		t.Errorf("job page: state %q, %d shards, %d steps", jv.State, len(jv.ShardList), jv.Steps)
	}
	points := 0
	for _, l := range jv.Loss {
		points += len(l.Points)
	}
	if len(jv.Loss) < 2 || points < 4 {
		t.Errorf("job page: %d loss series of %d points in all, want the solvers' curves", len(jv.Loss), points)
	}
	passed := 0
	for _, v := range jv.Verification {
		if v.Status == "passed" && len(v.Segments) > 0 {
			passed++
		}
		// Every step of the round, one segment each (the test verifier checks them all).
		for i, sg := range v.Segments {
			if want := v.Round*v.Steps + i + 1; v.Steps != 2 || sg.First != want || sg.Last != want {
				t.Errorf("verification %+v: segment %d is %+v, want step %d of a 2-step round", v, i, sg, want)
			}
		}
	}
	if passed < 4 {
		t.Errorf("job page: %d passed verifications with segments: %+v", passed, jv.Verification)
	}
	outcomes := map[string]int{}
	for _, d := range jv.Disputes {
		outcomes[d.Kind+" "+d.Winner]++
		// Each game's history: its open, then its end (a round game has no other move).
		if h := d.History; len(h) < 2 || h[0].Name != "RoundGameOpened" || h[len(h)-1].Name != "RoundGameEnded" {
			t.Errorf("round game %d's history: %+v", d.Game, h)
		}
	}
	if outcomes["round start solver"] != 1 || outcomes["round outer solver"] != 1 || outcomes["round outer challenger"] != 1 {
		t.Errorf("job page disputes: %v (%+v)", outcomes, jv.Disputes)
	}
	names := map[string]int{}
	for _, e := range jv.Events {
		names[e.Name]++
	}
	if names["SolverSlashed"] != 1 || names["ShardFinalized"] != 2 || names["JobClosed"] != 1 {
		t.Errorf("job page events: %v", names)
	}
	var mv dash.MarketView
	get("/api/market", &mv)
	if len(mv.Jobs) != 1 || mv.Jobs[0].ID != m.id.Uint64() || mv.Head == 0 {
		t.Errorf("market page: %+v", mv)
	}
	if r, err := http.Get(srv.URL + "/api/job/99"); err != nil || r.StatusCode != http.StatusNotFound {
		t.Errorf("a job that does not exist: %v (%v), want 404", r.Status, err)
	} else {
		r.Body.Close()
	}
	cs := newDashSource(cheater.c, cheater.db, cheater.net, m.specs, shardedSampling, "cheater", []string{RoleSolver})
	nv, err := cs.Node(ctx)
	if err != nil || nv.Slashed != market.Tokens(tok(shardedStake)) || nv.Earnings != "0" {
		t.Errorf("the cheater's node page: %+v (%v)", nv, err)
	}
	// /metrics parses as the Prometheus text format, with the node's families.
	r, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(r.Body)
	if err != nil {
		t.Fatalf("/metrics: %v", err)
	}
	for _, name := range []string{"veritrain_verification_segments_total", "veritrain_p2p_peers", "veritrain_p2p_bytes_total", "veritrain_chain_head_lag_seconds", "go_goroutines"} {
		if fams[name] == nil {
			t.Errorf("/metrics has no %s", name)
		}
	}
	// What the verifier did: every round's 2 segments checked (6 rounds passed, one wrong
	// aggregate) and the round game it won.
	count := func(family, label, value string) (n float64) {
		for _, mm := range fams[family].GetMetric() {
			for _, l := range mm.GetLabel() {
				if l.GetName() == label && l.GetValue() == value {
					n += mm.GetCounter().GetValue()
				}
			}
		}
		return n
	}
	if p, bad, won := count("veritrain_verification_segments_total", "result", "passed"), count("veritrain_verification_segments_total", "result", "bad_global"),
		count("veritrain_disputes_total", "outcome", "won"); p != 12 || bad != 2 || won != 1 {
		t.Errorf("the verifier's metrics: %v segments passed, %v in a wrong aggregate, %v games won; want 12, 2, 1", p, bad, won)
	}
	in := count("veritrain_p2p_bytes_total", "direction", "in")
	if in <= 0 {
		t.Errorf("the verifier received %v bytes over p2p streams, yet it fetched every run", in)
	}
}

// browse opens the dashboard's job page at url in headless Chromium, waits until it shows the
// loss curves and at least one verified segment, and saves a screenshot as a test artifact
// (dashtest.ArtifactDir).
func browse(t *testing.T, url string) {
	t.Helper()
	ctx := dashtest.Browser(t)
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	for _, sel := range []string{"#loss-chart path.loss-line", "tr.verified"} {
		if _, err := chromedp.Run(ctx, chromedp.WaitVisible(chromedp.CSS(sel))); err != nil {
			t.Fatalf("the job page never shows %s: %v", sel, err)
		}
	}
	count := func(sel string) int {
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", sel)))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	lines, verified := count("#loss-chart path.loss-line"), count("tr.verified")
	if lines < 2 || verified < 1 {
		t.Fatalf("the job page draws %d loss lines and %d verified commitments", lines, verified)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(dashtest.ArtifactDir(t), "node-job-page.png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("the job page of a real job: %d loss lines, %d verified commitments; screenshot %s", lines, verified, path)
}
