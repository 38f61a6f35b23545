package node

import (
	"bytes"
	"strings"
	"testing"

	"veritrain/internal/commit"
)

const testPeer = "12D3KooWCtrFUnCpa17bWMrQoWYC1vWdQbrPEv9idwjVqYrENHDE"

func TestDecodeCommit(t *testing.T) {
	cm, tr := commit.Keccak256([]byte("c")), commit.Keccak256([]byte("t"))
	s, a, gotCM, gotTR, err := DecodeCommit(EncodeCommit(3, 2, cm, tr))
	if err != nil || s != 3 || a != 2 || gotCM != cm || gotTR != tr {
		t.Fatalf("round trip: %d %d %v %v %v", s, a, gotCM, gotTR, err)
	}
	good := EncodeCommit(0, 1, cm, tr)
	for name, b := range map[string][]byte{
		"empty":          nil,
		"short":          good[:len(good)-1],
		"long":           append(append([]byte(nil), good...), 0),
		"attempt 0":      EncodeCommit(0, 0, cm, tr),
		"shard 2^16":     EncodeCommit(1<<16, 1, cm, tr),
		"attempt 2^16":   EncodeCommit(0, 1<<16, cm, tr),
		"attempt 2^32-1": EncodeCommit(0, 1<<32-1, cm, tr),
	} {
		if _, _, _, _, err := DecodeCommit(b); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestDecodePeer(t *testing.T) {
	good := "/ip4/127.0.0.1/tcp/4001/p2p/" + testPeer
	if a, err := DecodePeer([]byte(good+"\n/ip6/::1/tcp/4001/p2p/"+testPeer), testPeer); err != nil || len(a) != 2 {
		t.Fatalf("%v %v", a, err)
	}
	for name, b := range map[string]string{
		"empty":           "",
		"not a multiaddr": "hello",
		"another peer":    "/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWKgZFrLwTqi3GPN8mxohA8ju6y9sLBwVEpo3LwC49vkVz",
		"no peer id":      "/ip4/127.0.0.1/tcp/4001",
		"trailing line":   good + "\n",
		"too many":        strings.Repeat(good+"\n", maxPeerAddrs) + good,
	} {
		if _, err := DecodePeer([]byte(b), testPeer); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func FuzzDecodeCommit(f *testing.F) {
	f.Add(EncodeCommit(0, 1, commit.Hash{1}, commit.Hash{2}))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, a, cm, tr, err := DecodeCommit(b)
		if err != nil {
			return
		}
		if !bytes.Equal(EncodeCommit(s, a, cm, tr), b) {
			t.Fatalf("accepted %x does not re-encode to itself", b)
		}
	})
}

func FuzzDecodePeer(f *testing.F) {
	f.Add([]byte("/ip4/127.0.0.1/tcp/4001/p2p/" + testPeer))
	f.Add([]byte("/ip4/127.0.0.1/tcp/4001"))
	f.Fuzz(func(t *testing.T, b []byte) {
		addrs, err := DecodePeer(b, testPeer)
		if err != nil {
			return
		}
		if len(addrs) == 0 || len(addrs) > maxPeerAddrs {
			t.Fatalf("accepted %d addresses", len(addrs))
		}
		for _, a := range addrs {
			if !strings.HasSuffix(a, "/p2p/"+testPeer) {
				t.Fatalf("accepted %q, not an address of the sender", a)
			}
		}
	})
}
