package dialogs

import (
	"strings"
	"testing"
)

// whatToDoClauseScan is whatToDoClause before whatToDoByFirst: every cue
// searched in the list's order. The indexed version must answer the same.
func whatToDoClauseScan(clause string, whole bool) bool {
	s := " " + normalise(clause) + " "
	for _, c := range whatToDoCues {
		i := strings.Index(s, c)
		if i < 0 {
			continue
		}
		if whole {
			for _, w := range strings.Fields(s[:i]) {
				if !whatToDoLead[w] {
					return false
				}
			}
		}
		tail := true
		for _, w := range strings.Fields(s[i+len(c):]) {
			if !whatToDoTail[w] {
				tail = false
				break
			}
		}
		if tail {
			return true
		}
	}
	return false
}

func TestWhatToDoClauseIndexed(t *testing.T) {
	clauses := []string{
		"", "Que faire", "mais que faire maintenant", "Comment l'aider", "comment faire une VAE",
		"j'ai 45 ans et je ne sais pas quoi faire", "Vers qui me tourner pour lui svp",
		"je fais quoi", "qui peut m'aider à trouver une formation", "what should I do now",
		"bref, quelles sont mes options", "il ne sait pas quoi faire, que peut-il faire",
		"et alors on fait quoi", "Bonjour, je suis au chômage depuis 6 mois",
		"a qui m adresser merci", "où aller", "que dois-je faire que dois je faire",
	}
	for _, c := range clauses {
		for _, whole := range []bool{false, true} {
			if got, want := whatToDoClause(c, whole), whatToDoClauseScan(c, whole); got != want {
				t.Errorf("whatToDoClause(%q, %v) = %v, the scan says %v", c, whole, got, want)
			}
		}
	}
	for _, c := range whatToDoCues { // each cue alone, and after a word that is not a lead
		for _, whole := range []bool{false, true} {
			for _, s := range []string{c, "toto" + c, c + "toto", "et" + c + "svp"} {
				if got, want := whatToDoClause(s, whole), whatToDoClauseScan(s, whole); got != want {
					t.Errorf("whatToDoClause(%q, %v) = %v, the scan says %v", s, whole, got, want)
				}
			}
		}
	}
}
