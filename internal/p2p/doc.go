// Package p2p is the peer-to-peer driver of a veritrain node (DESIGN section 7): a libp2p host
// with a persistent identity, gossip topics carrying small typed envelopes, and the
// content-addressed blob exchange protocol /veritrain/blob/1 that fills the node's blob store.
//
// The wire formats (Envelope, blob request and response headers), the peer scores and the token
// bucket are pure code in envelope.go, wire.go, score.go and bucket.go; everything that does I/O
// lives in host.go, gossip.go and blob.go.
package p2p
