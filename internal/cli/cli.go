// Package cli is the veritrain command line: one cobra command per subcommand, each a thin
// layer that parses flags and calls into the internal packages.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"veritrain/internal/spec"
	"veritrain/internal/tensor"
	"veritrain/internal/train"
)

// Execute runs the command line with args (without the program name) and returns the exit code.
func Execute(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := &cobra.Command{
		Use:           "veritrain",
		Short:         "veritrain: a trustless marketplace for verifiable ML training compute",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(trainCmd(stdout, stderr))
	root.AddCommand(verifyCmd(stdout, stderr))
	root.AddCommand(devnetCmd(stdout, stderr))
	root.AddCommand(nodeCmd(stdout, stderr))
	root.AddCommand(submitCmd(stdout, stderr))
	root.AddCommand(statusCmd(stdout, stderr))
	root.AddCommand(fetchCmd(stdout, stderr))
	root.AddCommand(demoCmd(stdout, stderr))
	root.AddCommand(plotCmd(stdout, stderr))
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(stderr, "veritrain:", err)
		return 1
	}
	return 0
}

func trainCmd(stdout, stderr io.Writer) *cobra.Command {
	var (
		steps, threads int
		out, resume    string
		asJSON, quiet  bool
	)
	c := &cobra.Command{
		Use:   "train JOB.toml",
		Short: "Train a job locally, bit-for-bit reproducibly",
		Long: `Train a job spec locally. Writes checkpoints (safetensors), loss.jsonl and result.json to
the output directory, prints a progress bar and a summary; with --json prints one JSON object
with steps, final_loss, eval, samples_per_sec, state_root and trace_root (the root over every
step's state hash; commitments.json lists them, 'veritrain verify' checks them). Ctrl-C stops after the current
step and still writes a checkpoint that --resume continues from.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return fmt.Errorf("train takes one job spec file: veritrain train JOB.toml [flags] (got %d arguments)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if steps < 0 {
				return fmt.Errorf("--steps must not be negative, got %d", steps)
			}
			if threads < 0 {
				return fmt.Errorf("--threads must not be negative, got %d", threads)
			}
			job, err := spec.ParseFile(args[0])
			if err != nil {
				return err
			}
			if threads > 0 {
				tensor.SetThreads(threads)
			}
			if job.Sharded() {
				return trainSharded(cmd.Context(), job, steps, out, resume, asJSON, quiet, stdout, stderr)
			}
			if out == "" {
				out = filepath.Join("runs", job.Name)
			}
			total := job.Train.Steps
			if steps > 0 {
				total = steps
			}
			progress := newProgress(stderr, total, quiet)
			if !quiet {
				fmt.Fprintf(stderr, "job %s (%s): %d steps of batch %d, %d threads, output in %s\n", job.Name, job.Hash, total, job.Train.Batch, tensor.Threads(), out)
			}
			res, err := train.Run(cmd.Context(), job, train.RunOptions{Steps: steps, OutDir: out, Resume: resume, Progress: progress.update})
			progress.finish()
			if err != nil && !errors.Is(err, train.ErrInterrupted) {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(stdout)
				if err := enc.Encode(res); err != nil {
					return err
				}
			} else {
				printSummary(stdout, res)
			}
			return err
		},
	}
	f := c.Flags()
	f.IntVar(&steps, "steps", 0, "stop after this many completed steps (default: the spec's train.steps; the schedule still follows the spec)")
	f.StringVar(&out, "out", "", "output directory (default runs/<job name>)")
	f.StringVar(&resume, "resume", "", "continue from this checkpoint of the same job")
	f.BoolVar(&asJSON, "json", false, "print the result as one JSON object")
	f.IntVar(&threads, "threads", 0, "kernel threads (default: all cores; results never depend on it)")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress output")
	return c
}

// trainSharded trains a sharded job (spec [parallel]) on this machine: every shard of every round
// in turn, then the outer step; the result's state root is the global state's after the last
// round, the same bits as the job trained by the network.
func trainSharded(ctx context.Context, job *spec.Job, steps int, out, resume string, asJSON, quiet bool, stdout, stderr io.Writer) error {
	if steps != 0 || out != "" || resume != "" {
		return fmt.Errorf("a sharded job (parallel.shards = %d) trains whole on this machine: --steps, --out and --resume do not apply yet", job.Parallel.Shards)
	}
	S, H, R := job.Parallel.Shards, job.Parallel.InnerSteps, job.Rounds()
	total := S * job.Train.Steps
	p := newProgress(stderr, total, quiet)
	if !quiet {
		fmt.Fprintf(stderr, "job %s (%s): %d shards × %d rounds of %d steps of batch %d, %d threads\n", job.Name, job.Hash, S, R, H, job.Train.Batch, tensor.Threads())
	}
	done, start := 0, time.Now()
	res, err := train.RunSharded(ctx, job, func(round, shard, step int, loss float32) {
		done++
		el := time.Since(start).Seconds()
		p.update(train.Progress{Step: done, Steps: total, Loss: loss, SamplesPerSec: float64(done*job.Train.Batch) / el})
	})
	p.finish()
	if err != nil {
		return err
	}
	if asJSON {
		return json.NewEncoder(stdout).Encode(res)
	}
	fmt.Fprintf(stdout, "shards        %d × %d rounds of %d steps\n", res.Shards, res.Rounds, res.InnerSteps)
	fmt.Fprintf(stdout, "final loss    %.4f (mean of the shards' last batches)\n", res.FinalLoss)
	fmt.Fprintf(stdout, "eval loss     %.4f (%d samples)\n", res.Eval.Loss, res.Eval.Samples)
	fmt.Fprintf(stdout, "eval accuracy %.2f%%\n", 100*res.Eval.Accuracy)
	fmt.Fprintf(stdout, "exchanged     %.1f MB in rounds, %.1f MB exchanging gradients every step (%.0fx)\n",
		float64(res.BytesRounds)/1e6, float64(res.BytesPerStep)/1e6, float64(res.BytesPerStep)/float64(res.BytesRounds))
	fmt.Fprintf(stdout, "state root    %s (global state after the last round)\n", res.StateRoot)
	fmt.Fprintf(stdout, "time          %.1f s\n", res.Seconds)
	return nil
}

func printSummary(w io.Writer, r *train.Result) {
	fmt.Fprintf(w, "steps         %d\n", r.Steps)
	fmt.Fprintf(w, "final loss    %.4f\n", r.FinalLoss)
	if r.Eval != nil {
		fmt.Fprintf(w, "eval loss     %.4f (%d samples)\n", r.Eval.Loss, r.Eval.Samples)
		fmt.Fprintf(w, "eval accuracy %.2f%%\n", 100*r.Eval.Accuracy)
	}
	if r.Baseline > 0 {
		fmt.Fprintf(w, "unigram base  %.4f\n", r.Baseline)
	}
	fmt.Fprintf(w, "samples/s     %.0f (median step %.1f ms, %.1f s total)\n", r.SamplesPerSec, r.StepMillis, r.Seconds)
	fmt.Fprintf(w, "state root    %s\n", r.StateRoot)
	if r.TraceRoot != "" {
		fmt.Fprintf(w, "trace root    %s\n", r.TraceRoot)
	}
	if r.Checkpoint != "" {
		fmt.Fprintf(w, "checkpoint    %s\n", r.Checkpoint)
	}
}

// progress shows a bar on a terminal and a line every few seconds otherwise.
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	quiet bool
	last  time.Time
	eval  string
}

func newProgress(w io.Writer, total int, quiet bool) *progress {
	p := &progress{w: w, quiet: quiet, last: time.Now()}
	if f, ok := w.(*os.File); ok && !quiet && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSetDescription("training"),
		)
	}
	return p
}

func (p *progress) update(pr train.Progress) {
	if p.quiet {
		return
	}
	if pr.Eval != nil {
		p.eval = fmt.Sprintf(" eval %.4f/%.2f%%", pr.Eval.Loss, 100*pr.Eval.Accuracy)
	}
	desc := fmt.Sprintf("loss %.4f %5.0f samples/s%s", pr.Loss, pr.SamplesPerSec, p.eval)
	if p.bar != nil {
		p.bar.Describe(desc)
		p.bar.Set(pr.Step)
		return
	}
	if time.Since(p.last) >= 5*time.Second || pr.Step == pr.Steps || pr.Eval != nil {
		p.last = time.Now()
		eta := ""
		if pr.StepsPerSec > 0 {
			eta = fmt.Sprintf(" ETA %s", time.Duration(float64(pr.Steps-pr.Step)/pr.StepsPerSec*float64(time.Second)).Round(time.Second))
		}
		fmt.Fprintf(p.w, "step %d/%d %s%s\n", pr.Step, pr.Steps, desc, eta)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.w)
	}
}
