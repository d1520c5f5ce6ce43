package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// Round 24B: a boss's « cadre » behind an adjective of time, « cadre » as
// the person served, the electoral « collège cadres », a degree school left
// a year ago, the DSCG, a degree level without the diploma. Each fixed case
// has a close case that keeps its route.
func TestRound24BCadreAndDegree(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string
		want   string // operator; "" = asked first
	}{
		// a boss's status, with « ancien » between the possessive and the noun
		{"Mon ancien patron était cadre chez nous, moi j'étais magasinier, licencié en mai, 52 ans, Troyes", "demandeur_emploi", routing.FranceTravail},
		{"Mon ancien chef était cadre, moi j'étais magasinier, licencié en mai, 52 ans, Troyes", "demandeur_emploi", routing.FranceTravail},
		{"Mon patron était cadre chez nous, moi j'étais magasinier, licencié en mai, 52 ans, Troyes", "demandeur_emploi", routing.FranceTravail},
		{"J'étais cadre chez nous, licencié en mai, 52 ans, Troyes", "demandeur_emploi", routing.Apec},
		// « cadre » as the person served
		{"Assistante de direction pour un cadre dirigeant, en CDI, 51 ans, Neuilly-sur-Seine", "salarie_prive", routing.OperateurRegional},
		{"Je suis l'assistante d'un cadre dirigeant, en CDI, 51 ans, Neuilly-sur-Seine", "salarie_prive", routing.OperateurRegional},
		{"Je suis un cadre en CDI, 51 ans, Neuilly-sur-Seine", "salarie_prive", routing.Apec},
		{"Je suis cadre dirigeant en CDI, 51 ans, Neuilly-sur-Seine", "salarie_prive", routing.Apec},
		// the electoral college is no collège of the Éducation nationale
		{"Je relève du collège cadres de ma boîte (IC Syntec), 39 ans, Paris, je veux changer de métier", "", ""},
		{"Je suis agent d'entretien dans un collège, 39 ans, Paris", "agent_public", routing.EmployeurPublic},
		// a degree school left a year ago: the degree is held (row 3)
		{"Sortie d'école de commerce l'an dernier, toujours sans emploi, 24 ans, Bordeaux", "demandeur_emploi", routing.Apec},
		{"Sortie du lycée l'an dernier, toujours sans emploi, 24 ans, Bordeaux", "demandeur_emploi", routing.MissionLocale},
		// DSCG (bac+5)
		{"J'ai obtenu mon DSCG et je cherche un poste, 25 ans, Marseille", "demandeur_emploi", routing.Apec},
		{"J'ai obtenu mon BTS et je cherche un poste, 25 ans, Marseille", "demandeur_emploi", routing.MissionLocale},
		// a level without the diploma
		{"Inscrit à France Travail, niveau licence mais sans le diplôme, je cherche un emploi de vendeur, 34 ans, Orléans", "demandeur_emploi", routing.FranceTravail},
		{"Au chômage, 23 ans, un master non validé, Lyon", "demandeur_emploi", routing.MissionLocale},
		{"Au chômage, 23 ans, un master validé en juin, Lyon", "demandeur_emploi", routing.Apec},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status {
			t.Errorf("%q: status %q; want %q", c.text, f.Status, c.status)
		}
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q, cadre %v); want %q", c.text, got, f.Status, f.Cadre, c.want)
		}
	}
}

// Round 24B: a relative's « cadre » while the writer tells their own
// status, and a cadre the writer says they are not; the writer's own
// cadre, « moi aussi » and the message for a relative keep theirs.
func TestRound24BRelativesCadre(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want string // operator; "" = asked first
	}{
		{"Au RSA, 39 ans, Mulhouse. Mon mari est cadre chez Peugeot.", routing.FranceTravail},
		{"Vendeur en CDI, 36 ans, Lens. Mon frère est cadre à Paris et me dit de faire un CEP.", routing.OperateurRegional},
		{"Je suis au chômage depuis 6 mois, 42 ans, Limoges. Ma sœur, elle, est cadre et m'encourage à faire un bilan.", routing.FranceTravail},
		{"Je devrais être cadre vu mon poste mais je ne le suis pas. Responsable de magasin en CDI, 41 ans, Tours.", routing.OperateurRegional},
		{"Être cadre ne m'intéresse pas, je suis électricien en CDI, 35 ans, Nancy", routing.OperateurRegional},
		// kept
		{"Au chômage, 39 ans, Mulhouse. J'étais cadre chez Peugeot.", routing.Apec},
		{"Je suis cadre chez Peugeot en CDI, 39 ans, Mulhouse. Mon mari est au chômage.", routing.Apec},
		{"Mon mari, cadre dans l'industrie, a été licencié il y a un mois. Il a 54 ans. Nous vivons à Grenoble. C'est pour lui que j'écris.", routing.Apec},
		{"Je suis cadre, ça fait 10 ans, en CDI à Tours, 41 ans.", routing.Apec},
	} {
		f := analysis.Analyse(c.text, now)
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q, cadre %v); want %q", c.text, got, f.Status, f.Cadre, c.want)
		}
	}
}

// Round 24B: a disability denied with words between (« pas moi-même
// handicapé », « pas concerné par le handicap »), the staff of an
// entreprise adaptée, « handicapé du numérique »; a disability stated keeps
// Cap emploi.
func TestRound24BHandicap(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	yes, no := true, false
	for _, c := range []struct {
		text     string
		handicap *bool
		want     string
	}{
		{"pas concerné par le handicap, 33 ans, en CDI chez un transporteur, Lyon", &no, routing.OperateurRegional},
		{"Je travaille dans une entreprise adaptée comme encadrant, je ne suis pas moi-même handicapé, CDI, 45 ans, Angers", &no, routing.OperateurRegional},
		{"handicapé du numérique, je cherche une formation en informatique, au chômage, 58 ans, Vichy", nil, routing.FranceTravail},
		{"R.Q.T.H. obtenue en mars, je cherche un emploi, 36 ans, Évry", &yes, routing.CapEmploi},
		{"Je travaille au service handicap de la CAF, salariée de droit privé, 47 ans, Lyon", nil, routing.OperateurRegional},
		{"Mon médecin parle d'invalidité mais rien n'est fait, je suis en arrêt maladie, CDI de cariste, 56 ans, Rouen", nil, routing.OperateurRegional},
		// kept
		{"Je suis moi-même handicapé, reconnu par la MDPH, CDI, 45 ans, Angers", &yes, routing.CapEmploi},
		{"Je travaille en entreprise adaptée, RQTH, CDI, 45 ans, Angers", &yes, routing.CapEmploi},
		{"handicapé depuis mon accident, je cherche un emploi, 58 ans, Vichy", &yes, routing.CapEmploi},
		{"RQTH obtenue en mars, je cherche un emploi, 36 ans, Évry", &yes, routing.CapEmploi},
		{"J'ai un handicap reconnu, je travaille à la CAF comme salariée de droit privé, 47 ans, Lyon", &yes, routing.CapEmploi},
		{"Je suis en invalidité, je suis en arrêt maladie, CDI de cariste, 56 ans, Rouen", &yes, routing.CapEmploi},
	} {
		f := analysis.Analyse(c.text, now)
		if (f.Handicap == nil) != (c.handicap == nil) || f.Handicap != nil && *f.Handicap != *c.handicap {
			t.Errorf("%q: handicap %v; want %v", c.text, f.Handicap, c.handicap)
		}
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q); want %q", c.text, got, f.Status, c.want)
		}
	}
}

// Round 24B: a manager's « cadre » is not their staff's; one of the
// company's cadres written about is.
func TestRound24BManagersCadre(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want string
	}{
		{"Je suis cadre dans une entreprise de transport à Rouen. Un de nos chauffeurs, 52 ans, en CDI, voudrait se reconvertir après un souci de dos.", routing.OperateurRegional},
		{"je suis cadre au siège, une de mes assistantes (29 ans, CDI) veut faire un bilan de compétences, on est à Lyon", routing.OperateurRegional},
		{"Je suis cadre de santé en EHPAD privé à Toulouse et une aide-soignante de mon équipe, 39 ans, en CDI, veut passer le concours d'infirmière.", routing.OperateurRegional},
		// kept: the person written about is cadre, or the writer writes for themself
		{"Je suis DRH à Lyon. Un de nos cadres, 54 ans, en CDI, veut préparer une reconversion.", routing.Apec},
		{"Je suis cadre en CDI à Rouen, 45 ans, un de mes collègues m'a parlé du CEP.", routing.Apec},
	} {
		f := analysis.Analyse(c.text, now)
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q, cadre %v); want %q", c.text, got, f.Status, f.Cadre, c.want)
		}
	}
}

// Round 24B: a graduate at work who seeks a post with a cadre's title is
// row 6 (Apec), as one who seeks « un poste de cadre »; without the
// degree, with the wish denied or the post only offered, the route stays.
func TestRound24BGraduateSeeksCadreTitle(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want string
	}{
		{"Diplômé d'école d'ingénieurs, je suis technicien en CDI depuis 3 ans faute de mieux, 28 ans, Rennes, je cherche un poste d'ingénieur", routing.Apec},
		{"J'ai un master, je suis technicien en CDI, 28 ans, Rennes, je cherche un poste d'ingénieur", routing.Apec},
		{"J'ai un master, je suis technicien en CDI, 28 ans, Rennes, je ne cherche pas un poste d'ingénieur", routing.OperateurRegional},
		{"J'ai un master, je suis technicien en CDI, 28 ans, Rennes, on m'a proposé un poste d'ingénieur", routing.OperateurRegional},
		{"Je suis technicien en CDI, 38 ans, Rennes, je cherche un poste d'ingénieur", routing.OperateurRegional},
	} {
		f := analysis.Analyse(c.text, now)
		if got := routing.Route(f).Operator; got != c.want {
			t.Errorf("%q: operator %q (status %q, diplômé %v, seeks %v); want %q", c.text, got, f.Status, f.JeuneDiplome, f.SeeksCadre, c.want)
		}
	}
}
