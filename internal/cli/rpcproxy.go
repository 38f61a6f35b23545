package cli

import (
	"errors"
	"io"
	"net"
	"sync"
)

// rpcProxy forwards TCP connections from a loopback port to the dev chain's RPC port and can cut
// every connection it carries at once (demo --cut-rpc): the nodes' chain clients must notice,
// reconnect and carry on, as they must when a real RPC endpoint drops them.
type rpcProxy struct {
	ln     net.Listener
	target string

	mu    sync.Mutex
	conns map[net.Conn]struct{} // both ends of every live forwarded connection
	wg    sync.WaitGroup
}

// startRPCProxy listens on a free loopback port and forwards to target (host:port).
func startRPCProxy(target string) (*rpcProxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &rpcProxy{ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	p.wg.Add(1)
	go p.serve()
	return p, nil
}

// Addr is the proxy's host:port.
func (p *rpcProxy) Addr() string { return p.ln.Addr().String() }

func (p *rpcProxy) serve() {
	defer p.wg.Done()
	for {
		in, err := p.ln.Accept()
		if err != nil {
			return // closed
		}
		out, err := net.Dial("tcp", p.target)
		if err != nil {
			in.Close()
			continue
		}
		if !p.track(in, out) {
			return
		}
		p.wg.Add(2)
		go p.pipe(out, in)
		go p.pipe(in, out)
	}
}

// track records a forwarded connection's two ends; false if the proxy is closed.
func (p *rpcProxy) track(in, out net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.conns == nil {
		in.Close()
		out.Close()
		return false
	}
	p.conns[in], p.conns[out] = struct{}{}, struct{}{}
	return true
}

// pipe copies src to dst until either ends, then closes both.
func (p *rpcProxy) pipe(dst, src net.Conn) {
	defer p.wg.Done()
	io.Copy(dst, src) // until a cut or either peer closes: then both ends go
	p.mu.Lock()
	delete(p.conns, src)
	delete(p.conns, dst)
	p.mu.Unlock()
	src.Close()
	dst.Close()
}

// Cut closes every connection the proxy carries and returns how many client connections it cut.
// New connections are accepted as before.
func (p *rpcProxy) Cut() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := len(p.conns) / 2
	for c := range p.conns {
		c.Close()
		delete(p.conns, c)
	}
	return n
}

// Close stops accepting, cuts every connection and waits for the forwarding goroutines.
func (p *rpcProxy) Close() error {
	err := p.ln.Close()
	p.Cut()
	p.mu.Lock()
	p.conns = nil
	p.mu.Unlock()
	p.wg.Wait()
	if errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}
