package slack_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	cepslack "github.com/cep-accueil/cepbot/adapters/slack"
)

func names(id string) string {
	if id == "U0F89D7A49" {
		return "Camille Fictif"
	}
	return ""
}

func TestToTelegram(t *testing.T) {
	tests := []struct{ in, html, plain string }{
		{"*Merci*", "<b>Merci</b>", "Merci"},
		{"_vraiment_ merci", "<i>vraiment</i> merci", "vraiment merci"},
		{"~non~ oui", "<s>non</s> oui", "non oui"},
		{"Voir &lt;https://francetravail.fr|francetravail.fr&gt;", "Voir &lt;https://francetravail.fr|francetravail.fr&gt;", "Voir <https://francetravail.fr|francetravail.fr>"},
		{"Voir <https://www.francetravail.fr/x?a=1&amp;b=2|francetravail.fr>", `Voir <a href="https://www.francetravail.fr/x?a=1&amp;b=2">francetravail.fr</a>`, "Voir francetravail.fr (https://www.francetravail.fr/x?a=1&b=2)"},
		{"<https://apec.fr>", `<a href="https://apec.fr">https://apec.fr</a>`, "https://apec.fr"},
		{"<mailto:a@b.fr|écrivez-moi>", `<a href="mailto:a@b.fr">écrivez-moi</a>`, "écrivez-moi (mailto:a@b.fr)"},
		{"Voici <@U0F89D7A49> et <@U0XXXX|jean>", "Voici Camille Fictif et jean", "Voici Camille Fictif et jean"},
		{"<@U0ZZZZ> vous rappelle", "un conseiller vous rappelle", "un conseiller vous rappelle"},
		{"<#C123|general> <!here>", "#general ", "#general "},
		{"Tom &amp; Jerry &lt;b&gt;", "Tom &amp; Jerry &lt;b&gt;", "Tom & Jerry <b>"},
		{"un * seul et 2*3*4", "un * seul et 2*3*4", "un * seul et 2*3*4"},
		{"snake_case_name", "snake_case_name", "snake_case_name"},
		{"*gras _et italique_*", "<b>gras <i>et italique</i></b>", "gras et italique"},
		{"*a _b* c_", "<b>a _b</b> c_", "a _b c_"},
		{"`code *pas gras*`", "<code>code *pas gras*</code>", "code *pas gras*"},
		{"```bloc\n&lt;x&gt;```", "<pre>bloc\n&lt;x&gt;</pre>", "bloc\n<x>"},
		{"<javascript:alert(1)|clic>", "javascript:alert(1)|clic", "javascript:alert(1)|clic"},
		{`<https://x.fr/"onclick|x>`, `<a href="https://x.fr/&quot;onclick">x</a>`, "x (https://x.fr/\"onclick)"},
		{"*multi\nligne*", "*multi\nligne*", "*multi\nligne*"},
	}
	for _, tc := range tests {
		got := cepslack.ToTelegram(tc.in, names)
		if got.HTML != tc.html || got.Plain != tc.plain {
			t.Errorf("ToTelegram(%q)\n got  %q / %q\n want %q / %q", tc.in, got.HTML, got.Plain, tc.html, tc.plain)
		}
	}
}

// wellFormed checks that the HTML uses only Telegram's tags, properly
// nested, and that every & starts an entity.
func wellFormed(s string) bool {
	var stack []string
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				return false
			}
			tag := s[i+1 : i+j]
			i += j
			if name, ok := strings.CutPrefix(tag, "/"); ok {
				if len(stack) == 0 || stack[len(stack)-1] != name {
					return false
				}
				stack = stack[:len(stack)-1]
				continue
			}
			name, _, _ := strings.Cut(tag, " ")
			switch name {
			case "b", "i", "s", "code", "pre", "a":
			default:
				return false
			}
			if name == "a" && (!strings.HasPrefix(tag, `a href="`) || strings.Count(tag, `"`) != 2) {
				return false
			}
			stack = append(stack, name)
		case '>':
			return false
		case '&':
			ok := false
			for _, ent := range []string{"&amp;", "&lt;", "&gt;", "&quot;"} {
				if strings.HasPrefix(s[i:], ent) {
					ok = true
				}
			}
			if !ok {
				return false
			}
		}
	}
	return len(stack) == 0
}

func FuzzToTelegram(f *testing.F) {
	for _, s := range []string{"*Merci*", "<https://a.fr|b>", "_a *b* c_", "```x```", "`a`", "<@U1|x>", "&amp;&lt;", "*a _b* c_", "~*_x_*~", "<#C|g><!here>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := cepslack.ToTelegram(s, names)
		if !wellFormed(r.HTML) {
			t.Fatalf("malformed HTML for %q: %q", s, r.HTML)
		}
		if !utf8.ValidString(r.HTML) || !utf8.ValidString(r.Plain) {
			t.Fatalf("invalid UTF-8 for %q", s)
		}
		if strings.Contains(r.Plain, "<b>") && !strings.Contains(s, "<b>") && !strings.Contains(s, "&lt;b&gt;") {
			t.Fatalf("markup in the plain text for %q: %q", s, r.Plain)
		}
	})
}
