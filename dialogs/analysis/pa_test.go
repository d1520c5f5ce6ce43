package analysis

import "testing"

// Persona round pa (issue 13): asked whether their employer is public or
// private, people name it in the short forms the description's reading
// leaves out (« une asso », « la région », « l'État »); a named employer
// still wins over a place word, and a denial still counts.
func TestPaParseSectorShortEmployers(t *testing.T) {
	for _, tc := range []struct{ in, status, branch string }{
		{"une asso", "salarie_prive", ""},
		{"une asso je crois", "salarie_prive", ""},
		{"c'est l'associatif", "salarie_prive", ""},
		{"c'est l'état", "agent_public", BranchEtat},
		{"la région", "agent_public", BranchTerritoriale},
		{"je sais pas trop, la région je pense", "agent_public", BranchTerritoriale},
		{"la commune", "agent_public", BranchTerritoriale},
		{"c'est la ville", "agent_public", BranchTerritoriale},
		{"c'est l'agglo", "agent_public", BranchTerritoriale},
		{"la BU", "agent_public", BranchEtat},
		{"l'ADAPEI", "salarie_prive", ""},
		{"un particulier", "salarie_prive", ""},
		{"chez des particuliers", "salarie_prive", ""},
		{"priver", "salarie_prive", ""},
		{"pubic", "agent_public", ""},
		{"l'hosto", "agent_public", BranchHospitaliere},
		{"la mairi", "agent_public", BranchTerritoriale},
		{"une clinic", "salarie_prive", ""},
		{"pas public", "salarie_prive", ""},
		{"pas dans le privé", "agent_public", ""},
		{"non pas du tout dans le public", "salarie_prive", ""},
		// near-misses: the employer named wins, a denial of both or a
		// doubt is no answer
		{"pas public pas privé", "", ""},
		{"chais pas public", "", ""},
		{"une association de la région", "salarie_prive", ""},
		{"au CHU de la région", "agent_public", BranchHospitaliere},
		{"pas l'état, une entreprise", "salarie_prive", ""},
		{"je ne sais pas", "", ""},
	} {
		st, br, ok := ParseSector(tc.in)
		if st != tc.status || br != tc.branch || ok != (tc.status != "") {
			t.Errorf("ParseSector(%q) = %q %q %v, want %q %q", tc.in, st, br, ok, tc.status, tc.branch)
		}
	}
}

// Asked which public service they work in, « la police », « la justice »
// name the State and « la métropole » a territorial employer; the
// municipal police stays territorial.
func TestPaParseBranchShortEmployers(t *testing.T) {
	for _, tc := range []struct{ in, branch string }{
		{"la police", BranchEtat},
		{"la justice", BranchEtat},
		{"au tribunal", BranchEtat},
		{"la métropole", BranchTerritoriale},
		{"c'est la ville", BranchTerritoriale},
		{"la communauté d'agglo", BranchTerritoriale},
		// near-misses
		{"police municipale", BranchTerritoriale},
		{"je ne sais pas", ""},
	} {
		br, ok := ParseBranch(tc.in)
		if br != tc.branch || ok != (tc.branch != "") {
			t.Errorf("ParseBranch(%q) = %q %v, want %q", tc.in, br, ok, tc.branch)
		}
	}
}
