//go:build bench

// Command bench is veritrain's reproducible benchmark harness (`make bench`). In one run it
// measures, as medians of repeated interleaved measurements with ratios against references
// measured in the same run:
//
//  1. matrix multiply C = A·Bᵀ (float32) in GFLOP/s: tensor.MatMulABT against OpenBLAS
//     (cblas_sgemm through cgo) and gonum's blas32 Sgemm, on square sizes and on the shapes of the
//     two examples, single-threaded and with all cores;
//  2. MNIST training throughput (MLP 784-256-10, batch 64, SGD momentum 0.9, lr 0.05, one
//     thread) of veritrain's engine against Gorgonia's TapeMachine and a plain-Go trainer, and the
//     step time of examples/mnist-mlp.toml and examples/char-gpt.toml;
//  3. the cost of the per-step commitment (the full state root) relative to the step time;
//  4. the peak RSS at the end of each section.
//
// Every file of the package carries the build tag "bench", so `go build ./...`, `go vet ./...`
// and `go test ./...` never need cgo or OpenBLAS. Run it with
//
//	make bench                      # installs libopenblas-dev if needed, then the default run (~8 min)
//	go run -tags bench ./bench -quick
//	go run -tags bench ./bench -sizes 512,1024 -repeat 7
//
// Machines are noisy (shared VMs drift by ±25% over minutes): compare ratios measured in one run,
// not absolute numbers across runs.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/cpu"

	"veritrain/internal/tensor"
)

// config holds the flags, after -quick has filled in what was not set explicitly.
type config struct {
	quick     bool
	sizes     []int
	repeat    int
	minTime   time.Duration // minimum duration of one matmul/hash measurement
	mlpSteps  int           // steps per training measurement (framework comparison)
	dense     bool          // also compare on dense (zero-free) input
	exSteps   int           // steps per example step-time measurement
	coretype  string        // OpenBLAS core type tried in a child process
	timeout   time.Duration
	sections  string
	childMode bool // internal: run as the OPENBLAS_CORETYPE child
}

var ncpu = runtime.NumCPU()

func main() {
	var cfg config
	var sizes string
	flag.BoolVar(&cfg.quick, "quick", false, "short run (~1 minute): sizes 256,512,1024, 3 repetitions, fewer steps")
	flag.StringVar(&sizes, "sizes", "256,512,1024,2048", "square matmul sizes, comma-separated")
	flag.IntVar(&cfg.repeat, "repeat", 5, "repetitions per measurement (medians are reported)")
	flag.DurationVar(&cfg.minTime, "mintime", 150*time.Millisecond, "minimum duration of one matmul or hashing measurement")
	flag.IntVar(&cfg.mlpSteps, "mlp-steps", 300, "training steps (batch 64) per measurement in the framework comparison")
	flag.BoolVar(&cfg.dense, "dense", true, "also run the framework comparison on dense (zero-free) input")
	flag.IntVar(&cfg.exSteps, "example-steps", 8, "steps per measurement of the example step times")
	flag.StringVar(&cfg.coretype, "coretype", "SkylakeX", "OPENBLAS_CORETYPE tried in a child process (AVX-512 types only where the CPU has avx512f)")
	flag.DurationVar(&cfg.timeout, "timeout", 20*time.Minute, "stop the whole run after this long")
	flag.StringVar(&cfg.sections, "sections", "1234", "sections to run: 1 matmul, 2 training, 3 commitment (needs 2's step times, runs them if 2 is off), 4 is always printed")
	flag.BoolVar(&cfg.childMode, "openblas-child", false, "internal: measure OpenBLAS only and print the medians as lines for the parent")
	flag.Parse()
	if cfg.quick {
		set := map[string]bool{}
		flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
		def := func(name string, apply func()) {
			if !set[name] {
				apply()
			}
		}
		def("sizes", func() { sizes = "256,512,1024" })
		def("repeat", func() { cfg.repeat = 3 })
		def("mintime", func() { cfg.minTime = 60 * time.Millisecond })
		def("mlp-steps", func() { cfg.mlpSteps = 100 })
		def("dense", func() { cfg.dense = false })
		def("example-steps", func() { cfg.exSteps = 4 })
	}
	for _, s := range strings.Split(sizes, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 8192 {
			fatalf("-sizes: bad size %q (want integers in [1, 8192])", s)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	if cfg.repeat < 1 || cfg.mlpSteps < 1 || cfg.exSteps < 1 {
		fatalf("-repeat, -mlp-steps and -example-steps must be positive")
	}

	// The harness must stop by itself whatever happens (a hung child, a pathological kernel).
	time.AfterFunc(cfg.timeout, func() {
		fmt.Fprintf(os.Stderr, "bench: stopped after -timeout %v\n", cfg.timeout)
		os.Exit(3)
	})

	if cfg.childMode {
		runOpenBLASChild(&cfg)
		return
	}

	start := time.Now()
	printHeader(&cfg)
	rss := newRSSTracker()
	var steps *exampleSteps
	if strings.Contains(cfg.sections, "1") {
		rss.begin()
		sectionMatmul(&cfg)
		rss.report("1 (matmul)")
	}
	if strings.Contains(cfg.sections, "2") {
		rss.begin()
		sectionTraining(&cfg)
		steps = sectionExamples(&cfg)
		rss.report("2 (training)")
	}
	if strings.Contains(cfg.sections, "3") {
		rss.begin()
		if steps == nil {
			steps = sectionExamples(&cfg)
		}
		sectionCommit(&cfg, steps)
		rss.report("3 (commitment)")
	}
	fmt.Printf("\n## 4. Peak RSS\n\n")
	rss.summary()
	fmt.Printf("\nTotal wall time %.1f s.\n", time.Since(start).Seconds())
	if len(failures) > 0 {
		fmt.Printf("\n%d correctness check(s) FAILED (see MISMATCH lines above)\n", len(failures))
		os.Exit(1)
	}
}

// failures collects correctness-check failures: they are printed where they occur and make the
// run exit with status 1 after the full report.
var failures []string

func fail(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	fmt.Printf("MISMATCH: %s\n", msg)
	failures = append(failures, msg)
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	os.Exit(1)
}

// setThreads sets every knob that decides how many cores the Go code may use: GOMAXPROCS (gonum
// and Gorgonia parallelise over it, and it keeps the garbage collector on the same cores) and
// veritrain's kernel threads. OpenBLAS has its own setting (openblasSetThreads).
func setThreads(n int) {
	runtime.GOMAXPROCS(n)
	tensor.SetThreads(n)
}

// measure runs fn at least once and until minTime has passed, and returns the mean seconds per
// call of that one measurement (callers take medians over repetitions).
func measure(minTime time.Duration, fn func()) float64 {
	iters := 0
	start := time.Now()
	for {
		fn()
		iters++
		if el := time.Since(start); el >= minTime {
			return el.Seconds() / float64(iters)
		}
	}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// spread is max/min of the samples, a quick noise indicator printed beside medians.
func spread(xs []float64) float64 {
	if len(xs) == 0 || slices.Min(xs) <= 0 {
		return 0
	}
	return slices.Max(xs) / slices.Min(xs)
}

func ratio(a, b float64) string {
	if a <= 0 || b <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.2fx", a/b)
}

func printHeader(cfg *config) {
	fmt.Printf("# veritrain benchmark (make bench)\n\n")
	fmt.Printf("- date: %s\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Printf("- machine: %s, %d logical CPUs, AVX2 %v, FMA %v, AVX-512F %v, GOAMD64 %s\n",
		cpuModel(), ncpu, cpu.X86.HasAVX2, cpu.X86.HasFMA, cpu.X86.HasAVX512F, goamd64())
	fmt.Printf("- Go %s %s/%s; %s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, depVersions())
	fmt.Printf("- source: %s\n", sourceInfo())
	fmt.Printf("- OpenBLAS: %s; default kernel (auto-selected core) %q\n", openblasConfig(), openblasCorename())
	fmt.Printf("- flags: quick=%v sizes=%v repeat=%d mintime=%v mlp-steps=%d dense=%v example-steps=%d\n",
		cfg.quick, cfg.sizes, cfg.repeat, cfg.minTime, cfg.mlpSteps, cfg.dense, cfg.exSteps)
	fmt.Printf("- every number is the median of %d measurements; implementations are interleaved within each repetition; ratios are veritrain / reference (above 1 means veritrain is faster)\n", cfg.repeat)
}

// sourceInfo names the commit measured and the packages with uncommitted changes (a kernel being
// edited changes the numbers).
func sourceInfo() string {
	rev, err := exec.Command("git", "rev-parse", "--short=12", "HEAD").Output()
	if err != nil {
		return "not a git checkout"
	}
	st, _ := exec.Command("git", "status", "--porcelain", "--", ".").Output()
	dirs := map[string]bool{}
	var list []string
	for _, line := range strings.Split(string(st), "\n") {
		if len(line) < 4 {
			continue
		}
		d := filepath.Dir(strings.TrimSpace(line[3:]))
		if !dirs[d] {
			dirs[d] = true
			list = append(list, d)
		}
	}
	s := "git " + strings.TrimSpace(string(rev))
	if len(list) > 0 {
		s += " with uncommitted changes in " + strings.Join(list, ", ")
	}
	return s
}

func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	f := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" {
			break // first processor only
		}
		if k, v, ok := strings.Cut(line, ":"); ok {
			f[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return fmt.Sprintf("%s (family %s model %s, %s MHz, L2 %s)", f["model name"], f["cpu family"], f["model"], f["cpu MHz"], l2Size())
}

func l2Size() string {
	b, err := os.ReadFile("/sys/devices/system/cpu/cpu0/cache/index2/size")
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(b))
}

func goamd64() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "GOAMD64" {
				return s.Value
			}
		}
	}
	return "v1"
}

func depVersions() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "module versions unknown"
	}
	var out []string
	for _, d := range bi.Deps {
		switch d.Path {
		case "gonum.org/v1/gonum", "gorgonia.org/gorgonia", "gorgonia.org/tensor":
			out = append(out, d.Path+" "+d.Version)
		}
	}
	return strings.Join(out, ", ")
}

// rssTracker reports VmHWM (peak resident set) from /proc/self/status. At the start of each
// section it resets the high-water mark to the current RSS by writing 5 to /proc/self/clear_refs
// (Linux >= 4.0), so each section's figure is that section's own peak; the process peak is the
// largest of them.
type rssTracker struct {
	canReset bool
	rows     [][2]string
	procPeak int64
}

func newRSSTracker() *rssTracker { return &rssTracker{} }

func (r *rssTracker) begin() {
	runtime.GC()
	debug.FreeOSMemory()
	r.procPeak = max(r.procPeak, statusKB("VmHWM"))
	r.canReset = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

func (r *rssTracker) report(section string) {
	hwm := statusKB("VmHWM")
	r.procPeak = max(r.procPeak, hwm)
	what := "peak within the section"
	if !r.canReset {
		what = "process peak so far (could not reset the mark)"
	}
	line := fmt.Sprintf("%.0f MiB (%s); process peak so far %.0f MiB", float64(hwm)/1024, what, float64(r.procPeak)/1024)
	fmt.Printf("\nPeak RSS at the end of section %s: VmHWM %s\n", section, line)
	r.rows = append(r.rows, [2]string{section, fmt.Sprintf("%.0f", float64(hwm)/1024)})
}

func (r *rssTracker) summary() {
	fmt.Printf("| section | VmHWM at its end (MiB, peak within the section) |\n|---|---|\n")
	for _, row := range r.rows {
		fmt.Printf("| %s | %s |\n", row[0], row[1])
	}
	r.procPeak = max(r.procPeak, statusKB("VmHWM"))
	fmt.Printf("| whole process | %.0f |\n", float64(r.procPeak)/1024)
}

func statusKB(key string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && k == key {
			f := strings.Fields(v)
			if len(f) > 0 {
				n, _ := strconv.ParseInt(f[0], 10, 64)
				return n
			}
		}
	}
	return 0
}
