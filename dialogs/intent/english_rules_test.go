package intent_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cep-accueil/cepbot/dialogs/intent"
)

// TestEnglishPreferUnknown: what an English message does not say is left
// unknown rather than guessed (the dialogue asks), and the facts it does
// say are read through the dialogue's English path.
func TestEnglishPreferUnknown(t *testing.T) {
	now := time.Date(2026, 6, 15, 10, 0, 0, 0, time.UTC)
	cases := []struct {
		in          string
		status, dep string
		age         int
	}{
		{"I am a teacher in Paris", "", "75", 0},
		{"I am a nurse", "", "", 0},
		{"my son is 19, he left school and does nothing, we live in Lille", "", "59", 19},
		{"my daughter is 17 years old", "", "", 17},
		{"he is 5 minutes away", "", "", 0},
		{"I am a nurse at a private clinic in Lyon, 39 years old", "salarie_prive", "69", 39},
		{"nurse in a private hospital", "salarie_prive", "", 0},
		{"I work as a nurse in a clinic", "salarie_prive", "", 0},
		{"I have 2 kids and I work in a shop", "salarie_prive", "", 0},
		{"I'm looking for a new job, I work in a shop in Lyon", "salarie_prive", "69", 0},
		{"I used to work in a bank, now I'm a student", "etudiant", "", 0},
		{"I lost my job at a supermarket in Rennes", "demandeur_emploi", "35", 0},
		{"I want to start my own business", "", "", 0},
		{"I'm self-employed", "independant", "", 0},
		{"I worked 15 years in a factory", "", "", 0},
		{"Thanks, Sarah", "", "", 0},
		{"I earn 30000 euros a year", "", "", 0},
		{"I am a civil servant, 12", "agent_public", "", 0},
		{"I'm 34", "", "", 34},
		{"aged 57, I live near Lille", "", "59", 57},
		{"I live in 69003", "", "69", 0},
		{"I work in Paris but I live in Lille", "", "59", 0},
	}
	for _, c := range cases {
		f := viaEnglish(c.in, now)
		if f.Status != c.status || f.Departement != c.dep || f.Age != c.age {
			t.Errorf("%q (%q): status %q département %q age %d, want %q %q %d",
				c.in, intent.ToFrench(c.in), f.Status, f.Departement, f.Age, c.status, c.dep, c.age)
		}
	}
}

func FuzzToFrench(f *testing.F) {
	for _, s := range []string{"I am 35, unemployed, Lyon", "a nurse, 33, Nancy", "I lost my job at a shop",
		strings.Repeat("é", 3000), "\xff\xfe, 45, ", "zip 69003", "I live in Saint-Étienne"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fr := intent.ToFrench(s)
		if utf8.ValidString(s) && !utf8.ValidString(fr) {
			t.Fatalf("ToFrench(%q) = %q: not UTF-8", s, fr)
		}
		if len(fr) > 64*1024 {
			t.Fatalf("ToFrench gave %d bytes", len(fr))
		}
	})
}

// TestEnglishPublicBranch: a public workplace that names the branch of the
// public service settles it in English too (it was asked again).
func TestEnglishPublicBranch(t *testing.T) {
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, branch string }{
		{"I work at a public hospital", "hospitaliere"},
		{"I am a teacher at a public school in Lyon, I am 40", "education"},
		{"I work at the town hall", "territoriale"},
		{"I work at the prefecture", "etat"},
		{"I am a civil servant", ""},
	} {
		f := viaEnglish(c.in, now)
		if f.Status != "agent_public" || f.Branch != c.branch {
			t.Errorf("%q (%q): %q %q, want agent_public %q", c.in, intent.ToFrench(c.in), f.Status, f.Branch, c.branch)
		}
	}
}
