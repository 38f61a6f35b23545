// Package nn composes tensor primitives into layers, losses, optimizers and learning-rate
// schedules, and builds the training and evaluation graphs of the supported models. Everything
// here is graph construction: no numbers are computed except constants, which are computed in
// float32 with internal/fmath so that every platform builds the same program.
package nn

import (
	"fmt"

	"veritrain/internal/autograd"
)

// Role says what a state tensor is.
type Role string

// Roles of state tensors, in the order they appear in the state (DESIGN section 3).
const (
	RoleParam Role = "param" // a model parameter
	RoleSlot  Role = "slot"  // an optimizer slot (momentum, second moment)
	RoleStep  Role = "step"  // the completed-step counter (a float32 scalar)
)

// InitKind names how a state tensor starts.
type InitKind string

// Initialisations. Uniform draws from the job's seeded generator (see Init).
const (
	InitZeros   InitKind = "zeros"
	InitOnes    InitKind = "ones"
	InitUniform InitKind = "uniform" // U(-Bound, Bound)
)

// Init describes a state tensor's initial value.
type Init struct {
	Kind  InitKind
	Bound float32
}

// StateSpec declares one tensor of the training state.
type StateSpec struct {
	Name  string
	Shape []int
	Role  Role
	Init  Init
	Decay bool // a parameter that weight decay applies to (matrices; not biases or norms)
}

// Builder accumulates a graph and the state it reads. Parameters are declared by name; building
// the same model twice (training and evaluation graphs) declares the same names in the same order.
type Builder struct {
	G      *autograd.Graph
	States []StateSpec
	Params []autograd.Value // state nodes of the parameters, in declaration order
	names  map[string]bool
}

// NewBuilder returns a builder over a fresh graph.
func NewBuilder() *Builder { return &Builder{G: autograd.New(), names: map[string]bool{}} }

func (b *Builder) declare(s StateSpec) autograd.Value {
	if b.names[s.Name] {
		panic(fmt.Sprintf("nn: state %q declared twice", s.Name))
	}
	b.names[s.Name] = true
	b.States = append(b.States, s)
	return b.G.State(s.Name, s.Shape...)
}

// Param declares a parameter.
func (b *Builder) Param(name string, init Init, decay bool, shape ...int) autograd.Value {
	v := b.declare(StateSpec{Name: name, Shape: append([]int(nil), shape...), Role: RoleParam, Init: init, Decay: decay})
	b.Params = append(b.Params, v)
	return v
}

// Slot declares an optimizer slot shaped like a parameter, starting at zero.
func (b *Builder) Slot(name string, shape []int) autograd.Value {
	return b.declare(StateSpec{Name: name, Shape: append([]int(nil), shape...), Role: RoleSlot, Init: Init{Kind: InitZeros}})
}

// Step declares the step counter.
func (b *Builder) Step() autograd.Value {
	return b.declare(StateSpec{Name: StepName, Role: RoleStep, Init: Init{Kind: InitZeros}})
}

// StepName is the name of the step-counter state tensor.
const StepName = "step"

// ParamName returns the declared name of parameter node v.
func (b *Builder) ParamName(v autograd.Value) string { return b.G.Node(v).Name }
