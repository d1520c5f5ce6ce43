package analysis

// Round 18N of issue 13: operator wrongs where the status is read right —
// the facts that choose among the rows of cep-domain.md §1.3 beside the
// status: a degree of bac+3 (rows 3 and 6), the age (rows 3–4), a cadre
// status (row 6), a disability (row 5).

// relativeOnlySubject reports a message that speaks of a relative and
// never of the writer: no clause outside the relative's words has « je »,
// « j' », « moi », « me » (« Mon fils de 23 ans a une licence. Le dernier
// CDD s'est fini en avril. », « ma mère, 63 ans, est au chômage, elle est
// reconnue travailleuse handicapée »). The clauses without a subject of
// their own that follow are the relative's too, so the relative's degree,
// disability or cadre status is the one the route depends on
// (cep-domain.md §4: a message written for a relative is labelled with
// the relative's facts; §1.3 rows 3, 5 and 6).
func (a *analyser) relativeOnlySubject() bool {
	if a.forRel || !a.skipRel {
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

// relativesYoungDegree reports a degree of a relative of 16 to 25 read by
// relativeOnlySubject: row 3 takes a young graduate whatever they look
// for, while row 6 takes an older one only looking for a cadre job, which
// such a message does not tell (« notre fils, 26 ans, a une licence et ne
// trouve rien » goes to France Travail, row 7).
func (a *analyser) relativesYoungDegree() bool {
	if !a.relativeOnlySubject() {
		return false
	}
	age := a.age(a.now)
	return age >= 16 && age <= 25
}

// degreeNotHeld reports a degree word that names a course followed, not a
// degree held (cep-domain.md §1.3 rows 3 and 6: APEC takes graduates of
// bac+3 or more, a degree obtained):
//   - « L3 », « M1 » name a year of a course (arrêté du 22 janvier 2014,
//     licence in six semesters, master in four): held only after a verb
//     of completion (« L3 validée », « j'ai obtenu mon M1 »);
//   - « 2 ans de licence », « deux années de master »: years spent in the
//     course, not the degree (which « une licence », « ma licence » say);
//   - « apprenti licence pro », « alternante en master »: an apprentice
//     prepares the degree the contract leads to (code du travail L6211-1).
func (a *analyser) degreeNotHeld(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	switch t[h.start].s {
	case "l3", "m1":
		for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == c; j-- {
			if degreeDone[t[j].s] {
				return false
			}
		}
		for j := h.end; j < len(t) && j <= h.end+3 && t[j].clause == c; j++ {
			if degreeDone[t[j].s] {
				return false
			}
		}
		return true
	}
	if h.start >= 2 && (t[h.start-1].s == "de" || t[h.start-1].s == "d") && t[h.start-2].clause == c {
		switch t[h.start-2].s {
		case "ans", "an", "annees":
			return true
		}
	}
	for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == c; j-- {
		switch t[j].s {
		case "apprenti", "apprentie", "alternant", "alternante":
			return true
		}
	}
	return false
}

// degreeDone are the words that say a course year was completed.
var degreeDone = map[string]bool{"valide": true, "validee": true, "obtenu": true, "obtenue": true, "eu": true, "fini": true, "finie": true,
	"termine": true, "terminee": true, "diplome": true, "diplomee": true, "reussi": true, "reussie": true}

// round18nSms are a phone's spellings of « je fêterai », « je fête »
// without the apostrophe (« jfeterai mes 26 ans en septembre »): split as
// round 17H's forms, so that the birthday to come of round 13C is read and
// the age of now is the one before (cep-domain.md §1.3 rows 3–4, 16–25).
var round18nSms = map[string]string{"jfeterai": "je feterai", "jfete": "je fete", "jfeterais": "je feterais"}

// suisDeYear reads « je suis de 2004 », « jsuis de 1999, jvis à Agde »:
// a year of birth said as where one is « from » in time, the year alone
// closing its clause (not « je suis de Lyon », nor « je suis de 2004 à
// 2010 chez … », a span). It returns the position of « de », from which
// birthYear reads the year, or 0. (cep-domain.md §1.3 rows 3–4 need the
// age.)
func (a *analyser) suisDeYear(i int) int {
	t := a.toks
	if i == 0 || i+2 >= len(t) || t[i+1].s != "de" || !t[i+2].num || t[i+2].clause != t[i].clause {
		return 0
	}
	if s := t[i-1].s; s != "je" && s != "j" {
		return 0
	}
	v, n := leadingInt(t[i+2].s)
	if n != 4 || len(t[i+2].s) != 4 || v < 1940 || v > a.now.Year()-14 {
		return 0
	}
	if i+3 < len(t) && t[i+3].clause == t[i].clause {
		return 0
	}
	return i + 1
}
