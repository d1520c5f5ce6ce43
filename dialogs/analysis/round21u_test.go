package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 21U: a status only asked about or only supposed is no status of
// the writer's (lexicon_round21u.go says why): a question about a category
// of people, and the consequence of a condition of the writer's in a
// sentence that asks or looks ahead. Near-misses keep their status: a
// present fact told before the condition, or in another sentence, or after
// the consequence; what one may lose (« mon RSA », « mon CDI »); « même
// si »; an indirect question (« je voudrais savoir si »); « quand on est »
// beside a word of the writer's own.
func TestRound21UHypothetical(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"Un fonctionnaire hospitalier a-t-il droit à un CEP gratuit ?", ""},
		{"bonjour, est ce que les intérimaires ont droit au CEP ?", ""},
		{"Est-ce qu'un salarié en CDD peut demander un conseil en évolution professionnelle ?", ""},
		{"Un agent territorial peut-il faire un bilan de compétences pendant son temps de travail ?", ""},
		{"Un cadre au chômage doit-il passer par l'Apec ou par France Travail ?", ""},
		{"Une personne licenciée peut-elle faire une VAE ?", ""},
		{"Les contractuels de la fonction publique peuvent-ils faire un CEP chez vous ?", ""},
		{"Quand on est salarié à temps partiel, a-t-on droit au CEP ?", ""},
		{"faut il etre inscrit a france travail pour faire un bilan ?", ""},
		{"On m'a dit que les intérimaires n'ont pas droit au CEP, c'est vrai ?", ""},
		{"Si jamais on ne me garde pas après ma période d'essai, est-ce que je retombe au chômage directement ? 40 ans, Tours.", ""},
		{"Imaginons que je sois licencié l'année prochaine, est-ce que je pourrais financer une formation de soudeur ? 44 ans, Le Havre.", ""},
		{"si je me fais virer je fais comment pour le chomage ? 29 ans toulon", ""},
		{"En cas de licenciement économique, qu'est-ce que le CSP et qui l'accompagne ?", ""},
		{"Madame, Monsieur, dans l'éventualité d'une rupture conventionnelle, je souhaiterais connaître les modalités d'accompagnement. Clermont-Ferrand.", ""},
		{"Si mon CDD n'est pas renouvelé en juin, je serai au chômage, je suis vendeur chez Fnac, 30 ans, Grenoble", "salarie_prive"},
		// near-misses that must not change
		{"Je suis au chômage depuis 4 mois. Les demandeurs d'emploi ont-ils droit au CPF ? 39 ans, Lille.", "demandeur_emploi"},
		{"Je suis fonctionnaire territorial, est-ce que je peux faire un CEP ? 46 ans, Toulouse.", "agent_public"},
		{"Intérimaire sans mission depuis deux mois, est-ce que j'ai droit à une formation ? 41 ans, Lille.", "demandeur_emploi"},
		{"Je suis en CDI dans une boulangerie et si je démissionne, est-ce que j'aurai droit au chômage ? 37 ans, Rennes.", "salarie_prive"},
		{"Si je m'inscris à France Travail, est-ce que je perds mon RSA ? 34 ans, Lille.", "demandeur_emploi"},
		{"Même si je suis fonctionnaire, est-ce que je peux faire un bilan de compétences avec vous ? Je suis professeure des écoles à Dijon.", "agent_public"},
		{"Je suis au chômage depuis septembre et je voudrais savoir si je peux faire une formation de comptable. 39 ans, Lyon.", "demandeur_emploi"},
		{"ya moyen de faire une formation qd on est en cdi? jsuis magasinier 30ans a Tourcoing", "salarie_prive"},
		{"Est-ce qu'on peut faire un bilan de compétences quand on est infirmière libérale ? J'habite et j'exerce à Montauban depuis neuf ans.", "profession_liberale"},
		{"stp jai besoin daide jsuis sans taf depuis 1 an 55 ans limoges", "demandeur_emploi"},
		{"Je voudrais savoir si je peux faire un bilan, je suis aide-soignante dans une clinique privée ? 45 ans, Lyon.", "salarie_prive"},
		{"Mon père est en invalidité catégorie 2 depuis 3 ans, ancien maçon, 57 ans, il voudrait savoir s'il peut retravailler un peu", "demandeur_emploi"},
		{"Si je suis licenciée, je serai sans emploi, pour l instant je suis en CDI, 40 ans, Lyon", "salarie_prive"},
		{"Je suis licencié depuis janvier. Si je fais un bilan, est-ce que c'est payant ? 53 ans, Nantes.", "demandeur_emploi"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
