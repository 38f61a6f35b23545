//go:build bench

package main

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"veritrain/internal/commit"
	"veritrain/internal/data"
	"veritrain/internal/store"
	"veritrain/internal/train"
)

// mlpEngine is one implementation of the framework comparison: step(s) runs training step s
// (batch s of veritrain's sampler) and returns the batch loss.
type mlpEngine interface {
	name() string
	step(s int) float32
}

// mlpWeights are the initial parameters, in veritrain's layout (linear weights [out, in]).
type mlpWeights struct {
	in, hid, out int
	w1, b1       []float32 // [hid, in], [hid]
	w2, b2       []float32 // [out, hid], [out]
}

// batcher fills batches from a data.Set exactly as veritrain's trainer does: the sample indices of
// step s come from the keyed sampler of the job, so every engine sees the same data.
type batcher struct {
	set     data.Set
	sampler data.Sampler
	idx     []int
	y       []float32
}

func newBatcher(set data.Set, batch int, seed uint64) *batcher {
	return &batcher{set: set, sampler: data.Sampler{N: set.Len(), Batch: batch, Seed: seed},
		idx: make([]int, batch), y: make([]float32, set.TargetLen())}
}

// fill writes the inputs of step s into x ([batch, in], row-major) and the labels into labels.
func (b *batcher) fill(s int, x []float32, labels []int) {
	b.sampler.Indices(s, b.idx)
	in := b.set.InputLen()
	for r, i := range b.idx {
		b.set.Sample(i, x[r*in:(r+1)*in], b.y)
		labels[r] = int(b.y[0])
	}
}

// denseSet maps every MNIST pixel value v to 0.01 + 0.98·v, so no input is zero: kernels that
// skip zero multipliers (gonum's, hence Gorgonia's) lose that shortcut.
type denseSet struct{ data.Set }

func (d denseSet) Sample(i int, x, y []float32) {
	d.Set.Sample(i, x, y)
	for j, v := range x[:d.InputLen()] {
		x[j] = 0.01 + 0.98*v
	}
}

// veritrainEngine is the engine under test: train.Trainer.Step (sampling, the compiled step
// program: forward, backward, SGD update).
type veritrainEngine struct{ tr *train.Trainer }

func (veritrainEngine) name() string { return "veritrain" }

func (e veritrainEngine) step(s int) float32 {
	if e.tr.StepsDone() != s {
		panic(fmt.Sprintf("veritrain engine at step %d, asked for %d", e.tr.StepsDone(), s))
	}
	loss, err := e.tr.Step()
	if err != nil {
		panic(err)
	}
	return loss
}

func benchSpecPath() string {
	// go run executes in the module root (make bench) or wherever the user is; find the spec
	// relative to this package.
	for _, p := range []string{"bench/testdata/mnist-sgd.toml", "testdata/mnist-sgd.toml", "../bench/testdata/mnist-sgd.toml"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	fatalf("cannot find bench/testdata/mnist-sgd.toml: run from the module root")
	return ""
}

func examplePath(name string) string {
	for _, dir := range []string{"examples", "../examples"} {
		p := filepath.Join(dir, name+".toml")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	fatalf("cannot find examples/%s.toml: run from the module root", name)
	return ""
}

func initialWeights(tr *train.Trainer) mlpWeights {
	get := func(name string) []float32 {
		i := tr.State.Index(name)
		if i < 0 {
			fatalf("state has no tensor %q", name)
		}
		return append([]float32(nil), tr.State.Tensors[i].Data...)
	}
	w := mlpWeights{in: 784, hid: 256, out: 10,
		w1: get("layers.0.weight"), b1: get("layers.0.bias"), w2: get("layers.2.weight"), b2: get("layers.2.bias")}
	if len(w.w1) != w.hid*w.in || len(w.w2) != w.out*w.hid {
		fatalf("unexpected MLP shapes in bench/testdata/mnist-sgd.toml")
	}
	return w
}

// sectionTraining is the framework comparison on MNIST (and on dense input).
func sectionTraining(cfg *config) {
	fmt.Printf("\n## 2. Training throughput\n\n")
	fmt.Printf("### MNIST MLP 784-256-10, batch 64, SGD momentum 0.9, lr 0.05, 1 thread (GOMAXPROCS=1)\n\n")
	setThreads(1)
	defer setThreads(ncpu)
	openblasSetThreads(1)

	tr, err := train.Open(benchSpecPath())
	if err != nil {
		fatalf("%v", err)
	}
	type variant struct {
		label string
		set   data.Set
		tr    *train.Trainer
	}
	variants := []variant{{"MNIST", tr.Data.Train, tr}}
	if cfg.dense {
		ds := *tr.Data
		ds.Train = denseSet{tr.Data.Train}
		tr2, err := train.New(tr.Job, &ds)
		if err != nil {
			fatalf("%v", err)
		}
		variants = append(variants, variant{"dense input (pixels 0.01 + 0.98·v, no zeros)", ds.Train, tr2})
	}

	fmt.Printf("Each measurement is %d steps (%d samples); runs interleave veritrain, Gorgonia, plain Go, veritrain, ... %d times; all three start from veritrain's initial weights and read the same batches. Loss: mean batch loss over all measured steps (a light check that the three train the same model; not bitwise equal).\n\n",
		cfg.mlpSteps, cfg.mlpSteps*tr.Job.Train.Batch, cfg.repeat)
	fmt.Printf("| input | engine | samples/s | veritrain / engine | max/min | mean loss |\n|---|---|---|---|---|---|\n")
	for _, v := range variants {
		w := initialWeights(v.tr)
		batch := v.tr.Job.Train.Batch
		engines := []mlpEngine{
			veritrainEngine{v.tr},
			newGorgoniaMLP(w, newBatcher(v.set, batch, v.tr.Job.Seed), batch, 0.05, 0.9),
			newPlainMLP(w, newBatcher(v.set, batch, v.tr.Job.Seed), batch, 0.05, 0.9),
		}
		const warmup = 5
		for _, e := range engines {
			for s := 0; s < warmup; s++ {
				e.step(s)
			}
		}
		rates := make([][]float64, len(engines))
		losses := make([]float64, len(engines))
		for rep := 0; rep < cfg.repeat; rep++ {
			first := warmup + rep*cfg.mlpSteps
			for ei, e := range engines {
				runtime.GC()
				start := time.Now()
				var sum float64
				for s := first; s < first+cfg.mlpSteps; s++ {
					sum += float64(e.step(s))
				}
				el := time.Since(start).Seconds()
				rates[ei] = append(rates[ei], float64(cfg.mlpSteps*batch)/el)
				losses[ei] += sum
			}
		}
		vt := median(rates[0])
		for ei, e := range engines[1:] {
			// Same weights, data and update rule: the mean losses must agree to well within 5%
			// (they differ only by float32 rounding, which grows slowly over the steps).
			lv, le := losses[0], losses[ei+1]
			if !(math.Abs(le-lv) <= 0.05*math.Abs(lv)) {
				fail("%s: mean loss of %s (%.6f) is not within 5%% of veritrain's (%.6f)", v.label, e.name(), le/float64(cfg.repeat*cfg.mlpSteps), lv/float64(cfg.repeat*cfg.mlpSteps))
			}
		}
		for ei, e := range engines {
			r := median(rates[ei])
			rel := "1.00x"
			if ei > 0 {
				rel = ratio(vt, r)
			}
			fmt.Printf("| %s | %s | %.0f | %s | %.2f | %.6f |\n", v.label, e.name(), r, rel, spread(rates[ei]), losses[ei]/float64(cfg.repeat*cfg.mlpSteps))
		}
	}
	fmt.Printf("\nBy the usual estimate of 6 FLOP per weight and sample (203,264 weights: %.2f MFLOP per sample), 10,000 samples/s ≈ %.1f GFLOP/s.\n", 6*203264/1e6, 6*203264*1e4/1e9)
}

// exampleSteps holds the median step times of the repo's examples, for section 3.
type exampleSteps struct {
	names   []string
	trs     []*train.Trainer
	step1   []float64 // seconds per step, 1 thread
	stepAll []float64 // seconds per step, all threads
}

// sectionExamples measures the step time of examples/mnist-mlp.toml and examples/char-gpt.toml
// with 1 thread and with all cores (veritrain only).
func sectionExamples(cfg *config) *exampleSteps {
	fmt.Printf("\n### Step time of the examples (veritrain), 1 thread and %d threads\n\n", ncpu)
	es := &exampleSteps{names: []string{"mnist-mlp", "char-gpt"}}
	for _, n := range es.names {
		tr, err := train.Open(examplePath(n))
		if err != nil {
			fatalf("%v", err)
		}
		es.trs = append(es.trs, tr)
	}
	threads := []int{1, ncpu}
	times := map[[2]int][]float64{}
	for _, tr := range es.trs {
		for _, th := range threads {
			setThreads(th)
			for i := 0; i < 2; i++ { // warm-up
				if _, err := tr.Step(); err != nil {
					fatalf("%v", err)
				}
			}
		}
	}
	for rep := 0; rep < cfg.repeat; rep++ {
		for ei, tr := range es.trs {
			for _, th := range threads {
				setThreads(th)
				runtime.GC()
				start := time.Now()
				n := 0
				for n < cfg.exSteps || time.Since(start) < 2*cfg.minTime {
					if _, err := tr.Step(); err != nil {
						fatalf("%v", err)
					}
					n++
				}
				times[[2]int{ei, th}] = append(times[[2]int{ei, th}], time.Since(start).Seconds()/float64(n))
			}
		}
	}
	setThreads(ncpu)
	fmt.Printf("Each measurement is at least %d steps and %v; medians of %d, interleaved (mnist 1 thread, mnist %d threads, gpt 1 thread, ...).\n\n", cfg.exSteps, 2*cfg.minTime, cfg.repeat, ncpu)
	fmt.Printf("| example | batch | threads | step ms | samples/s | tokens/s | speed-up vs 1 thread | max/min |\n|---|---|---|---|---|---|---|---|\n")
	for ei, tr := range es.trs {
		t1 := median(times[[2]int{ei, 1}])
		for _, th := range threads {
			t := median(times[[2]int{ei, th}])
			if th == 1 {
				es.step1 = append(es.step1, t)
			} else {
				es.stepAll = append(es.stepAll, t)
			}
			batch := tr.Job.Train.Batch
			tokens := "-"
			if tr.Job.Model.Kind == "gpt" {
				tokens = fmt.Sprintf("%.0f", float64(batch*tr.Job.Model.Context)/t)
			}
			fmt.Printf("| %s | %d | %d | %.2f | %.0f | %s | %s | %.2f |\n", es.names[ei], batch, th, t*1e3, float64(batch)/t, tokens, ratio(t1, t), spread(times[[2]int{ei, th}]))
		}
	}
	if ncpu == 1 {
		es.stepAll = es.step1
	}
	return es
}

// sectionCommit measures the per-step commitment: the full state root of each example.
func sectionCommit(cfg *config, es *exampleSteps) {
	fmt.Printf("\n## 3. Commitment cost (full state root per step)\n\n")
	setThreads(ncpu)
	fmt.Printf("train.Trainer.StateRoot hashes on one goroutine; commit.HashState with %d workers is the parallel form of the same root (checked equal). Percentages are of the median step time from section 2.\n\n", ncpu)
	fmt.Printf("| example | state MB | StateRoot ms | MB/s | %% of step, 1 thread | %% of step, %d threads | HashState(%d) ms | MB/s | %% of step, %d threads |\n|---|---|---|---|---|---|---|---|---|\n", ncpu, ncpu, ncpu)
	for ei, tr := range es.trs {
		st := tr.State
		tensors := make([]commit.Tensor, len(st.Tensors))
		for i, t := range st.Tensors {
			tensors[i] = commit.Tensor{Shape: t.Shape, Data: t.Data}
		}
		want := tr.StateRoot()
		got, _, err := commit.HashState(tensors, ncpu)
		if err != nil {
			fatalf("HashState: %v", err)
		}
		if got != want {
			fail("%s: HashState root %s != StateRoot %s", es.names[ei], got, want)
		}
		var seq, par []float64
		for rep := 0; rep < cfg.repeat; rep++ {
			seq = append(seq, measureOnce(cfg.minTime, func() { tr.StateRoot() }))
			par = append(par, measureOnce(cfg.minTime, func() {
				if _, _, err := commit.HashState(tensors, ncpu); err != nil {
					panic(err)
				}
			}))
		}
		mb := float64(len(st.Flat)*4) / 1e6
		ts, tp := median(seq), median(par)
		fmt.Printf("| %s | %.2f | %.2f | %.0f | %.1f%% | %.1f%% | %.2f | %.0f | %.1f%% |\n", es.names[ei], mb, ts*1e3, mb/ts,
			100*ts/es.step1[ei], 100*ts/es.stepAll[ei], tp*1e3, mb/tp, 100*tp/es.stepAll[ei])
	}

	// What training actually pays: steps with every step hash recorded (hashed on the kernel
	// pool's idle worker while the next step computes) against plain steps, interleaved.
	fmt.Printf("\nRecorded step hashes (what `veritrain train` does): median step time with recording on and off, measured alternately on the same trainer, %d threads.\n\n", ncpu)
	fmt.Printf("| example | plain step ms | recording step ms | overhead |\n|---|---|---|---|\n")
	for ei, tr := range es.trs {
		step := func() {
			if _, err := tr.Step(); err != nil {
				panic(err)
			}
		}
		var plain, rec []float64
		for rep := 0; rep < cfg.repeat; rep++ {
			plain = append(plain, measureOnce(cfg.minTime, step))
			tr.RecordHashes()
			rec = append(rec, measureOnce(cfg.minTime, step))
			tr.Close()
		}
		tp, tr2 := median(plain), median(rec)
		fmt.Printf("| %s | %.2f | %.2f | %+.1f%% |\n", es.names[ei], tp*1e3, tr2*1e3, 100*(tr2/tp-1))
	}

	// Checkpoints: the step loop encodes the state as safetensors (a copy); keccak256 of the file
	// and the fsynced write to the blob store run on a goroutine while training goes on.
	fmt.Printf("\nCheckpoints: the step loop pays the safetensors encoding (a copy of the state); the keccak256 of the file and the fsynced blob write run in the background. Amortised over the example's `train.checkpoint_every`.\n\n")
	fmt.Printf("| example | checkpoint MB | encode ms (in the loop) | hash+write ms (background) | every N steps | loop cost, %% of step time |\n|---|---|---|---|---|---|\n")
	dir, err := os.MkdirTemp("", "veritrain-bench-blobs-")
	if err != nil {
		fatalf("%v", err)
	}
	defer os.RemoveAll(dir)
	for ei, tr := range es.trs {
		blobs := &store.Blobs{Dir: dir}
		var b []byte
		var enc, put []float64
		for rep := 0; rep < cfg.repeat; rep++ {
			enc = append(enc, measureOnce(cfg.minTime, func() {
				var err error
				if b, err = tr.State.Encode(tr.Job.Hash, tr.StateRoot()); err != nil {
					panic(err)
				}
			}))
			put = append(put, measureOnce(cfg.minTime, func() {
				if _, err := blobs.Put(b); err != nil {
					panic(err)
				}
				os.RemoveAll(dir)
			}))
		}
		every := tr.Job.Train.CheckpointEvery
		te := median(enc)
		fmt.Printf("| %s | %.2f | %.1f | %.1f | %d | %.2f%% |\n", es.names[ei], float64(len(b))/1e6, te*1e3, median(put)*1e3, every, 100*te/float64(every)/es.stepAll[ei])
	}
}
