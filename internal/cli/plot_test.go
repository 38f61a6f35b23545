package cli

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// trainForPlot trains the tiny spec for 12 steps, logging every step and evaluating every 4,
// and returns the run directory.
func trainForPlot(t *testing.T) string {
	t.Helper()
	path := writeSpec(t)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), "steps = 6\n", "steps = 12\nlog_every = 1\n", 1)
	s = strings.Replace(s, "[eval]\n", "[eval]\nevery = 4\n", 1)
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "cli-tiny")
	if code, _, stderr := run(t, context.Background(), "train", "--quiet", "--out", dir, path); code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	return dir
}

// writePlotFixture writes content to dir/rel, creating the directories.
func writePlotFixture(t *testing.T, dir, rel, content string) {
	t.Helper()
	p := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestPlotCommand(t *testing.T) {
	runDir := trainForPlot(t)
	log, err := os.ReadFile(filepath.Join(runDir, "loss.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(log), `"eval_loss"`); n != 3 || strings.Count(string(log), `"loss"`) != 12 {
		t.Fatalf("the run's loss.jsonl has %d evaluations, want 3:\n%s", n, log)
	}
	out := t.TempDir()

	// One run, PNG.
	png1 := filepath.Join(out, "loss.png")
	code, stdout, stderr := run(t, context.Background(), "plot", runDir, "-o", png1)
	if code != 0 {
		t.Fatalf("plot: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "wrote "+png1+": cli-tiny (12 points to step 12") || !strings.Contains(stdout, "eval loss") {
		t.Errorf("stdout %q", stdout)
	}
	b, err := os.ReadFile(png1)
	if err != nil {
		t.Fatal(err)
	}
	checkPlotPNG(t, b, 605, 378)

	// The run against a sharded solver's node directory, SVG, smoothed, log scale, custom size.
	node := filepath.Join(out, "solver-2")
	writePlotFixture(t, node, "runs/1-0-1/loss.jsonl", "{\"round\":0,\"step\":1,\"loss\":4.1}\n{\"round\":0,\"step\":2,\"loss\":3.9}\n{\"round\":1,\"step\":3,\"loss\":3.5}\n{\"round\":1,\"step\":4,\"loss\":3.2}\n")
	svg := filepath.Join(out, "compare.svg")
	code, _, stderr = run(t, context.Background(), "plot", runDir, node, "--output", svg, "--smooth", "2", "--log-y",
		"--title", "one solver vs shards", "--width", "20cm", "--height", "480px")
	if code != 0 {
		t.Fatalf("plot svg: exit %d: %s", code, stderr)
	}
	b, err = os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<svg", "one solver vs shards", "cli-tiny eval", "solver-2/runs/1-0-1 (2 rounds, mean of 2)", "log scale"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("the SVG has no %q", want)
		}
	}

	// PNG size from --width/--height in pixels.
	png2 := filepath.Join(out, "big.png")
	if code, _, stderr := run(t, context.Background(), "plot", runDir, "-o", png2, "--width", "800px", "--height", "500px"); code != 0 {
		t.Fatalf("plot 800x500: exit %d: %s", code, stderr)
	}
	if b, err = os.ReadFile(png2); err != nil {
		t.Fatal(err)
	}
	checkPlotPNG(t, b, 800, 500)

	// The help names the formats and the evaluation curve.
	if code, stdout, _ := run(t, context.Background(), "plot", "--help"); code != 0 || !strings.Contains(stdout, "eval.every") || !strings.Contains(stdout, "--smooth") {
		t.Errorf("plot --help: exit %d, %q", code, stdout)
	}
}

func TestPlotBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	writePlotFixture(t, good, "loss.jsonl", "{\"step\":1,\"loss\":2}\n{\"step\":2,\"loss\":1}\n")
	bad := filepath.Join(dir, "bad")
	writePlotFixture(t, bad, "loss.jsonl", "{\"step\":1,\"loss\":2}\n{\"step\":2,\"loss\":1}\nstep 3 loss 0.5\n")
	empty := filepath.Join(dir, "empty")
	writePlotFixture(t, empty, "loss.jsonl", "")
	noLog := filepath.Join(dir, "nolog")
	if err := os.MkdirAll(noLog, 0o755); err != nil {
		t.Fatal(err)
	}
	zero := filepath.Join(dir, "zero")
	writePlotFixture(t, zero, "loss.jsonl", "{\"step\":1,\"loss\":0}\n")

	for _, tc := range []struct {
		name string
		args []string // "OUT" is replaced by the output file
		want []string // fragments of stderr
	}{
		{"missing dir", []string{filepath.Join(dir, "missing"), "-o", "OUT.png"}, []string{"missing: no such directory"}},
		{"no -o", []string{good}, []string{"-o/--output is required"}},
		{"unknown extension", []string{good, "-o", "OUT.pdf"}, []string{"-o/--output", `unknown format ".pdf"`}},
		{"no extension", []string{good, "-o", "OUT"}, []string{"-o/--output", "no extension"}},
		{"malformed loss.jsonl", []string{good, bad, "-o", "OUT.png"}, []string{filepath.Join(bad, "loss.jsonl") + ":3:"}},
		{"empty loss.jsonl", []string{empty, "-o", "OUT.png"}, []string{filepath.Join(empty, "loss.jsonl"), "no loss entries"}},
		{"no loss.jsonl", []string{noLog, "-o", "OUT.png"}, []string{"nolog: no loss.jsonl"}},
		{"no DIR", []string{"-o", "OUT.png"}, []string{"one or more run directories"}},
		{"smooth 0", []string{good, "-o", "OUT.png", "--smooth", "0"}, []string{"--smooth must be at least 1"}},
		{"bad width", []string{good, "-o", "OUT.png", "--width", "wide"}, []string{"--width", `"wide" is not a length`}},
		{"tiny height", []string{good, "-o", "OUT.png", "--height", "1cm"}, []string{"--height 1cm", "between"}},
		{"log of zero", []string{zero, "-o", "OUT.png", "--log-y"}, []string{"--log-y", "step 1 has loss 0"}},
		{"output directory missing", []string{good, "-o", filepath.Join(dir, "nowhere", "x.png")}, []string{"does not exist"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			args := []string{"plot"}
			for _, a := range tc.args {
				args = append(args, strings.Replace(a, "OUT", filepath.Join(out, "loss"), 1))
			}
			code, stdout, stderr := run(t, context.Background(), args...)
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q does not contain %q", stderr, w)
				}
			}
			if ents, _ := os.ReadDir(out); len(ents) != 0 {
				t.Errorf("a failed plot left %d files in the output directory (%s)", len(ents), ents[0].Name())
			}
		})
	}
}

// checkPlotPNG decodes a PNG and checks its size and that something is drawn on it.
func checkPlotPNG(t *testing.T, b []byte, w, h int) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if got := img.Bounds().Size(); got != (image.Point{w, h}) {
		t.Fatalf("the PNG is %v, want %dx%d", got, w, h)
	}
	dark, coloured := 0, 0
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if r < 0x8000 && g < 0x8000 && b < 0x8000 {
				dark++ // axes and text
			}
			if max(r, g, b)-min(r, g, b) > 0x4000 {
				coloured++ // curves
			}
		}
	}
	if dark < w*h/1000 || coloured < w*h/1000 {
		t.Fatalf("the PNG looks blank: %d dark and %d coloured pixels of %d", dark, coloured, w*h)
	}
}
