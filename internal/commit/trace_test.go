package commit

import "testing"

func TestTraceRootAndProofs(t *testing.T) {
	var hs []Hash
	for i := 0; i < 13; i++ {
		hs = append(hs, Keccak256([]byte{byte(i)}))
	}
	leaves := make([]Hash, len(hs))
	for i, h := range hs {
		leaves[i] = LeafHash(h[:])
	}
	root := TraceRoot(hs)
	if root != MerkleRoot(leaves) {
		t.Fatalf("trace root %s is not the Merkle root over LeafHash(h_t)", root)
	}
	for step := 1; step <= len(hs); step++ {
		p, err := TraceProof(hs, step)
		if err != nil {
			t.Fatal(err)
		}
		if !VerifyTraceProof(root, hs[step-1], step, len(hs), p) {
			t.Fatalf("step %d: proof rejected", step)
		}
		if VerifyTraceProof(root, hs[step-1], step%len(hs)+1, len(hs), p) {
			t.Fatalf("step %d: proof accepted at another step", step)
		}
	}
	for _, bad := range []int{0, -1, len(hs) + 1} {
		if _, err := TraceProof(hs, bad); err == nil {
			t.Errorf("TraceProof(step %d) succeeded", bad)
		}
	}
}
