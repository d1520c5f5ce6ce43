package analysis

import "testing"

func TestAnalyseFacts(t *testing.T) {
	T, F := boolp(true), boolp(false)
	for _, tc := range []struct {
		in       string
		status   string
		age      int
		cadre    *bool
		handicap *bool
		project  string
	}{
		{"je ne suis plus au chômage", "", 0, nil, nil, ""},
		{"je ne suis pas cadre, je suis salarié", "salarie_prive", 0, F, nil, ""},
		{"non cadre en CDI", "salarie_prive", 0, F, nil, ""},
		{"j'étais infirmière libérale, je suis maintenant salariée", "salarie_prive", 0, nil, nil, ""},
		{"ancienne commerçante, je suis au chômage", "demandeur_emploi", 0, nil, nil, ""},
		{"J'ai 34 ans", "", 34, nil, nil, ""},
		{"j'ai 23a", "", 23, nil, nil, ""},
		{"vingt-trois ans, au chômage", "demandeur_emploi", 23, nil, nil, ""},
		{"quarante-cinq ans", "", 45, nil, nil, ""},
		{"soixante et un ans", "", 61, nil, nil, ""},
		{"né en 1999", "", 27, nil, nil, ""},
		{"depuis 6 mois au chômage, 12 ans d'expérience", "demandeur_emploi", 0, nil, nil, ""},
		{"en CDI depuis 15 ans", "salarie_prive", 0, nil, nil, ""},
		// the model trained with tuning74–83 gives it p ≥ vetoP: kept (the
		// round-2 model, at p 0.297, had it asked — a bare « CDD » is also a
		// public-sector contractuel's contract)
		{"1800€ par mois, CDD", "salarie_prive", 0, nil, nil, ""},
		{"en 2019 j'ai été licencié", "demandeur_emploi", 0, nil, nil, ""},
		{"j'ai une RQTH", "", 0, nil, T, ""},
		{"travailleur handicapé", "", 0, nil, T, ""},
		{"je touche une pension d'invalidité", "", 0, nil, T, ""},
		{"bénéficiaire de l'obligation d'emploi (BOETH)", "", 0, nil, T, ""},
		{"je travaille en ESAT", "", 0, nil, T, ""},
		{"je suis en situation de handicap", "", 0, nil, T, ""},
		{"pas de handicap", "", 0, nil, F, ""},
		{"je n'ai pas de RQTH", "", 0, nil, F, ""},
		{"dans le cadre de mon projet", "", 0, nil, nil, ""},
		{"chomeuse", "demandeur_emploi", 0, nil, nil, ""},
		{"fonctionaire", "agent_public", 0, nil, nil, ""},
		{"licensié", "demandeur_emploi", 0, nil, nil, ""},
		{"je veux faire une VAE", "", 0, nil, nil, "vae"},
		{"bilan de compétences", "", 0, nil, nil, "bilan"},
		{"je veux créer mon entreprise", "", 0, nil, nil, "creation_activite"},
		{"je suis à la retraite", "", 0, nil, nil, ""},
	} {
		f := Analyse(tc.in, benchNow)
		if f.Status != tc.status || f.Age != tc.age || !eqb(f.Cadre, tc.cadre) || !eqb(f.Handicap, tc.handicap) || tc.project != "" && f.Project != tc.project {
			t.Errorf("Analyse(%q) = status %q age %d cadre %v handicap %v project %q; want %q %d %v %v %q", tc.in,
				f.Status, f.Age, pb(f.Cadre), pb(f.Handicap), f.Project, tc.status, tc.age, pb(tc.cadre), pb(tc.handicap), tc.project)
		}
	}
}

func eqb(a, b *bool) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }

func pb(b *bool) any {
	if b == nil {
		return nil
	}
	return *b
}

func TestParseAge(t *testing.T) {
	for in, want := range map[string]int{"23": 23, "23 ans": 23, "vingt-trois": 23, "né en 1999": 27, "j'ai 45 ans": 45, "1980": 46, "120": 120, "5": 5} {
		if got, ok := ParseAge(in, benchNow); !ok || got != want {
			t.Errorf("ParseAge(%q) = %d,%v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "je ne sais pas", "beaucoup", "500"} {
		if got, ok := ParseAge(in, benchNow); ok {
			t.Errorf("ParseAge(%q) = %d, want no age", in, got)
		}
	}
}
