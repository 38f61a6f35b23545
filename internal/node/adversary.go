package node

import (
	"fmt"
	"slices"
	"strings"

	"veritrain/internal/train"
)

// An Adversary is a misbehaviour a node can be given (node --adversary NAME): TESTS AND THE DEMO
// ONLY. Each shows that the market's rules hold against it; docs/adversaries.md lists what
// each must cost and the test that shows it.
type Adversary struct {
	Name  string
	Role  string // the role that misbehaves
	Doc   string
	apply func(*Config)
}

// Adversaries are the misbehaviours a node can be given, by name.
var Adversaries = []Adversary{
	{"cheat", RoleSolver, "after every step it commits, nudges one weight (caught by a verified segment, slashed)",
		func(c *Config) { c.Tamper = DemoCheat }},
	{"cheat-aggregate", RoleSolver, "from round 1 of a sharded job, starts every round from a wrong aggregate (slashed through the round game)",
		func(c *Config) { c.TamperGlobal = DemoAggregateCheat }},
	{"silent", RoleSolver, "goes silent once assigned: never trains nor commits (a quarter of its shard stake burned, the shard reassigned or refunded)",
		func(c *Config) { c.Silent = true }},
	{"frivolous", RoleVerifier, "its own re-execution is wrong: it disputes honest steps and plays the games from its wrong record (loses its bonds)",
		func(c *Config) { c.ReplayTamper = DemoCheat }},
	{"stall", RoleVerifier, "never moves in the games it opens (loses them by timeout); with frivolous, stalls honest solvers' pay",
		func(c *Config) { c.Stall = true }},
	{"double", RoleVerifier, "opens two games on every step it disputes (a cheater is slashed once and the other game is moot; against an honest solver both bonds are lost)",
		func(c *Config) { c.Double = true }},
}

// ApplyAdversaries gives cfg the named misbehaviours. It refuses an unknown name and one whose
// role the node does not run.
func ApplyAdversaries(cfg *Config, names []string) error {
	for _, n := range names {
		i := slices.IndexFunc(Adversaries, func(a Adversary) bool { return a.Name == n })
		if i < 0 {
			var all []string
			for _, a := range Adversaries {
				all = append(all, a.Name)
			}
			return fmt.Errorf("unknown adversary %q (want %s)", n, strings.Join(all, ", "))
		}
		a := Adversaries[i]
		if !slices.Contains(cfg.Roles, a.Role) {
			return fmt.Errorf("adversary %q is a %s: the node does not run that role", n, a.Role)
		}
		a.apply(cfg)
	}
	return nil
}

// DemoCheat is the demo's cheating solver (adversary cheat): after every step it nudges the
// first weight by 1e-4, a systematic error (like a wrong kernel) that any verified segment
// catches. A frivolous verifier replays with it.
func DemoCheat(step int, st *train.State) {
	if len(st.Flat) > 0 {
		st.Flat[0] += 1e-4
	}
}

// DemoAggregateCheat is the demo's wrong aggregate (adversary cheat-aggregate): from round 1 on,
// the first weight of the global state a round starts from is nudged (round 0 starts from the
// job's own initial state, which anyone can compute).
func DemoAggregateCheat(round int, g *train.State) {
	if round > 0 && len(g.Flat) > 0 {
		g.Flat[0] += 1e-4
	}
}
