package cli

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/spf13/cobra"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/contracts"
	"veritrain/internal/game"
	"veritrain/internal/market"
	"veritrain/internal/node"
	"veritrain/internal/spec"
	"veritrain/internal/store"
	"veritrain/internal/train"
)

// chainFlags select the chain, the deployment and the key a command acts with: a devnet's data
// directory (devnet.json gives the URL, the deployment and the dev keys, --account picks one),
// or --rpc, --deployment and --key-file.
type chainFlags struct {
	devnet     string
	account    int
	rpc        string
	deployment string
	keyFile    string
}

func (f *chainFlags) add(c *cobra.Command, needKey bool) {
	fl := c.Flags()
	fl.StringVar(&f.devnet, "devnet", "", "a devnet's data directory: its devnet.json gives the RPC URL, the deployment and dev keys")
	fl.StringVar(&f.rpc, "rpc", "", "JSON-RPC URL of the chain (overrides the devnet's)")
	fl.StringVar(&f.deployment, "deployment", "", "a JSON file with the contract addresses (the \"deployment\" of devnet.json)")
	if needKey {
		fl.IntVar(&f.account, "account", 0, "with --devnet: the dev account to act as (index into devnet.json's accounts)")
		fl.StringVar(&f.keyFile, "key-file", "", "a file holding the hex private key to act with (overrides --account)")
	}
}

// resolve returns the RPC URL, the deployment and (if needKey) the key.
func (f *chainFlags) resolve(needKey bool) (string, chain.Deployment, *ecdsa.PrivateKey, error) {
	var (
		url  = f.rpc
		dep  chain.Deployment
		key  *ecdsa.PrivateKey
		info *chain.DevnetInfo
	)
	if f.devnet != "" {
		var err error
		if info, err = chain.ReadDevnetInfo(f.devnet); err != nil {
			return "", dep, nil, fmt.Errorf("--devnet %s: %w (is 'veritrain devnet --datadir %s' running?)", f.devnet, err, f.devnet)
		}
		dep = info.Deployment
		if url == "" {
			url = info.WSURL
		}
	}
	if f.deployment != "" {
		b, err := os.ReadFile(f.deployment)
		if err != nil {
			return "", dep, nil, err
		}
		if err := json.Unmarshal(b, &dep); err != nil {
			return "", dep, nil, fmt.Errorf("--deployment %s: %w", f.deployment, err)
		}
	}
	if url == "" || dep.Market == (chain.Deployment{}).Market {
		return "", dep, nil, errors.New("no chain: give --devnet DIR, or --rpc URL and --deployment FILE")
	}
	if !needKey {
		return url, dep, nil, nil
	}
	switch {
	case f.keyFile != "":
		b, err := os.ReadFile(f.keyFile)
		if err != nil {
			return "", dep, nil, err
		}
		if key, err = crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x")); err != nil {
			return "", dep, nil, fmt.Errorf("--key-file %s: %w", f.keyFile, err)
		}
	case info != nil:
		if f.account < 0 || f.account >= len(info.Accounts) {
			return "", dep, nil, fmt.Errorf("--account %d: the devnet has accounts 0..%d", f.account, len(info.Accounts)-1)
		}
		var err error
		if key, err = info.Accounts[f.account].Key(); err != nil {
			return "", dep, nil, err
		}
	default:
		return "", dep, nil, errors.New("no key: give --key-file FILE (or --devnet DIR with --account N)")
	}
	return url, dep, key, nil
}

// client dials the chain and returns a client acting with the key (or a read-only one signing
// with a throwaway key).
func (f *chainFlags) client(ctx context.Context, needKey bool) (*chain.Client, func(), error) {
	url, dep, key, err := f.resolve(needKey)
	if err != nil {
		return nil, nil, err
	}
	if key == nil {
		if key, err = crypto.GenerateKey(); err != nil {
			return nil, nil, err
		}
	}
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, fmt.Errorf("chain %s: %w", url, err)
	}
	c, err := chain.NewClient(ctx, ec, dep, key, chain.WithPollInterval(50*time.Millisecond))
	if err != nil {
		ec.Close()
		return nil, nil, fmt.Errorf("chain %s: %w", url, err)
	}
	return c, ec.Close, nil
}

// parseTokens parses a token amount in whole tokens (decimals allowed, 18 places).
func parseTokens(flag, s string) (*big.Int, error) {
	r, ok := new(big.Rat).SetString(s)
	if !ok || r.Sign() < 0 {
		return nil, fmt.Errorf("--%s %q: want a non-negative number of tokens", flag, s)
	}
	r.Mul(r, new(big.Rat).SetInt(big.NewInt(1e18)))
	if !r.IsInt() {
		return nil, fmt.Errorf("--%s %q: more than 18 decimal places", flag, s)
	}
	return new(big.Int).Set(r.Num()), nil
}

func nodeCmd(stdout, stderr io.Writer) *cobra.Command {
	var (
		cf                  chainFlags
		roles               []string
		dataDir             string
		listen, boot        []string
		perHour, stake      string
		margin              uint64
		cheat, jsonLogs     bool
		cheatAggregate      bool
		adversaries         []string
		httpAddr            string
		poll                time.Duration
		logLevel, nodeLabel string
	)
	c := &cobra.Command{
		Use:   "node --role solver|verifier|submitter --datadir DIR (--devnet DIR --account N | --rpc URL --deployment FILE --key-file FILE)",
		Short: "Run a market node: solver, verifier and/or submitter",
		Long: `Run a long-lived market node. It follows the chain, keeps its records in DIR/node.db
(resuming where it stopped after a restart), serves and fetches blobs over libp2p, and acts
for each of its roles:
  solver     prices jobs from a measured step, bids, trains with commitments, serves its
             checkpoints, answers disputes and claims payment;
  verifier   re-executes the segments the chain's randomness selects on every commitment and
             disputes a mismatch through the on-chain game;
  submitter  keeps its jobs' dispute layout registered, announces their specs, pokes every
             due deadline, downloads and checks the final model (DIR/models/JOB) and claims refunds.
Ctrl-C stops it at a safe point.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Every flag is checked before anything is written or sent: a typo must not cost
			// an approval, a bond or a data directory.
			if dataDir == "" {
				return errors.New("--datadir is required")
			}
			if len(roles) == 0 {
				return errors.New("--role is required: solver, verifier or submitter (comma-separated or repeated)")
			}
			for _, r := range roles {
				if r != node.RoleSolver && r != node.RoleVerifier && r != node.RoleSubmitter {
					return fmt.Errorf("--role %q: want solver, verifier or submitter", r)
				}
			}
			if poll <= 0 {
				return fmt.Errorf("--poll %v: want a positive duration", poll)
			}
			if margin > 1_000_000 {
				return fmt.Errorf("--margin-bps %d: want at most 1000000 (a 100x markup)", margin)
			}
			for _, a := range listen {
				if _, err := ma.NewMultiaddr(a); err != nil {
					return fmt.Errorf("--listen %q: %w", a, err)
				}
			}
			for _, a := range boot {
				if _, err := peer.AddrInfoFromString(a); err != nil {
					return fmt.Errorf("--bootstrap %q: want a multiaddr ending in /p2p/PEER_ID: %w", a, err)
				}
			}
			if httpAddr != "" {
				if _, port, err := net.SplitHostPort(httpAddr); err != nil || port == "" {
					return fmt.Errorf("--http %q: want HOST:PORT (port 0 picks a free one; \"\" turns the dashboard off)", httpAddr)
				}
			}
			var level slog.Level
			if err := level.UnmarshalText([]byte(logLevel)); err != nil {
				return fmt.Errorf("--log-level %q: %w", logLevel, err)
			}
			url, dep, key, err := cf.resolve(true)
			if err != nil {
				return err
			}
			cfg := node.Config{Name: nodeLabel, DataDir: dataDir, Roles: roles, ChainURL: url, Deployment: dep, Key: key,
				Listen: listen, Bootstrap: boot, Poll: poll, HTTP: httpAddr}
			if cfg.Pricing.PerHour, err = parseTokens("price-per-hour", perHour); err != nil {
				return err
			}
			cfg.Pricing.MarginBPS = margin
			if cfg.Stake, err = parseTokens("stake", stake); err != nil {
				return err
			}
			if cheat { // the old names of two adversaries
				adversaries = append(adversaries, "cheat")
			}
			if cheatAggregate {
				adversaries = append(adversaries, "cheat-aggregate")
			}
			if err := node.ApplyAdversaries(&cfg, adversaries); err != nil {
				return fmt.Errorf("--adversary: %w", err)
			}
			opts := &slog.HandlerOptions{Level: level}
			if jsonLogs {
				cfg.Log = slog.New(slog.NewJSONHandler(stderr, opts))
			} else {
				cfg.Log = slog.New(slog.NewTextHandler(stderr, opts))
			}
			for _, a := range node.Adversaries {
				if slices.Contains(adversaries, a.Name) {
					cfg.Log.Warn("TESTS AND DEMO ONLY: this node misbehaves (--adversary "+a.Name+")", "role", a.Role, "what", a.Doc)
				}
			}
			return node.Run(cmd.Context(), cfg)
		},
	}
	cf.add(c, true)
	f := c.Flags()
	f.StringSliceVar(&roles, "role", nil, "roles to run: solver, verifier, submitter (comma-separated or repeated)")
	f.StringVar(&dataDir, "datadir", "", "the node's data directory (database, blobs, runs, p2p identity)")
	f.StringVar(&nodeLabel, "name", "", "a label for the node's log lines")
	f.StringSliceVar(&listen, "listen", nil, "p2p listen multiaddrs (default /ip4/127.0.0.1/tcp/0)")
	f.StringSliceVar(&boot, "bootstrap", nil, "peers to dial at start (multiaddrs ending in /p2p/ID; see DIR/p2p.addrs of a running node)")
	f.StringVar(&httpAddr, "http", "127.0.0.1:0", "serve the dashboard and /metrics here (port 0: a free one, written to DIR/http.addr; \"\": off)")
	f.StringVar(&perHour, "price-per-hour", "1", "solver: what an hour of this machine costs, in tokens")
	f.Uint64Var(&margin, "margin-bps", 2000, "solver: profit on top of cost, in basis points")
	f.StringVar(&stake, "stake", "1000", "solver and verifier: bonded stake to keep, in tokens (topped up at start)")
	f.DurationVar(&poll, "poll", time.Second, "how often the node reads the chain")
	f.StringVar(&logLevel, "log-level", "info", "debug, info, warn or error")
	f.BoolVar(&jsonLogs, "log-json", false, "log JSON lines")
	f.StringSliceVar(&adversaries, "adversary", nil, "TESTS AND DEMO ONLY: misbehave as these adversaries (comma-separated): "+adversaryNames())
	f.MarkHidden("adversary")
	f.BoolVar(&cheat, "cheat", false, "DEMO ONLY: --adversary cheat")
	f.MarkHidden("cheat")
	f.BoolVar(&cheatAggregate, "cheat-aggregate", false, "DEMO ONLY: --adversary cheat-aggregate")
	f.MarkHidden("cheat-aggregate")
	return c
}

// adversaryNames lists node.Adversaries for --adversary's help.
func adversaryNames() string {
	var s []string
	for _, a := range node.Adversaries {
		s = append(s, a.Name+" ("+a.Role+": "+a.Doc+")")
	}
	return strings.Join(s, "; ")
}

// SubmitOptions are the market terms of a job.
type SubmitOptions struct {
	Budget          *big.Int
	Stake           *big.Int // per shard
	VerifierFee     *big.Int
	Shards          int
	BiddingPeriod   time.Duration
	TrainingPeriod  time.Duration
	ChallengeWindow time.Duration
}

// Submit puts the job's spec into the submitter node's blob store (nodeDir/blobs, which the node
// serves), escrows the budget, posts the job and registers its dispute layout and Judge context.
// It returns the job id.
func Submit(ctx context.Context, c *chain.Client, job *spec.Job, raw []byte, nodeDir string, o SubmitOptions, log *slog.Logger) (uint64, error) {
	switch {
	case o.Budget == nil || o.Budget.Sign() <= 0:
		return 0, errors.New("the budget must be positive")
	case o.Shards < 1 || o.Shards > 1<<16-1:
		return 0, fmt.Errorf("shards %d: want 1..65535", o.Shards)
	case o.BiddingPeriod < time.Second || o.TrainingPeriod < time.Second || o.ChallengeWindow < time.Second:
		return 0, errors.New("the bidding period, training period and challenge window must be at least a second")
	}
	if store.Hash(raw) != job.Hash {
		return 0, errors.New("internal error: the spec bytes do not hash to the spec")
	}
	rounds := 1
	if job.Sharded() {
		// A sharded spec fixes the shards; the training period is each round's.
		if o.Shards != 1 && o.Shards != job.Parallel.Shards {
			return 0, fmt.Errorf("the spec is sharded into %d shards ([parallel] shards); --shards %d disagrees", job.Parallel.Shards, o.Shards)
		}
		o.Shards, rounds = job.Parallel.Shards, job.Rounds()
		if rounds < 2 {
			// The market tells a sharded job from copies of one run by its rounds.
			return 0, fmt.Errorf("the spec is sharded into one round (parallel.inner_steps = train.steps); the market takes a sharded job of at least 2 rounds (lower parallel.inner_steps)")
		}
		if rounds > 4096 {
			return 0, fmt.Errorf("the spec has %d rounds; the market takes at most 4096 (raise parallel.inner_steps)", rounds)
		}
	}
	blobs := &store.Blobs{Dir: filepath.Join(nodeDir, "blobs")}
	mf, err := node.PutSpec(blobs, job, raw)
	if err != nil {
		return 0, err
	}
	if mf != (commit.Hash{}) {
		if err := node.SaveManifestHash(nodeDir, job.Hash, mf); err != nil {
			return 0, err
		}
	}
	ds, err := train.LoadData(job)
	if err != nil {
		return 0, err
	}
	tr, err := train.New(job, ds)
	if err != nil {
		return 0, err
	}
	dj, err := node.DisputeJob(tr, nil)
	tr.Close()
	if err != nil {
		return 0, err
	}
	rules, err := c.GameRules(ctx)
	if err != nil {
		return 0, err
	}
	if o.BiddingPeriod <= time.Duration(rules.MoveTimeout+5)*time.Second {
		return 0, fmt.Errorf("the bidding period %v must exceed the dispute game's move timeout (%d s) by a margin: bidders must have time to check the job's layout", o.BiddingPeriod, rules.MoveTimeout)
	}
	bal, err := c.TokenBalance(ctx, c.Address())
	if err != nil {
		return 0, err
	}
	if bal.Cmp(o.Budget) < 0 {
		return 0, fmt.Errorf("the budget %s exceeds the account's %s tokens", market.Tokens(o.Budget), market.Tokens(bal))
	}
	if _, err := c.Approve(ctx, c.Deployment().Market, abi.MaxUint256); err != nil {
		return 0, err
	}
	id, _, err := c.PostJob(ctx, contracts.JobMarketJobParams{SpecHash: job.Hash, GraphRoot: dj.GraphRoot, DataRoot: dj.DataRoot,
		Shards: uint16(o.Shards), BiddingPeriod: uint64(o.BiddingPeriod / time.Second), TrainingPeriod: uint64(o.TrainingPeriod / time.Second),
		ChallengeWindow: uint64(o.ChallengeWindow / time.Second), Budget: o.Budget, StakePerShard: o.Stake, VerifierFee: o.VerifierFee,
		Rounds: uint16(rounds)})
	if err != nil {
		return 0, fmt.Errorf("post the job: %w", err)
	}
	log.Info("posted the job", "job", id, "spec", job.Hash, "budget", market.Tokens(o.Budget))
	if err := node.RegisterJob(ctx, c, id.Uint64(), job, true, true, log); err != nil {
		return id.Uint64(), err
	}
	return id.Uint64(), nil
}

func submitCmd(stdout, stderr io.Writer) *cobra.Command {
	var (
		cf                          chainFlags
		nodeDir, budget, stake, fee string
		shards                      int
		bidding, training, window   time.Duration
		asJSON                      bool
	)
	c := &cobra.Command{
		Use:   "submit JOB.toml --budget TOKENS --node DIR (--devnet DIR --account N | ...)",
		Short: "Post a training job: publish its spec, escrow the budget, post it on chain",
		Long: `Post a job to the market. The spec goes into the blob store of the submitter node whose data
directory is --node (that node serves it to solvers and verifiers, and follows the job to the
end: run 'veritrain node --role submitter --datadir DIR' with the same account). The budget is
escrowed by the market; what the auction does not spend is refunded. Prints the job id.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return fmt.Errorf("submit takes one job spec file: veritrain submit JOB.toml --budget TOKENS (got %d arguments)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if nodeDir == "" {
				return errors.New("--node DIR is required: the submitter node's data directory (it serves the spec)")
			}
			raw, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			job, err := spec.Parse(raw, filepath.Dir(args[0]))
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			var o SubmitOptions
			if o.Budget, err = parseTokens("budget", budget); err != nil {
				return err
			}
			if o.Stake, err = parseTokens("stake-per-shard", stake); err != nil {
				return err
			}
			if o.VerifierFee, err = parseTokens("verifier-fee", fee); err != nil {
				return err
			}
			o.Shards, o.BiddingPeriod, o.TrainingPeriod, o.ChallengeWindow = shards, bidding, training, window
			ctx := cmd.Context()
			cl, closeFn, err := cf.client(ctx, true)
			if err != nil {
				return err
			}
			defer closeFn()
			log := slog.New(slog.NewTextHandler(stderr, nil))
			id, err := Submit(ctx, cl, job, raw, nodeDir, o, log)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(stdout).Encode(map[string]any{"job": id, "spec_hash": job.Hash.String()})
			}
			fmt.Fprintf(stdout, "job %d posted (spec %s); follow it with: veritrain status %d\n", id, job.Hash, id)
			return nil
		},
	}
	cf.add(c, true)
	f := c.Flags()
	f.StringVar(&nodeDir, "node", "", "the submitter node's data directory (its blob store serves the spec)")
	f.StringVar(&budget, "budget", "", "tokens escrowed for the job (the most it can cost)")
	f.StringVar(&stake, "stake-per-shard", "500", "tokens each winning solver must lock (what a cheat loses)")
	f.StringVar(&fee, "verifier-fee", "10", "tokens paid per shard to the verifier of record")
	f.IntVar(&shards, "shards", 1, "shards (one solver each); a sharded spec ([parallel]) sets its own")
	f.DurationVar(&bidding, "bidding-period", time.Minute, "how long bids are taken")
	f.DurationVar(&training, "training-period", time.Hour, "how long a winner has to commit (for a sharded spec: each round)")
	f.DurationVar(&window, "challenge-window", 5*time.Minute, "how long verifiers have to dispute a commitment")
	f.BoolVar(&asJSON, "json", false, "print the job id as JSON")
	return c
}

// JobStatus is what `veritrain status JOB` shows.
type JobStatus struct {
	ID            uint64        `json:"id"`
	State         string        `json:"state"`
	Spec          string        `json:"spec_hash"`
	Submitter     string        `json:"submitter"`
	Escrow        string        `json:"escrow"`
	ClearingPrice string        `json:"clearing_price"`
	BiddingEnds   uint64        `json:"bidding_ends"`
	Rounds        int           `json:"rounds"` // outer rounds (1: trained in one piece)
	Round         int           `json:"round"`  // the round being trained
	ChainTime     uint64        `json:"chain_time"`
	Bids          []BidStatus   `json:"bids"`
	Shards        []ShardStatus `json:"shards"`
	Games         []GameStatus  `json:"disputes"`
}

// GameStatus is one dispute game of a job.
type GameStatus struct {
	ID      uint64 `json:"game"`
	Shard   int    `json:"shard"`
	Attempt int    `json:"attempt"`
	Step    int    `json:"step"`
	Phase   string `json:"phase"`
	Moves   int    `json:"moves"`
	Winner  string `json:"winner,omitempty"`
	Reason  string `json:"reason,omitempty"`
}

// BidStatus is one bid.
type BidStatus struct {
	Bidder string `json:"bidder"`
	Price  string `json:"price"`
}

// ShardStatus is one shard.
type ShardStatus struct {
	Index     int    `json:"index"`
	State     string `json:"state"`
	Solver    string `json:"solver"`
	Attempt   int    `json:"attempt"`
	Disputes  int    `json:"disputes"`
	Deadline  uint64 `json:"deadline"` // 0 while the shard waits for the others to end a round
	Round     int    `json:"round"`    // rounds before the last committed
	TraceRoot string `json:"trace_root,omitempty"`
	StateRoot string `json:"state_root,omitempty"`
	// The solver's training progress on this attempt, as it gossips it (status --bootstrap).
	Step  int      `json:"step,omitempty"`
	Steps int      `json:"steps,omitempty"`
	Loss  *float32 `json:"loss,omitempty"`
}

// ReadJobStatus reads job id from the chain.
func ReadJobStatus(ctx context.Context, c *chain.Client, id uint64) (*JobStatus, error) {
	bid := new(big.Int).SetUint64(id)
	j, err := c.Job(ctx, bid)
	if err != nil {
		return nil, err
	}
	if j.State == uint8(market.JobNone) {
		return nil, fmt.Errorf("no job %d", id)
	}
	st := &JobStatus{ID: id, State: market.JobState(j.State).String(), Spec: fmt.Sprintf("0x%x", j.SpecHash), Submitter: j.Submitter.Hex(),
		Escrow: market.Tokens(j.Escrow), ClearingPrice: market.Tokens(j.ClearingPrice), BiddingEnds: j.BiddingEnds, Rounds: max(int(j.Rounds), 1), Round: int(j.Round)}
	if st.ChainTime, err = c.HeadTime(ctx); err != nil {
		return nil, err
	}
	bids, err := c.Bids(ctx, bid)
	if err != nil {
		return nil, err
	}
	for _, b := range bids {
		st.Bids = append(st.Bids, BidStatus{Bidder: b.Bidder.Hex(), Price: market.Tokens(b.Price)})
	}
	for i := range int(j.Shards) {
		s, err := c.Shard(ctx, bid, uint64(i))
		if err != nil {
			return nil, err
		}
		ss := ShardStatus{Index: i, State: market.ShardState(s.State).String(), Solver: s.Solver.Hex(), Attempt: int(s.Attempt), Disputes: int(s.Disputes), Deadline: s.Deadline, Round: int(s.Round)}
		if ss.Deadline == market.Waiting {
			ss.Deadline = 0
		}
		if s.TraceRoot != [32]byte{} {
			ss.TraceRoot, ss.StateRoot = fmt.Sprintf("0x%x", s.TraceRoot), fmt.Sprintf("0x%x", s.StateRoot)
		}
		st.Shards = append(st.Shards, ss)
	}
	n, err := c.GameCount(ctx)
	if err != nil {
		return nil, err
	}
	for g := uint64(1); g <= n.Uint64(); g++ {
		v, err := c.Game(ctx, new(big.Int).SetUint64(g))
		if err != nil {
			return nil, err
		}
		if v.JobId.Uint64() != id {
			continue
		}
		gs := chain.GameState(v)
		s := GameStatus{ID: g, Shard: int(v.Shard.Uint64()), Attempt: int(v.Attempt), Step: int(v.Step.Int64()), Phase: gs.Phase.String(), Moves: gs.Moves}
		if gs.Phase == game.PhaseOver {
			s.Winner, s.Reason = gs.Winner.String(), gs.Reason.String()
		}
		st.Games = append(st.Games, s)
	}
	return st, nil
}

func statusCmd(stdout, stderr io.Writer) *cobra.Command {
	var (
		cf     chainFlags
		asJSON bool
		boot   []string
		listen time.Duration
	)
	c := &cobra.Command{
		Use:   "status [JOB] (--devnet DIR | --rpc URL --deployment FILE) [--bootstrap ADDR]",
		Short: "Show the market, or one job: bids, shards, solvers, commitments, disputes, training progress",
		Long: `Show every job, or one job: its state, escrow and clearing price, its bids, each shard's solver,
attempt, deadline and committed roots, and its dispute games with their outcome. With --bootstrap
(any node's p2p address) it also listens to the network for a few seconds and shows the steps
each solver reports done and its loss.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			cl, closeFn, err := cf.client(ctx, false)
			if err != nil {
				return err
			}
			defer closeFn()
			var ids []uint64
			if len(args) == 1 {
				var id uint64
				if _, err := fmt.Sscan(args[0], &id); err != nil || id == 0 {
					return fmt.Errorf("job %q: want a job number", args[0])
				}
				ids = []uint64{id}
			} else {
				n, err := cl.JobCount(ctx)
				if err != nil {
					return err
				}
				for id := uint64(1); id <= n.Uint64(); id++ {
					ids = append(ids, id)
				}
			}
			var light *node.Net // with --bootstrap: the solvers' progress gossip
			if len(boot) > 0 {
				tmp, err := os.MkdirTemp("", "veritrain-status-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				net, stop, err := lightNode(ctx, tmp, boot, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
				if err != nil {
					return err
				}
				defer stop()
				select {
				case <-ctx.Done():
					return ctx.Err()
				case <-time.After(listen):
				}
				light = net
			}
			var out []*JobStatus
			for _, id := range ids {
				st, err := ReadJobStatus(ctx, cl, id)
				if err != nil {
					return err
				}
				if light != nil {
					// Only the progress the chain's solver of each attempt signed is shown.
					for i, sh := range st.Shards {
						if common.IsHexAddress(sh.Solver) {
							light.NoteSolver(market.RunKey{Job: id, Shard: i, Attempt: sh.Attempt}, market.Address(common.HexToAddress(sh.Solver)))
						}
					}
					ps := light.ProgressOf(id)
					for i := range st.Shards {
						if p, ok := ps[market.RunKey{Job: id, Shard: i, Attempt: st.Shards[i].Attempt}]; ok {
							loss := p.Loss
							st.Shards[i].Step, st.Shards[i].Steps, st.Shards[i].Loss = p.Step, p.Steps, &loss
						}
					}
				}
				out = append(out, st)
			}
			if asJSON {
				return json.NewEncoder(stdout).Encode(out)
			}
			if len(out) == 0 {
				fmt.Fprintln(stdout, "no jobs")
			}
			for _, st := range out {
				fmt.Fprintf(stdout, "job %d  %s  spec %s  escrow %s  clearing price %s  %d bids\n", st.ID, st.State, st.Spec, st.Escrow, st.ClearingPrice, len(st.Bids))
				if len(args) == 1 {
					for _, b := range st.Bids {
						fmt.Fprintf(stdout, "  bid    %s  %s\n", b.Bidder, b.Price)
					}
				}
				for _, s := range st.Shards {
					fmt.Fprintf(stdout, "  shard %d  %-9s  solver %s  attempt %d  disputes %d  deadline %d", s.Index, s.State, s.Solver, s.Attempt, s.Disputes, s.Deadline)
					if st.Rounds > 1 {
						fmt.Fprintf(stdout, "  rounds committed %d/%d", s.Round, st.Rounds-1)
					}
					fmt.Fprintln(stdout)
					if s.Loss != nil {
						fmt.Fprintf(stdout, "           training: step %d of %d, loss %.4f (the solver's report)\n", s.Step, s.Steps, *s.Loss)
					}
					if s.StateRoot != "" && len(args) == 1 {
						fmt.Fprintf(stdout, "           trace root %s\n           state root %s\n", s.TraceRoot, s.StateRoot)
					}
				}
				for _, g := range st.Games {
					fmt.Fprintf(stdout, "  dispute game %d  shard %d attempt %d step %d  %s after %d moves", g.ID, g.Shard, g.Attempt, g.Step, g.Phase, g.Moves)
					if g.Winner != "" {
						fmt.Fprintf(stdout, ": the %s wins (%s)", g.Winner, g.Reason)
					}
					fmt.Fprintln(stdout)
				}
			}
			return nil
		},
	}
	cf.add(c, false)
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	c.Flags().StringSliceVar(&boot, "bootstrap", nil, "a node's p2p address: listen to the network for training progress")
	c.Flags().DurationVar(&listen, "listen-for", 4*time.Second, "with --bootstrap: how long to listen")
	return c
}

// lightNode starts a p2p host in dir that joins the market's gossip through the bootstrap
// peers, for a command that reads the network (status, fetch). stop shuts it down.
func lightNode(ctx context.Context, dir string, boot []string, log *slog.Logger) (*node.Net, func(), error) {
	net, stop, err := node.StartNet(ctx, dir, nil, log)
	if err != nil {
		return nil, nil, err
	}
	if err := net.Host.Connect(ctx, boot...); err != nil {
		stop()
		return nil, nil, err
	}
	return net, stop, nil
}

func fetchCmd(stdout, stderr io.Writer) *cobra.Command {
	var (
		cf       chainFlags
		out      string
		boot     []string
		specPath string
	)
	c := &cobra.Command{
		Use:   "fetch JOB -o DIR --bootstrap ADDR --spec JOB.toml (--devnet DIR | ...)",
		Short: "Download a job's final model from the network and check it against the committed state root",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var id uint64
			if _, err := fmt.Sscan(args[0], &id); err != nil || id == 0 {
				return fmt.Errorf("job %q: want a job number", args[0])
			}
			if out == "" || len(boot) == 0 || specPath == "" {
				return errors.New("-o DIR, --bootstrap ADDR (a peer serving the job) and --spec JOB.toml are required")
			}
			job, err := spec.ParseFile(specPath)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			cl, closeFn, err := cf.client(ctx, false)
			if err != nil {
				return err
			}
			defer closeFn()
			j, err := cl.Job(ctx, new(big.Int).SetUint64(id))
			if err != nil {
				return err
			}
			if j.State == uint8(market.JobNone) {
				return fmt.Errorf("there is no job %d on this chain", id)
			}
			if j.SpecHash != job.Hash {
				return fmt.Errorf("job %d was posted with spec %x, %s is %s", id, j.SpecHash, specPath, job.Hash)
			}
			tmp, err := os.MkdirTemp("", "veritrain-fetch-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(tmp)
			net, stop, err := lightNode(ctx, tmp, boot, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
			if err != nil {
				return err
			}
			defer stop()
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			for i := range int(j.Shards) {
				s, err := cl.Shard(ctx, new(big.Int).SetUint64(id), uint64(i))
				if err != nil {
					return err
				}
				if s.State != uint8(market.ShardFinalized) {
					return fmt.Errorf("job %d shard %d is %s, not finalized: no verified model yet", id, i, market.ShardState(s.State).String())
				}
				dir, err := net.RunDir(ctx, market.RunKey{Job: id, Shard: i, Attempt: int(s.Attempt)}, market.Address(s.Solver), s.TraceRoot)
				if err != nil {
					return err
				}
				path := filepath.Join(out, fmt.Sprintf("shard-%d.safetensors", i))
				if err := node.SaveFinal(job, dir, s.StateRoot, path); err != nil {
					return err
				}
				fmt.Fprintf(stdout, "%s: state root 0x%x (committed on chain, checked)\n", path, s.StateRoot)
			}
			return nil
		},
	}
	cf.add(c, false)
	f := c.Flags()
	f.StringVarP(&out, "out", "o", "", "directory to write the model to")
	f.StringSliceVar(&boot, "bootstrap", nil, "a peer that serves the job's runs (multiaddr ending in /p2p/ID)")
	f.StringVar(&specPath, "spec", "", "the job's spec file (checked against the job's spec hash)")
	return c
}
