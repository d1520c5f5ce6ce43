package analysis

import (
	"testing"
	"time"
)

// « reprendre une activité » is going back to work, as the corpus labels
// it, not taking over a business (persona pc, issue 13: a parent at home
// for ten years was shown « Projet : création ou reprise d'entreprise »).
func TestPcResumeActivityProject(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, project string }{
		{"je voudrais reprendre une activité mais je ne sais pas par où commencer", "reprise_activite"},
		{"reprise d'activité après un congé parental", "reprise_activite"},
		{"Aujourd'hui je voudrais reprendre une petite activité à mi-temps", "reprise_activite"},
		// near-misses: a business taken over or created stays a creation
		{"je voudrais reprendre une entreprise", "creation_activite"},
		{"je veux créer mon activité", "creation_activite"},
	} {
		if got := Analyse(tc.in, now).Project; got != tc.project {
			t.Errorf("Analyse(%q).Project = %q, want %q", tc.in, got, tc.project)
		}
	}
}

// « c'est l'intersaison » is a seasonal worker between seasons now, a job
// seeker as « entre deux saisons » is; a plan « pour l'intersaison » is
// not.
func TestPcIntersaison(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ in, status string }{
		{"salut je suis saisonnier en station l'hiver et l'été je fais les plages, là c'est l'intersaison, j'ai 27 ans", "demandeur_emploi"},
		{"saisonnière, je suis en intersaison, 30 ans", "demandeur_emploi"},
		// near-miss: the self-employed guide's plan for the intersaison
		{"je suis guide de haute montagne à mon compte, je cherche une activité complémentaire pour l'intersaison", "independant"},
	} {
		if got := Analyse(tc.in, now).Status; got != tc.status {
			t.Errorf("Analyse(%q).Status = %q, want %q", tc.in, got, tc.status)
		}
	}
}
