package analysis

// Round 21B of issue 13 — family: disability and health as they decide
// row 5 of cep-domain.md §1.3 (Cap emploi) and the handicap field (§4: « a
// disability is true only when stated (RQTH, travailleur handicapé,
// invalidité, ESAT, "en situation de handicap"), false only when the
// message says there is none »). Found by a systematic gap search (a
// scratch set of 144 messages written for the family, tuning89: RQTH held,
// pending, asked for, refused, expired, in renewal, pension d'invalidité,
// AAH, ESAT, AT/MP with a rente, inaptitude, mi-temps thérapeutique,
// negations, a relative's disability, public agents and the young), not
// by a hunt in the labelled sets. Most of the family was already read
// right; the causes left, each general:
//
//   - a recognition « pas renouvelée » (« RQTH expirée, pas renouvelée »,
//     « mon AAH n'a pas été renouvelée ») was read as a contract not
//     renewed, the job seeker's event of round 6: what is not renewed is
//     the recognition (granted for a time, code du travail R5213-1 s.),
//     not a job. The event is set aside when the nearest noun before it,
//     in its clause or the one before, is a recognition word and no
//     contract noun comes between (renewalOfRecognitionR21b).
//   - « l'accompagnement du handicap », « les métiers du handicap », « le
//     monde du handicap »: a field of work, not the writer's disability,
//     as « le secteur du handicap » (extract.go, othersDisability).
//   - « je n'ai fait aucune démarche MDPH », « pas de dossier MDPH », « sans
//     demande de RQTH »: the step denied, so no recognition (L5213-1: the
//     recognition is granted on a request to the CDAPH); left unknown, as
//     the labelled sets do for the requests.
//   - « je suis en attente de la réponse de la MDPH pour ma RQTH »: a
//     request waited for (pendingRecognition, extract.go) whose waiting
//     word stands before the MDPH that is asked, farther than its window
//     from « RQTH ».
//   - a recognition of a period over (« reconnu travailleur handicapé de
//     2010 à 2015 », « RQTH jusqu'en 2020 ») or followed by « plus
//     depuis / plus maintenant / plus aujourd'hui »: granted for a time,
//     lapsed (R5213-1 s.); « RQTH valable jusqu'en 2029 » stays held.
//
// Left as before, on purpose:
//   - a recognition being renewed (« RQTH en cours de renouvellement »)
//     is held: the labelled sets say so (tuning sets, « RQTH en cours de
//     renouvellement, technicien informatique en CDI » → true), and an
//     expired one in renewal is not (« RQTH expirée, renouvellement en
//     cours » → null): the sets agree, the rules already follow them.
//   - a pending request (« RQTH en cours », « demandée », « dossier MDPH
//     déposé ») is no recognition: the sets label it null (a few false),
//     the operator is the same either way.
//   - « CDI dans une entreprise adaptée » with no word of recognition is
//     still read as a disability (round 6); an entreprise adaptée employs
//     mostly, not only, recognised workers (L5213-13-1), but every labelled
//     message on it names the recognition, so nothing tells the rule wrong.
//   - « déclaré inapte, reclassement en cours » is asked: a dismissal may
//     follow within weeks (L1226-2, L1226-11), the sets give no convention.

// renewalOfRecognitionR21b reports a non-renewal event (« pas renouvelée »)
// whose subject is a recognition, not a contract: the nearest noun before
// it (in its clause or the clause just before, at most 6 words back) is a
// recognition word and no contract noun stands between.
func (a *analyser) renewalOfRecognitionR21b(h hit) bool {
	t := a.toks
	if !h.p.event || h.p.v != "demandeur_emploi" {
		return false
	}
	renewal := false
	for j := h.start; j < h.end; j++ {
		switch t[j].s {
		case "renouvele", "renouvelee", "renouveles", "renouvelees":
			renewal = true
		}
	}
	if !renewal {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-6 && t[j].clause >= c-1; j-- {
		s := t[j].s
		switch {
		case endingContractNouns[s] || endingContract[s] || s == "cdi" || s == "poste" || s == "periode" || s == "essai":
			return false
		case recognitionWords[s] || s == "carte" || s == "cmi":
			return true
		}
	}
	return false
}

// handicapNotMineR21b gathers the handicap words of round 21B that state
// no recognition of the writer (see the header).
func (a *analyser) handicapNotMineR21b(h hit) bool {
	if h.p.v != "1" {
		return false
	}
	return a.fieldOfWorkR21b(h) || a.stepDeniedR21b(h) || a.pendingAtMdphR21b(h) || a.periodOverR21b(h)
}

// fieldNouns, before « du handicap », « des handicaps », name a field of
// work or of care.
var fieldNouns = map[string]bool{"accompagnement": true, "metiers": true, "metier": true, "monde": true, "milieu": true,
	"champ": true, "filiere": true, "univers": true, "professionnels": true, "professionnel": true}

// fieldOfWorkR21b reports « l'accompagnement du handicap », « les métiers
// du handicap »: a field, not the writer's disability.
func (a *analyser) fieldOfWorkR21b(h hit) bool {
	t := a.toks
	if t[h.start].s != "handicap" && t[h.start].s != "handicaps" || h.start < 2 {
		return false
	}
	c := t[h.start].clause
	art := t[h.start-1].s
	return (art == "du" || art == "des") && t[h.start-2].clause == c && fieldNouns[t[h.start-2].s]
}

// stepNouns are the steps of a request for a recognition.
var stepNouns = map[string]bool{"demarche": true, "demarches": true, "dossier": true, "dossiers": true, "demande": true,
	"demandes": true}

// stepDeniedR21b reports a recognition word after a denied step of its
// request in its clause: « aucune démarche MDPH », « pas de dossier
// MDPH », « sans demande de RQTH ».
func (a *analyser) stepDeniedR21b(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == c; j-- {
		if !stepNouns[t[j].s] {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-2 && t[k].clause == c; k-- {
			switch t[k].s {
			case "aucune", "aucun", "pas", "jamais", "sans":
				return true
			case "de", "d", "fait", "une", "un":
				continue
			}
			break
		}
		return false
	}
	return false
}

// pendingAtMdphR21b reports a recognition asked of the MDPH while waiting
// (« en attente de la réponse de la MDPH pour ma RQTH »): the MDPH word
// before it in its clause, with a word of waiting before the MDPH.
func (a *analyser) pendingAtMdphR21b(h hit) bool {
	t := a.toks
	if !recognitionWords[t[h.start].s] || t[h.start].s == "mdph" {
		return false
	}
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-4 && t[j].clause == c; j-- {
		if t[j].s != "mdph" {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-8 && t[k].clause == c; k-- {
			switch t[k].s {
			case "attends", "attend", "attente", "attendant", "attendons":
				return !a.grantedAfter(h)
			}
		}
		return false
	}
	return false
}

// periodOverR21b reports a recognition of a period that is over: « de 2010
// à 2015 », « jusqu'en 2020 » after it in its clause with a year before
// this one, or « plus depuis », « plus maintenant », « plus aujourd'hui »
// opening the next clause.
func (a *analyser) periodOverR21b(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.end; j < len(t) && j <= h.end+6; j++ {
		if t[j].clause == c+1 && t[j].s == "plus" && j+1 < len(t) && t[j+1].clause == c+1 {
			switch t[j+1].s {
			case "depuis", "maintenant", "aujourd", "actuellement":
				return true
			}
			return false
		}
		if t[j].clause != c {
			return false
		}
		if !t[j].num || j < 1 {
			continue
		}
		v, n := leadingInt(t[j].s)
		if n != 4 {
			continue
		}
		switch p := t[j-1].s; {
		case p == "a" && j >= 3 && t[j-2].num && (t[j-3].s == "de" || t[j-3].s == "entre"):
			return v < a.now.Year()
		case p == "en" && j >= 2 && t[j-2].s == "jusqu":
			// (« valable jusqu'en 2029 »: in force)
			return v < a.now.Year()
		}
	}
	return false
}
