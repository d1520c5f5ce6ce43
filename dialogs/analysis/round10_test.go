package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound10ARules checks the rules of round 10A (lexicon_round10.go) on
// sentences of their own, not taken from tuning42.
func TestRound10ARules(t *testing.T) {
	for _, tc := range []struct {
		in, status string
	}{
		// a temp worker between two missions is a job seeker (row 7)
		{"je suis intérimaire mais pas de mission depuis trois semaines", "demandeur_emploi"},
		{"cariste en intérim, plus de missions depuis janvier", "demandeur_emploi"},
		{"intérimaire sans mission, 38 ans", "demandeur_emploi"},
		{"je fais de l'intérim dans le BTP, en ce moment j'ai rien", "demandeur_emploi"},
		// a temp worker on a mission stays in work
		{"je suis intérimaire en mission chez Renault depuis mars", "salarie_prive"},
		// a student without a side job is a student, not a job seeker
		{"étudiante en master de chimie, pas de job à côté", "etudiant"},
		{"je suis en BTS, pas de boulot pour l'instant", "etudiant"},
		// a graduate out of school without a job is looking for one
		{"je suis sorti de la fac en juin, pas de boulot", "demandeur_emploi"},
		// « pas de boulot » alone is still a search
		{"pas de boulot depuis 6 mois", "demandeur_emploi"},
		// a job left for a business of one's own: the business is the status
		{"j'étais comptable, j'ai démissionné pour ouvrir mon restaurant il y a deux ans", "independant"},
		{"ancienne infirmière, j'ai quitté mon poste pour créer mon entreprise de nettoyage", "independant"},
		// a resignation alone is still a search, the wish to leave no status
		{"j'ai démissionné en mars et je cherche un emploi", "demandeur_emploi"},
		{"je veux démissionner pour ouvrir ma boutique", ""},
		// a student who owns a job has the job's status
		{"je suis en licence de psycho, j'ai un petit boulot chez Carrefour", "" /* a student with a private job: asked (round 20J) */},
		{"étudiant en BTS, j'ai un job chez Burger King le soir", "" /* a student with a private job: asked (round 20J) */},
		{"étudiant, je travaille à la mairie le week-end", "agent_public"},
		// a job looked for, or an internship, leaves the student a student
		{"étudiant en BTS, je cherche un job chez Burger King", "etudiant"},
		{"étudiante en licence, je suis en stage à la mairie", "etudiant"},
		// one's home is no employer: working from home says no status
		{"je bosse chez moi, je vends des bijoux sur internet", ""},
		{"je travaille chez moi depuis deux ans", ""},
		{"je travaille chez Leroy Merlin depuis deux ans", "salarie_prive"},
		// a teacher of a private school: under contract (a State agent) or
		// not (a private employee) must be said
		{"je suis professeure d'histoire dans un collège privé", ""},
		{"enseignant dans le privé depuis 10 ans", ""},
		{"prof dans un collège privé hors contrat", "salarie_prive"},
		{"professeur des écoles dans une école privée sous contrat", "agent_public"},
		{"prof de danse dans une école privée", "salarie_prive"},
		// an intern's host is no employer
		{"je suis en stage chez Dassault depuis février", ""},
		{"je fais mon stage de fin d'études à la mairie", ""},
		// a civil servant's probation is no internship
		{"je suis professeur stagiaire dans un lycée", "agent_public"},
		{"je suis en CDI chez Dassault et je prends un stagiaire", "salarie_prive"},
		// a contract that ends but is renewed: not a job seeker; the
		// dialogue asks rather than guess
		{"je suis en fin de contrat mais il va être renouvelé", ""},
		{"mon CDD ne sera pas renouvelé", "demandeur_emploi"},
		// a CDI signed, told in a story, is the job of now
		{"j'ai fait des petits boulots, puis j'ai été embauché en CDI chez Norauto", "salarie_prive"},
		{"après deux ans d'intérim j'ai décroché un CDI chez Lidl", "salarie_prive"},
		// a wish, or a public employer (a public-law CDI too), is no such fact
		{"je veux être embauchée en CDI", ""},
		{"j'ai été recrutée en CDI au conseil départemental", ""},
		// a job hoped for, applied for or waited for is not held
		{"j'espère décrocher un CDI chez Airbus", ""},
		{"j'ai un entretien pour un CDI chez Decathlon jeudi", ""},
		{"j'attends une réponse pour un CDD à la mairie", ""},
		{"je suis agent d'entretien chez Samsic", "salarie_prive"},
		{"on m'a proposé un CDD chez Decathlon", ""},
		// a VDI sells in his or her own name
		{"je suis VDI pour une marque de cosmétiques depuis 3 ans", "independant"},
		{"je suis VDI chez Tupperware", "independant"},
		// a titularisation is the civil service's
		{"après des années de CDD, on vient enfin de me titulariser", "agent_public"},
		{"j'attends ma titularisation", "agent_public"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound10ACadre checks that other people's grade, or a grade not
// reached, does not make the writer a cadre (the APEC route).
func TestRound10ACadre(t *testing.T) {
	for _, tc := range []struct {
		in    string
		cadre bool
	}{
		{"je suis secrétaire chez Safran, je travaille pour des cadres", false},
		{"technicien chez Renault, presque cadre", false},
		{"je suis bientôt cadre chez Orange, je suis technicienne", false},
		{"je fais partie des cadres chez Thales", true},
		{"je suis cadre chez Thales", true},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := f.Cadre != nil && *f.Cadre; got != tc.cadre {
			t.Errorf("%q: cadre %v, want %v", tc.in, got, tc.cadre)
		}
	}
}

// TestRound10AHandicap checks that other people's disability is not the
// writer's (the Cap emploi route).
func TestRound10AHandicap(t *testing.T) {
	for _, tc := range []struct {
		in       string
		handicap bool
	}{
		{"je travaille avec des handicapés dans un foyer de vie", false},
		{"je suis aidant familial de ma femme invalide", false},
		{"éducateur, j'encadre des adultes handicapés", false},
		{"je suis handicapé et je cherche un emploi", true},
		{"j'ai une RQTH, je suis caissier chez Auchan", true},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := f.Handicap != nil && *f.Handicap; got != tc.handicap {
			t.Errorf("%q: handicap %v, want %v", tc.in, got, tc.handicap)
		}
	}
}
