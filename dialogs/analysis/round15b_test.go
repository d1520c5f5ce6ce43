package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound15BRules checks the rules of round 15B (lexicon_round15b.go) on
// sentences of their own, not taken from tuning52 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound15BRules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the trade a course prepares for is not the job held
		{"magasinier, licencié en avril, je voudrais une formation de conducteur de bus", "demandeur_emploi"},
		{"rupture conventionnelle en février, toujours rien, je pense à un CAP de boulanger", "demandeur_emploi"},
		{"je suis en deuxième année d'études d'infirmière, je ne travaille pas", "etudiant"},
		{"je suis chauffeur livreur en CDI et je fais une formation le soir", "salarie_prive"},
		// the last year of a course
		{"en dernière année de BTS compta, je ne bosse pas, 20 ans", "etudiant"},
		{"je suis en dernière année de licence de sociologie", "etudiant"},
		{"en dernière année de contrat chez Michelin, 40 ans", "salarie_prive"},
		// the holder of a pharmacy owns it
		{"pharmacienne titulaire de ma pharmacie à Rodez depuis 2011", "profession_liberale"},
		{"je suis titulaire de mon officine depuis dix ans, 50 ans", "profession_liberale"},
		{"pharmacien adjoint salarié dans une officine à Brest", "salarie_prive"},
		// work without a lasting contract is work
		{"je suis serveur en extra dans une brasserie, sans contrat fixe", "salarie_prive"},
		{"vendeuse en CDD chez Kiabi, sans contrat stable, 23 ans", "salarie_prive"},
		{"sans contrat depuis janvier, j'étais vendeuse", "demandeur_emploi"},
		// an intermittent between two contracts: the regime, not an end of work
		{"je suis intermittente du spectacle, entre deux contrats là", "salarie_prive"},
		{"mon frère est intermittent, régisseur, entre deux contrats actuellement", ""},
		{"entre deux contrats depuis mars, j'étais magasinier", "demandeur_emploi"},
		// a seasonal worker who tells the season without work: asked
		{"serveur en saison à Biarritz, l'hiver je fais plus rien", ""},
		{"je fais la saison des vendanges et au printemps je bosse pas", ""},
		{"au chômage depuis l'hiver dernier, j'étais cariste", "demandeur_emploi"},
		{"saisonnier, je suis en CDI dans un hôtel depuis l'hiver dernier", "salarie_prive"},
		// the search with the elided article before « un »
		{"Bonjour, à la recherche d'un travail depuis janvier, 38 ans, Metz", "demandeur_emploi"},
		{"à la recherche d'une place en crèche, je suis vendeuse chez Zara en CDI", "salarie_prive"},
		{"jeune diplômée en droit, à la recherche d'un premier poste", ""},
		// insurance companies, engineering firms and cooperatives employ under private law
		{"je suis gestionnaire sinistres dans une compagnie d'assurance à Niort", "salarie_prive"},
		{"je suis technicien dans un bureau d'études à Grenoble, 34 ans", "salarie_prive"},
		{"je travaille comme comptable dans une coopérative viticole", "salarie_prive"},
		{"ingénieure au bureau d'études de la mairie, titulaire", "agent_public"},
		// on parental leave, the place to go back to is the employer of now
		{"en congé parental depuis un an, je n'ai pas envie de retourner au supermarché", "salarie_prive"},
		{"je suis en congé parental et je voudrais revenir à la mairie à mi-temps", "agent_public"},
		{"je suis en congé parental, je voudrais travailler dans une banque plus tard", ""},
		// a business stopped, with the elided article; a start on one's own account closed later
		{"j'ai arrêté l'activité de mon food truck en mars, 35 ans", "demandeur_emploi"},
		{"je me suis mis à mon compte comme plombier en 2019 puis j'ai fermé l'entreprise cet hiver", "demandeur_emploi"},
		{"je me suis installée à mon compte comme graphiste en 2022, les clients manquent", "independant"},
		// the job word of a contract that ends, with the unemployment said after
		{"Mon contrat d'ATSEM se termine fin juin. Je serai au chômage en juillet.", "demandeur_emploi"},
		{"mon CDD de vendeuse se termine le 30. Je vais être au chômage, 22 ans", "demandeur_emploi"},
		{"Mon contrat d'AESH se termine en 2027, je suis bien", "agent_public"},
		// the passé composé with an adverb between tells a past job
		{"j'ai longtemps travaillé comme serveur en CDI, puis j'ai démissionné en mars, je cherche", "demandeur_emploi"},
		{"J'ai d'abord été vendeuse en CDI chez Kiabi, puis licenciée en avril", "demandeur_emploi"},
		{"je suis serveur en CDI, j'ai toujours travaillé dans la restauration", "salarie_prive"},
		// a civic service over is no longer the situation, its host no employer
		{"après mon service civique à la mairie, je cherche du travail dans l'animation", "demandeur_emploi"},
		{"j'ai fait un service civique dans une école, qui s'est terminé en avril, je recherche activement un emploi", "demandeur_emploi"},
		{"je suis en service civique à la mairie jusqu'en décembre", ""},
		{"mon service civique dans un club de foot se termine en décembre", ""},
		// the search with an adverb before its object
		{"je recherche actuellement un emploi de cariste, 45 ans", "demandeur_emploi"},
		{"je suis en 2e année de master et je cherche encore un stage", "etudiant"},
		// a public institution as the posting site of a private company's employee
		{"salariée en CDI d'une entreprise privée de nettoyage, je suis affectée aux locaux du tribunal", "salarie_prive"},
		{"je suis salarié d'une société privée de sécurité, posté à l'accueil de la mairie", "salarie_prive"},
		{"Salarié en CDI d'une société privée de surveillance, je suis posté à l'entrée de la préfecture de région", "salarie_prive"},
		{"je suis affecté à la préfecture depuis 2019, attaché d'administration", "agent_public"},
		// the start on one's own account with an adverb, after a dismissal
		{"licencié en 2021, je me suis ensuite mis à mon compte comme électricien", "artisan"},
		// no work now, said with a word of now; undeclared work
		{"j'ai été caissière puis vendeuse, actuellement je ne travaille pas, 30 ans", "demandeur_emploi"},
		{"je fais des ménages au noir depuis deux ans, je veux être déclarée", "demandeur_emploi"},
		{"quelques heures non déclarées dans un snack, rien d'autre", "demandeur_emploi"},
		{"je suis en licence de droit, je ne travaille pas à côté", "etudiant"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound15BAge checks the ages of round 15B: the next birthday told
// with « bientôt » inside the future, and the writer's self-description.
func TestRound15BAge(t *testing.T) {
	for _, tc := range []struct {
		in  string
		age int
	}{
		{"je vais bientôt avoir 26 ans, je cherche du travail à Brest", 25},
		{"Je vais avoir bientôt 19 ans et je veux quitter le lycée", 18},
		{"mon fils va bientôt avoir 18 ans, il ne fait rien", 0},
		{"je suis un papa seul de 31 ans, au chômage, Lens", 31},
		{"Je suis une jeune femme de 22 ans sans diplôme", 22},
		{"ma femme de 40 ans est au chômage, je suis cariste", 0},
		// « N ans bientôt N+1 »: the age of now, then the next one
		{"jai 17 ans bientot 18, je veux arreter le lycee", 17},
		{"j'ai 24 ans bientôt 25 et je cherche un job", 24},
		{"j'ai 26 ans bientôt, je cherche un job", 25},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Age != tc.age {
			t.Errorf("Analyse(%q).Age = %d, want %d", tc.in, f.Age, tc.age)
		}
	}
}

// TestRound15BWantsWork checks the pupils of round 15B who want to work
// straight after school.
func TestRound15BWantsWork(t *testing.T) {
	for _, tc := range []struct {
		in    string
		wants bool
	}{
		{"je suis en terminale et je veux bosser directement après, 17 ans", true},
		{"en BTS, je voudrais travailler tout de suite après mon BTS, 20 ans", true},
		{"je suis en seconde, je veux faire un bac général puis une licence", false},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.WantsWork != tc.wants {
			t.Errorf("Analyse(%q).WantsWork = %v, want %v", tc.in, f.WantsWork, tc.wants)
		}
	}
}

// TestRound15BHomeChez checks « chez moi à X »: a home, unlike « chez
// Decathlon à X ».
func TestRound15BHomeChez(t *testing.T) {
	for _, tc := range []struct{ in, dep string }{
		{"ma nièce de 19 ans habite chez moi à Vannes, elle ne fait rien", "56"},
		{"je suis revenu vivre chez mes parents à Albi après mon contrat, 24 ans", "81"},
		{"je suis vendeur chez Decathlon à Toulouse, 30 ans", ""},
		// a school subject's acronym is no commune
		{"je suis professeur d'EPS dans un collège, je veux changer de métier", ""},
		{"prof EPS titulaire, 40 ans, j'habite Arras", "62"},
		{"en licence STAPS, je voudrais devenir prof d'EPS, j'habite Eps", "62"},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Departement != tc.dep {
			t.Errorf("Analyse(%q).Departement = %q, want %q", tc.in, f.Departement, tc.dep)
		}
	}
}
