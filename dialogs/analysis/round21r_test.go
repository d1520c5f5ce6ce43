package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound21r: short-time work (chômage partiel, chômage technique,
// activité partielle, APLD) is employment and the statistical veto keeps
// it; a job search said with the job held at the same time (« tout en
// étant en poste », « tout en restant dans mon entreprise », « j'ai un
// emploi mais je cherche ») is an employee's. Near-misses: unemployment
// said as such, a loss told as an event, a job that was held.
func TestRound21r(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// read now
		{"je suis au chomage partiel depuis 2 semaines, ouvrier chez un équipementier, 43 ans, Sochaux", "salarie_prive"},
		{"Salut, chui au chômage technique", "salarie_prive"},
		{"mon entreprise nous a mis en activité partielle, je suis soudeur, 37 ans, Saint-Nazaire. je voudrais me former", "salarie_prive"},
		{"on est en APLD depuis janvier dans mon entreprise, je suis technicienne qualité, 39 ans, Annecy", "salarie_prive"},
		{"Je suis en recherche d'un nouvel emploi tout en étant en poste, 38 ans, Rouen.", "salarie_prive"},
		{"Je suis à la recherche d'un autre poste tout en restant dans mon entreprise actuelle, technicienne, 42 ans, Rennes.", "salarie_prive"},
		{"J'ai un emploi mais je cherche mieux, magasinier, 32 ans, Orléans.", "salarie_prive"},
		// near-misses: unchanged
		{"Chômage partiel? non, je suis vraiment au chômage, 50 ans, Tours", "demandeur_emploi"},
		{"Je suis au chômage depuis la fermeture de l'usine en mars, opérateur, 47 ans, Cholet.", "demandeur_emploi"},
		{"Je suis toujours en poste mais j'ai été licencié, mon dernier jour est le 1er juillet. Mécanicien poids lourds, 45 ans, Vierzon.", "demandeur_emploi"},
		{"J'étais en poste jusqu'en février comme comptable (non cadre), depuis je cherche un emploi. 48 ans, Nancy.", "demandeur_emploi"},
		{"Je cherche un emploi, je n'ai plus de poste depuis la fermeture de mon magasin en janvier. 50 ans, Brest.", "demandeur_emploi"},
		{"Je suis intérimaire mais sans mission depuis trois semaines, 36 ans, Valenciennes.", "demandeur_emploi"},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status {
			t.Errorf("%q: status %q, want %q (rules %q)", c.text, f.Status, c.status, analysis.AnalyseRules(c.text, testNow).Status)
		}
	}
}
