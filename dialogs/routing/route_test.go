package routing

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

func b(v bool) *bool { return &v }

func TestRouteTable(t *testing.T) {
	for _, tc := range []struct {
		name    string
		f       analysis.Facts
		op      string
		rule    int
		alts    []string
		missing []string
		out     string
	}{
		// row 1
		// confidential alternatives: the L6111-6 organisations, never the regional operator
		{"fonctionnaire", analysis.Facts{Status: "agent_public", Departement: "69"}, EmployeurPublic, 1, []string{FranceTravail}, nil, ""},
		{"fonctionnaire RQTH (worked case)", analysis.Facts{Status: "agent_public", Handicap: b(true), Age: 40, Departement: "31"}, EmployeurPublic, 1, []string{CapEmploi, FranceTravail}, nil, ""},
		{"young public agent stays public", analysis.Facts{Status: "agent_public", Age: 22, Departement: "25"}, EmployeurPublic, 1, []string{MissionLocale, FranceTravail}, nil, ""},
		{"public cadre", analysis.Facts{Status: "agent_public", Cadre: b(true), Age: 45, Departement: "75"}, EmployeurPublic, 1, []string{Apec, FranceTravail}, nil, ""},
		// row 2
		{"student enrolled", analysis.Facts{Status: "etudiant", Age: 20, Departement: "44"}, "", 2, nil, nil, "etudiant"},
		{"student working part time", analysis.Facts{Status: "etudiant"}, "", 2, nil, nil, "etudiant"},
		// row 3
		{"young graduate 24 seeking (worked case)", analysis.Facts{Status: "etudiant", WantsWork: true, JeuneDiplome: b(true), Age: 24, Departement: "69"}, Apec, 3, []string{MissionLocale}, []string{"handicap"}[:0], ""},
		{"young cadre", analysis.Facts{Status: "salarie_prive", Cadre: b(true), Age: 25, Departement: "75"}, Apec, 3, []string{MissionLocale}, nil, ""},
		// row 4
		{"22 job seeker RQTH (worked case)", analysis.Facts{Status: "demandeur_emploi", Handicap: b(true), Age: 22, Departement: "59"}, MissionLocale, 4, []string{CapEmploi}, nil, ""},
		{"school leaver 18 wants work", analysis.Facts{Status: "etudiant", WantsWork: true, Age: 18, Departement: "29"}, MissionLocale, 4, nil, nil, ""},
		{"young employee", analysis.Facts{Status: "salarie_prive", Age: 19}, MissionLocale, 4, []string{OperateurRegional}, []string{"departement"}, ""},
		{"16, status unknown", analysis.Facts{Age: 16}, MissionLocale, 4, nil, []string{"status", "departement"}, ""},
		// a young nurse whose employer may be public: row 1 may still apply
		{"22, employer public or private", analysis.Facts{Age: 22, Doubts: analysis.DoubtSector, Departement: "44"}, "", 9, nil, []string{"status"}, ""},
		{"23, public branch found, status unknown", analysis.Facts{Age: 23, Branch: analysis.BranchHospitaliere, Departement: "44"}, "", 9, nil, []string{"status"}, ""},
		// row 5
		{"RQTH job seeker", analysis.Facts{Status: "demandeur_emploi", Handicap: b(true), Age: 40, Departement: "62"}, CapEmploi, 5, []string{FranceTravail}, nil, ""},
		{"RQTH cadre employee", analysis.Facts{Status: "salarie_prive", Cadre: b(true), Handicap: b(true), Age: 33, Departement: "31"}, CapEmploi, 5, []string{FranceTravail, OperateurRegional, Apec}, nil, ""},
		{"RQTH status unknown", analysis.Facts{Handicap: b(true), Age: 46}, CapEmploi, 5, []string{FranceTravail}, []string{"status", "departement"}, ""},
		// row 6
		{"job-seeking cadre (worked case)", analysis.Facts{Status: "demandeur_emploi", Cadre: b(true), Age: 52, Departement: "78"}, Apec, 6, []string{FranceTravail}, []string{"handicap"}, ""},
		{"employed cadre (worked case)", analysis.Facts{Status: "salarie_prive", Cadre: b(true), Handicap: b(false), Age: 44, Departement: "92"}, Apec, 6, []string{OperateurRegional}, nil, ""},
		{"job-seeking graduate 30", analysis.Facts{Status: "demandeur_emploi", JeuneDiplome: b(true), Handicap: b(false), Age: 30, Departement: "13"}, Apec, 6, []string{FranceTravail}, nil, ""},
		{"cadre age unknown", analysis.Facts{Status: "salarie_prive", Cadre: b(true)}, Apec, 6, []string{OperateurRegional}, []string{"age", "handicap", "departement"}, ""},
		// row 7
		{"job seeker", analysis.Facts{Status: "demandeur_emploi", Age: 45, Departement: "35"}, FranceTravail, 7, nil, []string{"handicap", "cadre"}, ""},
		{"job seeker not cadre", analysis.Facts{Status: "demandeur_emploi", Cadre: b(false), Handicap: b(false), Age: 45, Departement: "35"}, FranceTravail, 7, nil, nil, ""},
		{"student over 25 wanting work", analysis.Facts{Status: "etudiant", WantsWork: true, Age: 27, Handicap: b(false), Departement: "75"}, FranceTravail, 7, nil, nil, ""},
		// row 8
		{"private employee", analysis.Facts{Status: "salarie_prive", Cadre: b(false), Handicap: b(false), Age: 38, Departement: "59"}, OperateurRegional, 8, nil, nil, ""},
		{"employee unknown age", analysis.Facts{Status: "salarie_prive"}, OperateurRegional, 8, nil, []string{"age", "handicap", "cadre", "departement"}, ""},
		{"artisan", analysis.Facts{Status: "artisan", Age: 54, Departement: "85"}, OperateurRegional, 8, nil, []string{"handicap"}, ""},
		{"independant", analysis.Facts{Status: "independant", Age: 49, Handicap: b(false), Departement: "34"}, OperateurRegional, 8, nil, nil, ""},
		{"profession libérale", analysis.Facts{Status: "profession_liberale", Handicap: b(false), Age: 41, Departement: "29"}, OperateurRegional, 8, nil, nil, ""},
		{"auto-entrepreneur", analysis.Facts{Status: "auto_entrepreneur", Handicap: b(false), Age: 33, Departement: "31"}, OperateurRegional, 8, nil, nil, ""},
		// row 9
		{"nothing known", analysis.Facts{}, "", 9, nil, []string{"status", "age", "handicap", "departement"}, ""},
		{"only place", analysis.Facts{Departement: "69", Region: "84"}, "", 9, nil, []string{"status", "age", "handicap"}, ""},
		// out of scope
		{"under 16", analysis.Facts{Age: 15, Status: "etudiant"}, "", 0, nil, nil, "moins_de_16"},
		{"outside regions", analysis.Facts{Status: "salarie_prive", Cadre: b(false), Handicap: b(false), Age: 40, Outside: true}, OperateurRegional, 8, nil, nil, "hors_regions"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Route(tc.f)
			if d.Operator != tc.op || d.Rule != tc.rule || d.OutOfScope != tc.out {
				t.Errorf("Route = op %q rule %d out %q; want %q %d %q", d.Operator, d.Rule, d.OutOfScope, tc.op, tc.rule, tc.out)
			}
			if len(d.Alternatives) != 0 || len(tc.alts) != 0 {
				if !reflect.DeepEqual(d.Alternatives, tc.alts) {
					t.Errorf("alternatives = %v, want %v", d.Alternatives, tc.alts)
				}
			}
			if len(d.Missing) != 0 || len(tc.missing) != 0 {
				if !reflect.DeepEqual(d.Missing, tc.missing) {
					t.Errorf("missing = %v, want %v", d.Missing, tc.missing)
				}
			}
			if len(d.Reasons) == 0 {
				t.Error("no reason given")
			}
		})
	}
}

func TestTableOrder(t *testing.T) {
	for i, r := range table {
		if r.n != i+1 {
			t.Errorf("row %d numbered %d: keep the table in cep-domain.md order", i+1, r.n)
		}
		if r.reason == "" {
			t.Errorf("row %d has no reason", r.n)
		}
	}
}

// Row 1 names the door of the visitor's branch and the confidential
// alternatives, never the regional operator.
func TestPublicReasonsByBranch(t *testing.T) {
	for branch, want := range map[string]string{
		analysis.BranchEtat:         "conseiller mobilité-carrière",
		analysis.BranchEducation:    "RH de proximité de votre académie",
		analysis.BranchTerritoriale: "centre de gestion",
		analysis.BranchHospitaliere: "direction des ressources humaines de votre établissement",
		analysis.BranchArmees:       "Défense mobilité",
		"":                          "votre employeur",
	} {
		d := Route(analysis.Facts{Status: "agent_public", Branch: branch, Handicap: b(true), Age: 40, Departement: "35"})
		all := strings.Join(d.Reasons, " ")
		if d.Branch != branch || !strings.Contains(d.Reasons[0], want) {
			t.Errorf("branch %q: reasons %q, want %q first", branch, d.Reasons, want)
		}
		if !strings.Contains(all, "de façon confidentielle, à Cap emploi (avec une RQTH) ou France Travail.") {
			t.Errorf("branch %q: confidential alternatives missing: %q", branch, all)
		}
		if strings.Contains(all, "régional") {
			t.Errorf("branch %q: the regional operator is never offered to an agent public: %q", branch, all)
		}
	}
}

// An agent public is not asked the disability (it does not change the
// door), so while it is unknown Cap emploi is named « avec une RQTH » among
// the confidential alternatives, with no booking button; a « no » leaves
// it out. English joins with « or ».
func TestPublicAlternativesNameCapEmploiWhileDisabilityUnknown(t *testing.T) {
	for _, c := range []struct {
		handicap *bool
		want     string
		buttons  []string
	}{
		{nil, "de façon confidentielle, à Cap emploi (avec une RQTH) ou France Travail.", []string{FranceTravail}},
		{b(false), "de façon confidentielle, à France Travail.", []string{FranceTravail}},
		{b(true), "de façon confidentielle, à Cap emploi (avec une RQTH) ou France Travail.", []string{CapEmploi, FranceTravail}},
	} {
		f := analysis.Facts{Status: "agent_public", Branch: analysis.BranchTerritoriale, Handicap: c.handicap, Age: 40, Departement: "37"}
		d := Route(f)
		if all := strings.Join(d.Reasons, " "); !strings.Contains(all, c.want) {
			t.Errorf("handicap %v: reasons %q, want %q", c.handicap, all, c.want)
		}
		if !slices.Equal(d.Alternatives, c.buttons) {
			t.Errorf("handicap %v: alternatives %q, want %q", c.handicap, d.Alternatives, c.buttons)
		}
	}
	f := analysis.Facts{Status: "agent_public", Branch: analysis.BranchEducation, Age: 40, Departement: "37"}
	en := strings.Join(PublicReasons(texts.For(texts.English).Understanding, f, []string{FranceTravail}), " ")
	if !strings.Contains(en, "to Cap emploi (with an RQTH) or France Travail.") {
		t.Errorf("English reasons %q, want « … or France Travail. »", en)
	}
}
