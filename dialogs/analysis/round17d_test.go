package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound17DStatus checks the status rules of round 17D
// (lexicon_round17d.go) on sentences of their own, not taken from tuning58
// (testNow is 15 June 2026). Each phenomenon has a case the rule must not
// catch.
func TestRound17DStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a dismissal foreseen is not notified
		{"vendeur en CDI chez Conforama, plutôt que d'attendre le licenciement je veux me reconvertir", "salarie_prive"},
		{"cariste en CDI, je préfère partir avant d'être licencié, 48 ans", "salarie_prive"},
		{"j'ai été licencié en mars, 48 ans", "demandeur_emploi"},
		// a training paid by the Région is a job seeker's
		{"en formation de cariste financée par la Région jusqu'en juin, 30 ans", "demandeur_emploi"},
		{"je suis en formation au GRETA, rémunérée par la Région, 33 ans", "demandeur_emploi"},
		{"j'ai fait une formation de soudeur financée par la Région, depuis je suis soudeur en CDI chez Alstom", "salarie_prive"},
		// a contract broken is ended
		{"mon contrat d'apprentissage a été rompu en avril, 19 ans", "demandeur_emploi"},
		{"mon CDI a été résilié le mois dernier, 40 ans", "demandeur_emploi"},
		{"mon contrat de travail est en CDI depuis 2019, vendeuse chez Leroy Merlin", "salarie_prive"},
		// the job search told by its acts
		{"j'envoie des candidatures partout depuis mars, rien, 27 ans", "demandeur_emploi"},
		{"je cherche actuellement un emploi dans la logistique, 40 ans", "demandeur_emploi"},
		{"comptable en CDI chez Fiducial, j'envoie des CV pour changer de boîte", "salarie_prive"},
		// « quitter A pour B »: B is where the writer would go
		{"aide-soignante titulaire, je voudrais quitter l'hôpital pour le secteur privé", "agent_public"},
		{"adjoint technique à la mairie, je veux quitter la fonction publique pour une entreprise privée", "agent_public"},
		{"je voudrais quitter la mairie pour raisons de santé, je suis fonctionnaire territorial", "agent_public"},
		// the school of a degree is no employer
		{"diplômée depuis deux ans (école à Rennes), je suis chargée de communication en CDI chez Orange", "salarie_prive"},
		{"diplômé de l'université de Caen, je suis vendeur en CDI", "salarie_prive"},
		{"diplômée, je travaille dans une école maternelle comme ATSEM", "agent_public"},
		// trades without a public employer settle an occupation of both sectors
		{"agent de maîtrise chez un équipementier aéronautique, 45 ans", "salarie_prive"},
		{"technicien dans une concession automobile à Rodez", "salarie_prive"},
		{"je suis manager dans un fast-food depuis 3 ans", "salarie_prive"},
		{"agent de maîtrise dans une distillerie de cognac, 50 ans", "salarie_prive"},
		{"agent de maîtrise à la mairie de Poitiers, 50 ans", "agent_public"},
		{"je suis agent de maîtrise, 50 ans", ""},
		// a job sought « ailleurs » is a change of employer
		{"comptable en arrêt maladie, je veux trouver un poste ailleurs", ""},
		{"licenciée en mars, je cherche un emploi ailleurs que dans la vente", "demandeur_emploi"},
		{"je cherche un emploi dans la vente, 30 ans", "demandeur_emploi"},
		// the return to the job held after a sick leave
		{"J'ai été embauchée en CDI comme magasinière en 2023. Je suis en arrêt depuis deux mois et je voudrais reprendre le travail à temps partiel.", "salarie_prive"},
		{"au chômage depuis deux ans, je voudrais reprendre un travail à temps partiel", "demandeur_emploi"},
		// a new word of the patterns must not correct an everyday word
		// (« savons » was once corrected into « salons »)
		{"Nous ne savons pas si elle est employée par la mairie ou par la société de restauration, elle travaille à la cantine", ""},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound17DFacts checks the cadre, disability and degree rules of
// round 17D.
func TestRound17DFacts(t *testing.T) {
	for _, tc := range []struct{ in, cadre, handicap, diplome string }{
		// a category named below the cadres denies the cadre status
		{"j'étais cadre jusqu'en 2022, maintenant magasinier statut employé, 50 ans", "false", "null", "null"},
		{"ancien cadre, au chômage depuis mars, 50 ans", "true", "null", "null"},
		{"je suis cadre, position 2.1 de la convention Syntec", "true", "null", "null"},
		// asking whether Cap emploi is open states no disability
		{"j'ai droit à Cap emploi ? je suis en CDI, 40 ans", "null", "null", "null"},
		{"c'est quoi Cap emploi ? au chômage, 45 ans", "null", "null", "null"},
		{"je suis suivie par Cap emploi depuis 2023, 45 ans", "null", "true", "null"},
		// a degree needed is not held
		{"vendeur, 23 ans, pour être prof il me faut un master", "null", "null", "null"},
		{"il me faudrait une licence pour ce poste, j'ai juste le bac", "null", "null", "null"},
		{"j'ai une licence de droit, 23 ans, je cherche un emploi", "null", "null", "true"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := boolStr(f.Cadre); got != tc.cadre {
			t.Errorf("Analyse(%q).Cadre = %s, want %s", tc.in, got, tc.cadre)
		}
		if got := boolStr(f.Handicap); got != tc.handicap {
			t.Errorf("Analyse(%q).Handicap = %s, want %s", tc.in, got, tc.handicap)
		}
		if got := boolStr(f.JeuneDiplome); got != tc.diplome {
			t.Errorf("Analyse(%q).JeuneDiplome = %s, want %s", tc.in, got, tc.diplome)
		}
	}
}

// TestRound17DStudies checks that the aim of the studies asked about is no
// wish to work now (round 17D), while leaving school to work still is.
func TestRound17DStudies(t *testing.T) {
	for _, tc := range []struct {
		in    string
		wants bool
	}{
		{"en terminale, 17 ans, quelles études choisir pour travailler dans le sport ?", false},
		{"en seconde, 16 ans, quel cursus pour travailler avec des enfants ?", false},
		{"en terminale, 18 ans, je veux arrêter mes études pour travailler", true},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.WantsWork != tc.wants {
			t.Errorf("Analyse(%q).WantsWork = %v, want %v", tc.in, f.WantsWork, tc.wants)
		}
	}
}
