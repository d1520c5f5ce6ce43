package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// Round 26B: the age of now said with « en » after an age of the past
// (« j'en ai 20 aujourd'hui et… », « j'en ai maintenant 19 »); a count of
// other things (« des salariés, j'en ai 20 ») and an age said otherwise
// keep their reading.
func TestRound26BAgeWithEn(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		age  int
	}{
		{"Déscolarisé depuis mes 16 ans, j'en ai 20 aujourd'hui et je voudrais trouver un emploi à Clermont-Ferrand.", 20},
		{"J'ai quitté l'école à 16 ans, j'en ai 21 maintenant et je cherche un emploi.", 21},
		{"Arrivé en France à 15 ans, j'en ai maintenant 19, je cherche un travail à Lyon.", 19},
		{"J'ai eu mon premier enfant à 17 ans, j'en ai aujourd'hui 23 ans et je veux travailler.", 23},
		{"jsui sorti du lycée a 16 ans, j'en ai 22 desormais, jcherche du taf", 22},
		// kept
		{"Des salariés, j'en ai 20 maintenant et je veux en embaucher d'autres.", 0},
		{"J'ai 45 ans, des enfants j'en ai 3 maintenant.", 45},
		{"Aujourd'hui j'en ai 41 et je suis au chômage, j'ai commencé à 20 ans.", 41},
		{"J'ai arrêté l'école à 16 ans, j'en ai 20.", 20},
	} {
		if f := analysis.Analyse(c.text, now); f.Age != c.age {
			t.Errorf("%q: age %d; want %d", c.text, f.Age, c.age)
		}
	}
}

// Round 26B: a professional who writes for a young person in their charge
// (« CPE, une de mes élèves de 17 ans… », « gendarme, tuteur d'une jeune de
// 18 ans ») is not the person: the writer's public job no longer sends the
// young person to the writer's employer; the status is asked and the age
// routes (row 4). A writer who asks for themself, a young writer (« je suis
// un jeune de 24 ans »), and the person's own public job keep their reading.
func TestRound26BWriterForYoung(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
		want   string
	}{
		{"CPE à Nevers, une de mes élèves de 17 ans veut arrêter le lycée pour travailler.", "", routing.MissionLocale},
		{"CPE dans un collège, un élève de 16 ans ne veut plus venir en cours et veut bosser.", "", routing.MissionLocale},
		{"Je suis policier et je suis le tuteur d'un jeune de 19 ans qui a quitté le lycée en juin et cherche du travail.", "", routing.MissionLocale},
		{"Gardien de la paix, je suis le référent d'une jeune de 17 ans déscolarisée qui veut travailler, à Évry.", "", routing.MissionLocale},
		{"Je suis militaire et je m'occupe d'un jeune de 18 ans de mon club qui a arrêté le lycée et ne fait rien.", "", routing.MissionLocale},
		{"Infirmière scolaire titulaire, je vous écris pour un de nos lycéens, 18 ans, qui veut quitter l'école.", "", routing.MissionLocale},
		// kept: the writer's own request, the writer young, the person's own public job
		{"Je suis CPE dans un lycée, je m'occupe d'un élève de 17 ans et je voudrais me reconvertir.", "agent_public", routing.EmployeurPublic},
		{"Je suis un jeune de 24 ans, adjoint administratif à la mairie de Lorient.", "agent_public", routing.EmployeurPublic},
		{"Je suis gendarme adjoint volontaire, 22 ans, et je voudrais savoir quoi faire après mon contrat.", "agent_public", routing.EmployeurPublic},
		{"Professeure des écoles titulaire à Lille, 27 ans, je veux quitter l'Éducation nationale.", "agent_public", routing.EmployeurPublic},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q, age %d); want %q", c.text, got, f.Status, f.Age, c.want)
		}
	}
}

// Round 26B: « stagiaire à l'INSPÉ » is a laureate of a teachers' exam,
// a fonctionnaire stagiaire (row 1); a student at the INSPÉ stays a student.
func TestRound26BInspe(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
	}{
		{"J'ai passé le concours de professeur des écoles et je suis stagiaire à l'INSPÉ, 24 ans, Grenoble.", "agent_public"},
		{"j'ai eu le CRPE, je suis stagiaire a l'inspe, 24 ans", "agent_public"},
		{"Stagiaire de l'ESPE de Lyon après le CAPES, 23 ans, je doute de ma vocation.", "agent_public"},
		// kept
		{"Je suis en M1 MEEF à l'INSPÉ de Lille, 22 ans", "etudiant"},
		{"Je suis étudiante à l'ESPE, 22 ans, je prépare le CAPES", "etudiant"},
		{"Je suis en stage à l'INSPÉ dans le cadre de mon master, 23 ans", "etudiant"},
	} {
		if f := analysis.Analyse(c.text, now); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}

// Round 26B: an intérimaire between two missions is a job seeker; a CDI
// intérimaire, a mission already fixed or running keep the status asked.
func TestRound26BInterimGap(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
	}{
		{"interimaire entre 2 missions, rien de prevu, 35a, toulouse", "demandeur_emploi"},
		{"Je fais de l'intérim depuis 10 ans, là je suis entre deux missions, 45 ans, Poitiers.", "demandeur_emploi"},
		{"Vingt ans tout juste, intérimaire entre deux missions, je cherche quelque chose de plus stable.", "demandeur_emploi"},
		// kept asked
		{"Je suis en CDI intérimaire chez Manpower, entre deux missions en ce moment, 43 ans", ""},
		{"intérimaire, entre deux missions mais l'agence m'en a calé une à partir de lundi, 30 ans", ""},
		{"intérimaire en mission cette semaine, entre deux missions sinon, 35 ans", ""},
	} {
		if f := analysis.Analyse(c.text, now); f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
	}
}
