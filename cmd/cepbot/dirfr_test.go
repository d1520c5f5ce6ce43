package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// Every message format bot/directory reports (errorf and add calls) has its
// French wording, with the same verbs in the same order.
func TestEveryDirectoryMessageIsFrench(t *testing.T) {
	fset := token.NewFileSet()
	src := filepath.Join("..", "..", "bot", "directory")
	pkgs, err := parser.ParseDir(fset, src, func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	fr := directoryFormats(&texts.FR().Ops)
	n := 0
	for _, p := range pkgs {
		for _, f := range p.Files {
			ast.Inspect(f, func(node ast.Node) bool {
				c, ok := node.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := c.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				idx := map[string]int{"errorf": 2, "add": 3}[sel.Sel.Name]
				if idx == 0 || len(c.Args) <= idx {
					return true
				}
				lit, ok := c.Args[idx].(*ast.BasicLit)
				if !ok {
					if id, isIdent := c.Args[idx].(*ast.Ident); isIdent && id.Name == "format" {
						return true // the errorf helper passing its format on
					}
					t.Errorf("%s: a message format that is not a literal cannot be translated", fset.Position(c.Pos()))
					return true
				}
				en, _ := strconv.Unquote(lit.Value)
				n++
				got, ok := fr[en]
				if !ok {
					t.Errorf("%s: no French wording for %q (add it to texts.Ops and directoryFormats)", fset.Position(c.Pos()), en)
					return true
				}
				if verbs(got) != verbs(en) {
					t.Errorf("%q → %q: verbs %q vs %q", en, got, verbs(en), verbs(got))
				}
				return true
			})
		}
	}
	if n < 60 {
		t.Fatalf("only %d formats found: the scan is broken", n)
	}
}

func verbs(s string) string {
	var out []string
	for i := 0; i < len(s)-1; i++ {
		if s[i] == '%' {
			out = append(out, s[i:i+2])
			i++
		}
	}
	return strings.Join(out, "")
}

func TestFrenchDirectoryErrors(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"operators: [{id: x, kind: pole_emploi, name: X}]\nagencies: []\n", `f.yaml:1: operators[0].kind : type d'opérateur inconnu : "pole_emploi"`},
		{"operators: {a: 1}\nagencies: []\n", "f.yaml:1: operators : une liste est attendue, trouvé : des lignes « clé: valeur »"},
		{"operators: [\n", "f.yaml:1: erreur de syntaxe YAML : did not find"},
		{"operators: []\nagencies: []\nagences: []\n", `f.yaml:3: agences : clé inconnue : "agences" (vouliez-vous dire "agencies" ?)`},
		{"", "f.yaml: le fichier est vide"},
	} {
		_, err := directory.Parse("f.yaml", []byte(tc.yaml))
		got := strings.Join(frenchDirectoryProblems(err), "\n")
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q:\n%s\nwant a line with %q", tc.yaml, got, tc.want)
		}
	}
}
