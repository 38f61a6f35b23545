package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/node"
	"veritrain/internal/roundgame"
	"veritrain/internal/safetensors"
	"veritrain/internal/spec"
	"veritrain/internal/train"
)

// DemoSummary is the demo's closing summary (--json prints it).
type DemoSummary struct {
	Job           uint64         `json:"job"`
	Outcome       string         `json:"outcome"` // "completed" or "refunded"
	Seconds       float64        `json:"seconds"`
	Steps         int            `json:"steps"`
	TestAccuracy  float64        `json:"test_accuracy"`
	TestLoss      float64        `json:"test_loss"`
	StateRoot     string         `json:"state_root"`
	Attempts      int            `json:"attempts"`
	StepsVerified int            `json:"steps_verified"` // by each verifier, over every committed attempt
	Disputes      []DemoDispute  `json:"disputes"`
	Accounts      []DemoAccount  `json:"accounts"`
	GasUsed       uint64         `json:"gas_used"`
	Model         string         `json:"model,omitempty"`
	Nodes         map[string]int `json:"node_exit_codes"`
	Killed        int            `json:"nodes_killed_and_restarted"`
	Shards        int            `json:"shards"`
	Rounds        int            `json:"rounds"`
	// KilledAtStep is the step of shard 0 at which its solver was killed and left dead
	// (--kill-solver), 0 if none was.
	KilledAtStep int `json:"killed_at_step,omitempty"`
	// ChainCuts counts the nodes' chain connections cut (--cut-rpc).
	ChainCuts int `json:"chain_connections_cut,omitempty"`
}

// DemoDispute is one dispute game of the demo.
type DemoDispute struct {
	Kind   string `json:"kind,omitempty"` // "round" for a round game (RoundGame), empty for a step game
	Game   uint64 `json:"game"`
	Winner string `json:"winner"`
	Reason string `json:"reason"`
	Moves  int    `json:"moves"`
}

// DemoAccount is one participant's money: tokens held and bonded, before and after.
type DemoAccount struct {
	Name        string `json:"name"`
	Address     string `json:"address"`
	TokenChange string `json:"token_change"` // tokens held (and owed by the market)
	StakeChange string `json:"stake_change"` // tokens bonded in Staking
	NetChange   string `json:"net_change"`   // the sum: what the account won or lost
}

type demoNode struct {
	name, role string
	account    int
	port       int // fixed p2p port, so that a restarted node is found where it was
	args       []string
	cmd        *exec.Cmd
	log        *os.File
	exited     chan struct{} // closed when the process has exited (cmd.ProcessState is then set)
	waitErr    error         // cmd.Wait's result, once exited is closed
	gone       bool          // killed and not restarted (--kill-solver)
}

// running reports whether n's process is running.
func (n *demoNode) running() bool {
	if n.cmd == nil {
		return false
	}
	select {
	case <-n.exited:
		return false
	default:
		return true
	}
}

func demoCmd(stdout, stderr io.Writer) *cobra.Command {
	var (
		cheat, asJSON  bool
		cheatAggregate bool
		chaos          bool
		chaosSeed      uint64
		dir, jobPath   string
		timeout        time.Duration
		window         time.Duration
		moveTimeout    uint64
		solvers        int
		roundPeriod    time.Duration
		killStep       int
		cutRPC         time.Duration
	)
	c := &cobra.Command{
		Use:   "demo [--cheat] [--json]",
		Short: "Run the whole market on this machine: a dev chain, 3 solvers, 2 verifiers and a submitter",
		Long: `Start an embedded dev chain with the contracts deployed, then three solver nodes, two verifier
nodes and a submitter node as separate processes on loopback; post the MNIST example job, show
its progress (bids, auction, training, verification, disputes, payment), and end with a summary:
the model's test accuracy, the steps verified, the disputes, every participant's payments and
the gas used. --cheat makes the cheapest solver cheat, so that it is caught by a verifier,
loses the dispute on chain and its stake, and the job is reassigned. With a sharded job,
--cheat-aggregate makes it start its rounds from a wrong aggregate instead: the verifier
disputes one element of it in the round game, which the chain recomputes. Logs of every node are in
the demo directory (--dir keeps it).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			raw, err := os.ReadFile(jobPath)
			if err != nil {
				return fmt.Errorf("the demo's job: %w (run the demo from the repository's root, or give --job)", err)
			}
			job, err := spec.Parse(raw, filepath.Dir(jobPath))
			if err != nil {
				return err
			}
			keep := dir != ""
			if !keep {
				if dir, err = os.MkdirTemp("", "veritrain-demo-"); err != nil {
					return err
				}
				defer os.RemoveAll(dir)
			}
			progress := stdout
			if asJSON {
				progress = stderr
			}
			if solvers == 0 {
				solvers = 3
				if job.Sharded() {
					solvers = job.Parallel.Shards + 1 // one reserve
				}
			}
			if solvers < 1 || solvers > 16 {
				return fmt.Errorf("--solvers %d: want 1..16", solvers)
			}
			if job.Sharded() && chaos {
				return errors.New("--chaos runs on a job trained in one piece; a sharded job takes --kill-solver")
			}
			if job.Sharded() && !cmd.Flags().Changed("challenge-window") {
				window = 30 * time.Second // each round has its own window
			}
			if (cheat || cheatAggregate) && killStep != 0 {
				return errors.New("--cheat and --kill-solver: one at a time (the cheater would be the solver killed)")
			}
			if cheatAggregate && (cheat || !job.Sharded()) {
				return errors.New("--cheat-aggregate: needs a sharded job (--job examples/mnist-sharded.toml) and no --cheat")
			}
			if killStep != 0 && (!job.Sharded() || killStep < 0 || killStep >= job.Train.Steps || solvers <= job.Parallel.Shards) {
				return fmt.Errorf("--kill-solver %d: needs a sharded job, a step in 1..%d and more solvers than shards (a reserve)", killStep, job.Train.Steps-1)
			}
			if chaosSeed != 0 && !chaos {
				return errors.New("--chaos-seed needs --chaos")
			}
			if cutRPC != 0 && cutRPC < time.Second {
				return fmt.Errorf("--cut-rpc %v: want at least 1s (or 0: off)", cutRPC)
			}
			d := &demo{dir: dir, job: job, raw: raw, cheat: cheat, cheatAggregate: cheatAggregate, chaos: chaos, chaosSeed: chaosSeed, out: progress, window: window, moveTimeout: moveTimeout,
				solvers: solvers, roundPeriod: roundPeriod, killStep: killStep, cutRPC: cutRPC}
			if chaosSeed != 0 {
				d.chaosRand = rand.New(rand.NewPCG(chaosSeed, 0x5eed))
			}
			sum, err := d.run(ctx, timeout)
			if sum != nil {
				if asJSON {
					enc := json.NewEncoder(stdout)
					enc.SetIndent("", "  ")
					enc.Encode(sum)
				} else {
					printDemoSummary(stdout, sum, keep, dir)
				}
			}
			return err
		},
	}
	f := c.Flags()
	f.BoolVar(&cheat, "cheat", false, "make the cheapest solver cheat: watch it caught, slashed and replaced")
	f.BoolVar(&cheatAggregate, "cheat-aggregate", false, "sharded jobs: make the cheapest solver start its rounds from a wrong aggregate: watch it caught in the round game")
	f.BoolVar(&asJSON, "json", false, "print the closing summary as JSON (progress goes to stderr)")
	f.StringVar(&dir, "dir", "", "keep the chain, the nodes' data and logs here (default: a temporary directory, removed)")
	f.StringVar(&jobPath, "job", filepath.Join("examples", "mnist-mlp.toml"), "the job to post")
	f.DurationVar(&timeout, "timeout", 15*time.Minute, "give up after this long")
	f.DurationVar(&window, "challenge-window", 60*time.Second, "the job's challenge window, each round's for a sharded job (default 30s then; verifiers must finish within it)")
	f.Uint64Var(&moveTimeout, "move-timeout", 10, "seconds per dispute move on the demo chain")
	f.BoolVar(&chaos, "chaos", false, "kill (SIGKILL) the winning solver, a verifier and the submitter once training starts, and restart them")
	f.Uint64Var(&chaosSeed, "chaos-seed", 0, "with --chaos: kill at a random moment (1-15 s into training), a random verifier, the submitter half the time (0: the fixed schedule)")
	f.IntVar(&solvers, "solvers", 0, "solver nodes (default 3, or one more than the shards of a sharded job)")
	f.DurationVar(&roundPeriod, "round-period", time.Minute, "a sharded job's training period per round (a solver that misses it is replaced)")
	f.DurationVar(&cutRPC, "cut-rpc", 0, "a fault: the nodes reach the chain through a proxy that cuts every connection this often (0: off); they must reconnect and carry on")
	f.IntVar(&killStep, "kill-solver", 0, "sharded jobs: kill (SIGKILL) shard 0's solver once it reaches this step, and leave it dead: a reserve takes over")
	return c
}

type demo struct {
	dir   string
	job   *spec.Job
	raw   []byte
	cheat bool
	// cheatAggregate: the cheapest solver commits a wrong aggregate (sharded jobs)
	cheatAggregate bool
	chaos          bool // kill and restart nodes mid-job
	chaosSeed      uint64
	chaosRand      *rand.Rand // --chaos-seed: random kill moments and victims
	exe            string
	boot           []string
	killed         int // nodes killed and restarted (--chaos)

	killedTraining, killedDispute bool            // --chaos: the kills done
	lossSeen                      map[string]int  // run directory → the last logged step shown
	slashed                       map[string]bool // attempts whose solver lost a game
	out                           io.Writer
	window                        time.Duration
	moveTimeout                   uint64
	solvers                       int
	roundPeriod                   time.Duration
	killStep                      int           // --kill-solver: 0, or shard 0's step at which its solver is killed
	killedAt                      int           // the step it was killed at
	cutRPC                        time.Duration // --cut-rpc: how often every chain connection is cut
	rpcURL                        string        // the nodes' chain endpoint: the proxy's with --cut-rpc, else the devnet's
	cuts                          atomic.Int64  // connections cut
	nodes                         []*demoNode
	start                         time.Time
}

func (d *demo) say(format string, a ...any) {
	fmt.Fprintf(d.out, "[%5.1fs] %s\n", time.Since(d.start).Seconds(), fmt.Sprintf(format, a...))
}

func (d *demo) run(ctx context.Context, timeout time.Duration) (*DemoSummary, error) {
	d.start = time.Now()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	chainDir := filepath.Join(d.dir, "chain")
	// Deploy on a chain that seals each transaction at once, then run the market on one that
	// seals a block a second, so that chain time follows the wall clock.
	dn, err := chain.StartDevnet(ctx, chain.DevnetConfig{DataDir: chainDir, Accounts: 3 + d.solvers, Rules: chain.DevnetRules{MoveTimeout: d.moveTimeout}})
	if err != nil {
		return nil, err
	}
	if err := dn.Close(); err != nil {
		return nil, err
	}
	if dn, err = chain.StartDevnet(ctx, chain.DevnetConfig{DataDir: chainDir, Period: 1}); err != nil {
		return nil, err
	}
	defer dn.Close()
	d.say("dev chain up at %s: Judge, DisputeGame, RoundGame, JobMarket, Staking and TestToken deployed", dn.Info.WSURL)
	if d.cutRPC > 0 {
		stop, err := d.cutConnections(ctx, dn.Info.WSURL)
		if err != nil {
			return nil, err
		}
		defer stop()
	}
	ec := dn.Client()
	firstBlock, err := ec.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}

	// The participants: account 0 submits, 1..solvers solve, the next two verify. The cheater
	// (--cheat) is the cheapest solver, so that it wins the auction.
	d.nodes = []*demoNode{{name: "submitter", role: node.RoleSubmitter, account: 0}}
	for i := 1; i <= d.solvers; i++ {
		n := &demoNode{name: fmt.Sprintf("solver-%d", i), role: node.RoleSolver, account: i,
			args: []string{"--price-per-hour", "100", "--margin-bps", fmt.Sprint(1000 * (i + 1))}}
		if d.cheat && i == 1 {
			n.name = "solver-1-cheater"
			n.args = []string{"--price-per-hour", "50", "--margin-bps", "0", "--cheat"}
		}
		if d.cheatAggregate && i == 1 {
			n.name = "solver-1-cheater"
			n.args = []string{"--price-per-hour", "50", "--margin-bps", "0", "--cheat-aggregate"}
		}
		d.nodes = append(d.nodes, n)
	}
	for i := 1; i <= 2; i++ {
		d.nodes = append(d.nodes, &demoNode{name: fmt.Sprintf("verifier-%d", i), role: node.RoleVerifier, account: d.solvers + i})
	}
	for _, n := range d.nodes {
		if n.port, err = freePort(); err != nil {
			return nil, err
		}
	}
	d.exe = exe
	clients := make([]*chain.Client, len(d.nodes))
	before := make([]balance, len(d.nodes))
	for i, n := range d.nodes {
		k, err := dn.Info.Accounts[n.account].Key()
		if err != nil {
			return nil, err
		}
		if clients[i], err = chain.NewClient(ctx, ec, dn.Info.Deployment, k, chain.WithPollInterval(20*time.Millisecond)); err != nil {
			return nil, err
		}
	}

	// The nodes start first and the job is posted once every one of them is up (bonded and on
	// the network): a slow start on a loaded machine then costs no bids. The submitter node
	// serves the spec that Submit puts into its store while it runs.
	subDir := filepath.Join(d.dir, "submitter")
	defer d.stopNodes()
	if err := d.startNode(exe, d.nodes[0], nil); err != nil {
		return nil, err
	}
	boot, err := waitAddrs(ctx, subDir)
	if err != nil {
		return nil, fmt.Errorf("the submitter node did not start (see %s): %w", d.nodes[0].log.Name(), err)
	}
	d.boot = boot
	for _, n := range d.nodes[1:] {
		if err := d.startNode(exe, n, boot); err != nil {
			return nil, err
		}
	}
	for _, n := range d.nodes[1:] {
		if _, err := waitAddrs(ctx, d.nodeDir(n)); err != nil {
			return nil, fmt.Errorf("%s did not start (see %s): %w", n.name, n.log.Name(), err)
		}
	}
	d.say("started %d node processes (logs in %s)", len(d.nodes), d.dir)
	for _, n := range d.nodes {
		if n.name == "verifier-1" {
			// A node writes its dashboard's address before its p2p one (waitAddrs).
			if b, err := os.ReadFile(filepath.Join(d.nodeDir(n), "http.addr")); err == nil {
				addr := strings.TrimSpace(string(b))
				d.say("dashboard of %s (the market, loss curves, verification, disputes, payments): http://%s/ (metrics on /metrics)", n.name, addr)
			}
		}
	}
	for i := range d.nodes {
		// Balances before the job: the summary shows what the market moved.
		if before[i], err = readBalance(ctx, clients[i]); err != nil {
			return nil, err
		}
	}

	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	shards, period := 1, 15*time.Minute
	if d.job.Sharded() {
		shards, period = d.job.Parallel.Shards, d.roundPeriod
	}
	id, err := Submit(ctx, clients[0], d.job, d.raw, subDir, SubmitOptions{
		Budget: tokInt(200 * int64(shards)), Stake: tokInt(500), VerifierFee: tokInt(10), Shards: shards,
		BiddingPeriod: time.Duration(d.moveTimeout+15) * time.Second, TrainingPeriod: period, ChallengeWindow: d.window}, log)
	if err != nil {
		return nil, err
	}
	if d.job.Sharded() {
		d.say("job %d posted: %s, %d shards × %d rounds of %d steps, budget %d tokens, stake 500 per shard", id, d.job.Name, shards, d.job.Rounds(), d.job.Parallel.InnerSteps, 200*shards)
	} else {
		d.say("job %d posted: %s (%d steps), budget 200 tokens, stake 500 per shard", id, d.job.Name, d.job.Train.Steps)
	}

	sum, followErr := d.follow(ctx, clients, id)
	stopErr := d.stopNodes()
	// The summary is read even if the demo timed out or was interrupted.
	ctx, cancelRead := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancelRead()
	if sum == nil {
		return nil, errors.Join(followErr, stopErr)
	}
	sum.Seconds = time.Since(d.start).Seconds()
	sum.Killed = d.killed
	sum.ChainCuts = int(d.cuts.Load())
	sum.KilledAtStep = d.killedAt
	sum.Nodes = map[string]int{}
	for _, n := range d.nodes {
		if n.cmd != nil && n.cmd.ProcessState != nil && !n.gone {
			sum.Nodes[n.name] = n.cmd.ProcessState.ExitCode()
		}
	}
	for i, n := range d.nodes {
		after, err := readBalance(ctx, clients[i])
		if err != nil {
			return sum, errors.Join(followErr, err)
		}
		sum.Accounts = append(sum.Accounts, DemoAccount{Name: n.name, Address: clients[i].Address().Hex(),
			TokenChange: signedTokens(new(big.Int).Sub(after.tokens, before[i].tokens)),
			StakeChange: signedTokens(new(big.Int).Sub(after.stake, before[i].stake)),
			NetChange:   signedTokens(new(big.Int).Sub(new(big.Int).Add(after.tokens, after.stake), new(big.Int).Add(before[i].tokens, before[i].stake)))})
	}
	if sum.GasUsed, err = gasSince(ctx, ec, firstBlock); err != nil {
		return sum, errors.Join(followErr, err)
	}
	return sum, errors.Join(followErr, stopErr)
}

func tokInt(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

type balance struct{ tokens, stake *big.Int }

func readBalance(ctx context.Context, c *chain.Client) (balance, error) {
	t, err := c.TokenBalance(ctx, c.Address())
	if err != nil {
		return balance{}, err
	}
	s, err := c.Stake(ctx, c.Address())
	if err != nil {
		return balance{}, err
	}
	owed, err := c.Owed(ctx, c.Address())
	if err != nil {
		return balance{}, err
	}
	// Tokens the market owes an account are its money too (claimed at the node's next tick).
	return balance{tokens: new(big.Int).Add(t, owed), stake: new(big.Int).Add(s.Bonded, s.Unbonding)}, nil
}

func signedTokens(x *big.Int) string {
	if x.Sign() > 0 {
		return "+" + market.Tokens(x)
	}
	if x.Sign() < 0 {
		return "-" + market.Tokens(new(big.Int).Neg(x))
	}
	return "0"
}

// cutConnections puts a proxy between the nodes and the chain at wsURL (d.rpcURL) and cuts every
// connection it carries every d.cutRPC until stop is called.
func (d *demo) cutConnections(ctx context.Context, wsURL string) (stop func(), err error) {
	u, err := url.Parse(wsURL)
	if err != nil {
		return nil, err
	}
	p, err := startRPCProxy(u.Host)
	if err != nil {
		return nil, err
	}
	u.Host = p.Addr()
	d.rpcURL = u.String()
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(d.cutRPC)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				n := p.Cut()
				d.cuts.Add(int64(n))
				d.say("chaos: cut the nodes' %d chain connections", n)
			}
		}
	}()
	d.say("the nodes reach the chain through %s, which cuts every connection every %v", d.rpcURL, d.cutRPC)
	return func() { cancel(); <-done; p.Close() }, nil
}

func (d *demo) nodeDir(n *demoNode) string { return filepath.Join(d.dir, n.name) }

func (d *demo) startNode(exe string, n *demoNode, boot []string) error {
	nd := d.nodeDir(n)
	if err := os.MkdirAll(nd, 0o700); err != nil {
		return err
	}
	lf, err := os.OpenFile(filepath.Join(d.dir, n.name+".log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	args := []string{"node", "--role", n.role, "--datadir", nd, "--devnet", filepath.Join(d.dir, "chain"),
		"--account", fmt.Sprint(n.account), "--name", n.name, "--poll", "500ms",
		"--listen", fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", n.port)}
	if len(boot) > 0 {
		args = append(args, "--bootstrap", strings.Join(boot, ","))
	}
	if d.rpcURL != "" {
		args = append(args, "--rpc", d.rpcURL)
	}
	args = append(args, n.args...)
	cmd := exec.Command(exe, args...)
	cmd.Stdout, cmd.Stderr = lf, lf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		lf.Close()
		return fmt.Errorf("start %s: %w", n.name, err)
	}
	n.cmd, n.log, n.exited = cmd, lf, make(chan struct{})
	go func() {
		n.waitErr = cmd.Wait()
		close(n.exited)
	}()
	return nil
}

// stopNodes interrupts every node (Ctrl-C), waits for it to stop, and kills the ones that do
// not within 30 s.
func (d *demo) stopNodes() error {
	var errs []error
	for _, n := range d.nodes {
		if n.running() {
			n.cmd.Process.Signal(os.Interrupt)
		}
	}
	for _, n := range d.nodes {
		if n.cmd == nil || n.log == nil || n.gone {
			continue
		}
		select {
		case <-n.exited:
			if n.waitErr != nil {
				errs = append(errs, fmt.Errorf("%s: %w (see %s)", n.name, n.waitErr, n.log.Name()))
			}
		case <-time.After(30 * time.Second):
			n.cmd.Process.Kill()
			<-n.exited
			errs = append(errs, fmt.Errorf("%s did not stop within 30 s of Ctrl-C and was killed", n.name))
		}
		n.log.Close()
		n.log = nil
	}
	return errors.Join(errs...)
}

// killRestart kills the named nodes with SIGKILL (no chance to clean up), then starts them
// again with the same data directory and arguments.
func (d *demo) killRestart(names ...string) error {
	for _, name := range names {
		for _, n := range d.nodes {
			if n.name != name || n.cmd == nil {
				continue
			}
			n.sigkill()
			d.say("chaos: killed %s (SIGKILL)", n.name)
			d.killed++
			time.Sleep(time.Second)
			// It finds the others where they listen (their addresses do not change).
			var boot []string
			for _, o := range d.nodes {
				if o != n {
					a, _ := node.ReadAddrs(d.nodeDir(o))
					boot = append(boot, a...)
				}
			}
			if err := d.startNode(d.exe, n, boot); err != nil {
				return err
			}
			d.say("chaos: restarted %s from its data directory", n.name)
		}
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func waitAddrs(ctx context.Context, dir string) ([]string, error) {
	for {
		if a, err := node.ReadAddrs(dir); err == nil && len(a) > 0 {
			return a, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// follow shows the job's progress until it is over and its model fetched.
// clients[i] acts as d.nodes[i] (clients[0], the submitter, reads the chain).
func (d *demo) follow(ctx context.Context, clients []*chain.Client, id uint64) (*DemoSummary, error) {
	c := clients[0]
	names := map[string]string{}
	for i, n := range d.nodes {
		names[clients[i].Address().Hex()] = n.name
	}
	who := func(a string) string {
		if n, ok := names[a]; ok {
			return n
		}
		return a
	}
	var last *JobStatus
	seenGames, seenRoundGames := map[uint64]bool{}, map[uint64]bool{}
	sum := &DemoSummary{Job: id, Steps: d.job.Train.Steps, Shards: 1, Rounds: 1}
	models := filepath.Join(d.dir, "submitter", "models", fmt.Sprint(id), "shard-0.safetensors")
	if d.job.Sharded() {
		sum.Shards, sum.Rounds = d.job.Parallel.Shards, d.job.Rounds()
		models = filepath.Join(d.dir, "submitter", "models", fmt.Sprint(id), node.ShardedModelFile)
	}
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return sum, fmt.Errorf("the demo did not finish: %w", ctx.Err())
		case <-t.C:
		}
		for _, n := range d.nodes {
			if !n.running() && !n.gone {
				return sum, fmt.Errorf("node %s exited early: %v (see %s)", n.name, n.waitErr, filepath.Join(d.dir, n.name+".log"))
			}
		}
		st, err := ReadJobStatus(ctx, c, id)
		if err != nil {
			continue // the chain may be busy; try again
		}
		d.report(last, st, who)
		sh0 := st.Shards[0]
		for _, s := range st.Shards {
			if s.State == "assigned" {
				d.trainingProgress(who(s.Solver), id, s.Index, s.Attempt)
			}
		}
		// --kill-solver: shard 0's first solver dies (SIGKILL) at the chosen step, for good.
		if d.killStep > 0 && d.killedAt == 0 && sh0.State == "assigned" && sh0.Attempt == 1 {
			if step, _ := lastLogged(node.RunDir(filepath.Join(d.dir, who(sh0.Solver)), market.RunKey{Job: id, Shard: 0, Attempt: 1})); step >= d.killStep {
				if err := d.kill(who(sh0.Solver)); err != nil {
					return sum, err
				}
				d.killedAt = step
				d.say("%s was killed at step %d of shard 0 (round %d); its round deadline will pass and a reserve takes the shard over", who(sh0.Solver), step, (step-1)/d.job.Parallel.InnerSteps)
			}
		}
		// --chaos: kill the winner, a verifier and the submitter once training started, and the
		// verifiers once a dispute is open; each is restarted a second later.
		if d.chaos && !d.killedTraining && sh0.State == "assigned" {
			// Let training start; with --chaos-seed, a random moment and a random verifier, and
			// the submitter only half the time.
			victims, wait := []string{who(sh0.Solver), "verifier-1", "submitter"}, 3*time.Second
			if d.chaosRand != nil {
				wait = time.Duration(1+d.chaosRand.IntN(15)) * time.Second
				victims = []string{who(sh0.Solver), fmt.Sprintf("verifier-%d", 1+d.chaosRand.IntN(2))}
				if d.chaosRand.IntN(2) == 0 {
					victims = append(victims, "submitter")
				}
				d.say("chaos (seed %d): killing %v in %v", d.chaosSeed, victims, wait)
			}
			time.Sleep(wait)
			d.killedTraining = true
			if err := d.killRestart(victims...); err != nil {
				return sum, err
			}
		}
		if d.chaos && !d.killedDispute && sh0.Disputes > 0 {
			wait := 2 * time.Second // let the game get going
			if d.chaosRand != nil {
				wait = time.Duration(d.chaosRand.IntN(8)) * time.Second
			}
			time.Sleep(wait)
			d.killedDispute = true
			if err := d.killRestart("verifier-1", "verifier-2"); err != nil {
				return sum, err
			}
		}
		if err := d.reportGames(ctx, c, seenGames, who, sum); err != nil {
			continue
		}
		if err := d.reportRoundGames(ctx, c, seenRoundGames, sum); err != nil {
			continue
		}
		last = st
		sh := st.Shards[0]
		if st.State != "closed" {
			continue
		}
		finalized := true
		for _, s := range st.Shards {
			if s.State == "refunded" {
				sum.Outcome = "refunded"
				return sum, nil
			}
			finalized = finalized && s.State == "finalized"
			sum.Attempts = max(sum.Attempts, s.Attempt)
		}
		if finalized && d.job.Sharded() {
			if _, err := os.Stat(models); err != nil {
				continue // the submitter is computing the model
			}
			root, err := os.ReadFile(filepath.Join(filepath.Dir(models), "state_root"))
			if err != nil {
				return sum, err
			}
			sum.Outcome, sum.StateRoot, sum.Model = "completed", strings.TrimSpace(string(root)), models
			d.say("the submitter fetched every shard's committed round states and replayed the outer steps: the model's state root is %s", sum.StateRoot)
			ev, err := evaluate(d.job, models)
			if err != nil {
				return sum, err
			}
			sum.TestAccuracy, sum.TestLoss = ev.Accuracy, ev.Loss
			if sum.StepsVerified, err = roundStepsVerified(ctx, c, id, d.job); err != nil {
				return sum, err
			}
			return sum, nil
		}
		if finalized {
			if _, err := os.Stat(models); err != nil {
				continue // the submitter is fetching the model
			}
			sum.Outcome, sum.Attempts, sum.StateRoot, sum.Model = "completed", sh.Attempt, sh.StateRoot, models
			d.say("the submitter downloaded the model and checked it against the committed state root")
			if sum.StepsVerified, err = stepsVerified(ctx, c, id, sh.Attempt, d.job.Train.Steps); err != nil {
				return sum, err
			}
			ev, err := evaluate(d.job, models)
			if err != nil {
				return sum, err
			}
			sum.TestAccuracy, sum.TestLoss = ev.Accuracy, ev.Loss
			return sum, nil
		}
	}
}

// report prints what changed in the job since the last look.
func (d *demo) report(last, st *JobStatus, who func(string) string) {
	if last == nil || len(st.Bids) != len(last.Bids) {
		for i, b := range st.Bids {
			if last == nil || i >= len(last.Bids) {
				d.say("bid from %s: %s tokens", who(b.Bidder), b.Price)
			}
		}
	}
	for i, s := range st.Shards {
		var p *ShardStatus
		if last != nil {
			p = &last.Shards[i]
		}
		switch {
		case p == nil && s.State == "none":
		case p == nil || p.State != s.State || p.Attempt != s.Attempt || p.Disputes != s.Disputes:
			switch s.State {
			case "assigned":
				if p != nil && p.Attempt != s.Attempt && s.Attempt > 1 && st.Rounds > 1 {
					d.say("shard %d reassigned to %s (attempt %d), starting from the public state at the start of round %d", i, who(s.Solver), s.Attempt, s.Round)
				} else if p != nil && p.Attempt != s.Attempt && s.Attempt > 1 {
					d.say("shard %d reassigned to %s (attempt %d), starting from the public initial state", i, who(s.Solver), s.Attempt)
				} else if p != nil && (p.State == "assigned" || p.State == "committed") && st.Rounds > 1 {
					if p.State == "committed" {
						d.say("round %d of shard %d accepted: nobody disputed %s's round within its challenge window", p.Round, i, who(s.Solver))
					}
				} else {
					d.say("auction closed at %s tokens: shard %d goes to %s, who trains it", st.ClearingPrice, i, who(s.Solver))
				}
			case "committed":
				switch {
				case s.Disputes > 0 && st.Rounds > 1:
					d.say("a verifier disputed %s's round %d of shard %d: the dispute game is on", who(s.Solver), s.Round, i)
				case s.Disputes > 0:
					d.say("a verifier disputed %s's commitment: the dispute game is on", who(s.Solver))
				case p != nil && p.State == "committed":
				case st.Rounds > 1:
					d.say("%s committed round %d of shard %d (%d rounds): trace root %.18s…; verifiers re-execute sampled segments", who(s.Solver), s.Round, i, st.Rounds, s.TraceRoot)
				default:
					d.say("%s committed: trace root %.18s… state root %.18s…; verifiers re-execute sampled segments", who(s.Solver), s.TraceRoot, s.StateRoot)
				}
			case "finalized":
				d.say("shard %d finalized: nobody disputed %s's work within the challenge window; %s paid", i, who(s.Solver), who(s.Solver))
			case "refunded":
				d.say("shard %d refunded to the submitter", i)
			}
		}
	}
	if last != nil && st.Round > last.Round {
		d.say("round %d opened: each solver replays the outer step from all shards' committed states", st.Round)
	}
}

// lastLogged is the last step with a loss that a run directory's loss.jsonl logged, and that
// loss (0 and nil if none).
func lastLogged(dir string) (step int, loss *float64) {
	b, err := os.ReadFile(filepath.Join(dir, "loss.jsonl"))
	if err != nil {
		return 0, nil
	}
	for _, line := range strings.Split(string(b), "\n") {
		var e struct {
			Step int      `json:"step"`
			Loss *float64 `json:"loss"`
		}
		if json.Unmarshal([]byte(line), &e) == nil && e.Loss != nil {
			step, loss = e.Step, e.Loss
		}
	}
	return step, loss
}

// sigkill kills n's process (SIGKILL: no chance to clean up) and closes its log.
func (n *demoNode) sigkill() {
	n.cmd.Process.Kill()
	<-n.exited
	n.log.Close()
	n.log = nil
}

// kill kills the named node (SIGKILL) and leaves it dead.
func (d *demo) kill(name string) error {
	for _, n := range d.nodes {
		if n.name == name && n.running() {
			n.gone = true
			n.sigkill()
			d.say("killed %s (SIGKILL); it stays dead", n.name)
			return nil
		}
	}
	return fmt.Errorf("no running node %s to kill", name)
}

// trainingProgress shows the loss the assigned solver logged since the last look (from its run
// directory's loss.jsonl: the demo runs on one machine; a remote watcher reads the chain).
func (d *demo) trainingProgress(solver string, job uint64, shard, attempt int) {
	dir := node.RunDir(filepath.Join(d.dir, solver), market.RunKey{Job: job, Shard: shard, Attempt: attempt})
	step, loss := lastLogged(dir)
	if d.lossSeen == nil {
		d.lossSeen = map[string]int{}
	}
	if loss == nil || step <= d.lossSeen[dir] || step-d.lossSeen[dir] < d.job.Train.Steps/8 && step != d.job.Train.Steps {
		return
	}
	d.lossSeen[dir] = step
	if d.job.Sharded() {
		d.say("%s training shard %d: step %d/%d, loss %.4f", solver, shard, step, d.job.Train.Steps, *loss)
		return
	}
	d.say("%s training: step %d/%d, loss %.4f", solver, step, d.job.Train.Steps, *loss)
}

// reportGames prints each dispute game once it is over.
func (d *demo) reportGames(ctx context.Context, c *chain.Client, seen map[uint64]bool, who func(string) string, sum *DemoSummary) error {
	n, err := c.GameCount(ctx)
	if err != nil {
		return err
	}
	for g := uint64(1); g <= n.Uint64(); g++ {
		if seen[g] {
			continue
		}
		v, err := c.Game(ctx, new(big.Int).SetUint64(g))
		if err != nil {
			return err
		}
		st := chain.GameState(v)
		if st.Phase != game.PhaseOver {
			continue
		}
		seen[g] = true
		dd := DemoDispute{Game: g, Winner: st.Winner.String(), Reason: st.Reason.String(), Moves: st.Moves}
		sum.Disputes = append(sum.Disputes, dd)
		d.say("dispute game %d over after %d moves: the %s wins (%s)", g, st.Moves, dd.Winner, dd.Reason)
		run := fmt.Sprintf("%d/%d/%d", v.JobId, v.Shard, v.Attempt)
		if st.Winner == game.Challenger && !d.slashed[run] {
			if d.slashed == nil {
				d.slashed = map[string]bool{}
			}
			d.slashed[run] = true
			d.say("the cheating solver loses its stake: a share to the first challenger to win, the rest burned")
		}
	}
	return nil
}

// reportRoundGames prints each round game (RoundGame) once it is over.
func (d *demo) reportRoundGames(ctx context.Context, c *chain.Client, seen map[uint64]bool, sum *DemoSummary) error {
	n, err := c.RoundGameCount(ctx)
	if err != nil {
		return err
	}
	for id := uint64(1); id <= n; id++ {
		if seen[id] {
			continue
		}
		g, err := c.RoundGameOf(ctx, new(big.Int).SetUint64(id))
		if err != nil {
			return err
		}
		o := roundgame.Outcome(g.Outcome)
		if o == roundgame.Open {
			continue
		}
		seen[id] = true
		winner, kind := o.Winner(), roundgame.Kind(g.Kind)
		dd := DemoDispute{Kind: "round", Game: id, Winner: winner, Reason: fmt.Sprintf("%s check of round %d, %s", kind, g.Round, o)}
		sum.Disputes = append(sum.Disputes, dd)
		switch {
		case o == roundgame.Moot:
			d.say("round game %d ended moot: another game settled the shard first (the bond goes back)", id)
		case kind == roundgame.KindOuter:
			d.say("round game %d over: the chain recomputed element %d of parameter %d of the outer step of round %d: the %s wins (%s)",
				id, g.Element, g.Param, g.Round, winner, o)
		default:
			d.say("round game %d over: the start of round %d checked on chain: the %s wins (%s)", id, g.Round, winner, o)
		}
		if winner == "challenger" {
			d.say("the solver that committed a wrong round start loses its stake: a share to the challenger, the rest burned")
		}
	}
	return nil
}

// stepsVerified is the steps each verifier re-executed over every committed attempt (the
// segments the chain's randomness selects, docs/dispute-game.md section 9).
func stepsVerified(ctx context.Context, c *chain.Client, id uint64, attempts, steps int) (int, error) {
	total := 0
	for a := 1; a <= attempts; a++ {
		r, err := c.ShardRandomness(ctx, new(big.Int).SetUint64(id), 0, a)
		if err != nil || r == nil {
			continue // an attempt that never committed
		}
		n, err := sampledSteps(*r, steps)
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// sampledSteps is how many of a commitment's steps (a run's, or a round's) the randomness r
// has each verifier re-execute.
func sampledSteps(r commit.Hash, steps int) (int, error) {
	segs, err := game.DefaultSampling.Select(r, steps)
	if err != nil {
		return 0, err
	}
	total := 0
	for _, sg := range segs {
		lo, hi := game.SegmentSteps(steps, game.DefaultSampling.SegmentLen, sg)
		total += hi - lo + 1
	}
	return total, nil
}

// roundStepsVerified is stepsVerified for a sharded job: the steps each verifier re-executed
// over every committed round of every attempt of every shard.
func roundStepsVerified(ctx context.Context, c *chain.Client, id uint64, job *spec.Job) (int, error) {
	total, H := 0, job.Parallel.InnerSteps
	for s := range job.Parallel.Shards {
		sh, err := c.Shard(ctx, new(big.Int).SetUint64(id), uint64(s))
		if err != nil {
			return 0, err
		}
		for a := 1; a <= int(sh.Attempt); a++ {
			for r := range job.Rounds() {
				rnd, err := c.RoundRandomness(ctx, new(big.Int).SetUint64(id), uint64(s), a, r, job.Rounds())
				if err != nil || rnd == nil {
					continue // a round this attempt never committed
				}
				n, err := sampledSteps(*rnd, H)
				if err != nil {
					return 0, err
				}
				total += n
			}
		}
	}
	return total, nil
}

// evaluate loads the model at path into a trainer of job and evaluates it on the test split.
func evaluate(job *spec.Job, path string) (train.EvalResult, error) {
	ds, err := train.LoadData(job)
	if err != nil {
		return train.EvalResult{}, err
	}
	tr, err := train.New(job, ds)
	if err != nil {
		return train.EvalResult{}, err
	}
	defer tr.Close()
	f, err := safetensors.ReadFile(path)
	if err != nil {
		return train.EvalResult{}, err
	}
	// A sharded job's model is its global state: the parameters and the outer momentum.
	if err := tr.State.Load(f, job.Sharded()); err != nil {
		return train.EvalResult{}, err
	}
	return tr.Evaluate()
}

func gasSince(ctx context.Context, ec *ethclient.Client, from uint64) (uint64, error) {
	head, err := ec.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	var gas uint64
	for n := from + 1; n <= head; n++ {
		h, err := ec.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, err
		}
		gas += h.GasUsed
	}
	return gas, nil
}

func printDemoSummary(w io.Writer, s *DemoSummary, kept bool, dir string) {
	fmt.Fprintf(w, "\n== veritrain demo: job %d %s in %.0f s ==\n", s.Job, s.Outcome, s.Seconds)
	if s.Outcome == "completed" {
		fmt.Fprintf(w, "model          %d steps, test accuracy %.2f %% (loss %.4f), state root %s\n", s.Steps, 100*s.TestAccuracy, s.TestLoss, s.StateRoot)
	}
	if s.Rounds > 1 {
		fmt.Fprintf(w, "sharding       %d shards × %d rounds, up to %d attempt(s) a shard", s.Shards, s.Rounds, s.Attempts)
		if s.KilledAtStep > 0 {
			fmt.Fprintf(w, "; shard 0's solver killed at step %d and replaced", s.KilledAtStep)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "verification   %d steps re-executed by each verifier over %d attempt(s)\n", s.StepsVerified, s.Attempts)
	for _, g := range s.Disputes {
		if g.Kind == "round" {
			fmt.Fprintf(w, "dispute        round game %d: %s wins (%s)\n", g.Game, g.Winner, g.Reason)
			continue
		}
		fmt.Fprintf(w, "dispute        game %d: %s wins (%s) after %d moves\n", g.Game, g.Winner, g.Reason, g.Moves)
	}
	if len(s.Disputes) == 0 {
		fmt.Fprintln(w, "disputes       none")
	}
	for _, a := range s.Accounts {
		fmt.Fprintf(w, "%-17s net %-10s (tokens %s, stake %s)\n", a.Name, a.NetChange, a.TokenChange, a.StakeChange)
	}
	fmt.Fprintf(w, "gas used       %d\n", s.GasUsed)
	if kept {
		fmt.Fprintf(w, "chain, node data and logs kept in %s\n", dir)
	}
}
