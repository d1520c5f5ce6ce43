package redistest

import (
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// Proxy is a TCP proxy to a Redis server for fault tests: it can stop
// forwarding while keeping the connections open (a hung server or a network
// partition, which a refused connection does not show), or cut a connection
// right after forwarding a client's write (the commands reach Redis, their
// replies are lost: a connection killed mid-batch).
type Proxy struct {
	l      net.Listener
	target string
	// Frozen: nothing is forwarded while set.
	Frozen atomic.Bool
	// CutNext: the next client write is forwarded, then both sides closed.
	CutNext atomic.Bool
	// Cuts counts the connections cut by CutNext.
	Cuts atomic.Int64
	// Dropped counts the client writes holding the mark of CountDropped
	// swallowed while frozen.
	Dropped  atomic.Int64
	dropMark atomic.Pointer[string]
	mu       sync.Mutex
	conns    []net.Conn
	wg       sync.WaitGroup
}

// NewProxy listens on a free loopback port and forwards to target
// (host:port); it is closed with the test.
func NewProxy(t testing.TB, target string) *Proxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{l: l, target: target}
	p.wg.Go(p.serve)
	t.Cleanup(p.close)
	return p
}

// CountDropped makes Dropped count the client writes holding mark that
// are swallowed while frozen.
func (p *Proxy) CountDropped(mark string) { p.dropMark.Store(&mark) }

// Addr is the proxy's host:port.
func (p *Proxy) Addr() string { return p.l.Addr().String() }

// URL is a redis:// URL of database 0 through the proxy.
func (p *Proxy) URL() string { return "redis://" + p.Addr() + "/0" }

func (p *Proxy) serve() {
	for {
		c, err := p.l.Accept()
		if err != nil {
			return
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, up)
		p.mu.Unlock()
		p.wg.Go(func() { p.pipe(up, c, true) })
		p.wg.Go(func() { p.pipe(c, up, false) })
	}
}

func (p *Proxy) pipe(dst, src net.Conn, fromClient bool) {
	defer dst.Close()
	buf := make([]byte, 64<<10)
	for {
		n, err := src.Read(buf)
		frozen := p.Frozen.Load()
		if m := p.dropMark.Load(); n > 0 && fromClient && frozen && m != nil && strings.Contains(string(buf[:n]), *m) {
			p.Dropped.Add(1)
		}
		if n > 0 && !frozen {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				src.Close()
				return
			}
			if fromClient && p.CutNext.CompareAndSwap(true, false) {
				p.Cuts.Add(1)
				src.Close()
				return
			}
		}
		if err != nil {
			if !errors.Is(err, io.EOF) {
				src.Close()
			}
			return
		}
	}
}

func (p *Proxy) close() {
	p.l.Close()
	p.mu.Lock()
	for _, c := range p.conns {
		c.Close()
	}
	p.mu.Unlock()
	p.wg.Wait()
}
