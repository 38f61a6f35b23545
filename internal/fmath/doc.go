// Package fmath implements the float32 elementary functions of veritrain
// (Exp, Log, Sqrt) and the canonical NaN, with a bitwise determinism contract.
//
// # Determinism contract
//
// Every function in this package is a pure function of the bits of its
// argument, and its result bits are fully specified by the algorithm written
// in the comments next to it. The same bits are produced on every platform
// (amd64, arm64, purego builds, any GOAMD64/GOARM64 level) and by the Solidity
// adjudicator, which re-implements the same steps in IEEE-754 binary32.
// This holds because the implementation uses only:
//
//   - IEEE-754 binary32 addition, subtraction, multiplication and division,
//     each rounded to nearest-even to float32 on its own (every product that
//     could be fused into an FMA is wrapped in an explicit float32(...)
//     conversion, which the Go specification guarantees rounds and prevents
//     fusion; a test lints the source for this);
//   - correctly rounded square root (float32(math.Sqrt(float64(x))) is
//     correctly rounded because binary64 has more than 2*24+2 bits);
//   - comparisons, exact bit manipulation (math.Float32bits,
//     math.Float32frombits, integer operations on the bit pattern) and exact
//     conversions between small integers and float32.
//
// No binary64 arithmetic on intermediate values and no math.Exp, math.Log or
// other libm routines are used. Subnormal inputs and results are handled
// exactly (no flush-to-zero); signed zeros are preserved where IEEE says so.
// Every NaN result is the single canonical bit pattern CanonicalNaN
// (0x7fc00000), whatever the input NaN payload or sign.
//
// All constants are written as hexadecimal float literals that are exactly
// representable in float32; their bit patterns are listed in the comments and
// checked by a test. TestGolden hashes the outputs over a fixed sweep, so any
// change of algorithm, constant or evaluation order is caught; it must pass
// unchanged on every platform. Changing any result bit is a spec change.
//
// The specifications next to Exp and Log are normative: each step is one
// rounded binary32 operation, evaluated in the order written. Remarks that
// some step is exact only explain the accuracy.
//
// Accuracy, measured on all 2^32 inputs against binary64 math.Exp/math.Log
// (FMATH_EXHAUSTIVE=1 go test -timeout 0): Exp max error 0.789 ulp, Log max
// error 0.888 ulp; both are always within 1 ulp of the correctly rounded
// result (faithful) and monotone. Sqrt is correctly rounded.
package fmath
