package contracts

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
)

// happyPathGasLimit is the target for the whole happy path of a one-shard job, token approvals
// and the solver's first bond included.
const happyPathGasLimit = 1_000_000

type gasRow struct {
	action string
	market bool // a market/staking action (not an ERC-20 approval)
	gas    uint64
}

// happyPathGas runs the happy path of a one-shard job for a fresh submitter and a fresh solver
// (no allowance, no stake yet) and returns the gas of every transaction.
func happyPathGas(e *env, solver *account) []gasRow {
	e.t.Helper()
	var rows []gasRow
	run := func(action string, market bool, from *account, c *bind.BoundContract, data []byte) {
		e.t.Helper()
		rows = append(rows, gasRow{action, market, e.send(from, c, data).GasUsed})
	}
	p := jobParams(1)
	run("submitter: token.approve(market)", false, e.submitter, e.tokC, e.tok.PackApprove(e.marketAddr, abi.MaxUint256))
	before := call(e, e.mktC, e.mkt.PackJobCount(), e.mkt.UnpackJobCount)
	run("postJob", true, e.submitter, e.mktC, e.mkt.PackPostJob(p))
	id := new(big.Int).Add(before, big.NewInt(1))
	run("solver: token.approve(staking)", false, solver, e.tokC, e.tok.PackApprove(e.stakingAddr, abi.MaxUint256))
	run("staking.bond", true, solver, e.stkC, e.stk.PackBond(p.StakePerShard))
	run("bid", true, solver, e.mktC, e.mkt.PackBid(id, tok(60)))
	e.endBidding(id)
	run("finalizeAuction", true, e.anyone, e.mktC, e.mkt.PackFinalizeAuction(id))
	run("commit", true, solver, e.mktC, e.mkt.PackCommit(id, big.NewInt(0), [32]byte{1}, [32]byte{2}))
	run("recordVerifier (dispute manager)", true, e.dm, e.mktC, e.mkt.PackRecordVerifier(id, big.NewInt(0), 1, e.verifier.addr))
	e.advanceTo(e.shard(id, 0).Deadline)
	run("finalizeShard (pays solver, verifier, refund)", true, e.anyone, e.mktC, e.mkt.PackFinalizeShard(id, big.NewInt(0)))
	if j := e.job(id); j.State != jobClosed {
		e.t.Fatalf("job not closed: %+v", j)
	}
	e.checkInvariants()
	return rows
}

// gasEnv is a fresh deployment where only the token balances exist.
func gasEnv(t testing.TB, f fork) *env {
	e := newBareEnvFork(t, 3, f)
	addr, _ := e.deploy(e.deployer, TestTokenMetaData.Bin, nil)
	e.setupMarket(addr)
	for _, a := range e.accounts {
		e.send(a, e.tokC, e.tok.PackMint(a.addr, tok(1_000)))
	}
	return e
}

// gasColumn is one column of the gas report.
type gasColumn struct {
	title string
	rows  []gasRow
}

func gasTable(cols []gasColumn) (string, []uint64) {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-48s", "action (one-shard job, one bid)")
	for _, c := range cols {
		fmt.Fprintf(&b, " %16s", c.title)
	}
	b.WriteString("\n")
	totals := make([]uint64, len(cols))
	markets := make([]uint64, len(cols))
	for i, r := range cols[0].rows {
		fmt.Fprintf(&b, "%-48s", r.action)
		for k, c := range cols {
			fmt.Fprintf(&b, " %16d", c.rows[i].gas)
			totals[k] += c.rows[i].gas
			if r.market {
				markets[k] += c.rows[i].gas
			}
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%-48s", "total, market and staking calls")
	for _, m := range markets {
		fmt.Fprintf(&b, " %16d", m)
	}
	fmt.Fprintf(&b, "\n%-48s", "total, with the two ERC-20 approvals")
	for _, t := range totals {
		fmt.Fprintf(&b, " %16d", t)
	}
	b.WriteString("\n")
	return b.String(), totals
}

// TestGasReport logs the gas of every action of the happy path of a one-shard job, on Osaka
// rules for the first job of a fresh deployment (cold storage everywhere) and for a later job by
// new accounts, and on go-ethereum's Bogota dev rules (EIP-8037 state-gas metering) for the first
// job. The whole path must stay under happyPathGasLimit on Osaka.
func TestGasReport(t *testing.T) {
	e := gasEnv(t, forkOsaka)
	first := happyPathGas(e, e.solvers[0])
	// A later job: counters and totals already non-zero; new solver; allowance set again.
	e.send(e.submitter, e.tokC, e.tok.PackApprove(e.marketAddr, big.NewInt(0)))
	later := happyPathGas(e, e.solvers[1])
	eb := gasEnv(t, forkBogota)
	bogota := happyPathGas(eb, eb.solvers[0])
	table, totals := gasTable([]gasColumn{{"osaka, first", first}, {"osaka, later", later}, {"bogota, first", bogota}})
	t.Log(table)
	if totals[0] > happyPathGasLimit || totals[1] > happyPathGasLimit {
		t.Fatalf("happy path costs %d / %d gas on Osaka, target < %d", totals[0], totals[1], happyPathGasLimit)
	}
}

// BenchmarkHappyPathGas reports the gas of the happy path of a one-shard job as benchmark
// metrics (the time per op is the simulated chain's, not the EVM's).
func BenchmarkHappyPathGas(b *testing.B) {
	for b.Loop() {
		e := gasEnv(b, forkOsaka)
		var total uint64
		for _, r := range happyPathGas(e, e.solvers[0]) {
			total += r.gas
		}
		b.ReportMetric(float64(total), "gas/job")
	}
}
