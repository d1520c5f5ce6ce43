package slack_test

import (
	"strings"
	"testing"
	"unicode"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
)

func TestVisitorText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Bonjour, je cherche un CEP", "Bonjour, je cherche un CEP"},
		{"*gras* _italique_ ~barré~ `code`", "∗gras∗ ˍitaliqueˍ ∼barré∼ ˋcodeˋ"},
		{"<!channel> <@U123> <https://evil.example|banque>", "&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|banque&gt;"},
		{"A & B > C", "A &amp; B &gt; C"},
		{"facture\u202Eexe.pdf", "factureexe.pdf"},
		{"a\u2066b\u2069c\u200Fd\u061Ce", "abcde"},
		{"zéro\u200Blargeur\uFEFF", "zérolargeur"},
		{"ligne 1\r\nligne 2\tfin\x00\x07\x1b[31m", "ligne 1\nligne 2 fin[31m"},
		{"\u0085C1\u009b", "C1"},
		{"séparateur\u2028paragraphe\u2029", "séparateurparagraphe"},
	} {
		if got := cepslack.VisitorText(c.in); got != c.want {
			t.Errorf("VisitorText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func FuzzVisitorText(f *testing.F) {
	for _, s := range []string{"*a*", "<!here>", "\u202Ex", "a\x00b", "`x`", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := cepslack.VisitorText(s)
		if strings.ContainsAny(out, "<>*_~`\t\r") {
			t.Fatalf("%q: active character left in %q", s, out)
		}
		for _, r := range out {
			if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r)) {
				t.Fatalf("%q: control or format character %U left in %q", s, r, out)
			}
		}
		if strings.Count(out, "&") != strings.Count(out, "&amp;")+strings.Count(out, "&lt;")+strings.Count(out, "&gt;") {
			t.Fatalf("%q: bare & in %q", s, out)
		}
	})
}
