package analysis

// Round 21Y of issue 13 — family: a relative's status told beside the
// writer's own, in a relative clause or an apposition, without « je vous
// écris pour » (« Mon beau-frère qui est au chômage m'a dit de vous
// écrire, moi je suis en CDI chez Lidl », « je suis gendarme et ma femme,
// 36 ans, est sans emploi, elle voudrait… », « Commerçante, je m'adresse à
// vous pour mon mari, 50 ans, au chômage »). Found by a gap search (a
// scratch set of 65 messages written for the family, tuning111).
// cep-domain.md §4: the facts of a message written for someone are that
// person's, and the writer's own job is set aside (relatives.go,
// markForRelative).
//
// The writer's status, then a relative named with the age alone in
//    apposition and a clause without a subject of its own telling the
//    relative's status (« je suis gendarme et ma femme, 36 ans, est sans
//    emploi »), with no later clause of the writer's: the labelled sets
//    (tuning88, tuning96: every such message) take the relative as the
//    person concerned, as in round 21A; the age given in apposition is
//    the introduction of the person the message is about. A later clause
//    of the writer (« moi je voudrais me former, j'ai 43 ans ») keeps the
//    writer as the person, and a trailing age after the relative's status
//    (« mon mari est artisan, 39 ans, Perpignan ») is no apposition and is
//    left as before (the sets give it to the writer).

// round21ySpecs are the patterns of round 21Y (none: the rules are readings
// of the clauses).
var round21ySpecs = []patSpec{}

// apposedSubjectR21y reports a relative named with the age alone in
// apposition (« ma femme, 36 ans, ») followed by a clause without a
// subject of its own that tells a status (« est sans emploi »), in a
// message where no clause of the writer's comes after the relative.
func (a *analyser) apposedSubjectR21y() bool {
	sc, toks := a.sc, a.toks
	if a.description {
		return false
	}
	for k := 0; k+4 < len(toks); k++ {
		if !sc.rel[k] || int(sc.relNoun[k]) != k || toks[k+1].clause == toks[k].clause {
			continue
		}
		if !toks[k+1].num || toks[k+2].s != "ans" || toks[k+2].clause != toks[k+1].clause || toks[k+3].clause == toks[k+1].clause {
			continue
		}
		if _, ok := a.subjectlessStatusClauseR21a(k + 3); !ok {
			continue
		}
		for j := k + 1; j < len(toks); j++ {
			if sc.writer[toks[j].clause] {
				return false
			}
		}
		return true
	}
	return false
}
