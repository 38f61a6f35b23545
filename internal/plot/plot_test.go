package plot

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name     string
		in       string
		loss     []Point
		eval     []Point
		acc      []Point
		rounds   int
		warnings int
		err      string // substring of the error; "" for none
	}{
		{name: "train run", in: "{\"step\":50,\"loss\":2.5}\n{\"step\":100,\"loss\":1.25}\n",
			loss: []Point{{50, 2.5}, {100, 1.25}}},
		{name: "train run with evaluations",
			in:   "{\"step\":1,\"loss\":3}\n{\"step\":2,\"loss\":2}\n{\"step\":2,\"eval_loss\":2.2,\"eval_accuracy\":0.5}\n{\"step\":3,\"loss\":1}\n{\"eval_accuracy\":0.75,\"eval_loss\":1.5,\"step\":3}\n",
			loss: []Point{{1, 3}, {2, 2}, {3, 1}}, eval: []Point{{2, 2.2}, {3, 1.5}}, acc: []Point{{2, 0.5}, {3, 0.75}}},
		{name: "sharded solver run", in: "{\"round\":0,\"step\":1,\"loss\":2.30}\n{\"round\":0,\"step\":2,\"loss\":2.1}\n{\"round\":1,\"step\":3,\"loss\":1.9e+00}\n",
			loss: []Point{{1, 2.3}, {2, 2.1}, {3, 1.9}}, rounds: 2},
		{name: "retrained round: the last entry of a step wins, steps sorted",
			in:   "{\"round\":0,\"step\":1,\"loss\":5}\n{\"round\":0,\"step\":2,\"loss\":4}\n{\"round\":0,\"step\":1,\"loss\":3}\n",
			loss: []Point{{1, 3}, {2, 4}}, rounds: 1},
		{name: "blank lines and CRLF", in: "\n{\"step\":1,\"loss\":1}\r\n\n  \n{\"step\":2,\"loss\":0.5}",
			loss: []Point{{1, 1}, {2, 0.5}}},
		{name: "unfinished last line is skipped with a warning", in: "{\"step\":1,\"loss\":1}\n{\"step\":2,\"lo",
			loss: []Point{{1, 1}}, warnings: 1},
		{name: "empty", in: ""},
		{name: "not JSON", in: "{\"step\":1,\"loss\":1}\nstep 2 loss 0.5\n", err: "f.jsonl:2: not a loss log line"},
		{name: "torn line in the middle", in: "{\"step\":1,\"loss\":1}\n{\"step\":2,\"lo\n{\"step\":3,\"loss\":1}\n", err: "f.jsonl:2:"},
		{name: "no step", in: "{\"loss\":1}\n", err: `f.jsonl:1: no "step" field`},
		{name: "no loss", in: "{\"step\":1}\n", err: `f.jsonl:1: neither "loss" nor "eval_loss"`},
		{name: "fractional step", in: "{\"step\":1.5,\"loss\":1}\n", err: "f.jsonl:1: not a loss log line"},
		{name: "negative step", in: "\n{\"step\":-1,\"loss\":1}\n", err: "f.jsonl:2: negative step"},
		{name: "negative round", in: "{\"round\":-1,\"step\":1,\"loss\":1}\n", err: "f.jsonl:1: negative round"},
		{name: "string loss", in: "{\"step\":1,\"loss\":\"NaN\"}\n", err: "f.jsonl:1:"},
		{name: "NaN written by %g", in: "{\"round\":0,\"step\":1,\"loss\":NaN}\n", err: "f.jsonl:1:"},
		{name: "out of range", in: "{\"step\":1,\"loss\":1e999}\n", err: "f.jsonl:1:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Parse(strings.NewReader(tc.in), "f.jsonl")
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(s.Loss, tc.loss) || !slices.Equal(s.Eval, tc.eval) || !slices.Equal(s.Accuracy, tc.acc) {
				t.Fatalf("loss %v eval %v acc %v, want %v %v %v", s.Loss, s.Eval, s.Accuracy, tc.loss, tc.eval, tc.acc)
			}
			if s.Rounds != tc.rounds || len(s.Warnings) != tc.warnings {
				t.Fatalf("rounds %d warnings %q, want %d and %d warnings", s.Rounds, s.Warnings, tc.rounds, tc.warnings)
			}
			if s.Empty() != (len(tc.loss)+len(tc.eval) == 0) {
				t.Fatalf("Empty() = %v", s.Empty())
			}
		})
	}
}

func TestSmooth(t *testing.T) {
	ps := func(vs ...float64) []Point {
		out := make([]Point, len(vs))
		for i, v := range vs {
			out[i] = Point{10 * (i + 1), v}
		}
		return out
	}
	for _, tc := range []struct {
		n        int
		in, want []Point
	}{
		{1, ps(4, 2, 6), ps(4, 2, 6)},
		{0, ps(4, 2, 6), ps(4, 2, 6)},
		{2, ps(4, 2, 6, 0), ps(4, 3, 4, 3)},
		{3, ps(3, 6, 9, 0, 3), ps(3, 4.5, 6, 5, 4)},
		{10, ps(1, 2, 3), ps(1, 1.5, 2)}, // a window longer than the series
		{3, nil, nil},
	} {
		got := Smooth(tc.in, tc.n)
		if len(got) != len(tc.want) {
			t.Fatalf("Smooth(%v, %d) = %v, want %v", tc.in, tc.n, got, tc.want)
		}
		for i := range got {
			if got[i].Step != tc.want[i].Step || math.Abs(got[i].Value-tc.want[i].Value) > 1e-12 {
				t.Fatalf("Smooth(%v, %d) = %v, want %v", tc.in, tc.n, got, tc.want)
			}
		}
	}
	// A long series: the prefix sums agree with a direct mean of each window.
	long := make([]Point, 5000)
	for i := range long {
		long[i] = Point{i, 2 + math.Sin(float64(i))}
	}
	got := Smooth(long, 37)
	for i := range long {
		lo, sum := max(0, i-36), 0.0
		for _, p := range long[lo : i+1] {
			sum += p.Value
		}
		if d := math.Abs(got[i].Value - sum/float64(i+1-lo)); d > 1e-9 {
			t.Fatalf("point %d: %v, direct mean %v", i, got[i].Value, sum/float64(i+1-lo))
		}
	}
}

func TestParseLength(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want vg.Length
		err  bool
	}{
		{"16cm", 16 * vg.Centimeter, false},
		{"16", 16 * vg.Centimeter, false},
		{"160mm", 160 * vg.Millimeter, false},
		{"6in", 6 * vg.Inch, false},
		{" 450 pt", 450, false},
		{"960px", 10 * vg.Inch, false},
		{"12.5CM", 12.5 * vg.Centimeter, false},
		{"", 0, true},
		{"cm", 0, true},
		{"16furlongs", 0, true},
		{"NaN", 0, true},
	} {
		got, err := ParseLength(tc.in)
		if (err != nil) != tc.err || !tc.err && math.Abs(float64(got-tc.want)) > 1e-9 {
			t.Errorf("ParseLength(%q) = %v, %v; want %v (error %v)", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestFormat(t *testing.T) {
	for in, want := range map[string]string{"loss.png": "png", "a/b/LOSS.PNG": "png", "x.svg": "svg", "x.pdf": "", "x": "", "x.png.txt": ""} {
		got, err := Format(in)
		if got != want || (err != nil) != (want == "") {
			t.Errorf("Format(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}

// writeLog writes a loss log into dir/rel/loss.jsonl and returns the run directory.
func writeLog(t *testing.T, dir, rel, content string) string {
	t.Helper()
	run := filepath.Join(dir, rel)
	if err := os.MkdirAll(run, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(run, LogFile), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return run
}

// trainLog is a loss log of steps steps, evaluated every evalEvery (0: only at the end).
func trainLog(steps, evalEvery int) string {
	var b strings.Builder
	for s := 1; s <= steps; s++ {
		fmt.Fprintf(&b, "{\"loss\":%g,\"step\":%d}\n", float32(0.1+2.2*math.Exp(-float64(s)/float64(steps/4+1))+0.05*math.Sin(float64(s))), s)
		if evalEvery > 0 && s%evalEvery == 0 && s != steps || s == steps {
			fmt.Fprintf(&b, "{\"eval_accuracy\":%g,\"eval_loss\":%g,\"step\":%d}\n", 0.9*float64(s)/float64(steps), 0.2+2*math.Exp(-float64(s)/float64(steps/4+1)), s)
		}
	}
	return b.String()
}

func shardLog(round0, rounds, inner int) string {
	var b strings.Builder
	for r := round0; r < round0+rounds; r++ {
		for i := 1; i <= inner; i++ {
			step := r*inner + i
			fmt.Fprintf(&b, "{\"round\":%d,\"step\":%d,\"loss\":%g}\n", r, step, float32(2.3/math.Sqrt(float64(step))))
		}
	}
	return b.String()
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	single := writeLog(t, dir, "runs/mnist", trainLog(40, 10))
	writeLog(t, dir, "demo/solver-1/runs/1-0-1", shardLog(0, 2, 10))
	writeLog(t, dir, "demo/solver-2/runs/1-1-1", shardLog(0, 2, 10))
	writeLog(t, dir, "demo/solver-3/runs/1-0-2", "") // an attempt that never trained
	writeLog(t, dir, "node/runs/7-0-1", trainLog(20, 0))
	if err := os.MkdirAll(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	emptyRun := writeLog(t, dir, "emptyrun", "\n")
	badRun := writeLog(t, dir, "badrun", "{\"step\":1,\"loss\":1}\n{\"step\":2}\n")
	other := writeLog(t, dir, "other/mnist", trainLog(10, 0))

	names := func(ss []*Series) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Name)
		}
		return out
	}
	ss, err := Load([]string{single, filepath.Join(dir, "demo"), filepath.Join(dir, "node")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"mnist", "demo/solver-1/runs/1-0-1", "demo/solver-2/runs/1-1-1", "node/runs/7-0-1"}
	if !slices.Equal(names(ss), want) {
		t.Fatalf("series %q, want %q", names(ss), want)
	}
	if len(ss[0].Loss) != 40 || len(ss[0].Eval) != 4 || ss[1].Rounds != 2 || len(ss[3].Eval) != 1 {
		t.Fatalf("series contents: %d losses, %d evals, %d rounds, %d evals", len(ss[0].Loss), len(ss[0].Eval), ss[1].Rounds, len(ss[3].Eval))
	}
	if w := ss[1].Warnings; len(w) != 1 || !strings.Contains(w[0], "1-0-2") {
		t.Fatalf("warnings %q, want one about the empty attempt", w)
	}
	// A node directory alone.
	ss, err = Load([]string{filepath.Join(dir, "demo", "solver-2")})
	if err != nil || !slices.Equal(names(ss), []string{"solver-2/runs/1-1-1"}) {
		t.Fatalf("Load(node dir) = %q, %v", names(ss), err)
	}
	// Same last element twice: full paths.
	ss, err = Load([]string{single, other})
	if err != nil || !slices.Equal(names(ss), []string{filepath.ToSlash(single), filepath.ToSlash(other)}) {
		t.Fatalf("Load(two mnist) = %q, %v", names(ss), err)
	}

	for _, tc := range []struct {
		dirs []string
		err  string
	}{
		{nil, "no run directory"},
		{[]string{filepath.Join(dir, "missing")}, "missing: no such directory"},
		{[]string{filepath.Join(dir, "empty")}, "empty: no loss.jsonl"},
		{[]string{filepath.Join(single, LogFile)}, "is not a directory"},
		{[]string{emptyRun}, "emptyrun/loss.jsonl: no loss entries"},
		{[]string{single, badRun}, "badrun/loss.jsonl:2:"},
		{[]string{filepath.Join(dir, "demo", "solver-3")}, "every run's loss.jsonl is empty"},
	} {
		if _, err := Load(tc.dirs); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Load(%q): error %v, want one containing %q", tc.dirs, err, tc.err)
		}
	}
	if _, err := ReadFile(filepath.Join(dir, "empty", LogFile)); err == nil || !strings.Contains(err.Error(), "no loss log") {
		t.Errorf("ReadFile(missing): %v", err)
	}
	if s, err := ReadFile(filepath.Join(single, LogFile)); err != nil || len(s.Loss) != 40 {
		t.Errorf("ReadFile: %v", err)
	}
}

// checkPNG decodes a PNG, checks its size and that it has a drawn curve in the given colour
// family: enough non-white pixels, in more than one colour.
func checkPNG(t *testing.T, b []byte, w, h int) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if got := img.Bounds().Size(); got != (image.Point{w, h}) {
		t.Fatalf("PNG is %v, want %dx%d", got, w, h)
	}
	nonWhite, colours := 0, map[[3]uint32]bool{}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if r < 0xf000 || g < 0xf000 || b < 0xf000 {
				nonWhite++
				colours[[3]uint32{r >> 12, g >> 12, b >> 12}] = true
			}
		}
	}
	if nonWhite < w*h/100 || len(colours) < 3 {
		t.Fatalf("PNG looks blank: %d non-white pixels of %d, %d colours", nonWhite, w*h, len(colours))
	}
	return img
}

func TestRender(t *testing.T) {
	dir := t.TempDir()
	runA := writeLog(t, dir, "runs/a", trainLog(300, 50))
	runB := writeLog(t, dir, "node/runs/1-0-1", shardLog(0, 3, 100))
	one := writeLog(t, dir, "runs/one", "{\"step\":5,\"loss\":1.5}\n{\"step\":5,\"eval_loss\":1.7,\"eval_accuracy\":0.4}\n")
	flat := writeLog(t, dir, "runs/flat", "{\"step\":1,\"loss\":1}\n{\"step\":2,\"loss\":1}\n")
	zero := writeLog(t, dir, "runs/zero", "{\"step\":1,\"loss\":1}\n{\"step\":2,\"loss\":0}\n")
	load := func(dirs ...string) []*Series {
		ss, err := Load(dirs)
		if err != nil {
			t.Fatal(err)
		}
		return ss
	}
	for _, tc := range []struct {
		name string
		ss   []*Series
		opt  Options
		w, h int
	}{
		{"one run, default size", load(runA), Options{}, 605, 378},
		{"two runs, smoothed, log y", load(runA, runB), Options{Smooth: 20, LogY: true, Title: "sharded vs single"}, 605, 378},
		{"a single point", load(one), Options{LogY: true}, 605, 378},
		{"flat, log y", load(flat), Options{LogY: true}, 605, 378},
		{"custom size", load(runA), Options{Width: 800 * vg.Inch / 96, Height: 500 * vg.Inch / 96}, 800, 500},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(&buf, "png", tc.ss, tc.opt); err != nil {
				t.Fatal(err)
			}
			checkPNG(t, buf.Bytes(), tc.w, tc.h)
		})
	}

	// SVG: a document with a path per curve and the legend's names.
	var buf bytes.Buffer
	if err := Render(&buf, "svg", load(runA, runB), Options{Title: "runs"}); err != nil {
		t.Fatal(err)
	}
	svg := buf.String()
	for _, want := range []string{"<svg", "</svg>", "<path", "runs", "1-0-1 (3 rounds)", "a eval (last accuracy 90.0%)"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG has no %q", want)
		}
	}

	// WriteFile: the file appears whole; errors leave nothing behind.
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(filepath.Join(out, "loss.png"), load(runA), Options{}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "loss.png"))
	if err != nil {
		t.Fatal(err)
	}
	checkPNG(t, b, 605, 378)
	if err := WriteFile(filepath.Join(out, "loss.svg"), load(runA), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path string
		ss   []*Series
		opt  Options
		err  string
	}{
		{"bad.pdf", load(runA), Options{}, `unknown format ".pdf"`},
		{"bad", load(runA), Options{}, "no extension"},
		{"nodir/bad.png", load(runA), Options{}, "does not exist"},
		{"bad.png", nil, Options{}, "nothing to plot"},
		{"bad.png", load(zero), Options{LogY: true}, "--log-y"},
		{"bad.png", load(runA), Options{Smooth: -1}, "smoothing"},
		{"bad.png", load(runA), Options{Width: vg.Centimeter}, "chart width 1.0cm"},
		{"bad.png", load(runA), Options{Height: 100 * vg.Inch}, "chart height"},
	} {
		if err := WriteFile(filepath.Join(out, tc.path), tc.ss, tc.opt); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("WriteFile(%s): error %v, want one containing %q", tc.path, err, tc.err)
		}
	}
	ents, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, e := range ents {
		left = append(left, e.Name())
	}
	if !slices.Equal(left, []string{"loss.png", "loss.svg"}) {
		t.Fatalf("files after the failed writes: %q, want only loss.png and loss.svg", left)
	}
}

func TestTicks(t *testing.T) {
	labels := func(ts []gplot.Tick) string {
		var out []string
		for _, tk := range ts {
			if !tk.IsMinor() {
				out = append(out, tk.Label)
			}
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		ticker gplot.Ticker
		lo, hi float64
		want   string
	}{
		{niceTicks{integer: true}, 1, 2400, "500 1000 1500 2000"},
		{niceTicks{integer: true}, 0, 12, "0 5 10"},
		{niceTicks{integer: true}, 1, 3, "1 2 3"},
		{niceTicks{}, 0.012, 2.31, "0.5 1.0 1.5 2.0"},
		{niceTicks{}, 0.3, 0.45, "0.30 0.35 0.40 0.45"},
		{niceTicks{}, 5, 5, "5"},
		{logTicks{}, 0.015, 2.3, "0.02 0.05 0.1 0.2 0.5 1 2"},
		{logTicks{}, 0.001, 50, "0.001 0.01 0.1 1 10"},
		{logTicks{}, 2.1, 2.5, "2.1 2.2 2.3 2.4 2.5"}, // within a decade: linear ticks
	} {
		if got := labels(tc.ticker.Ticks(tc.lo, tc.hi)); got != tc.want {
			t.Errorf("%T.Ticks(%g, %g) labels %q, want %q", tc.ticker, tc.lo, tc.hi, got, tc.want)
		}
	}
}
