package commit

import (
	"os"
	"regexp"
	"testing"
)

// The golden values pinned by the tests must be the ones published in
// docs/commitments.md, and the reverse.
func TestSpecDocumentGoldens(t *testing.T) {
	doc, err := os.ReadFile("../../docs/commitments.md")
	if err != nil {
		t.Skipf("spec document not found: %v", err)
	}
	src := ""
	for _, f := range []string{"hash_test.go", "merkle_test.go", "tensor_test.go"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src += string(b)
	}
	hexRE := regexp.MustCompile(`0x[0-9a-f]{64}`)
	inDoc := map[string]bool{}
	for _, h := range hexRE.FindAllString(string(doc), -1) {
		inDoc[h] = true
	}
	inTests := map[string]bool{}
	for _, h := range hexRE.FindAllString(src, -1) {
		inTests[h] = true
	}
	for h := range inDoc {
		if !inTests[h] {
			t.Errorf("%s is in docs/commitments.md but no test checks it", h)
		}
	}
	for h := range inTests {
		if !inDoc[h] {
			t.Errorf("%s is checked by a test but not published in docs/commitments.md", h)
		}
	}
}
