package fmath

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// allowedMath lists the only functions of package math the non-test source
// may call: exact bit manipulation and the correctly rounded square root.
var allowedMath = map[string]bool{"Float32bits": true, "Float32frombits": true, "Sqrt": true}

// lintFloat checks the determinism rules that the compiler cannot enforce:
//
//   - every non-constant floating-point product x*y must be the direct
//     argument of an explicit float32(...) conversion (the Go spec lets the
//     compiler fuse an unconverted product into a following add or subtract,
//     even across statements or after inlining; a conversion forces the
//     rounding);
//   - no floating-point *= (it cannot be wrapped);
//   - no non-constant binary64 arithmetic;
//   - from package math only Float32bits, Float32frombits and Sqrt.
//
// It returns one "line: message" string per violation.
func lintFloat(fset *token.FileSet, files []*ast.File) ([]string, error) {
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("lint", fset, files, info); err != nil {
		return nil, err
	}
	isFloat := func(e ast.Expr, kind types.BasicKind) bool {
		tv, ok := info.Types[e]
		if !ok || tv.Value != nil { // constants are folded exactly at compile time
			return false
		}
		b, ok := tv.Type.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsFloat == 0 {
			return false
		}
		return kind == types.Invalid || b.Kind() == kind
	}
	// isF32Conv reports whether n is a conversion float32(arg).
	isF32Conv := func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return false
		}
		tv, ok := info.Types[call.Fun]
		return ok && tv.IsType() && types.Identical(tv.Type, types.Typ[types.Float32])
	}
	var out []string
	report := func(n ast.Node, format string, args ...any) {
		out = append(out, fmt.Sprintf("%d: %s", fset.Position(n.Pos()).Line, fmt.Sprintf(format, args...)))
	}
	for _, f := range files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			// parent is the nearest enclosing node that is not a ParenExpr.
			var parent ast.Node
			for i := len(stack) - 1; i >= 0; i-- {
				if _, ok := stack[i].(*ast.ParenExpr); !ok {
					parent = stack[i]
					break
				}
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op == token.MUL && isFloat(n, types.Invalid) && !isF32Conv(parent) {
					report(n, "float product %s not directly rounded by float32(...)", types.ExprString(n))
				}
				if isFloat(n, types.Float64) {
					report(n, "float64 arithmetic %s", types.ExprString(n))
				}
			case *ast.AssignStmt:
				if n.Tok == token.MUL_ASSIGN && isFloat(n.Lhs[0], types.Invalid) {
					report(n, "float *= cannot be rounded explicitly")
				}
				if (n.Tok == token.ADD_ASSIGN || n.Tok == token.SUB_ASSIGN || n.Tok == token.QUO_ASSIGN) && isFloat(n.Lhs[0], types.Float64) {
					report(n, "float64 arithmetic %s", n.Tok)
				}
			case *ast.SelectorExpr:
				if id, ok := n.X.(*ast.Ident); ok {
					if pn, ok := info.Uses[id].(*types.PkgName); ok && pn.Imported().Path() == "math" {
						if _, isFunc := info.Uses[n.Sel].(*types.Func); isFunc && !allowedMath[n.Sel.Name] {
							report(n, "math.%s is not allowed", n.Sel.Name)
						}
					}
				}
			}
			return true
		})
	}
	return out, nil
}

func TestLintOwnSource(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	if len(files) < 3 {
		t.Fatalf("found only %d source files", len(files))
	}
	got, err := lintFloat(fset, files)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range got {
		t.Errorf("violation at %s", v)
	}
}

// lintBadSource must trigger the lint exactly on the lines marked BAD.
const lintBadSource = `package p

import "math"

const c float32 = 2

func f(x, y, z float32, n int) float32 {
	a := x*y + z // BAD: fusable
	p := x * y   // BAD: can fuse across statements
	b := p + z
	d := float32(x*y) + z
	e := float32(x*y*z) // BAD: inner product
	g := float32(float32(x*y) * z)
	h := float32((x * y)) - z
	m := n * 3
	x *= y // BAD: compound
	k := float32(math.Exp(float64(x))) // BAD: math.Exp
	l := float32(float64(x) + 1) // BAD: float64 arithmetic
	q := -(x * y) + z // BAD: negated product
	u := c * 3
	w := z - float32(c*x)
	_ = math.Float32bits(x)
	_ = a + b + d + e + g + h + float32(m) + k + l + q + u + w
	return x * y // BAD: a returned product may fuse after inlining
}
`

func TestLintCatchesViolations(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "bad.go", lintBadSource, 0)
	if err != nil {
		t.Fatal(err)
	}
	got, err := lintFloat(fset, []*ast.File{f})
	if err != nil {
		t.Fatal(err)
	}
	var gotLines, wantLines []int
	for _, v := range got {
		var line int
		fmt.Sscanf(v, "%d:", &line)
		gotLines = append(gotLines, line)
	}
	for i, line := range strings.Split(lintBadSource, "\n") {
		if strings.Contains(line, "// BAD") {
			wantLines = append(wantLines, i+1)
		}
	}
	sort.Ints(gotLines)
	gotLines = dedup(gotLines)
	if !reflect.DeepEqual(gotLines, wantLines) {
		t.Errorf("lint flagged lines %v, want %v; messages:\n%s", gotLines, wantLines, strings.Join(got, "\n"))
	}
	if testing.Verbose() {
		t.Logf("lint messages on the bad input:\n%s", strings.Join(got, "\n"))
	}
}

func dedup(s []int) []int {
	var out []int
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}
