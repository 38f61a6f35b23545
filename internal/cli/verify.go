package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"veritrain/internal/commit"
	"veritrain/internal/game"
	"veritrain/internal/spec"
	"veritrain/internal/tensor"
	"veritrain/internal/train"
)

func verifyCmd(stdout, stderr io.Writer) *cobra.Command {
	var (
		dir, randomness, segs string
		segLen, rateBPS       int
		threads               int
		asJSON, quiet         bool
	)
	c := &cobra.Command{
		Use:   "verify JOB.toml",
		Short: "Re-execute a training run and check every committed step hash",
		Long: `Verify a run of a job spec against its commitments (commitments.json and the checkpoint
blobs in the run directory, as 'veritrain train' writes them): recompute the graph, data and
initial-state roots, then re-execute steps from the committed checkpoints and compare every
step hash. By default the whole run is re-executed; --randomness selects the segments a verifier
would check (5% of them; a segment is the job's checkpoint interval, so that each starts from a
committed checkpoint; see docs/dispute-game.md); --segments names them. Exits 0 when every checked step matches, 1 on a mismatch (reported with
the step, the committed and the recomputed state root) or any error.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return fmt.Errorf("verify takes one job spec file: veritrain verify JOB.toml [flags] (got %d arguments)", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if threads < 0 {
				return fmt.Errorf("--threads must not be negative, got %d", threads)
			}
			if randomness != "" && segs != "" {
				return errors.New("--randomness and --segments both choose segments: give one")
			}
			job, err := spec.ParseFile(args[0])
			if err != nil {
				return err
			}
			if threads > 0 {
				tensor.SetThreads(threads)
			}
			if dir == "" {
				dir = filepath.Join("runs", job.Name)
			}
			cm, err := train.ReadCommitments(dir)
			if err != nil {
				return fmt.Errorf("read commitments: %w (train with 'veritrain train %s --out %s' first)", err, args[0], dir)
			}
			var segments []train.Segment
			switch {
			case segs != "":
				if segments, err = parseSegments(segs); err != nil {
					return err
				}
			case randomness != "":
				r, err := commit.ParseHash(randomness)
				if err != nil {
					return fmt.Errorf("--randomness: %w", err)
				}
				if !cmd.Flags().Changed("segment-len") && job.Train.CheckpointEvery > 0 && job.Train.CheckpointEvery < cm.Steps() {
					// Segments that start at checkpoints cost no replay before them.
					segLen = job.Train.CheckpointEvery
				}
				s := game.Sampling{SegmentLen: segLen, RateBPS: rateBPS}
				picked, err := s.Select(r, cm.Steps())
				if err != nil {
					return err
				}
				for _, p := range picked {
					first, last := game.SegmentSteps(cm.Steps(), segLen, p)
					segments = append(segments, train.Segment{First: first, Last: last})
				}
			}
			total := cm.Steps()
			if segments != nil {
				total = 0
				for _, s := range segments {
					total += s.Last - s.First + 1
				}
			}
			if !quiet {
				fmt.Fprintf(stderr, "verifying job %s (%s): %d committed steps, trace root %s, checking %d steps in %d segment(s)\n",
					job.Name, job.Hash, cm.Steps(), cm.TraceRoot, total, max(len(segments), 1))
			}
			prog := newProgress(stderr, total, quiet)
			done := 0
			rep, err := train.Verify(cmd.Context(), job, dir, segments, func(step int, s train.Segment) {
				if step >= s.First {
					done++
					prog.update(train.Progress{Step: done, Steps: total})
				}
			})
			prog.finish()
			if rep != nil && asJSON {
				if err := json.NewEncoder(stdout).Encode(rep); err != nil {
					return err
				}
			} else if rep != nil {
				fmt.Fprintf(stdout, "trace root    %s (%d steps)\n", rep.TraceRoot, rep.Steps)
				fmt.Fprintf(stdout, "checked       %d steps in %d segment(s), re-executed %d, %.1f s\n", rep.StepsChecked, len(rep.Segments), rep.StepsReplayed, rep.Seconds)
				if rep.Mismatch != nil {
					fmt.Fprintf(stdout, "MISMATCH      step %d: committed %s, recomputed %s\n", rep.Mismatch.Step, rep.Mismatch.Committed, rep.Mismatch.Computed)
				} else if err == nil {
					fmt.Fprintln(stdout, "result        every checked step matches its commitment")
				}
			}
			return err
		},
	}
	f := c.Flags()
	f.StringVar(&dir, "dir", "", "run directory holding commitments.json and blobs/ (default runs/<job name>)")
	f.StringVar(&randomness, "randomness", "", "32-byte hex seed (e.g. a block hash after the commit) that selects the segments to check")
	f.IntVar(&segLen, "segment-len", game.DefaultSampling.SegmentLen, "steps per segment, with --randomness (default: the job's train.checkpoint_every when it splits the run)")
	f.IntVar(&rateBPS, "rate-bps", game.DefaultSampling.RateBPS, "share of segments checked in basis points (500 = 5%), with --randomness")
	f.StringVar(&segs, "segments", "", "segments to check, e.g. 1-10,41-50 (default: the whole run)")
	f.IntVar(&threads, "threads", 0, "kernel threads (default: all cores; results never depend on it)")
	f.BoolVar(&asJSON, "json", false, "print the report as one JSON object")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress output")
	return c
}

// parseSegments parses "a-b,c,d-e" into segments (a single number is a one-step segment).
func parseSegments(s string) ([]train.Segment, error) {
	var out []train.Segment
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(part), "-")
		if !isRange {
			hi = lo
		}
		a, err1 := strconv.Atoi(lo)
		b, err2 := strconv.Atoi(hi)
		if err1 != nil || err2 != nil || a < 1 || b < a {
			return nil, fmt.Errorf("--segments: %q is not a step range like 11-20 (steps count from 1)", part)
		}
		out = append(out, train.Segment{First: a, Last: b})
	}
	return out, nil
}
