package plot

import (
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	gplot "gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Length is a chart dimension (vg.Length: 1 is a PostScript point, 1/72 in).
type Length = vg.Length

// Options shape a chart.
type Options struct {
	Title         string    // "" gives "loss" (and the run's name if there is one run)
	Width, Height vg.Length // 0 gives DefaultWidth, DefaultHeight
	Smooth        int       // moving average of the training loss over this many points; 0 or 1: raw
	LogY          bool      // logarithmic loss axis
}

// The default chart size (605 x 378 pixels in a PNG, at 96 dpi).
const (
	DefaultWidth  = 16 * vg.Centimeter
	DefaultHeight = 10 * vg.Centimeter
)

// Size limits: a smaller chart has no room for its axes, a larger PNG takes hundreds of MB.
const (
	MinSize = 4 * vg.Centimeter
	MaxSize = 50 * vg.Inch
)

// SizeRange describes MinSize and MaxSize for error messages.
const SizeRange = "between 4cm and 50in"

// Format is the output format that path's extension names: "png" or "svg".
func Format(path string) (string, error) {
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".png", ".svg":
		return ext[1:], nil
	case "":
		return "", fmt.Errorf("output %q has no extension: name a .png or .svg file", path)
	default:
		return "", fmt.Errorf("output %q: unknown format %q: name a .png or .svg file", path, ext)
	}
}

// ParseLength reads a chart dimension: a number with a unit cm, mm, in, pt or px (1/96 in, one
// PNG pixel), or a bare number of centimetres.
func ParseLength(s string) (vg.Length, error) {
	t := strings.TrimSpace(strings.ToLower(s))
	unit := vg.Centimeter
	for _, u := range []struct {
		suffix string
		len    vg.Length
	}{{"cm", vg.Centimeter}, {"mm", vg.Millimeter}, {"in", vg.Inch}, {"pt", vg.Points(1)}, {"px", vg.Inch / 96}} {
		if strings.HasSuffix(t, u.suffix) {
			t, unit = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.len
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f != f {
		return 0, fmt.Errorf("%q is not a length (examples: 16cm, 160mm, 6in, 450pt, 800px)", s)
	}
	return vg.Length(f) * unit, nil
}

// Chart builds the chart of series: each series' training loss as a solid line (smoothed if
// asked) and its evaluation loss, if it has any, as a dashed line with a marker on every
// evaluation, in a darker shade of the series' colour and drawn over every training curve; the
// legend gives the last evaluation's accuracy.
func Chart(series []*Series, opt Options) (*gplot.Plot, error) {
	if len(series) == 0 {
		return nil, errors.New("nothing to plot: no series")
	}
	if opt.Smooth < 0 {
		return nil, fmt.Errorf("smoothing must be at least 1 point, got %d", opt.Smooth)
	}
	p := gplot.New()
	p.Title.Text = opt.Title
	if opt.Title == "" {
		p.Title.Text = "loss"
		if len(series) == 1 {
			p.Title.Text = "loss: " + series[0].Name
		}
	}
	p.X.Label.Text = "step"
	p.X.Tick.Marker = niceTicks{integer: true}
	p.Y.Label.Text = "loss"
	p.Y.Tick.Marker = niceTicks{}
	p.Add(plotter.NewGrid())
	p.Legend.Top = true
	smoothed := ""
	if opt.Smooth > 1 {
		smoothed = fmt.Sprintf(", mean of %d", opt.Smooth)
	}
	minY, maxY := math.Inf(1), math.Inf(-1)
	var evals []func() error // drawn last, over the training curves
	for i, s := range series {
		if s.Empty() {
			return nil, fmt.Errorf("%s: no loss entries", s.Path)
		}
		if opt.LogY {
			for _, ps := range [][]Point{s.Loss, s.Eval} {
				for _, pt := range ps {
					if pt.Value <= 0 {
						return nil, fmt.Errorf("log-scale loss axis (--log-y): %s: step %d has loss %g, which a log scale cannot show", s.Path, pt.Step, pt.Value)
					}
				}
			}
		}
		col := plotutil.Color(i)
		trainName, evalName := s.Name, s.Name+" eval"
		if s.Rounds > 0 {
			trainName += fmt.Sprintf(" (%d rounds%s)", s.Rounds, smoothed)
		} else if smoothed != "" {
			trainName += " (" + smoothed[2:] + ")"
		}
		if len(series) == 1 {
			trainName, evalName = "training loss", "evaluation loss"
			if smoothed != "" {
				trainName += " (" + smoothed[2:] + ")"
			}
		}
		if n := len(s.Accuracy); n > 0 {
			evalName += " (last accuracy " + formatPercent(s.Accuracy[n-1].Value) + ")"
		}
		loss := Smooth(s.Loss, opt.Smooth)
		for _, ps := range [][]Point{loss, s.Eval} {
			for _, pt := range ps {
				minY, maxY = math.Min(minY, pt.Value), math.Max(maxY, pt.Value)
			}
		}
		if err := addCurve(p, loss, col, false, trainName); err != nil {
			return nil, fmt.Errorf("%s: %w", s.Path, err)
		}
		evals = append(evals, func() error {
			if err := addCurve(p, s.Eval, darker(col), true, evalName); err != nil {
				return fmt.Errorf("%s: %w", s.Path, err)
			}
			return nil
		})
	}
	for _, add := range evals {
		if err := add(); err != nil {
			return nil, err
		}
	}
	if opt.LogY {
		p.Y.Scale = gplot.LogScale{}
		p.Y.Tick.Marker = logTicks{}
		p.Y.Label.Text += " (log scale)"
		if minY == maxY { // the axis would widen to [y-1, y+1], below zero
			p.Y.Min, p.Y.Max = minY/2, maxY*2
		}
	}
	return p, nil
}

// darker is c at 60 % of its brightness: the evaluation curve of a run drawn in c.
func darker(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	return color.RGBA{uint8(r * 6 / 10 >> 8), uint8(g * 6 / 10 >> 8), uint8(b * 6 / 10 >> 8), 255}
}

// addCurve adds ps as a line (dashed with markers for an evaluation curve); a single point is a
// marker alone.
func addCurve(p *gplot.Plot, ps []Point, col color.Color, eval bool, name string) error {
	if len(ps) == 0 {
		return nil
	}
	xys := make(plotter.XYs, len(ps))
	for i, pt := range ps {
		xys[i] = plotter.XY{X: float64(pt.Step), Y: pt.Value}
	}
	if len(ps) == 1 || eval {
		l, sc, err := plotter.NewLinePoints(xys)
		if err != nil {
			return err
		}
		sc.GlyphStyle = draw.GlyphStyle{Color: col, Radius: vg.Points(2.5), Shape: draw.CircleGlyph{}}
		if !eval {
			sc.GlyphStyle.Shape = draw.RingGlyph{}
		}
		l.LineStyle.Color = col
		l.LineStyle.Width = vg.Points(1)
		if eval {
			l.LineStyle.Width = vg.Points(1.25)
			l.LineStyle.Dashes = []vg.Length{vg.Points(4), vg.Points(2)}
		}
		p.Add(l, sc)
		p.Legend.Add(name, l, sc)
		return nil
	}
	l, err := plotter.NewLine(xys)
	if err != nil {
		return err
	}
	l.LineStyle.Color = col
	l.LineStyle.Width = vg.Points(1)
	p.Add(l)
	p.Legend.Add(name, l)
	return nil
}

// niceTicks marks a linear axis at multiples of 1, 2 or 5 times a power of ten (about five
// labelled ticks), with minor ticks between; integer axes (steps) have no fractional ticks.
type niceTicks struct{ integer bool }

func (t niceTicks) Ticks(lo, hi float64) []gplot.Tick {
	if !(hi > lo) || math.IsInf(hi-lo, 0) {
		return []gplot.Tick{{Value: lo, Label: formatTick(lo, 0)}}
	}
	raw := (hi - lo) / 5
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step, minors := 10*mag, 5
	for _, m := range []struct {
		f      float64
		minors int
	}{{1, 5}, {2, 4}, {5, 5}} {
		if m.f*mag >= raw {
			step, minors = m.f*mag, m.minors
			break
		}
	}
	if t.integer && step < 1 {
		step, minors = 1, 1
	}
	decimals := max(0, int(-math.Floor(math.Log10(step)+1e-9)))
	minor := step / float64(minors)
	if t.integer && minor < 1 {
		minor = step
	}
	var ticks []gplot.Tick
	for i := math.Ceil(lo / minor); i*minor <= hi+minor*1e-9; i++ {
		v := i * minor
		if k := math.Round(v / step); math.Abs(v-k*step) < minor*1e-6 {
			ticks = append(ticks, gplot.Tick{Value: k * step, Label: formatTick(k*step, decimals)})
		} else {
			ticks = append(ticks, gplot.Tick{Value: v})
		}
	}
	return ticks
}

// logTicks marks a log axis: labelled ticks at 1, 2 and 5 times each power of ten when the axis
// spans three decades or fewer (at powers of ten only beyond), minor ticks at the other integers;
// a range too narrow for two labels gets niceTicks.
type logTicks struct{}

func (logTicks) Ticks(lo, hi float64) []gplot.Tick {
	if lo <= 0 || hi <= 0 {
		return nil
	}
	labelled := func(m int) bool { return m == 1 || m == 2 || m == 5 }
	if hi/lo > 1000 {
		labelled = func(m int) bool { return m == 1 }
	}
	var ticks []gplot.Tick
	for e := math.Floor(math.Log10(lo)); e <= math.Ceil(math.Log10(hi)); e++ {
		decimals := max(0, int(-e))
		for m := 1; m < 10; m++ {
			v := float64(m) * math.Pow(10, e)
			if v < lo*(1-1e-9) || v > hi*(1+1e-9) {
				continue
			}
			tk := gplot.Tick{Value: v}
			if labelled(m) {
				tk.Label = formatTick(v, decimals)
			}
			ticks = append(ticks, tk)
		}
	}
	if labels := slices.DeleteFunc(slices.Clone(ticks), gplot.Tick.IsMinor); len(labels) < 2 {
		return niceTicks{}.Ticks(lo, hi) // a narrow range: linear ticks read better
	}
	return ticks
}

func formatTick(v float64, decimals int) string {
	return strconv.FormatFloat(v, 'f', decimals, 64)
}

// Render draws the chart of series (Chart) to w as format ("png" or "svg").
func Render(w io.Writer, format string, series []*Series, opt Options) error {
	if format != "png" && format != "svg" {
		return fmt.Errorf("unknown format %q: png or svg", format)
	}
	if opt.Width == 0 {
		opt.Width = DefaultWidth
	}
	if opt.Height == 0 {
		opt.Height = DefaultHeight
	}
	for _, d := range []struct {
		flag string
		len  vg.Length
	}{{"width", opt.Width}, {"height", opt.Height}} {
		if d.len < MinSize || d.len > MaxSize {
			return fmt.Errorf("chart %s %.1fcm: must be %s", d.flag, d.len/vg.Centimeter, SizeRange)
		}
	}
	p, err := Chart(series, opt)
	if err != nil {
		return err
	}
	wt, err := p.WriterTo(opt.Width, opt.Height, format)
	if err != nil {
		return err
	}
	_, err = wt.WriteTo(w)
	return err
}

// WriteFile renders the chart of series to path, in the format its extension names (Format). It
// writes a temporary file next to path and renames it, so a failure leaves no file (and an
// existing path untouched).
func WriteFile(path string, series []*Series, opt Options) (err error) {
	format, err := Format(path)
	if err != nil {
		return err
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("output %q: directory %s does not exist", path, dir)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("output %q: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := Render(f, format, series, opt); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
