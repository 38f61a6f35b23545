package tensor

// transposeLast2 handles the permutation that swaps the last two axes (the leading axes staying
// in place), the permute of every matmul gradient, with a cache-blocked copy: in is
// [batch, r, c] and out is [batch, c, r]. It is a pure copy, so blocking cannot change a bit.
// It reports false for any other permutation.
func transposeLast2(out, in []float32, inShape, perm []int) bool {
	rank := len(perm)
	if rank < 2 || perm[rank-1] != rank-2 || perm[rank-2] != rank-1 {
		return false
	}
	for a := 0; a < rank-2; a++ {
		if perm[a] != a {
			return false
		}
	}
	r, c := inShape[rank-2], inShape[rank-1]
	if r*c == 0 {
		return true
	}
	const tile = 32
	for b := 0; b+r*c <= len(in); b += r * c {
		src, dst := in[b:b+r*c], out[b:b+r*c]
		for i0 := 0; i0 < r; i0 += tile {
			i1 := min(i0+tile, r)
			for j0 := 0; j0 < c; j0 += tile {
				j1 := min(j0+tile, c)
				for i := i0; i < i1; i++ {
					row := src[i*c : i*c+c]
					for j := j0; j < j1; j++ {
						dst[j*r+i] = row[j]
					}
				}
			}
		}
	}
	return true
}
