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
	bg    chan *Background
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
		w.bg = make(chan *Background, 64)
	})
	for w.n < n {
		w.n++
		go w.loop()
	}
}

// loop is a worker: it runs row tasks as they come and, while it has none, pieces of at most one
// background job at a time. A row task waits at most for the piece in progress.
func (w *workers) loop() {
	var cur *Background
	for {
		if cur == nil {
			select {
			case r := <-w.work:
				r.task.Run(r.w, r.lo, r.hi)
				w.done.Done()
			case cur = <-w.bg:
			}
			continue
		}
		select {
		case r := <-w.work:
			r.task.Run(r.w, r.lo, r.hi)
			w.done.Done()
		default:
			if !cur.work.Step() {
				cur.done <- struct{}{}
				cur = nil
			}
		}
	}
}

// BackgroundWork is work done in small pieces: Step does one piece (tens of microseconds) and
// reports whether it did; false means nothing is left for this caller.
type BackgroundWork interface {
	Step() bool
}

// Background runs a BackgroundWork on one of the kernel pool's worker goroutines, in the time
// the kernels leave it idle: between pieces the worker runs any row task first. This puts
// bookkeeping such as hashing the training state on a core that a step's serial parts leave
// free, without slowing the step's parallel parts by more than a piece. Starting and waiting
// allocate nothing.
type Background struct {
	work BackgroundWork
	done chan struct{}
}

// NewBackground prepares work for repeated background runs.
func NewBackground(work BackgroundWork) *Background {
	return &Background{work: work, done: make(chan struct{}, 1)}
}

// Start hands the work to a pool worker (starting one if the pool has none). Every Start must
// be followed by Wait before the next Start.
func (b *Background) Start() {
	pool.mu.Lock()
	pool.ensure(max(pool.n, 1))
	pool.mu.Unlock()
	pool.bg <- b
}

// Wait blocks until the worker has finished with the work (its Step returned false).
func (b *Background) Wait() { <-b.done }

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
