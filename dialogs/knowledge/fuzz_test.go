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

// FuzzPhraseIndex checks the one-pass phrase index against the lists it is
// built from, read one by one with strings.Contains as before it, and the
// pronoun pre-check against the inverted-verb regexp it spares.
func FuzzPhraseIndex(f *testing.F) {
	for _, s := range append(append([]string{}, questions...), nonQuestions...) {
		f.Add(s)
	}
	f.Add("je ne veux pas que mon employeur le sache, infos sur la vae svp")
	f.Add("renseignements sur le bilan de compétences, c'est gratuit")
	f.Add("Peut-on cumuler ? existe-t-il une aide, rendez-vous pris")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4<<10 {
			s = s[:4<<10]
		}
		folded := normQ(s)
		lists := map[int][]string{
			cueWho: concernWho, cueKnow: concernKnow, cueQuel: {" quel ", " quelle ", " quels ", " quelles "},
			cueAnywhere: questionAnywhere, cueScheme: schemes, cueSchemeCue: schemeCues,
			cueOpener: questionOpeners,
		}
		got := cueIndex.scan(folded)
		for bit, l := range lists {
			want := false
			for _, p := range l {
				want = want || strings.Contains(folded, p)
			}
			if (got&(1<<bit) != 0) != want {
				t.Fatalf("list %d in %q: index %v, Contains %v", bit, folded, !want, want)
			}
		}
		c := stripOpeners(folded)
		want := false
		for _, p := range questionOpeners {
			want = want || strings.HasPrefix(c, p)
		}
		if (openerIndex.scanAt(c, 0) != 0) != want {
			t.Fatalf("opener of %q: index %v, HasPrefix %v", c, !want, want)
		}
		if inverted.MatchString(strings.ToLower(s)) && !invertedPronoun(s) {
			t.Fatalf("%q: the regexp matches, the pre-check says no", s)
		}
	})
}
