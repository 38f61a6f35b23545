package tensor

import (
	"sync"
)

// RowTask is work split by output rows: Run computes rows [lo, hi) as worker w (0 <= w < the
// thread count; at most one range runs per worker at a time, so w can index per-worker scratch).
type RowTask interface {
	Run(w, lo, hi int)
}

// workers is a fixed set of goroutines that run row ranges of one task at a time. Dispatching a
// task allocates nothing: tasks are pointers to long-lived structs, ranges travel by value on a
// channel, and completion is a reused WaitGroup. One task runs at a time (mu), which costs nothing
// when every core is already busy with it.
type workers struct {
	mu    sync.Mutex
	n     int
	work  chan rowRange
	done  sync.WaitGroup
	start sync.Once
}

type rowRange struct {
	task      RowTask
	w, lo, hi int
}

var pool workers

func (w *workers) ensure(n int) {
	w.start.Do(func() {
		w.work = make(chan rowRange, 64)
	})
	for w.n < n {
		w.n++
		go func() {
			for r := range w.work {
				r.task.Run(r.w, r.lo, r.hi)
				w.done.Done()
			}
		}()
	}
}

// parallel runs task over [0, rows) split into up to t contiguous chunks, the caller computing
// the first chunk itself. Every row is computed by exactly one goroutine, so the result does not
// depend on t or on scheduling.
func (w *workers) parallel(rows, t int, task RowTask) {
	if t > rows {
		t = rows
	}
	if t <= 1 {
		task.Run(0, 0, rows)
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.ensure(t - 1)
	chunk := (rows + t - 1) / t
	for i, lo := 1, chunk; lo < rows; i, lo = i+1, lo+chunk {
		w.done.Add(1)
		w.work <- rowRange{task, i, lo, min(lo+chunk, rows)}
	}
	task.Run(0, 0, min(chunk, rows))
	w.done.Wait()
}

// Parallel runs task over rows [0, rows) with up to Threads() workers (see RowTask). Results must
// not depend on the split: every row is computed by exactly one worker.
func Parallel(rows int, task RowTask) { pool.parallel(rows, Threads(), task) }
