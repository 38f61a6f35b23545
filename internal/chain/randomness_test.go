package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"veritrain/internal/commit"
)

func TestShardRandomness(t *testing.T) {
	e, sub, sol := marketPair(t)
	ctx := e.ctx
	r := must[*types.Receipt](t)
	p := params1()
	p.Shards = 2
	p.Budget = tok(200)
	id, _, err := sub.PostJob(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	r(sol.Bid(ctx, id, tok(70)))
	if _, err := sol.ShardRandomness(ctx, id, 0, 1); err == nil {
		t.Fatal("randomness of an uncommitted shard: no error")
	}
	e.advance(time.Hour)
	r(sol.FinalizeAuction(ctx, id))
	rc := r(sol.Commit(ctx, id, 0, crypto.Keccak256Hash([]byte("trace")), crypto.Keccak256Hash([]byte("state"))))
	for n := uint64(0); n < RandomnessDelay; n++ {
		head, err := e.sim.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if head >= rc.BlockNumber.Uint64()+RandomnessDelay {
			break
		}
		if got, err := sol.ShardRandomness(ctx, id, 0, 1); err != nil || got != nil {
			t.Fatalf("%d blocks after the commit: %v, %v; want none yet", head-rc.BlockNumber.Uint64(), got, err)
		}
		e.sim.Commit()
	}
	got, err := sol.ShardRandomness(ctx, id, 0, 1)
	if err != nil || got == nil {
		t.Fatalf("randomness: %v, %v", got, err)
	}
	// It is the keccak of the later block's prevrandao and the ids, the same for every reader.
	h, err := e.sim.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(rc.BlockNumber.Uint64()+RandomnessDelay))
	if err != nil {
		t.Fatal(err)
	}
	word := func(x int64) []byte { return common32(big.NewInt(x)) }
	want := commit.Keccak256(append(append(append(h.MixDigest.Bytes(), word(id.Int64())...), word(0)...), word(1)...))
	if *got != want {
		t.Fatalf("R %v, want %v", got, want)
	}
	e.sim.Commit()
	if again, err := sub.ShardRandomness(ctx, id, 0, 1); err != nil || *again != *got {
		t.Fatalf("later, another reader: %v, %v", again, err)
	}
	if _, err := sol.ShardRandomness(ctx, id, 0, 2); err == nil {
		t.Fatal("randomness of an attempt that was never committed: no error")
	}
}

func common32(x *big.Int) []byte {
	b := make([]byte, 32)
	return x.FillBytes(b)
}
