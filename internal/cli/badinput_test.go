package cli

import (
	"bytes"
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"veritrain/internal/chain"
)

// TestMarketCommandsBadInput (issue 9, bad-input tables): node, submit, status and fetch refuse
// bad flags, arguments and files with exit 1 and a message naming what is wrong, print nothing
// on stdout, and lose nothing: no job is posted, no token or stake moves, and a refused node
// writes no data directory.
func TestMarketCommandsBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a dev chain")
	}
	ctx := context.Background()
	dir := t.TempDir()
	chainDir := filepath.Join(dir, "chain")
	dn, err := chain.StartDevnet(ctx, chain.DevnetConfig{DataDir: chainDir, Accounts: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer dn.Close()
	k, err := dn.Info.Accounts[0].Key()
	if err != nil {
		t.Fatal(err)
	}
	c, err := chain.NewClient(ctx, dn.Client(), dn.Info.Deployment, k)
	if err != nil {
		t.Fatal(err)
	}
	balance := func() (*big.Int, *big.Int) {
		tok, err := c.TokenBalance(ctx, c.Address())
		if err != nil {
			t.Fatal(err)
		}
		st, err := c.Stake(ctx, c.Address())
		if err != nil {
			t.Fatal(err)
		}
		return tok, st.Bonded
	}
	tok0, stake0 := balance()

	spec := filepath.Join("..", "..", "examples", "mnist-mlp.toml")
	sharded := filepath.Join("..", "..", "examples", "mnist-sharded.toml")
	garbage := filepath.Join(dir, "garbage.toml")
	if err := os.WriteFile(garbage, []byte("this is [not a spec"), 0o644); err != nil {
		t.Fatal(err)
	}
	oneRound := filepath.Join(dir, "one-round.toml")
	b, err := os.ReadFile(sharded)
	if err != nil {
		t.Fatal(err)
	}
	// One round: inner_steps = steps.
	if err := os.WriteFile(oneRound, bytes.Replace(b, []byte("inner_steps = 100"), []byte("inner_steps = 600"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	nodeDir := filepath.Join(dir, "node")
	acct := []string{"--devnet", chainDir, "--account", "0"}
	with := func(args ...string) []string { return append(args, acct...) }
	ro := func(args ...string) []string { return append(args, "--devnet", chainDir) } // read-only commands
	peerID := "12D3KooWCtrFUnCpa17bWMrQoWYC1vWdQbrPEv9idwjVqYrENHDE"
	for _, c := range []struct {
		args []string
		want string
	}{
		// node
		{with("node", "--role", "solver"), "--datadir is required"},
		{with("node", "--datadir", nodeDir), "--role is required"},
		{with("node", "--datadir", nodeDir, "--role", "miner"), `--role "miner"`},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--poll", "0s"), "--poll 0s"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--poll", "-1s"), "--poll -1s"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--poll", "soon"), "invalid argument"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--price-per-hour", "-1"), "--price-per-hour"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--stake", "lots"), "--stake"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--margin-bps", "1000001"), "--margin-bps"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--log-level", "loud"), "--log-level"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--listen", "tcp://127.0.0.1:4001"), "--listen"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--http", "localhost"), "--http \"localhost\""},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--http", "127.0.0.1:"), "--http"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--adversary", "sneaky"), "unknown adversary \"sneaky\""},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--adversary", "frivolous"), "adversary \"frivolous\" is a verifier"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--bootstrap", "/ip4/127.0.0.1/tcp/4001"), "--bootstrap"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "--bootstrap", "/ip4/127.0.0.1/tcp/4001/p2p/"+peerID[:20]), "--bootstrap"},
		{[]string{"node", "--datadir", nodeDir, "--role", "solver", "--devnet", filepath.Join(dir, "nochain"), "--account", "0"}, "nochain"},
		{[]string{"node", "--datadir", nodeDir, "--role", "solver", "--devnet", chainDir, "--account", "7"}, "account"},
		{[]string{"node", "--datadir", nodeDir, "--role", "solver"}, "no chain"},
		{with("node", "--datadir", nodeDir, "--role", "solver", "extra"), "unknown command"},
		// submit
		{with("submit", "--budget", "10", "--node", nodeDir), "one job spec file"},
		{with("submit", spec, spec, "--budget", "10", "--node", nodeDir), "one job spec file"},
		{with("submit", spec, "--budget", "10"), "--node DIR is required"},
		{with("submit", spec, "--node", nodeDir), "--budget"},
		{with("submit", spec, "--node", nodeDir, "--budget", "-5"), "--budget"},
		{with("submit", spec, "--node", nodeDir, "--budget", "ten"), "--budget"},
		{with("submit", spec, "--node", nodeDir, "--budget", "0"), "budget must be positive"},
		{with("submit", spec, "--node", nodeDir, "--budget", "0.0000000000000000001"), "18 decimal places"},
		{with("submit", spec, "--node", nodeDir, "--budget", "10", "--stake-per-shard", "x"), "--stake-per-shard"},
		{with("submit", spec, "--node", nodeDir, "--budget", "10", "--verifier-fee", "-1"), "--verifier-fee"},
		{with("submit", spec, "--node", nodeDir, "--budget", "10", "--shards", "0"), "shards 0"},
		{with("submit", spec, "--node", nodeDir, "--budget", "10", "--shards", "70000"), "shards 70000"},
		{with("submit", spec, "--node", nodeDir, "--budget", "10", "--bidding-period", "0s"), "at least a second"},
		{with("submit", spec, "--node", nodeDir, "--budget", "10", "--bidding-period", "5s"), "move timeout"},
		{with("submit", spec, "--node", nodeDir, "--budget", "1000000000"), "exceeds the account's"},
		{with("submit", filepath.Join(dir, "missing.toml"), "--node", nodeDir, "--budget", "10"), "missing.toml"},
		{with("submit", garbage, "--node", nodeDir, "--budget", "10"), "garbage.toml"},
		{with("submit", sharded, "--node", nodeDir, "--budget", "10", "--shards", "3"), "--shards 3 disagrees"},
		{with("submit", oneRound, "--node", nodeDir, "--budget", "10"), "at least 2 rounds"},
		// status
		{ro("status", "first"), `job "first"`},
		{ro("status", "99"), "99"},
		{ro("status", "1", "2"), "accepts at most 1 arg"},
		// fetch
		{ro("fetch"), "accepts 1 arg"},
		{ro("fetch", "x", "-o", dir, "--spec", spec, "--bootstrap", "/ip4/127.0.0.1/tcp/1/p2p/"+peerID), `job "x"`},
		{ro("fetch", "1", "--spec", spec, "--bootstrap", "/ip4/127.0.0.1/tcp/1/p2p/"+peerID), "-o DIR"},
		{ro("fetch", "1", "-o", dir, "--bootstrap", "/ip4/127.0.0.1/tcp/1/p2p/"+peerID), "--spec"},
		{ro("fetch", "99", "-o", dir, "--spec", spec, "--bootstrap", "/ip4/127.0.0.1/tcp/1/p2p/"+peerID), "no job 99"},
	} {
		var stdout, stderr bytes.Buffer
		code := Execute(ctx, c.args, &stdout, &stderr)
		if code != 1 || !strings.Contains(stderr.String(), c.want) || stdout.Len() != 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q (want exit 1, nothing on stdout and a message with %q)", c.args, code, stdout.String(), stderr.String(), c.want)
		}
	}
	if _, err := os.Stat(filepath.Join(nodeDir, "node.db")); err == nil {
		t.Error("a refused node wrote its database")
	}
	if n, err := c.JobCount(ctx); err != nil || n.Sign() != 0 {
		t.Errorf("jobs on chain after refused submits: %v (%v)", n, err)
	}
	if tok, stake := balance(); tok.Cmp(tok0) != 0 || stake.Cmp(stake0) != 0 {
		t.Errorf("tokens %v → %v, stake %v → %v: a refused command moved money", tok0, tok, stake0, stake)
	}
}
