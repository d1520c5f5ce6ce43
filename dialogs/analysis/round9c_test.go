package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound9CRules checks the rules of round 9C (lexicon_round9c.go) on
// sentences of their own, not taken from tuning40–41: the job at the
// border of the five boxes says the status, a workplace alone does not.
func TestRound9CRules(t *testing.T) {
	for _, tc := range []struct {
		in, status string
	}{
		// a student who holds a job is in work (the job says the status)
		{"je suis étudiante en droit et j'ai un CDD le samedi chez Fnac", "" /* a student with a private job: asked (round 20J) */},
		{"étudiant en BTS, je travaille le soir chez Picard", "" /* a student with a private job: asked (round 20J) */},
		{"je suis en licence et en intérim pendant les vacances, c'est ma situation actuelle", "" /* a student with a private job: asked (round 20J) */},
		{"étudiante, je suis auto-entrepreneuse pour des traductions", "auto_entrepreneur"},
		// a job only wished leaves the student a student
		{"je suis étudiant en master et je voudrais un CDD cet été", "etudiant"},
		// a pupil asking about apprenticeship is a pupil
		{"mon neveu est en 4e, il voudrait devenir apprenti menuisier", "etudiant"},
		{"je suis en troisième et je cherche un patron pour un CAP en alternance", "etudiant"},
		{"élève de première, j'aimerais passer en apprentissage", "etudiant"},
		// an ordinal that is no class
		{"je suis en troisième catégorie d'invalidité et je travaille chez Norauto en CDI", "salarie_prive"},
		{"je suis arrivé en 3e position au concours", ""},
		// a contractor's staff in a public building are private employees
		{"je suis agent d'entretien chez Samsic, je nettoie la mairie", "salarie_prive"},
		{"je suis serveur chez Elior au restaurant administratif de la préfecture", "salarie_prive"},
		{"agent de sécurité pour un prestataire au tribunal", "salarie_prive"},
		{"éducateur dans une association qui intervient pour le département", "salarie_prive"},
		// a public status word keeps the agent public
		{"fonctionnaire à la préfecture, je travaille avec des agents de chez Onet", "agent_public"},
		// public-law contracts
		{"je suis accompagnante d'élèves handicapés au collège", "agent_public"},
		{"je suis ATER en sociologie", "agent_public"},
		// a retiree who works again: the job says the status
		{"je suis retraité et en CDI à temps partiel chez Castorama", "salarie_prive"},
		{"retraitée, je garde des enfants chez deux familles payée en CESU", "salarie_prive"},
		{"à la retraite, je fais le ménage pour trois familles", "salarie_prive"},
		{"à la retraite, je suis bénévole pour des familles", ""},
		{"je suis fonctionnaire à la retraite", ""},
		// the CESU spelt out, the CDD d'usage of the entertainment trades
		{"je suis payé en chèque emploi service par une dame âgée", "salarie_prive"},
		{"régisseur en CDDU", "salarie_prive"},
		// a soldier who has left and has no job yet
		{"je suis sorti de la gendarmerie en mars, pas encore de job", "demandeur_emploi"},
		{"j'ai fait 12 ans dans la marine, puis dans la gendarmerie. Aujourd'hui je suis sans emploi", "demandeur_emploi"},
		// a civic service that is over
		{"j'ai terminé mon service civique et je cherche un emploi", "demandeur_emploi"},
		// a contract named with its employer that ends within weeks
		{"mon contrat chez Adecco se termine vendredi", "demandeur_emploi"},
		{"mon contrat avec Keolis s'arrête dans 15 jours", "demandeur_emploi"},
		// an apprentice of a public employer holds a private-law contract
		{"je suis apprentie au service technique de la mairie", "salarie_prive"},
		{"apprenti cuisinier au CHU", "salarie_prive"},
		// so does a temp worker placed in a public hospital (the agency employs)
		{"brancardier en intérim au centre hospitalier", "salarie_prive"},
		// doctoral contracts are public-law, but for the private-law one
		{"je suis en contrat doctoral dans un laboratoire", "agent_public"},
		// an employee who looks for another job is in work
		{"je recherche un emploi plus près de chez moi, je travaille chez Norauto", "salarie_prive"},
		{"je suis en CDI et en recherche d'emploi", "salarie_prive"},
		{"je suis au chômage et je cherche un emploi chez Norauto", "demandeur_emploi"},
		// a relative's student job, told for him
		{"mon neveu est étudiant et il bosse chez Norauto le samedi", "" /* a student with a private job: asked (round 20J) */},
		{"je suis étudiante, ma sœur travaille chez Norauto", "etudiant"},
		// a job told with its end: the search is no employee's, the
		// status is asked rather than guessed
		{"je cherche du travail, je travaille chez Norauto jusqu'à la fin du mois", ""},
		// a year of apprenticeship is not a class
		{"je suis en seconde année d'apprentissage chez un plombier", "salarie_prive"},
		{"je suis au chômage, j'ai terminé l'armée", "demandeur_emploi"},
		// the job that ended is not the job of now
		{"je suis sans emploi depuis la fin de mon contrat d'AED", "demandeur_emploi"},
		{"au chômage depuis la fin de mon contrat ATSEM", "demandeur_emploi"},
		// self-employed kinds
		{"je suis conjointe collaboratrice dans le cabinet de mon mari", "independant"},
		{"je suis notaire à mon compte", "profession_liberale"},
		{"nous avons notre épicerie depuis 10 ans", "independant"},
		{"je suis géomètre à mon compte", "profession_liberale"},
		{"médecin installé en cabinet depuis 2010", "profession_liberale"},
		{"ancien kiné, je suis à mon compte comme coach", "independant"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound9CNoHandicapInAESH checks that the title of an AESH, which
// names the pupils' disability, says nothing of the visitor's.
func TestRound9CNoHandicapInAESH(t *testing.T) {
	f := analysis.AnalyseRules("je suis accompagnant d'élèves en situation de handicap depuis 4 ans", testNow)
	if f.Handicap != nil {
		t.Errorf("handicap %v, want unknown", *f.Handicap)
	}
	if f.Status != "agent_public" || f.Branch != analysis.BranchEducation {
		t.Errorf("status %q branch %q, want agent_public education", f.Status, f.Branch)
	}
}
