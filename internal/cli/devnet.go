package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"veritrain/internal/chain"
)

func devnetCmd(stdout, stderr io.Writer) *cobra.Command {
	var (
		dataDir     string
		port        int
		accounts    int
		period      uint64
		moveTimeout uint64
	)
	c := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local dev chain with the market deployed (DEV ONLY)",
		Long: `Run an in-process go-ethereum dev node (a block per transaction, Osaka rules, chain id 1337)
serving HTTP and WebSocket JSON-RPC on 127.0.0.1 only. On the first start in a data directory it
deploys the Judge, the DisputeGame, TestToken, Staking and JobMarket, funds --accounts dev accounts with ether and test tokens
and writes devnet.json (RPC URLs, chain id, contract addresses and the dev accounts' PRIVATE KEYS,
in clear: dev only) into the data directory; a restart with the same --datadir reuses the chain
and the deployment. Without --datadir the chain lives in a temporary directory removed on exit.
With --block-time N a block is sealed every N seconds, so that chain time (which deadlines read)
follows the wall clock; the default 0 seals a block for each transaction at once.
Runs until Ctrl-C.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if port < 0 || port > 65535 {
				return fmt.Errorf("--port must be in 0..65535, got %d", port)
			}
			if accounts < 0 {
				return fmt.Errorf("--accounts must not be negative, got %d", accounts)
			}
			dir := dataDir
			if dir == "" {
				tmp, err := os.MkdirTemp("", "veritrain-devnet-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				dir = tmp
			}
			ctx := cmd.Context()
			if moveTimeout < 1 {
				return fmt.Errorf("--move-timeout must be at least 1 second, got %d", moveTimeout)
			}
			d, err := chain.StartDevnet(ctx, chain.DevnetConfig{DataDir: dir, Port: port, Accounts: accounts, Period: period,
				Rules: chain.DevnetRules{MoveTimeout: moveTimeout}})
			if err != nil {
				return err
			}
			defer d.Close()
			i := d.Info
			if cmd.Flags().Changed("accounts") && len(i.Accounts) != accounts {
				fmt.Fprintf(stderr, "devnet: reusing the %d dev accounts of %s (--accounts applies to a new data directory only)\n", len(i.Accounts), chain.DevnetFile)
			}
			fmt.Fprintf(stdout, "devnet running (chain id %d), Ctrl-C to stop\n", i.ChainID)
			fmt.Fprintf(stdout, "http      %s\nws        %s\n", i.HTTPURL, i.WSURL)
			fmt.Fprintf(stdout, "token     %s\nstaking   %s\nmarket    %s\n", i.Deployment.Token, i.Deployment.Staking, i.Deployment.Market)
			fmt.Fprintf(stdout, "game      %s (dispute manager)\njudge     %s\n", i.Deployment.DisputeManager, i.Judge)
			fmt.Fprintf(stdout, "deployer  %s\n", i.Deployment.Deployer)
			for n, a := range i.Accounts {
				fmt.Fprintf(stdout, "account %d %s\n", n, a.Address)
			}
			fmt.Fprintf(stdout, "details and DEV-ONLY private keys: %s\n", filepath.Join(dir, chain.DevnetFile))
			<-ctx.Done()
			fmt.Fprintln(stderr, "devnet: stopping")
			return d.Close()
		},
	}
	f := c.Flags()
	f.StringVar(&dataDir, "datadir", "", "keep the chain and devnet.json here across restarts (default: a temporary directory)")
	f.IntVar(&port, "port", 8545, "HTTP and WebSocket JSON-RPC port on 127.0.0.1 (0: any free port)")
	f.IntVar(&accounts, "accounts", 10, "dev accounts to fund on first start")
	f.Uint64Var(&period, "block-time", 0, "seconds between blocks (0: a block for each transaction, at once)")
	f.Uint64Var(&moveTimeout, "move-timeout", chain.DefaultDevnetRules().MoveTimeout, "seconds per dispute move (first start only)")
	return c
}
