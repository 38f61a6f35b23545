// Package spec parses and validates veritrain job specs: TOML files naming the model, initial
// weights, dataset, optimizer and schedule, batch size, steps, checkpoint interval and
// evaluation. A spec is validated completely before anything runs, and every problem is reported
// with the field it concerns.
package spec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"veritrain/internal/commit"
	"veritrain/internal/nn"
)

// Version is the spec format version this build understands.
const Version = 1

// MaxSpecBytes bounds the size of a spec file.
const MaxSpecBytes = 1 << 20

// Job is a parsed job spec. Field names are the TOML keys.
type Job struct {
	Version int    `toml:"version"`
	Name    string `toml:"name"`
	Seed    uint64 `toml:"seed"`

	Model     Model     `toml:"model"`
	Init      Init      `toml:"init"`
	Data      Data      `toml:"data"`
	Optimizer Optimizer `toml:"optimizer"`
	Train     Train     `toml:"train"`
	Eval      Eval      `toml:"eval"`
	Parallel  Parallel  `toml:"parallel"`

	// Derived, not in the file.
	Dir  string      `toml:"-"` // directory relative paths are resolved against
	Hash commit.Hash `toml:"-"` // keccak256 of the spec file bytes
}

// Model selects and sizes the architecture.
type Model struct {
	Kind    string  `toml:"kind"` // "sequential" or "gpt"
	Input   int     `toml:"input"`
	Classes int     `toml:"classes"`
	Layers  []Layer `toml:"layers"`
	// gpt
	Vocab   int     `toml:"vocab"` // 0: taken from the dataset
	Context int     `toml:"context"`
	Dim     int     `toml:"dim"`
	Depth   int     `toml:"depth"`
	Heads   int     `toml:"heads"`
	InitStd float32 `toml:"init_std"`
}

// Layer is one entry of a sequential model.
type Layer struct {
	Type string `toml:"type"`
	Out  int    `toml:"out"`
}

// Init says where the initial weights come from.
type Init struct {
	Weights string `toml:"weights"` // safetensors file; empty: seeded initialisation
}

// Data names the dataset.
type Data struct {
	Dataset     string  `toml:"dataset"` // "mnist" or "text"
	Path        string  `toml:"path"`    // mnist: idx directory (default: the GoMNIST module); text: file
	Limit       int     `toml:"limit"`   // use only the first N training samples (0: all)
	ValFraction float64 `toml:"val_fraction"`
}

// Optimizer configures the update rule and schedule.
type Optimizer struct {
	Kind        string  `toml:"kind"`
	LR          float32 `toml:"lr"`
	MinLR       float32 `toml:"min_lr"`
	Momentum    float32 `toml:"momentum"`
	Beta1       float32 `toml:"beta1"`
	Beta2       float32 `toml:"beta2"`
	Eps         float32 `toml:"eps"`
	WeightDecay float32 `toml:"weight_decay"`
	Warmup      int     `toml:"warmup"`
	Schedule    string  `toml:"schedule"`
	GradClip    float32 `toml:"grad_clip"`
}

// Train sizes the run.
type Train struct {
	Batch           int `toml:"batch"`
	Steps           int `toml:"steps"`
	CheckpointEvery int `toml:"checkpoint_every"`
	LogEvery        int `toml:"log_every"`
}

// Parallel shards a job (DESIGN section 6, DiLoCo-style): each of Shards shards runs
// train.steps inner steps on its own stream of batches (shard s's inner step t takes batch
// t·Shards + s of the job's sampler, so the shards together read the stream a single solver
// would read in Shards times the steps), in rounds of InnerSteps. Every round starts from the
// same global parameters; after it, the outer step averages the shards' parameter changes in
// shard order and applies Nesterov momentum. Each shard keeps its own inner optimizer state.
type Parallel struct {
	Shards        int     `toml:"shards"`         // S (1: not sharded)
	InnerSteps    int     `toml:"inner_steps"`    // H: each shard's steps per round
	OuterLR       float32 `toml:"outer_lr"`       // the outer step's learning rate
	OuterMomentum float32 `toml:"outer_momentum"` // its Nesterov momentum
	// The defaults, outer_lr 0.7 and outer_momentum 0.5, did best of the settings tried on both
	// examples at H = 50 (DiLoCo's 0.9 momentum overshoots at this scale and diverged on char-gpt).
}

// MaxShards bounds parallel.shards.
const MaxShards = 256

// Sharded reports whether the job runs as several shards.
func (j *Job) Sharded() bool { return j.Parallel.Shards > 1 }

// Rounds is the number of outer rounds of a sharded job (train.steps / parallel.inner_steps).
func (j *Job) Rounds() int {
	if !j.Sharded() {
		return 1
	}
	return j.Train.Steps / j.Parallel.InnerSteps
}

// Eval configures evaluation on the held-out split.
type Eval struct {
	Every      int `toml:"every"`       // evaluate every N steps (0: only at the end)
	Batch      int `toml:"batch"`       // eval batch size
	MaxSamples int `toml:"max_samples"` // evaluate on at most this many samples, evenly spaced (0: all)
}

// ParseFile reads and validates a spec file.
func ParseFile(path string) (*Job, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("job spec: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxSpecBytes+1))
	if err != nil {
		return nil, fmt.Errorf("job spec %s: %w", path, err)
	}
	if len(b) > MaxSpecBytes {
		return nil, fmt.Errorf("job spec %s: larger than %d bytes", path, MaxSpecBytes)
	}
	j, err := Parse(b, filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("job spec %s: %w", path, err)
	}
	return j, nil
}

// Parse decodes and validates a spec; dir resolves relative paths.
func Parse(b []byte, dir string) (*Job, error) {
	j := Defaults()
	md, err := toml.NewDecoder(bytes.NewReader(b)).Decode(j)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("malformed TOML: %s", strings.TrimSpace(errorWithPosition(pe)))
		}
		return nil, fmt.Errorf("malformed spec: %w", err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return nil, fmt.Errorf("unknown field %s (check the spelling; see examples/*.toml)", strings.Join(keys, ", "))
	}
	j.Dir = dir
	j.Hash = commit.Keccak256(b)
	j.applyDerivedDefaults(md)
	if err := j.Validate(); err != nil {
		return nil, err
	}
	return j, nil
}

// errorWithPosition is pe.ErrorWithPosition, which panics for errors reported at line 0
// (BurntSushi/toml issue 498); it falls back to the plain message.
func errorWithPosition(pe toml.ParseError) (s string) {
	if pe.Position.Line < 1 {
		return pe.Error()
	}
	defer func() {
		if recover() != nil {
			s = pe.Error()
		}
	}()
	return pe.ErrorWithPosition()
}

// Defaults returns a spec with every optional field at its default.
func Defaults() *Job {
	return &Job{
		Version: Version,
		Seed:    1,
		Optimizer: Optimizer{
			Kind: "adamw", LR: 1e-3, Momentum: 0.9, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8,
			Schedule: "constant",
		},
		Train:    Train{Batch: 64, LogEvery: 50},
		Eval:     Eval{Batch: 500},
		Data:     Data{ValFraction: 0.1},
		Model:    Model{InitStd: 0.02},
		Parallel: Parallel{Shards: 1, OuterLR: 0.7, OuterMomentum: 0.5},
	}
}

func (j *Job) applyDerivedDefaults(md toml.MetaData) {
	if !md.IsDefined("train", "checkpoint_every") {
		j.Train.CheckpointEvery = j.Train.Steps
	}
}

// Validate checks every field and cross-field constraint.
func (j *Job) Validate() error {
	if j.Version != Version {
		return fmt.Errorf("version = %d: this build understands version %d", j.Version, Version)
	}
	if j.Name == "" {
		return fmt.Errorf("name is required")
	}
	switch j.Model.Kind {
	case "sequential", "gpt":
	case "":
		return fmt.Errorf("model.kind is required (sequential or gpt)")
	default:
		return fmt.Errorf("unknown model kind %q (want sequential or gpt)", j.Model.Kind)
	}
	switch j.Data.Dataset {
	case "mnist":
		if j.Model.Kind != "sequential" {
			return fmt.Errorf("dataset mnist needs model kind \"sequential\", got %q", j.Model.Kind)
		}
		if j.Model.Input != 784 {
			return fmt.Errorf("dataset mnist has 784 inputs but model.input = %d: shapes do not match", j.Model.Input)
		}
		if j.Model.Classes != 10 {
			return fmt.Errorf("dataset mnist has 10 classes but model.classes = %d: shapes do not match", j.Model.Classes)
		}
	case "text":
		if j.Model.Kind != "gpt" {
			return fmt.Errorf("dataset text needs model kind \"gpt\", got %q", j.Model.Kind)
		}
		if j.Data.Path == "" {
			return fmt.Errorf("data.path is required for dataset text")
		}
		if !(j.Data.ValFraction > 0 && j.Data.ValFraction < 1) {
			return fmt.Errorf("data.val_fraction must be in (0, 1), got %v", j.Data.ValFraction)
		}
	case "":
		return fmt.Errorf("data.dataset is required (mnist or text)")
	default:
		return fmt.Errorf("unknown dataset %q (want mnist or text)", j.Data.Dataset)
	}
	if j.Data.Limit < 0 {
		return fmt.Errorf("data.limit must not be negative, got %d", j.Data.Limit)
	}
	vocab := j.Model.Vocab
	if vocab == 0 {
		vocab = 2 // checked against the dataset when it is loaded
	}
	if err := j.NewModel(vocab).Check(); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	if err := j.checkSize(); err != nil {
		return fmt.Errorf("model: %w", err)
	}
	t := j.Train
	switch {
	case t.Batch < 1 || t.Batch > 1<<20:
		return fmt.Errorf("train.batch must be in [1, 1048576], got %d", t.Batch)
	case t.Steps < 1:
		return fmt.Errorf("train.steps must be positive, got %d", t.Steps)
	case t.Steps > 1<<24:
		return fmt.Errorf("train.steps must be at most %d (the step counter is an exact float32), got %d", 1<<24, t.Steps)
	case t.CheckpointEvery < 0:
		return fmt.Errorf("train.checkpoint_every must not be negative, got %d", t.CheckpointEvery)
	case t.LogEvery < 1:
		return fmt.Errorf("train.log_every must be positive, got %d", t.LogEvery)
	}
	e := j.Eval
	switch {
	case e.Every < 0:
		return fmt.Errorf("eval.every must not be negative, got %d", e.Every)
	case e.Batch < 1 || e.Batch > 1<<20:
		return fmt.Errorf("eval.batch must be in [1, 1048576], got %d", e.Batch)
	case e.MaxSamples < 0:
		return fmt.Errorf("eval.max_samples must not be negative, got %d", e.MaxSamples)
	}
	if err := j.Parallel.check(t.Steps); err != nil {
		return err
	}
	o := j.NewOptimizer(t.Steps)
	if err := o.Check(); err != nil {
		return err
	}
	return nil
}

func (p Parallel) check(steps int) error {
	switch {
	case p.Shards < 1 || p.Shards > MaxShards:
		return fmt.Errorf("parallel.shards must be in [1, %d], got %d", MaxShards, p.Shards)
	case p.Shards == 1 && p.InnerSteps != 0:
		return fmt.Errorf("parallel.inner_steps = %d needs parallel.shards > 1", p.InnerSteps)
	case p.Shards == 1:
		return nil
	case p.InnerSteps < 1:
		return fmt.Errorf("parallel.inner_steps is required for a sharded job (shards = %d), got %d", p.Shards, p.InnerSteps)
	case steps%p.InnerSteps != 0:
		return fmt.Errorf("train.steps = %d is not a whole number of rounds of parallel.inner_steps = %d", steps, p.InnerSteps)
	case !(p.OuterLR > 0 && p.OuterLR <= 10):
		return fmt.Errorf("parallel.outer_lr must be in (0, 10], got %v", p.OuterLR)
	case !(p.OuterMomentum >= 0 && p.OuterMomentum < 1):
		return fmt.Errorf("parallel.outer_momentum must be in [0, 1), got %v", p.OuterMomentum)
	}
	return nil
}

// NewModel builds the architecture; vocab is the dataset's vocabulary size (gpt only).
func (j *Job) NewModel(vocab int) nn.Model {
	m := j.Model
	switch m.Kind {
	case "gpt":
		v := m.Vocab
		if v == 0 {
			v = vocab
		}
		return &nn.GPT{Vocab: v, Context: m.Context, Dim: m.Dim, NumLayers: m.Depth, Heads: m.Heads, Std: m.InitStd}
	default:
		layers := make([]nn.Layer, len(m.Layers))
		for i, l := range m.Layers {
			layers[i] = nn.Layer{Type: l.Type, Out: l.Out}
		}
		return &nn.Sequential{Input: m.Input, Layers: layers, NClasses: m.Classes}
	}
}

// NewOptimizer returns the optimizer configuration for a run of steps steps.
func (j *Job) NewOptimizer(steps int) *nn.Optimizer {
	o := j.Optimizer
	return &nn.Optimizer{
		Kind: o.Kind, LR: o.LR, MinLR: o.MinLR, Momentum: o.Momentum, Beta1: o.Beta1, Beta2: o.Beta2,
		Eps: o.Eps, WeightDecay: o.WeightDecay, Warmup: o.Warmup, Schedule: o.Schedule,
		TotalSteps: steps, GradClip: o.GradClip,
	}
}

// Resolve returns path relative to the spec's directory (absolute paths unchanged).
func (j *Job) Resolve(path string) string {
	if path == "" || filepath.IsAbs(path) {
		return path
	}
	return filepath.Join(j.Dir, path)
}

// MaxModelFloats bounds the parameter count and the largest activation of a step, so that an
// absurd spec is rejected before any allocation.
const MaxModelFloats = 1 << 31

func (j *Job) checkSize() error {
	m, b := j.Model, float64(j.Train.Batch)
	var params, act float64
	switch m.Kind {
	case "gpt":
		v, t, d, h := float64(m.Vocab), float64(m.Context), float64(m.Dim), float64(m.Heads)
		if v == 0 {
			v = 256 // a byte-level vocabulary is at most 256
		}
		params = 2*v*d + t*d + float64(m.Depth)*(12*d*d+13*d) + 2*d + v
		act = max(b*t*4*d, b*h*t*t, b*t*v)
	default:
		w := float64(m.Input)
		act = b * w
		for _, l := range m.Layers {
			switch l.Type {
			case "linear":
				params += w*float64(l.Out) + float64(l.Out)
				w = float64(l.Out)
			case "layernorm":
				params += 2 * w
			}
			act = max(act, b*w)
		}
	}
	if params > MaxModelFloats || act > MaxModelFloats {
		return fmt.Errorf("model too large: about %.3g parameters and %.3g activation values per step (at most %d each)", params, act, MaxModelFloats)
	}
	return nil
}
