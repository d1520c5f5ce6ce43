package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound18sStatus checks the status rules of round 18S on sentences of
// their own, not taken from tuning70 (testNow is 15 June 2026). Each
// phenomenon has a case the rule must not catch.
func TestRound18sStatus(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// an aeromedical certificate withdrawn is no end of contract
		{"steward chez une compagnie aérienne privée, déclaré inapte PNC depuis mon opération, 44 ans", "salarie_prive"},
		{"hôtesse de l'air, déclarée inapte au vol après une otite chronique, j'ai toujours mon CDI, 39 ans", "salarie_prive"},
		{"magasinier, j'ai été déclaré inapte en mars, je cherche un autre métier, 39 ans", "demandeur_emploi"},
		// the ASE's contrat jeune majeur is no contract of employment
		{"j'ai 20 ans, mon contrat jeune majeur s'arrête en septembre, je suis en terminale", "etudiant"},
		{"fin de contrat jeune majeur en août pour Léa, 20 ans, elle est en terminale", "etudiant"},
		{"j'ai 30 ans, fin de contrat le mois prochain chez Leclerc", "demandeur_emploi"},
		// the préfecture of a residence procedure is no employer
		{"mon dossier est en cours à la préfecture, je cherche un emploi de cuisinier, 31 ans", "demandeur_emploi"},
		{"j'ai un rendez-vous à la sous-préfecture pour mon titre de séjour, je cherche du travail, 28 ans", "demandeur_emploi"},
		{"adjoint administratif à la préfecture depuis 2015, 31 ans", "agent_public"},
		// the change of permit « étudiant → salarié » is a procedure
		{"titre de séjour étudiant vers salarié demandé en mai, je cherche un poste, 27 ans", "demandeur_emploi"},
		{"je suis salariée dans une agence de voyage, 27 ans", "salarie_prive"},
		// a company officer outside salaried employment
		{"gérante non salariée d'une SARL de nettoyage, 48 ans", "independant"},
		{"gérante salariée d'un magasin Carrefour City, 48 ans", "salarie_prive"},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Status != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}

// TestRound18sFacts checks cadre, degree and disability readings of round
// 18S on sentences of their own; each with a case not caught.
func TestRound18sFacts(t *testing.T) {
	b := func(p *bool) string {
		if p == nil {
			return "-"
		}
		if *p {
			return "T"
		}
		return "F"
	}
	for _, tc := range []struct{ in, cadre, degree, handicap string }{
		// the classification denied for everyone spoken of
		{"dans notre atelier personne n'est cadre, on est tous en CDI, 45 ans", "F", "-", "-"},
		{"aucun d'entre nous n'est cadre, magasiniers en CDI", "F", "-", "-"},
		{"je suis cadre au service achats, 45 ans", "T", "-", "-"},
		// the spoken short form of the engineering school
		{"sorti d'une école d'ingé en 2019, au chômage, 29 ans", "-", "T", "-"},
		{"je veux entrer en école d'ingé plus tard, vendeur, 29 ans", "-", "-", "-"},
		// (a degree followed by « en alternance » is NOT read as under way:
		// the rule was withdrawn — it added a wrong operator on a held-out
		// set, as round 17G's did; a degree held stays held)
		{"j'ai obtenu mon master en alternance l'an dernier, 24 ans", "-", "T", "-"},
		// a pension paid is a pension granted
		{"ouvrier en CDI, pension d'invalidité en cours de versement, 52 ans", "-", "-", "T"},
		{"ouvrier en CDI, pension d'invalidité en cours d'instruction, 52 ans", "-", "-", "-"},
	} {
		f := analysis.AnalyseRules(tc.in, testNow)
		if got := b(f.Cadre); got != tc.cadre {
			t.Errorf("%q: cadre %s, want %s", tc.in, got, tc.cadre)
		}
		if got := b(f.JeuneDiplome); got != tc.degree {
			t.Errorf("%q: degree %s, want %s", tc.in, got, tc.degree)
		}
		if got := b(f.Handicap); got != tc.handicap {
			t.Errorf("%q: handicap %s, want %s", tc.in, got, tc.handicap)
		}
	}
}

// TestRound18sFarm checks the farmers told by their production or their
// company, and the job sought in the subjunctive (round 18S), on sentences
// of their own; each with a case not caught.
func TestRound18sFarm(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		{"exploitante laitière dans le Cantal, 51 ans, je voudrais me reconvertir", "independant"},
		{"vigneronne en Alsace depuis vingt ans, 50 ans", "independant"},
		{"ouvrier vigneron en CDI dans un domaine du Médoc, 50 ans", "salarie_prive"},
		{"planteuse de vanille à Sainte-Rose, 44 ans, je veux changer", "independant"},
		{"associé d'une EARL avec ma sœur, 41 ans, je veux faire autre chose", "independant"},
		{"salarié d'un GAEC en CDI, 41 ans, je veux faire autre chose", "salarie_prive"},
		{"apiculteur, 37 ans, les ruches ne suffisent plus", "independant"},
		// the job sought in the subjunctive
		{"il faudrait que je retrouve un boulot, 52 ans", "demandeur_emploi"},
		{"il faut que je trouve une idée de formation, vendeur en CDI, 52 ans", "salarie_prive"},
	} {
		if f := analysis.AnalyseRules(tc.in, testNow); f.Status != tc.status {
			t.Errorf("%q: status %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}
