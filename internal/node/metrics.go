package node

import (
	"context"
	"math"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"veritrain/internal/chain"
	"veritrain/internal/p2p"
)

// Metrics are a node's Prometheus metrics (served on the dashboard's /metrics). Each node has its
// own registry, so that several nodes in one process (the tests) do not share counters.
type Metrics struct {
	Registry *prometheus.Registry

	steps, samples prometheus.Counter
	stepsPerSec    prometheus.Gauge
	segments       *prometheus.CounterVec // verification segments checked, by result
	disputes       *prometheus.CounterVec // games ended, by kind, the node's side and whether it won
	gas            *prometheus.CounterVec // gas of the node's transactions, by what they did
}

// NewMetrics registers a node's metrics (WatchHost adds its p2p host's).
func NewMetrics() *Metrics {
	m := &Metrics{Registry: prometheus.NewRegistry()}
	m.steps = prometheus.NewCounter(prometheus.CounterOpts{Name: "veritrain_train_steps_total", Help: "Training steps this node's solver ran."})
	m.samples = prometheus.NewCounter(prometheus.CounterOpts{Name: "veritrain_train_samples_total", Help: "Training samples this node's solver processed."})
	m.stepsPerSec = prometheus.NewGauge(prometheus.GaugeOpts{Name: "veritrain_train_steps_per_second", Help: "The solver's latest training speed (steps a second over the current run)."})
	m.segments = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "veritrain_verification_segments_total", Help: "Verification segments this node's verifier re-executed, by the check's result."}, []string{"result"})
	m.disputes = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "veritrain_disputes_total", Help: "Dispute games this node played to their end, by game kind (step, round), its side and outcome."}, []string{"kind", "side", "outcome"})
	m.gas = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "veritrain_gas_used_total", Help: "Gas used by this node's transactions, by method."}, []string{"method"})
	m.Registry.MustRegister(m.steps, m.samples, m.stepsPerSec, m.segments, m.disputes, m.gas,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// WatchHost adds host's peers and the bytes it exchanged with each.
func (m *Metrics) WatchHost(host *p2p.Host) { m.Registry.MustRegister(p2pCollector{host}) }

// Step counts a training step of batch samples at stepsPerSec (0 if unknown).
func (m *Metrics) Step(batch int, stepsPerSec float64) {
	if m == nil {
		return
	}
	m.steps.Inc()
	m.samples.Add(float64(batch))
	if stepsPerSec > 0 {
		m.stepsPerSec.Set(stepsPerSec)
	}
}

// Segments counts n verification segments checked with result (passed, mismatch, ...).
func (m *Metrics) Segments(result string, n int) {
	if m != nil {
		m.segments.WithLabelValues(result).Add(float64(n))
	}
}

// Dispute counts a game of kind (step, round) the node played as side, ended with outcome (won,
// lost, moot).
func (m *Metrics) Dispute(kind, side, outcome string) {
	if m != nil {
		m.disputes.WithLabelValues(kind, side, outcome).Inc()
	}
}

// Gas counts the gas of a transaction of the node (chain.WithGasObserver).
func (m *Metrics) Gas(method string, gas uint64) {
	if m != nil {
		m.gas.WithLabelValues(method).Add(float64(gas))
	}
}

// WatchChain adds the chain head's lag, read from c when scraped (no read otherwise).
func (m *Metrics) WatchChain(c *chain.Client) {
	m.Registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "veritrain_chain_head_lag_seconds",
		Help: "Seconds between the wall clock and the chain head's timestamp (NaN if the chain is unreachable)."}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		head, err := c.HeadTime(ctx)
		if err != nil {
			return math.NaN()
		}
		return time.Since(time.Unix(int64(head), 0)).Seconds()
	}))
}

// p2pCollector reports the host's peers and the bytes it exchanged with each.
type p2pCollector struct{ host *p2p.Host }

var (
	p2pBytesDesc = prometheus.NewDesc("veritrain_p2p_bytes_total", "Bytes exchanged with a peer over libp2p streams, by direction.", []string{"peer", "direction"}, nil)
	p2pPeersDesc = prometheus.NewDesc("veritrain_p2p_peers", "Peers connected.", nil, nil)
)

func (p2pCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- p2pBytesDesc
	ch <- p2pPeersDesc
}

func (c p2pCollector) Collect(ch chan<- prometheus.Metric) {
	ch <- prometheus.MustNewConstMetric(p2pPeersDesc, prometheus.GaugeValue, float64(len(c.host.Peers())))
	for p, st := range c.host.Bandwidth() {
		ch <- prometheus.MustNewConstMetric(p2pBytesDesc, prometheus.CounterValue, float64(st.TotalIn), p.String(), "in")
		ch <- prometheus.MustNewConstMetric(p2pBytesDesc, prometheus.CounterValue, float64(st.TotalOut), p.String(), "out")
	}
}
