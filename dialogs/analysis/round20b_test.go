package analysis_test

import "testing"

// TestRound20bSeafarers checks round 20B on sentences of its own: a
// matelot on a fishing boat, a trawler or a ferry is a private employee
// (contrat d'engagement maritime); the Navy's matelot stays a public agent.
func TestRound20bSeafarers(t *testing.T) {
	checkTracedStatus(t, []statusCase{
		// private: the civil boat names the employer
		{"Je suis matelot sur un chalutier à Lorient depuis 6 ans, 29 ans, je veux passer à terre.", "salarie_prive"},
		{"matelot sur un bateau de pêche au Croisic, 38 ans, je voudrais me reconvertir", "salarie_prive"},
		{"je suis marin pêcheur au Guilvinec, 40 ans, je veux changer de métier", "salarie_prive"},
		// public: the Navy, or the rank alone
		{"matelot dans la marine nationale à Brest, 28 ans, je veux me reconvertir", "agent_public"},
		{"Je suis matelot à la base navale de Toulon, 23 ans, mon contrat se termine l'an prochain.", "agent_public"},
	})
}
