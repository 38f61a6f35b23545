// Package plot reads the loss logs of training runs (loss.jsonl) into series and renders them
// as a PNG or SVG line chart with gonum/plot: the training loss of every run and, where the run
// evaluated, its evaluation loss. It is pure: no flags, no printing; the CLI is `veritrain plot`.
//
// Two line formats are read, both one JSON object per line:
//
//	{"step":N,"loss":X}                               veritrain train (internal/train/run.go)
//	{"step":N,"eval_loss":X,"eval_accuracy":A}        the same log, on every evaluation
//	{"round":R,"step":N,"loss":X}                     a solver's sharded run (internal/node/rounds.go)
//
// A run that was resumed or a round that was retrained logs some steps again: the last entry of
// a step wins.
package plot

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// LogFile is the name of a run directory's loss log.
const LogFile = "loss.jsonl"

// Point is one logged value.
type Point struct {
	Step  int
	Value float64
}

// Series is one run's loss log.
type Series struct {
	Name     string  // the legend label
	Path     string  // the loss.jsonl it was read from
	Loss     []Point // training loss, by increasing step, one per step
	Eval     []Point // evaluation loss, by increasing step
	Accuracy []Point // evaluation accuracy (a fraction), at the Eval steps
	Rounds   int     // distinct rounds logged (a sharded run), 0 otherwise
	Warnings []string
}

// Empty reports whether the log holds no loss at all.
func (s *Series) Empty() bool { return len(s.Loss) == 0 && len(s.Eval) == 0 }

// entry is one line of a loss log. Pointers tell a missing field from a zero.
type entry struct {
	Step         *int     `json:"step"`
	Round        *int     `json:"round"`
	Loss         *float64 `json:"loss"`
	EvalLoss     *float64 `json:"eval_loss"`
	EvalAccuracy *float64 `json:"eval_accuracy"`
}

// Parse reads a loss log from r; path names it in errors ("path:line: ..."). Blank lines are
// skipped, and so is a last line that is not terminated by a newline and does not parse (a
// write in progress: the run is still training), with a warning. Any other line that is not one
// of the formats is an error.
func Parse(r io.Reader, path string) (*Series, error) {
	s := &Series{Path: path}
	loss, eval, acc := map[int]float64{}, map[int]float64{}, map[int]float64{}
	rounds := map[int]bool{}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, rerr := br.ReadBytes('\n')
		if rerr != nil && rerr != io.EOF {
			return nil, fmt.Errorf("%s: %w", path, rerr)
		}
		terminated := len(line) > 0 && line[len(line)-1] == '\n'
		text := bytes.TrimSpace(line)
		if len(text) > 0 {
			e, err := parseLine(text)
			switch {
			case err != nil && !terminated:
				s.Warnings = append(s.Warnings, fmt.Sprintf("%s:%d: skipped an unfinished last line (%v)", path, n, err))
			case err != nil:
				return nil, fmt.Errorf("%s:%d: %w", path, n, err)
			default:
				step := *e.Step
				if e.Loss != nil {
					loss[step] = *e.Loss
				}
				if e.EvalLoss != nil {
					eval[step] = *e.EvalLoss
					if e.EvalAccuracy != nil {
						acc[step] = *e.EvalAccuracy
					}
				}
				if e.Round != nil {
					rounds[*e.Round] = true
				}
			}
		}
		if rerr == io.EOF {
			break
		}
	}
	s.Loss, s.Eval, s.Accuracy = points(loss), points(eval), points(acc)
	s.Rounds = len(rounds)
	return s, nil
}

// parseLine decodes and checks one non-blank line.
func parseLine(text []byte) (entry, error) {
	var e entry
	if err := json.Unmarshal(text, &e); err != nil {
		return e, fmt.Errorf("not a loss log line (%v): %s", err, clip(text))
	}
	switch {
	case e.Step == nil:
		return e, fmt.Errorf(`no "step" field: %s`, clip(text))
	case *e.Step < 0:
		return e, fmt.Errorf("negative step %d: %s", *e.Step, clip(text))
	case e.Loss == nil && e.EvalLoss == nil:
		return e, fmt.Errorf(`neither "loss" nor "eval_loss": %s`, clip(text))
	case e.Round != nil && *e.Round < 0:
		return e, fmt.Errorf("negative round %d: %s", *e.Round, clip(text))
	}
	return e, nil
}

func clip(b []byte) string {
	const max = 80
	if len(b) > max {
		return string(b[:max]) + "..."
	}
	return string(b)
}

func points(m map[int]float64) []Point {
	ps := make([]Point, 0, len(m))
	for step, v := range m {
		ps = append(ps, Point{step, v})
	}
	slices.SortFunc(ps, func(a, b Point) int { return a.Step - b.Step })
	return ps
}

// ReadFile reads the loss log at path. A missing or empty log (no loss entries) is an error.
func ReadFile(path string) (*Series, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no loss log (is %s a run directory of 'veritrain train' or of a solver node?)", path, filepath.Dir(path))
		}
		return nil, err
	}
	defer f.Close()
	s, err := Parse(f, path)
	if err != nil {
		return nil, err
	}
	if s.Empty() {
		return nil, fmt.Errorf("%s: no loss entries (the run has not logged a step yet)", path)
	}
	return s, nil
}

// Discover lists the run directories that dir names: dir itself if it holds a loss.jsonl; else
// the runs of a node's data directory (dir/runs/*/loss.jsonl); else those of every node of a demo
// directory (dir/*/runs/*/loss.jsonl). Runs are in lexical order.
func Discover(dir string) ([]string, error) {
	fi, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such directory", dir)
		}
		return nil, err
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a directory (give a run directory, a node's data directory or a demo directory)", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, LogFile)); err == nil {
		return []string{dir}, nil
	}
	for _, pattern := range []string{filepath.Join("runs", "*", LogFile), filepath.Join("*", "runs", "*", LogFile)} {
		logs, err := filepath.Glob(filepath.Join(globEscape(dir), pattern))
		if err != nil {
			return nil, err
		}
		if len(logs) > 0 {
			runs := make([]string, len(logs))
			for i, l := range logs {
				runs[i] = filepath.Dir(l)
			}
			slices.Sort(runs)
			return runs, nil
		}
	}
	return nil, fmt.Errorf("%s: no %s, and no runs/*/%s below it (give a run directory, a node's data directory or a demo directory)", dir, LogFile, LogFile)
}

// globEscape quotes the glob metacharacters of a literal path.
func globEscape(p string) string {
	r := strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`)
	return r.Replace(p)
}

// Load reads every run that dirs name (Discover), one series each, named by its path relative
// to the parent of the argument it came from (a run directory "runs/mnist" is "mnist", a node
// directory "s1" gives "s1/runs/1-0-1"). A run directory given directly must have a non-empty
// log; runs found below a node or demo directory with an empty log are skipped with a warning
// (an attempt that never trained), as long as one is left.
func Load(dirs []string) ([]*Series, error) {
	if len(dirs) == 0 {
		return nil, errors.New("no run directory given")
	}
	var all []*Series
	for _, dir := range dirs {
		runs, err := Discover(dir)
		if err != nil {
			return nil, err
		}
		direct := len(runs) == 1 && runs[0] == dir
		base := filepath.Base(dir)
		if abs, err := filepath.Abs(dir); err == nil {
			base = filepath.Base(abs)
		}
		var found []*Series
		var skipped []string
		for _, run := range runs {
			path := filepath.Join(run, LogFile)
			f, err := os.Open(path)
			if err != nil {
				return nil, err
			}
			s, err := Parse(f, path)
			f.Close()
			if err != nil {
				return nil, err
			}
			if s.Empty() {
				if direct {
					return nil, fmt.Errorf("%s: no loss entries (the run has not logged a step yet)", path)
				}
				skipped = append(skipped, path)
				continue
			}
			rel, err := filepath.Rel(dir, run)
			if err != nil {
				rel = run
			}
			s.Name = filepath.ToSlash(filepath.Join(base, rel))
			found = append(found, s)
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s: every run's %s is empty: %s", dir, LogFile, strings.Join(skipped, ", "))
		}
		for _, p := range skipped {
			found[0].Warnings = append(found[0].Warnings, fmt.Sprintf("%s: no loss entries, skipped", p))
		}
		all = append(all, found...)
	}
	// Two arguments with the same last element (a/run, b/run): name those by their full path.
	count := map[string]int{}
	for _, s := range all {
		count[s.Name]++
	}
	for _, s := range all {
		if count[s.Name] > 1 {
			s.Name = filepath.ToSlash(filepath.Dir(s.Path))
		}
	}
	return all, nil
}

// Smooth returns the trailing moving average of ps over n points: point i becomes the mean of
// points max(0, i-n+1)..i (fewer at the start), at its own step. n <= 1 returns ps unchanged.
func Smooth(ps []Point, n int) []Point {
	if n <= 1 || len(ps) == 0 {
		return ps
	}
	// Prefix sums in float64: loss logs are float32 values, so the rounding of the differences
	// stays far below anything a plot shows.
	prefix := make([]float64, len(ps)+1)
	for i, p := range ps {
		prefix[i+1] = prefix[i] + p.Value
	}
	out := make([]Point, len(ps))
	for i, p := range ps {
		lo := max(0, i-n+1)
		out[i] = Point{p.Step, (prefix[i+1] - prefix[lo]) / float64(i+1-lo)}
	}
	return out
}

// formatPercent formats a fraction as a percentage for a legend.
func formatPercent(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "?"
	}
	return strconv.FormatFloat(100*f, 'f', 1, 64) + "%"
}
