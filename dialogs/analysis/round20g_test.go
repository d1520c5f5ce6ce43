package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// A workplace of both laws named alone (France Travail, the social field)
// leaves the status to the sector question; a sector named outright, a
// search or a field only wished keep the rules' reading.
func TestRound20GSectorAsked(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string // "" with doubtSector: the sector question is asked
		sector bool
	}{
		// what changes
		{"Je suis conseillère dans une agence de Pôle emploi, à Douai, 45 ans", "", true},
		{"je suis agent d'accueil dans une agence France Travail, 38 ans", "", true},
		{"je travaille à France Travail, 45 ans, Tours", "", true},
		{"je travaille dans le social, 45 ans, Tours", "", true},
		{"je bosse dans le médico-social depuis 10 ans", "", true},
		// near-misses that keep their reading
		{"Conseillère à France Travail (agent de droit privé, CDI), 47 ans", "salarie_prive", false},
		{"je suis contractuel de droit public à France Travail depuis 2007, 58 ans", "agent_public", false},
		{"Je suis demandeuse d'emploi, inscrite à l'agence France Travail de Montluçon, 47 ans", "demandeur_emploi", false},
		{"je ne travaille pas, je suis inscrite à France Travail, 45 ans", "demandeur_emploi", false},
		{"je suis agent immobilier dans une agence de Nantes, en CDI, 40 ans", "salarie_prive", false},
		{"conseillère clientèle en banque depuis 12 ans, pas cadre, Brest. reconversion dans le social possible ?", "salarie_prive", false},
		{"je suis éducatrice dans une association, dans le social depuis 20 ans", "salarie_prive", false},
		{"je suis aide-soignante à l'hôpital public de Dax, 40 ans", "agent_public", false},
		{"je suis infirmière dans une clinique privée, 35 ans", "salarie_prive", false},
		{"facteur à La Poste, fonctionnaire, 55 ans", "agent_public", false},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status || f.Doubts.Has(analysis.DoubtSector) != c.sector {
			t.Errorf("%q: status %q, doubts %b; want %q, sector asked %v", c.text, f.Status, f.Doubts, c.status, c.sector)
		}
	}
}
