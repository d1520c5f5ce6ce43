package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22I: an employer, a manager or an HR manager who writes about one
// of their people (« un de nos caristes », « une de mes auxiliaires »):
// the writer's cadre and age are set aside and the person, employed by the
// writer's organisation, is a private employee unless told otherwise
// (lexicon_round22i.go says why). Near-misses keep the writer's facts: a
// writer asking for himself, an employee naming a colleague or a boss, a
// noun that is itself a status, another status told of the person.
func TestRound22IEmployee(t *testing.T) {
	type want struct {
		status string
		cadre  string // "true", "", "" (unknown)
		age    int
	}
	cadre := func(f analysis.Facts) string {
		if f.Cadre == nil {
			return ""
		}
		if *f.Cadre {
			return "true"
		}
		return "false"
	}
	for _, c := range []struct {
		text string
		w    want
	}{
		// what changes: the writer's cadre and age set aside, the person's status read
		{"Je suis DRH d'une entreprise de logistique à Villepinte (cadre, 51 ans). Un de nos caristes, 37 ans, en CDI depuis 8 ans, aimerait devenir formateur.", want{"salarie_prive", "", 0}},
		{"Je suis chef de chantier, cadre, 47 ans. Un de mes compagnons, 35 ans, maçon en CDI, veut devenir conducteur de travaux.", want{"salarie_prive", "", 0}},
		{"Responsable formation (cadre) dans une usine de Vitré : une de nos opératrices, 46 ans, en CDI, souhaiterait faire une VAE.", want{"salarie_prive", "", 46}},
		{"Bonjour, je suis responsable RH d'une entreprise de transport d'Orléans. Un de nos chauffeurs, 58 ans, ne pourra plus conduire pour raison médicale.", want{"salarie_prive", "", 58}},
		{"Directrice d'une crèche associative, je me permets de vous écrire pour une de mes auxiliaires, 34 ans, qui souhaite faire une VAE.", want{"salarie_prive", "", 34}},
		{"Manager dans la restauration rapide, un de mes équipiers de 19 ans, en CDI à temps partiel, voudrait un vrai métier.", want{"salarie_prive", "", 19}},
		// near-misses that must not change
		{"Je suis DRH d'une mairie de 300 agents. Une de nos adjointes administratives, 48 ans, titulaire, veut devenir éducatrice spécialisée.", want{"agent_public", "", 48}},
		{"Je suis responsable de formation dans une entreprise (cadre), 41 ans. Un de nos opérateurs m'a donné envie de changer : je veux devenir formatrice indépendante.", want{"salarie_prive", "true", 41}},
		{"Je suis responsable d'une agence d'intérim à Rouen et un de nos intérimaires de 25 ans, actuellement en mission, voudrait se former au métier de soudeur.", want{"salarie_prive", "", 25}},
		{"Je suis opérateur en CDI dans une usine de Quimper, 33 ans. Mon chef m'a dit de vous contacter pour devenir électricien.", want{"salarie_prive", "", 33}},
		{"Je suis chauffeur en CDI, 45 ans. Un de nos chauffeurs, 58 ans, ne pourra plus conduire et ça me fait réfléchir.", want{"salarie_prive", "", 45}},
		{"Coach sportif auto-entrepreneur, un de mes clients de 42 ans veut devenir coach lui aussi.", want{"auto_entrepreneur", "", 42}},
	} {
		f := analysis.Analyse(c.text, testNow)
		got := want{f.Status, cadre(f), f.Age}
		if c.w.age == 0 {
			got.age = 0 // (the writer's age in an apposition, « (cadre, 51 ans) », is not this round's)
		}
		if got != c.w {
			t.Errorf("%q: got %+v; want %+v", c.text, got, c.w)
		}
	}
}
