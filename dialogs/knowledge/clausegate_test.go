package knowledge

import (
	"strings"
	"testing"
	"unicode"
)

// isQuestionAllClauses is IsQuestion as it was before the clause loop was
// gated on the whole message's cues: every clause read.
func isQuestionAllClauses(text string) bool {
	text = cut(text)
	if strings.ContainsAny(text, "?？¿") {
		return true
	}
	f := normQ(text)
	if f == "  " {
		return false
	}
	m := cueIndex.scan(f)
	if m&(1<<cueWho) != 0 && m&(1<<cueKnow) != 0 {
		return true
	}
	if clauseQuestion(text) {
		return true
	}
	if m&(1<<cueQuel) != 0 && !strings.Contains(f, " sais pas ") && !strings.Contains(f, " sait pas ") {
		return true
	}
	if m&(1<<cueAnywhere) != 0 {
		return true
	}
	if invertedPronoun(text) && inverted.MatchString(strings.ToLower(text)) {
		return true
	}
	return m&(1<<cueScheme) != 0 && m&(1<<cueSchemeCue) != 0
}

// TestClauseGateFoldLower proves the gate's premise rune by rune: the
// clauses are cut from strings.ToLower(text) and folded, the gate reads the
// fold of text itself, so folding a lower-cased rune must give what folding
// the rune gives (for every rune), and every clause break must fold to a
// space.
func TestClauseGateFoldLower(t *testing.T) {
	var a, b []byte
	for r := rune(0); r <= unicode.MaxRune; r++ {
		a = appendFold(a[:0], string(r))
		b = appendFold(b[:0], strings.ToLower(string(r)))
		if string(a) != string(b) {
			t.Fatalf("U+%04X: fold %q, fold of its lower case %q", r, a, b)
		}
	}
	for _, r := range ".!;:,\n\r…" {
		if !isClauseBreak(r) || string(appendFold(nil, string(r))) != " " {
			t.Fatalf("clause break %q does not fold to a space", r)
		}
	}
	// The openers are whole words (phrases ending inside a word would not
	// be found by the same words elsewhere): openerIndex has no prefix.
	if len(openerIndex.prefix) != 0 {
		t.Fatalf("openers cut inside a word: %v", openerIndex.prefix)
	}
	for _, p := range questionOpeners {
		if !strings.HasSuffix(p, " ") {
			t.Fatalf("opener %q is not whole words", p)
		}
	}
}

// TestClauseGateSame compares IsQuestion with every clause read, on both
// sides of the gate: messages whose question opens a later clause, « où »
// and « ou » + infinitive, greetings before an opener, and plain answers.
func TestClauseGateSame(t *testing.T) {
	texts := append(append([]string{}, questions...), nonQuestions...)
	texts = append(texts,
		"Bonjour. Comment faire une VAE", "je suis au chômage, où aller", "merci, ou trouver un conseiller",
		"j'habite à Lyon; ou voir un conseiller", "Bonjour, je suis au chômage depuis 6 mois, j'ai 34 ans",
		"slt jai 22 ans je cherche du travail et jhabite au 69001", "OÙ ALLER", "Où aller",
		"alors, euh, pourquoi pas", "et sinon combien ça coûte", "ok. d'accord. quand",
		"je travaille ou je cherche", "bonjour, salut, est-ce possible", "Merci ! Quel métier",
		"je ne sais pas quel métier choisir", "œuvre… où déposer", "jpeux venir. cmt faire",
		"İl y a-t-il un délai", "KEL METIER", "Ou s'adresser", "1", "oui", "/start", "",
		"ou", "où", " où ", "c'est quoi", "dites, qui peut m'aider", "du coup. ou faire le bilan",
	)
	var joined []string
	for i, a := range texts {
		joined = append(joined, a+", "+texts[(i*7+3)%len(texts)], texts[(i*5+1)%len(texts)]+". "+a)
	}
	for _, s := range append(texts, joined...) {
		if got, want := IsQuestion(s), isQuestionAllClauses(s); got != want {
			t.Errorf("IsQuestion(%q) = %v, every clause read: %v", s, got, want)
		}
	}
}

// FuzzClauseGate: the gate never changes IsQuestion.
func FuzzClauseGate(f *testing.F) {
	for _, s := range append(append([]string{}, questions...), nonQuestions...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4<<10 {
			s = s[:4<<10]
		}
		if got, want := IsQuestion(s), isQuestionAllClauses(s); got != want {
			t.Fatalf("IsQuestion(%q) = %v, every clause read: %v", s, got, want)
		}
	})
}
