package analysis_test

import (
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
)

// Round 20K: public employers and titles of every branch found (the
// State's named bodies, personnels de direction and CPE, ETAPS, AP-HP /
// HCL / CHS), private-law bodies kept private, and occupations of both
// sectors named without employer still asked.
func TestRound20KPublicLexicon(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		status string // "" = asked
		branch string // checked when not ""
	}{
		// public found (what changes)
		{"ingénieure d'études au CNRS à Grenoble, 41 ans, je voudrais changer", "agent_public", analysis.BranchEtat},
		{"Je travaille à l'Inserm depuis 9 ans comme technicienne.", "agent_public", analysis.BranchEtat},
		{"je suis ingénieur à Météo-France à Toulouse", "agent_public", analysis.BranchEtat},
		{"contrôleur à la DDPP du Gard, 50 ans", "agent_public", analysis.BranchEtat},
		{"je bosse à la DREETS Occitanie, gestionnaire", "agent_public", analysis.BranchEtat},
		{"j'ai un poste à la direction départementale de la protection des populations", "agent_public", analysis.BranchEtat},
		{"agent technique à l'OFB dans le Jura", "agent_public", analysis.BranchEtat},
		{"je suis magasinier au restaurant universitaire de Caen", "agent_public", analysis.BranchEtat},
		{"Je suis proviseure d'un lycée de Brest, 52 ans", "agent_public", analysis.BranchEducation},
		{"principal adjoint de collège à Metz", "agent_public", analysis.BranchEducation},
		{"je suis conseiller principal d'éducation depuis 12 ans", "agent_public", analysis.BranchEducation},
		{"éducatrice des activités physiques et sportives pour la commune, 38 ans", "agent_public", analysis.BranchTerritoriale},
		{"brancardier aux Hospices civils de Lyon", "agent_public", analysis.BranchHospitaliere},
		{"infirmier à l'EPSM de Lille, 33 ans", "agent_public", analysis.BranchHospitaliere},
		// private-law bodies stay private (cep-domain.md §1.3 row 8)
		{"conseillère retraite à la Carsat depuis 8 ans", "salarie_prive", ""},
		{"je suis technicienne à la CAF, 44 ans", "salarie_prive", ""},
		{"guichetier à La Poste en CDI, 39 ans", "salarie_prive", ""},
		{"agent commercial à la SNCF, contractuel, 35 ans", "salarie_prive", ""},
		// near-misses: both sectors, or a body that settles nothing, asked
		{"je suis infirmière, 40 ans, je veux changer de métier", "", ""},
		{"aide-soignante depuis 15 ans, Tours", "", ""},
		{"je suis secrétaire et je voudrais évoluer", "", ""},
		{"technicien à la CNAM depuis 6 ans, je sature", "", ""},
		{"je suis bûcheron à l'ONF", "", ""},
		// a relative's employer or a place of study is no job
		{"mon mari est chercheur au CNRS, je voudrais me reconvertir", "", ""},
	} {
		f := analysis.Analyse(c.text, now)
		if f.Status != c.status || c.branch != "" && f.Branch != c.branch {
			t.Errorf("%q: status %q branch %q; want %q %q", c.text, f.Status, f.Branch, c.status, c.branch)
		}
	}
}
