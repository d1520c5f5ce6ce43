package knowledge

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzAnswer checks that IsQuestion, Answer and Render never panic, return
// well-formed results and stay fast on any input up to 64 KiB.
func FuzzAnswer(f *testing.F) {
	for _, s := range append(append([]string{}, questions...), nonQuestions...) {
		f.Add(s, "")
	}
	f.Add("c'est quoi la VAE ?", "agent_public")
	f.Add("démission\x00\xff\xfe ?", "demandeur_emploi")
	f.Add(strings.Repeat("é", 5000), "x")
	f.Add(strings.Repeat("cpf vae bilan ", 6000), "salarie_prive")
	f.Add("peut-on-t-il-vous-je ??", "")
	f.Fuzz(func(t *testing.T, q, status string) {
		if len(q) > 64<<10 {
			q = q[:64<<10]
		}
		start := time.Now()
		_ = IsQuestion(q)
		m := Answer(q, status)
		r := Render(m)
		if d := time.Since(start); d > time.Second {
			t.Errorf("%d octets : %v", len(q), d)
		}
		if len(m) > maxMatches {
			t.Errorf("%d résultats", len(m))
		}
		for i, x := range m {
			if x.Card == nil || x.Score <= 0 || i > 0 && x.Score > m[i-1].Score {
				t.Fatalf("résultat %d invalide : %+v", i, x)
			}
		}
		if (len(m) == 0) != (r == "") || !utf8.ValidString(r) {
			t.Errorf("Render incohérent : %d résultats, %q", len(m), r)
		}
	})
}
