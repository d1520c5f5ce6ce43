package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound13BRules checks the rules of round 13 B (lexicon_round13b.go)
// on sentences of their own, not taken from tuning47: "" is a status left
// to the dialogue.
func TestRound13BRules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// private-law staff of bodies with a public mission
		{"je suis technicien à la CNAF depuis 10 ans", "salarie_prive"},
		{"je travaille pour une caisse de retraite complémentaire à Lille", "salarie_prive"},
		{"conseiller retraite à la Carsat, 50 ans", "salarie_prive"},
		{"chargé d'études dans une société d'économie mixte", "salarie_prive"},
		{"je travaille pour une SPL de transports", "salarie_prive"},
		{"technicienne au CNES depuis 2015", "salarie_prive"},
		{"ingénieur au Commissariat à l'énergie atomique", "salarie_prive"},
		{"je bosse à la FDJ", "salarie_prive"},
		{"mécanicien chez Naval Group", "salarie_prive"},
		{"aide-soignante dans une maison de retraite associative", "salarie_prive"},
		{"je travaille dans une mutuelle comme gestionnaire", "salarie_prive"},
		{"technicien à l'Institut Pasteur", "salarie_prive"},
		{"agent d'accueil dans une université catholique", "salarie_prive"},
		{"prof dans une école hors contrat", "salarie_prive"},
		{"secrétaire payée par l'OGEC d'un lycée privé sous contrat", "salarie_prive"},
		{"formatrice dans une MFR", "salarie_prive"},
		{"employé au greffe du tribunal de commerce", "salarie_prive"},
		{"moniteur d'atelier dans un ESAT associatif", "salarie_prive"},
		// public agents the private words hid
		{"ouvrier d'État au ministère des Armées", "agent_public"},
		{"employée civile à la base navale", "agent_public"},
		{"AESH dans un collège privé sous contrat", "agent_public"},
		{"agent d'accueil au lycée public, employée par le département", "agent_public"},
		{"greffière au tribunal judiciaire", "agent_public"},
		// a public body that funds, authorises or hosts a private employer
		{"animateur dans une association subventionnée par la commune", "salarie_prive"},
		{"éducatrice dans une association habilitée par le conseil départemental", "salarie_prive"},
		{"analyste dans une ESN, en mission à la préfecture", "salarie_prive"},
		{"réserviste de la gendarmerie et boulanger salarié", "salarie_prive"},
		{"apprentie au centre hospitalier", "salarie_prive"},
		// a client of the body, not its employee
		{"je touche les allocations de la CAF", ""},
		{"mon dossier de remboursement est bloqué à la CPAM", ""},
		{"je suis allocataire de la MSA", ""},
		{"j'ai rendez-vous à la mairie la sem prochaine", ""},
		// a topic, a wish, a choice, a doubt: not a job held
		{"est-ce que travailler en clinique c'est dur ?", ""},
		{"le métier de policier m'attire", ""},
		{"combien gagne un contractuel à la mairie ?", ""},
		{"la mairie recrute-t-elle des animateurs ?", ""},
		{"je vise un poste au conseil régional", ""},
		{"aide-soignante en EHPAD public ou privé, je ne sais pas lequel choisir", ""},
		{"je ne sais pas si je suis employée par la commune ou par l'association", ""},
		{"je fais le ménage dans une école, je ne sais pas qui m'emploie", ""},
		// what others say against the writer's own word
		{"on me dit que je suis fonctionnaire mais je suis salariée de droit privé à la CAF", "salarie_prive"},
		// a place left, the place joined
		{"j'ai démissionné de la fonction publique hospitalière, aujourd'hui je suis vendeuse chez Zara", "salarie_prive"},
		{"j'ai quitté le CHU pour une clinique privée", "salarie_prive"},
		// « public » in the name of an activity, not of the employer
		{"je travaille dans les travaux publics, conducteur d'engins", "salarie_prive"},
		{"chargée de relations publiques dans une agence", "salarie_prive"},
		{"je réponds aux marchés publics pour ma boîte", ""},
		{"chauffeur dans une société de transport public", "salarie_prive"},
		{"je bosse dans l'éclairage public pour Citeos", ""},
		{"technicien chez Enedis, un service public", "salarie_prive"},
		{"je travaille pour une délégation de service public", "salarie_prive"},
		{"je suis salarié de l'Armée du Salut", "salarie_prive"},
		{"mon employeur est une association mais je travaille dans les locaux de la mairie", "salarie_prive"},
		// an errand, a trial, a delivery, an adviser, a household, an
		// internship: the public body is not the writer's employer
		{"je dois aller à la préfecture pour mes papiers, je suis serveur", "salarie_prive"},
		{"j'ai un procès au tribunal contre mon ancien patron", ""},
		{"je livre les cantines des écoles pour un grossiste", ""},
		{"un agent de la CAF m'a conseillé de vous écrire", ""},
		{"mon médecin du CHU m'a parlé du CEP", ""},
		{"c'est l'assistante sociale du département qui m'envoie", ""},
		{"je garde des enfants pour une famille de militaires", ""},
		{"je fais le ménage chez un gendarme", ""},
		{"je suis en stage à la préfecture pour ma formation", ""},
		{"est-il possible de travailler dans la fonction publique sans concours ?", ""},
		// a private clinic's titles and names
		{"je suis agent hospitalier dans une clinique", "salarie_prive"},
		{"aide-soignante au centre hospitalier privé", "salarie_prive"},
		{"agent hospitalier au CHU", "agent_public"},
		// bodies whose name does not settle the law of their staff
		{"animateur à l'office municipal des sports", ""},
		{"je travaille à l'agence régionale de santé", ""},
		{"je suis agent à la chambre de commerce", ""},
		{"secrétaire à la chambre des métiers", "agent_public"},
		{"technicien à la chambre d'agriculture", "agent_public"},
		// a wish, an attraction, an offer, a question's topic
		{"j'ai toujours voulu être policière", ""},
		{"je me verrais bien au conseil départemental", ""},
		{"pourquoi pas l'armée ?", ""},
		{"je suis attiré par la fonction publique hospitalière", ""},
		{"l'armée me tente", ""},
		{"le métier de pompier mintéresse", ""},
		{"j'ai vu une annonce du CHU pour un poste de brancardier", ""},
		{"sur liste d'attente pour la gendarmerie", ""},
		{"mon projet : la police municipale", ""},
		{"quels débouchés au ministère de la Culture ?", ""},
		{"combien de salaire pour une ATSEM à la mairie ?", ""},
		{"peut-on devenir titulaire à l'hôpital après un CDD ?", ""},
		{"pompier ou policier, je ne sais pas ?", ""},
		// a company's department, consulting, a driving school, a private
		// venue of the town
		{"assistante au département marketing d'une grande entreprise", "salarie_prive"},
		{"consultante au conseil en management", ""},
		{"je travaille dans une auto-école", ""},
		{"vendeuse au marché de la commune", ""},
		{"éducateur sportif au club de rugby de la ville", ""},
		// a relative's job is context when the writer asks for themselves
		{"mon mari travaille à la mairie, je m'interroge sur mon avenir", ""},
		{"mon père est cheminot, je voudrais faire comme lui", ""},
		{"je suis la femme d'un militaire, on déménage souvent", ""},
		{"je vis avec un gendarme", ""},
		{"mon fils est au chômage, je ne sais pas quoi faire", "demandeur_emploi"},
		// a course, a volunteer's work, a hire to come
		{"élève aide-soignante à l'IFAS du centre hospitalier", ""},
		{"je fais du bénévolat au CCAS", ""},
		{"je vais être recrutée à la préfecture en septembre", ""},
		{"interne en pharmacie au CHU", "agent_public"},
		// a teacher of a private agricultural school: under contract or not?
		{"prof dans un lycée agricole privé", ""},
		// a better or a second job looked for: the writer may be in work
		{"je cherche un emploi plus près de chez moi", ""},
		{"je recherche un travail en complément", ""},
		{"je cherche un emploi depuis plus de six mois", "demandeur_emploi"},
		// unchanged readings
		{"je suis infirmière au CHU", "agent_public"},
		{"je travaille à la CAF", "salarie_prive"},
		{"je suis contractuelle à la mairie", "agent_public"},
		{"je continue de travailler à la mairie, 40 ans", "agent_public"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.status)
		}
	}
}

// TestRound13BEsatStaff checks that an ESAT's monitor is no disabled
// worker: the handicap stays unknown.
func TestRound13BEsatStaff(t *testing.T) {
	if f := analysis.AnalyseRules("moniteur d'atelier dans un ESAT associatif", testNow); f.Handicap != nil {
		t.Errorf("Handicap = %v, want nil", *f.Handicap)
	}
}
