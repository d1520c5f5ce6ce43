package analysis

// Round 21J of issue 13 — family: the statistical veto (opinion.go). The
// veto blanks a status the rules found when the model disagrees; it was
// measured on every readable labelled set (TestVetoAuditR21j: 275 statuses
// blanked, 183 of them wrong — the gains — and 92 right — the costs), by
// the rules' status, the deciding hit and the model's answer. Most classes
// are mixed (intérim, CESU, a public employer with a CDI, « je ne travaille
// plus » with an invalidity pension, which the sets label both ways, the
// CEJ, which they label both ways too). Three classes cost right answers
// and gained none on any readable set; the veto no longer applies to them
// (explicitStatusR21j), as round 21G did for a job seeker's own word and
// round 20K for a public body named:
//
//   - a pupil of a collège or a lycée said in the present with « être »
//     (« je suis en 1ère », « mon fils est en 3e », « elle est encore au
//     lycée ») or the word itself (« collégien », « lycéenne »): §4
//     « etudiant covers pupils/students »; education is compulsory to 16
//     and training to 18 (code de l'éducation L131-1, L114-1), so a pupil
//     of that age is one. The model read the job wished for (« je veux être
//     militaire ») as the status. A school left (« arrêté l'école en 3e »),
//     a teacher's « en lycée » or « je suis en classe » have no such form:
//     they stay with the veto. 5 costs, no gain.
//   - the micro-entrepreneur regime named as the way one works: « en
//     auto-entreprise », « en micro-entreprise », « en auto-entrepreneur »
//     (« livreur Uber Eats en auto-entreprise »): the regime of the
//     entrepreneur individuel of code de la sécurité sociale L613-7 (URSSAF,
//     autoentrepreneur.urssaf.fr), §4 auto_entrepreneur. « J'ai une
//     micro-entreprise à côté » of a salaried job is owning one besides
//     (two activities): still asked. 4 costs, no gain.
//   - a liberal profession said by « je suis » (« je suis notaire », « je
//     suis dentiste », « je suis kiné libéral », « je suis infirmière
//     libérale »): §4 profession_liberale, the professions of loi 2012-387
//     art. 29. A « clerc de notaire » (an employee of the office) has no
//     « je suis » before the word: still asked. 4 costs, no gain.
//
// After: 262 blanked, the same 183 gains, 79 costs (gate: 13 fixed, no new
// wrong; the sets' wrong statuses of the three classes are unchanged, as
// only statuses the veto blanked are kept).

// pupilWordsR21j are the words of a collège or lycée class or school.
var pupilWordsR21j = map[string]bool{
	"college": true, "lycee": true, "collegien": true, "collegienne": true, "lyceen": true, "lyceenne": true,
	"6e": true, "6eme": true, "sixieme": true, "5e": true, "5eme": true, "cinquieme": true,
	"4e": true, "4eme": true, "quatrieme": true, "3e": true, "3eme": true, "troisieme": true,
	"seconde": true, "2nde": true, "1ere": true, "premiere": true, "terminale": true,
}

// pupilNounsR21j are the pupils' own words, which need no verb.
var pupilNounsR21j = map[string]bool{"collegien": true, "collegienne": true, "lyceen": true, "lyceenne": true}

// etreNowR21j are the present forms of « être ».
var etreNowR21j = map[string]bool{"suis": true, "jsuis": true, "es": true, "est": true, "sommes": true, "etes": true, "sont": true}

// explicitStatusR21j reports a status the statistical veto must not blank
// (see the header): a pupil, the micro-entrepreneur regime, a liberal
// profession said by « je suis ».
func (a *analyser) explicitStatusR21j(f *Facts) bool {
	switch f.Status {
	case "etudiant", "auto_entrepreneur", "profession_liberale":
	default:
		return false
	}
	if f.Status != "auto_entrepreneur" && a.ev.rival != "" {
		return false
	}
	for _, h := range a.sc.hits {
		v, _, ok := a.statusCandidate(h)
		if !ok || v != f.Status || h.p.event {
			continue
		}
		switch v {
		case "etudiant":
			if a.pupilR21j(h) {
				return true
			}
		case "auto_entrepreneur":
			if h.start > 0 && a.toks[h.start-1].s == "en" && a.toks[h.start-1].clause == a.toks[h.start].clause {
				return true
			}
		case "profession_liberale":
			if a.afterJeSuisR21j(h.start) {
				return true
			}
		}
	}
	return false
}

// pupilR21j: the hit names a collège or lycée class and « être » in the
// present is in it or just before it (« encore », « toujours » between).
func (a *analyser) pupilR21j(h hit) bool {
	school, etre := false, false
	for i := h.start; i < h.end; i++ {
		s := a.toks[i].s
		if pupilNounsR21j[s] {
			return true
		}
		school = school || pupilWordsR21j[s]
		etre = etre || etreNowR21j[s]
	}
	if !school {
		return false
	}
	for i := h.start - 1; !etre && i >= 0 && i >= h.start-3 && a.toks[i].clause == a.toks[h.start].clause; i-- {
		s := a.toks[i].s
		if etreNowR21j[s] {
			etre = true
		} else if s != "encore" && s != "toujours" && s != "actuellement" {
			break
		}
	}
	return etre
}

// afterJeSuisR21j: « je suis » (or « jsuis ») ends at most two words
// before i, in the same clause (« je suis kiné libéral », « je suis
// infirmière libérale »).
func (a *analyser) afterJeSuisR21j(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && a.toks[j].clause == a.toks[i].clause; j-- {
		switch a.toks[j].s {
		case "jsuis":
			return true
		case "suis":
			return j > 0 && (a.toks[j-1].s == "je" || a.toks[j-1].s == "j")
		}
	}
	return false
}
