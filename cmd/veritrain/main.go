// Command veritrain is the single binary of the veritrain marketplace: it trains jobs locally
// (and, as the market lands, runs nodes, submits jobs and verifies work).
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"veritrain/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Execute(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
