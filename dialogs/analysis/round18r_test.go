package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18rThirdPerson checks the reading of round 18R on sentences of
// its own, not taken from any tuning set (testNow is 15 June 2026): a
// person written about who is no relative (a member of the staff, a
// person accompanied, « Mme X ») has the facts told of them; the writer's
// own job is set aside. Each phenomenon has a case not caught.
func TestRound18rThirdPerson(t *testing.T) {
	for _, tc := range []struct {
		in, status string
		age        int
	}{
		// an employer or HR manager writing of one of the staff
		{"Un de nos techniciens, 41 ans, aimerait se reconvertir dans l'enseignement. Il habite Vierzon.", "salarie_prive", 41},
		{"l'une de nos collaboratrices (assistante, 36 ans) voudrait faire une VAE, qui peut l'aider ?", "salarie_prive", 36},
		{"une de nos employées souhaite faire un bilan de compétences, elle a 50 ans", "salarie_prive", 50},
		{"Je suis DRH dans une PME. Une de nos vendeuses, 45 ans, veut devenir aide-soignante.", "salarie_prive", 45},
		// public words name a public employer: not the private sector
		{"Je suis DRH à la mairie de Tulle. Un de nos agents, 45 ans, voudrait changer de métier, il est titulaire.", "agent_public", 45},
		// « chez nous » names the writer's organisation as the employer
		{"Mme L. occupe chez nous un poste de comptable depuis 12 ans ; elle a 48 ans et voudrait se former.", "salarie_prive", 48},
		{"Monsieur Garnier est salarié chez nous depuis 2015, il a 53 ans et souhaite créer son entreprise.", "salarie_prive", 53},
		{"mon fils a 30 ans, il vit chez nous et il est au chômage", "demandeur_emploi", 30},
		// a person accompanied by a job coach
		{"Bonjour, mon usager a 38 ans, il est au RSA depuis deux ans et voudrait travailler dans la logistique.", "demandeur_emploi", 38},
		{"ma bénéficiaire, 29 ans, a perdu son emploi en mars et cherche une formation", "demandeur_emploi", 29},
		// the writer's own work: a greeting, a customer, the children one looks after
		{"Madame, Monsieur, je suis salariée en CDI dans une banque, 40 ans", "salarie_prive", 40},
		{"Je suis salariée d'une entreprise de nettoyage, 33 ans", "salarie_prive", 33},
		{"mon client m'a licencié, je suis au chômage depuis mai, 44 ans", "demandeur_emploi", 44},
		{"je suis animatrice en CDI, j'accompagne des enfants au centre de loisirs, 26 ans", "salarie_prive", 26},
		{"Je suis vendeuse en CDI, M. Martin mon responsable est très gentil, 31 ans", "salarie_prive", 31},
		{"Je suis caissière en CDI. M. Morel est au chômage depuis mai. 31 ans", "salarie_prive", 31},
		{"Bonjour. M. Morel a 47 ans, il est au chômage depuis janvier et je l'accompagne.", "demandeur_emploi", 47},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status || f.Age != tc.age {
			t.Errorf("%q: status %q age %d, want %q %d", tc.in, f.Status, f.Age, tc.status, tc.age)
		}
	}
}

// TestRound18rAccompanied checks the people a social worker follows and
// the friends one writes for (round 18R), on sentences of its own; the
// writer's own job is set aside, and the writer describing themselves is
// not caught.
func TestRound18rAccompanied(t *testing.T) {
	for _, tc := range []struct {
		in, status string
		age        int
	}{
		// a person followed by the writer, named by a relative clause of
		// the writer's or after the writer's verb
		{"Je suis aide-soignante en CDI et j'écris pour la personne que j'accompagne : elle a 43 ans et vient d'être licenciée.", "demandeur_emploi", 43},
		{"Conseiller en insertion, je vous écris pour un homme de 52 ans dont j'assure le suivi, il est au RSA depuis 2022.", "demandeur_emploi", 52},
		{"Je suis éducateur et j'accompagne une jeune de 20 ans qui est au chômage depuis sa sortie de foyer.", "demandeur_emploi", 20},
		// a friend, a neighbour, a colleague written for
		{"Je suis en CDI à la banque et je demande pour une collègue : elle est au chômage depuis le mois dernier, 45 ans.", "demandeur_emploi", 45},
		{"je me renseigne pour un voisin, il a 61 ans et il est en CDD jusqu'en décembre", "salarie_prive", 61},
		// the writer themselves: « je suis une jeune femme », a friend who
		// only advised, a training followed
		{"je suis une jeune femme de 25 ans au chômage depuis mars", "demandeur_emploi", 25},
		{"Bonjour, je suis une femme de 44 ans, vendeuse en CDI", "salarie_prive", 44},
		{"je suis en CDI, 30 ans, un ami m'a parlé du conseil en évolution professionnelle", "salarie_prive", 30},
		{"je suis salariée en CDI et je suis une formation le soir, j'ai 30 ans", "salarie_prive", 30},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status || f.Age != tc.age {
			t.Errorf("%q: status %q age %d, want %q %d", tc.in, f.Status, f.Age, tc.status, tc.age)
		}
	}
}
