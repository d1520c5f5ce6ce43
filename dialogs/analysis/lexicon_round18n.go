package analysis

// Round 18N of issue 13: operator wrongs where the status is read right —
// the facts that choose among the rows of cep-domain.md §1.3 beside the
// status: a degree of bac+3 (rows 3 and 6), the age (rows 3–4), a cadre
// status (row 6), a disability (row 5).

// relativeOnlySubject reports a message that speaks of a relative and
// never of the writer: no clause outside the relative's words has « je »,
// « j' » or « moi » (« Mon fils de 23 ans a une licence. Le dernier CDD
// s'est fini en avril. »). The third-person clauses that follow are the
// relative's too, so the relative's degree is the one the visitor's
// route depends on (cep-domain.md §4: a message written for a relative
// is labelled with the relative's facts; §1.3 row 3, APEC for young
// graduates of bac+3 or more). Only a relative of 16 to 25 is read so:
// row 3 takes a young graduate whatever they look for, while row 6 takes
// an older one only looking for a cadre job, which such a message does
// not tell (« notre fils, 26 ans, a une licence et ne trouve rien » goes
// to France Travail, row 7).
func (a *analyser) relativeOnlySubject() bool {
	if a.forRel || !a.skipRel {
		return false
	}
	if age := a.age(a.now); age < 16 || age > 25 {
		return false
	}
	for _, w := range a.sc.writer {
		if w {
			return false
		}
	}
	for j, t := range a.toks {
		if !a.sc.rel[j] && (t.s == "je" || t.s == "j" || t.s == "moi" || t.s == "me" || t.s == "m") {
			return false
		}
	}
	return true
}
