package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound17CRules checks the status rules of round 17C
// (lexicon_round17c.go) on sentences of their own, not taken from tuning57
// (testNow is 15 June 2026). Each phenomenon has a case the rule must not
// catch.
func TestRound17CRules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// a « projet d'installation » is a plan, not the status held
		{"sage-femme FPH, 36 ans, projet d'installation en libéral", "agent_public"},
		{"aide-soignante en CDI, projet de création d'une micro-crèche", "salarie_prive"},
		{"kiné installé en libéral depuis 2019 à Niort", "profession_liberale"},
		// the acronyms of the three branches of the fonction publique
		{"adjoint administratif FPT, 44 ans, Vannes", "agent_public"},
		{"secrétaire médicale fph au CH de Pau", "agent_public"},
		{"secrétaire médicale dans une clinique privée", "salarie_prive"},
		// « j'hésite entre » weighs options, not the job held
		{"comptable en CDI chez un transporteur, j'hésite entre devenir prof des écoles et rester", "salarie_prive"},
		{"je suis prof des écoles depuis 10 ans, j'hésite à partir", "agent_public"},
		// the CSP told with its dismissal
		{"csp apres licenciement eco, 48 ans, je suis soudeur dans le naval", "demandeur_emploi"},
		{"csp suite licenciement, magasinier, 39a", "demandeur_emploi"},
		{"ma csp c'est employé, je suis magasinier en CDI", "salarie_prive"},
		// a course somebody speaks of or proposes is no contract signed
		{"Ma fille a 17 ans, elle est en première. Le conseiller nous parle d'un bac pro en alternance.", "etudiant"},
		{"Mon fils a 17 ans, il est en apprentissage chez un garagiste.", "salarie_prive"},
		// the owner of a food truck runs it on his or her own account
		{"j'ai un food truck de burgers depuis 2021, 40 ans, Lille", "independant"},
		{"je bosse dans un food truck le week-end, en CDD", "salarie_prive"},
		// « démissionné » typed with a single n
		{"jai demissioné de mon cdd en mars jcherche du taf", "demandeur_emploi"},
		{"jveux demissioner de mon cdi jsuis vendeuse chez zara", "salarie_prive"},
		// an example given after a wish illustrates the wish
		{"boulangère à mon compte, je veux changer, par exemple comme agent à la mairie", "artisan"},
		{"je veux changer de métier, par exemple je suis agent à la mairie depuis 5 ans", "agent_public"},
		// a causative « m'a fait passer » tells a move, not a wish
		{"vendeur depuis 2010, la boîte m'a fait passer chef de rayon en CDI l'an dernier", "salarie_prive"},
		// the industries told with « secteur »
		{"technicienne, secteur aéronautique, 31 ans, Toulouse", "salarie_prive"},
		{"technicienne à la mairie, 31 ans", "agent_public"},
		// a hire told in the past, then « je suis toujours en contrat »
		{"Après ma licence, j'ai été recrutée comme contractuelle au musée de la ville. Trois ans déjà. Je suis toujours en contrat.", "agent_public"},
		{"J'ai été recrutée comme contractuelle au musée de la ville. Puis j'ai signé un CDI chez Decathlon, je suis toujours en poste.", "salarie_prive"},
		// a post sought « plus calme » is compared with the one held
		{"vendeuse en CDI chez Fnac depuis 2015, je voudrais trouver un poste plus calme", "salarie_prive"},
		{"au chômage depuis mars, je voudrais trouver un poste", "demandeur_emploi"},
		// « avec mon mari on a repris… »: the writer and the relative together
		{"avec ma femme on a repris une ferme en 2020, j'ai 41 ans", "independant"},
		{"mon mari a repris une ferme en 2020, je m'interroge sur mon avenir", ""},
		// a message ending on « qui peut l'aider ? » is written for the relative
		{"Ma sœur a 40 ans, elle est au chômage depuis un an. Moi je vis à Lyon. Qui peut l'aider ?", "demandeur_emploi"},
		{"Ma sœur a 40 ans, elle est au chômage. Moi je suis infirmière au CHU de Lyon, qui peut m'aider ?", "agent_public"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound17CCadreAndSchool checks the cadre moved by a causative
// (« le groupe m'a fait monter comme cadre ») and the décrocheur, out of
// school, against a pupil who only wants an apprenticeship.
func TestRound17CCadreAndSchool(t *testing.T) {
	for _, tc := range []struct {
		in    string
		cadre string
	}{
		{"la direction m'a fait monter au siège comme cadre en 2023, je suis en CDI chez Auchan", "true"},
		{"je voudrais monter au siège comme cadre, je suis vendeur en CDI chez Auchan", "null"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := boolStr(f.Cadre)
		if got != tc.cadre {
			t.Errorf("Analyse(%q).Cadre = %s, want %s", tc.in, got, tc.cadre)
		}
	}
	for _, tc := range []struct {
		in    string
		wants bool
	}{
		{"lycéenne, 17 ans, décrocheuse depuis janvier, Brest", true},
		{"lycéen en terminale, 17 ans, je veux faire une licence", false},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != "etudiant" || f.WantsWork != tc.wants {
			t.Errorf("Analyse(%q) = %q, WantsWork %v, want etudiant, %v", tc.in, f.Status, f.WantsWork, tc.wants)
		}
	}
}

// TestRound17CRecognition checks a recognition asked for and then
// granted (« que j'ai obtenue ») against one only asked for.
func TestRound17CRecognition(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"comptable en CDI, j'ai demandé la RQTH, que j'ai obtenue l'an dernier", "true"},
		{"comptable en CDI, j'ai demandé la RQTH et je l'ai obtenue en mai", "true"},
		{"comptable en CDI, j'ai demandé la RQTH, j'attends la réponse", "null"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := boolStr(f.Handicap)
		if got != tc.want {
			t.Errorf("Analyse(%q).Handicap = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestRound17CDepartement checks a département name typed without its
// capital after « dans » and its article where the writer lives, against
// the same words as common nouns.
func TestRound17CDepartement(t *testing.T) {
	for _, tc := range []struct{ in, dep string }{
		{"cariste en cdi jhabite ds la somme 41a", "80"},
		{"elle vit dans l'ain, 30 ans, au chomage", "01"},
		{"j'habite dans le gard depuis 10 ans", "30"},
		{"j'habite dans la manche de la ville", ""},
		{"je range les colis dans le lot du jour, magasinier en cdi", ""},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Departement != tc.dep {
			t.Errorf("Analyse(%q).Departement = %q, want %q", tc.in, f.Departement, tc.dep)
		}
	}
}

// TestRound17CAge checks « ça » object of a preposition before an age
// typed as the next item of an SMS, against « ça (fait) N ans ».
func TestRound17CAge(t *testing.T) {
	for _, tc := range []struct {
		in  string
		age int
	}{
		{"vendeuse en cdi jen ai marre de tout ca jpeux plus avec ca 41a jsui a reims", 41},
		{"cariste en cdi, je veux une formation pour ca 37ans", 37},
		{"vendeur en cdi ca 10 ans que je bosse la", 0},
		// a message closed by « qui peut l'aider ? » keeps the relative's age
		// told beside them, and the writer's own stays the writer's
		{"Ma fille, 22 ans, a arrêté la fac en mars et ne fait rien depuis. Qui peut l'aider ?", 22},
		{"Mon frère a 19 ans et ne trouve rien. Moi j'ai 45 ans. Comment l'aider ?", 19},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Age != tc.age {
			t.Errorf("Analyse(%q).Age = %d, want %d", tc.in, f.Age, tc.age)
		}
	}
}
