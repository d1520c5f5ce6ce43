package analysis

// Round 20P of issue 13 — family: the disability (HANDICAP field), which
// decides row 5 of cep-domain.md §1.3 (Cap emploi for the beneficiaries of
// the employment obligation aged 26 or more who are no public agents). The
// labelling convention (§1.3, « Worked cases »): true only when stated
// (RQTH, travailleur handicapé, invalidité, ESAT, « en situation de
// handicap »), false only when the message says there is none, a request
// or a refusal is no recognition. Found by a gap search over 196 messages
// written for the family (every usual form, pending and refused requests,
// denials, a relative's disability, illnesses without recognition), not by
// a hunt in the labelled sets. Each rule says why it is right.
//
// Left as they were: « je ne touche pas l'AAH » (read as a denial by the
// general negation; the AAH is means-tested, so not receiving it does not
// deny a recognition, but false and unknown route alike for row 5), « je
// suis en fauteuil roulant », « non voyant » (a disability told without
// the words of the convention: asked), « je suis aidant(e) de mon frère en
// situation de handicap » (a carer may write for the relative, as the
// tutor of a labelled set does: the relative's disability is kept).

// round20pSpecs are the patterns of round 20P.
var round20pSpecs = []patSpec{
	// « j'ai la carte mobilité inclusion », « CMI invalidité »: the card the
	// president of the département grants to persons with a disability on
	// the CDAPH's assessment (CASF L241-3); its « invalidité » mention makes
	// its holder a beneficiary of the employment obligation (code du
	// travail L5212-13 9°), and the card states a disability in every form.
	// « CMI » alone is also a course (cursus master en ingénierie): only
	// with « invalidité ».
	{p: "carte|cartes mobilite inclusion", k: kHandicap, v: "1"},
	{p: "cmi invalidite", k: kHandicap, v: "1"},
	// « reconu travailleur handicaper », « je suis handicaper »: the
	// participle typed with « -er » for « -é » on a phone, as « je suis
	// licencier » is read elsewhere; only after « travailleur(se) » or
	// « suis », since the infinitive « handicaper » is a verb (« ça va me
	// handicaper »)
	{p: "travailleur|travailleuse handicaper", k: kHandicap, v: "1"},
	{p: "suis handicaper", k: kHandicap, v: "1"},
}

// handicapNotMineR20P reports a disability word that is no recognition of
// the person the message is about (boolFact skips it):
//   - a refusal told by its noun before it (« j'ai eu un refus de la MDPH
//     pour la RQTH », « rejet de ma demande de RQTH »): as « RQTH
//     refusée » of round 8 (code du travail L5213-1: no recognition);
//   - a recognition asked for by « faire reconnaître » (« je voudrais faire
//     reconnaître mon handicap »): as « mon handicap n'est pas reconnu »
//     of round 9B;
//   - the verb « handicaper » with an object pronoun (« mon manque
//     d'anglais me handicape », « ça m'a handicapé »): a disadvantage, as
//     « je me sens handicapée » of round 13C;
//   - a rate of permanent incapacity under 10 % (« IPP de 8 % »): below it
//     the social security pays a capital, not a rente (CSS L434-2), and
//     L5212-13 2° takes the victims of 10 % or more with a rente;
//   - a recognition held before and said gone (« j'avais la RQTH il y a
//     10 ans mais plus maintenant »): as lapsedLater of round 13C;
//   - « disabled » said of other people (« I work with disabled people »)
//     and « a handicap » of a thing (« it is a handicap for my shop »), as
//     othersDisability and figurativeHandicap read the French;
//   - a relative's disability when the writer also speaks of their own
//     situation (« ma femme a la RQTH, je suis maçon », « je suis aidant de
//     mon frère en situation de handicap »): the labels describe the
//     writer (cep-domain.md §4), as « mon fils est handicapé, je suis
//     vendeuse » of round 10 (kNone);
//   - « Cap emploi » named in a question or a condition (« je voudrais
//     savoir si Cap emploi peut m'aider », « Cap emploi ou France
//     Travail ? »): the operator asked about, not a disability stated.
func (a *analyser) handicapNotMineR20P(h hit) bool {
	if h.p.v != "1" {
		return false
	}
	t := a.toks
	c := t[h.start].clause
	w := t[h.start].s
	// a refusal by its noun, with only the small words of the request
	// between (« refus de la MDPH pour la RQTH »)
	for j := h.start - 1; j >= 0 && j >= h.start-6 && t[j].clause == c; j-- {
		s := t[j].s
		if s == "refus" || s == "rejet" {
			return true
		}
		if !linkWords[s] && !requestWords[s] {
			break
		}
	}
	// « faire reconnaître (mon handicap) », « faire reconnaitre ma RQTH »
	for j := h.start - 1; j >= 1 && j >= h.start-3 && t[j].clause == c; j-- {
		if (t[j].s == "reconnaitre" || t[j].s == "reconnaite") && t[j-1].s == "faire" {
			return true
		}
	}
	// the verb « handicaper »: « me handicape », « m'a handicapé »,
	// « nous handicapent »
	if w == "handicape" || w == "handicapent" || w == "handicapait" || w == "handicaper" || w == "handicapee" {
		j := h.start - 1
		if j >= 1 && (t[j].s == "a" || t[j].s == "avait" || t[j].s == "ont" || t[j].s == "va") && t[j].clause == c {
			j--
		}
		if j >= 0 && t[j].clause == c && objectPronouns[t[j].s] && t[j].after == 0 {
			return true
		}
	}
	if a.rateUnderTenR20P(h) || a.lapsedNowR20P(h) || a.englishOthersR20P(h) || a.relativeBesideWriterR20P(h) || a.capEmploiAskedR20P(h) {
		return true
	}
	return false
}

// requestWords may stand between a refusal's noun and the recognition
// (« refus de la MDPH pour ma demande de RQTH »).
var requestWords = map[string]bool{"mdph": true, "cdaph": true, "pour": true, "demande": true, "dossier": true, "ma": true,
	"mon": true, "concernant": true}

// objectPronouns before the verb « handicaper » (see handicapNotMineR20P);
// « le », « la », « les » are left out: they are articles as well.
var objectPronouns = map[string]bool{"me": true, "m": true, "te": true, "nous": true, "vous": true, "se": true, "s": true}

// rateUnderTenR20P reports a rate of permanent incapacity under 10 %
// (« IPP de 8 % », « taux d'IPP de 5 % »), see handicapNotMineR20P.
func (a *analyser) rateUnderTenR20P(h hit) bool {
	t := a.toks
	switch t[h.start].s {
	case "taux", "ipp", "incapacite":
	default:
		return false
	}
	c := t[h.start].clause
	for j := h.start; j < len(t) && j <= h.end+3 && t[j].clause == c; j++ {
		if t[j].num && t[j].after == '%' {
			v, n := leadingInt(t[j].s)
			return n == len(t[j].s) && v < 10
		}
	}
	return false
}

// lapsedNowR20P reports a recognition held in the past (« j'avais »,
// « j'ai eu ») and denied now at the end of its sentence (« … mais plus
// maintenant », « … plus aujourd'hui »), see handicapNotMineR20P.
func (a *analyser) lapsedNowR20P(h hit) bool {
	t := a.toks
	if !recognitionWords[t[h.start].s] && t[h.start].s != "handicap" {
		return false
	}
	past := false
	for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == t[h.start].clause; j-- {
		if t[j].s == "avais" || t[j].s == "avait" || t[j].s == "eu" && j > 0 && t[j-1].s == "ai" {
			past = true
		}
	}
	if !past {
		return false
	}
	c := t[h.start].clause
	for j := h.end; j+1 < len(t) && j <= h.end+10 && t[j].clause <= c+1; j++ {
		if t[j].s == "plus" && (t[j-1].s == "mais" || t[j+1].s == "maintenant" || t[j+1].s == "aujourd" || t[j+1].s == "actuellement") {
			return true
		}
	}
	return false
}

// englishOthersR20P reports « disabled » said of other people or of what
// is made for them (« I work with disabled people », « disabled access ») and « a handicap » of a thing in English (« it
// is a handicap for my shop »), see handicapNotMineR20P.
func (a *analyser) englishOthersR20P(h hit) bool {
	t := a.toks
	switch t[h.start].s {
	case "disabled":
		return h.end < len(t) && englishPeople[t[h.end].s]
	case "handicap":
		return h.start >= 2 && t[h.start-1].s == "a" && (t[h.start-2].s == "is" || t[h.start-2].s == "was" || t[h.start-2].s == "be")
	}
	return false
}

var englishPeople = map[string]bool{"people": true, "persons": true, "children": true, "kids": true, "adults": true,
	"workers": true, "users": true, "clients": true, "patients": true, "students": true, "pupils": true, "residents": true,
	// and the things made for them (« disabled access », « disabled parking »)
	"access": true, "parking": true, "toilets": true, "facilities": true}

// relativeBesideWriterR20P reports a disability word in a relative's words
// (markRelatives) when the writer, who does not write for the relative,
// tells their own situation in a clause of their own (« ma femme a la
// RQTH, je suis maçon »), see handicapNotMineR20P. A message only about
// the relative keeps it (relativeOnlySubject, round 18N).
func (a *analyser) relativeBesideWriterR20P(h hit) bool {
	if a.forRel || !a.sc.rel[h.start] {
		return false
	}
	for j := 0; j+1 < len(a.toks); j++ {
		if s := a.toks[j].s; (s == "je" || s == "j") && !a.sc.rel[j] {
			switch a.toks[j+1].s {
			case "travaille", "bosse", "cherche", "recherche":
				return true
			case "suis":
				// (« je suis sa tutrice », « je suis la maman de Clara »,
				// « je suis aidant de mon frère »: the writer named by the
				// tie, the message is about the relative)
				if j+2 < len(a.toks) && !writerTie[a.toks[j+2].s] {
					return true
				}
			}
		}
	}
	return false
}

// writerTie are the words after « je suis » that name the writer by the
// tie to the relative (see relativeBesideWriterR20P).
var writerTie = map[string]bool{"sa": true, "son": true, "la": true, "le": true, "l": true, "maman": true, "mere": true,
	"papa": true, "pere": true, "tuteur": true, "tutrice": true, "curateur": true, "curatrice": true, "aidant": true,
	"aidante": true, "soeur": true, "frere": true, "epouse": true, "epoux": true, "mari": true, "femme": true,
	"compagne": true, "compagnon": true, "fille": true, "fils": true, "parent": true}

// capEmploiAskedR20P reports « Cap emploi » named in a question or a
// condition (« savoir si Cap emploi peut m'aider », « Cap emploi ou France
// Travail ? »), see handicapNotMineR20P.
func (a *analyser) capEmploiAskedR20P(h hit) bool {
	t := a.toks
	if t[h.start].s != "cap" {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == c; j-- {
		if t[j].s == "si" || t[j].s == "est" && j > 0 && t[j-1].s == "qu" {
			return true
		}
	}
	for j := h.end; j < len(t) && t[j].clause == c; j++ {
		if t[j].after == '?' {
			return true
		}
	}
	return false
}

// englishDeniedR20P reports a disability denied in English just before
// it (« no disability », « I don't have a disability », « I'm not
// disabled », « no RQTH »): false, as « pas de handicap » (§1.3 convention).
func (a *analyser) englishDeniedR20P(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == c; j-- {
		switch s := t[j].s; s {
		case "no", "not", "without", "never":
			return true
		case "t":
			// « don't », « haven't », « doesn't »: the contraction of « not »
			return j > 0 && englishAux[t[j-1].s]
		case "a", "any", "have", "has", "am", "m", "s", "been", "an", "registered", "recognised", "recognized":
		default:
			return false
		}
	}
	return false
}

var englishAux = map[string]bool{"don": true, "doesn": true, "didn": true, "haven": true, "hasn": true, "isn": true, "aren": true,
	"wasn": true, "ain": true}
