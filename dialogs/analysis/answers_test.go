package analysis

import "testing"

func TestParseSector(t *testing.T) {
	for _, tc := range []struct{ in, status, branch string }{
		{"Public", "agent_public", ""},
		{"1", "", ""}, // the option number is matched by the dialogue, not here
		{"privé", "salarie_prive", ""},
		{"dans le privé", "salarie_prive", ""},
		{"je suis fonctionnaire", "agent_public", ""},
		{"c'est une mairie", "agent_public", BranchTerritoriale},
		{"à l'hôpital public", "agent_public", BranchHospitaliere},
		{"au CHU", "agent_public", BranchHospitaliere},
		{"une clinique", "salarie_prive", ""},
		{"une entreprise", "salarie_prive", ""},
		{"l'éducation nationale", "agent_public", BranchEducation},
		{"je ne sais pas", "", ""},
		{"pas le public, le privé", "salarie_prive", ""},
	} {
		st, br, ok := ParseSector(tc.in)
		if st != tc.status || br != tc.branch || ok != (tc.status != "") {
			t.Errorf("ParseSector(%q) = %q %q %v, want %q %q", tc.in, st, br, ok, tc.status, tc.branch)
		}
	}
}

func TestParseBranch(t *testing.T) {
	for _, tc := range []struct{ in, branch string }{
		{"État", BranchEtat},
		{"État (ministère, préfecture…)", BranchEtat},
		{"Éducation nationale", BranchEducation},
		{"je suis prof dans un collège", BranchEducation},
		{"Territoriale (commune, département, région…)", BranchTerritoriale},
		{"la mairie", BranchTerritoriale},
		{"Hospitalière (hôpital, EHPAD public)", BranchHospitaliere},
		{"à l'hôpital", BranchHospitaliere},
		{"Armées", BranchArmees},
		{"je suis militaire", BranchArmees},
		{"je sais pas", ""},
	} {
		br, ok := ParseBranch(tc.in)
		if br != tc.branch || ok != (tc.branch != "") {
			t.Errorf("ParseBranch(%q) = %q %v, want %q", tc.in, br, ok, tc.branch)
		}
	}
}

func TestCorrections(t *testing.T) {
	for _, tc := range []struct {
		in      string
		correct bool
		age     int
		dep     string
		status  string
	}{
		{"en fait j'ai 54 ans", true, 54, "", ""},
		{"non j'ai 54 ans pas 45", true, 54, "", ""},
		{"j'ai 54 ans pas 45", true, 54, "", ""},
		{"et j'ai déménagé à Blois", true, 0, "41", ""},
		{"non je suis fonctionnaire", true, 0, "", "agent_public"},
		{"finalement je suis au chômage", true, 0, "", "demandeur_emploi"},
		{"oui c'est bon", false, 0, "", ""},
		{"j'ai 54 ans", false, 54, "", ""},
	} {
		f := Analyse(tc.in, benchNow)
		if IsCorrection(tc.in) != tc.correct || f.Age != tc.age || f.Departement != tc.dep || f.Status != tc.status {
			t.Errorf("%q: correction %v age %d dep %q status %q; want %v %d %q %q", tc.in, IsCorrection(tc.in), f.Age, f.Departement, f.Status,
				tc.correct, tc.age, tc.dep, tc.status)
		}
	}
}

// Every fact found says how and how surely; ambiguous ones say why they
// are left to a question.
func TestOriginsAndDoubts(t *testing.T) {
	f := Analyse("Je suis infirmière, 41 ans, j'habite à Saint-Pierre", benchNow)
	if f.Status != "" || !f.Doubts.Has(DoubtSector) || !f.Doubts.Has(DoubtPlace) || f.Why.Age.How != HowPattern {
		t.Errorf("ambiguous sector and homonym: %+v", f)
	}
	f = Analyse("Agente d'entretien au collège, employée par le département, 49 ans, j'habite Vesoul", benchNow)
	if f.Status != "agent_public" || f.Branch != BranchTerritoriale || f.Why.Status.How != HowLexicon || f.Why.Status.Conf == 0 || f.Departement != "70" {
		t.Errorf("territorial school staff: %+v", f)
	}
	f = Analyse("Je suis fonctionnaire, 50 ans", benchNow)
	if f.Status != "agent_public" || f.Branch != "" || !f.Doubts.Has(DoubtBranch) {
		t.Errorf("branch unknown: %+v", f)
	}
	m := f.Merge(Facts{Branch: BranchEtat})
	if m.Doubts.Has(DoubtBranch) || m.Branch != BranchEtat {
		t.Errorf("merge settles the branch doubt: %+v", m)
	}
	f = Analyse("technicien en CDI, cadre non, handicap : non, 36 ans, 44000", benchNow)
	if f.Cadre == nil || *f.Cadre || f.Handicap == nil || *f.Handicap {
		t.Errorf("post-positive negations: cadre %v handicap %v", f.Cadre, f.Handicap)
	}
}

// A decade is not an age: it is asked (rows 3–4 need the exact one).
func TestApproximateAges(t *testing.T) {
	for in, want := range map[string]int{
		"j'ai la cinquantaine, au chômage":       0,
		"une quarantaine d'années, Lille":        0,
		"demandeur d'emploi de 44 ans, Toulon":   44,
		"électricien de 61 ans au chômage":       61,
		"au chômage depuis 12 ans, j'en ai 57":   57,
		"j'ai 45 ans révolus":                    45,
		"Je suis une femme de 46 ans au chômage": 46,
	} {
		if got := Analyse(in, benchNow).Age; got != want {
			t.Errorf("age(%q) = %d, want %d", in, got, want)
		}
	}
}
