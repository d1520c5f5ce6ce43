package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 22Y: a status the writer hedges on or says not to know (« je sais
// pas si je suis salariée », « plus ou moins à mon compte », « je suis
// peut-être auto-entrepreneur », « est-ce que je suis considéré comme
// demandeur d'emploi si… ? », « je ne sais pas quel est mon statut »,
// « officiellement salariée, en vrai… ») is asked (lexicon_round22y.go says
// why). Near-misses keep their status: a hedge on something else (« je crois
// que je veux changer de métier »), on the cadre level, on a detail.
func TestRound22YHedgedStatus(t *testing.T) {
	for _, c := range []struct{ text, status string }{
		// what changes
		{"plus ou moins à mon compte, je fais des chantiers à droite à gauche, 38 ans, Nîmes", ""},
		{"Je suis plus ou moins à mon compte depuis l'an dernier, rien de déclaré encore. J'habite Brest, 45 ans.", ""},
		{"je suis peut-être auto-entrepreneur, mon ex-mari m'avait inscrite mais je n'ai jamais rien déclaré, 44 ans, Perpignan", ""},
		{"Est-ce que je suis considéré comme demandeur d'emploi si je fais 10 heures par semaine ? 37 ans, Nantes.", ""},
		{"Suis-je considéré comme salarié ou comme indépendant si je travaille via une plateforme de livraison ? 29 ans, Bordeaux.", ""},
		{"Je ne sais pas quel est mon statut. Je fais des heures dans une cantine et du ménage chez des particuliers. 51 ans, Agen.", ""},
		{"mon père de 58 ans ne sait pas lui-même quel est son statut, il aide dans la ferme de son frère sans contrat, il vit dans le Cantal", ""},
		{"officiellement salariée, en vrai j'ai abandonné mon poste en janvier et j'attends des papiers qui ne viennent pas, 35 ans, Reims", ""},
		{"Officiellement je suis salarié, en vrai je ne travaille plus depuis 8 mois, mon patron ne me paye plus. 46 ans, Toulon.", ""},
		// near-misses that must not change
		{"je crois que je veux changer de métier, je suis infirmière au CHU de Rouen, 36 ans", "agent_public"},
		{"Je ne sais pas si je suis capable de reprendre des études, je suis au chômage depuis un an, 45 ans, Niort.", "demandeur_emploi"},
		{"Je sais pas si je suis cadre, je suis responsable de secteur en CDI dans une entreprise de transport, 40 ans, Lyon", "salarie_prive"},
		{"je suis vacataire à la mairie (droit public je crois), animateur périscolaire, 29 ans, Lille", "agent_public"},
		{"Je suis auto-entrepreneur depuis 2021. Si je prends un CDI à côté, est-ce que je garde mon statut ? 38 ans, Nice.", "auto_entrepreneur"},
		{"Je suis peut-être un peu perdu, mais je suis sûr d'une chose : je suis au chômage et je veux bosser dans la logistique. 41 ans, Orléans.", "demandeur_emploi"},
		{"Je suis plus ou moins fatiguée de mon travail de caissière en CDI chez Leclerc, 43 ans, Saint-Malo.", "salarie_prive"},
		{"Mon statut est clair : je suis demandeuse d'emploi depuis 8 mois. 50 ans, Vichy.", "demandeur_emploi"},
		{"J'ai été licenciée, je suis dispensée de préavis, mon contrat se termine officiellement fin juin. Assistante commerciale, 43 ans, Dijon.", "demandeur_emploi"},
	} {
		if f := analysis.Analyse(c.text, testNow); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
