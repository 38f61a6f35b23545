package p2p

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/control"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/metrics"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	rcmgr "github.com/libp2p/go-libp2p/p2p/host/resource-manager"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	ma "github.com/multiformats/go-multiaddr"

	"veritrain/internal/commit"
	"veritrain/internal/store"
)

// IdentityFile is the name of the node's libp2p key inside Config.DataDir.
const IdentityFile = "p2p-identity.key"

// DefaultListenAddrs is where a host listens unless configured otherwise: loopback TCP on a
// port chosen by the system.
var DefaultListenAddrs = []string{"/ip4/127.0.0.1/tcp/0"}

// Config configures a Host. Zero fields take the defaults noted.
type Config struct {
	// DataDir holds the identity key (IdentityFile), created on first start. Required.
	DataDir string
	// Store is the blob store the host serves from and fetches into. Required.
	Store *store.Blobs
	// ListenAddrs are multiaddrs to listen on (default DefaultListenAddrs).
	ListenAddrs []string
	// Logger receives the host's logs (default: discarded).
	Logger *slog.Logger

	// MaxBlobSize bounds blobs fetched and served (default 4 GiB).
	MaxBlobSize int64
	// ServeRate is the bytes a second served to any one peer (default 64 MiB/s) and ServeBurst
	// the bucket's depth (default 16 MiB).
	ServeRate, ServeBurst float64
	// BanAfter failures (wrong bytes, malformed answers) ban a peer for BanFor (defaults 3 and
	// one hour).
	BanAfter int
	BanFor   time.Duration
	// IdleTimeout aborts a blob transfer that makes no progress for this long (default 30 s).
	IdleTimeout time.Duration
	// ConnLow and ConnHigh are the connection manager's watermarks (defaults 32 and 96).
	ConnLow, ConnHigh int
}

func (c *Config) defaults() {
	if len(c.ListenAddrs) == 0 {
		c.ListenAddrs = DefaultListenAddrs
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.MaxBlobSize <= 0 {
		c.MaxBlobSize = 4 << 30
	}
	if c.ServeRate <= 0 {
		c.ServeRate = 64 << 20
	}
	if c.ServeBurst <= 0 {
		c.ServeBurst = 16 << 20
	}
	if c.ServeBurst < chunkSize {
		c.ServeBurst = chunkSize
	}
	if c.BanAfter <= 0 {
		c.BanAfter = 3
	}
	if c.BanFor <= 0 {
		c.BanFor = time.Hour
	}
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = 30 * time.Second
	}
	if c.ConnLow <= 0 {
		c.ConnLow = 32
	}
	if c.ConnHigh <= c.ConnLow {
		c.ConnHigh = 3 * c.ConnLow
	}
}

// Host is a running libp2p node: identity, connections, gossip and blob exchange.
type Host struct {
	cfg    Config
	log    *slog.Logger
	h      host.Host
	ps     *pubsub.PubSub
	runCtx context.Context // ends when the host closes
	cancel context.CancelFunc
	scores *scores
	rate   *buckets[peer.ID]
	bw     *metrics.BandwidthCounter // bytes in and out, by peer

	fetchMu sync.Mutex
	fetches map[commit.Hash]*sync.Mutex

	topicMu sync.Mutex
	topics  map[string]*Topic

	hooks atomic.Pointer[serveHooks] // test hooks on the serving side
}

// LoadIdentity reads the ed25519 key at path, creating it (mode 0600, in a directory created
// with mode 0700) if it does not exist.
func LoadIdentity(path string) (crypto.PrivKey, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		k, err := crypto.UnmarshalPrivateKey(b)
		if err != nil {
			return nil, fmt.Errorf("p2p: identity %s: %w", path, err)
		}
		if k.Type() != crypto.Ed25519 {
			return nil, fmt.Errorf("p2p: identity %s: key type %s, want Ed25519", path, k.Type())
		}
		return k, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("p2p: identity: %w", err)
	}
	k, _, err := crypto.GenerateEd25519Key(nil)
	if err != nil {
		return nil, fmt.Errorf("p2p: identity: %w", err)
	}
	b, err = crypto.MarshalPrivateKey(k)
	if err != nil {
		return nil, fmt.Errorf("p2p: identity: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("p2p: identity: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-identity-*")
	if err != nil {
		return nil, fmt.Errorf("p2p: identity: %w", err)
	}
	tmp := f.Name()
	err = f.Chmod(0o600)
	if err == nil {
		_, err = f.Write(b)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		// Link fails if another process created the key meanwhile; then use theirs.
		if err = os.Link(tmp, path); errors.Is(err, fs.ErrExist) {
			os.Remove(tmp)
			return LoadIdentity(path)
		}
	}
	os.Remove(tmp)
	if err != nil {
		return nil, fmt.Errorf("p2p: identity: write %s: %w", path, err)
	}
	return k, nil
}

// New starts a host.
func New(ctx context.Context, cfg Config) (*Host, error) {
	cfg.defaults()
	if cfg.DataDir == "" || cfg.Store == nil {
		return nil, errors.New("p2p: Config needs DataDir and Store")
	}
	key, err := LoadIdentity(filepath.Join(cfg.DataDir, IdentityFile))
	if err != nil {
		return nil, err
	}
	limits := rcmgr.DefaultLimits
	libp2p.SetDefaultServiceLimits(&limits)
	limits.AddProtocolLimit(BlobProtocol,
		rcmgr.BaseLimit{StreamsInbound: 64, StreamsOutbound: 64, Streams: 128, Memory: 64 << 20},
		rcmgr.BaseLimitIncrease{})
	limits.AddProtocolPeerLimit(BlobProtocol,
		rcmgr.BaseLimit{StreamsInbound: 4, StreamsOutbound: 8, Streams: 12, Memory: 16 << 20},
		rcmgr.BaseLimitIncrease{})
	// A small network: 512 MiB and 1024 file descriptors bound everything libp2p does.
	rm, err := rcmgr.NewResourceManager(rcmgr.NewFixedLimiter(limits.Scale(512<<20, 1024)))
	if err != nil {
		return nil, fmt.Errorf("p2p: resource manager: %w", err)
	}
	cm, err := connmgr.NewConnManager(cfg.ConnLow, cfg.ConnHigh, connmgr.WithGracePeriod(time.Minute))
	if err != nil {
		rm.Close()
		return nil, fmt.Errorf("p2p: connection manager: %w", err)
	}
	hs := &Host{
		cfg:     cfg,
		log:     cfg.Logger,
		scores:  newScores(cfg.BanAfter, cfg.BanFor),
		rate:    newBuckets[peer.ID](cfg.ServeRate, cfg.ServeBurst),
		bw:      metrics.NewBandwidthCounter(),
		fetches: map[commit.Hash]*sync.Mutex{},
		topics:  map[string]*Topic{},
	}
	h, err := libp2p.New(
		libp2p.Identity(key),
		libp2p.ListenAddrStrings(cfg.ListenAddrs...),
		libp2p.ResourceManager(rm),
		libp2p.ConnectionManager(cm),
		libp2p.ConnectionGater(gater{hs.scores}),
		libp2p.DisableRelay(),
		libp2p.DisableMetrics(),
		libp2p.BandwidthReporter(hs.bw),
	)
	if err != nil {
		cm.Close()
		rm.Close()
		return nil, fmt.Errorf("p2p: start host: %w", err)
	}
	hs.h = h
	pctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	hs.runCtx, hs.cancel = pctx, cancel
	hs.ps, err = pubsub.NewGossipSub(pctx, h,
		pubsub.WithFloodPublish(true),
		pubsub.WithMaxMessageSize(MaxEnvelopeSize+4<<10),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithPeerExchange(false),
	)
	if err != nil {
		cancel()
		h.Close()
		return nil, fmt.Errorf("p2p: gossipsub: %w", err)
	}
	h.SetStreamHandler(protocol.ID(BlobProtocol), hs.serve)
	hs.log.Info("p2p host started", "peer", h.ID(), "addrs", hs.Addrs())
	return hs, nil
}

// ID is the host's peer id.
func (hs *Host) ID() peer.ID { return hs.h.ID() }

// Addrs returns the host's listen addresses with its /p2p/ id appended, as other nodes pass them
// to Connect.
func (hs *Host) Addrs() []string {
	ais, err := peer.AddrInfoToP2pAddrs(&peer.AddrInfo{ID: hs.h.ID(), Addrs: hs.h.Addrs()})
	if err != nil {
		return nil
	}
	out := make([]string, len(ais))
	for i, a := range ais {
		out[i] = a.String()
	}
	return out
}

// Libp2p returns the underlying libp2p host.
func (hs *Host) Libp2p() host.Host { return hs.h }

// Peers returns the peers the host is connected to.
func (hs *Host) Peers() []peer.ID { return hs.h.Network().Peers() }

// Bandwidth returns the bytes received and sent over this host's streams, by peer (every peer
// seen since the host started).
func (hs *Host) Bandwidth() map[peer.ID]metrics.Stats { return hs.bw.GetBandwidthByPeer() }

// Connect dials the bootstrap peers addrs (multiaddrs ending in /p2p/<id>); several addresses
// of one peer are merged. It returns the errors of the peers it could not reach (joined), after
// trying all of them.
func (hs *Host) Connect(ctx context.Context, addrs ...string) error {
	var mas []ma.Multiaddr
	var errs []error
	for _, s := range addrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("p2p: bootstrap address %q: %w", s, err))
			continue
		}
		mas = append(mas, a)
	}
	infos, err := peer.AddrInfosFromP2pAddrs(mas...)
	if err != nil {
		return errors.Join(append(errs, fmt.Errorf("p2p: bootstrap addresses: %w", err))...)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, ai := range infos {
		if ai.ID == hs.h.ID() {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Connect is a no-op for a connected peer: only a new connection is logged (this
			// runs again every few seconds to reconnect lost bootstrap peers).
			was := hs.h.Network().Connectedness(ai.ID) == network.Connected
			if err := hs.h.Connect(ctx, ai); err != nil {
				mu.Lock()
				errs = append(errs, fmt.Errorf("p2p: connect %s: %w", ai.ID, err))
				mu.Unlock()
				return
			}
			hs.h.ConnManager().TagPeer(ai.ID, "bootstrap", 50)
			if !was {
				hs.log.Info("p2p connected", "peer", ai.ID)
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Score returns what the host remembers about p's failures.
func (hs *Host) Score(p peer.ID) PeerScore { return hs.scores.get(p) }

// Banned reports whether p is banned (its connections are refused and it is never asked for
// blobs).
func (hs *Host) Banned(p peer.ID) bool { return hs.scores.banned(p) }

// penalise records a failure of p, disconnecting it if that bans it.
func (hs *Host) penalise(p peer.ID, why error) {
	if hs.scores.fail(p) {
		hs.log.Warn("p2p peer banned", "peer", p, "err", why)
		hs.h.Network().ClosePeer(p)
		return
	}
	hs.log.Warn("p2p peer penalised", "peer", p, "err", why)
}

// Close stops the host.
func (hs *Host) Close() error {
	hs.topicMu.Lock()
	ts := make([]*Topic, 0, len(hs.topics))
	for _, t := range hs.topics {
		ts = append(ts, t)
	}
	hs.topicMu.Unlock()
	for _, t := range ts {
		t.Close()
	}
	hs.cancel()
	return hs.h.Close()
}

// gater refuses connections to and from banned peers.
type gater struct{ s *scores }

func (g gater) InterceptPeerDial(p peer.ID) bool                                { return !g.s.banned(p) }
func (g gater) InterceptAddrDial(peer.ID, ma.Multiaddr) bool                    { return true }
func (g gater) InterceptAccept(network.ConnMultiaddrs) bool                     { return true }
func (g gater) InterceptUpgraded(network.Conn) (bool, control.DisconnectReason) { return true, 0 }
func (g gater) InterceptSecured(_ network.Direction, p peer.ID, _ network.ConnMultiaddrs) bool {
	return !g.s.banned(p)
}
