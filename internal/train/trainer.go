// Package train runs the deterministic training loop of a job: it lays out the training state
// in one flat buffer, compiles the step program, feeds batches from the keyed sampler, evaluates,
// computes state roots and reads and writes safetensors checkpoints. Given the same spec, data
// and initial weights, every run on every machine produces the same bits.
package train

import (
	"fmt"
	"math"

	"veritrain/internal/autograd"
	"veritrain/internal/commit"
	"veritrain/internal/data"
	"veritrain/internal/nn"
	"veritrain/internal/safetensors"
	"veritrain/internal/spec"
	"veritrain/internal/tensor"
)

// Trainer owns one job's state and compiled programs.
type Trainer struct {
	Job     *spec.Job
	Model   nn.Model
	State   *State
	Data    *Datasets
	sampler data.Sampler
	prog    *autograd.Program
	loss    autograd.Value
	x, y    *tensor.Tensor
	idx     []int                // sample indices of the current batch
	evals   map[int]*evalProgram // by batch size
	commits *committer           // nil when step hashes are not recorded
	listing *autograd.Listing    // built on first use

	// shard and shards place the trainer in a sharded job (spec.Parallel): its step t reads
	// batch t·shards + shard of the job's stream. Zero shards: not sharded.
	shard, shards int

	// Tamper, if set, changes the state after a step's updates and before its hash is taken
	// (step is the number of steps done). It exists for tests and the demo's cheating solver
	// (veritrain demo --cheat): an honest node never sets it.
	Tamper func(step int, st *State)
}

type evalProgram struct {
	prog         *autograd.Program
	x, y         *tensor.Tensor
	logits, loss autograd.Value
}

// New builds a trainer for job over the loaded datasets. The state starts from the job's initial
// weights: the safetensors file the spec names, or the seeded initialisation.
func New(job *spec.Job, ds *Datasets) (*Trainer, error) {
	m := job.NewModel(ds.Vocab)
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if job.Model.Kind == "gpt" && job.Model.Vocab != 0 && job.Model.Vocab != ds.Vocab {
		return nil, fmt.Errorf("model.vocab = %d but the dataset has %d distinct tokens", job.Model.Vocab, ds.Vocab)
	}
	if ds.Train.InputLen()*job.Train.Batch != tensor.Numel(m.InputShape(job.Train.Batch)) {
		return nil, fmt.Errorf("dataset samples have %d inputs, the model wants %v per batch of %d: shapes do not match", ds.Train.InputLen(), m.InputShape(job.Train.Batch), job.Train.Batch)
	}
	tg := nn.BuildTrain(m, job.NewOptimizer(job.Train.Steps), job.Train.Batch)
	prog, err := autograd.Compile(tg.G, []autograd.Value{tg.Loss}, tg.Updates)
	if err != nil {
		return nil, fmt.Errorf("compile step program: %w", err)
	}
	t := &Trainer{
		Job: job, Model: m, Data: ds, State: NewState(tg.States), prog: prog, loss: tg.Loss,
		sampler: data.Sampler{N: ds.Train.Len(), Batch: job.Train.Batch, Seed: job.Seed},
		evals:   map[int]*evalProgram{},
	}
	if err := t.sampler.Validate(); err != nil {
		return nil, err
	}
	t.x = tensor.New(m.InputShape(job.Train.Batch)...)
	t.y = tensor.New(m.TargetShape(job.Train.Batch)...)
	if err := bindAll(prog, t.State, t.x, t.y); err != nil {
		return nil, err
	}
	t.State.InitSeeded(job.Seed)
	if w := job.Init.Weights; w != "" {
		f, err := safetensors.ReadFile(job.Resolve(w))
		if err != nil {
			return nil, fmt.Errorf("initial weights: %w", err)
		}
		if err := t.State.Load(f, true); err != nil {
			return nil, fmt.Errorf("initial weights %s: %w", w, err)
		}
	}
	return t, nil
}

// Open parses the spec at path, loads its data and builds a trainer at step 0.
func Open(path string) (*Trainer, error) {
	job, err := spec.ParseFile(path)
	if err != nil {
		return nil, err
	}
	ds, err := LoadData(job)
	if err != nil {
		return nil, err
	}
	return New(job, ds)
}

func bindAll(p *autograd.Program, st *State, x, y *tensor.Tensor) error {
	for i, sp := range st.Specs {
		if err := p.Bind(sp.Name, st.Tensors[i]); err != nil && sp.Role == nn.RoleParam {
			return err
		}
	}
	if err := p.Bind(nn.InputX, x); err != nil {
		return err
	}
	if err := p.Bind(nn.InputY, y); err != nil {
		return err
	}
	return p.Check()
}

// Program returns the compiled step program.
func (t *Trainer) Program() *autograd.Program { return t.prog }

// StepsDone is the number of completed steps.
func (t *Trainer) StepsDone() int { return t.State.Step() }

// fill loads the batch of step step into x and y, checking that every target is a valid class.
func fill(set data.Set, idx []int, x, y []float32, classes int) error {
	in, tl := set.InputLen(), set.TargetLen()
	for r, i := range idx {
		set.Sample(i, x[r*in:(r+1)*in], y[r*tl:(r+1)*tl])
		for _, c := range y[r*tl : (r+1)*tl] {
			if !(c >= 0 && c < float32(classes)) || c != float32(int(c)) {
				return fmt.Errorf("sample %d has target %v outside [0, %d)", i, c, classes)
			}
		}
	}
	return nil
}

// Step runs one training step and returns its batch loss.
func (t *Trainer) Step() (float32, error) {
	step := t.StepsDone()
	if t.idx == nil {
		t.idx = make([]int, t.Job.Train.Batch)
	}
	t.sampler.Indices(t.batchIndex(step), t.idx)
	if err := fill(t.Data.Train, t.idx, t.x.Data, t.y.Data, t.Model.Classes()); err != nil {
		return 0, fmt.Errorf("step %d: %w", step, err)
	}
	t.prog.Compute()
	if t.commits != nil {
		t.commits.wait() // h_step: the state must not change before it is hashed
	}
	t.prog.ApplyUpdates()
	if t.Tamper != nil {
		t.Tamper(step+1, t.State)
	}
	if t.commits != nil {
		t.commits.start(step + 1)
	}
	return t.prog.Value(t.loss).Data[0], nil
}

// SetShard makes t shard s of a job of shards shards (spec.Parallel): its step t reads batch
// t·shards + s of the job's stream.
func (t *Trainer) SetShard(s, shards int) {
	t.shard, t.shards = s, shards
}

// batchIndex is the batch of the job's stream that step step reads.
func (t *Trainer) batchIndex(step int) int {
	if t.shards <= 1 {
		return step
	}
	return step*t.shards + t.shard
}

// RecordHashes turns on recording of the step hash h_t of every following step (DESIGN section
// 3). Each state is hashed on its own goroutine while the next step computes; StepHashes,
// StateRoot and Close wait for it. Call Close when done with the trainer to stop the goroutine.
func (t *Trainer) RecordHashes() {
	if t.commits == nil {
		t.commits = newCommitter(t.State, t.Job.Train.Steps-t.StepsDone())
	}
}

// StepHashes returns the first step whose hash was recorded, first, and the recorded hashes:
// hashes[i] = h_{first+i}. It waits for the pending hash. Without RecordHashes it returns
// (StepsDone()+1, nil).
func (t *Trainer) StepHashes() (first int, hashes []commit.Hash) {
	if t.commits == nil || t.commits.base < 0 {
		return t.StepsDone() + 1, nil
	}
	t.commits.wait()
	return t.commits.base + 1, t.commits.hashes
}

// Sync waits until no goroutine reads the state any more. Call it before writing the state
// other than through Step (loading a checkpoint, for example).
func (t *Trainer) Sync() {
	if t.commits != nil {
		t.commits.wait()
	}
}

// Close stops the hashing goroutine (after finishing its pending hash). The trainer may still
// be used; hashes are no longer recorded.
func (t *Trainer) Close() {
	if t.commits != nil {
		t.commits.close()
		t.commits = nil
	}
}

// EvalResult summarises an evaluation pass.
type EvalResult struct {
	Loss     float64 `json:"loss"`     // mean cross-entropy per predicted target (nats)
	Accuracy float64 `json:"accuracy"` // fraction of targets whose argmax prediction is right
	Samples  int     `json:"samples"`
}

// Evaluate runs the model over the evaluation split (or the evenly spaced subset the spec asks
// for). Metrics are reporting only; they are accumulated in float64.
func (t *Trainer) Evaluate() (EvalResult, error) {
	set := t.Data.Eval
	n := set.Len()
	if m := t.Job.Eval.MaxSamples; m > 0 && m < n {
		n = m
	}
	pick := func(i int) int { return int(int64(i) * int64(set.Len()) / int64(n)) }
	var res EvalResult
	var lossSum float64
	var rows, correct int
	for lo := 0; lo < n; lo += t.Job.Eval.Batch {
		bs := min(t.Job.Eval.Batch, n-lo)
		ep, err := t.evalProgram(bs)
		if err != nil {
			return res, err
		}
		idx := make([]int, bs)
		for i := range idx {
			idx[i] = pick(lo + i)
		}
		if err := fill(set, idx, ep.x.Data, ep.y.Data, t.Model.Classes()); err != nil {
			return res, fmt.Errorf("eval: %w", err)
		}
		ep.prog.Run()
		lossSum += float64(ep.prog.Value(ep.loss).Data[0])
		logits := ep.prog.Value(ep.logits)
		c := logits.Shape[1]
		for r, label := range ep.y.Data {
			if argmax(logits.Data[r*c:(r+1)*c]) == int(label) {
				correct++
			}
		}
		rows += len(ep.y.Data)
	}
	res.Samples = n
	res.Loss = lossSum / float64(rows)
	res.Accuracy = float64(correct) / float64(rows)
	return res, nil
}

func argmax(x []float32) int {
	best, bi := float32(math.Inf(-1)), 0
	for i, v := range x {
		if v > best {
			best, bi = v, i
		}
	}
	return bi
}

func (t *Trainer) evalProgram(batch int) (*evalProgram, error) {
	if ep, ok := t.evals[batch]; ok {
		return ep, nil
	}
	eg := nn.BuildEval(t.Model, batch)
	p, err := autograd.Compile(eg.G, []autograd.Value{eg.Logits, eg.LossSum}, nil)
	if err != nil {
		return nil, fmt.Errorf("compile eval program: %w", err)
	}
	ep := &evalProgram{prog: p, logits: eg.Logits, loss: eg.LossSum,
		x: tensor.New(t.Model.InputShape(batch)...), y: tensor.New(t.Model.TargetShape(batch)...)}
	if err := bindAll(p, t.State, ep.x, ep.y); err != nil {
		return nil, err
	}
	t.evals[batch] = ep
	return ep, nil
}

// StateRoot is the state root of the current training state.
func (t *Trainer) StateRoot() commit.Hash {
	if c := t.commits; c != nil && c.base >= 0 {
		c.wait()
		if n := len(c.hashes); n > 0 && c.base+n == t.StepsDone() {
			return c.hashes[n-1]
		}
	}
	return t.State.Root()
}
