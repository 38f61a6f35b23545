package commit

import (
	"fmt"
	"testing"
)

func leavesN(n int) []Hash {
	l := make([]Hash, n)
	for i := range l {
		l[i] = refLeaf([]byte{byte(i), byte(i >> 8)})
	}
	return l
}

func TestMerkleRootKnownAnswers(t *testing.T) {
	l := leavesN(5)
	var z Hash
	tests := []struct {
		n    int
		want Hash
	}{
		{0, Hash{}},
		{1, l[0]},
		{2, refNode(l[0], l[1])},
		{3, refNode(refNode(l[0], l[1]), refNode(l[2], z))},
		{4, refNode(refNode(l[0], l[1]), refNode(l[2], l[3]))},
		{5, refNode(
			refNode(refNode(l[0], l[1]), refNode(l[2], l[3])),
			refNode(refNode(l[4], z), refNode(z, z)))},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			if got := MerkleRoot(l[:tt.n]); got != tt.want {
				t.Errorf("MerkleRoot = %s, want %s", got, tt.want)
			}
			if got := NewTree(l[:tt.n]).Root(); got != tt.want {
				t.Errorf("Tree.Root = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestDepth(t *testing.T) {
	tests := []struct{ n, want int }{
		{-1, 0}, {0, 0}, {1, 0}, {2, 1}, {3, 2}, {4, 2}, {5, 3}, {8, 3}, {9, 4},
		{784, 10}, {1024, 10}, {1025, 11}, {1 << 40, 40}, {1<<40 + 1, 41},
	}
	for _, tt := range tests {
		if got := Depth(tt.n); got != tt.want {
			t.Errorf("Depth(%d) = %d, want %d", tt.n, got, tt.want)
		}
	}
}

func TestZeroHash(t *testing.T) {
	var z Hash
	want := []Hash{z, refNode(z, z), refNode(refNode(z, z), refNode(z, z))}
	for k, w := range want {
		if got := ZeroHash(k); got != w {
			t.Errorf("ZeroHash(%d) = %s, want %s", k, got, w)
		}
	}
	// Golden values, also listed in docs/commitments.md.
	golden := map[int]string{
		0:  "0x0000000000000000000000000000000000000000000000000000000000000000",
		1:  "0xc07a1e8b7e0057673fdc2affe190d8a960c5fe615663f27b7ce84f3d93ef92a6",
		2:  "0xfd47517474a597637d54038a0663d1d03b931b238de06b73e3c12cf443de6e8d",
		3:  "0x47a8f5e8fa70be2760378067c9c6d410dd96be07820b4230c11254c7ff10c298",
		4:  "0xaed19ca4bfe2365b1b33fa94744cd0c6a2d550506c7e7efc073879cb79459b9a",
		32: "0x7c1d0e8a93ea9c09cc13b91ead8f72de66a33cb695c30934dc2d75bffac1248e",
	}
	for k, g := range golden {
		if got := ZeroHash(k).String(); got != g {
			t.Errorf("ZeroHash(%d) = %s, golden %s", k, got, g)
		}
	}
	for _, bad := range []int{-1, 64} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("ZeroHash(%d) did not panic", bad)
				}
			}()
			ZeroHash(bad)
		}()
	}
}

func TestMerkleMatchesReference(t *testing.T) {
	for n := 0; n <= 70; n++ {
		l := leavesN(n)
		want := refRoot(l)
		tr := NewTree(l)
		if got := MerkleRoot(l); got != want {
			t.Fatalf("n=%d: MerkleRoot = %s, want %s", n, got, want)
		}
		if tr.Root() != want || tr.Len() != n || tr.Depth() != Depth(n) {
			t.Fatalf("n=%d: Tree root %s len %d depth %d", n, tr.Root(), tr.Len(), tr.Depth())
		}
	}
}

func TestProofRoundTrip(t *testing.T) {
	for n := 1; n <= 33; n++ {
		l := leavesN(n)
		tr := NewTree(l)
		root := tr.Root()
		for i := 0; i < n; i++ {
			p := tr.Proof(i)
			if want := refProof(l, i); fmt.Sprint(p) != fmt.Sprint(want) {
				t.Fatalf("n=%d i=%d: proof %v, want %v", n, i, p, want)
			}
			if tr.Leaf(i) != l[i] {
				t.Fatalf("n=%d i=%d: Leaf wrong", n, i)
			}
			if !VerifyProof(root, l[i], i, n, p) {
				t.Fatalf("n=%d i=%d: valid proof rejected", n, i)
			}
			checkRejected(t, fmt.Sprintf("n=%d i=%d", n, i), root, l, i, p)
		}
	}
}

// checkRejected tampers with every part of a valid proof in turn.
func checkRejected(t *testing.T, name string, root Hash, l []Hash, i int, p []Hash) {
	t.Helper()
	n := len(l)
	reject := func(what string, root, leaf Hash, index, n int, proof []Hash) {
		t.Helper()
		if VerifyProof(root, leaf, index, n, proof) {
			t.Fatalf("%s: %s accepted", name, what)
		}
	}
	for k := range p {
		q := append([]Hash(nil), p...)
		q[k][k%HashSize] ^= 1
		reject(fmt.Sprintf("proof[%d] flipped", k), root, l[i], i, n, q)
	}
	bad := l[i]
	bad[31] ^= 0x80
	reject("tampered leaf", root, bad, i, n, p)
	badRoot := root
	badRoot[0] ^= 1
	reject("tampered root", badRoot, l[i], i, n, p)
	for _, j := range []int{i - 1, i + 1, i ^ 1, i ^ 2} {
		if j != i && j >= 0 && j < n {
			reject(fmt.Sprintf("index %d", j), root, l[i], j, n, p)
		}
	}
	reject("index -1", root, l[i], -1, n, p)
	reject("index n", root, l[i], n, n, p)
	reject("index n+i", root, l[i], n+i, n, p)
	reject("n=0", root, l[i], i, 0, p)
	reject("proof too long", root, l[i], i, n, append(append([]Hash(nil), p...), Hash{}))
	if len(p) > 0 {
		reject("proof too short", root, l[i], i, n, p[:len(p)-1])
	}
	// A leaf count with another depth needs another proof length.
	for _, m := range []int{1 << len(p), 1<<len(p) + 1, (1 << len(p)) / 2} {
		if m > i && Depth(m) != len(p) {
			reject(fmt.Sprintf("n=%d", m), root, l[i], i, m, p)
		}
	}
}

// A root over non-zero "padding" must not open: siblings covering only
// padding have to be the canonical ZeroHashes.
func TestVerifyProofRejectsNonCanonicalPadding(t *testing.T) {
	l := leavesN(5)
	junk := refLeaf([]byte("junk"))
	z := Hash{}
	for _, tt := range []struct {
		name  string
		root  Hash
		i     int
		proof []Hash
	}{
		{"n=3 leaf 2", refNode(refNode(l[0], l[1]), refNode(l[2], junk)), 2, []Hash{junk, refNode(l[0], l[1])}},
		{"n=5 leaf 4 level 0", refNode(refNode(refNode(l[0], l[1]), refNode(l[2], l[3])), refNode(refNode(l[4], junk), refNode(z, z))),
			4, []Hash{junk, refNode(z, z), refNode(refNode(l[0], l[1]), refNode(l[2], l[3]))}},
		{"n=5 leaf 4 level 1", refNode(refNode(refNode(l[0], l[1]), refNode(l[2], l[3])), refNode(refNode(l[4], z), junk)),
			4, []Hash{z, junk, refNode(refNode(l[0], l[1]), refNode(l[2], l[3]))}},
	} {
		n := 3
		if tt.i == 4 {
			n = 5
		}
		// The hash chain itself is consistent...
		cur := l[tt.i]
		for k, s := range tt.proof {
			if (tt.i>>k)&1 == 0 {
				cur = refNode(cur, s)
			} else {
				cur = refNode(s, cur)
			}
		}
		if cur != tt.root {
			t.Fatalf("%s: test vector inconsistent", tt.name)
		}
		// ...but the padding is not canonical.
		if VerifyProof(tt.root, l[tt.i], tt.i, n, tt.proof) {
			t.Errorf("%s: non-canonical padding accepted", tt.name)
		}
	}
}

func TestTreeProofPanics(t *testing.T) {
	for _, tt := range []struct{ n, i int }{{0, 0}, {3, -1}, {3, 3}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("n=%d: Proof(%d) did not panic", tt.n, tt.i)
				}
			}()
			NewTree(leavesN(tt.n)).Proof(tt.i)
		}()
	}
	if p := NewTree(leavesN(1)).Proof(0); p == nil || len(p) != 0 {
		t.Errorf("one-leaf proof = %#v, want empty non-nil", p)
	}
}

func TestNewTreeCopiesLeaves(t *testing.T) {
	l := leavesN(4)
	tr := NewTree(l)
	root := tr.Root()
	l[0] = Hash{}
	if tr.Leaf(0) == l[0] || tr.Root() != root {
		t.Error("Tree aliases its input")
	}
}

func TestTreeNode(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		leaves := make([]Hash, n)
		for i := range leaves {
			leaves[i] = LeafHash([]byte{byte(i)})
		}
		tr := NewTree(leaves)
		for i := 0; i < 1<<uint(tr.Depth()); i++ {
			want := ZeroHash(0)
			if i < n {
				want = leaves[i]
			}
			if tr.Node(0, i) != want {
				t.Fatalf("n=%d: leaf node %d wrong", n, i)
			}
		}
		if tr.Node(tr.Depth(), 0) != tr.Root() {
			t.Fatalf("n=%d: top node is not the root", n)
		}
		for lv := 1; lv <= tr.Depth(); lv++ {
			for i := 0; i < 1<<uint(tr.Depth()-lv); i++ {
				if tr.Node(lv, i) != NodeHash(tr.Node(lv-1, 2*i), tr.Node(lv-1, 2*i+1)) {
					t.Fatalf("n=%d: node (%d,%d) is not the hash of its children", n, lv, i)
				}
			}
		}
	}
}
