package intent

import "testing"

func TestGreetingSkipYoungSeeker(t *testing.T) {
	for _, tc := range []struct {
		text                  string
		greeting, skip, young bool
	}{
		{"bonjour", true, false, false},
		{"Bonjour !", true, false, false},
		{"bonsoir madame", true, false, false},
		{"hello", true, false, false},
		{"hi there", true, false, false},
		{"good morning", true, false, false},
		{"good", false, false, false},
		{"bonjour, je cherche un emploi", false, false, false},
		{"hello I need help", false, false, false},
		{"oui", false, false, false},
		{"passer", false, true, false},
		{"je ne sais pas", false, true, false},
		{"skip", false, true, false},
		{"Lyon", false, false, false},
		{"j'ai arrêté l'école et je cherche un apprentissage", false, false, true},
		{"il a arrêté l'école et cherche un apprentissage", false, false, true},
		{"je ne fais rien depuis le bac", false, false, true},
		{"il ne fait rien depuis le bac", false, false, true},
		{"elle a quitté le lycée", false, false, true},
		{"déscolarisé depuis un an", false, false, true},
		{"il cherche une alternance", false, false, true},
		{"he dropped out and does nothing", false, false, true},
		{"il est en apprentissage chez un boulanger", false, false, false},
		{"je suis apprenti et je cherche un nouveau patron", false, false, false}, // an apprentice is an employee
		{"il ne trouve pas d'apprentissage", false, false, true},
		{"elle est en CAP", false, false, false},
		{"je cherche une entreprise à reprendre", false, false, false},
		{"il cherche un contrat d'apprentissage", false, false, true},
		{"je suis salarié", false, false, false},
	} {
		if got := Greeting(tc.text); got != tc.greeting {
			t.Errorf("Greeting(%q) = %v", tc.text, got)
		}
		if got := Skip(tc.text); got != tc.skip {
			t.Errorf("Skip(%q) = %v", tc.text, got)
		}
		if got := YoungSeeker(tc.text); got != tc.young {
			t.Errorf("YoungSeeker(%q) = %v", tc.text, got)
		}
	}
}

func FuzzYoung(f *testing.F) {
	for _, s := range []string{"bonjour", "il ne fait rien depuis le bac", "passer", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		Greeting(s)
		Skip(s)
		YoungSeeker(s)
	})
}
