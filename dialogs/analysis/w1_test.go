package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Wave 2, w1 (issue 13): public employers named in a first message — a
// school nurse, a GRETA trainer, « hôpitale », a public agricultural lycée
// (State branch, not the Éducation nationale) — settle status and branch;
// the near-misses keep their reading.
func TestW1PublicEmployers(t *testing.T) {
	for _, c := range []struct{ text, status, branch string }{
		{"je suis infirmière scolaire, je veux changer de métier", "agent_public", analysis.BranchEducation},
		{"infirmier scolaire dans un collège de Tours", "agent_public", analysis.BranchEducation},
		{"formateur au GRETA depuis 5 ans, je veux évoluer", "agent_public", analysis.BranchEducation},
		{"je bosse à l'hôpitale et je veux me reconvertir", "agent_public", analysis.BranchHospitaliere},
		{"je suis prof en lycée agricole, je veux changer", "agent_public", analysis.BranchEtat},
		{"CPE au lycée agricole de Vendôme", "agent_public", analysis.BranchEtat},
		{"je travaille au GRETA, je veux changer", "agent_public", analysis.BranchEducation},
		{"je suis formatrice au greta de Tours", "agent_public", analysis.BranchEducation},
		{"agent d'entretien au lycée agricole de Vendôme", "agent_public", analysis.BranchTerritoriale},
		{"je travaille dans une ONG, 40 ans", "salarie_prive", ""},
		// near-misses
		{"je suis infirmière, je veux changer de métier", "", ""},
		{"stagiaire au GRETA en formation cuisine", "demandeur_emploi", ""},
		{"je suis en formation au GRETA de Tours", "demandeur_emploi", ""},
		{"je travaille à la DDT, agent d'entretien", "agent_public", analysis.BranchEtat},
		{"vendeuse en CDI, je suis des cours du soir au GRETA", "salarie_prive", ""},
		{"je suis au lycée agricole en BTSA", "etudiant", ""},
		{"prof au lycée, je veux changer", "agent_public", analysis.BranchEducation},
		{"prof en lycée agricole privé", "", ""},
		{"formateur dans une maison familiale rurale, 41 ans", "salarie_prive", ""},
		{"Technicien, CDD de 18 mois en cours dans l'aéronautique, 28 ans", "salarie_prive", ""},
		{"je suis bénévole dans une ONG et je cherche un emploi", "demandeur_emploi", ""},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Status != c.status || f.Branch != c.branch {
			t.Errorf("%q: %q %q; want %q %q", c.text, f.Status, f.Branch, c.status, c.branch)
		}
	}
}

// A contrat aidé (PEC, CUI) is a private-law contract even with a public
// employer (code du travail L5134-24): its end told by the contract named
// again (« le contrat finit en janvier ») makes a job seeker when it is
// near (row 7), a private employee when it is months ahead; a public CDD
// keeps its reading.
func TestW1AidedContractEnds(t *testing.T) {
	decNow := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) // « en janvier » is next month
	for _, c := range []struct{ text, status string }{
		{"je suis en contrat PEC à la mairie de Tours, le contrat finit en janvier", "demandeur_emploi"},
		{"contrat aidé au collège, le contrat se termine dans 3 semaines", "demandeur_emploi"},
		{"je suis en CUI à l'hôpital, le contrat finit le mois prochain", "demandeur_emploi"},
		// near-misses
		{"je suis en contrat PEC à la mairie depuis un an", "salarie_prive"},
		{"je suis en contrat PEC à la mairie, le contrat finit dans 3 mois", "salarie_prive"},
		{"je suis en contrat PEC à la mairie de Tours, le contrat finit en mars", "salarie_prive"},
		{"Je suis AESH en CDD, le contrat finit en juillet, 38 ans, Dijon", "agent_public"},
	} {
		if f := analysis.Analyse(c.text, decNow); f.Status != c.status {
			t.Errorf("%q: %q; want %q", c.text, f.Status, c.status)
		}
	}
}

// The workplace's département is kept when a home is named too: an agent's
// employer door follows the workplace (the Loiret's centre de gestion for
// a secretary of Orléans's town hall living in Blois).
func TestW1WorkplaceWithHome(t *testing.T) {
	for _, c := range []struct{ text, dep, workplace string }{
		{"secrétaire à la mairie d'Orléans, j'habite à Blois, 45 ans", "41", "45"},
		{"je suis secrétaire à la mairie d'Orléans, 45 ans", "", "45"},
		// near-misses: a home alone, or the same place for both
		{"secrétaire de mairie, j'habite à Blois, 45 ans", "41", ""},
		{"secrétaire à la mairie de Blois où j'habite, 45 ans", "41", ""},
	} {
		f := analysis.Analyse(c.text, testNow)
		if f.Departement != c.dep || f.Workplace != c.workplace {
			t.Errorf("%q: home %q workplace %q; want %q %q", c.text, f.Departement, f.Workplace, c.dep, c.workplace)
		}
	}
}
