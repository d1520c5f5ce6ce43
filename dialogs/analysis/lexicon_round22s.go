package analysis

// Round 22S of issue 13 — family: the disability and health facts that
// choose the operator (cep-domain.md §1.3 rows 1, 4, 5 and the §4
// convention: a disability is true only when stated — RQTH, travailleur
// handicapé, invalidité, ESAT, « en situation de handicap » —, false only
// when denied). Found by a gap search over tuning127 (118 messages written
// for the family before the analyser ran on them: pensions d'invalidité,
// AAH, RQTH held, pending and lapsed, rates of incapacity, CMI, ESAT
// workers and staff, BOETH, AT/MP, inaptitude, long illnesses, a
// relative's disability, denials, public agents, the young, cadres,
// abbreviations and misspellings), after rounds 20P and 21B. The causes
// left, each general:
//
//   - « RTH » is the usual short form of « reconnaissance (de la qualité
//     de) travailleur handicapé » beside « RQTH » (code du travail
//     L5213-1/L5213-2): read as « rqth » is, and a recognition word for
//     the pending/refused/lapsed readers (recognitionWords).
//   - a recognition named as the object of a request (« j'ai déposé un
//     dossier à la MDPH pour une reconnaissance de travailleur
//     handicapé », « une demande pour la RQTH », « un dossier à la
//     MDPH »): the request is no
//     recognition (L5213-1: granted by the CDAPH on request), as the
//     labelled sets leave a pending request unknown.
//   - a job whose title names the disability policy (« chargée de mission
//     handicap », « référent handicap », « correspondante handicap »): the
//     field of work, not the writer's disability, as « les métiers du
//     handicap » of round 21B.
//   - « le handicap de mon fils », « l'invalidité de ma mère »: the
//     relative's disability told by its complement (relativeNouns), not the
//     writer's (cep-domain.md §4 labels describe the person the message is
//     about; a message only about the relative keeps it, relativeOnlySubject).
//   - an invalidity only foreseen (« je pourrais être en invalidité », « je
//     devrais passer en invalidité »): a possibility, not a pension
//     granted (CSS L341-1: granted by the caisse).
//   - a recognition the writer says he did not renew (« je ne l'ai pas
//     renouvelée », « je ne l'avais jamais renouvelé »): granted for a time
//     and lapsed (R5213-1 s.), as « RQTH expirée » of round 21B.
//
// Left as before, on purpose: ESAT staff named by their job title
// (« moniteur d'atelier en ESAT », « AMP dans un ESAT ») are still read as
// ESAT workers (only esatStaff's titles are spared: the titles are many and
// « je travaille en ESAT » is the worker's own phrase); the status of a
// pensioner of invalidity with no job told (asked); « mi-temps
// thérapeutique » with a CDI (status asked by another reader).

// round22sSpecs are the patterns of round 22S.
var round22sSpecs = []patSpec{
	// « RTH depuis 2018 », « j'ai la rth »
	{p: "rth", k: kHandicap, v: "1"},
}

func init() {
	recognitionWords["rth"] = true
}

// handicapNotMineR22s gathers the handicap words of round 22S that state
// no recognition of the writer (see the header).
func (a *analyser) handicapNotMineR22s(h hit) bool {
	if h.p.v != "1" {
		return false
	}
	return a.requestObjectR22s(h) || a.policyTitleR22s(h) || a.relativeComplementR22s(h) ||
		a.invalidityForeseenR22s(h) || a.notRenewedR22s(h)
}

// requestObjectR22s reports a recognition after « pour » (with its
// article) that follows a step of a request in its clause: « un dossier à
// la MDPH pour une reconnaissance », « une demande pour la RQTH ».
func (a *analyser) requestObjectR22s(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	if t[h.start].s == "mdph" {
		// « un dossier à la MDPH », « une demande auprès de la MDPH »: the
		// body asked, not a recognition
		for k := h.start - 1; k >= 0 && k >= h.start-4 && t[k].clause == c; k-- {
			if stepNouns[t[k].s] {
				return true
			}
			if !linkWords[t[k].s] && t[k].s != "auprès" && t[k].s != "aupres" && t[k].s != "a" {
				return false
			}
		}
		return false
	}
	head := a.recognitionHeadR22s(h)
	j := head - 1
	for j >= 0 && j >= head-2 && t[j].clause == c && (t[j].s == "une" || t[j].s == "la" || t[j].s == "ma" || t[j].s == "l" || t[j].s == "obtenir" || t[j].s == "avoir") {
		j--
	}
	if j < 0 || t[j].s != "pour" || t[j].clause != c {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-5 && t[k].clause == c; k-- {
		if stepNouns[t[k].s] {
			return true
		}
	}
	return false
}

// recognitionHead walks back from the word « handicapé » over the words of
// its recognition (« une reconnaissance de (la qualité de) travailleur
// handicapé ») to the head of the phrase.
func (a *analyser) recognitionHeadR22s(h hit) int {
	t := a.toks
	i := h.start
	for i > 0 && i > h.start-5 && t[i-1].clause == t[h.start].clause && headWordsR22s[t[i-1].s] {
		i--
	}
	return i
}

var headWordsR22s = map[string]bool{"travailleur": true, "travailleuse": true, "de": true, "d": true, "qualite": true,
	"reconnaissance": true}

// policyTitles, before « handicap », make a job title of the disability
// policy of an employer.
var policyTitles = map[string]bool{"mission": true, "referent": true, "referente": true, "referents": true,
	"correspondant": true, "correspondante": true, "charge": true, "chargee": true, "responsable": true,
	"coordinateur": true, "coordinatrice": true, "conseiller": true, "conseillere": true}

// policyTitleR22s reports « mission handicap », « référent handicap »,
// « chargée de mission handicap ».
func (a *analyser) policyTitleR22s(h hit) bool {
	t := a.toks
	if t[h.start].s != "handicap" || h.start < 1 {
		return false
	}
	return policyTitles[t[h.start-1].s] && t[h.start-1].clause == t[h.start].clause && t[h.start-1].after == 0
}

// relativeComplementR22s reports « le handicap de mon fils », « l'invalidité
// de ma mère »: the disability noun followed by « de » and a possessive
// relative, unless the whole message is about the relative.
func (a *analyser) relativeComplementR22s(h hit) bool {
	t := a.toks
	switch t[h.start].s {
	case "handicap", "invalidite":
	default:
		return false
	}
	e := h.end
	if e+2 >= len(t) || t[e].s != "de" || t[e+2].clause != t[h.start].clause {
		return false
	}
	switch t[e+1].s {
	case "mon", "ma", "mes", "son", "sa", "ses", "notre", "nos":
	default:
		return false
	}
	return relativeNouns[t[e+2].s] && !a.relativeOnlySubject()
}

// invalidityForeseenR22s reports « je pourrais être (mis) en invalidité »,
// « je devrais passer en invalidité ».
func (a *analyser) invalidityForeseenR22s(h hit) bool {
	t := a.toks
	if t[h.start].s != "invalidite" {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == c; j-- {
		switch t[j].s {
		case "pourrais", "pourrait", "devrais", "devrait", "pourrai", "pourra":
			return true
		case "etre", "mis", "mise", "passer", "en", "placee", "place":
			continue
		}
		return false
	}
	return false
}

// notRenewedR22s reports a recognition followed, in its sentence, by the
// writer's own non-renewal of it: « … mais je ne l'ai pas renouvelé ».
func (a *analyser) notRenewedR22s(h hit) bool {
	t := a.toks
	if w := t[h.start].s; !recognitionWords[w] && w != "handicape" && w != "handicapee" && w != "travailleur" && w != "travailleuse" {
		return false
	}
	c := t[h.start].clause
	for j := h.end; j+3 < len(t) && j <= h.end+12 && t[j].clause <= c+1; j++ {
		if t[j].s != "l" {
			continue
		}
		switch t[j+1].s {
		case "ai", "avais", "a", "avait":
		default:
			continue
		}
		if t[j+2].s != "pas" && t[j+2].s != "jamais" {
			continue
		}
		switch t[j+3].s {
		case "renouvele", "renouvelee", "renouveler":
			return true
		}
	}
	return false
}
