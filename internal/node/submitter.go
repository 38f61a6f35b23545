package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"veritrain/internal/chain"
	"veritrain/internal/commit"
	"veritrain/internal/market"
	"veritrain/internal/spec"
	"veritrain/internal/store"
	"veritrain/internal/train"
)

// submitterFloor is the meta key of the first job the submitter role still reads.
const submitterFloor = "submitter-floor"

// TableFetched: job → the directory the submitter saved the job's final model to.
const TableFetched Table = "fetched"

func init() { tables = append(tables, TableFetched) }

// SubmitterConfig is what a submitter node needs.
type SubmitterConfig struct {
	Client  *chain.Client
	DB      *DB
	Specs   SpecSource
	Runs    RunSource
	Rounds  RoundSource // the round states of sharded jobs (nil: their models are not fetched)
	Net     *Net        // announces the node's jobs (nil: no announcements)
	WorkDir string      // final models go to WorkDir/models/<job>
	Log     *slog.Logger
}

// Submitter is the submitter role: for every job its key posted it keeps the layout and Judge
// context registered, announces the spec, pokes every due exit, fetches and checks the final
// model, and claims refunds (market.SubmitterActions).
type Submitter struct{ cfg SubmitterConfig }

// NewSubmitter returns a submitter over cfg.
func NewSubmitter(cfg SubmitterConfig) (*Submitter, error) {
	if cfg.Client == nil || cfg.DB == nil || cfg.Specs == nil || cfg.Runs == nil {
		return nil, errors.New("node: a submitter needs a chain client, a database, a spec source and a run source")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	return &Submitter{cfg: cfg}, nil
}

// View reads the submitter's jobs from the chain and its records.
func (s *Submitter) View(ctx context.Context) (*market.SubmitterView, error) {
	c := s.cfg.Client
	v := &market.SubmitterView{}
	var err error
	if v.Now, err = c.HeadTime(ctx); err != nil {
		return nil, err
	}
	if v.Owed, err = c.Owed(ctx, c.Address()); err != nil {
		return nil, err
	}
	rules, err := c.GameRules(ctx)
	if err != nil {
		return nil, err
	}
	v.MoveTimeout = rules.MoveTimeout
	n, err := c.JobCount(ctx)
	if err != nil {
		return nil, err
	}
	// Jobs below the floor need nothing more from this node (another's, or closed with the
	// model fetched or refunded): they are not read again.
	floor, err := s.cfg.DB.meta(submitterFloor)
	if err != nil {
		return nil, err
	}
	from, open := max(floor, 1), uint64(0)
	for id := from; id <= n.Uint64(); id++ {
		raw, err := c.Job(ctx, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, err
		}
		if raw.Submitter != c.Address() {
			continue
		}
		var fetched string
		ok, err := s.cfg.DB.Get(TableFetched, JobKey(id), &fetched)
		if err != nil {
			return nil, err
		}
		closed := market.JobState(raw.State) == market.JobClosed
		if ok && closed {
			continue // done: nothing left to do for it
		}
		j, shards, err := c.MarketJob(ctx, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, err
		}
		if closed && slices.ContainsFunc(shards, func(sh market.Shard) bool { return sh.State != market.ShardFinalized }) {
			continue // refunded: there is no model to fetch
		}
		if open == 0 {
			open = id
		}
		pj := market.PostedJob{Job: j, Shards: shards, Fetched: ok}
		l, err := c.JobLayout(ctx, new(big.Int).SetUint64(id))
		if err != nil {
			return nil, err
		}
		pj.LayoutRegistered = l.Registered
		if l.Registered {
			jc, err := c.JudgeContext(ctx, l.Context)
			if err != nil {
				return nil, err
			}
			pj.ContextRegistered = jc.Registered
		}
		if s.cfg.Net != nil && j.State != market.JobClosed {
			s.cfg.Net.AnnounceJob(id, j.SpecHash, manifestHash(s.cfg.WorkDir, j.SpecHash))
		}
		v.Jobs = append(v.Jobs, pj)
	}
	if open == 0 {
		open = n.Uint64() + 1
	}
	if open > from {
		if err := s.cfg.DB.setMeta(submitterFloor, open); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// Tick reads the view and carries out the rules' actions; a failed action is logged and tried
// again next time.
func (s *Submitter) Tick(ctx context.Context) ([]market.Action, error) {
	v, err := s.View(ctx)
	if err != nil {
		return nil, err
	}
	var done []market.Action
	for _, a := range market.SubmitterActions(v) {
		if err := s.act(ctx, v, a); err != nil {
			s.cfg.Log.Warn("submitter action failed", "action", fmt.Sprintf("%T", a), "err", err)
			continue
		}
		done = append(done, a)
	}
	return done, nil
}

func (s *Submitter) act(ctx context.Context, v *market.SubmitterView, a market.Action) error {
	c, log := s.cfg.Client, s.cfg.Log
	switch a := a.(type) {
	case market.RegisterLayout:
		return s.register(ctx, a.Job, true)
	case market.RegisterContext:
		return s.register(ctx, a.Job, false)
	case market.Poke:
		_, err := c.Poke(ctx, new(big.Int).SetUint64(a.Job))
		if err == nil {
			log.Info("poked", "job", a.Job)
		}
		return err
	case market.FetchModel:
		dir, err := s.fetchModel(ctx, a.Job)
		if err != nil {
			return err
		}
		log.Info("fetched the final model and checked it against the committed state root", "job", a.Job, "dir", dir)
		return s.cfg.DB.Put(TableFetched, JobKey(a.Job), dir)
	case market.ClaimPayment:
		_, err := c.Claim(ctx)
		if err == nil {
			log.Info("claimed", "amount", a.Amount)
		}
		return err
	}
	return fmt.Errorf("node: the submitter cannot carry out %T", a)
}

// register registers job id's game layout (layout true) or its Judge context.
func (s *Submitter) register(ctx context.Context, id uint64, layout bool) error {
	c := s.cfg.Client
	raw, err := c.Job(ctx, new(big.Int).SetUint64(id))
	if err != nil {
		return err
	}
	job, err := s.cfg.Specs.Spec(ctx, raw.SpecHash)
	if err != nil {
		return err
	}
	return RegisterJob(ctx, c, id, job, layout, !layout, s.cfg.Log)
}

// RegisterJob registers what disputes of job id (posted with spec job) need: its game layout
// with the dispute game (and, for a sharded job on a chain with a round game, its round spec)
// and its context with the Judge, each only if asked and not yet there.
func RegisterJob(ctx context.Context, c *chain.Client, id uint64, job *spec.Job, layout, context bool, log *slog.Logger) error {
	ds, err := train.LoadData(job)
	if err != nil {
		return err
	}
	tr, err := train.New(job, ds)
	if err != nil {
		return err
	}
	defer tr.Close()
	dj, err := DisputeJob(tr, nil)
	if err != nil {
		return err
	}
	jc, err := JudgeContext(tr)
	if err != nil {
		return err
	}
	// Another process with the same account (the submitter node, while 'veritrain submit'
	// runs) may register either first: what is already there is checked, not sent again, and
	// a registration that fails is forgiven if the chain then holds exactly ours.
	if context {
		registered := func() (bool, error) {
			reg, err := c.JudgeContext(ctx, common.Hash(commit.Keccak256(jc)))
			return reg.Registered, err
		}
		if ok, err := registered(); err != nil {
			return err
		} else if !ok {
			if _, _, err := c.RegisterJudgeContext(ctx, jc); err != nil {
				if ok, rerr := registered(); rerr != nil || !ok {
					return fmt.Errorf("register the Judge context: %w", err)
				}
			} else {
				log.Info("registered the Judge context", "job", id)
			}
		}
	}
	if layout {
		mine := func() (bool, error) {
			reg, err := c.JobLayout(ctx, new(big.Int).SetUint64(id))
			if err != nil || !reg.Registered {
				return false, err
			}
			if _, err := checkLayout(reg, id, tr, dj); err != nil {
				return false, err
			}
			return true, nil
		}
		if ok, err := mine(); err != nil {
			return err
		} else if !ok {
			l := chain.NewGameLayout(dj.Ops, dj.NumStates, dj.Steps, dj.Initial, commit.Keccak256(jc))
			if _, err := c.RegisterLayout(ctx, new(big.Int).SetUint64(id), l); err != nil {
				if ok, rerr := mine(); rerr != nil || !ok {
					return fmt.Errorf("register the game layout: %w", errors.Join(err, rerr))
				}
			} else {
				log.Info("registered the game layout", "job", id)
			}
		}
		if job.Sharded() && c.Deployment().RoundManager != (common.Address{}) {
			if err := registerRounds(ctx, c, id, tr, log); err != nil {
				return err
			}
		}
	}
	return nil
}

// registerRounds registers a sharded job's round spec with the round game, unless it is there.
func registerRounds(ctx context.Context, c *chain.Client, id uint64, tr *train.Trainer, log *slog.Logger) error {
	mine := func() (bool, error) {
		err := checkRoundSpec(ctx, c, id, tr)
		if errors.Is(err, errNoRoundSpec) {
			return false, nil
		}
		return err == nil, err
	}
	if ok, err := mine(); err != nil || ok {
		return err
	}
	rs, err := train.RoundSpecFor(tr)
	if err != nil {
		return err
	}
	if _, err := c.RegisterRounds(ctx, new(big.Int).SetUint64(id), rs); err != nil {
		if ok, rerr := mine(); rerr != nil || !ok {
			return fmt.Errorf("register the round spec: %w", errors.Join(err, rerr))
		}
		return nil
	}
	log.Info("registered the round spec", "job", id)
	return nil
}

// errNoRoundSpec: the job has no round spec registered (yet).
var errNoRoundSpec = errors.New("no round spec registered")

// checkRoundSpec checks that sharded job id's registered round spec is its spec's (tr: a
// trainer of it at the initial state). A chain without a round game has nothing to check.
func checkRoundSpec(ctx context.Context, c *chain.Client, id uint64, tr *train.Trainer) error {
	if c.Deployment().RoundManager == (common.Address{}) {
		return nil
	}
	got, err := c.RoundSpecOf(ctx, new(big.Int).SetUint64(id))
	if err != nil {
		return err
	}
	if got == (common.Hash{}) {
		return fmt.Errorf("job %d: %w", id, errNoRoundSpec)
	}
	rs, err := train.RoundSpecFor(tr)
	if err != nil {
		return err
	}
	want, err := chain.RoundSpecHash(rs)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("job %d's registered round spec %s is not the spec's %s", id, got, want)
	}
	return nil
}

// fetchModel downloads every shard's final checkpoint, checks it against the state root its
// solver committed, and saves it as WorkDir/models/<job>/shard-<i>.safetensors.
func (s *Submitter) fetchModel(ctx context.Context, id uint64) (string, error) {
	c := s.cfg.Client
	raw, err := c.Job(ctx, new(big.Int).SetUint64(id))
	if err != nil {
		return "", err
	}
	job, err := s.cfg.Specs.Spec(ctx, raw.SpecHash)
	if err != nil {
		return "", err
	}
	out := filepath.Join(s.cfg.WorkDir, "models", fmt.Sprint(id))
	if err := os.MkdirAll(out, 0o755); err != nil {
		return "", err
	}
	if job.Sharded() {
		return out, s.fetchSharded(ctx, id, job, out)
	}
	for i := range int(raw.Shards) {
		sh, err := c.Shard(ctx, new(big.Int).SetUint64(id), uint64(i))
		if err != nil {
			return "", err
		}
		k := market.RunKey{Job: id, Shard: i, Attempt: int(sh.Attempt)}
		dir, err := s.cfg.Runs.RunDir(ctx, k, market.Address(sh.Solver), sh.TraceRoot)
		if err != nil {
			return "", err
		}
		path := filepath.Join(out, fmt.Sprintf("shard-%d.safetensors", i))
		if err := SaveFinal(job, dir, sh.StateRoot, path); err != nil {
			return "", fmt.Errorf("shard %d: %w", i, err)
		}
	}
	return out, nil
}

// SaveFinal checks that the run of job in dir ends in a checkpoint whose state root is
// stateRoot (the root committed on chain), loading it, and links it to path.
func SaveFinal(job *spec.Job, dir string, stateRoot commit.Hash, path string) error {
	cm, err := train.ReadCommitments(dir)
	if err != nil {
		return err
	}
	if cm.Job != job.Hash {
		return fmt.Errorf("the run's commitments are for spec %s, the job's is %s", cm.Job, job.Hash)
	}
	ck, ok := cm.Checkpoint(cm.Steps())
	if !ok || ck.Step != cm.Steps() {
		return fmt.Errorf("the run has no checkpoint of its last step %d", cm.Steps())
	}
	if ck.StateRoot != stateRoot || cm.Hash(cm.Steps()) != stateRoot {
		return fmt.Errorf("the final checkpoint has state root %s, the chain %s", ck.StateRoot, stateRoot)
	}
	ds, err := train.LoadData(job)
	if err != nil {
		return err
	}
	tr, err := train.New(job, ds)
	if err != nil {
		return err
	}
	defer tr.Close()
	blobs := &store.Blobs{Dir: train.BlobDir(dir)}
	if err := tr.LoadCheckpoint(blobs, ck); err != nil {
		return err
	}
	return blobs.Link(ck.Blob, path)
}
