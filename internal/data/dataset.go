package data

// Set is an indexable collection of fixed-size samples. Inputs and targets are float32; class
// indices and token ids are stored as exact float32 integers.
type Set interface {
	Len() int
	InputLen() int
	TargetLen() int
	Sample(i int, x, y []float32) // fills x[:InputLen()] and y[:TargetLen()]
}
