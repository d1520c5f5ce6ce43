package dialogs

import (
	"maps"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// handoffFactsMapLiteral is handoffFacts as it was written (the pairs in a
// map literal): the oracle.
func handoffFactsMapLiteral(f analysis.Facts) map[string]string {
	facts := map[string]string{}
	for k, v := range map[string]string{
		"status": f.Status, "age": ageString(f.Age), "departement": f.Departement, "region": f.Region,
		"commune": f.Commune, "project": f.Project, "cadre": boolString(f.Cadre), "jeune_diplome": boolString(f.JeuneDiplome),
	} {
		if v != "" {
			facts[k] = v
		}
	}
	return facts
}

// The handoff's facts are the same, key for key, as the map literal gave:
// every fact alone (a key wired to another fact fails), none, and all.
func TestHandoffFactsAsTheMapLiteral(t *testing.T) {
	yes, no := true, false
	cases := []analysis.Facts{
		{},
		{Status: "salarie_prive"}, {Age: 34}, {Departement: "69"}, {Region: "84"}, {Commune: "Lyon"},
		{Project: "reconversion"}, {Cadre: &yes}, {Cadre: &no}, {JeuneDiplome: &yes}, {JeuneDiplome: &no},
		{Status: "demandeur_emploi", Age: 19, Departement: "59", Region: "32", Commune: "Lille", Project: "emploi", Cadre: &no, JeuneDiplome: &yes},
	}
	for _, f := range cases {
		if got, want := handoffFacts(f), handoffFactsMapLiteral(f); !maps.Equal(got, want) {
			t.Errorf("%+v: %v, the map literal gave %v", f, got, want)
		}
	}
}
