package p2p

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
	"golang.org/x/crypto/sha3"

	"veritrain/internal/commit"
)

// chunkSize is the unit in which blobs are read, written and rate limited.
const chunkSize = 64 << 10

// maxAttempts bounds the resumptions of one transfer from one peer.
const maxAttempts = 16

// Fetch errors. Fetch joins the errors of all the peers it asked, so errors.Is finds each.
var (
	// ErrNotFound: a peer does not hold the blob, or there was no peer to ask.
	ErrNotFound = errors.New("blob not found")
	// ErrTooLarge: the blob's declared size exceeds Config.MaxBlobSize, or a peer sent more
	// bytes than it declared.
	ErrTooLarge = errors.New("blob too large")
	// ErrHashMismatch: the bytes a peer sent do not hash to the blob's name.
	ErrHashMismatch = errors.New("blob does not match its hash")
	// ErrBanned: the peer is banned.
	ErrBanned = errors.New("peer is banned")
)

// errTruncated marks a transfer that ended early; it can be resumed.
var errTruncated = errors.New("transfer cut short")

// errBadRange marks a server that says the partial file is longer than the blob.
var errBadRange = errors.New("partial transfer longer than the blob")

// PartialPath is where an unfinished transfer of h is kept, in the store's directory (a name the
// store does not list).
func (hs *Host) PartialPath(h commit.Hash) string {
	return filepath.Join(hs.cfg.Store.Dir, ".tmp-partial-"+h.String())
}

// Fetch gets the blob h into the store from the first of peers (default: all connected peers)
// that has it, resuming an earlier partial transfer. A peer that sends bytes not matching h, more
// bytes than it declared or a malformed answer is penalised (and banned after Config.BanAfter
// failures) and the next peer is tried. Fetch returns nil at once if the store holds h.
func (hs *Host) Fetch(ctx context.Context, h commit.Hash, peers ...peer.ID) error {
	if hs.cfg.Store.Has(h) {
		return nil
	}
	unlock := hs.lockFetch(h)
	defer unlock()
	if hs.cfg.Store.Has(h) {
		return nil
	}
	if len(peers) == 0 {
		peers = hs.Peers()
	}
	var errs []error
	for _, p := range peers {
		if p == hs.h.ID() {
			continue
		}
		if hs.Banned(p) {
			errs = append(errs, fmt.Errorf("%s: %w", p, ErrBanned))
			continue
		}
		err := hs.fetchFrom(ctx, h, p)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return fmt.Errorf("p2p: fetch %s: %w", h, ctx.Err())
		}
		hs.log.Debug("p2p fetch from peer failed", "blob", h, "peer", p, "err", err)
		errs = append(errs, fmt.Errorf("%s: %w", p, err))
	}
	// An empty partial file (no peer sent anything) is not worth keeping.
	if fi, err := os.Stat(hs.PartialPath(h)); err == nil && fi.Size() == 0 {
		os.Remove(hs.PartialPath(h))
	}
	if len(errs) == 0 {
		return fmt.Errorf("p2p: fetch %s: %w: no peers to ask", h, ErrNotFound)
	}
	return fmt.Errorf("p2p: fetch %s: %w", h, errors.Join(errs...))
}

func (hs *Host) lockFetch(h commit.Hash) func() {
	hs.fetchMu.Lock()
	mu := hs.fetches[h]
	if mu == nil {
		mu = new(sync.Mutex)
		hs.fetches[h] = mu
	}
	hs.fetchMu.Unlock()
	mu.Lock()
	return func() {
		hs.fetchMu.Lock()
		delete(hs.fetches, h)
		hs.fetchMu.Unlock()
		mu.Unlock()
	}
}

// fetchFrom fetches h from p, resuming while attempts make progress.
func (hs *Host) fetchFrom(ctx context.Context, h commit.Hash, p peer.ID) error {
	tag := "fetch-" + h.String()
	hs.h.ConnManager().Protect(p, tag)
	defer hs.h.ConnManager().Unprotect(p, tag)
	restarted := false
	for attempt := 0; ; attempt++ {
		n, err := hs.fetchOnce(ctx, h, p)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, errBadRange) && !restarted:
			restarted = true
			os.Remove(hs.PartialPath(h))
			continue
		case errors.Is(err, errTruncated) && n > 0 && attempt+1 < maxAttempts && ctx.Err() == nil:
			hs.log.Debug("p2p resuming transfer", "blob", h, "peer", p, "err", err)
			continue
		}
		return err
	}
}

// fetchOnce makes one request to p, appending to the partial file, and returns the number of
// blob bytes received.
func (hs *Host) fetchOnce(ctx context.Context, h commit.Hash, p peer.ID) (int64, error) {
	if err := os.MkdirAll(hs.cfg.Store.Dir, 0o755); err != nil {
		return 0, fmt.Errorf("p2p: %w", err)
	}
	path := hs.PartialPath(h)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return 0, fmt.Errorf("p2p: %w", err)
	}
	defer f.Close()
	kh := sha3.NewLegacyKeccak256()
	offset, err := io.Copy(kh, f) // rehash what earlier transfers left; f is now at its end
	if err != nil {
		return 0, fmt.Errorf("p2p: read partial %s: %w", path, err)
	}
	if offset > hs.cfg.MaxBlobSize {
		f.Close()
		os.Remove(path)
		return 0, fmt.Errorf("%w: partial transfer of %d bytes exceeds %d", ErrTooLarge, offset, hs.cfg.MaxBlobSize)
	}

	s, err := hs.h.NewStream(ctx, p, protocol.ID(BlobProtocol))
	if err != nil {
		return 0, fmt.Errorf("%w: open stream: %w", errTruncated, err)
	}
	defer s.Close()
	stop := context.AfterFunc(ctx, func() { s.Reset() })
	defer stop()
	idle := hs.cfg.IdleTimeout
	s.SetWriteDeadline(time.Now().Add(idle))
	if _, err := s.Write(Request{Hash: h, Offset: offset}.Encode()); err != nil {
		s.Reset()
		return 0, fmt.Errorf("%w: send request: %w", errTruncated, err)
	}
	s.CloseWrite()

	var hdr [ResponseSize]byte
	s.SetReadDeadline(time.Now().Add(idle))
	if _, err := io.ReadFull(s, hdr[:]); err != nil {
		s.Reset()
		return 0, fmt.Errorf("%w: read response: %w", errTruncated, err)
	}
	resp, err := DecodeResponse(hdr[:])
	if err != nil {
		s.Reset()
		hs.penalise(p, err)
		return 0, err
	}
	switch resp.Status {
	case StatusNotFound:
		return 0, ErrNotFound
	case StatusBusy:
		return 0, errors.New("peer busy")
	case StatusBadRange:
		if resp.Size >= offset { // a server that says offset ≤ size is out of range is lying
			hs.penalise(p, fmt.Errorf("%w: bad range for offset %d in a blob of %d bytes", ErrBadWire, offset, resp.Size))
			return 0, fmt.Errorf("%w: bad range for offset %d in a blob of %d bytes", ErrBadWire, offset, resp.Size)
		}
		return 0, errBadRange
	}
	if resp.Size > hs.cfg.MaxBlobSize {
		s.Reset()
		return 0, fmt.Errorf("%w: declared size %d exceeds %d", ErrTooLarge, resp.Size, hs.cfg.MaxBlobSize)
	}
	if resp.Size < offset {
		s.Reset()
		return 0, errBadRange
	}

	want := resp.Size - offset
	var got int64
	buf := make([]byte, chunkSize)
	for got < want {
		s.SetReadDeadline(time.Now().Add(idle))
		n, rerr := s.Read(buf[:min(int64(len(buf)), want-got)])
		if n > 0 {
			if _, err := f.Write(buf[:n]); err != nil {
				s.Reset()
				return got, fmt.Errorf("p2p: write partial %s: %w", path, err)
			}
			kh.Write(buf[:n])
			got += int64(n)
		}
		if rerr != nil && got < want {
			s.Reset()
			f.Sync()
			if ctx.Err() != nil {
				return got, ctx.Err()
			}
			return got, fmt.Errorf("%w after %d of %d bytes: %w", errTruncated, offset+got, resp.Size, rerr)
		}
	}
	// Anything after the declared size is a lie about the size.
	s.SetReadDeadline(time.Now().Add(idle))
	if n, _ := s.Read(buf[:1]); n > 0 {
		s.Reset()
		f.Close()
		os.Remove(path)
		err := fmt.Errorf("%w: peer sent more than the %d bytes it declared", ErrTooLarge, resp.Size)
		hs.penalise(p, err)
		return got, err
	}
	var sum commit.Hash
	kh.Sum(sum[:0])
	if sum != h {
		f.Close()
		os.Remove(path)
		err := fmt.Errorf("%w: received %d bytes hashing to %s", ErrHashMismatch, resp.Size, sum)
		hs.penalise(p, err)
		return got, err
	}
	if err := f.Sync(); err != nil {
		return got, fmt.Errorf("p2p: %w", err)
	}
	if err := f.Close(); err != nil {
		return got, fmt.Errorf("p2p: %w", err)
	}
	if err := os.Rename(path, hs.cfg.Store.Path(h)); err != nil {
		return got, fmt.Errorf("p2p: store %s: %w", h, err)
	}
	hs.log.Info("p2p fetched blob", "blob", h, "peer", p, "size", resp.Size, "resumed_at", offset)
	return got, nil
}

// serveHooks make a serving host misbehave in tests.
type serveHooks struct {
	mu       sync.Mutex
	cutAfter int64   // reset the stream after this many body bytes ...
	cuts     int     // ... this many times
	corrupt  bool    // flip a bit of every chunk
	delta    int64   // added to the declared size
	extra    []byte  // sent after the blob
	offsets  []int64 // offsets requested
}

func (k *serveHooks) request(off int64) (cutAfter int64) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.offsets = append(k.offsets, off)
	if k.cuts > 0 && k.cutAfter > 0 {
		k.cuts--
		return k.cutAfter
	}
	return 0
}

func (k *serveHooks) seen() []int64 {
	k.mu.Lock()
	defer k.mu.Unlock()
	return append([]int64(nil), k.offsets...)
}

// serve answers one blob request from the store.
func (hs *Host) serve(s network.Stream) {
	defer s.Close()
	p := s.Conn().RemotePeer()
	if hs.Banned(p) {
		s.Reset()
		return
	}
	idle := hs.cfg.IdleTimeout
	s.SetReadDeadline(time.Now().Add(idle))
	var rb [RequestSize]byte
	if _, err := io.ReadFull(s, rb[:]); err != nil {
		hs.log.Debug("p2p blob request unread", "peer", p, "err", err)
		s.Reset()
		return
	}
	req, err := DecodeRequest(rb[:])
	if err != nil {
		hs.penalise(p, err)
		s.Reset()
		return
	}
	hooks := hs.hooks.Load()
	var cutAfter int64
	if hooks != nil {
		cutAfter = hooks.request(req.Offset)
	}
	write := func(b []byte) error {
		s.SetWriteDeadline(time.Now().Add(idle))
		_, err := s.Write(b)
		return err
	}

	f, err := os.Open(hs.cfg.Store.Path(req.Hash))
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			hs.log.Warn("p2p blob store", "err", err)
		}
		write(Response{Status: StatusNotFound}.Encode())
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > hs.cfg.MaxBlobSize {
		write(Response{Status: StatusNotFound}.Encode())
		return
	}
	size := fi.Size()
	if req.Offset > size {
		write(Response{Status: StatusBadRange, Size: size}.Encode())
		return
	}
	declared := size
	if hooks != nil {
		declared += hooks.delta
	}
	if err := write(Response{Status: StatusOK, Size: declared}.Encode()); err != nil {
		s.Reset()
		return
	}
	if _, err := f.Seek(req.Offset, io.SeekStart); err != nil {
		s.Reset()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stop := context.AfterFunc(hs.runCtx, cancel)
	defer stop()
	b := hs.rate.get(p, time.Now())
	buf := make([]byte, chunkSize)
	var sent int64
	for {
		n, rerr := f.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			if cutAfter > 0 && sent+int64(n) > cutAfter {
				chunk = chunk[:cutAfter-sent]
			}
			if hooks != nil && hooks.corrupt {
				chunk[0] ^= 1
			}
			if err := b.wait(ctx, len(chunk)); err != nil {
				s.Reset()
				return
			}
			if err := write(chunk); err != nil {
				hs.log.Debug("p2p blob send", "peer", p, "blob", req.Hash, "err", err)
				s.Reset()
				return
			}
			sent += int64(len(chunk))
			if cutAfter > 0 && sent >= cutAfter {
				s.Reset()
				return
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			hs.log.Warn("p2p blob read", "blob", req.Hash, "err", rerr)
			s.Reset()
			return
		}
	}
	if hooks != nil && len(hooks.extra) > 0 {
		write(bytes.Clone(hooks.extra))
	}
}
