package train

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"veritrain/internal/nn"
	"veritrain/internal/safetensors"
	"veritrain/internal/spec"
)

// tinySpec is a small, fast gpt/text job over a 2 KB corpus (the shape of
// testdata/gpt-golden.toml, scaled down). %s is the [init] weights file.
const tinySpec = `version = 1
name = "tiny"
seed = 5

[model]
kind = "gpt"
context = 8
dim = 16
depth = 1
heads = 2

[init]
weights = "%s"

[data]
dataset = "text"
path = "corpus.txt"
val_fraction = 0.1

[optimizer]
kind = "adamw"
lr = 0.003
min_lr = 0.0003
warmup = 2
schedule = "cosine"
weight_decay = 0.01
grad_clip = 1.0

[train]
batch = 4
steps = 6

[eval]
batch = 16
max_samples = 32
`

// writeCorpus writes the first n bytes of the Opticks example corpus to dir/name.
func writeCorpus(t *testing.T, dir, name string, n int) {
	t.Helper()
	b, err := os.ReadFile("../../examples/data/opticks.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), b[:n], 0o644); err != nil {
		t.Fatal(err)
	}
}

// tinyJob writes tinySpec (with weights as the init file and the replacements old, new, ... applied)
// to dir/file and parses it. The corpus is written to dir/corpus.txt if it is not there yet.
func tinyJob(t *testing.T, dir, file, weights string, repl ...string) *spec.Job {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, "corpus.txt")); err != nil {
		writeCorpus(t, dir, "corpus.txt", 2048)
	}
	s := fmt.Sprintf(tinySpec, weights)
	for i := 0; i+1 < len(repl); i += 2 {
		if strings.Count(s, repl[i]) != 1 {
			t.Fatalf("tinyJob: %q does not occur exactly once", repl[i])
		}
		s = strings.Replace(s, repl[i], repl[i+1], 1)
	}
	path := filepath.Join(dir, file)
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	job, err := spec.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return job
}

func newTrainer(t *testing.T, job *spec.Job) *Trainer {
	t.Helper()
	ds, err := LoadData(job)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := New(job, ds)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// params returns the parameter tensors of a state as safetensors entries (copies).
func params(st *State) []safetensors.Tensor {
	var out []safetensors.Tensor
	for i, sp := range st.Specs {
		if sp.Role == nn.RoleParam {
			out = append(out, safetensors.Tensor{Name: sp.Name, Shape: append([]int(nil), sp.Shape...), Data: append([]float32(nil), st.Tensors[i].Data...)})
		}
	}
	return out
}

func containsAll(t *testing.T, err error, want ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one containing %q", want)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not contain %q", err, w)
		}
	}
}

func TestNewRejectsBadWeights(t *testing.T) {
	dir := t.TempDir()
	base := newTrainer(t, tinyJob(t, dir, "base.toml", ""))
	good := filepath.Join(dir, "good.safetensors")
	if err := base.State.Save(good, base.Job.Hash); err != nil {
		t.Fatal(err)
	}
	ps := params(base.State)
	victim := ps[len(ps)/2].Name // a parameter in the middle of the state

	write := func(t *testing.T, name string, ts []safetensors.Tensor) {
		t.Helper()
		if err := safetensors.WriteFile(filepath.Join(dir, name), ts, nil); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name  string
		file  string
		setup func(t *testing.T)
		want  []string
		isFmt bool // the error must wrap safetensors.ErrFormat
	}{
		{"missing file", "nope.safetensors", func(*testing.T) {}, []string{"initial weights", "nope.safetensors", "no such file"}, false},
		{"truncated", "trunc.safetensors", func(t *testing.T) {
			b, err := os.ReadFile(good)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "trunc.safetensors"), b[:len(b)*2/3], 0o644); err != nil {
				t.Fatal(err)
			}
		}, []string{"initial weights", "trunc.safetensors"}, true},
		{"not safetensors", "text.safetensors", func(t *testing.T) {
			writeCorpus(t, dir, "text.safetensors", 100)
		}, []string{"initial weights", "text.safetensors"}, true},
		{"F16 dtype", "f16.safetensors", func(t *testing.T) {
			// Hand-made: 8-byte little-endian header length, JSON header, 2 F16 values.
			hdr := fmt.Sprintf(`{%q:{"dtype":"F16","shape":[2],"data_offsets":[0,4]}}`, victim)
			b := binary.LittleEndian.AppendUint64(nil, uint64(len(hdr)))
			b = append(b, hdr...)
			b = append(b, 0x00, 0x3c, 0x00, 0x3c) // 1.0, 1.0 in binary16
			if err := os.WriteFile(filepath.Join(dir, "f16.safetensors"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}, []string{"initial weights", "f16.safetensors", "unsupported dtype", "F16"}, true},
		{"missing parameter", "missing-param.safetensors", func(t *testing.T) {
			var ts []safetensors.Tensor
			for _, p := range ps {
				if p.Name != victim {
					ts = append(ts, p)
				}
			}
			write(t, "missing-param.safetensors", ts)
		}, []string{"initial weights missing-param.safetensors", "no tensor", fmt.Sprintf("%q", victim)}, false},
		{"wrong shape", "shape.safetensors", func(t *testing.T) {
			ts := params(base.State)
			for i := range ts {
				if ts[i].Name == victim {
					ts[i].Shape = append([]int{1}, ts[i].Shape...)
					ts[i].Shape[len(ts[i].Shape)-1]++
					n := 1
					for _, d := range ts[i].Shape {
						n *= d
					}
					ts[i].Data = make([]float32, n)
				}
			}
			write(t, "shape.safetensors", ts)
		}, []string{"initial weights shape.safetensors", fmt.Sprintf("%q", victim), "shapes do not match"}, false},
		{"NaN", "nan.safetensors", func(t *testing.T) {
			ts := params(base.State)
			for i := range ts {
				if ts[i].Name == victim {
					ts[i].Data[len(ts[i].Data)-1] = float32(math.NaN())
				}
			}
			write(t, "nan.safetensors", ts)
		}, []string{"initial weights nan.safetensors", fmt.Sprintf("%q", victim), "non-finite", "NaN"}, false},
		{"Inf", "inf.safetensors", func(t *testing.T) {
			ts := params(base.State)
			for i := range ts {
				if ts[i].Name == victim {
					ts[i].Data[0] = float32(math.Inf(-1))
				}
			}
			write(t, "inf.safetensors", ts)
		}, []string{"initial weights inf.safetensors", fmt.Sprintf("%q", victim), "non-finite", "-Inf", "element 0"}, false},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.setup(t)
			job := tinyJob(t, dir, fmt.Sprintf("case%d.toml", i), c.file)
			ds, err := LoadData(job)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := New(job, ds)
			if tr != nil {
				t.Error("New returned a trainer with an error")
			}
			containsAll(t, err, c.want...)
			if c.isFmt && !errors.Is(err, safetensors.ErrFormat) {
				t.Errorf("error %q does not wrap safetensors.ErrFormat", err)
			}
			// train.Run reports the same problem.
			_, rerr := Run(context.Background(), job, RunOptions{})
			if rerr == nil || rerr.Error() != err.Error() {
				t.Errorf("Run error %v, New error %v", rerr, err)
			}
		})
	}
}

func TestRunRejectsBadData(t *testing.T) {
	dir := t.TempDir()
	t.Run("missing dataset file", func(t *testing.T) {
		job := tinyJob(t, dir, "missing.toml", "", `path = "corpus.txt"`, `path = "nowhere.txt"`)
		_, err := Run(context.Background(), job, RunOptions{})
		containsAll(t, err, "dataset", "nowhere.txt", "no such file")
		if !errors.Is(err, os.ErrNotExist) {
			t.Errorf("error %q does not wrap os.ErrNotExist", err)
		}
	})
	t.Run("text shorter than context", func(t *testing.T) {
		writeCorpus(t, dir, "short.txt", 5)
		job := tinyJob(t, dir, "short.toml", "", `path = "corpus.txt"`, `path = "short.txt"`)
		_, err := Run(context.Background(), job, RunOptions{})
		containsAll(t, err, "dataset", "short.txt", "context 8")
	})
	t.Run("validation split shorter than context", func(t *testing.T) {
		writeCorpus(t, dir, "shortval.txt", 60) // 6 validation tokens
		job := tinyJob(t, dir, "shortval.toml", "", `path = "corpus.txt"`, `path = "shortval.txt"`)
		_, err := Run(context.Background(), job, RunOptions{})
		containsAll(t, err, "dataset", "shortval.txt", "validation split", "context 8")
	})
	t.Run("vocab mismatch", func(t *testing.T) {
		job := tinyJob(t, dir, "vocab.toml", "", "heads = 2", "heads = 2\nvocab = 3")
		_, err := Run(context.Background(), job, RunOptions{})
		containsAll(t, err, "model.vocab = 3", "distinct tokens")
	})
}

// TestInitWeightsFromCheckpoint: a checkpoint used as [init] weights supplies the parameters
// bit for bit; optimizer slots and the step counter start from zero.
func TestInitWeightsFromCheckpoint(t *testing.T) {
	dir := t.TempDir()
	a := newTrainer(t, tinyJob(t, dir, "a.toml", ""))
	for range 2 {
		if _, err := a.Step(); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.State.Save(filepath.Join(dir, "a.safetensors"), a.Job.Hash); err != nil {
		t.Fatal(err)
	}
	// A different seed, so that seeded values could not pass for loaded ones.
	b := newTrainer(t, tinyJob(t, dir, "b.toml", "a.safetensors", "seed = 5", "seed = 6"))
	if got := b.StepsDone(); got != 0 {
		t.Errorf("step = %d after loading initial weights, want 0", got)
	}
	nonzeroSlots := 0
	for i, sp := range b.State.Specs {
		bd, ad := b.State.Tensors[i].Data, a.State.Tensors[i].Data
		switch sp.Role {
		case nn.RoleParam:
			for j := range bd {
				if math.Float32bits(bd[j]) != math.Float32bits(ad[j]) {
					t.Fatalf("param %s[%d] = %v, checkpoint has %v", sp.Name, j, bd[j], ad[j])
				}
			}
		default:
			for j := range bd {
				if math.Float32bits(bd[j]) != 0 {
					t.Fatalf("%s %s[%d] = %v, want +0", sp.Role, sp.Name, j, bd[j])
				}
				if ad[j] != 0 {
					nonzeroSlots++
				}
			}
		}
	}
	if nonzeroSlots == 0 {
		t.Error("the source trainer has all-zero slots and step: the test checks nothing")
	}
	// And a trainer with the loaded weights trains.
	if l, err := b.Step(); err != nil || math.IsNaN(float64(l)) {
		t.Errorf("step after loading weights: loss %v, %v", l, err)
	}
}

func TestResume(t *testing.T) {
	dir := t.TempDir()
	job := tinyJob(t, dir, "job.toml", "")
	ctx := context.Background()

	straight, err := Run(ctx, job, RunOptions{Steps: 6})
	if err != nil {
		t.Fatal(err)
	}
	if straight.Steps != 6 || straight.Checkpoint != "" {
		t.Fatalf("straight run: %+v", straight)
	}

	first := filepath.Join(dir, "first")
	half, err := Run(ctx, job, RunOptions{Steps: 3, OutDir: first})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(first, "ckpt-0000003.safetensors"); half.Steps != 3 || half.Checkpoint != want {
		t.Fatalf("half run: steps %d checkpoint %q, want 3 and %q", half.Steps, half.Checkpoint, want)
	}
	f, err := safetensors.ReadFile(half.Checkpoint)
	if err != nil {
		t.Fatal(err)
	}
	if m := f.Metadata; m[MetaFormat] != FormatV1 || m[MetaJob] != job.Hash.String() || m[MetaStep] != "3" || m[MetaStateRoot] != half.StateRoot {
		t.Errorf("checkpoint metadata %v", m)
	}

	t.Run("same bits as straight", func(t *testing.T) {
		second := filepath.Join(dir, "second")
		res, err := Run(ctx, job, RunOptions{Steps: 6, Resume: half.Checkpoint, OutDir: second})
		if err != nil {
			t.Fatal(err)
		}
		if res.Steps != 6 || res.StateRoot != straight.StateRoot {
			t.Errorf("resumed run: %d steps, root %s; straight run: 6 steps, root %s", res.Steps, res.StateRoot, straight.StateRoot)
		}
		if math.Float32bits(res.FinalLoss) != math.Float32bits(straight.FinalLoss) {
			t.Errorf("final loss %v, straight %v", res.FinalLoss, straight.FinalLoss)
		}
		if res.Checkpoint != filepath.Join(second, "final.safetensors") {
			t.Errorf("checkpoint %q, want final.safetensors", res.Checkpoint)
		}
	})

	t.Run("other job rejected", func(t *testing.T) {
		other := tinyJob(t, dir, "other.toml", "", "seed = 5", "seed = 6")
		_, err := Run(ctx, other, RunOptions{Steps: 6, Resume: half.Checkpoint})
		containsAll(t, err, "resume", "ckpt-0000003.safetensors", job.Hash.String(), other.Hash.String())
		// Same model, same bits, but an edited spec is another job.
		edited := tinyJob(t, dir, "edited.toml", "", "max_samples = 32", "max_samples = 16")
		if _, err := Run(ctx, edited, RunOptions{Resume: half.Checkpoint}); err == nil {
			t.Error("resume accepted a checkpoint of an edited spec")
		}
	})

	t.Run("missing checkpoint", func(t *testing.T) {
		_, err := Run(ctx, job, RunOptions{Resume: filepath.Join(dir, "none.safetensors")})
		containsAll(t, err, "resume", "none.safetensors", "no such file")
	})

	// A weights file without veritrain metadata is not a checkpoint; the message must say so
	// rather than "belongs to job , not this spec".
	t.Run("not a checkpoint", func(t *testing.T) {
		path := filepath.Join(dir, "weights.safetensors")
		tr := newTrainer(t, job)
		if err := safetensors.WriteFile(path, tr.State.SafetensorsTensors(), nil); err != nil {
			t.Fatal(err)
		}
		_, err := Run(ctx, job, RunOptions{Resume: path})
		containsAll(t, err, "weights.safetensors", "not a veritrain checkpoint")
	})

	// A checkpoint whose tensors no longer match the state root in its metadata (bit rot, or an
	// edit) must not be resumed from: the run would silently diverge from the committed state.
	t.Run("corrupt checkpoint", func(t *testing.T) {
		f, err := safetensors.ReadFile(half.Checkpoint)
		if err != nil {
			t.Fatal(err)
		}
		p := &f.Tensors[0]
		p.Data[0] = math.Nextafter32(p.Data[0], float32(math.Inf(1)))
		path := filepath.Join(dir, "corrupt.safetensors")
		if err := safetensors.WriteFile(path, f.Tensors, f.Metadata); err != nil {
			t.Fatal(err)
		}
		_, err = Run(ctx, job, RunOptions{Steps: 4, Resume: path})
		containsAll(t, err, "corrupt.safetensors", "state root")
	})
}

func TestRunInterrupted(t *testing.T) {
	dir := t.TempDir()
	job := tinyJob(t, dir, "job.toml", "")
	out := filepath.Join(dir, "out")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	res, err := Run(ctx, job, RunOptions{OutDir: out, Progress: func(p Progress) {
		if p.Step == 2 {
			cancel()
		}
	}})
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("Run after cancel: %v, want ErrInterrupted", err)
	}
	if res == nil || !res.Interrupted || res.Steps != 2 {
		t.Fatalf("result %+v, want interrupted after 2 steps", res)
	}
	want := filepath.Join(out, "ckpt-0000002.safetensors")
	if res.Checkpoint != want {
		t.Errorf("checkpoint %q, want %q", res.Checkpoint, want)
	}
	f, err := safetensors.ReadFile(want)
	if err != nil {
		t.Fatalf("interrupted run wrote no readable checkpoint: %v", err)
	}
	if f.Metadata[MetaStep] != "2" || f.Metadata[MetaStateRoot] != res.StateRoot {
		t.Errorf("checkpoint metadata %v, result root %s", f.Metadata, res.StateRoot)
	}
	b, err := os.ReadFile(filepath.Join(out, "result.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rj map[string]any
	if err := json.Unmarshal(b, &rj); err != nil || rj["interrupted"] != true {
		t.Errorf("result.json %s: %v", b, err)
	}

	// Resuming the interrupted run reaches the bits of an uninterrupted one.
	resumed, err := Run(context.Background(), job, RunOptions{Resume: want})
	if err != nil {
		t.Fatal(err)
	}
	straight, err := Run(context.Background(), job, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if resumed.StateRoot != straight.StateRoot {
		t.Errorf("resumed root %s, straight %s", resumed.StateRoot, straight.StateRoot)
	}

	// A context cancelled before the first step still yields a (step 0) checkpoint.
	out0 := filepath.Join(dir, "out0")
	ctx0, cancel0 := context.WithCancel(context.Background())
	cancel0()
	res0, err := Run(ctx0, job, RunOptions{OutDir: out0})
	if !errors.Is(err, ErrInterrupted) || res0 == nil || res0.Steps != 0 {
		t.Fatalf("pre-cancelled run: %+v, %v", res0, err)
	}
	if _, err := os.Stat(filepath.Join(out0, "ckpt-0000000.safetensors")); err != nil {
		t.Error(err)
	}
}
