package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"veritrain/internal/plot"
)

func plotCmd(stdout, stderr io.Writer) *cobra.Command {
	var (
		output, title, width, height string
		smooth                       int
		logY                         bool
	)
	c := &cobra.Command{
		Use:   "plot DIR... -o loss.png",
		Short: "Render the loss curves of training runs as a PNG or SVG chart",
		Long: `Render the loss (and evaluation) curves of one or more training runs as a PNG chart, or an
SVG one if the output ends in .svg, for when no dashboard is running.

Each DIR is one of:
  - a run directory of 'veritrain train' (default runs/<job name>);
  - a solver node's run directory (DATADIR/runs/JOB-SHARD-ATTEMPT), of a sharded job or not;
  - a node's data directory (every DATADIR/runs/*/loss.jsonl) or a 'veritrain demo --dir'
    directory (every DIR/*/runs/*/loss.jsonl): each run below it is its own series.
Several DIRs draw several series on one chart (say a sharded run against a single solver's);
a series is named by its path below the parent of its DIR.

The training loss is a solid line; --smooth N draws the trailing moving average over N logged
points instead. 'veritrain train' logs the evaluation loss in loss.jsonl every eval.every steps
and at the end: it is a dashed line with a marker per evaluation, in the run's colour (a single
marked point at the last step when the spec has no eval.every), and the legend gives the last
evaluation's accuracy. A sharded solver's log has the training loss only.

A step logged twice (a resumed run, a retrained round) counts once: the last entry wins. A
malformed line is an error naming file:line, except an unfinished last line of a run that is
still training, which is skipped with a warning. On any error no output file is written; the
chart is written to a temporary file and renamed.`,
		Example: `  veritrain plot runs/mnist-mlp -o loss.png
  veritrain plot runs/mnist-mlp demo/solver-2 -o compare.svg --smooth 10 --log-y --title "1 vs 4 shards"`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if output == "" {
				return errors.New("-o/--output is required: the .png or .svg file to write")
			}
			if _, err := plot.Format(output); err != nil {
				return fmt.Errorf("-o/--output: %w", err)
			}
			if len(args) == 0 {
				return errors.New("plot takes one or more run directories: veritrain plot DIR... -o loss.png")
			}
			if smooth < 1 {
				return fmt.Errorf("--smooth must be at least 1 (1: the raw loss), got %d", smooth)
			}
			opt := plot.Options{Title: title, Smooth: smooth, LogY: logY}
			for _, d := range []struct {
				flag, value string
				len         *plot.Length
			}{{"width", width, &opt.Width}, {"height", height, &opt.Height}} {
				l, err := plot.ParseLength(d.value)
				if err != nil {
					return fmt.Errorf("--%s: %w", d.flag, err)
				}
				if l < plot.MinSize || l > plot.MaxSize {
					return fmt.Errorf("--%s %s: must be %s", d.flag, d.value, plot.SizeRange)
				}
				*d.len = l
			}
			series, err := plot.Load(args)
			if err != nil {
				return err
			}
			for _, s := range series {
				for _, w := range s.Warnings {
					fmt.Fprintln(stderr, "warning:", w)
				}
			}
			if err := plot.WriteFile(output, series, opt); err != nil {
				return err
			}
			parts := make([]string, len(series))
			for i, s := range series {
				parts[i] = summary(s)
			}
			fmt.Fprintf(stdout, "wrote %s: %s\n", output, strings.Join(parts, "; "))
			return nil
		},
	}
	f := c.Flags()
	f.StringVarP(&output, "output", "o", "", "the chart to write: a .png or .svg file (required)")
	f.StringVar(&title, "title", "", `chart title (default "loss", with the run's name if there is one run)`)
	f.StringVar(&width, "width", "16cm", "chart width: a length in cm, mm, in, pt or px (1/96 in: a PNG pixel)")
	f.StringVar(&height, "height", "10cm", "chart height: a length in cm, mm, in, pt or px")
	f.IntVar(&smooth, "smooth", 1, "draw the training loss as a moving average over this many logged points (1: raw)")
	f.BoolVar(&logY, "log-y", false, "logarithmic loss axis")
	return c
}

// summary describes a plotted series in one phrase: its name, steps and last losses.
func summary(s *plot.Series) string {
	out := s.Name
	if n := len(s.Loss); n > 0 {
		out += fmt.Sprintf(" (%d points to step %d, loss %.4g", n, s.Loss[n-1].Step, s.Loss[n-1].Value)
	} else {
		out += " (no training loss"
	}
	if n := len(s.Eval); n > 0 {
		out += fmt.Sprintf(", eval loss %.4g", s.Eval[n-1].Value)
	}
	return out + ")"
}
