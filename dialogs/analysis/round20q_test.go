package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// tri renders a *bool fact: "oui", "non" or "?" (not said).
func tri(p *bool) string {
	switch {
	case p == nil:
		return "?"
	case *p:
		return "oui"
	}
	return "non"
}

// Round 20Q: the cadre status and the bac+3 degree in the forms a gap
// search found unread (a promotion told in the passé composé, a status gone
// back, an offer in the passive, a forfait en jours, the mastère, « ingé »,
// the certification levels, a maîtrise with its discipline, a degree ahead),
// and the near misses that must not change.
func TestRound20QCadreDegree(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text          string
		cadre, degree string // "oui", "non", "?"
		doubt         bool   // DoubtCadre
	}{
		// cadre: a promotion or a hire whose result holds
		{"J'ai été promue cadre il y a deux ans, je travaille chez Orange en CDI, 41 ans.", "oui", "?", false},
		{"J'ai été nommé cadre l'an dernier dans mon entreprise, salarié en CDI, 38 ans.", "oui", "?", false},
		// near misses: a later step, a status gone back
		{"J'ai été promu cadre en 2015, puis j'ai changé d'entreprise, aujourd'hui vendeur en CDI, 44 ans.", "?", "?", false},
		{"J'ai été promue cadre en 2015, ensuite je suis partie chez Leclerc, vendeuse en CDI, 44 ans.", "?", "?", false},
		{"J'ai été promu cadre en 2024 mais je suis redevenu technicien, CDI, 37 ans.", "non", "?", false},
		{"J'étais cadre, je suis repassée agent de maîtrise à ma demande, CDI, 45 ans.", "non", "?", false},
		// an offer in the passive is not held
		{"Un poste de cadre m'a été proposé, je suis technicien en CDI, 38 ans.", "?", "?", false},
		{"Je suis cadre en CDI, un poste de directeur m'a été proposé, 45 ans.", "oui", "?", false},
		// forfait en jours: asked
		{"Je suis au forfait jours dans une société de conseil, 36 ans.", "?", "?", true},
		{"Salariée au forfait annuel en jours dans une PME, 41 ans.", "?", "?", true},
		// near misses: cadre said, forfait denied, a forfait of another kind
		{"Cadre au forfait jours chez un éditeur de logiciels, 41 ans.", "oui", "?", false},
		{"Je ne suis pas au forfait jours, vendeuse en CDI, 35 ans.", "?", "?", false},
		{"J'ai un forfait mobile à 10 euros, vendeuse en CDI, 35 ans.", "?", "?", false},
		// degrees of bac+3 or more named otherwise
		{"J'ai un mastère spécialisé, 27 ans, au chômage.", "?", "oui", false},
		{"Diplôme d'ingé en poche, 23 ans, je cherche du travail.", "?", "oui", false},
		{"J'ai un diplôme de niveau 7, 26 ans, je cherche du travail.", "?", "oui", false},
		{"Titre RNCP niveau 6, 24 ans, demandeur d'emploi.", "?", "oui", false},
		{"J'ai une maîtrise de lettres, 50 ans, au chômage.", "?", "oui", false},
		// near misses: a level of a collective agreement, a bac+2 level, a skill
		{"Je suis cadre niveau 7 de la convention collective, 40 ans.", "oui", "?", false},
		{"Diplôme de niveau 5 (bac+2), 23 ans, au chômage.", "?", "?", false},
		{"J'ai une bonne maîtrise de l'anglais, 30 ans, au chômage.", "?", "?", false},
		{"Je suis agent de maîtrise, 44 ans, en CDI.", "non", "?", false},
		// a degree ahead is not held
		{"J'aurai ma licence en juin, 22 ans.", "?", "?", false},
		{"Je finis ma licence de socio en juin, 22 ans.", "?", "?", false},
		// near misses: a degree done, a master's last year (the M1 held)
		{"J'ai eu ma licence en juin, 22 ans, je cherche du travail.", "?", "oui", false},
		{"Je finis mon master en septembre, 24 ans.", "?", "oui", false},
	} {
		f := analysis.Analyse(c.text, now)
		if got := tri(f.Cadre); got != c.cadre {
			t.Errorf("%q: cadre %s, want %s", c.text, got, c.cadre)
		}
		if got := tri(f.JeuneDiplome); got != c.degree {
			t.Errorf("%q: degree %s, want %s", c.text, got, c.degree)
		}
		if got := f.Doubts.Has(analysis.DoubtCadre); got != c.doubt {
			t.Errorf("%q: DoubtCadre %v, want %v", c.text, got, c.doubt)
		}
	}
}
