package data

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// MNIST geometry and idx magics.
const (
	MNISTSide       = 28
	MNISTPixels     = MNISTSide * MNISTSide // InputLen of an MNIST sample
	MNISTClasses    = 10
	MNISTImageMagic = 0x00000803 // unsigned bytes, 3 dimensions (count, rows, cols)
	MNISTLabelMagic = 0x00000801 // unsigned bytes, 1 dimension (count)
)

// mnistFiles maps a split name to its (images, labels) file names.
var mnistFiles = map[string][2]string{
	"train": {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"},
	"test":  {"t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"},
}

// pixelValue[p] = float32(p) / 255, an IEEE float32 division (correctly rounded, so identical on
// every platform).
var pixelValue = func() (t [256]float32) {
	for p := range t {
		t[p] = float32(p) / 255
	}
	return t
}()

// MNIST is the MNIST handwritten-digit dataset (or its first samples). It implements Set: the
// input is the 28x28 image in row-major order with pixel p mapped to float32(p)/255, the target
// is the class label 0..9 as a float32. It is immutable and safe for concurrent use.
type MNIST struct {
	images []byte // Len()*MNISTPixels bytes, row-major
	labels []byte // Len() bytes, each 0..9
}

// LoadMNIST reads the split "train" (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz)
// or "test" (t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz) from the gzipped idx files
// in dir (see MNISTDir). If limit > 0, only the first limit samples are decoded; limit = 0
// means all of them.
func LoadMNIST(dir, split string, limit int) (*MNIST, error) {
	files, ok := mnistFiles[split]
	if !ok {
		return nil, fmt.Errorf("mnist: unknown split %q (want \"train\" or \"test\")", split)
	}
	if limit < 0 {
		return nil, fmt.Errorf("mnist: negative limit %d", limit)
	}
	labels, err := readGzipIDX(filepath.Join(dir, files[1]), limit)
	if err != nil {
		return nil, err
	}
	images, err := readGzipIDX(filepath.Join(dir, files[0]), limit)
	if err != nil {
		return nil, err
	}
	m, err := newMNIST(images, labels)
	if err != nil {
		return nil, fmt.Errorf("mnist: %s split in %s: %w", split, dir, err)
	}
	return m, nil
}

// DecodeMNIST decodes MNIST from uncompressed idx streams of images and labels. limit is as in
// LoadMNIST.
func DecodeMNIST(images, labels io.Reader, limit int) (*MNIST, error) {
	if limit < 0 {
		return nil, fmt.Errorf("mnist: negative limit %d", limit)
	}
	lbl, err := ReadIDX(labels, limit)
	if err != nil {
		return nil, fmt.Errorf("mnist: labels: %w", err)
	}
	img, err := ReadIDX(images, limit)
	if err != nil {
		return nil, fmt.Errorf("mnist: images: %w", err)
	}
	return newMNIST(img, lbl)
}

// readGzipIDX decodes one gzipped idx file.
func readGzipIDX(path string, limit int) (*IDX, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("mnist: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		if errors.Is(err, gzip.ErrHeader) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("mnist: %s: not a gzip file: %w", path, err)
		}
		return nil, fmt.Errorf("mnist: %s: %w", path, err)
	}
	defer zr.Close()
	d, err := ReadIDX(zr, limit)
	if err != nil {
		return nil, fmt.Errorf("mnist: %s: %w", path, err)
	}
	return d, nil
}

// newMNIST checks decoded image and label files against the MNIST format.
func newMNIST(img, lbl *IDX) (*MNIST, error) {
	if img.Magic != MNISTImageMagic {
		return nil, fmt.Errorf("images: magic 0x%08x, want 0x%08x", img.Magic, MNISTImageMagic)
	}
	if img.Dims[1] != MNISTSide || img.Dims[2] != MNISTSide {
		return nil, fmt.Errorf("images: %dx%d pixels, want %dx%d", img.Dims[1], img.Dims[2], MNISTSide, MNISTSide)
	}
	if lbl.Magic != MNISTLabelMagic {
		return nil, fmt.Errorf("labels: magic 0x%08x, want 0x%08x", lbl.Magic, MNISTLabelMagic)
	}
	if img.Dims[0] != lbl.Dims[0] {
		return nil, fmt.Errorf("%d images but %d labels", img.Dims[0], lbl.Dims[0])
	}
	if img.Items == 0 {
		return nil, errors.New("no samples")
	}
	if img.Items != lbl.Items { // unreachable: same count and limit
		return nil, fmt.Errorf("decoded %d images but %d labels", img.Items, lbl.Items)
	}
	for i, l := range lbl.Data {
		if l >= MNISTClasses {
			return nil, fmt.Errorf("labels: label %d of sample %d is not a digit 0..9", l, i)
		}
	}
	return &MNIST{images: img.Data, labels: lbl.Data}, nil
}

// Len returns the number of samples.
func (m *MNIST) Len() int { return len(m.labels) }

// InputLen returns 784.
func (m *MNIST) InputLen() int { return MNISTPixels }

// TargetLen returns 1.
func (m *MNIST) TargetLen() int { return 1 }

// Sample fills x[:784] with the pixels of image i (float32(p)/255) and y[0] with its label. It
// panics if i is out of range or x or y is too short.
func (m *MNIST) Sample(i int, x, y []float32) {
	img := m.Image(i)
	x = x[:MNISTPixels]
	for k, p := range img {
		x[k] = pixelValue[p]
	}
	y[0] = float32(m.labels[i])
}

// Label returns the class of sample i.
func (m *MNIST) Label(i int) int { return int(m.labels[i]) }

// Image returns the 784 raw pixels of sample i, row-major (a read-only view).
func (m *MNIST) Image(i int) []byte {
	return m.images[i*MNISTPixels : (i+1)*MNISTPixels : (i+1)*MNISTPixels]
}
