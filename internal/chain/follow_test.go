package chain

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

type logKey struct {
	block uint64
	index uint
}

// collector gathers the logs a follower delivers, failing on duplicates.
type collector struct {
	t      *testing.T
	mu     sync.Mutex
	seen   map[logKey]bool
	order  []logKey
	events []string
}

func newCollector(t *testing.T) *collector { return &collector{t: t, seen: map[logKey]bool{}} }

func (c *collector) add(l types.Log) {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := logKey{l.BlockNumber, l.Index}
	if c.seen[k] {
		c.t.Errorf("duplicate log %v", k)
	}
	c.seen[k] = true
	c.order = append(c.order, k)
}

func (c *collector) trace(ev string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.events = append(c.events, ev)
}

func (c *collector) has(ev string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return slices.Contains(c.events, ev)
}

func (c *collector) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.order)
}

// waitFor polls cond (the follower runs in another goroutine) for up to 20 s; on a timeout it
// reports what the collector (if given) has and what it lacks of want.
func waitFor(t *testing.T, what string, cond func() bool, diag ...any) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); {
		if time.Now().After(deadline) {
			if len(diag) == 2 {
				col, want := diag[0].(*collector), diag[1].([]logKey)
				col.mu.Lock()
				defer col.mu.Unlock()
				var missing []logKey
				for _, k := range want {
					if !col.seen[k] {
						missing = append(missing, k)
					}
				}
				t.Fatalf("timed out waiting for %s: have %d logs, missing %v; follower events %v", what, len(col.order), missing, col.events)
			}
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// allLogs is every log of the deployment, by one Poll.
func allLogs(t *testing.T, c *Client, from uint64) []logKey {
	t.Helper()
	var all []logKey
	if _, err := c.Poll(context.Background(), from, func(l types.Log) error {
		all = append(all, logKey{l.BlockNumber, l.Index})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return all
}

// follow runs Subscribe in a goroutine; stop cancels it and returns its result.
func follow(ctx context.Context, c *Client, from uint64, fn func(types.Log) error) (stop func() (uint64, error)) {
	fctx, cancel := context.WithCancel(ctx)
	type result struct {
		next uint64
		err  error
	}
	done := make(chan result, 1)
	go func() {
		next, err := c.Subscribe(fctx, from, fn)
		done <- result{next, err}
	}()
	return func() (uint64, error) {
		cancel()
		r := <-done
		return r.next, r.err
	}
}

// Subscribe over the devnet's WebSocket: backfill, then live logs, a resumption without gaps or
// duplicates, the fallback to polling over HTTP, and the subscription from a separate connection.
func TestSubscribeDevnetWebSocket(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	d, err := StartDevnet(ctx, DevnetConfig{DataDir: t.TempDir(), Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	dep := d.Info.Deployment
	key, err := d.Info.Accounts[0].Key()
	if err != nil {
		t.Fatal(err)
	}
	ws, err := ethclient.DialContext(ctx, d.Info.WSURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	col := newCollector(t)
	c, err := NewClient(ctx, ws, dep, key, WithPollInterval(10*time.Millisecond), withTrace(col.trace))
	if err != nil {
		t.Fatal(err)
	}
	r := must[*types.Receipt](t)
	var last uint64 // the block of the last bond
	bond := func(n int) {
		for range n {
			last = r(c.Bond(ctx, tok(1))).BlockNumber.Uint64()
		}
	}
	// logsNow is every log up to the last bond's block: a receipt can be served a moment before
	// the node's head (which Poll reads) moves to its block.
	logsNow := func() []logKey {
		waitFor(t, "the head to reach the last bond", func() bool {
			h, err := c.b.BlockNumber(ctx)
			return err == nil && h >= last
		})
		return allLogs(t, c, dep.DeployBlock)
	}
	r(c.Approve(ctx, dep.Staking, abi.MaxUint256))
	bond(2) // before following: backfilled

	stop := follow(ctx, c, dep.DeployBlock, func(l types.Log) error { col.add(l); return nil })
	waitFor(t, "the subscription", func() bool { return col.has("live") })
	bond(3) // delivered by the subscription
	want := logsNow()
	waitFor(t, "the live logs", func() bool { return col.len() == len(want) }, col, want)
	next, err := stop()
	if !errors.Is(err, context.Canceled) || next <= want[len(want)-1].block {
		t.Fatalf("stop: next %d, %v (last log in block %d)", next, err, want[len(want)-1].block)
	}
	if col.has("fallback") || col.has("poll") {
		t.Fatalf("the WebSocket client fell back to polling: %v", col.events)
	}

	bond(2) // while stopped
	stop = follow(ctx, c, next, func(l types.Log) error { col.add(l); return nil })
	want = logsNow()
	waitFor(t, "the resumed logs", func() bool { return col.len() == len(want) }, col, want)
	bond(1)
	want = logsNow()
	waitFor(t, "the live logs after resuming", func() bool { return col.len() == len(want) }, col, want)
	if _, err := stop(); !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	if !slices.Equal(col.order, want) {
		t.Fatalf("followed %v, chain has %v", col.order, want)
	}

	// Over HTTP there are no subscriptions: Subscribe polls.
	rc, err := ethclient.Dial(d.Info.HTTPURL)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	for _, tc := range []struct {
		name, event string
		opts        []Option
	}{
		{"http", "fallback", nil},
		{"http+ws subscriber", "live", []Option{WithLogSubscriber(ws)}},
	} {
		col2 := newCollector(t)
		c2, err := NewClient(ctx, rc, dep, nil, append(tc.opts, WithPollInterval(10*time.Millisecond), withTrace(col2.trace))...)
		if err != nil {
			t.Fatal(err)
		}
		stop := follow(ctx, c2, dep.DeployBlock, func(l types.Log) error { col2.add(l); return nil })
		waitFor(t, tc.name+": "+tc.event, func() bool { return col2.has(tc.event) })
		bond(1)
		want := allLogs(t, c, dep.DeployBlock)
		waitFor(t, tc.name+": every log", func() bool { return col2.len() == len(want) }, col2, want)
		if _, err := stop(); !errors.Is(err, context.Canceled) {
			t.Fatal(err)
		}
		if !slices.Equal(col2.order, want) {
			t.Fatalf("%s: followed %v, chain has %v", tc.name, col2.order, want)
		}
	}

	// The subscription's connection drops: Subscribe keeps delivering (it polls between attempts
	// to subscribe again).
	ws2, err := ethclient.DialContext(ctx, d.Info.WSURL)
	if err != nil {
		t.Fatal(err)
	}
	col3 := newCollector(t)
	c3, err := NewClient(ctx, rc, dep, nil, WithLogSubscriber(ws2), WithPollInterval(10*time.Millisecond), withTrace(col3.trace))
	if err != nil {
		t.Fatal(err)
	}
	stop = follow(ctx, c3, dep.DeployBlock, func(l types.Log) error { col3.add(l); return nil })
	waitFor(t, "the subscription", func() bool { return col3.has("live") })
	ws2.Close()
	waitFor(t, "a retry", func() bool { return col3.has("retry") })
	bond(1)
	want = logsNow()
	waitFor(t, "every log after the drop", func() bool { return col3.len() == len(want) }, col3, want)
	if _, err := stop(); !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	if !slices.Equal(col3.order, want) {
		t.Fatalf("after the drop: followed %v, chain has %v", col3.order, want)
	}
}

// Cancelled in the middle of a block, Subscribe delivers the rest of the block before returning,
// so that next is a block boundary (simulated backend, which serves subscriptions in process).
func TestSubscribeCompletesBlockOnCancel(t *testing.T) {
	e, c := newSimEnv(t, "submitter", "solver")
	ctx := e.ctx
	sub, sol := c["submitter"], c["solver"]
	r := must[*types.Receipt](t)
	r(sub.Mint(ctx, sub.Address(), tok(1000)))
	r(sol.Mint(ctx, sol.Address(), tok(1000)))
	r(sub.Approve(ctx, e.dep.Market, abi.MaxUint256))
	r(sol.Approve(ctx, e.dep.Staking, abi.MaxUint256))
	r(sol.Bond(ctx, tok(100)))
	id, _, err := sub.PostJob(ctx, params1())
	if err != nil {
		t.Fatal(err)
	}

	col := newCollector(t)
	f, err := NewClient(ctx, e.sim.Client(), *e.dep, nil, WithPollInterval(2*time.Millisecond), WithBatchSize(3), withTrace(col.trace))
	if err != nil {
		t.Fatal(err)
	}
	fctx, cancel := context.WithCancel(ctx)
	defer cancel()
	bidPlaced := marketABI.GetABI().Events["BidPlaced"].ID
	type result struct {
		next uint64
		err  error
	}
	done := make(chan result, 1)
	go func() {
		// Stop at the bid's first log (BidPlaced; the stake lock's Locked follows in that block).
		next, err := f.Subscribe(fctx, e.dep.DeployBlock, func(l types.Log) error {
			col.add(l)
			if l.Topics[0] == bidPlaced {
				cancel()
			}
			return nil
		})
		done <- result{next, err}
	}()
	waitFor(t, "the subscription", func() bool { return col.has("live") })
	rb := r(sol.Bid(ctx, id, tok(70)))
	if len(rb.Logs) != 2 {
		t.Fatalf("the bid has %d logs", len(rb.Logs))
	}
	res := <-done
	if !errors.Is(res.err, context.Canceled) || res.next != rb.BlockNumber.Uint64()+1 {
		t.Fatalf("subscribe returned next %d, %v; the bid is in block %v", res.next, res.err, rb.BlockNumber)
	}
	if want := allLogs(t, f, e.dep.DeployBlock); !slices.Equal(col.order, want) {
		t.Fatalf("followed %v, chain has %v", col.order, want)
	}
}
