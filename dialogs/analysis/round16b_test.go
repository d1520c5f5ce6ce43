package analysis_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// TestRound16BRules checks the rules of round 16B (lexicon_round16b.go) on
// sentences of their own, not taken from tuning54 (testNow is 15 June
// 2026). Each phenomenon has a case the rule must not catch.
func TestRound16BRules(t *testing.T) {
	for _, tc := range []struct{ in, status string }{
		// the partner of a practice is a profession libérale
		{"je suis associé dans un cabinet d'avocats à Nantes, 45 ans", "profession_liberale"},
		{"kiné associée ds un cabinet a Dax, 38a", "profession_liberale"},
		{"associée d'une clinique vétérinaire depuis 2015, je sature", "profession_liberale"},
		{"je suis assistante dans un cabinet d'avocats", "salarie_prive"},
		// the one who hires names the employer
		{"agent d'entretien à l'hôpital, recrutée par une société de nettoyage", "salarie_prive"},
		{"embauchée par une agence de sécurité, je garde un musée", "salarie_prive"},
		{"embauché par la mairie comme jardinier", "agent_public"},
		// an inaptitude to some tasks does not end the contract
		{"cariste déclaré inapte au port de charges, toujours en poste", "salarie_prive"},
		{"infirmière, déclarée inapte aux gardes de nuit, je reste dans mon service à la clinique", "salarie_prive"},
		{"j'ai été déclarée inapte et licenciée en mars", "demandeur_emploi"},
		// the merchant navy hires under private law
		{"matelot dans la marine marchande, 34 ans", "salarie_prive"},
		{"officier de la marine marchande, je veux me poser à terre", "salarie_prive"},
		{"je suis matelot dans la marine nationale à Brest", "agent_public"},
	} {
		f := analysis.Analyse(tc.in, testNow)
		if f.Status != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, f.Status, tc.status)
		}
	}
}
