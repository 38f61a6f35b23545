package cli

import (
	"bufio"
	"io"
	"net"
	"testing"
	"time"
)

// TestRPCProxyCuts: the proxy forwards both ways, Cut drops every live connection (the client
// sees its connection end) and counts it, and a new connection works after a cut.
func TestRPCProxyCuts(t *testing.T) {
	echo, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer echo.Close()
	go func() {
		for {
			c, err := echo.Accept()
			if err != nil {
				return
			}
			go func() { io.Copy(c, c); c.Close() }()
		}
	}()
	p, err := startRPCProxy(echo.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	roundTrip := func(c net.Conn, msg string) error {
		c.SetDeadline(time.Now().Add(5 * time.Second))
		if _, err := c.Write([]byte(msg + "\n")); err != nil {
			return err
		}
		got, err := bufio.NewReader(c).ReadString('\n')
		if err == nil && got != msg+"\n" {
			t.Fatalf("echoed %q, want %q", got, msg)
		}
		return err
	}
	dial := func() net.Conn {
		c, err := net.Dial("tcp", p.Addr())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	a, b := dial(), dial()
	for _, c := range []net.Conn{a, b} {
		if err := roundTrip(c, "hello"); err != nil {
			t.Fatal(err)
		}
	}
	if n := p.Cut(); n != 2 {
		t.Fatalf("cut %d connections, want 2", n)
	}
	if err := roundTrip(a, "after the cut"); err == nil {
		t.Fatal("a cut connection still carries data")
	}
	if err := roundTrip(dial(), "again"); err != nil {
		t.Fatalf("a new connection after the cut: %v", err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := net.DialTimeout("tcp", p.Addr(), time.Second); err == nil {
		t.Fatal("the closed proxy still accepts")
	}
}
