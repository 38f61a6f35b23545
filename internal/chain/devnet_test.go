package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// rpcCall is a JSON-RPC client that is not ours: plain net/http and encoding/json.
func rpcCall(t *testing.T, url, method string, params ...any) json.RawMessage {
	t.Helper()
	if params == nil {
		params = []any{}
	}
	body, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	if out.Error != nil {
		t.Fatalf("%s: %d %s", method, out.Error.Code, out.Error.Message)
	}
	return out.Result
}

func hexBig(t *testing.T, raw json.RawMessage) *big.Int {
	t.Helper()
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	if len(s) < 3 || s[:2] != "0x" {
		t.Fatalf("not a hex value: %q", s)
	}
	v, ok := new(big.Int).SetString(s[2:], 16)
	if !ok {
		t.Fatalf("not a hex value: %q", s)
	}
	return v
}

func ethCall(t *testing.T, url string, to fmt.Stringer, data []byte) *big.Int {
	t.Helper()
	return hexBig(t, rpcCall(t, url, "eth_call", map[string]string{"to": to.String(), "data": hexutil.Encode(data)}, "latest"))
}

func TestDevnetRestart(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	d, err := StartDevnet(ctx, DevnetConfig{DataDir: dir, Port: 0, Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	info := d.Info
	url := info.HTTPURL
	if id := hexBig(t, rpcCall(t, url, "eth_chainId")); id.Uint64() != 1337 || info.ChainID != 1337 {
		t.Fatalf("chain id %v / %d", id, info.ChainID)
	}
	if n := ethCall(t, url, info.Deployment.Market, marketABI.PackJobCount()); n.Sign() != 0 {
		t.Fatalf("jobCount %v", n)
	}
	if n := ethCall(t, url, info.Deployment.Market, marketABI.PackTotalOwed()); n.Sign() != 0 {
		t.Fatalf("totalOwed %v", n)
	}
	if len(info.Accounts) != 3 {
		t.Fatalf("%d accounts", len(info.Accounts))
	}
	a0 := info.Accounts[0].Address
	if b := ethCall(t, url, info.Deployment.Token, tokenABI.PackBalanceOf(a0)); b.Cmp(devTokens) != 0 {
		t.Fatalf("dev account tokens %v", b)
	}
	if b := hexBig(t, rpcCall(t, url, "eth_getBalance", a0.String(), "latest")); b.Cmp(devEther) != 0 {
		t.Fatalf("dev account ether %v", b)
	}

	// A dev account acts through the typed client over the devnet.
	key, err := info.Accounts[0].Key()
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewClient(ctx, d.Client(), info.Deployment, key, WithPollInterval(10*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Approve(ctx, info.Deployment.Market, tok(100)); err != nil {
		t.Fatal(err)
	}
	id, _, err := c.PostJob(ctx, params1())
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	// Restart from the same directory: same deployment, same state.
	d2, err := StartDevnet(ctx, DevnetConfig{DataDir: dir, Port: 0, Accounts: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer d2.Close()
	if d2.Info.Deployment != info.Deployment || len(d2.Info.Accounts) != 3 || d2.Info.Accounts[0].Address != a0 {
		t.Fatalf("restart changed the deployment: %+v vs %+v", d2.Info.Deployment, info.Deployment)
	}
	saved, err := ReadDevnetInfo(dir)
	if err != nil || saved.Deployment != info.Deployment || saved.HTTPURL != d2.Info.HTTPURL {
		t.Fatalf("devnet.json: %+v, %v", saved, err)
	}
	url = d2.Info.HTTPURL
	if n := ethCall(t, url, info.Deployment.Market, marketABI.PackJobCount()); n.Cmp(id) != 0 {
		t.Fatalf("jobCount after restart %v, want %v", n, id)
	}
	if n := ethCall(t, url, info.Deployment.Market, marketABI.PackTotalOwed()); n.Cmp(tok(100)) != 0 {
		t.Fatalf("totalOwed after restart %v", n)
	}

	// WebSocket JSON-RPC on the same port.
	wc, err := ethclient.DialContext(ctx, d2.Info.WSURL)
	if err != nil {
		t.Fatal(err)
	}
	if id, err := wc.ChainID(ctx); err != nil || id.Uint64() != 1337 {
		t.Fatalf("chain id over websocket: %v, %v", id, err)
	}
	wc.Close()

	// The typed client over a plain JSON-RPC URL: events, and a revert decoded from the node's
	// JSON-RPC error.
	rc, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	c2, err := NewClient(ctx, rc, info.Deployment, key, WithPollInterval(10*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	var posted []*big.Int
	if _, err := c2.Poll(ctx, info.Deployment.DeployBlock, func(l types.Log) error {
		if ev, err := marketABI.UnpackJobPostedEvent(&l); err == nil {
			posted = append(posted, ev.JobId)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(posted) != 1 || posted[0].Cmp(id) != 0 {
		t.Fatalf("JobPosted events %v", posted)
	}
	if _, err := c2.FinalizeAuction(ctx, big.NewInt(42)); RevertName(err) != "WrongJobState" {
		t.Fatalf("finalizeAuction of a missing job over JSON-RPC: %v", err)
	}
}

// TestDevnetDisputesAndHeartbeat: the devnet deploys the Judge and the dispute game with the
// configured rules, and with a period it seals blocks on an idle chain at the wall clock's pace.
func TestDevnetDisputesAndPeriod(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	d, err := StartDevnet(ctx, DevnetConfig{DataDir: t.TempDir(), Accounts: 1, Period: 1,
		Rules: DevnetRules{MoveTimeout: 7}})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	key, _ := d.Info.Accounts[0].Key()
	c, err := NewClient(ctx, d.Client(), d.Info.Deployment, key)
	if err != nil {
		t.Fatal(err)
	}
	judge, err := c.JudgeAddress(ctx)
	if err != nil || judge.Hex() != d.Info.Judge {
		t.Fatalf("the game's judge %v (%v), devnet.json says %s", judge, err, d.Info.Judge)
	}
	if code, err := d.Client().CodeAt(ctx, judge, nil); err != nil || len(code) == 0 {
		t.Fatalf("no Judge code at %v (%v)", judge, err)
	}
	first, err := d.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var h *types.Header
	for {
		if h, err = d.Client().HeaderByNumber(ctx, nil); err != nil {
			t.Fatal(err)
		}
		if h.Number.Cmp(first.Number) > 0 {
			break
		}
		if ctx.Err() != nil || time.Now().After(time.Unix(int64(first.Time), 0).Add(5*time.Second)) {
			t.Fatalf("no block sealed on an idle chain with a period: head %d at time %d, now %d", h.Number, h.Time, time.Now().Unix())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if lag := time.Since(time.Unix(int64(h.Time), 0)); lag > 2*time.Second {
		t.Fatalf("head time lags the wall clock by %v", lag)
	}
}
