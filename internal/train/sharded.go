package train

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/nn"
	"veritrain/internal/roundgame"
	"veritrain/internal/spec"
	"veritrain/internal/tensor"
)

// Sharded is a sharded job (spec.Parallel, DESIGN section 6) on one machine: one trainer per
// shard and the outer step. A round is: every shard starts from the global parameters θ_r (its
// own inner optimizer state carries over from its previous round), runs parallel.inner_steps
// steps on its own stream of batches, and then the outer step (nn.BuildOuter) combines the
// shards' parameters in shard order into θ_{r+1}. Shards are independent within a round, so they
// may run in any order, on any machine, and a shard redone from its state at the start of the
// round (a replacement for a solver that dropped out) gives the same bits.
type Sharded struct {
	Job    *spec.Job
	Shards []*Trainer
	// Global is the state the rounds start from and the outer step updates: θ (the model's
	// parameters) and the outer momentum, in that order. Its root after each round is what a
	// sharded job commits to.
	Global *State

	outer    *autograd.Program
	names    []string          // the outer step's state order: θ, the outer momentum, each shard's parameters
	tensors  []*tensor.Tensor  // the tensors of that state (the shards' are their trainers')
	listing  *autograd.Listing // of the outer step, built on first use
	params   []int             // positions of the parameters in a shard's state (the first len(params) of Global)
	round    int               // rounds completed
	lastLoss []float32
	spec     *roundgame.Spec // the round game's, from the initial states
}

// NewSharded builds the shards' trainers (each at the job's initial state) and the outer step.
func NewSharded(job *spec.Job, ds *Datasets) (*Sharded, error) {
	if !job.Sharded() {
		return nil, fmt.Errorf("job %s is not sharded (parallel.shards = %d)", job.Name, job.Parallel.Shards)
	}
	sh := &Sharded{Job: job, lastLoss: make([]float32, job.Parallel.Shards)}
	for s := range job.Parallel.Shards {
		t, err := New(job, ds)
		if err != nil {
			sh.Close()
			return nil, err
		}
		t.SetShard(s, job.Parallel.Shards)
		sh.Shards = append(sh.Shards, t)
	}
	var params []nn.StateSpec
	for i, sp := range sh.Shards[0].State.Specs {
		if sp.Role == nn.RoleParam {
			params = append(params, sp)
			sh.params = append(sh.params, i)
		}
	}
	og, err := nn.BuildOuter(params, job.Parallel.Shards, job.Parallel.OuterLR, job.Parallel.OuterMomentum)
	if err != nil {
		sh.Close()
		return nil, err
	}
	if sh.outer, err = autograd.Compile(og.G, nil, og.Updates); err != nil {
		sh.Close()
		return nil, fmt.Errorf("compile the outer step: %w", err)
	}
	sh.Global = NewState(og.States[:2*len(params)])
	for k, i := range sh.params {
		copy(sh.Global.Tensors[k].Data, sh.Shards[0].State.Tensors[i].Data)
	}
	for _, sp := range og.States {
		sh.names = append(sh.names, sp.Name)
	}
	if err := sh.bindOuter(); err != nil {
		sh.Close()
		return nil, err
	}
	if err := sh.outer.Check(); err != nil {
		sh.Close()
		return nil, err
	}
	if sh.spec, err = RoundSpecFor(sh.Shards[0]); err != nil {
		sh.Close()
		return nil, err
	}
	if sh.spec.G0 != sh.Global.Root() {
		sh.Close()
		return nil, errors.New("train: the round spec's initial global state is not the outer step's")
	}
	return sh, nil
}

// RoundSpec is the job's round spec (roundgame.Spec): what its submitter registers for the
// round game and bidders check. Every Sharded of a job has the same.
func (sh *Sharded) RoundSpec() *roundgame.Spec { return sh.spec }

// RoundSpecFor returns the round spec of tr's sharded job from tr at the job's initial state
// (any shard's trainer, or an unsharded one: they start alike): h_0 is its state root, the
// parameters are its RoleParam tensors in state order, and g_0 is the global state θ_0 with a
// zero outer momentum.
func RoundSpecFor(tr *Trainer) (*roundgame.Spec, error) {
	job := tr.Job
	if !job.Sharded() {
		return nil, fmt.Errorf("job %s is not sharded", job.Name)
	}
	if tr.StepsDone() != 0 {
		return nil, fmt.Errorf("train: a round spec from a trainer at step %d, not the initial state", tr.StepsDone())
	}
	tr.Sync()
	st := tr.State
	s := &roundgame.Spec{NumStates: len(st.Specs), Inner: job.Parallel.InnerSteps,
		LR: job.Parallel.OuterLR, Mu: job.Parallel.OuterMomentum, H0: st.Root()}
	roots := st.TensorRoots()
	var theta, mom []commit.Hash
	for i, sp := range st.Specs {
		if sp.Role != nn.RoleParam {
			continue
		}
		s.Slots = append(s.Slots, i)
		s.Shapes = append(s.Shapes, append([]int(nil), sp.Shape...))
		theta = append(theta, roots[i])
		z, err := commit.TensorRoot(sp.Shape, make([]float32, len(st.Tensors[i].Data)))
		if err != nil {
			return nil, err
		}
		mom = append(mom, z)
	}
	s.G0 = commit.StateRoot(append(theta, mom...))
	return s, s.Validate()
}

// bindOuter binds the outer step's state: the global state, then each shard's parameters.
func (sh *Sharded) bindOuter() error {
	P := len(sh.params)
	sh.tensors = sh.tensors[:0]
	for k, name := range sh.names {
		var t *tensor.Tensor
		if k < 2*P {
			t = sh.Global.Tensors[k]
		} else {
			s, p := (k-2*P)/P, (k-2*P)%P
			t = sh.Shards[s].State.Tensors[sh.params[p]]
		}
		if err := sh.outer.Bind(name, t); err != nil {
			return err
		}
		sh.tensors = append(sh.tensors, t)
	}
	return nil
}

// Close stops the shards' hashing goroutines.
func (sh *Sharded) Close() {
	for _, t := range sh.Shards {
		t.Close()
	}
}

// Round is the number of rounds completed.
func (sh *Sharded) Round() int { return sh.round }

// Rounds is the job's number of rounds.
func (sh *Sharded) Rounds() int { return sh.Job.Rounds() }

// ShardState returns shard s's full state (the start of its next round, once the global
// parameters are copied in): what a replacement of its solver starts from.
func (sh *Sharded) ShardState(s int) []float32 {
	return append([]float32(nil), sh.Shards[s].State.Flat...)
}

// RunShard runs shard s's inner steps of the current round: it sets the shard's parameters to
// the global θ, then steps parallel.inner_steps times. progress, if set, is called after each
// step with the shard's step count and loss.
func (sh *Sharded) RunShard(ctx context.Context, s int, progress func(step int, loss float32)) error {
	if err := sh.StartShard(s); err != nil {
		return err
	}
	return sh.runInner(ctx, s, progress)
}

// StartShard sets shard s's parameters to the global θ: its state is then the start of its
// round (whose root leads the round's trace, RoundTraceRoot).
func (sh *Sharded) StartShard(s int) error {
	if sh.round >= sh.Rounds() {
		return errors.New("train: every round is done")
	}
	t := sh.Shards[s]
	if want := sh.round * sh.Job.Parallel.InnerSteps; t.StepsDone() != want {
		return fmt.Errorf("train: shard %d is at step %d, round %d starts at step %d", s, t.StepsDone(), sh.round, want)
	}
	t.Sync()
	for k, i := range sh.params {
		copy(t.State.Tensors[i].Data, sh.Global.Tensors[k].Data)
	}
	return nil
}

// runInner runs the round's inner steps of shard s from its start (StartShard).
func (sh *Sharded) runInner(ctx context.Context, s int, progress func(step int, loss float32)) error {
	t := sh.Shards[s]
	for range sh.Job.Parallel.InnerSteps {
		if err := ctx.Err(); err != nil {
			return err
		}
		loss, err := t.Step()
		if err != nil {
			return fmt.Errorf("shard %d: %w", s, err)
		}
		if math.IsNaN(float64(loss)) || math.IsInf(float64(loss), 0) {
			return fmt.Errorf("shard %d, round %d, step %d: loss is %v: training diverged (lower parallel.outer_lr or the learning rate?)", s, sh.round, t.StepsDone(), loss)
		}
		sh.lastLoss[s] = loss
		if progress != nil {
			progress(t.StepsDone(), loss)
		}
	}
	t.Sync()
	return nil
}

// ReplaceShard replaces shard s's trainer by a new one started from state, the shard's state
// at the start of the current round (ShardState before its RunShard): a solver that dropped out
// mid-round, replaced by another that starts from the public round state.
func (sh *Sharded) ReplaceShard(s int, ds *Datasets, state []float32) error {
	t, err := New(sh.Job, ds)
	if err != nil {
		return err
	}
	if len(state) != len(t.State.Flat) {
		t.Close()
		return fmt.Errorf("train: shard state of %d floats, the job's has %d", len(state), len(t.State.Flat))
	}
	copy(t.State.Flat, state)
	t.SetShard(s, sh.Job.Parallel.Shards)
	old := sh.Shards[s]
	sh.Shards[s] = t
	if err := sh.bindOuter(); err != nil {
		sh.Shards[s] = old
		t.Close()
		return err
	}
	old.Close()
	return nil
}

// OuterStep ends the round: every shard must have run it.
func (sh *Sharded) OuterStep() error {
	if err := sh.roundDone(); err != nil {
		return err
	}
	sh.outer.Run()
	sh.round++
	return nil
}

func (sh *Sharded) roundDone() error {
	if sh.round >= sh.Rounds() {
		return errors.New("train: every round is done")
	}
	want := (sh.round + 1) * sh.Job.Parallel.InnerSteps
	for s, t := range sh.Shards {
		if t.StepsDone() != want {
			return fmt.Errorf("train: shard %d is at step %d, round %d ends at step %d", s, t.StepsDone(), sh.round, want)
		}
		t.Sync()
	}
	return nil
}

// OuterListing is the committed listing of the outer step program, over its state order
// (OuterStateNames) and no inputs: its graph root is what an outer step's dispute names.
func (sh *Sharded) OuterListing() (*autograd.Listing, error) {
	if sh.listing == nil {
		l, err := sh.outer.Listing(sh.names, nil)
		if err != nil {
			return nil, err
		}
		sh.listing = l
	}
	return sh.listing, nil
}

// OuterStateNames is the outer step's state order: θ, the outer momentum, then each shard's
// parameters.
func (sh *Sharded) OuterStateNames() []string { return append([]string(nil), sh.names...) }

// OuterRoots returns the tensor roots of the outer step's state as it stands; its state root
// (commit.StateRoot) is h before the outer step (at the end of a round) or after it.
func (sh *Sharded) OuterRoots() []commit.Hash {
	h := commit.NewHasher()
	out := make([]commit.Hash, len(sh.tensors))
	for i, t := range sh.tensors {
		r, err := h.TensorRoot(t.Shape, t.Data)
		if err != nil {
			panic(fmt.Sprintf("train: outer state %s: %v", sh.names[i], err))
		}
		out[i] = r
	}
	return out
}

// TraceOuter is OuterStep run op by op (the same bits), recording it for a dispute of the outer
// step: every op's value and root, and the outer state's tensor roots before and after. tamper,
// if set, may change each computed op's value before later ops read it (tests of a cheating
// aggregator); the outer state then takes the tampered values.
func (sh *Sharded) TraceOuter(tamper func(k int, v *tensor.Tensor)) (*StepRecord, error) {
	if err := sh.roundDone(); err != nil {
		return nil, err
	}
	l, err := sh.OuterListing()
	if err != nil {
		return nil, err
	}
	rec := &StepRecord{Ops: l.Ops, Values: make([]*tensor.Tensor, len(l.Ops)), Roots: make([]commit.Hash, len(l.Ops)), Prev: sh.OuterRoots()}
	h := commit.NewHasher()
	var herr error
	l.Trace(func(k int, v *tensor.Tensor) {
		if tamper != nil && l.Ops[k].Op != tensor.OpState && l.Ops[k].Op != tensor.OpConst {
			tamper(k, v)
		}
		c := tensor.FromData(v.Shape, append([]float32(nil), v.Data...))
		rec.Values[k] = c
		if rec.Roots[k], err = h.TensorRoot(c.Shape, c.Data); err != nil && herr == nil {
			herr = fmt.Errorf("outer op %d: %w", k, err)
		}
	})
	if herr != nil {
		return nil, herr
	}
	rec.Post = sh.OuterRoots()
	sh.round++
	return rec, nil
}

// GlobalRoot is the state root of the global state (θ and the outer momentum).
func (sh *Sharded) GlobalRoot() commit.Hash { return sh.Global.Root() }

// ParamFloats is the number of parameters (float32) of the model.
func (sh *Sharded) ParamFloats() int {
	n := 0
	for k := range sh.params {
		n += len(sh.Global.Tensors[k].Data)
	}
	return n
}

// Evaluate evaluates the global parameters θ (on shard 0's trainer, whose parameters it sets).
func (sh *Sharded) Evaluate() (EvalResult, error) {
	t := sh.Shards[0]
	t.Sync()
	for k, i := range sh.params {
		copy(t.State.Tensors[i].Data, sh.Global.Tensors[k].Data)
	}
	return t.Evaluate()
}

// ShardedResult summarises a sharded run.
type ShardedResult struct {
	Job        string      `json:"job"`
	JobHash    string      `json:"job_hash"`
	Shards     int         `json:"shards"`
	InnerSteps int         `json:"inner_steps"`
	Rounds     int         `json:"rounds"`
	FinalLoss  float32     `json:"final_loss"` // the mean of the shards' last batch losses
	Eval       *EvalResult `json:"eval"`
	StateRoot  string      `json:"state_root"`  // the global state's root after the last round
	RoundRoots []string    `json:"round_roots"` // after each round
	Seconds    float64     `json:"seconds"`
	// Communication: each round, every shard receives θ and sends back its parameters
	// (BytesRounds); exchanging gradients every step instead moves a gradient each way per shard
	// and step (BytesPerStep).
	ParamFloats  int   `json:"param_floats"`
	BytesRounds  int64 `json:"bytes_rounds"`
	BytesPerStep int64 `json:"bytes_per_step_exchange"`
}

// LoadSharded loads job's data and builds its Sharded (NewSharded).
func LoadSharded(job *spec.Job) (*Sharded, error) {
	ds, err := LoadData(job)
	if err != nil {
		return nil, err
	}
	return NewSharded(job, ds)
}

// RunSharded trains a sharded job on this machine, shard after shard in each round.
func RunSharded(ctx context.Context, job *spec.Job, progress func(round, shard, step int, loss float32)) (*ShardedResult, error) {
	sh, err := LoadSharded(job)
	if err != nil {
		return nil, err
	}
	defer sh.Close()
	start := time.Now()
	res := &ShardedResult{Job: job.Name, JobHash: job.Hash.String(), Shards: len(sh.Shards), InnerSteps: job.Parallel.InnerSteps, Rounds: sh.Rounds()}
	for sh.Round() < sh.Rounds() {
		r := sh.Round()
		for s := range sh.Shards {
			var p func(int, float32)
			if progress != nil {
				p = func(step int, loss float32) { progress(r, s, step, loss) }
			}
			if err := sh.RunShard(ctx, s, p); err != nil {
				return nil, err
			}
		}
		if err := sh.OuterStep(); err != nil {
			return nil, err
		}
		res.RoundRoots = append(res.RoundRoots, sh.GlobalRoot().String())
	}
	for _, l := range sh.lastLoss {
		res.FinalLoss += l / float32(len(sh.lastLoss))
	}
	ev, err := sh.Evaluate()
	if err != nil {
		return nil, err
	}
	res.Eval = &ev
	res.StateRoot = res.RoundRoots[len(res.RoundRoots)-1]
	res.Seconds = time.Since(start).Seconds()
	res.ParamFloats = sh.ParamFloats()
	perExchange := int64(len(sh.Shards)) * 2 * 4 * int64(res.ParamFloats)
	res.BytesRounds = int64(res.Rounds) * perExchange
	res.BytesPerStep = int64(job.Train.Steps) * perExchange
	return res, nil
}

// RunShardRound runs shard s's inner steps of the current round (RunShard) recording its step
// hashes, and returns the round's commitments: the trace root over the round's start state, its
// step hashes and the global state the round starts from (RoundTraceRoot), and the shard's
// state root at its end (its last step hash). If dir is not empty, the round's commitments file
// (Commitments.Round) and checkpoints (its start, every train.checkpoint_every steps, its end,
// and the global state) are written there for verifiers.
func (sh *Sharded) RunShardRound(ctx context.Context, s int, dir string, progress func(step int, loss float32)) (trace, state commit.Hash, err error) {
	t := sh.Shards[s]
	if err := sh.StartShard(s); err != nil {
		return trace, state, err
	}
	first, H := t.StepsDone(), sh.Job.Parallel.InnerSteps
	start, global := t.State.Root(), sh.Global.Root()
	var cks []CheckpointRef
	save := func(step int, root commit.Hash) error {
		if dir == "" {
			return nil
		}
		b, err := t.State.Encode(sh.Job.Hash, root)
		if err != nil {
			return err
		}
		ck, err := storeBlob(dir, fmt.Sprintf("checkpoint-%06d.safetensors", step), step, root, b)
		cks = append(cks, ck)
		return err
	}
	if err := save(first, start); err != nil {
		return trace, state, err
	}
	t.Close() // a fresh recording for this round
	t.RecordHashes()
	defer t.Close()
	every := sh.Job.Train.CheckpointEvery
	var saveErr error
	err = sh.runInner(ctx, s, func(step int, loss float32) {
		if progress != nil {
			progress(step, loss)
		}
		if dir != "" && saveErr == nil && every > 0 && step%every == 0 && step < first+H {
			t.Sync()
			saveErr = save(step, t.State.Root())
		}
	})
	if err = errors.Join(err, saveErr); err != nil {
		return trace, state, err
	}
	f, hs := t.StepHashes()
	if len(hs) != H || f != first+1 {
		return trace, state, fmt.Errorf("train: shard %d recorded %d step hashes from step %d, the round has %d from step %d", s, len(hs), f, H, first+1)
	}
	trace, state = RoundTraceRoot(start, hs, global), hs[len(hs)-1]
	if dir == "" {
		return trace, state, nil
	}
	if err := save(first+H, state); err != nil {
		return trace, state, err
	}
	gb, err := sh.Global.Encode(sh.Job.Hash, global)
	if err != nil {
		return trace, state, err
	}
	gck, err := storeBlob(dir, fmt.Sprintf("global-%06d.safetensors", first), first, global, gb)
	if err != nil {
		return trace, state, err
	}
	l, err := t.Listing()
	if err != nil {
		return trace, state, err
	}
	cm := &Commitments{Format: CommitmentsFormat, Job: sh.Job.Hash, GraphRoot: l.Root(), NumOps: len(l.Ops),
		DataRoot: t.DataRoot(), DataSize: t.Data.Train.Len(), Initial: start, StepHashes: hs, TraceRoot: trace,
		Checkpoints: cks, Shards: len(sh.Shards), Shard: s, First: first, Global: global, GlobalCheckpoint: &gck}
	if err := cm.Validate(); err != nil {
		return trace, state, err
	}
	return trace, state, writeCommitments(dir, cm)
}

// EncodeShard returns shard s's state as a checkpoint (safetensors, as State.Encode) and its
// root: what a solver publishes at the end of a round.
func (sh *Sharded) EncodeShard(s int) ([]byte, commit.Hash, error) {
	t := sh.Shards[s]
	t.Sync()
	root := t.State.Root()
	b, err := t.State.Encode(sh.Job.Hash, root)
	return b, root, err
}

// LoadShard loads shard s's state at the end of the current round from checkpoint b (another
// solver's, as EncodeShard gives it), checking that it belongs to the job, ends the round and has
// the state root want (the one committed on chain). On error the shard's state is undefined
// until a good checkpoint is loaded.
func (sh *Sharded) LoadShard(s int, b []byte, want commit.Hash) error {
	if sh.round >= sh.Rounds() {
		return errors.New("train: every round is done")
	}
	t := sh.Shards[s]
	t.Sync()
	end := (sh.round + 1) * sh.Job.Parallel.InnerSteps
	if err := loadStateBytes(t, b, sh.Job.Hash, want, end); err != nil {
		return fmt.Errorf("shard %d, round %d: %w", s, sh.round, err)
	}
	return nil
}

// EncodeGlobal returns the global state (θ and the outer momentum) as a checkpoint and its root:
// a sharded job's model.
func (sh *Sharded) EncodeGlobal() ([]byte, commit.Hash, error) {
	root := sh.Global.Root()
	b, err := sh.Global.Encode(sh.Job.Hash, root)
	return b, root, err
}

// DecodeShard decodes a shard's state checkpoint (a round's start, say) of sh's job into a new
// State, checking that it belongs to the job and has root want.
func (sh *Sharded) DecodeShard(b []byte, want commit.Hash) (*State, error) {
	return DecodeState(sh.Shards[0].State.Specs, b, sh.Job.Hash, want)
}

// DecodeState decodes a checkpoint of a state of specs of job into a new State, checking that
// it belongs to the job and has root want.
func DecodeState(specs []nn.StateSpec, b []byte, job, want commit.Hash) (*State, error) {
	st := NewState(specs)
	if err := readCheckpoint(st, b, job); err != nil {
		return nil, fmt.Errorf("%w: checkpoint: %w", ErrCommitments, err)
	}
	if r := st.Root(); r != want {
		return nil, fmt.Errorf("%w: the checkpoint has root %s, want %s", ErrCommitments, r, want)
	}
	return st, nil
}
