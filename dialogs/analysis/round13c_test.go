package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound13CDisability checks the disability rules of round 13C
// (lexicon_round13c.go) on sentences of their own, not taken from tuning48:
// "true" held, "false" denied, "nil" unknown.
func TestRound13CDisability(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// the MDPH named as the body that decides or receives: no grant
		{"RQTH rejetée par la MDPH en avril", "nil"},
		{"mon dossier est parti à la MDPH", "nil"},
		{"demande déposée auprès de la MDPH", "nil"},
		{"la MDPH m'a accordé une RQTH", "true"},
		{"reconnue par la MDPH depuis 2021", "true"},
		{"suivi par la MDPH depuis l'enfance", "true"},
		// a recognition denied through its noun
		{"aucune reconnaissance de handicap, juste des douleurs", "false"},
		{"pas de reconnaissance de travailleur handicapé", "false"},
		// « handicap » for a disadvantage
		{"je me sens handicapé par mon âge pour retrouver un poste", "nil"},
		{"mon accent est un handicap en entretien", "nil"},
		{"handicapée par mon manque d'expérience", "nil"},
		{"je suis handicapé depuis mon accident", "true"},
		{"j'ai un handicap moteur", "true"},
		// a recognition of the past that lapsed, taken up by a pronoun
		{"j'ai eu une RQTH en 2015, elle a expiré depuis", "nil"},
		{"j'avais une RQTH, elle n'est plus valide", "nil"},
		{"j'ai une RQTH, elle est valable jusqu'en 2030", "true"},
		// a recognition that expires later is in force until then
		{"ma RQTH expire dans deux mois", "true"},
		{"RQTH expirée depuis janvier", "nil"},
		// an allowance refused is none
		{"la CAF m'a refusé l'AAH", "nil"},
		// a rate of disability (L5212-13 2° and 11°)
		{"accident du travail, IPP de 15 %", "true"},
		{"en incapacité de travail depuis mars", "nil"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := "nil"
		if f.Handicap != nil {
			got = map[bool]string{true: "true", false: "false"}[*f.Handicap]
		}
		if got != tc.want {
			t.Errorf("Analyse(%q).Handicap = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestRound13CAges checks the ages of round 13C: a birthday gone by, a
// birth place before the year, the numbers 17 to 19 in words.
func TestRound13CAges(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"j'ai eu 26 ans en février, je cherche du travail", 26},
		{"mon fils vient d'avoir 25 ans", 25},
		{"elle va avoir 26 ans", 0}, // someone's, or unclear: asked
		{"née à Pointe-à-Pitre en 2001, vendeuse", 25},
		{"né au Havre en 1980", 46},
		{"dix-sept ans, je veux arrêter le lycée", 17},
		{"j'ai dix-huit ans", 18},
		{"soixante-dix-neuf ans", 79},
		// a date of birth with its month: years completed
		{"née le 30 septembre 2000", 25},
		{"né le 1er mars 2000", 26},
		{"né en octobre 2001", 24},
		{"né le 25/11/1999", 26},
		// a birthday party to come or gone by
		{"je fête mes 26 ans dimanche", 25},
		{"j'ai fêté mes 40 ans le mois dernier", 40},
		// this year's birthday dated after the age
		{"26 ans le 2 août, je cherche du travail", 25},
		{"26 ans le 2 avril, je cherche du travail", 26},
		{"26 ans en novembre, sans emploi", 25},
		{"25 ans bientôt, sans emploi", 24},
		// a span of years is no age
		{"ça fera 22 ans en septembre que je suis chez Lidl", 0},
		{"ça faisait 19 ans que j'étais à la Poste", 0},
		// how long a job of the past lasted, then the age
		{"j'ai été caissière chez Auchan 22 ans, licenciée, 49 ans", 49},
		{"j'ai été licencié 50 ans lyon", 50},
		{"j'étais au chômage mais j'ai trouvé un CDI chez Lidl la semaine dernière 31 ans", 31},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Age; got != tc.want {
			t.Errorf("Analyse(%q).Age = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestRound13CStatus checks the status markers of round 13C.
func TestRound13CStatus(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// the contrat de projet exists only in the public service
		{"chargée d'études en contrat de projet au département", "agent_public"},
		// « de recherche » completes a noun: a job, not a search
		{"chargé de recherche en CDD à l'université", "agent_public"},
		{"je recherche un CDD", ""},
		// a contractuel or vacataire of a private employer
		{"formatrice vacataire dans un centre de formation privé", "salarie_prive"},
		{"professeur contractuel dans une école de design privée", "salarie_prive"},
		{"aide-soignante contractuelle dans un EHPAD associatif", "salarie_prive"},
		{"éducateur vacataire dans un foyer associatif", "salarie_prive"},
		// the end of a congé de reclassement ends the contract
		{"mon congé de reclassement se termine fin juillet", "demandeur_emploi"},
		// « ss » for « sans » on a phone
		{"ss emploi depuis mars", "demandeur_emploi"},
		// but not « privé ss contrat »: the usual words for a private school
		// under contract (« sans contrat » is said « hors contrat »), whose
		// teachers are State agents (round 13B, code de l'éducation L442-5)
		{"prof dans un lycée privé ss contrat", "agent_public"},
		// the contracts of a story in the passé composé are over
		{"j'ai enchaîné les missions et je suis inscrit à France Travail", "demandeur_emploi"},
		{"j'ai fait trois CDD, je suis inscrite à France Travail depuis avril", "demandeur_emploi"},
		{"j'ai fait des études de chimie et je suis technicienne en CDI", "salarie_prive"},
		// « aujourd'hui » opening a later clause says the status of now
		{"Mon premier job, c'était en CDI chez Fnac. Aujourd'hui je suis au chômage", "demandeur_emploi"},
		{"je suis en CDI. Aujourd'hui je suis en arrêt maladie", "salarie_prive"},
		{"Au chômage depuis l'hiver. Aujourd'hui j'ai trouvé un CDD", "salarie_prive"},
		// « depuis » opening a clause: since then
		{"j'ai fait mon BTS en alternance chez Orange. Depuis, je suis au chômage", "demandeur_emploi"},
		{"je suis partie faire une licence en alternance chez Enedis. Depuis je suis inscrite à France Travail", "demandeur_emploi"},
		{"Depuis 2 ans je suis en CDI, avant j'étais au chômage", "salarie_prive"},
		// one contract may be the running one; one activity more is both
		{"j'ai fait un CDD, il se termine lundi", "demandeur_emploi"},
		{"Salarié en CDI. Désormais je suis aussi auto-entrepreneur", ""},
		// a search alone does not end a student's status
		{"Étudiant en licence. Maintenant je cherche du travail", "etudiant"},
		// an apposition between two clauses about the same relative
		{"Ma sœur a 40 ans, vendeuse chez Zara, elle vient d'être licenciée", "demandeur_emploi"},
		{"Mon père est au chômage, je suis vendeuse chez Zara", "salarie_prive"},
		// a message written to help a relative routes on the relative
		{"je suis retraitée et je voudrais aider ma petite-fille de 19 ans qui est sans emploi", "demandeur_emploi"},
		{"j'aide mon mari dans son restaurant, je suis salariée", "salarie_prive"},
		// Réunion creole
		{"mi lé o chomaj depuis l'été", "demandeur_emploi"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Status; got != tc.want {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRound13CDegrees checks that a degree cue of another clause does not
// make a degree a target, and that a degree under way is not held.
func TestRound13CDegrees(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"né en 2001, licence d'histoire obtenue", "true"},
		{"stage de fin d'études pendant mon master", "nil"},
		{"durant ma licence je travaillais chez Lidl", "true"},
		{"en alternance pendant ma licence pro", "nil"},
		{"pendant mon master j'ai travaillé chez Lidl", "true"},
		{"master en vue, je suis en L3", "nil"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		got := "nil"
		if f.JeuneDiplome != nil {
			got = map[bool]string{true: "true", false: "false"}[*f.JeuneDiplome]
		}
		if got != tc.want {
			t.Errorf("Analyse(%q).JeuneDiplome = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestRound13CPlaces checks the places of round 13C: a meeting is no
// island, a region typed right after a commune settles it.
func TestRound13CPlaces(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"la réunion de service a mal tourné, je suis vendeuse", ""},
		{"j'ai une réunion avec la DRH demain", ""},
		{"je vis à la Réunion", "974"},
		{"le lamentin martinique au chomage", "972"},
		{"lamentin guadeloupe au chomage", "971"},
		// a first name that is a town
		{"je m'appelle Valence, je vis à Grenoble", "38"},
	} {
		if got := analysis.AnalyseRules(tc.in, testNow).Departement; got != tc.want {
			t.Errorf("Analyse(%q).Departement = %q, want %q", tc.in, got, tc.want)
		}
	}
}
