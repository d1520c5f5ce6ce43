package analysis

// Round 21I of issue 13 — family: messages written by a professional or a
// relative who ALSO states their own job (« je suis cadre chez Orange et
// mon fils, 27 ans, est au chômage », « DRH et cadre, l'une de nos
// assistantes, 44 ans, en CDI… »). Found by a gap search (a scratch set of
// 142 messages of the family, tuning96), not by a hunt in the labelled
// sets. cep-domain.md §4: the facts of a message written for someone are
// that person's, and the writer's own job is set aside; « cadre » is a fact
// of private employees (§4: « cadre (for private employees: true/false) »)
// and of the person routed (§1.3 row 6).
//
//   - The writer's « cadre » leaked into the person's facts: the status was
//     the other person's (« ma fille, 29 ans, est au chômage ») but the
//     cadre word of the writer's own clause (« je suis cadre chez
//     Thales ») made row 6 (APEC) apply. A cadre word said before the other
//     person is named, when the status routed on is told only after that
//     person is named and outside the writer's own clauses, is the
//     writer's: it is left unknown (writersCadreR21i), never turned false.
//   - The staff a manager writes about after « un de nos », « une de mes »
//     (« une de nos assistantes », « un de nos caristes ») was read as a
//     person written about by adding the plural names of common jobs to
//     thirdNounsR18r. That was measured and dropped at the merge: it fixed
//     nothing outside the scratch set and turned right statuses into
//     questions on two of the test sets written that session and on
//     tuning83 (« un de nos chauffeurs, 58 ans… » written by the chauffeur's
//     colleague). « un de nos salariés / collaborateurs » (round 18R) is
//     read as before.

// round21iSpecs are the patterns of round 21I (none: the rules are readings
// of who is spoken of, writersCadreR21i).
var round21iSpecs = []patSpec{}

// otherPersonStartR21i is where the message first names a person other
// than the writer (a relative outside the workplace, a person the writer
// writes about, the person a message is « pour »), or -1.
func (a *analyser) otherPersonStartR21i() int {
	p := -1
	if a.forRel && a.forPos > 0 {
		p = a.forPos // (0 when the person was found otherwise)
	}
	if s := a.firstThirdR18r(); s >= 0 && (p < 0 || s < p) {
		p = s
	}
	for j := range a.toks {
		if p >= 0 && j >= p {
			break
		}
		if !a.sc.rel[j] || a.sc.relNoun[j] < 0 {
			continue
		}
		if n := a.toks[a.sc.relNoun[j]].s; workPeople[n] && n != "enfants" && n != "parents" {
			continue // « mon patron m'a licencié »: the writer's own job
		}
		p = j
		break
	}
	return p
}

// writersCadreR21i reports a cadre word of the writer's in a message whose
// status is another person's: every cadre word lies before that person is
// named, outside the person's words, and every firm word of the status
// routed on (strength 4 or more, not denied) lies after it, in the
// person's words or in a clause where the writer does not speak.
func (a *analyser) writersCadreR21i(status string) bool {
	if status == "" || status == statusUndecided {
		return false
	}
	p := a.otherPersonStartR21i()
	if p < 0 {
		return false
	}
	cadre, told := false, false
	for _, h := range a.sc.hits {
		switch {
		case h.p.k == kCadre && h.p.v == "1" && !a.wished(h):
			if h.start >= p || a.sc.rel[h.start] {
				return false
			}
			cadre = true
		case h.p.k == kStatus && h.p.v == status && h.p.w >= 4 && !a.negated(h):
			if h.start < p || !a.sc.rel[h.start] && a.sc.writer[a.toks[h.start].clause] {
				return false
			}
			told = true
		}
	}
	return cadre && told
}
