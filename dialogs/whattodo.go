package dialogs

// Questions that ask what to do or whom to turn to (persona pe1, issue
// 13).

import (
	mathbits "math/bits"
	"strings"
	"unsafe"

	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// whatToDoCues ask what to do, whom to turn to or how to be helped
// (normalised, between spaces), naming no scheme: « que peut-il faire ? »,
// « vers qui se tourner ? », « comment l'aider ? ». Before the orientation
// they ask for the orientation itself: a card picked by a stray word (the
// Apec for « depuis le bac », Cap emploi for « aider ») or « Je ne sais pas
// répondre » answered the very question the next steps answer.
var whatToDoCues = []string{
	" que faire ", " quoi faire ", " que dois je faire ", " que puis je faire ", " que peut il faire ",
	" que peut elle faire ", " que peut on faire ", " que pourrait il faire ", " que pourrait elle faire ",
	" que pourrais je faire ", " que dois je faire ", " que doit il faire ", " que doit elle faire ",
	" qu est ce que je peux faire ", " qu est ce que je dois faire ", " qu est ce qu il peut faire ",
	" qu est ce qu elle peut faire ", " qu est ce qu on peut faire ", " je fais quoi ", " on fait quoi ",
	" il fait quoi ", " elle fait quoi ", " que me conseillez vous ", " que lui conseillez vous ",
	" vous me conseillez quoi ", " vous lui conseillez quoi ",
	" vers qui me tourner ", " vers qui se tourner ", " vers qui aller ", " vers qui m orienter ",
	" vers qui l orienter ", " vers qui nous tourner ", " a qui m adresser ", " a qui s adresser ",
	" a qui dois je m adresser ", " a qui doit il s adresser ", " a qui doit elle s adresser ",
	" qui contacter ", " qui dois je contacter ", " qui peut m aider ", " qui peut l aider ", " qui peut nous aider ",
	" qui peut m accompagner ", " qui peut l accompagner ",
	" comment l aider ", " comment m aider ", " comment nous aider ", " comment faire ", " par ou commencer ",
	" ou aller ", " ou m adresser ", " ou s adresser ", " ou me renseigner ",
	" quelles demarches ", " quelles sont les demarches ", " quelle demarche ", " quelles solutions ",
	" quelles sont les solutions ", " quelles options ", " quelles sont mes options ", " quelles sont ses options ",
	" quelles possibilites ", " quelles sont mes possibilites ", " quelles sont ses possibilites ",
	" pouvez vous m aider ", " vous pouvez m aider ", " pouvez vous l aider ", " vous pouvez l aider ",
	" pouvez vous nous aider ", " vous pouvez nous aider ",
	" what can i do ", " what should i do ", " what can he do ", " what can she do ", " who can help me ",
	" who can help him ", " who can help her ", " where do i start ", " where should i go ", " can you help me ",
}

// whatToDoTail are the words that may follow such a cue in its clause
// without asking something else (« que faire maintenant ? », « vers qui se
// tourner pour lui svp ? »); « comment faire une VAE ? » asks of a scheme.
var whatToDoTail = map[string]bool{"maintenant": true, "alors": true, "donc": true, "svp": true, "stp": true, "merci": true,
	"exactement": true, "concretement": true, "ensuite": true, "apres": true, "ca": true, "cela": true, "la": true,
	"pour": true, "lui": true, "elle": true, "moi": true, "nous": true, "eux": true, "en": true, "premier": true,
	"d": true, "abord": true, "dans": true, "ce": true, "cas": true, "s": true, "il": true, "vous": true, "plait": true,
	"now": true, "please": true, "first": true, "him": true, "her": true, "me": true, "us": true, "aujourd": true, "hui": true,
	"l": true, "aider": true, "m": true, "de": true, "mon": true, "ma": true, "fils": true, "fille": true}

// whatToDoBreaks end a clause.
const whatToDoBreaks = "?!.;,\n¿？"

// whatToDoLead may open such a clause (« mais que faire ? »).
var whatToDoLead = map[string]bool{"mais": true, "alors": true, "donc": true, "et": true, "bref": true, "so": true, "and": true, "but": true}

// asksWhatToDo reports a clause of text that asks what to do or whom to
// turn to, and nothing more precise.
func asksWhatToDo(text string) bool {
	for clause := range strings.FieldsFuncSeq(text, isWhatToDoBreak) {
		if whatToDoClause(clause, false) {
			return true
		}
	}
	return false
}

func isWhatToDoBreak(r rune) bool { return strings.ContainsRune(whatToDoBreaks, r) }

// whatToDoClause reports a clause that asks what to do and nothing more;
// whole: the question is the whole clause (« Comment l'aider ? »), not the
// end of a statement (« j'ai 45 ans et je ne sais pas quoi faire »).
func whatToDoClause(clause string, whole bool) bool {
	// the padded clause is written in a stack array: read here only, it
	// was an allocation for every clause of a long message
	var buf [256]byte
	var s string
	if n := normalise(clause); len(n)+2 <= len(buf) {
		buf[0] = ' '
		copy(buf[1:], n)
		buf[len(n)+1] = ' '
		s = unsafe.String(&buf[0], len(n)+2)
	} else {
		s = " " + n + " "
	}
	// A cue occurs in s only where its first word stands between spaces:
	// the words of s pick the few cues worth a search, then these are tried
	// in the list's order as before (a cue that does not occur was skipped).
	var cand whatToDoSet
	for rest := s[1:]; rest != ""; {
		w, after, _ := strings.Cut(rest, " ")
		rest = after
		if set, ok := whatToDoByFirst[w]; ok {
			for k := range cand {
				cand[k] |= set[k]
			}
		}
	}
	for k, bits := range cand {
		for ; bits != 0; bits &= bits - 1 {
			c := whatToDoCues[64*k+mathbits.TrailingZeros64(bits)]
			i := strings.Index(s, c)
			if i < 0 {
				continue
			}
			if whole {
				// s is normalised: its words are separated by
				// spaces only, as strings.Fields would split them
				for rest := s[:i]; rest != ""; {
					w, after, _ := strings.Cut(rest, " ")
					rest = after
					if w != "" && !whatToDoLead[w] {
						return false
					}
				}
			}
			tail := true
			for rest := s[i+len(c):]; rest != ""; {
				w, after, _ := strings.Cut(rest, " ")
				rest = after
				if w != "" && !whatToDoTail[w] {
					tail = false
					break
				}
			}
			if tail {
				return true
			}
		}
	}
	return false
}

// whatToDoSet is a set of indexes of whatToDoCues.
type whatToDoSet [2]uint64

// whatToDoByFirst gives, for a first word of whatToDoCues, the cues that
// begin with it (asksWhatToDo searched every cue in every clause of every
// message: ≈ 4 000 instructions a turn).
var whatToDoByFirst = func() map[string]whatToDoSet {
	if len(whatToDoCues) > 64*len(whatToDoSet{}) {
		panic("dialogs: whatToDoSet too small for whatToDoCues")
	}
	m := map[string]whatToDoSet{}
	for i, c := range whatToDoCues {
		first, _, _ := strings.Cut(c[1:], " ")
		set := m[first]
		set[i/64] |= 1 << (i % 64)
		m[first] = set
	}
	return m
}()

// withoutWhatToDo is text without its clauses that are only a question of
// what to do (for the analysis: they say no fact).
func withoutWhatToDo(text string) string {
	if !asksWhatToDo(text) {
		return text
	}
	var b strings.Builder
	start := 0
	for i, r := range text {
		if !isWhatToDoBreak(r) {
			continue
		}
		if clause := text[start:i]; !whatToDoClause(clause, true) {
			b.WriteString(text[start : i+len(string(r))])
		}
		start = i + len(string(r))
	}
	if clause := text[start:]; !whatToDoClause(clause, true) {
		b.WriteString(clause)
	}
	return strings.TrimSpace(b.String())
}

// answerWhatToDo answers, before the orientation, a question that asks for
// the orientation itself: what the next steps are for, not a card.
func (t *turn) answerWhatToDo() bool {
	st := t.state()
	d := t.def()
	if d == nil || !d.Collects || st == StateCorrect || st == StateResume || !asksWhatToDo(t.original()) {
		return false
	}
	if your, _ := t.proxy(); your != "" {
		t.say(texts.Fill(t.x.ProxyWhatToDo, your))
	} else {
		t.say(t.x.WhatToDo)
	}
	return true
}
