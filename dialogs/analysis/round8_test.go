package analysis_test

import (
	"path/filepath"
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestTuning31 is the first tuning set of round 8 of issue 13 (49
// messages: several people in one message, relatives writing for someone,
// past, present and plans, fonctionnaires en disponibilité).
func TestTuning31(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning31.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning32 is the second tuning set of round 8 (48 messages: contract
// ends imminent or feared, ruptures signed or not, notice periods,
// employers that settle the sector or don't, workplace and home).
func TestTuning32(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning32.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning33 is the third tuning set of round 8 (48 messages: stressed
// phone typing, one-word messages, school leavers, relatives cut off by
// brackets, RQTH refused or pending, negated cadre and handicap).
func TestTuning33(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning33.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning34 is the fourth tuning set of round 8 (50 messages: the
// routing of facts once the status is known — age limits of the missions
// locales, cadre → Apec, RQTH → Cap emploi, agents publics of every
// branch, unknown département or age).
func TestTuning34(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning34.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestTuning35 is the fifth tuning set of round 8 (39 messages: RQTH
// refused, pending or new, ESAT, past, present and plans of public and
// private jobs, employers that settle the sector or don't, absences with
// the contract suspended).
func TestTuning35(t *testing.T) {
	scoreCorpus(t, readLabelled(t, filepath.Join("testdata", "tuning35.jsonl")), map[string]float64{"status.wrong": 3, "operator.wrong": 3})
}

// TestRound8Rules checks the general rules of round 8 on sentences of
// their own (not taken from the tuning sets).
func TestRound8Rules(t *testing.T) {
	for _, tc := range []struct {
		in     string
		status string
		age    int
	}{
		// the relative the message is written for, among several
		{"ma fille de 22 ans est au chômage et mon fils de 30 ans est ouvrier chez Renault, je vous écris pour mon fils", "salarie_prive", 30},
		{"ma fille de 22 ans est au chômage et mon fils de 30 ans est ouvrier chez Renault, je vous écris pour ma fille", "demandeur_emploi", 22},
		{"mon gendre de 35 ans est au chômage, je vous écris pour lui", "demandeur_emploi", 35},
		// the writer's own age is not the relative's
		{"je suis retraité, 70 ans, c'est pour ma fille qui est au chômage", "demandeur_emploi", 0},
		{"j'ai 52 ans et je vous écris pour mon fils, il est au chômage", "demandeur_emploi", 0},
		{"je vous écris pour mon fils, 24 ans, au chômage", "demandeur_emploi", 24},
		// another relative's age, when the one written for has none: asked
		{"mes fils sont au chômage, l'aîné a 30 ans, je vous écris pour le cadet", "demandeur_emploi", 0},
		// the unit said once for two siblings
		{"mes filles cherchent du travail, la cadette a 27 ans, l'aînée 31, je vous écris pour l'aînée", "demandeur_emploi", 31},
		// a relative's words go on across brackets
		{"mon père (61 ans) a été licencié, moi je suis serveuse en CDI, 33 ans", "salarie_prive", 33},
		{"ma sœur (fonctionnaire) est mutée, je suis caissière chez Leclerc", "salarie_prive", 0},
		{"mon beau-frère (27 ans) est au chômage, je suis agent territorial", "agent_public", 0},
		{"ma femme (39 ans) et moi (41 ans) sommes au chômage", "demandeur_emploi", 41},
		{"ma fille (20 ans) est au chômage", "demandeur_emploi", 20},
		// the writer who only sets their home apart writes about the relative
		{"mon oncle (50 ans) a été licencié, il habite Nantes, moi je vis à Lyon", "demandeur_emploi", 50},
		{"mon oncle (50 ans) a été licencié, moi je suis au chômage aussi, 30 ans", "demandeur_emploi", 30},
		// a season or a contract that ends within weeks, said without « se »
		{"je suis saisonnier au camping, la saison finit dans 10 jours", "demandeur_emploi", 0},
		{"mon contrat finit la semaine prochaine", "demandeur_emploi", 0},
		{"ma saison se termine l'an prochain, je suis serveur", "salarie_prive", 0},
		// the employer closing within weeks; opening hours and far dates
		// are no end
		{"ma boîte ferme à la fin du mois, je suis magasinier", "demandeur_emploi", 0},
		{"mon magasin va fermer définitivement, je suis vendeuse", "demandeur_emploi", 0},
		{"vendeuse dans un magasin qui ferme à 20h", "salarie_prive", 0},
		{"mon usine va fermer dans un an, je suis soudeur en CDI", "salarie_prive", 0},
		// a denial of the end, « ne » dropped
		{"je suis magasinier en CDI, mon contrat se termine pas, je veux juste changer", "salarie_prive", 0},
		// the private workplace where the contract ends is no second
		// situation; a public one is asked (the employer's business)
		{"mon CDD à la clinique privée se termine vendredi", "demandeur_emploi", 0},
		{"mon CDD à l'hôpital public se termine vendredi", "", 0},
		// retirement to come is no retiree
		{"serveuse en CDI, je veux changer de métier avant la retraite", "salarie_prive", 0},
		{"je suis à la retraite depuis 2 ans", "", 0},
		// the class left is no pupil now
		{"j'ai quitté le lycée en première, 18 ans", "", 18},
		// private non-profit hospitals (ESPIC) employ under private law
		{"infirmière à l'hôpital Foch, 40 ans", "salarie_prive", 40},
		{"secrétaire médicale à l'Institut Curie", "salarie_prive", 0},
		{"infirmière à l'hôpital Saint-Antoine", "agent_public", 0},
		// a pupil sent away from school lost no job
		{"mon fils a été renvoyé du collège", "", 0},
		// a fonctionnaire en disponibilité working in the private sector
		{"infirmière de la fonction publique hospitalière en disponibilité, je travaille dans une clinique privée", "salarie_prive", 0},
		{"fonctionnaire en disponibilité depuis un an", "agent_public", 0},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status || f.Age != tc.age {
			t.Errorf("%q: status %q age %d, want %q %d", tc.in, f.Status, f.Age, tc.status, tc.age)
		}
	}
}

// TestRound8Handicap: a recognition asked for, refused or lapsed is not
// one now (asked); one in force is.
func TestRound8Handicap(t *testing.T) {
	yes := true
	for _, tc := range []struct {
		in   string
		want *bool
	}{
		{"ma RQTH a expiré, je suis au chômage", nil},
		{"la MDPH m'a refusé la RQTH", nil},
		{"j'ai déposé une demande à la MDPH", nil},
		{"RQTH en cours de validité, au chômage", &yes},
		{"je demande de l'aide car j'ai une RQTH", &yes},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if (f.Handicap == nil) != (tc.want == nil) || f.Handicap != nil && *f.Handicap != *tc.want {
			t.Errorf("%q: handicap %v, want %v", tc.in, f.Handicap, tc.want)
		}
	}
}

// TestRound8Places: numbers listed as ages are no département.
func TestRound8Places(t *testing.T) {
	for _, tc := range []struct{ in, dep string }{
		{"mère de trois enfants (22, 19 et 15 ans), au chômage", ""},
		{"au chômage, 59, 45 ans", "59"},
		// Paris's suburbs are outside Paris
		{"j'habite en banlieue parisienne", ""},
		{"je suis parisienne", "75"},
		// a place left is no home; a workplace said with « est » neither
		{"je viens de déménager de Nantes à Angers", "49"},
		{"j'ai quitté Lyon l'an dernier", ""},
		{"mon entreprise est à Rouen, j'habite Évreux", "27"},
		{"ma boîte est à Rouen", ""},
		{"le magasin ferme définitivement le 31", ""},
		// an intercommunality's name is no home (« Grand » is no commune there)
		{"agent de Nantes Métropole, 45 ans", ""},
		{"agent au Grand Lyon", ""},
		{"j'habite le Grand Paris", ""},
		// living beats being
		{"je suis à Lyon pour le travail mais j'habite Annecy", "74"},
		{"j'habite Annecy et je suis à Lyon pour le travail", "74"},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Departement != tc.dep {
			t.Errorf("%q: département %q, want %q", tc.in, f.Departement, tc.dep)
		}
	}
}
