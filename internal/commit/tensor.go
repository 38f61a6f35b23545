package commit

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// ChunkFloats is the largest number of float32 values in one tensor leaf.
// Rows of the last dimension that are longer are cut into chunks of
// ChunkFloats values, the last chunk holding the rest.
const ChunkFloats = 1024

// ErrShape is wrapped by errors about invalid shapes, data lengths and leaf
// positions.
var ErrShape = errors.New("invalid tensor shape or position")

// TensorLayout describes how a tensor of a given shape is cut into Merkle
// leaves. It is the layout of the commitment, not of the shape: a tensor with
// zero elements is committed as Rows = 1 row of RowLen = 0 values in one
// empty chunk, so its root is LeafHash of no bytes.
type TensorLayout struct {
	Elements     int // number of float32 values: the product of the shape
	Rows         int // product of all dimensions but the last; 1 for a scalar or 1-D tensor
	RowLen       int // the last dimension; 1 for a scalar
	ChunksPerRow int // ceil(RowLen / ChunkFloats)
	Leaves       int // Rows * ChunksPerRow
}

// LayoutOf returns the leaf layout of a tensor with the given shape
// (row-major; shape [] is a scalar). Negative dimensions and element counts
// that overflow int are errors wrapping ErrShape.
func LayoutOf(shape []int) (TensorLayout, error) {
	zero := false
	for _, d := range shape {
		if d < 0 {
			return TensorLayout{}, fmt.Errorf("commit: shape %v: %w: negative dimension", shape, ErrShape)
		}
		zero = zero || d == 0
	}
	if zero {
		return TensorLayout{Elements: 0, Rows: 1, RowLen: 0, ChunksPerRow: 1, Leaves: 1}, nil
	}
	rows, rowLen := 1, 1
	if len(shape) > 0 {
		rowLen = shape[len(shape)-1]
		for _, d := range shape[:len(shape)-1] {
			if rows > math.MaxInt/d {
				return TensorLayout{}, fmt.Errorf("commit: shape %v: %w: too many elements", shape, ErrShape)
			}
			rows *= d
		}
	}
	if rowLen > math.MaxInt/rows {
		return TensorLayout{}, fmt.Errorf("commit: shape %v: %w: too many elements", shape, ErrShape)
	}
	cpr := (rowLen-1)/ChunkFloats + 1
	return TensorLayout{Elements: rows * rowLen, Rows: rows, RowLen: rowLen, ChunksPerRow: cpr, Leaves: rows * cpr}, nil
}

// LeafIndex returns the Merkle leaf index of chunk chunk of row row:
// row*ChunksPerRow + chunk. Positions outside the layout are errors wrapping
// ErrShape.
func (l TensorLayout) LeafIndex(row, chunk int) (int, error) {
	if row < 0 || row >= l.Rows || chunk < 0 || chunk >= l.ChunksPerRow {
		return 0, fmt.Errorf("commit: row %d chunk %d outside %d rows of %d chunks: %w", row, chunk, l.Rows, l.ChunksPerRow, ErrShape)
	}
	return row*l.ChunksPerRow + chunk, nil
}

// ChunkRange returns the flat (row-major) element range [start, end) held by
// chunk chunk of row row. The position must be valid (see LeafIndex).
func (l TensorLayout) ChunkRange(row, chunk int) (start, end int) {
	start = row*l.RowLen + chunk*ChunkFloats
	end = start + min(ChunkFloats, l.RowLen-chunk*ChunkFloats)
	return start, end
}

// Locate returns the row, chunk and offset within the chunk of the element
// at flat (row-major) index i, which must be in [0, Elements).
func (l TensorLayout) Locate(i int) (row, chunk, offset int) {
	row, col := i/l.RowLen, i%l.RowLen
	return row, col / ChunkFloats, col % ChunkFloats
}

// TensorLeafCount returns the number of Merkle leaves of a tensor with the
// given shape (1 for a tensor with zero elements). It panics on a shape that
// LayoutOf rejects.
func TensorLeafCount(shape []int) int {
	l, err := LayoutOf(shape)
	if err != nil {
		panic(err)
	}
	return l.Leaves
}

// AppendChunk appends the leaf encoding of vals (each value's
// math.Float32bits, little-endian, 4 bytes per value) to dst. The leaf hash
// of a chunk is LeafHash(AppendChunk(nil, vals)).
func AppendChunk(dst []byte, vals []float32) []byte {
	for _, v := range vals {
		dst = binary.LittleEndian.AppendUint32(dst, math.Float32bits(v))
	}
	return dst
}

// DecodeChunk decodes leaf bytes made by AppendChunk, keeping every bit.
// A length that is not a multiple of 4 is an error.
func DecodeChunk(b []byte) ([]float32, error) {
	if len(b)%4 != 0 {
		return nil, fmt.Errorf("commit: decode chunk: length %d is not a multiple of 4", len(b))
	}
	vals := make([]float32, len(b)/4)
	for i := range vals {
		vals[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return vals, nil
}

// chunkLeaves sets out[i] to the leaf hash of leaf first+i of a tensor with
// layout l and values data, batching the hashes. data must hold exactly
// l.Elements values.
func (h *Hasher) chunkLeaves(l TensorLayout, data []float32, first int, out []Hash) {
	r, c := first/l.ChunksPerRow, first%l.ChunksPerRow
	for i := range out {
		s, e := l.ChunkRange(r, c)
		h.e.queue(LeafPrefix, h.e.chunkBytes(data[s:e]), &out[i])
		if c++; c == l.ChunksPerRow {
			r, c = r+1, 0
		}
	}
	h.e.flush()
}

// tensorStream pushes every leaf of the tensor into h's stream, which must
// have been reset. data must hold exactly l.Elements values.
func (h *Hasher) tensorStream(l TensorLayout, data []float32) {
	for first := 0; first < l.Leaves; first += batchLeaves {
		lv := h.lv[:min(batchLeaves, l.Leaves-first)]
		h.chunkLeaves(l, data, first, lv)
		h.pushBatch(lv)
	}
}

// checkData returns the layout of shape after checking that data fits it.
func checkData(shape []int, data []float32) (TensorLayout, error) {
	l, err := LayoutOf(shape)
	if err != nil {
		return l, err
	}
	if len(data) != l.Elements {
		return l, fmt.Errorf("commit: shape %v holds %d elements, data has %d: %w", shape, l.Elements, len(data), ErrShape)
	}
	return l, nil
}

// TensorRoot returns the tensor root of data (row-major float32 values) with
// the given shape: the Merkle root over its row chunks (see LayoutOf). An
// invalid shape or len(data) not equal to the product of shape is an error
// wrapping ErrShape.
func (h *Hasher) TensorRoot(shape []int, data []float32) (Hash, error) {
	l, err := checkData(shape, data)
	if err != nil {
		return Hash{}, err
	}
	h.st.reset(-1)
	h.tensorStream(l, data)
	return h.finish(), nil
}

// TensorRoot returns the tensor root of data (row-major float32 values) with
// the given shape: the Merkle root over its row chunks (see LayoutOf). An
// invalid shape or len(data) not equal to the product of shape is an error
// wrapping ErrShape.
func TensorRoot(shape []int, data []float32) (Hash, error) {
	h := getHasher()
	defer putHasher(h)
	return h.TensorRoot(shape, data)
}

// MustTensorRoot is TensorRoot for callers whose shape and data are known to
// agree; it panics on an error.
func MustTensorRoot(shape []int, data []float32) Hash {
	r, err := TensorRoot(shape, data)
	if err != nil {
		panic(err)
	}
	return r
}

// TensorLeafHashes returns the leaf hashes of the tensor in leaf order, for
// building a Tree when many proofs of one tensor are needed.
func (h *Hasher) TensorLeafHashes(shape []int, data []float32) ([]Hash, error) {
	l, err := checkData(shape, data)
	if err != nil {
		return nil, err
	}
	leaves := make([]Hash, l.Leaves)
	h.chunkLeaves(l, data, 0, leaves)
	return leaves, nil
}

// TensorLeafHashes returns the leaf hashes of the tensor in leaf order, for
// building a Tree when many proofs of one tensor are needed.
func TensorLeafHashes(shape []int, data []float32) ([]Hash, error) {
	h := getHasher()
	defer putHasher(h)
	return h.TensorLeafHashes(shape, data)
}

// TensorProof returns the bytes of leaf (row, chunk) of the tensor (the
// AppendChunk encoding of its values, without the 0x00 leaf prefix) and its
// Merkle proof against the tensor root. It hashes the whole tensor once, in
// O(log n) extra memory. Errors wrap ErrShape.
func (h *Hasher) TensorProof(shape []int, data []float32, row, chunk int) (leafBytes []byte, proof []Hash, err error) {
	l, err := checkData(shape, data)
	if err != nil {
		return nil, nil, err
	}
	idx, err := l.LeafIndex(row, chunk)
	if err != nil {
		return nil, nil, err
	}
	h.st.reset(idx)
	h.tensorStream(l, data)
	h.finish()
	s, e := l.ChunkRange(row, chunk)
	leafBytes = AppendChunk(make([]byte, 0, 4*(e-s)), data[s:e])
	proof = make([]Hash, Depth(l.Leaves))
	copy(proof, h.st.proof[:])
	return leafBytes, proof, nil
}

// TensorProof returns the bytes of leaf (row, chunk) of the tensor (the
// AppendChunk encoding of its values, without the 0x00 leaf prefix) and its
// Merkle proof against the tensor root. It hashes the whole tensor once, in
// O(log n) extra memory. Errors wrap ErrShape.
func TensorProof(shape []int, data []float32, row, chunk int) (leafBytes []byte, proof []Hash, err error) {
	h := getHasher()
	defer putHasher(h)
	return h.TensorProof(shape, data, row, chunk)
}

// VerifyTensorChunk reports whether leafBytes are the encoded values of chunk
// chunk of row row of a tensor with the given shape and tensor root. Besides
// VerifyProof's checks it requires a valid shape and position and
// len(leafBytes) == 4 * (number of values that chunk holds).
func (h *Hasher) VerifyTensorChunk(root Hash, shape []int, row, chunk int, leafBytes []byte, proof []Hash) bool {
	l, err := LayoutOf(shape)
	if err != nil {
		return false
	}
	idx, err := l.LeafIndex(row, chunk)
	if err != nil {
		return false
	}
	s, e := l.ChunkRange(row, chunk)
	if len(leafBytes) != 4*(e-s) {
		return false
	}
	return h.VerifyProof(root, h.LeafHash(leafBytes), idx, l.Leaves, proof)
}

// VerifyTensorChunk reports whether leafBytes are the encoded values of chunk
// chunk of row row of a tensor with the given shape and tensor root. Besides
// VerifyProof's checks it requires a valid shape and position and
// len(leafBytes) == 4 * (number of values that chunk holds).
func VerifyTensorChunk(root Hash, shape []int, row, chunk int, leafBytes []byte, proof []Hash) bool {
	h := getHasher()
	defer putHasher(h)
	return h.VerifyTensorChunk(root, shape, row, chunk, leafBytes, proof)
}
