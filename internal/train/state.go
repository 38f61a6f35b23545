package train

import (
	"fmt"
	"math"
	"strconv"

	"veritrain/internal/commit"
	"veritrain/internal/data"
	"veritrain/internal/nn"
	"veritrain/internal/roundgame"
	"veritrain/internal/safetensors"
	"veritrain/internal/tensor"
)

// State is the full training state in one flat float32 buffer (llm.c style): parameters, then
// optimizer slots, then the step counter, each a named view at a fixed offset. Hashing and
// checkpointing walk the views in this order.
type State struct {
	Specs   []nn.StateSpec
	Flat    []float32
	Tensors []*tensor.Tensor // views into Flat, one per spec
	Offsets []int
	hasher  *commit.Hasher
	roots   []commit.Hash
	views   []commit.Tensor // the tensors as commit sees them (for parallel hashing)
}

// NewState allocates a zero state for specs (in the order given).
func NewState(specs []nn.StateSpec) *State {
	total := 0
	offs := make([]int, len(specs))
	for i, s := range specs {
		offs[i] = total
		total += tensor.Numel(s.Shape)
	}
	st := &State{Specs: specs, Flat: make([]float32, total), Offsets: offs, hasher: commit.NewHasher(), roots: make([]commit.Hash, len(specs))}
	for i, s := range specs {
		n := tensor.Numel(s.Shape)
		st.Tensors = append(st.Tensors, tensor.FromData(s.Shape, st.Flat[offs[i]:offs[i]+n:offs[i]+n]))
	}
	return st
}

// Index returns the position of the state tensor named name, or -1.
func (s *State) Index(name string) int {
	for i, sp := range s.Specs {
		if sp.Name == name {
			return i
		}
	}
	return -1
}

// Step is the number of completed steps recorded in the state.
func (s *State) Step() int {
	i := s.Index(nn.StepName)
	if i < 0 {
		return 0
	}
	return int(s.Tensors[i].Data[0])
}

// InitSeeded fills every tensor from its Init: zeros, ones, or a uniform draw from the job seed.
//
// The uniform generator is counter-based and specified (golden-tested): for the tensor named
// name, key = data.Derive(seed, "veritrain/init/v1:"+name, 0); element j takes
// u = data.SplitMix64(key + j·0x9e3779b97f4a7c15) (wrapping), k = (u>>40) - 2²³ as an integer in
// [-2²³, 2²³), and the value is float32(k)·2⁻²³ (exact, in [-1, 1)) times bound, rounded once to
// float32.
func (s *State) InitSeeded(seed uint64) {
	for i, sp := range s.Specs {
		d := s.Tensors[i].Data
		switch sp.Init.Kind {
		case nn.InitZeros:
			clear(d)
		case nn.InitOnes:
			for j := range d {
				d[j] = 1
			}
		case nn.InitUniform:
			key := data.Derive(seed, "veritrain/init/v1:"+sp.Name, 0)
			bound := sp.Init.Bound
			for j := range d {
				u := data.SplitMix64(key + uint64(j)*data.SplitMixGamma)
				k := int32(u>>40) - 1<<23                        // exact integer in [-2^23, 2^23)
				d[j] = float32(float32(k)*(1.0/(1<<23))) * bound // k·2^-23 = 2f-1 exactly
			}
		default:
			panic(fmt.Sprintf("train: unknown init %q", sp.Init.Kind))
		}
	}
}

// TensorRoots returns the keccak Merkle root of every state tensor, in state order.
func (s *State) TensorRoots() []commit.Hash {
	for i, t := range s.Tensors {
		r, err := s.hasher.TensorRoot(t.Shape, t.Data)
		if err != nil {
			panic(fmt.Sprintf("train: state tensor %s: %v", s.Specs[i].Name, err))
		}
		s.roots[i] = r
	}
	return append([]commit.Hash(nil), s.roots...)
}

// RoundState returns the state's tensor roots and data for the answers of a round game
// (roundgame.State; the data is the state's own, not a copy).
func (s *State) RoundState() roundgame.State {
	st := roundgame.State{Roots: s.TensorRoots()}
	for _, t := range s.Tensors {
		st.Data = append(st.Data, t.Data)
	}
	return st
}

// Root is the state root (DESIGN section 3): the Merkle root over the tensor roots in state
// order. The leaves are hashed by as many goroutines as the kernels use; the root does not
// depend on it.
func (s *State) Root() commit.Hash {
	if tensor.Threads() <= 1 {
		return s.hasher.StateRoot(s.TensorRoots())
	}
	if s.views == nil {
		s.views = make([]commit.Tensor, len(s.Tensors))
		for i, t := range s.Tensors {
			s.views[i] = commit.Tensor{Shape: t.Shape, Data: t.Data}
		}
	}
	root, _, err := commit.HashState(s.views, tensor.Threads())
	if err != nil {
		panic(fmt.Sprintf("train: state: %v", err))
	}
	return root
}

// Checkpoint metadata keys.
const (
	MetaFormat    = "veritrain.format"
	MetaJob       = "veritrain.job"
	MetaStep      = "veritrain.step"
	MetaStateRoot = "veritrain.state_root"
	FormatV1      = "veritrain-checkpoint/v1"
)

// SafetensorsTensors returns the state as safetensors entries (sharing memory with the state).
func (s *State) SafetensorsTensors() []safetensors.Tensor {
	out := make([]safetensors.Tensor, len(s.Specs))
	for i, sp := range s.Specs {
		out[i] = safetensors.Tensor{Name: sp.Name, Shape: sp.Shape, Data: s.Tensors[i].Data}
	}
	return out
}

// Save writes the state as a safetensors checkpoint with metadata naming the job, the step and
// the state root.
func (s *State) Save(path string, job commit.Hash) error {
	if err := safetensors.WriteFile(path, s.SafetensorsTensors(), s.meta(job, s.Root())); err != nil {
		return fmt.Errorf("write checkpoint: %w", err)
	}
	return nil
}

func (s *State) meta(job, root commit.Hash) map[string]string {
	return map[string]string{
		MetaFormat:    FormatV1,
		MetaJob:       job.String(),
		MetaStep:      strconv.Itoa(s.Step()),
		MetaStateRoot: root.String(),
	}
}

// Load copies tensors from a safetensors file into the state. With paramsOnly, only parameters
// are read (slots and step keep their current values) and other tensors in the file are
// ignored; otherwise every state tensor must be present. Every tensor read must have the
// declared shape and finite values. On error the state is unchanged.
func (s *State) Load(f *safetensors.File, paramsOnly bool) error {
	type pending struct {
		dst  []float32
		data []float32
	}
	var todo []pending
	for i, sp := range s.Specs {
		if paramsOnly && sp.Role != nn.RoleParam {
			continue
		}
		t, ok := f.Get(sp.Name)
		if !ok {
			return fmt.Errorf("weights have no tensor %q (the model needs it with shape %v)", sp.Name, sp.Shape)
		}
		if !tensor.SameShape(t.Shape, sp.Shape) {
			return fmt.Errorf("tensor %q has shape %v but the model needs %v: shapes do not match", sp.Name, t.Shape, sp.Shape)
		}
		for j, v := range t.Data {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return fmt.Errorf("tensor %q holds a non-finite value (%v) at element %d", sp.Name, v, j)
			}
		}
		if sp.Role == nn.RoleStep {
			v := t.Data[0]
			if v < 0 || v != float32(int(v)) {
				return fmt.Errorf("step counter %v is not a non-negative integer", v)
			}
		}
		todo = append(todo, pending{s.Tensors[i].Data, t.Data})
	}
	for _, p := range todo {
		copy(p.dst, p.data)
	}
	return nil
}
