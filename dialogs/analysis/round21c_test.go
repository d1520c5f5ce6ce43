package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21C: a resignation's notice of two months or more runs, the writer
// is a private employee now; a fonctionnaire en disponibilité who works in
// a private job now is asked (the labelled sets disagree,
// lexicon_round21c.go says why). Near-misses keep round 7's job seeker: a
// notice of weeks, a dismissal's notice, a waived notice, a search of its
// own; and a disponibilité told as a past step stays salarie_prive.
func TestRound21CBetweenTwoSituations(t *testing.T) {
	for _, c := range []struct {
		text, status string
		asked        bool
	}{
		// what changes
		{"Directrice commerciale, cadre, 39 ans, démission posée, préavis de trois mois, projet de reconversion en ébénisterie.", "salarie_prive", false},
		{"demission posee lundi, jsui en preavis de 2 mois, magasinier, 41 ans, Valence", "salarie_prive", false},
		{"J'ai remis ma démission, je suis en préavis jusqu'à fin août. Comptable, 45 ans, Rodez.", "salarie_prive", false},
		{"Je suis en période de préavis (démission) jusqu'au 15 septembre, assistant logistique, 29 ans.", "salarie_prive", false},
		{"Je suis en disponibilité de la fonction publique territoriale et je travaille en CDI dans une entreprise privée depuis 2 ans. 43 ans, Lyon.", "", true},
		{"En disponibilité de la fonction publique hospitalière depuis 2 ans, je travaille en CDI dans une clinique privée, 37 ans", "", true},
		// near-misses that must not change
		{"jai pose ma demission hier, preavis 1 mois, 31 ans, comptable", "demandeur_emploi", false},
		{"Démission en cours, préavis jusqu'à la fin du mois, je veux reprendre des études d'éducateur, 30 ans", "demandeur_emploi", false},
		{"On m'a annoncé mon licenciement, mon préavis de deux mois commence lundi, je suis dispensé de le faire mais payé. 45 ans.", "demandeur_emploi", false},
		{"J'ai posé ma démission et mon employeur m'a dispensé de mon préavis de trois mois, je pars lundi. 44 ans, vendeur.", "demandeur_emploi", false},
		{"Mon préavis de démission se termine vendredi et je n'ai rien derrière. 43 ans, cariste, Orléans.", "demandeur_emploi", false},
		{"J'ai été ATSEM 8 ans, puis en disponibilité, je suis maintenant assistante dans une agence immobilière, 40 ans, Arcachon", "salarie_prive", false},
		{"J'ai été ATSEM titulaire pendant 8 ans. En 2024 j'ai pris une disponibilité, puis j'ai démissionné, et aujourd'hui je suis salariée dans une crèche privée, 38 ans.", "salarie_prive", false},
		{"Je suis en disponibilité pour convenances personnelles depuis un an (adjoint administratif à la mairie de Brest), 41 ans.", "agent_public", false},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || (f.Doubts&analysis.DoubtStatus != 0) != c.asked {
			t.Errorf("%q: status %q, doubts %b; want %q, asked %v", c.text, f.Status, f.Doubts, c.status, c.asked)
		}
	}
}
