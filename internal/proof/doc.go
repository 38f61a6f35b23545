// Package proof pinpoints a disputed training step to one fact and decides that fact from a
// witness alone (DESIGN.md section 4): the Go reference of the on-chain adjudicator.
//
// A verifier that re-executed step t and disagrees with the solver's h_t compares its own op
// trace (every op's output root) with the solver's. Pinpoint finds the first op whose output
// root differs (so all of its inputs agree) and the first element of it whose bits differ, and
// builds a Witness: the op's descriptor proven against the job's graph root, the solver's
// claimed chunk proven against its output root and that root against the solver's op-trace
// root, and the evidence for the correct value: the operand leaves the element reads (each
// proven against the operand's root in the same op trace), or for a leaf op the state tensor
// under h_{t-1}, the dataset sample the sampler names for the batch row, or the constant's
// committed values. If the trace agrees everywhere, the fault is at the step's ends (a state
// read that is not the tensor under h_{t-1}, a tensor under h_t that is not the op output that
// updates it or the unchanged tensor), and the witness carries just those roots and proofs.
//
// Adjudicate checks every proof against the roots the chain already knows (Agreed), rebuilds
// only the proven operand elements, confirms with ElementDeps that they are exactly the ones
// the element reads, recomputes the element with tensor.RefElement and compares bits. A
// malformed or unprovable witness is an error, never a verdict.
//
// docs/witness.md specifies the witness encoding (Encode, Decode) byte for byte for the
// Solidity adjudicator. The package is pure: no I/O, no clock; the sampler is injected.
package proof
