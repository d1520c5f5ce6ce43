package analysis

// Round 21C of issue 13 — family: people between two situations, whose
// status of now must be read or asked (cep-domain.md §1.3 rows 7–8, §4).
// Found by a gap search (a scratch set of 123 messages written for the
// family, tuning90: notices, ruptures conventionnelles signed or under
// talk, dismissals announced, CDD ending, trial periods, businesses being
// created, leaves with the contract suspended, disponibilité, retirement,
// returns from abroad), not by a hunt in the labelled sets.
//
//   - A resignation's notice that runs two months or more (« démission
//     posée, préavis de trois mois », « en préavis jusqu'à fin août » said
//     in June): during the notice the contract of work runs and is
//     performed (code du travail L1237-1: the notice of a resignation is
//     the one of the law, the collective agreement or usage; L1234-5: the
//     notice is worked and paid), so the writer is a private employee now
//     (row 8); an end months ahead is no « end of contract within weeks »
//     (the labelling convention of §1.3). Round 7 read every « préavis »
//     as a job seeker soon, which stays true for a notice of weeks
//     (« préavis d'un mois », « jusqu'à la fin du mois »: tuning53,
//     heldout20) and for a dismissal (L1234-1; the labelled sets hold only
//     dismissals with the notice waived, « dispensé de préavis », all job
//     seekers, tuning55/60/65/66). The labelled sets agree on a
//     resignation's long notice (heldout21 « démission posée, préavis de
//     trois mois » salarie_prive, none the other way). So: a resignation
//     word in the message, no dismissal, no waiver, no rupture, and a
//     « préavis » with two months or more (« de 2|3 mois », « encore
//     3 mois », « jusqu'au 15 septembre ») → salarie_prive
//     (resignNoticeRunsR21c).
//   - A fonctionnaire en disponibilité who works now in a private job:
//     two statuses at once (the agent keeps the status of the fonction
//     publique, CGFP art. L514-1, while employed under private law). The
//     labelled sets disagree on the same sentence: salarie_prive in
//     tuning28, tuning31 (twice), tuning43, tuning53; asked (null) in
//     heldout15, heldout20, heldout21, tuning51, tuning65, tuning69,
//     tuning72, tuning78, tuning79; agent_public in tuning86, tuning87
//     (the status kept, CGFP L514-1, row 1). Round 8 (onLeaveInPrivate) chose
//     salarie_prive; the leave said in the present is now asked
//     (leaveNowR21c). A disponibilité told as a past step (« puis en
//     disponibilité, je suis maintenant… », « j'ai pris une disponibilité,
//     puis j'ai démissionné ») stays salarie_prive, as the sets label it
//     (tuning36, tuning72, tuning80).
//
// The hooks sit in extract.go (status); this round adds no pattern, so no
// spec list is appended in lexicon.go.
//
// Left as before: a dismissal with a notice of months (no labelled
// example of a notice worked, the waived ones are job seekers); a
// business « en train de s'immatriculer » without a word of the present
// job (heldout sets label it null, it stays asked).

// resignWords are the words of a resignation.
var resignWords = map[string]bool{"demission": true, "demissionne": true, "demissionnee": true, "demissionner": true, "demissionnes": true}

// noticeStopWords are the words that keep round 7's reading of a notice:
// a dismissal, a waived notice, a rupture.
var noticeStopWords = map[string]bool{"licencie": true, "licenciee": true, "licencies": true, "licenciement": true, "licenciements": true,
	"dispense": true, "dispensee": true, "dispenses": true, "dispensees": true, "rupture": true, "vire": true, "viree": true}

// noticeMonths are the counts of months, written out, of a long notice.
var noticeMonths = map[string]int{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}

// resignNoticeRunsR21c reports a resignation whose notice runs two months
// or more from now, with every job seeker's word of the message a word of
// the resignation or of its notice (see the header).
func (a *analyser) resignNoticeRunsR21c() bool {
	if a.now.IsZero() {
		return false
	}
	t := a.toks
	if !a.msgHas(clsResignWords) {
		return false
	}
	resign, long := false, false
	for i, tk := range t {
		switch {
		case a.is(i, clsNoticeStopWords):
			return false
		case a.is(i, clsResignWords):
			resign = true
		case tk.s == "preavis" && a.longNoticeAtR21c(i):
			long = true
		}
	}
	if !resign || !long {
		return false
	}
	for _, h := range a.sc.hits {
		v, _, ok := a.statusCandidate(h)
		if !ok || v != "demandeur_emploi" {
			continue
		}
		own := false
		for j := h.start; j < h.end; j++ {
			if a.is(j, clsResignWords) || t[j].s == "preavis" {
				own = true
			}
		}
		if !own {
			return false // « … et je cherche déjà du travail »: a search of its own
		}
	}
	return true
}

// longNoticeAtR21c reports, in the eight words after the « préavis » at i, a
// count of two to six months (« préavis de trois mois », « préavis encore
// 3 mois », « (deux mois) ») not counted since (« depuis 2 mois »), or
// « jusqu'… » a month two months ahead or more (« jusqu'au 15 septembre »
// said in June).
func (a *analyser) longNoticeAtR21c(i int) bool {
	t := a.toks
	for j := i + 1; j < len(t) && j <= i+8; j++ {
		s := t[j].s
		if j+1 < len(t) && (t[j+1].s == "mois") {
			n, ok := noticeMonths[s]
			if v, k := leadingInt(s); t[j].num && k == len(s) {
				n, ok = v, true
			}
			if ok && n >= 2 && n <= 6 && t[j-1].s != "depuis" && t[j-1].s != "a" && t[j-1].s != "pendant" {
				return true
			}
		}
		if s == "jusqu" || s == "jusqua" {
			for k := j + 1; k < len(t) && k <= j+4; k++ {
				if m := monthNumber[t[k].s]; m != 0 {
					if k+1 < len(t) && (t[k+1].s == "dernier" || t[k+1].num) {
						return false
					}
					d := a.monthsAhead(m)
					return d >= 2 && d <= 6
				}
			}
			return false
		}
	}
	return false
}

// leaveNowR21c reports a disponibilité said of the present (« je suis en
// disponibilité », « en disponibilité depuis un an », « actuellement en
// disponibilité ») in a clause of no past, with no resignation done
// (« j'ai démissionné », « puis démission »): the agent in disponibilité
// who works in a private job now, asked (see the header).
func (a *analyser) leaveNowR21c() bool {
	t := a.toks
	now := false
	for i, tk := range t {
		if tk.s != "disponibilite" || a.sc.rel[i] {
			continue
		}
		c := tk.clause
		if int(c) < len(a.sc.past) && a.sc.past[c] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-4 && t[j].clause == c; j-- {
			switch t[j].s {
			case "suis", "es", "est", "actuellement", "toujours", "encore", "placee", "place", "jsuis":
				now = true
			}
		}
		for j := i + 1; j < len(t) && j <= i+8 && t[j].clause == c; j++ {
			if t[j].s == "depuis" {
				now = true
			}
		}
	}
	if !now {
		return false
	}
	for i, tk := range t {
		if tk.s == "demissionne" || tk.s == "demissionnee" || tk.s == "demission" {
			if i >= 1 && (t[i-1].s == "ai" || t[i-1].s == "a" || t[i-1].s == "puis" || t[i-1].s == "avons") {
				return false
			}
		}
	}
	return true
}
