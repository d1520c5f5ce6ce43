package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// Round 22T: a job seeker (26 or more) whose own title is usually a
// cadre's is row 6 (Apec) instead of being asked; « je ne sais pas si
// j'étais cadre » is asked; a career whose last post is below cadre
// (« cadre pendant 10 ans puis employé ») is asked, not read « cadre »
// (lexicon_round22t.go says why). Near-misses keep their route: employed
// titles stay asked, non-cadre ranks stay France Travail, a later activity
// of one's own, a refugee's title earned abroad, the young, « employé puis
// cadre », « cadre … puis licencié ».
func TestRound22TCadreJobSeeker(t *testing.T) {
	for _, c := range []struct{ text, operator string }{
		// what changes
		{"ingénieur licencié en février, 45 ans, Grenoble", "apec"},
		{"juriste au chômage depuis 4 mois, 35 ans, Bordeaux", "apec"},
		{"Responsable RH en fin de CDD, je cherche un nouveau poste. 39 ans, Angers.", "apec"},
		{"licencié, j'étais responsable logistique, 49 ans, Orléans", "apec"},
		{"Ancienne directrice d'agence bancaire, je suis en recherche depuis janvier. 49 ans, Limoges.", "apec"},
		{"J'ai été manager d'une équipe de 12 personnes pendant 10 ans, licencié en mars, 48 ans, Valence, je ne sais pas si j'étais vraiment cadre", ""},
		{"J'ai été cadre pendant 10 ans puis employé, licencié le mois dernier, 50 ans, Le Mans", ""},
		// near-misses that must not change
		{"ingénieur en CDI chez Airbus, 38 ans, Toulouse, je veux évoluer", ""},
		{"chef d'équipe licencié en mars, 45 ans, Lens", "france_travail"},
		{"agent de maîtrise au chômage, 47 ans, Saint-Nazaire", "france_travail"},
		{"J'étais responsable de rayon chez Carrefour, j'ai été licenciée en janvier. 38 ans, Calais.", "france_travail"},
		{"je ne sais pas si je suis cadre, je suis chef de rayon en CDI, 35 ans, Dijon", "operateur_regional"},
		{"Je suis réfugié, je suis inscrit à France Travail à Grenoble. J'étais ingénieur en Syrie et je voudrais faire reconnaître mon diplôme.", ""},
		{"Directrice d'agence bancaire pendant vingt ans, j'ai quitté mon poste pour ouvrir une librairie, projet abandonné, je cherche, 50 ans, Talence", ""},
		{"Employé de banque pendant 10 ans puis cadre, licencié en janvier, 48 ans, Lyon", "apec"},
		{"j'ai été cadre pendant 15 ans puis j'ai été licencié, 52 ans, Pau", "apec"},
		{"Je suis au chômage depuis 5 mois, ma femme est cadre, 45 ans, Reims", "france_travail"},
	} {
		if got := routing.Route(analysis.Analyse(c.text, testNow)).Operator; got != c.operator {
			t.Errorf("%q: operator %q; want %q", c.text, got, c.operator)
		}
	}
}
