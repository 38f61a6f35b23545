package p2p

import (
	"bytes"
	"errors"
	"testing"

	"veritrain/internal/commit"
)

func TestEnvelopeRoundTrip(t *testing.T) {
	for _, e := range []Envelope{
		{Kind: KindJob, JobID: 7, Payload: []byte("spec")},
		{Kind: KindBid, JobID: 1<<64 - 1},
		{Kind: KindCommit, JobID: 0, Payload: bytes.Repeat([]byte{0xab}, MaxPayload)},
		HaveEnvelope(3, commit.Keccak256([]byte("a")), commit.Keccak256([]byte("b"))),
	} {
		b, err := e.Encode()
		if err != nil {
			t.Fatalf("%v: %v", e.Kind, err)
		}
		got, err := DecodeEnvelope(b)
		if err != nil {
			t.Fatalf("%v: %v", e.Kind, err)
		}
		if got.Kind != e.Kind || got.JobID != e.JobID || !bytes.Equal(got.Payload, e.Payload) {
			t.Fatalf("round trip %+v -> %+v", e, got)
		}
	}
	hs := HaveEnvelope(1, commit.Keccak256([]byte("x"))).Hashes()
	if len(hs) != 1 || hs[0] != commit.Keccak256([]byte("x")) {
		t.Fatalf("Hashes = %v", hs)
	}
}

func TestEnvelopeStrict(t *testing.T) {
	good, _ := Envelope{Kind: KindJob, JobID: 1, Payload: []byte("abc")}.Encode()
	mod := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	bad := map[string][]byte{
		"empty":        nil,
		"short header": good[:envelopeHeader-1],
		"version":      mod(func(b []byte) []byte { b[0] = 2; return b }),
		"kind zero":    mod(func(b []byte) []byte { b[1] = 0; return b }),
		"kind unknown": mod(func(b []byte) []byte { b[1] = 99; return b }),
		"trailing":     append(bytes.Clone(good), 0),
		"truncated":    good[:len(good)-1],
		"length huge":  mod(func(b []byte) []byte { b[10] = 0xff; return b }),
		"oversized":    append(mod(func(b []byte) []byte { b[10], b[11], b[12], b[13] = 0, 1, 0, 1; return b[:envelopeHeader] }), make([]byte, MaxPayload+1)...),
		"have empty":   {1, byte(KindHave), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		"have ragged":  {1, byte(KindHave), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 7},
	}
	for name, b := range bad {
		if _, err := DecodeEnvelope(b); !errors.Is(err, ErrBadEnvelope) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	for _, e := range []Envelope{{Kind: 0}, {Kind: KindRound + 1}, {Kind: KindJob, Payload: make([]byte, MaxPayload+1)}, {Kind: KindHave}} {
		if _, err := e.Encode(); !errors.Is(err, ErrBadEnvelope) {
			t.Errorf("Encode(%v, %d bytes): err = %v", e.Kind, len(e.Payload), err)
		}
	}
}

func FuzzDecodeEnvelope(f *testing.F) {
	for _, e := range []Envelope{
		{Kind: KindJob, JobID: 7, Payload: []byte("spec")},
		{Kind: KindBid},
		HaveEnvelope(3, commit.Keccak256([]byte("a"))),
	} {
		b, _ := e.Encode()
		f.Add(b)
	}
	f.Add([]byte{1, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := DecodeEnvelope(b)
		if err != nil {
			return
		}
		if !e.Kind.Valid() || len(e.Payload) > MaxPayload {
			t.Fatalf("accepted %+v", e)
		}
		again, err := e.Encode()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("decode/encode not canonical: %x -> %x, %v", b, again, err)
		}
	})
}

func TestWireRoundTrip(t *testing.T) {
	r := Request{Hash: commit.Keccak256([]byte("blob")), Offset: 12345}
	got, err := DecodeRequest(r.Encode())
	if err != nil || got != r {
		t.Fatalf("request %+v -> %+v, %v", r, got, err)
	}
	for _, resp := range []Response{{StatusOK, 1 << 40}, {StatusNotFound, 0}, {StatusBadRange, 9}, {StatusBusy, 0}} {
		got, err := DecodeResponse(resp.Encode())
		if err != nil || got != resp {
			t.Fatalf("response %+v -> %+v, %v", resp, got, err)
		}
	}
}

func TestWireStrict(t *testing.T) {
	req := Request{Hash: commit.Keccak256([]byte("blob")), Offset: 1}.Encode()
	badReq := [][]byte{nil, req[:RequestSize-1], append(bytes.Clone(req), 0),
		func() []byte { b := bytes.Clone(req); b[0] = 0; return b }(),
		func() []byte { b := bytes.Clone(req); b[33] = 0xff; return b }(), // offset ≥ 2^62
	}
	for i, b := range badReq {
		if _, err := DecodeRequest(b); !errors.Is(err, ErrBadWire) {
			t.Errorf("request %d: err = %v", i, err)
		}
	}
	resp := Response{StatusOK, 10}.Encode()
	badResp := [][]byte{nil, resp[:ResponseSize-1], append(bytes.Clone(resp), 0),
		func() []byte { b := bytes.Clone(resp); b[0] = 2; return b }(),
		func() []byte { b := bytes.Clone(resp); b[1] = 4; return b }(),
		func() []byte { b := bytes.Clone(resp); b[2] = 0x80; return b }(),
		Response{StatusNotFound, 1}.Encode(),
		Response{StatusBusy, 1}.Encode(),
	}
	for i, b := range badResp {
		if _, err := DecodeResponse(b); !errors.Is(err, ErrBadWire) {
			t.Errorf("response %d: err = %v", i, err)
		}
	}
}

func FuzzDecodeRequest(f *testing.F) {
	f.Add(Request{Hash: commit.Keccak256([]byte("blob")), Offset: 0}.Encode())
	f.Add(Request{Offset: 1 << 20}.Encode())
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRequest(b)
		if err != nil {
			return
		}
		if r.Offset < 0 || !bytes.Equal(r.Encode(), b) {
			t.Fatalf("accepted %x as %+v", b, r)
		}
	})
}

func FuzzDecodeResponse(f *testing.F) {
	f.Add(Response{StatusOK, 3 << 20}.Encode())
	f.Add(Response{StatusNotFound, 0}.Encode())
	f.Add(Response{StatusBadRange, 5}.Encode())
	f.Add([]byte{1, 9})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeResponse(b)
		if err != nil {
			return
		}
		if r.Size < 0 || r.Status > StatusBusy || !bytes.Equal(r.Encode(), b) {
			t.Fatalf("accepted %x as %+v", b, r)
		}
	})
}
