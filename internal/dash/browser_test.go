package dash

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"veritrain/internal/dash/dashtest"
)

// liveSource is a fakeSource whose job 1 evolves with each poll, as a job in training does: the
// loss series grow, and from the third poll on the first commitment has passed verification.
type liveSource struct {
	*fakeSource
	mu    sync.Mutex
	polls int
}

func (s *liveSource) Job(ctx context.Context, id uint64) (*JobView, error) {
	if _, err := s.fakeSource.Job(ctx, id); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.polls++
	n := s.polls
	s.mu.Unlock()
	return liveJob(n), nil
}

// xss is an event argument that would run script if the page parsed API strings as HTML.
const xss = `<img src=x onerror="window.__xss=1">`

func liveJob(n int) *JobView {
	const steps, rounds = 200, 2
	curve := func(step, attempt int) float32 {
		return float32(2.3*math.Exp(-float64(step)/60) + 0.12 + 0.04*math.Sin(float64(step+7*attempt)/9))
	}
	series := func(shard, attempt, upTo int) LossSeries {
		s := LossSeries{Shard: shard, Attempt: attempt}
		for st := 5; st <= min(upTo, steps); st += 5 {
			s.Points = append(s.Points, LossPoint{Step: st, Loss: curve(st, attempt) + float32(shard)*0.08})
		}
		return s
	}
	step0, step1 := min(steps, 40*n), min(steps, 30*n)
	verified := "running"
	if n >= 3 {
		verified = "passed"
	}
	j := &JobView{
		JobBrief: JobBrief{
			ID: 1, State: "active", Submitter: addrA, Shards: 2, Rounds: rounds, Round: min(1, step0/100),
			Budget: "400", MaxPrice: "100", ClearingPrice: "80",
			Bids: []Bid{{Bidder: addrB, Price: "80"}, {Bidder: addrC, Price: "90"}},
		},
		SpecHash: "0x5e7c0ffee0ddba11c0debabe5e7c0ffee0ddba11c0debabe5e7c0ffee0ddba11",
		Steps:    steps,
		ShardList: []ShardView{
			{Index: 0, Solver: addrB, State: "active", Attempt: 1, Round: min(1, step0/100), Deadline: 400, Price: "80", Step: step0, Steps: steps},
			{Index: 1, Solver: addrC, State: "active", Attempt: 1, Round: min(1, step1/100), Deadline: 420, Price: "80", Disputes: 1, Step: step1, Steps: steps},
		},
		Loss: []LossSeries{series(0, 1, step0), series(1, 0, 60), series(1, 1, step1)},
		Verification: []Verification{
			// The chain's sample of the commitment of shard 0, and (below) this node's check of it.
			{Shard: 0, Attempt: 1, Round: 0, Segments: []Segment{{First: 11, Last: 20}, {First: 41, Last: 50}}, Status: "selected"},
			{Shard: 1, Attempt: 0, Round: 0, Segments: []Segment{{First: 21, Last: 30}}, Status: "mismatch", Detail: "step 27: the trace root differs"},
			{Shard: 0, Attempt: 1, Round: 0, Segments: []Segment{{First: 11, Last: 20}, {First: 41, Last: 50}}, Status: verified},
		},
		Disputes: []Dispute{
			{Kind: "step", Game: 7, Shard: 1, Attempt: 0, Round: 0, Step: 27, Challenger: addrA, Solver: addrC, Moves: 6, Phase: "resolved", Winner: addrA, Reason: "step 27 recomputed: the solver's output differs"},
			{Kind: "round", Game: 9, Shard: 1, Attempt: 1, Round: 0, Challenger: addrA, Solver: addrC, Moves: 2, Phase: "bisect"},
		},
		Events: []Event{
			{Block: 100, Name: "JobCreated", Args: map[string]string{"job": "1", "submitter": addrA}},
			{Block: 104, Name: "BidPlaced", Args: map[string]string{"bidder": addrB, "price": "80"}},
			{Block: 108, Name: "ShardAssigned", Args: map[string]string{"shard": "0", "solver": addrB}},
			{Block: 140, Name: "DisputeOpened", Args: map[string]string{"game": "7", "shard": "1"}},
			{Block: 152, Name: "SolverSlashed", Args: map[string]string{"shard": "1", "solver": addrC, "amount": "40", "note": xss}},
		},
	}
	if n >= 2 {
		j.Eval = append(j.Eval, EvalPoint{Step: 100, Loss: curve(100, 1) + 0.05, Accuracy: 0.71})
	}
	if n >= 3 {
		j.Events = append(j.Events, Event{Block: 170, Name: "ShardFinalized", Args: map[string]string{"shard": "0", "solver": addrB, "paid": "80"}})
		j.Settled = 1
	}
	return j
}

// consoleErrors collects the page's uncaught exceptions and console.error calls.
type consoleErrors struct {
	mu   sync.Mutex
	msgs []string
}

func (c *consoleErrors) watch(ctx context.Context) {
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.IsException() || (m.Type == chromedp.ConsoleError && m.Source == "") {
				c.mu.Lock()
				c.msgs = append(c.msgs, m.String())
				c.mu.Unlock()
			}
		}
	}()
}

func (c *consoleErrors) list() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.msgs...)
}

func TestBrowserJobPage(t *testing.T) {
	start := time.Now()
	src := &liveSource{fakeSource: newFake()}
	sctx, stop := context.WithCancel(context.Background())
	defer stop()
	addr, err := Serve(sctx, "127.0.0.1:0", Handler(src, nil))
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + addr + "/"

	ctx := dashtest.Browser(t)
	t.Logf("Chromium started in %v", time.Since(start).Round(time.Millisecond))
	var console consoleErrors
	console.watch(ctx)

	// step runs actions with a time limit; each returns a value through Run.
	step := func(what string, limit time.Duration, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		tctx, cancel := context.WithTimeout(ctx, limit)
		defer cancel()
		if err := chromedp.Do(tctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(what, js string) int {
		t.Helper()
		tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		v, err := chromedp.Run(tctx, chromedp.Evaluate[int](js))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return v
	}
	text := func(sel string) string {
		t.Helper()
		tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		s, err := chromedp.Run(tctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	poll := func(what, js string, limit time.Duration) {
		t.Helper()
		step(what, limit+time.Second, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(limit), chromedp.WithPollingInterval(50*time.Millisecond)))
	}
	dir := dashtest.ArtifactDir(t)
	screenshot := func(name string) {
		t.Helper()
		tctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		png, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s (%d bytes)", path, len(png))
	}

	// The job page draws the loss curves, then shows the verified segment.
	step("open the job page", 10*time.Second, chromedp.Navigate(base+"#/job/1"))
	poll("the loss chart", `document.querySelectorAll('#loss-chart path.loss-line').length >= 3`, 5*time.Second)
	lineJS := `document.querySelector('#loss-chart path.loss-line[data-shard="0"][data-attempt="1"]').getAttribute('d').split('L').length`
	first := eval("points of the first line", lineJS)
	poll("a verified segment", `document.querySelectorAll('tr.verified').length >= 1`, 8*time.Second)
	if later := eval("points of the first line", lineJS); later <= first {
		t.Errorf("the loss line did not grow between polls: %d points, then %d", first, later)
	}
	if n := eval("verified rows", `document.querySelectorAll('#verification-table tr.verified').length`); n != 1 {
		t.Errorf("%d verified rows, want 1", n)
	}
	if n := eval("commitment rows", `document.querySelectorAll('#verification-table tbody tr').length`); n != 2 {
		t.Errorf("the verification table has %d rows, want 2 (a commitment's sample and its check are one row)", n)
	}
	if n := eval("shard rows", `document.querySelectorAll('#shards-table tbody tr').length`); n != 2 {
		t.Errorf("the shards table has %d rows, want 2", n)
	}
	if s := text("#shards-table"); !strings.Contains(s, "0x2222…2222") || !strings.Contains(s, "/200") {
		t.Errorf("the shards table does not show the solver and the progress: %q", s)
	}
	if s := text("#coverage"); !strings.Contains(s, "30 / 200") {
		t.Errorf("coverage %q, want the 30 segment steps of 200 committed steps (2 commitments of a 100-step round)", s)
	}
	poll("the payment event", `document.querySelectorAll('#events-list li.event.ev-pay').length === 1`, 3*time.Second)
	if n := eval("events", `document.querySelectorAll('#events-list li.event').length`); n != 6 {
		t.Errorf("the events list has %d events, want 6", n)
	}
	if n := eval("slash events", `document.querySelectorAll('#events-list li.ev-slash').length`); n != 1 {
		t.Errorf("%d highlighted slashes, want 1", n)
	}
	if n := eval("eval markers", `document.querySelectorAll('#loss-chart .eval-point').length`); n != 1 {
		t.Errorf("%d evaluation markers, want 1", n)
	}
	if n := eval("disputes", `document.querySelectorAll('#disputes-table tbody tr').length`); n != 2 {
		t.Errorf("the disputes table has %d rows, want 2", n)
	}
	// API strings are text, never markup.
	if s := text("#events-list"); !strings.Contains(s, xss) {
		t.Errorf("the events list does not show the argument %q as text: %q", xss, s)
	}
	if n := eval("injected elements", `document.querySelectorAll('#app img').length + (window.__xss ? 100 : 0)`); n != 0 {
		t.Errorf("an API string was parsed as HTML")
	}
	if n := eval("banner", `document.getElementById('banner').hidden ? 0 : 1`); n != 0 {
		t.Errorf("the banner shows while the node answers: %q", text("#banner"))
	}
	if s := text("#node-name"); s != "node-a" {
		t.Errorf("the top bar shows node %q, want node-a", s)
	}
	screenshot("dash-job.png")

	// The chain goes away: a banner with the error, the last data stays; then it comes back.
	const down = "chain unreachable: dial tcp 127.0.0.1:8545: connect: connection refused"
	src.setErr(errors.New(down))
	step("the banner shows", 5*time.Second, chromedp.WaitVisible(chromedp.CSS("#banner")))
	if s := text("#banner"); !strings.Contains(s, down) {
		t.Errorf("the banner says %q, want it to contain %q", s, down)
	}
	if n := eval("the kept chart", `document.querySelectorAll('#loss-chart path.loss-line').length`); n < 3 {
		t.Errorf("the loss chart went away while the chain is down: %d lines", n)
	}
	screenshot("dash-job-degraded.png")
	src.setErr(nil)
	step("the banner hides", 5*time.Second, chromedp.WaitNotVisible(chromedp.CSS("#banner")))

	// A job that does not exist, the market, and the node page.
	step("go to job 99", 5*time.Second, chromedp.Evaluate[chromedp.Void](`location.hash = '#/job/99'`))
	poll("job 99 not found", `(document.getElementById('message') || {}).textContent === 'job 99 not found'`, 4*time.Second)
	step("go to the market", 5*time.Second, chromedp.Evaluate[chromedp.Void](`location.hash = '#/'`))
	poll("the market table", `document.querySelectorAll('#market-table tbody tr.job-row').length === 1`, 4*time.Second)
	step("follow the job's link", 5*time.Second, chromedp.Click(chromedp.CSS(`#market-table a[href="#/job/1"]`)))
	poll("the job page again", `document.querySelectorAll('#loss-chart path.loss-line').length >= 3`, 4*time.Second)
	step("go to the node page", 5*time.Second, chromedp.Evaluate[chromedp.Void](`location.hash = '#/node'`))
	poll("the node page", `(document.getElementById('node-view') || {textContent: ''}).textContent.includes('12D3KooWExample')`, 4*time.Second)
	if s := text("#node-view"); !strings.Contains(s, "1h 0m") || !strings.Contains(s, "solver") {
		t.Errorf("the node page does not show the uptime and the roles: %q", s)
	}

	if errs := console.list(); len(errs) > 0 {
		t.Errorf("the page logged errors:\n%s", strings.Join(errs, "\n"))
	}
	t.Logf("browser test took %v", time.Since(start).Round(time.Millisecond))
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("the browser test took %v, more than 20 s", d)
	}
}
