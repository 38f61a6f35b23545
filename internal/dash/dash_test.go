package dash

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// fakeSource is a Source with canned views. A non-nil err makes every method fail with it; a job
// missing from jobs is ErrNotFound. It counts the calls of Job.
type fakeSource struct {
	mu       sync.Mutex
	market   *MarketView
	jobs     map[uint64]*JobView
	node     *NodeView
	err      error
	jobCalls int
}

func (f *fakeSource) setErr(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.err = err
}

func (f *fakeSource) Market(ctx context.Context) (*MarketView, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	return f.market, nil
}

func (f *fakeSource) Job(ctx context.Context, id uint64) (*JobView, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.jobCalls++
	if f.err != nil {
		return nil, f.err
	}
	j, ok := f.jobs[id]
	if !ok {
		return nil, fmt.Errorf("job %d: %w", id, ErrNotFound)
	}
	return j, nil
}

func (f *fakeSource) Node(ctx context.Context) (*NodeView, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return nil, f.err
	}
	return f.node, nil
}

const (
	addrA = "0x1111111111111111111111111111111111111111"
	addrB = "0x2222222222222222222222222222222222222222"
	addrC = "0x3333333333333333333333333333333333333333"
)

func sampleBrief() JobBrief {
	return JobBrief{
		ID: 1, State: "active", Submitter: addrA, Shards: 2, Rounds: 1, Round: 0,
		Budget: "200", MaxPrice: "100", ClearingPrice: "80",
		Bids:    []Bid{{Bidder: addrB, Price: "80"}, {Bidder: addrC, Price: "90"}},
		Settled: 0,
	}
}

func sampleJob() *JobView {
	return &JobView{
		JobBrief: sampleBrief(),
		SpecHash: "0xabcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
		Steps:    50,
		ShardList: []ShardView{
			{Index: 0, Solver: addrB, State: "committed", Attempt: 1, Round: 0, Deadline: 120, Price: "80", TraceRoot: "0xaa", Step: 50, Steps: 50},
			{Index: 1, Solver: addrC, State: "assigned", Attempt: 1, Round: 0, Deadline: 130, Price: "80", Disputes: 1, Step: 20, Steps: 50},
		},
		Loss: []LossSeries{
			{Shard: 0, Attempt: 1, Points: []LossPoint{{Step: 10, Loss: 2.25}, {Step: 20, Loss: 1.5}, {Step: 30, Loss: 0.875}}},
			{Shard: 1, Attempt: 1, Points: []LossPoint{{Step: 10, Loss: 2.5}, {Step: 20, Loss: 1.75}}},
		},
		Eval: []EvalPoint{{Step: 50, Loss: 0.75, Accuracy: 0.8125}},
		Verification: []Verification{
			{Shard: 0, Attempt: 1, Round: 0, Segments: []Segment{{First: 11, Last: 20}, {First: 41, Last: 50}}, Status: "passed"},
		},
		Disputes: []Dispute{
			{Kind: "step", Game: 7, Shard: 1, Attempt: 1, Round: 0, Step: 13, Challenger: addrA, Solver: addrC, Moves: 3, Phase: "bisect"},
		},
		Events: []Event{
			{Block: 100, Name: "JobCreated", Args: map[string]string{"job": "1"}},
			{Block: 110, Name: "ShardCommitted", Args: map[string]string{"job": "1", "shard": "0"}},
			{Block: 115, Name: "ShardFinalized", Args: map[string]string{"job": "1", "shard": "0", "paid": "80"}},
		},
	}
}

func sampleNode() *NodeView {
	return &NodeView{
		Name: "node-a", Roles: []string{"solver", "verifier"}, Account: addrB, PeerID: "12D3KooWExample",
		Peers: 3, Balance: "1000", Bonded: "500", Locked: "100", Owed: "0", Earnings: "80", Slashed: "0",
		HeadLag: 1.5, Uptime: 3600,
	}
}

func newFake() *fakeSource {
	j := sampleJob()
	return &fakeSource{
		market: &MarketView{Head: 120, HeadTime: 1_800_000_000, Jobs: []JobBrief{j.JobBrief}},
		jobs:   map[uint64]*JobView{1: j},
		node:   sampleNode(),
	}
}

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: reading the body: %v", url, err)
	}
	return resp, body
}

func TestAPIRoutesReturnTheViews(t *testing.T) {
	src := newFake()
	srv := httptest.NewServer(Handler(src, nil))
	defer srv.Close()

	for _, tc := range []struct {
		path string
		view any
		into any
	}{
		{"/api/market", src.market, new(MarketView)},
		{"/api/job/1", src.jobs[1], new(JobView)},
		{"/api/node", src.node, new(NodeView)},
	} {
		t.Run(tc.path, func(t *testing.T) {
			resp, body := get(t, srv.URL+tc.path)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200: %s", resp.StatusCode, body)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			if cc := resp.Header.Get("Cache-Control"); cc != "no-store" {
				t.Errorf("Cache-Control %q, want no-store", cc)
			}
			want, err := json.Marshal(tc.view)
			if err != nil {
				t.Fatal(err)
			}
			if got := bytes.TrimSpace(body); !bytes.Equal(got, want) {
				t.Errorf("body\n%s\nwant\n%s", got, want)
			}
			if err := json.Unmarshal(body, tc.into); err != nil {
				t.Fatalf("decoding: %v", err)
			}
			if !reflect.DeepEqual(tc.into, tc.view) {
				t.Errorf("round trip: got %+v, want %+v", tc.into, tc.view)
			}
		})
	}
}

// The page reads these JSON names; a rename in dash.go must show up here.
func TestJobJSONNames(t *testing.T) {
	b, err := json.Marshal(sampleJob())
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "state", "shards", "rounds", "round", "budget", "max_price", "clearing_price", "bids",
		"spec_hash", "steps", "shard_list", "loss", "eval", "verification", "disputes", "events"} {
		if _, ok := m[k]; !ok {
			t.Errorf("the job's JSON has no %q: %s", k, b)
		}
	}
	if string(m["shards"]) != "2" {
		t.Errorf(`"shards" is %s, want the count 2 (the list is "shard_list")`, m["shards"])
	}
}

func TestSourceErrorIs503(t *testing.T) {
	src := newFake()
	cause := errors.New("chain unreachable: dial tcp 127.0.0.1:8545: connect: connection refused")
	src.setErr(cause)
	srv := httptest.NewServer(Handler(src, nil))
	defer srv.Close()

	for _, path := range []string{"/api/market", "/api/job/1", "/api/node"} {
		resp, body := get(t, srv.URL+path)
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("%s: status %d, want 503", path, resp.StatusCode)
		}
		var e map[string]string
		if err := json.Unmarshal(body, &e); err != nil {
			t.Fatalf("%s: body %q is not a JSON object: %v", path, body, err)
		}
		if e["error"] != cause.Error() || len(e) != 1 {
			t.Errorf("%s: body %v, want {\"error\": %q}", path, e, cause)
		}
	}
}

// A view JSON cannot hold (a NaN loss of a diverged run) is a 500 with an error, not an empty
// 200 (the node's Source drops such points; this is the handler's backstop).
func TestUnencodableViewIs500(t *testing.T) {
	src := newFake()
	src.jobs[1].Eval = []EvalPoint{{Step: 1, Loss: float32(math.NaN())}}
	srv := httptest.NewServer(Handler(src, nil))
	defer srv.Close()
	resp, body := get(t, srv.URL+"/api/job/1")
	var e map[string]string
	if resp.StatusCode != http.StatusInternalServerError || json.Unmarshal(body, &e) != nil || !strings.Contains(e["error"], "NaN") {
		t.Fatalf("status %d, body %q: want a 500 naming the NaN", resp.StatusCode, body)
	}
}

func TestJobNotFoundIs404(t *testing.T) {
	srv := httptest.NewServer(Handler(newFake(), nil))
	defer srv.Close()

	// The largest id still parses: the Source answers.
	for _, id := range []string{"2", "18446744073709551615"} {
		resp, body := get(t, srv.URL+"/api/job/"+id)
		if resp.StatusCode != http.StatusNotFound {
			t.Fatalf("job %s: status %d, want 404: %s", id, resp.StatusCode, body)
		}
		var e map[string]string
		if err := json.Unmarshal(body, &e); err != nil {
			t.Fatalf("job %s: body %q: %v", id, body, err)
		}
		if !strings.Contains(e["error"], "not found") {
			t.Errorf("job %s: error %q, want it to say not found", id, e["error"])
		}
	}
}

func TestBadJobIDIs400(t *testing.T) {
	src := newFake()
	srv := httptest.NewServer(Handler(src, nil))
	defer srv.Close()

	for _, id := range []string{"0", "-1", "abc", "1.5", "0x1", "%20", "18446744073709551616", "99999999999999999999999999"} {
		resp, body := get(t, srv.URL+"/api/job/"+id)
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("id %q: status %d, want 400: %s", id, resp.StatusCode, body)
			continue
		}
		var e map[string]string
		if err := json.Unmarshal(body, &e); err != nil || e["error"] == "" {
			t.Errorf("id %q: body %q is not an error JSON", id, body)
		}
	}
	if src.jobCalls != 0 {
		t.Errorf("the Source was asked %d times for a bad id", src.jobCalls)
	}
}

func TestUnknownPathsAre404(t *testing.T) {
	srv := httptest.NewServer(Handler(newFake(), nil))
	defer srv.Close()

	for _, path := range []string{"/api", "/api/", "/api/nope", "/api/markets", "/api/job", "/api/job/", "/api/job/1/shards", "/nope.js"} {
		resp, _ := get(t, srv.URL+path)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", path, resp.StatusCode)
		}
	}
	// The API is read-only.
	resp, err := http.Post(srv.URL+"/api/market", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /api/market: status %d, want 405", resp.StatusCode)
	}
}

func TestPageIsServed(t *testing.T) {
	srv := httptest.NewServer(Handler(newFake(), nil))
	defer srv.Close()

	resp, body := get(t, srv.URL+"/")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/: status %d", resp.StatusCode)
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "text/html" {
		t.Errorf("/: Content-Type %q, want text/html", resp.Header.Get("Content-Type"))
	}
	for _, want := range []string{`id="banner"`, `src="app.js"`, `href="style.css"`, `href="#/node"`} {
		if !bytes.Contains(body, []byte(want)) {
			t.Errorf("/ has no %s", want)
		}
	}
	for path, want := range map[string]string{"/app.js": "text/javascript", "/style.css": "text/css"} {
		resp, body := get(t, srv.URL+path)
		if resp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Errorf("%s: status %d, %d bytes", path, resp.StatusCode, len(body))
		}
		if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != want {
			t.Errorf("%s: Content-Type %q, want %s", path, resp.Header.Get("Content-Type"), want)
		}
	}
}

// The page works offline: no file of it names an outside address (the SVG namespace name is not
// fetched), and the script never parses API strings as HTML.
func TestPageIsSelfContained(t *testing.T) {
	url := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`)
	err := fs.WalkDir(static, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := static.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range url.FindAll(b, -1) {
			if string(m) != "http://www.w3.org" {
				t.Errorf("%s names an outside address: %s", path, m)
			}
		}
		for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
			if bytes.Contains(b, []byte(bad)) {
				t.Errorf("%s uses %s", path, bad)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestMetricsParseAsPrometheusText(t *testing.T) {
	reg := prometheus.NewRegistry()
	steps := prometheus.NewCounter(prometheus.CounterOpts{Name: "veritrain_train_steps_total", Help: "Training steps done."})
	lag := prometheus.NewGauge(prometheus.GaugeOpts{Name: "veritrain_chain_head_lag_seconds", Help: "Seconds behind the chain head."})
	reg.MustRegister(steps, lag)
	steps.Add(3)
	lag.Set(1.5)

	srv := httptest.NewServer(Handler(newFake(), reg))
	defer srv.Close()
	resp, body := get(t, srv.URL+"/metrics")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics: status %d: %s", resp.StatusCode, body)
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "text/plain" {
		t.Errorf("/metrics: Content-Type %q, want text/plain", resp.Header.Get("Content-Type"))
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(bytes.NewReader(body))
	if err != nil {
		t.Fatalf("/metrics does not parse as Prometheus text format: %v\n%s", err, body)
	}
	f := fams["veritrain_train_steps_total"]
	if f == nil || len(f.GetMetric()) != 1 {
		t.Fatalf("no veritrain_train_steps_total in\n%s", body)
	}
	if got := f.GetMetric()[0].GetCounter().GetValue(); got != 3 {
		t.Errorf("veritrain_train_steps_total = %v, want 3", got)
	}
	if g := fams["veritrain_chain_head_lag_seconds"]; g == nil || g.GetMetric()[0].GetGauge().GetValue() != 1.5 {
		t.Errorf("veritrain_chain_head_lag_seconds is not 1.5 in\n%s", body)
	}
}

func TestNoRegistryNoMetrics(t *testing.T) {
	srv := httptest.NewServer(Handler(newFake(), nil))
	defer srv.Close()
	resp, _ := get(t, srv.URL+"/metrics")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("/metrics without a registry: status %d, want 404", resp.StatusCode)
	}
}

func TestServe(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, err := Serve(ctx, "127.0.0.1:0", Handler(newFake(), nil))
	if err != nil {
		t.Fatal(err)
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil || host != "127.0.0.1" || port == "0" {
		t.Fatalf("Serve returned %q (%v), want 127.0.0.1 and a chosen port", addr, err)
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 2 * time.Second}
	resp, err := client.Get("http://" + addr + "/api/node")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}

	// The address is taken while it serves.
	if _, err := Serve(ctx, addr, Handler(newFake(), nil)); err == nil {
		t.Errorf("a second Serve on %s did not fail", addr)
	}

	cancel()
	deadline := time.Now().Add(3 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatalf("%s still accepts connections after the context ended", addr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
