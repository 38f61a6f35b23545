//go:build bench

package main

// OpenBLAS (Debian's libopenblas-dev; `make bench` installs it) through cgo. The include paths
// cover Debian's pthread and OpenMP variants and the plain layout of other distributions.

/*
#cgo CFLAGS: -O2 -I/usr/include/x86_64-linux-gnu/openblas-pthread -I/usr/include/aarch64-linux-gnu/openblas-pthread -I/usr/include/x86_64-linux-gnu/openblas-openmp -I/usr/include/aarch64-linux-gnu/openblas-openmp -I/usr/include/openblas
#cgo LDFLAGS: -lopenblas
#include <cblas.h>

// C = A·Bᵀ for row-major A [m, k], B [n, k], C [m, n].
static void sgemm_abt(float *c, const float *a, const float *b, int m, int n, int k) {
	cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, m, n, k, 1.0f, a, k, b, k, 0.0f, c, n);
}
*/
import "C"

import "unsafe"

// openblasABT computes C = A·Bᵀ for batch row-major matrices (a loop of cblas_sgemm calls, one
// per batch item, as a caller of plain BLAS would do).
func openblasABT(c, a, b []float32, batch, m, n, k int) {
	_ = c[batch*m*n-1]
	_ = a[batch*m*k-1]
	_ = b[batch*n*k-1]
	for i := 0; i < batch; i++ {
		C.sgemm_abt((*C.float)(unsafe.Pointer(&c[i*m*n])), (*C.float)(unsafe.Pointer(&a[i*m*k])),
			(*C.float)(unsafe.Pointer(&b[i*n*k])), C.int(m), C.int(n), C.int(k))
	}
}

func openblasSetThreads(n int) { C.openblas_set_num_threads(C.int(n)) }

func openblasCorename() string { return C.GoString(C.openblas_get_corename()) }

func openblasConfig() string { return C.GoString(C.openblas_get_config()) }
