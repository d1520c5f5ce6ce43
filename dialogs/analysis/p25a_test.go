package analysis

import "testing"

// The everyday names of the overseas départements (lexicon_round25a.go):
// « la reu » was not La Réunion while « la reunion » was. Persona p25a,
// issue 13.
func TestOverseasShortNames(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"la reu", "974"},
		{"la réu", "974"},
		{"la rèun", "974"},
		{"j'habite à la réu", "974"},
		{"je suis a la reu, au chomage", "974"},
		{"gwada", "971"},
		{"je vis en gwada", "971"},
		{"gwadloup", "971"},
		{"matinik", "972"},
		{"madinina", "972"},
		{"la guyanne", "973"},
		{"Ici à Maore la vie est chère", "976"},
		// near misses: a meeting, a bare syllable, the names already read
		{"la réu d'équipe s'est mal passée", ""},
		{"la reu de ce matin", ""},
		{"reu", ""},
		{"la reunion", "974"},
		{"la guyane", "973"},
	}
	for _, c := range cases {
		if got := Analyse(c.in, benchNow).Departement; got != c.want {
			t.Errorf("Analyse(%q).Departement = %q; want %q", c.in, got, c.want)
		}
		if c.want == "" {
			continue
		}
		if got := ParsePlace(c.in).Departement; got != c.want {
			t.Errorf("ParsePlace(%q).Departement = %q; want %q", c.in, got, c.want)
		}
	}
}

// A bac+3 read alone says where it comes from (Why.Cadre), as a cadre
// does, and Merge keeps it: the recap lists it « compris dans vos
// messages ». Persona p25a, issue 13.
func TestJeuneDiplomeOrigin(t *testing.T) {
	cases := []struct {
		in   string
		want How
	}{
		{"je suis au chomage, j'ai 25 ans, j'ai une licence (bac+3)", HowLexicon},
		{"je suis cadre dans une banque", HowLexicon},
		// near miss: neither said
		{"je suis au chomage, j'ai 25 ans", HowUnknown},
	}
	for _, c := range cases {
		f := Analyse(c.in, benchNow)
		if f.Why.Cadre.How != c.want {
			t.Errorf("Analyse(%q).Why.Cadre.How = %v; want %v", c.in, f.Why.Cadre.How, c.want)
		}
		if m := (Facts{}).Merge(f); m.Why.Cadre.How != c.want {
			t.Errorf("Merge(Analyse(%q)).Why.Cadre.How = %v; want %v", c.in, m.Why.Cadre.How, c.want)
		}
	}
}
