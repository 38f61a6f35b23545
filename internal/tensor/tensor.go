// Package tensor owns veritrain's dense float32 tensors and the primitive operators that every
// training step is made of. Each primitive has a fast kernel (Exec) and a per-element reference
// (RefElement) that agree bit for bit; the reference is the written-down canonical order of every
// reduction (see docs/kernels.md), which the Solidity adjudicator implements too.
//
// Determinism rules (DESIGN.md section 1) that every kernel here follows:
//   - every product that feeds a sum is rounded explicitly, float32(a*b), so no compiler may fuse
//     it into an FMA;
//   - every reduction runs in one fixed order from +0 (or -Inf for max) in one float32 accumulator;
//     threads split outputs, never a reduction;
//   - every NaN an op creates is the canonical NaN (fmath.Canon); ops that only move data
//     (reshape, permute, broadcast, gather, where) copy bits, and their inputs are canonical by
//     construction: constants are canonicalised by the graph builder, and data and loaded state
//     must be finite;
//   - exp, log and sqrt come from internal/fmath, never from the math package.
package tensor

import (
	"fmt"
	"strings"
)

// Tensor is a dense row-major float32 tensor: a shape and one flat buffer.
type Tensor struct {
	Shape []int
	Data  []float32
}

// New returns a zero tensor of the given shape.
func New(shape ...int) *Tensor {
	return &Tensor{Shape: append([]int(nil), shape...), Data: make([]float32, Numel(shape))}
}

// FromData wraps data (not copied) as a tensor of the given shape; it panics on a size mismatch.
func FromData(shape []int, data []float32) *Tensor {
	if Numel(shape) != len(data) {
		panic(fmt.Sprintf("tensor: shape %v needs %d values, got %d", shape, Numel(shape), len(data)))
	}
	return &Tensor{Shape: append([]int(nil), shape...), Data: data}
}

// Numel is the number of elements of a tensor of the given shape (1 for a scalar).
func Numel(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}

// MaxRank is the largest tensor rank the primitives accept.
const MaxRank = 8

// Strides returns the row-major strides of shape.
func Strides(shape []int) []int { return strides(make([]int, len(shape)), shape) }

// strides fills s (len(shape)) with the row-major strides of shape and returns it.
func strides(s, shape []int) []int {
	acc := 1
	for i := len(shape) - 1; i >= 0; i-- {
		s[i] = acc
		acc *= shape[i]
	}
	return s
}

// SameShape reports whether a and b are equal shapes.
func SameShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// ShapeString formats a shape as [d0 d1 ...].
func ShapeString(shape []int) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = fmt.Sprint(d)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// rows splits shape into (number of rows, length of the last dimension); a scalar is one row of 1.
func rows(shape []int) (int, int) {
	if len(shape) == 0 {
		return 1, 1
	}
	d := shape[len(shape)-1]
	if d == 0 {
		return 0, 0
	}
	return Numel(shape) / d, d
}
