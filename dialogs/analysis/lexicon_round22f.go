package analysis

// Round 22F of issue 13 — family: a writer who first introduces himself
// (« Fonctionnaire, », « je suis cadre chez Airbus et… ») and then writes
// for another person (« je m'adresse à vous pour ma femme… », « je vous
// contacte au sujet de mon fils… »). Found by a gap search (a scratch set
// of 116 messages written for the family, tuning118, about a third of them
// near-misses where the writer asks for himself and names a relative only
// in passing). cep-domain.md §4: the facts of a message written for someone
// are that person's, and the writer's own job is set aside (relatives.go,
// markForRelative); « parents writing for a child whose status is unclear »
// are labelled with no status: when the person's own situation is not
// told, the status is asked.
//
// Builds on rounds 21A (an apposition after « pour mon mari, 42 ans »),
// 21R and 21Y (a relative's status told beside the writer's own); does not
// redo them.
//
//  1. The verbs of writing to someone that say for whom one writes were
//     only « écrire, demander, contacter… pour »: « je m'adresse à vous
//     pour », « je vous sollicite pour », « je me permets de vous écrire
//     pour » are the same request (s'adresser à qqn = lui parler, lui
//     écrire pour lui demander qqch., TLFi « adresser » II.B), and so are
//     the prepositions of the topic « au sujet de », « à propos de »,
//     « concernant » after such a verb (« je vous écris au sujet de mon
//     fils »). Read by forWhomR22f, hooked beside askedFor and onBehalf.
//     A topic that is no person (« au sujet de ma reconversion », « pour
//     une reconversion ») names no one and is read as before.
//  2. A message that says it is written for a relative or another person
//     (rule 1 or the markers read before) but tells nothing of that
//     person's situation (« Fonctionnaire, je m'adresse à vous pour ma
//     femme qui voudrait changer de métier ») kept the writer's status:
//     the writer's words, said before the message turns to the person, are
//     now set aside and the status is asked (cep-domain.md §4; row 9).
//     Only for a relative or a friend named with « mon, ma » (forNoun): a
//     person of the writer's workplace (« un de nos agents », « une de mes
//     bénéficiaires ») shares the writer's employer, whose sector the
//     labelled sets keep (tuning68, tuning83, tuning96). Only when no
//     clause of the writer's comes after the one that names the person (a writer who goes on about himself, « c'est pour mon
//     fils, moi je suis au chômage et je voudrais… », is read as before).
//
// Kept unchanged: the writer's own request that names a relative only in
// passing (« je suis au chômage, ma femme travaille à la mairie, je veux me
// former »; « mon fils m'a conseillé de vous écrire »; « ma fille m'aide
// pour écrire ce message »): no marker of writing for someone is there.

// round22fSpecs are the patterns of round 22F (none: the rules are readings
// of the clauses).
var round22fSpecs = []patSpec{}

// addressVerbsR22f are the verbs of writing or speaking to someone that say,
// with « pour » or a preposition of the topic after them, for whom one
// writes (besides askedFor's).
var addressVerbsR22f = map[string]bool{"adresse": true, "sollicite": true, "ecrire": true, "ecrivons": true, "contacter": true,
	"adressons": true, "contactons": true, "sollicitons": true, "ecris": true, "ecrit": true, "contacte": true, "permets": true,
	"demande": true, "renseigne": true, "message": true, "vous": true}

// forWhomR22f reports at i a preposition after a verb of writing to
// someone that opens the person the message is for: « je m'adresse à vous
// pour », « je vous sollicite pour », « je vous écris au sujet de »,
// « …à propos de », « …concernant ».
func (a *analyser) forWhomR22f(i int) bool {
	toks := a.toks
	c := toks[i].clause
	v := i - 1 // the word before the preposition
	switch toks[i].s {
	case "pour", "concernant":
	case "de", "d":
		if i < 2 || toks[i-1].clause != c || toks[i-2].clause != c {
			return false
		}
		if !(toks[i-1].s == "sujet" && toks[i-2].s == "au" || toks[i-1].s == "propos" && toks[i-2].s == "a") {
			return false
		}
		v = i - 3
	default:
		return false
	}
	for j := v; j >= 0 && j >= v-3 && toks[j].clause == c; j-- {
		if addressVerbsR22f[toks[j].s] && (toks[j].s != "vous" || j > 0 && addressVerbsR22f[toks[j-1].s]) {
			return true
		}
	}
	return false
}

// untoldForR22f reports, in a message that says it is written for another
// person (forPos) without telling that person's situation, that the
// writer's words all come before the clause naming the person: they are
// set aside and the status is asked.
func (a *analyser) untoldForR22f() bool {
	if a.description || a.forNoun == "" || a.forPos <= 0 || a.forPos >= len(a.toks) {
		return false
	}
	c := a.toks[a.forPos].clause
	for j := a.forPos + 1; j < len(a.toks); j++ {
		if k := a.toks[j].clause; k > c && a.sc.writer[k] {
			return false
		}
	}
	return true
}

// writerApposR22f marks as the writer's, in a message written for another
// person, the clauses without a subject of their own that open the
// message before the writer's first clause (« Fonctionnaire, je
// m'adresse à vous pour ma femme… », « Infirmière libérale, c'est pour ma
// mère… »): a detached apposition at the head of the sentence qualifies
// its subject (Grevisse, Le bon usage, § 334 s.), here the writer, whose
// job is set aside (rule 3 of round 22F). Only for a relative or a friend
// (forNoun), as rule 2.
func (a *analyser) writerApposR22f() {
	toks, sc := a.toks, a.sc
	if len(toks) == 0 || a.forNoun == "" || a.forPos <= 0 || sc.rel[0] {
		return
	}
	c := toks[0].clause
	j := 0
	for j < len(toks) && toks[j].clause == c {
		if ownSubjectsR21a[toks[j].s] || sc.rel[j] {
			return
		}
		j++
	}
	if j+1 >= len(toks) || j > a.forPos {
		return
	}
	// the next clause is the writer's (« je… ») or the one saying for whom
	// (« c'est pour… »)
	if !sc.writer[toks[j].clause] && !(toks[j].s == "c" && toks[j+1].s == "est" && toks[a.forPos].clause == toks[j].clause) {
		return
	}
	sc.writer[c] = true
}
