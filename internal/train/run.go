package train

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"time"

	"veritrain/internal/commit"
	"veritrain/internal/safetensors"
	"veritrain/internal/spec"
)

// RunOptions control a local training run.
type RunOptions struct {
	Steps    int    // stop after this many completed steps (0: the spec's train.steps)
	OutDir   string // where checkpoints, the loss log and result.json go ("" writes nothing)
	Resume   string // a checkpoint to continue from
	Progress func(Progress)
	Tamper   func(step int, st *State) // Trainer.Tamper: tests and the demo's cheating solver only
}

// Progress is reported after every step.
type Progress struct {
	Step, Steps   int
	Batch         int // samples a step
	Loss          float32
	SamplesPerSec float64
	StepsPerSec   float64
	Eval          *EvalResult // set on steps that evaluated
}

// Result summarises a run (printed by `veritrain train --json`).
type Result struct {
	Job           string      `json:"job"`
	JobHash       string      `json:"job_hash"`
	Steps         int         `json:"steps"`
	FinalLoss     float32     `json:"final_loss"`
	Eval          *EvalResult `json:"eval"`
	Baseline      float64     `json:"unigram_baseline,omitempty"`
	SamplesPerSec float64     `json:"samples_per_sec"`
	StepMillis    float64     `json:"step_ms_median"`
	Seconds       float64     `json:"seconds"`
	StateRoot     string      `json:"state_root"`
	TraceRoot     string      `json:"trace_root,omitempty"` // over h_1..h_Steps (absent after a resume without the earlier hashes)
	GraphRoot     string      `json:"graph_root"`
	DataRoot      string      `json:"data_root"`
	Checkpoint    string      `json:"checkpoint,omitempty"`
	Interrupted   bool        `json:"interrupted,omitempty"`
}

// Run trains job locally: it loads the data, builds the trainer, runs the steps with periodic
// evaluation and checkpoints, and writes the final checkpoint, the loss log and result.json to
// opts.OutDir. Cancelling ctx stops after the current step and still writes a checkpoint, so no
// work is lost.
func Run(ctx context.Context, job *spec.Job, opts RunOptions) (*Result, error) {
	ds, err := LoadData(job)
	if err != nil {
		return nil, err
	}
	t, err := New(job, ds)
	if err != nil {
		return nil, err
	}
	t.Tamper = opts.Tamper
	if opts.Resume != "" {
		f, err := safetensors.ReadFile(opts.Resume)
		if err != nil {
			return nil, fmt.Errorf("resume: %w", err)
		}
		h, ok := f.Metadata[MetaJob]
		if !ok || f.Metadata[MetaFormat] != FormatV1 {
			return nil, fmt.Errorf("resume: %s is not a veritrain checkpoint (no %s metadata); to start from its weights, name it in [init] weights", opts.Resume, FormatV1)
		}
		if h != job.Hash.String() {
			return nil, fmt.Errorf("resume: checkpoint %s belongs to job %s, not this spec (%s)", opts.Resume, h, job.Hash)
		}
		if err := t.State.Load(f, false); err != nil {
			return nil, fmt.Errorf("resume %s: %w", opts.Resume, err)
		}
		if got, want := t.State.Root().String(), f.Metadata[MetaStateRoot]; got != want {
			return nil, fmt.Errorf("resume %s: the tensors have state root %s but the checkpoint records %s: the file is corrupt or was edited", opts.Resume, got, want)
		}
	}
	// Commitments: every step's hash is recorded (hashed in the background while the next step
	// computes); checkpoints are content-addressed blobs.
	t.RecordHashes()
	defer t.Close()
	graphRoot, err := t.GraphRoot()
	if err != nil {
		return nil, err
	}
	listing, _ := t.Listing()
	cm := &Commitments{Format: CommitmentsFormat, Job: job.Hash, GraphRoot: graphRoot, NumOps: len(listing.Ops),
		DataRoot: t.DataRoot(), DataSize: ds.Train.Len()}
	complete := true // cm holds every step hash from step 1
	if start := t.StepsDone(); start == 0 {
		cm.Initial = t.StateRoot()
	} else if prev, err := ReadCommitments(opts.OutDir); opts.OutDir != "" && err == nil && prev.Job == job.Hash &&
		prev.GraphRoot == graphRoot && prev.Steps() >= start && prev.Hash(start) == t.StateRoot() {
		cm.Initial = prev.Initial
		cm.StepHashes = append(cm.StepHashes, prev.StepHashes[:start]...)
		for _, ck := range prev.Checkpoints {
			if ck.Step <= start {
				cm.Checkpoints = append(cm.Checkpoints, ck)
			}
		}
	} else {
		complete = false
	}
	steps := opts.Steps
	if steps <= 0 {
		steps = job.Train.Steps
	}
	if steps > job.Train.Steps {
		return nil, fmt.Errorf("cannot train %d steps: the job has %d (train.steps); --steps only stops early", steps, job.Train.Steps)
	}
	var logw *bufio.Writer
	if opts.OutDir != "" {
		if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
			return nil, err
		}
		lf, err := os.OpenFile(filepath.Join(opts.OutDir, "loss.jsonl"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return nil, err
		}
		defer lf.Close()
		logw = bufio.NewWriter(lf)
		defer logw.Flush()
	}
	logLine := func(v any) {
		if logw != nil {
			b, _ := json.Marshal(v)
			logw.Write(append(b, '\n'))
		}
	}
	ckpts := &checkpointWriter{outDir: opts.OutDir}
	defer ckpts.wait()
	res := &Result{Job: job.Name, JobHash: job.Hash.String(), Baseline: ds.Baseline}
	start := time.Now()
	var stepTimes []float64
	samples := 0
	for t.StepsDone() < steps {
		if ctx.Err() != nil {
			res.Interrupted = true
			break
		}
		t0 := time.Now()
		loss, err := t.Step()
		if err != nil {
			return nil, err
		}
		stepTimes = append(stepTimes, time.Since(t0).Seconds())
		samples += job.Train.Batch
		done := t.StepsDone()
		res.FinalLoss = loss
		if math.IsNaN(float64(loss)) || math.IsInf(float64(loss), 0) {
			return nil, fmt.Errorf("step %d: loss is %v: training diverged (lower the learning rate?)", done, loss)
		}
		el := time.Since(start).Seconds()
		p := Progress{Step: done, Steps: steps, Batch: job.Train.Batch, Loss: loss, SamplesPerSec: float64(samples) / el, StepsPerSec: float64(samples/job.Train.Batch) / el}
		if done%job.Train.LogEvery == 0 || done == steps {
			logLine(map[string]any{"step": done, "loss": loss})
		}
		if e := job.Eval.Every; e > 0 && done%e == 0 && done != steps {
			ev, err := t.Evaluate()
			if err != nil {
				return nil, err
			}
			p.Eval = &ev
			logLine(map[string]any{"step": done, "eval_loss": ev.Loss, "eval_accuracy": ev.Accuracy})
		}
		if k := job.Train.CheckpointEvery; opts.OutDir != "" && k > 0 && done%k == 0 && done != steps {
			if err := ckpts.save(t.State, fmt.Sprintf("ckpt-%07d.safetensors", done), job.Hash, t.StateRoot()); err != nil {
				return nil, err
			}
		}
		if opts.Progress != nil {
			opts.Progress(p)
		}
	}
	res.Seconds = time.Since(start).Seconds()
	if res.Seconds > 0 {
		res.SamplesPerSec = float64(samples) / res.Seconds
	}
	res.StepMillis = median(stepTimes) * 1000
	res.Steps = t.StepsDone()
	ev, err := t.Evaluate()
	if err != nil {
		return nil, err
	}
	res.Eval = &ev
	logLine(map[string]any{"step": res.Steps, "eval_loss": ev.Loss, "eval_accuracy": ev.Accuracy})
	root := t.StateRoot()
	res.StateRoot = root.String()
	res.GraphRoot, res.DataRoot = graphRoot.String(), cm.DataRoot.String()
	if first, hs := t.StepHashes(); complete && first == len(cm.StepHashes)+1 {
		cm.StepHashes = append(cm.StepHashes, hs...)
		cm.TraceRoot = commit.TraceRoot(cm.StepHashes)
		res.TraceRoot = cm.TraceRoot.String()
	} else {
		complete = false
	}
	if opts.OutDir != "" {
		name := "final.safetensors"
		if res.Interrupted || res.Steps < job.Train.Steps {
			name = fmt.Sprintf("ckpt-%07d.safetensors", res.Steps)
		}
		res.Checkpoint = filepath.Join(opts.OutDir, name)
		if err := ckpts.wait(); err != nil {
			return nil, err
		}
		cm.Checkpoints = append(cm.Checkpoints, ckpts.refs...)
		ref, err := t.State.saveBlob(opts.OutDir, name, job.Hash, root)
		if err != nil {
			return nil, err
		}
		if complete {
			if n := len(cm.Checkpoints); n == 0 || cm.Checkpoints[n-1].Step != ref.Step {
				cm.Checkpoints = append(cm.Checkpoints, ref)
			}
			if err := cm.Validate(); err != nil {
				return nil, fmt.Errorf("internal error: %w", err)
			}
			if err := writeCommitments(opts.OutDir, cm); err != nil {
				return nil, err
			}
		}
		b, _ := json.MarshalIndent(res, "", "  ")
		if err := os.WriteFile(filepath.Join(opts.OutDir, "result.json"), append(b, '\n'), 0o644); err != nil {
			return nil, err
		}
	}
	if res.Interrupted {
		return res, ErrInterrupted
	}
	return res, nil
}

// ErrInterrupted is returned (with a valid result and checkpoint) when the run was cancelled.
var ErrInterrupted = errors.New("training interrupted")

func median(x []float64) float64 {
	if len(x) == 0 {
		return 0
	}
	s := slices.Clone(x)
	slices.Sort(s)
	return s[len(s)/2]
}
