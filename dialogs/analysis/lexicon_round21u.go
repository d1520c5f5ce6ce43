package analysis

// Round 21U of issue 13 — family: statuses that are only hypothetical or
// asked about, not the writer's present. Found by a gap search (a scratch
// set of 155 messages written for the family, tuning107: conditionals,
// questions about a scheme for a category of people, future plans,
// reported speech, each with near-misses where a present fact is told
// beside the question), not by a hunt in the labelled sets. cep-domain.md
// §4: the status is the present situation, null « when the message does
// not say »; a question or a hypothesis alone does not say it, and the
// dialogue asks (§1.3 row 9). A present fact told beside the question
// stands (« je suis en CDI et si je démissionne… » → salarie_prive).
//
//   - A general question about a category of people (« un fonctionnaire
//     hospitalier a-t-il droit à un CEP ? », « les intérimaires ont-ils
//     droit au CEP ? », « une personne licenciée peut-elle faire une
//     VAE ? », « quand on est salarié à temps partiel, a-t-on droit… ? »,
//     « faut-il être inscrit à France Travail pour… ? »): others and round
//     20C's genericPeopleR20c already read the category's own word as no
//     one's status, but the words that qualify it (« hospitalier »,
//     « territorial », « en CDD », « au chômage », « sans mission ») and
//     the employer word of the same noun (« intérimaires », « apprenti »)
//     still gave one. In a question sentence with such a generic subject
//     and no word of the first person (je, me, moi, mon…), no status or
//     employer word is the writer's (genericAskR21u).
//   - A condition opened by the writer (« si je démissionne », « au cas
//     où », « en cas de », « si jamais », « supposons / imaginons que »,
//     « dans l'hypothèse / l'éventualité ») rules its whole sentence when
//     that sentence asks or looks ahead (« si on ne me garde pas, est-ce
//     que je retombe au chômage ? », « imaginons que je sois licencié,
//     est-ce que je pourrais… ? »): the status of the consequence is as
//     hypothetical as the condition (hypotheticalR21u). Lexicon.go's
//     « si » already made the condition's own clause a wish; the clauses
//     after it were read as facts. Kept: a status after a possessive
//     (« si je démissionne de mon CDI », « est-ce que je perds mon RSA ? »:
//     what one may lose is held now), a status said before the condition
//     (« je suis en CDI et si je démissionne… »), « même si » (a fact
//     conceded), the set phrases « si possible », « si besoin », « si j'ai
//     bien compris », « si je vous écris, c'est que… », and a condition
//     addressed to the reader (« si vous pouvez… »).
//
//   - « quand on est … », « faut-il être … »: the « on » of French often
//     means the writer; such a question is general only when the message
//     has no word of the first person anywhere (the labelled sets read
//     « qd on est en cdi ? jsuis magasinier », tuning49, and « quand on est
//     infirmière libérale ? J'exerce à Montauban », tuning75, as the
//     writer's). « si » after « savoir », « demande », « sais pas »… opens
//     an indirect question, not a condition (« il voudrait savoir s'il
//     peut retravailler »).
//
// The hooks sit in calibrate.go (readCandidate: genericAskR21u and
// hypotheticalR21u) and lexicon_round9.go (notTheEmployer: genericAskR21u
// for the employer words); this round adds no pattern, so no spec list is
// appended in lexicon.go.
//
// Left as before: a plan without a condition (« je prévois de demander une
// rupture conventionnelle », « bientôt auto-entrepreneuse ») — « bientôt »
// also opens imminent ends that the §4 convention counts as job seekers
// (« bientôt au chômage »); a relative's status told in reported speech
// (« mon beau-frère qui est au chômage ») is the relatives' rounds' matter.

// firstPersonR21u are the words by which the writer speaks of himself or
// herself; a sentence that has one may state the writer's situation.
var firstPersonR21u = map[string]bool{"je": true, "j": true, "me": true, "m": true, "moi": true, "mon": true, "ma": true, "mes": true,
	"jsuis": true, "jsui": true, "chui": true, "jai": true, "nous": true, "notre": true, "nos": true}

// sentenceR21u returns the bounds [from, to) of the sentence of token i:
// a sentence ends after a full stop, a question or an exclamation mark.
func (a *analyser) sentenceR21u(i int) (from, to int) {
	from = i
	for from > 0 && !sentenceEndR21u(a.toks[from-1].after) {
		from--
	}
	to = i
	for to < len(a.toks) && !sentenceEndR21u(a.toks[to].after) {
		to++
	}
	if to < len(a.toks) {
		to++
	}
	return from, to
}

func sentenceEndR21u(r rune) bool {
	return r == '.' || r == '?' || r == '!'
}

// askedR21u reports a sentence that asks: a question mark, or « est-ce
// que » typed without one.
func (a *analyser) askedR21u(from, to int) bool {
	if to > from && a.toks[to-1].after == '?' {
		return true
	}
	for j := from; j+2 < to; j++ {
		if a.toks[j].s == "est" && a.toks[j+1].s == "ce" && (a.toks[j+2].s == "que" || a.toks[j+2].s == "qu") {
			return true
		}
	}
	return false
}

// genericSubjectR21u reports, in [from, to), a subject that names people
// in general: a category's status word read as others' (« un
// fonctionnaire », « les intérimaires », « des personnes au RSA »),
// « une personne », « quelqu'un », « quand on est », « faut-il être ».
func (a *analyser) genericSubjectR21u(from, to int) bool {
	t := a.toks
	for _, h := range a.sc.hits {
		if h.p.k == kStatus && h.start >= from && h.start < to && h.start > 0 {
			switch t[h.start-1].s {
			case "un", "une", "les", "des", "aux":
				if a.others(h) {
					return true
				}
			}
			if a.genericPeopleR20c(h) {
				return true
			}
		}
	}
	k := from
	for k < to && (t[k].s == "bonjour" || t[k].s == "et" || t[k].s == "mais") {
		k++
	}
	if k+1 < to && t[k].s == "les" && t[k+1].s != "cep" {
		return true // « Les contractuels de la fonction publique peuvent-ils… ? »
	}
	for j := from; j+1 < to; j++ {
		s, n := t[j].s, t[j+1].s
		switch {
		case (s == "une" || s == "les" || s == "des" || s == "aux") && (n == "personne" || n == "personnes" || n == "gens" || n == "professions"):
			return true
		case s == "quelqu" && n == "un":
			return true
		case (s == "quand" || s == "lorsqu" || s == "lorsque") && n == "on",
			s == "faut" && j+2 < to && (n == "etre" || (n == "il" || n == "t") && (t[j+2].s == "etre" || j+3 < to && t[j+2].s == "il" && t[j+3].s == "etre")):
			// « quand on est », « faut-il être »: the « on » of French often
			// means the writer; generic only when the writer says nothing
			// of himself anywhere (« qd on est en cdi ? jsuis magasinier »,
			// tuning49, and « quand on est infirmière libérale ? J'exerce à
			// Montauban », tuning75, are labelled the writer's)
			if !a.firstPersonAnywhereR21u() {
				return true
			}
		}
	}
	return a.genericMustBeR26c(from, to) // round 26C: « est-ce qu'on doit être licencié pour… ? »
}

// genericAskR21u reports a status or employer word inside a question
// about a category of people, in a sentence without a word of the first
// person (see the header).
func (a *analyser) genericAskR21u(h hit) bool {
	if !a.asksR21u() {
		return false // no sentence of the message asks (askedR21u)
	}
	return a.genericAskAtR21u(h)
}

// asksR21u reports a token followed by a question mark or an « est-ce
// que »: what askedR21u needs in some sentence of the message (read once
// per message: genericAskR21u is asked of every status and employer hit,
// and scanned the hit's whole sentence first).
func (a *analyser) asksR21u() bool {
	return memoBool(&a.asks, func() bool {
		t := a.toks
		for j := range t {
			if t[j].after == '?' || j+2 < len(t) && t[j].s == "est" && t[j+1].s == "ce" && (t[j+2].s == "que" || t[j+2].s == "qu") {
				return true
			}
		}
		return false
	})
}

// genericAskAtR21u is genericAskR21u without its guard.
func (a *analyser) genericAskAtR21u(h hit) bool {
	from, to := a.sentenceR21u(h.start)
	if !a.askedR21u(from, to) {
		return false
	}
	// « on m'a dit que les intérimaires… », « j'ai lu que les salariés… »:
	// the writer only reports what is said of the category
	start := from
	for j := from; j+1 < to; j++ {
		if reportedR21u[a.toks[j].s] && (a.toks[j+1].s == "que" || a.toks[j+1].s == "qu") {
			start = j + 2
			break
		}
	}
	if h.start < start {
		return false
	}
	for j := start; j < to; j++ {
		if firstPersonR21u[a.toks[j].s] {
			return false
		}
	}
	return a.genericSubjectR21u(start, to)
}

// reportedR21u are the verbs of reported speech before « que » (« on m'a
// dit que », « j'ai lu que », « il paraît que »).
var reportedR21u = map[string]bool{"dit": true, "lu": true, "entendu": true, "explique": true, "parait": true, "raconte": true, "affirme": true}

// conditionAtR21u reports a condition opened at token j by the writer:
// « si je / j' / on / jamais / un jour », « au cas où », « en cas de »,
// « supposons / imaginons / admettons que », « dans l'hypothèse /
// l'éventualité ». « même si », « si possible », « si besoin », « si vous »
// and « si j'ai bien compris » open none.
func (a *analyser) conditionAtR21u(j, to int) bool {
	t := a.toks
	next := func(k int) string {
		if j+k < to {
			return t[j+k].s
		}
		return ""
	}
	switch t[j].s {
	case "si", "s":
		if j > 0 && (t[j-1].s == "meme" || indirectR21u[t[j-1].s]) {
			return false // « même si », « je voudrais savoir si », « j'ignore s'il »
		}
		if t[j].s == "s" {
			// « s'il démissionne », not « s'il vous / te plaît »
			return (next(1) == "il" || next(1) == "ils") && next(2) != "vous" && next(2) != "te" && next(2) != "y" && next(2) != "plait"
		}
		switch next(1) {
		case "je", "j", "jamais", "un", "on", "jme", "jdemissionne", "mon", "ma", "mes", "il", "elle", "ils", "elles", "ca":
			if next(1) == "un" && next(2) != "jour" {
				return false
			}
			if next(2) == "vous" || next(2) == "ai" && next(3) == "bien" || next(2) == "comprends" || next(2) == "ne" && next(3) == "me" && next(4) == "trompe" {
				return false // « si je vous écris… », « si j'ai bien compris »
			}
			return true
		}
	case "cas":
		return j > 0 && (t[j-1].s == "au" && next(1) == "ou" || t[j-1].s == "en" && (next(1) == "de" || next(1) == "d"))
	case "supposons", "imaginons", "admettons":
		return next(1) == "que" || next(1) == "qu"
	case "hypothese", "eventualite":
		return j > 1 && (t[j-1].s == "l") && t[j-2].s == "dans"
	}
	return false
}

// indirectR21u are the words before « si » that make it the « if » of an
// indirect question (« je voudrais savoir si je peux », « je me demande si
// je dois démissionner », « je ne sais pas si »), not a condition.
var indirectR21u = map[string]bool{"savoir": true, "sais": true, "sait": true, "savons": true, "demande": true, "demandais": true,
	"demandons": true, "demander": true, "ignore": true, "voir": true, "comprendre": true, "dire": true, "verifier": true, "pas": true,
	"idee": true, "sur": true, "sure": true, "renseigner": true, "preciser": true, "indiquer": true, "confirmer": true}

// aheadR21u are the future and conditional forms by which a sentence
// that opens with a condition looks ahead (« je serai au chômage »).
var aheadR21u = map[string]bool{"serai": true, "serais": true, "sera": true, "serait": true, "aurai": true, "aurais": true, "aura": true,
	"pourrai": true, "pourrais": true, "pourra": true, "vais": true, "va": true, "devrai": true, "devrais": true, "retomberai": true,
	"deviendrai": true, "deviendrais": true, "toucherai": true, "perdrai": true, "garderai": true}

// hypotheticalR21u reports a status word in a condition of the writer's
// or in its consequence: the clauses from the condition to the first one
// that asks or looks ahead, in the same sentence (see the header). A
// present fact told after that clause stands (« si mon CDD n'est pas
// renouvelé, je serai au chômage, je suis vendeur chez Fnac »).
func (a *analyser) hypotheticalR21u(h hit) bool {
	if !a.conditionWordsR21u() {
		return false // no word of the message can open a condition (conditionAtR21u)
	}
	return a.hypotheticalAtR21u(h)
}

// conditionWordsR21u reports a token whose word conditionAtR21u can read
// as opening a condition (read once per message: hypotheticalR21u is asked
// of every status hit and walked the hit's sentence first).
func (a *analyser) conditionWordsR21u() bool {
	return memoBool(&a.conds, func() bool {
		for _, t := range a.toks {
			switch t.s {
			case "si", "s", "cas", "supposons", "imaginons", "admettons", "hypothese", "eventualite":
				return true
			}
		}
		return false
	})
}

// hypotheticalAtR21u is hypotheticalR21u without its guard.
func (a *analyser) hypotheticalAtR21u(h hit) bool {
	from, to := a.sentenceR21u(h.start)
	cond := -1
	for j := from; j < h.start; j++ {
		if a.conditionAtR21u(j, to) {
			cond = j
			break
		}
	}
	if cond < 0 {
		return false
	}
	for j := cond; j+1 < h.start; j++ {
		if a.toks[j].s == "c" && a.toks[j+1].s == "est" {
			return false // « si je vous contacte, c'est que je suis au chômage »
		}
	}
	if h.start > 0 {
		switch a.toks[h.start-1].s {
		case "mon", "ma", "mes":
			return false // « mon RSA », « mon CDD »: held now
		}
	}
	hc := a.toks[h.start].clause
	if hc == a.toks[cond].clause {
		return true // « dans l'éventualité d'une rupture conventionnelle »
	}
	// the consequence: the first clause after the condition's that asks
	// or looks ahead, and the clauses between
	for j := cond; j < to; j++ {
		c := a.toks[j].clause
		if c == a.toks[cond].clause {
			continue
		}
		last := j == to-1 || a.toks[j+1].clause != c
		if aheadR21u[a.toks[j].s] || a.toks[j].s == "est" && j+2 < to && a.toks[j+1].s == "ce" && (a.toks[j+2].s == "que" || a.toks[j+2].s == "qu") ||
			last && a.toks[j].after == '?' {
			return hc <= c
		}
	}
	return false
}

// firstPersonAnywhereR21u reports a word of the first person anywhere in
// the message.
func (a *analyser) firstPersonAnywhereR21u() bool {
	for _, t := range a.toks {
		if firstPersonR21u[t.s] {
			return true
		}
	}
	return false
}
