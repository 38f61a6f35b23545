// Package dash serves a node's dashboard: an embedded static page (no build step) and a small
// JSON API over what the node knows of the market, and the node's Prometheus metrics. The data
// comes from a Source (the node implements it); this package only serves it.
//
// Routes:
//
//	GET /                 the page (static/index.html; its script polls the API)
//	GET /api/market       MarketView: the chain head and every job with its bids
//	GET /api/job/{id}     JobView: one job's shards, loss curves, verification, disputes, events
//	GET /api/node         NodeView: the node's roles, account, stake, balance, peers, earnings
//	GET /metrics          Prometheus text format (if a registry is given)
//
// A Source error (the chain or the peers unreachable) is a 503 with {"error": "..."}; the page
// shows it in a banner and keeps polling.
package dash

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"io/fs"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

//go:embed static
var static embed.FS

// Source is what the dashboard shows; every method reads the node's current view.
type Source interface {
	Market(ctx context.Context) (*MarketView, error)
	Job(ctx context.Context, id uint64) (*JobView, error)
	Node(ctx context.Context) (*NodeView, error)
}

// ErrNotFound is returned by Source.Job for a job that does not exist.
var ErrNotFound = errors.New("not found")

// MarketView is the market: the chain head and the jobs.
type MarketView struct {
	Head     uint64     `json:"head"`      // block number
	HeadTime uint64     `json:"head_time"` // unix seconds
	Jobs     []JobBrief `json:"jobs"`
}

// JobBrief is a job in the market list.
type JobBrief struct {
	ID            uint64 `json:"id"`
	State         string `json:"state"` // bidding, active, closed
	Submitter     string `json:"submitter"`
	Shards        int    `json:"shards"`
	Rounds        int    `json:"rounds"`
	Round         int    `json:"round"`
	Budget        string `json:"budget"`         // tokens still escrowed (the budget less what was paid or refunded)
	MaxPrice      string `json:"max_price"`      // per shard
	ClearingPrice string `json:"clearing_price"` // empty before the auction
	Bids          []Bid  `json:"bids"`
	Settled       int    `json:"settled"`
}

// Bid is a bid on a job.
type Bid struct {
	Bidder string `json:"bidder"`
	Price  string `json:"price"`
}

// JobView is one job in full.
type JobView struct {
	JobBrief
	SpecHash     string         `json:"spec_hash"`
	Steps        int            `json:"steps,omitempty"` // from the spec, when the node has it
	ShardList    []ShardView    `json:"shard_list"`
	Loss         []LossSeries   `json:"loss"`
	Eval         []EvalPoint    `json:"eval,omitempty"`
	Verification []Verification `json:"verification"`
	Disputes     []Dispute      `json:"disputes"`
	Events       []Event        `json:"events"`
}

// ShardView is a shard of a job.
type ShardView struct {
	Index     int    `json:"index"`
	Solver    string `json:"solver"`
	State     string `json:"state"`
	Attempt   int    `json:"attempt"`
	Round     int    `json:"round"`
	Deadline  uint64 `json:"deadline"`
	Price     string `json:"price"`
	TraceRoot string `json:"trace_root"`
	Disputes  int    `json:"disputes"`
	Step      int    `json:"step"` // the latest training progress heard of, 0 if none
	Steps     int    `json:"steps"`
}

// LossSeries is the training loss of one attempt of a shard, as its solver reported it.
type LossSeries struct {
	Shard   int         `json:"shard"`
	Attempt int         `json:"attempt"`
	Points  []LossPoint `json:"points"`
}

// LossPoint is one report.
type LossPoint struct {
	Step int     `json:"step"`
	Loss float32 `json:"loss"`
}

// EvalPoint is an evaluation of the model.
type EvalPoint struct {
	Step     int     `json:"step"`
	Loss     float32 `json:"loss"`
	Accuracy float32 `json:"accuracy"`
}

// Verification is a committed attempt (a round of a sharded job) and its verification: the
// segments the chain's randomness selects, and this node's check of it if it is a verifier.
type Verification struct {
	Shard    int       `json:"shard"`
	Attempt  int       `json:"attempt"`
	Round    int       `json:"round"`
	Steps    int       `json:"steps"`    // the steps the commitment covers (a round's inner steps)
	Segments []Segment `json:"segments"` // the job's steps, 1-based, inclusive
	Status   string    `json:"status"`   // "selected" (no check by this node), passed, mismatch, bad start, bad global, failed, running
	Detail   string    `json:"detail,omitempty"`
}

// Segment is a range of steps.
type Segment struct {
	First int `json:"first"`
	Last  int `json:"last"`
}

// Dispute is a game on one of the job's shards.
type Dispute struct {
	Kind       string  `json:"kind"` // step or round
	Game       uint64  `json:"game"`
	Shard      int     `json:"shard"`
	Attempt    int     `json:"attempt"`
	Round      int     `json:"round"`
	Step       int     `json:"step,omitempty"`
	Challenger string  `json:"challenger"`
	Solver     string  `json:"solver"`
	Moves      int     `json:"moves"`
	Phase      string  `json:"phase"`
	Winner     string  `json:"winner,omitempty"`
	Reason     string  `json:"reason,omitempty"`
	History    []Event `json:"history"` // every event of the game: its open, each move, its end
}

// Event is a market event of the job (payments, slashes, commits, disputes), in chain order.
type Event struct {
	Block uint64            `json:"block"`
	Name  string            `json:"name"`
	Args  map[string]string `json:"args"`
}

// NodeView is the node itself.
type NodeView struct {
	Name     string   `json:"name"`
	Roles    []string `json:"roles"`
	Account  string   `json:"account"`
	PeerID   string   `json:"peer_id"`
	Peers    int      `json:"peers"`
	Balance  string   `json:"balance"`  // tokens held
	Bonded   string   `json:"bonded"`   // stake bonded
	Locked   string   `json:"locked"`   // stake locked in shards and bids
	Owed     string   `json:"owed"`     // the market's deferred payments to it
	Earnings string   `json:"earnings"` // paid to it for finalized shards (ShardFinalized), tokens
	Slashed  string   `json:"slashed"`  // stake it lost (SolverSlashed, DeadlineMissed)
	HeadLag  float64  `json:"head_lag"` // seconds between now and the chain head's time
	Uptime   float64  `json:"uptime_s"` // seconds since the node started
}

// Handler returns the dashboard's HTTP handler over src (and reg's metrics on /metrics if reg
// is not nil).
func Handler(src Source, reg *prometheus.Registry) http.Handler {
	mux := http.NewServeMux()
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err)
	}
	mux.Handle("GET /", http.FileServerFS(sub))
	mux.HandleFunc("GET /api/market", func(w http.ResponseWriter, r *http.Request) {
		v, err := src.Market(r.Context())
		reply(w, v, err)
	})
	mux.HandleFunc("GET /api/job/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
		if err != nil || id == 0 {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": "a job id is a positive integer"})
			return
		}
		v, err := src.Job(r.Context(), id)
		reply(w, v, err)
	})
	mux.HandleFunc("GET /api/node", func(w http.ResponseWriter, r *http.Request) {
		v, err := src.Node(r.Context())
		reply(w, v, err)
	})
	if reg != nil {
		mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	}
	return mux
}

func reply(w http.ResponseWriter, v any, err error) {
	switch {
	case errors.Is(err, ErrNotFound):
		writeJSON(w, http.StatusNotFound, map[string]string{"error": err.Error()})
	case err != nil:
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": err.Error()})
	default:
		writeJSON(w, http.StatusOK, v)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	// Encoded first: a value JSON cannot hold (a NaN loss) is an error reply, not an empty 200.
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = json.Marshal(map[string]string{"error": "encoding the reply: " + err.Error()})
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// Serve serves h on addr (host:port; port 0 picks one) until ctx ends, and returns the address
// it listens on once listening.
func Serve(ctx context.Context, addr string, h http.Handler) (string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	go srv.Serve(ln)
	return ln.Addr().String(), nil
}
