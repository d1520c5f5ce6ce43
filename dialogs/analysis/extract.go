package analysis

import (
	"sync"
	"time"
)

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// Analyse extracts every fact it can from one message. It never panics,
// does no I/O, is deterministic for a given now (used for "né en 1999"),
// and looks at the first 4 096 runes only.
func Analyse(text string, now time.Time) Facts {
	f, _ := analyse(text, now, false)
	return f
}

// AnalyseDescription is Analyse for the visitor's own description, typed
// by the writer in their own words (« je suis fonctionnaire, j'écris pour
// mon fils »): when it says it is written for a relative, the writer's
// first person is the writer's, never the relative's, even when nothing
// else is said of the relative, whose facts then stay unknown (asked).
// The later answers about the relative are typed in the first person for
// them (« il est au chômage » read as « je suis au chômage »): they go to
// Analyse.
func AnalyseDescription(text string, now time.Time) Facts {
	f, _ := analyse(text, now, true)
	return f
}

// analyse is Analyse that also returns how the status was found (the
// calibration tests read it).
func analyse(text string, now time.Time, description bool) (f Facts, ev evidence) {
	return analyseWith(text, now, description, true)
}

// analyseWith is analyse with or without the statistical veto (opinion.go).
func analyseWith(text string, now time.Time, description, veto bool) (f Facts, ev evidence) {
	defer func() {
		if recover() != nil { // defensive: a message must never crash the bot
			f, ev = Facts{}, evidence{}
		}
	}()
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tokenize(sc, text)
	neutraliseDetention(sc.toks)
	findHits(sc)
	a := analyser{sc: sc, toks: sc.toks, now: now, description: description}
	a.employeeHitsR22i()        // round 22I: « un de nos caristes » written by an employer
	a.electoralCollegeR24b()    // round 24B: « collège cadres » is no school
	a.dottedRqthR24b()          // round 24B: « R.Q.T.H. »
	a.closedWorkplaceHitsR27a() // round 27A: « le cabinet où j'étais dessinateur a fermé »
	a.markClauses()
	a.markRelatives()
	a.markForRelative()
	a.memoCandidates()
	a.status(&f)
	if veto {
		a.veto(&f, text)
	}
	f.Cadre = a.boolFact(kCadre, false)
	f.Handicap = a.boolFact(kHandicap, true)
	if f.Handicap == nil && (a.workAccidentPension() || a.recognisedRate() || a.mineAfterR18v()) {
		f.Handicap = boolp(true)
	}
	if f.Handicap == nil {
		f.Handicap = a.mineAfterRelativeR24c() // round 24C: « mon conjoint a une RQTH, moi non »
	}
	f.JeuneDiplome = a.diplome()
	f.WantsWork = a.wants()
	f.SeeksCadre = a.seeksCadreR20h() || a.seeksCadreTitleR24b() // round 24B: « un poste d'ingénieur »
	f.Project = a.project(f.Status)
	if f.Project == "" && a.leavingForcesP25b() {
		f.Project = "reconversion" // leaving the army ahead (leaving_p25b.go)
	}
	f.Age = a.age(now)
	if f.Age > 0 {
		f.Why.Age = Origin{How: HowPattern, Conf: 90}
	}
	if a.youngOutOfRow2R22o(&f) {
		// a pupil of 16–25 who left school or seeks a stage, a job: not
		// row 2 but row 4 (round 22O)
		f.WantsWork = true
	}
	if f.Cadre != nil && *f.Cadre && (f.Status == "salarie_prive" || statusGroup(f.Status) == "independant") && a.cadreOnlyFormer() {
		// « ancien cadre, aujourd'hui employé en CDI »: a former cadre who
		// works again is asked (a job seeker who was cadre stays one: row 6);
		// one who now works on his or her own account is no cadre either
		// (round 12: « j'étais cadre, aujourd'hui VTC à mon compte »)
		f.Cadre = nil
	}
	if f.Cadre != nil && *f.Cadre && a.relativesCadreR24b(f.Status) {
		f.Cadre = nil // a relative's cadre, the status the writer's own (round 24B)
	}
	if f.Cadre != nil && *f.Cadre && a.writersCadreForStaffR24b(f.Status) {
		f.Cadre = nil // a manager's cadre, not their staff's (round 24B)
	}
	if f.Cadre != nil && *f.Cadre && a.writersCadreR21i(f.Status) {
		f.Cadre = nil // the writer's cadre, not the person's (round 21I)
	}
	if f.Cadre != nil || f.JeuneDiplome != nil {
		// a bac+3 read (« j'ai une licence ») is said where it comes from
		// too: the recap lists the cadre line with its origin (persona
		// p25a: it was in no list)
		f.Why.Cadre = Origin{How: HowLexicon, Conf: 85}
	}
	a.doubtCadreR20i(&f)
	a.doubtCadreYoungR22g(&f) // round 22G: the young's cadre decides row 3 or 4
	a.doubtForfaitR20q(&f)
	a.careerOrderR22t(&f)    // round 22T: the last post decides the cadre
	a.unsureCadreR22t(&f)    // round 22T: « je ne sais pas si j'étais cadre » is asked
	a.cadreJobSeekerR22t(&f) // round 22T: a job seeker's cadre title is row 6
	if f.Handicap != nil {
		f.Why.Handicap = Origin{How: HowLexicon, Conf: 90}
	}
	a.place(&f, false)
	if f.Age == 0 {
		if v := a.bareAgeBesidePlaceR27c(&f); v > 0 {
			// « au chômage à Metz, 48 »: the number the place did not take (round 27C)
			f.Age = v
			f.Why.Age = Origin{How: HowPattern, Conf: 70}
		}
	}
	return f, a.ev
}

// findHits collects the lexicon patterns found in the message into sc.hits.
// At one position only the longest pattern of each kind is kept, and a
// kNone pattern hides the patterns starting inside it ("dans le cadre de").
func findHits(sc *scratch) {
	lx := lex()
	sc.hits = sc.hits[:0]
	blockEnd := 0
	toks := sc.toks
	lookUpWords(sc)
	for i := range toks {
		ps := lx.byFirst[sc.ids[i]]
		if len(ps) == 0 {
			continue
		}
		first := len(sc.hits)
		var next uint64 // the next word's bit for the patterns' filter
		if i+1 < len(toks) {
			next = wordBit(sc.ids[i+1])
		}
		// a long list is narrowed by the next word (pairIndex), a short one
		// filtered entry by entry
		narrowed, long := lx.byPair.always[sc.ids[i]], false
		if narrowed != nil {
			long = true
			if i+1 < len(toks) && sc.ids[i+1] > 0 {
				if sp, ok := lx.byPair.pairs[pairKey(sc.ids[i], sc.ids[i+1])]; ok {
					narrowed = lx.byPair.pos[sp[0]:sp[1]]
				}
			}
		}
		cnt := len(ps)
		if long {
			cnt = len(narrowed)
		}
		for k := 0; k < cnt; k++ {
			var e *patEntry
			if long {
				e = &ps[narrowed[k]]
			} else {
				e = &ps[k]
				if e.second&next == 0 && e.len > 1 {
					continue // the second word cannot match
				}
			}
			p := e.p
			n := p.match(sc.ids, i)
			if n == 0 || toks[i+n-1].clause != toks[i].clause {
				continue
			}
			if i < blockEnd && !p.k.marker() {
				continue
			}
			dup := false
			for h := first; h < len(sc.hits); h++ {
				if sc.hits[h].p.k == p.k {
					if n > sc.hits[h].end-i {
						sc.hits[h] = hit{p: p, start: i, end: i + n}
					}
					dup = true
					break
				}
			}
			if !dup {
				sc.hits = append(sc.hits, hit{p: p, start: i, end: i + n})
			}
		}
		for h := first; h < len(sc.hits); h++ {
			if sc.hits[h].p.k == kNone && sc.hits[h].end > blockEnd {
				blockEnd = sc.hits[h].end
			}
		}
		// a kNone pattern also hides the shorter ones starting with it
		// (« retraité de l'armée » is not « retraité »)
		if blockEnd > i+1 {
			kept := first
			for h := first; h < len(sc.hits); h++ {
				if hh := sc.hits[h]; hh.p.k == kNone || hh.p.k.marker() || hh.end >= blockEnd {
					sc.hits[kept] = hh
					kept++
				}
			}
			sc.hits = sc.hits[:kept]
		}
	}
}

type analyser struct {
	sc   *scratch
	toks []token
	// placeByNumR27c: the département chosen was read from a bare number,
	// not a name or a postal code (round 27C: such a number is no age)
	placeByNumR27c bool
	skipRel        bool // the writer states a status of their own: a relative's is set aside
	forRel         bool // the message is written for a relative: the writer's own words are set aside
	// forNoun is the relative the message is written for (« j'écris pour
	// ma fille »: « fille »), when it is one person; another relative's
	// words are then set aside
	forNoun string
	forPos  int // the « pour » that says for whom (markForRelative)
	// description: the text is the writer's own description (see
	// AnalyseDescription), whose first person is never the relative's
	description bool
	// memo: statusCandidate keeps its answers in sc.cands (set once what
	// it reads, the clauses and the relatives, is settled)
	memo bool
	// questionMemo: question's answer for the message (0 not read yet, 1
	// no, 2 yes)
	questionMemo int8
	// branchMemo: branch's answer for the message, set once read under
	// memo (status asks it from several rules: about 1 900 instructions
	// a time)
	branchMemo    string
	branchMemoSet bool
	// rewritten: some token's word is not the one typed (0 not read yet,
	// 1 no, 2 yes: rewrittenTokens)
	rewritten int8
	// asks: some sentence asks (0 not read yet, 1 no, 2 yes: asksR21u)
	asks int8
	// conds: some word can open a condition (0 not read yet, 1 no, 2
	// yes: conditionWordsR21u)
	conds int8
	now   time.Time
	ev    evidence // how the status was found (calibrate.go)
}

// markClauses records which clauses speak of the past (and not also of the
// present): facts stated there describe a former situation.
func (a *analyser) markClauses() {
	sc := a.sc
	n := 0
	if len(a.toks) > 0 {
		n = int(a.toks[len(a.toks)-1].clause) + 1
	}
	sc.past = growBools(sc.past, n)
	sc.present = growBools(sc.present, n)
	if cap(sc.pastFrom) < n {
		sc.pastFrom = make([]int32, n)
	}
	sc.pastFrom = sc.pastFrom[:n]
	for _, h := range sc.hits {
		c := a.toks[h.start].clause
		switch h.p.k {
		case kPast:
			if !sc.past[c] || int32(h.start) < sc.pastFrom[c] {
				sc.pastFrom[c] = int32(h.start)
			}
			sc.past[c] = true
		case kPresent:
			sc.present[c] = true
		}
	}
	// « j'ai été embauché à la Poste, j'y suis toujours »: the clause
	// after says the job of the clause before goes on; « j'étais et je
	// reste infirmière »: what one remains is the present
	for i := 1; i+1 < len(a.toks); i++ {
		t := a.toks[i]
		if (t.s == "reste" || t.s == "resterai") && (a.toks[i-1].s == "je" || a.toks[i-1].s == "j") {
			sc.present[t.clause] = true
			continue
		}
		if i < 2 {
			continue
		}
		if t.s == "y" && a.toks[i-1].s == "j" && a.toks[i-1].clause == t.clause && t.clause > 0 &&
			(i < 2 || a.toks[i-2].clause != t.clause) {
			switch a.toks[i+1].s {
			case "suis", "travaille", "bosse", "reste":
				sc.past[t.clause-1] = false
			}
		}
	}
	// « avant chômeur, maintenant auto-entrepreneur », « avant, je
	// bossais… »: a clause opened by « avant » (not « avant de ») is the past
	for i, t := range a.toks {
		if (t.s == "avant" || t.s == "auparavant") && (i == 0 || a.toks[i-1].clause != t.clause) &&
			(i+1 == len(a.toks) || a.toks[i+1].s != "de" && a.toks[i+1].s != "d") {
			sc.past[t.clause] = true
			sc.pastFrom[t.clause] = int32(i)
		}
	}
	a.sinceThenPresent()
	a.pastGoesOn()
	a.pastUntil()
	a.hireStillHeld() // round 17C
	a.pastStatusAsideR21v()
}

func growBools(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	b = b[:n]
	for i := range b {
		b[i] = false
	}
	return b
}

var negators = map[string]bool{"pas": true, "plus": true, "jamais": true, "non": true, "aucun": true, "aucune": true, "ni": true, "sans": true}

// negated reports whether the words just before h (same clause) deny it:
// "je ne suis pas cadre", "non cadre", "pas de RQTH", "je ne suis plus au
// chômage". "plus" only negates after "ne" ("plus de 10 ans" is not a denial).
func (a *analyser) negated(h hit) bool {
	c := a.toks[h.start].clause
	if a.spokenDenial(h) {
		return true
	}
	fillers := 0
	for j := h.start - 1; j >= 0 && fillers <= 3; j-- {
		t := a.toks[j]
		if t.clause != c {
			return false
		}
		if !a.is(j, clsNegators) { // (negators, negFillers: token classes)
			if !a.is(j, clsNegFillers) {
				return false
			}
			fillers++
			continue
		}
		if t.s == "ni" && j > 0 && creoleSubjectR18x(a.toks[j-1].s) {
			return false // « Mwen ni statut cadre »: creole « to have » (round 18X)
		}
		if t.s == "non" && j > 0 && formAnswered[a.toks[j-1].s] {
			return false // « rqth non au chomage », « cadre non cdi oui »: the answer to the word before
		}
		if t.s != "plus" {
			return true
		}
		if j == 0 || a.toks[j-1].clause != c {
			return true // « Plus fonctionnaire depuis 2020 »
		}
		if spokenPlus[a.toks[j-1].s] {
			return true // « jsuis plus au chômage »: spoken French drops « ne »
		}
		for k := j - 1; k >= 0 && k >= j-4 && a.toks[k].clause == c; k-- {
			if a.toks[k].s == "ne" || a.toks[k].s == "n" {
				return true
			}
		}
		return false
	}
	return false
}

// postNegated reports a denial written after the fact, as in a form:
// « cadre non », « cadre : non », « handicap : non », « RQTH : pas ».
// Only « non », « pas », « aucun(e) » and « nan » right after it count, and
// only when nothing but a colon or a dash separates them.
func (a *analyser) postNegated(h hit) bool {
	last := a.toks[h.end-1]
	if h.end >= len(a.toks) || (last.after != 0 && last.after != ':' && last.after != '-' && last.after != '=' && last.after != '?') {
		return false
	}
	n := a.toks[h.end]
	if n.clause != last.clause && last.after != ':' && last.after != '?' { // « cadre ? non »: asked and denied
		return false
	}
	switch n.s {
	case "non", "pas", "aucun", "aucune", "nan", "no", "neant":
		// « cadre non-salarié » is not a denial of « cadre »
		return h.end+1 >= len(a.toks) || a.toks[h.end+1].clause != n.clause || n.after != 0 || !postNegExceptions[a.toks[h.end+1].s]
	}
	return false
}

// spokenPlus are the verbs after which « plus » denies without « ne » in
// spoken and phone French (« je suis plus fonctionnaire », « j'ai plus de
// contrat »); « plus de 10 ans » after other words stays a quantity.
var spokenPlus = map[string]bool{"suis": true, "sommes": true, "bosse": true, "travaille": true, "taffe": true}

// formAnswered are the words of a form that « non » answers when it
// follows them (postNegated).
var formAnswered = map[string]bool{"rqth": true, "cadre": true, "handicap": true, "handicape": true, "handicapee": true, "mdph": true,
	"th": true, "boeth": true, "oui": true}

var postNegExceptions = map[string]bool{"salarie": true, "salariee": true, "titulaire": true, "seulement": true, "loin": true}

// negFillers may stand between a negation and what it denies ("pas de
// RQTH", "pas en situation de handicap", "plus au chômage").
var negFillers = map[string]bool{"de": true, "d": true, "du": true, "des": true, "au": true, "aux": true, "en": true, "un": true,
	"une": true, "le": true, "la": true, "l": true, "les": true, "situation": true, "vraiment": true, "encore": true, "reconnu": true,
	"reconnue": true, "suis": true, "ai": true, "statut": true, "tout": true, "ete": true,
	// « je suis plus à l'hôpital », « je ne suis plus dans la fonction
	// publique », « je bosse plus chez Renault »: the place denied
	"a": true, "dans": true, "chez": true, "pour": true,
	// « aucune reconnaissance de travailleur handicapé », « aucune reco
	// handicap », « pas la qualité de travailleur handicapé »: the RQTH told
	// by its words (code du travail L5213-1, « reconnaissance de la qualité
	// de travailleur handicapé ») is denied as the acronym is (round 17G)
	"reconnaissance": true, "reco": true, "qualite": true, "travailleur": true, "travailleuse": true,
	// « sans être cadre », « sans être titulaire », « ne pas être
	// fonctionnaire »: the infinitive of « être » between the negation and
	// the attribute it denies (round 18C)
	"etre": true}

// wished reports whether h follows a wish or plan in its clause ("je veux
// devenir indépendant"): the status named there is not the current one.
//
// What one wants to leave is where one is (« je veux quitter l'hôpital »),
// and « mais » ends the wish (« je pense devenir auto-entrepreneur mais je
// suis au chômage »).
func (a *analyser) wished(h hit) bool {
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k == kFuture && m.start < h.start && a.toks[m.start].clause == c && !a.wishEnds(m.end, h.start) && !a.hiredFact(m) && !a.researchNoun(m) && !a.causedMove(m) &&
			!(a.toks[m.start].s == "si" && m.start > 0 && a.toks[m.start-1].s == "meme") { // « même si » concedes a fact
			return true
		}
	}
	return a.wishGoesOn(h) || a.wishExample(h) // « je voudrais travailler, peut-être comme salarié » (round 15A), « …, par exemple comme » (round 17C)
}

func (a *analyser) wishEnds(from, to int) bool {
	// a statement in the present after the wish ends it, in a message
	// typed without stops: « je voudrais devenir infirmiere je suis aide
	// soignante » (not the verb of a condition: « si je suis licencié »)
	for _, m := range a.sc.hits {
		if m.p.k == kPresent && m.start > from && m.start < to && !a.adverbInWish(m, from) {
			return true
		}
	}
	for j := max(from-1, 0); j < to; j++ {
		if a.yearsAfter(j) {
			return true // « je cherche un poste de directeur après 15 ans comme cadre » (round 14B)
		}
		switch a.toks[j].s {
		case "mais", "quitter", "quitte", "quitterai", "lacher", "sortir", "demissionner", "demissionne", "plaquer":
			if a.toks[j].s != "mais" && (a.wishResumes(j, to) || a.leftFor(j, to)) {
				continue // « quitter l'école pour travailler dans… » (round 15A)
			}
			return true
		case "qui":
			// « je cherche des infos pour ma femme qui est aide-soignante »:
			// a relative clause states a fact about someone
			if j+1 < to {
				switch a.toks[j+1].s {
				case "est", "sont", "travaille", "travaillent", "bosse", "bossent", "a", "ont":
					return true
				}
			}
		}
	}
	return false
}

func (a *analyser) pastClause(h hit) bool {
	if a.joinedAfterLeaving(h) {
		return false // « j'ai quitté l'hôpital pour une clinique » (round 13 B)
	}
	c := a.toks[h.start].clause
	if a.sc.past[c] && !a.sc.present[c] && (int32(h.start) >= a.sc.pastFrom[c] || a.subjectOfPast(h)) {
		// what precedes the first past marker of a clause typed without
		// stops is the present (« au chomage j ai travaille 25 ans comme
		// comptable »), unless it is the subject of the past verb (« mon
		// CDI a duré 12 ans »)
		return true
	}
	// « avant j'étais fonctionnaire maintenant je suis indépendant », typed
	// without a stop: what follows a past marker and precedes the next
	// present marker of the same clause is the past
	if a.sc.past[c] && a.sc.present[c] && a.betweenPastAndPresent(h) {
		return true
	}
	if a.beforePuis(h) || a.afterYears(h) || a.pastSteps(h) || a.nowLater(h) || a.pastByParticiple(h) || a.pastR17i(h) || a.datedStepR18t(h) || a.pastAsideR20b(h) {
		return true
	}
	// "ancien cadre", "ex-salarié": only the two words after it are former,
	// and the workplace joined to them (« ex-infirmière au CHU »)
	for _, m := range a.sc.hits {
		// (« ex militaire sans emploi »: the state of now is no former one)
		// (« ancien chômeur » right after it is a former state: round 13A)
		if m.p.k == kFormer && m.end <= h.start && a.toks[m.start].clause == c && (h.p.v != "demandeur_emploi" || h.start == m.end && !h.p.event) &&
			(h.start-m.end <= 1 || a.formerPlace(m.end, h)) {
			return true
		}
	}
	return false
}

// formerPlace reports a sector word h joined to the former job title at
// title by a preposition and at most one article, with no verb between:
// « ex-infirmière au CHU », « ancien agent de la mairie », « ancienne
// aide-soignante à l'hôpital » (a two-word title, round 11).
func (a *analyser) formerPlace(title int, h hit) bool {
	if h.start-title < 2 || h.start-title > 5 || h.p.event || h.p.v == "demandeur_emploi" || h.p.k != kSector && h.p.k != kStatus {
		return false
	}
	for j := title + 1; j < h.start; j++ {
		// (« ancienne aide-soignante en clinique privée »: round 13A)
		if !titleWord(a.toks[j].s) && (a.toks[j].s != "en" || j+1 != h.start) {
			return false
		}
	}
	return true
}

var joinWords = map[string]bool{"au": true, "aux": true, "a": true, "de": true, "d": true, "du": true, "des": true, "la": true, "le": true, "l": true, "chez": true, "dans": true, "un": true, "une": true}

// subjectOfPast reports a hit after a possessive, the subject of the past
// verb that follows it (« mon CDI a duré 12 ans », « ma mission a pris
// fin »).
func (a *analyser) subjectOfPast(h hit) bool {
	switch a.toks[h.start].s {
	case "mon", "ma", "mes", "notre":
		// the possessive inside the hit: « mon patron était… »
		return true
	}
	if h.start == 0 {
		return false
	}
	switch a.toks[h.start-1].s {
	case "mon", "ma", "mes", "son", "sa", "ses", "notre", "le", "la", "l", "les":
		return true
	}
	return false
}

// beforePuis reports a hit followed by « puis » in its clause, with no
// present marker before it: « 10 ans dans l'armée puis agent de sécurité
// en CDI » tells a sequence whose first part is over.
func (a *analyser) beforePuis(h hit) bool {
	c := a.toks[h.start].clause
	for _, m := range a.sc.hits {
		if m.p.k == kPresent && m.start < h.start && a.toks[m.start].clause == c {
			return false
		}
	}
	for j := h.end; j < len(a.toks) && a.toks[j].clause == c; j++ {
		if a.is(j, clsPlanBeforePuis) {
			return false // « … et voudrait transmettre son entreprise puis … » (round 14B)
		}
		if a.toks[j].s == "puis" {
			return true
		}
	}
	return false
}

// afterYears reports « après 15 ans en CDI », « après 10 ans à l'hôpital »:
// what was done for so long before something else is over.
func (a *analyser) afterYears(h hit) bool {
	i := h.start
	// an article may stand between the preposition and the word (« après
	// 12 ans dans la gendarmerie »)
	if i >= 1 {
		switch a.toks[i-1].s {
		case "la", "le", "l", "les", "un", "une":
			i--
		}
	}
	if i < 4 || a.toks[i-4].clause != a.toks[h.start].clause || a.toks[i-4].s != "apres" || !a.toks[i-3].num {
		return false
	}
	switch a.toks[i-2].s {
	case "ans", "annees", "mois":
	default:
		return false
	}
	switch a.toks[i-1].s {
	case "en", "a", "au", "aux", "chez", "dans", "comme":
		return true
	}
	return false
}

// contractEnds: "CDD de 6 mois qui se termine le 30 juin" — a contract
// that ends soon makes a job seeker (cep-domain.md §1.3 conventions).
func (a *analyser) contractEnds(h hit) bool {
	switch a.toks[h.start].s {
	case "cdd", "contrat", "mission", "interim", "pec", "cui", "cae":
	default:
		// « CDI de chantier »: only its end within weeks (round 20B)
		return a.siteContractR20b(h) && (a.soonDate(a.toks[h.start].clause) || a.bareEndLaterR20b(h))
	}
	c := a.toks[h.start].clause
	pc := int32(-1)
	if a.toks[h.end-1].after == '(' || a.clauseEndsParen(c) {
		pc = a.parenClause(c) // the parenthesis names the contract, or its place (round 17H)
	} else if h.start > 0 && a.toks[h.start-1].after == '(' {
		pc = a.afterParen(c) // the contract named in the parenthesis
	}
	for _, m := range a.sc.hits {
		if m.p.k == kEnds && m.start > h.start && a.toks[m.start].clause == c && !a.endOfStudiesR20b(m) { // (« … depuis que j'ai arrêté le lycée », round 20B)
			// a public contract that ends a month months ahead
			// (« contractuelle au ministère, CDD qui finit en juin » said
			// in December) still runs, as endsLater reads it (round 14A)
			// and row 1 keeps it (round 14B); a private one so told stays
			// with its labels (« quand mon CDD finira en décembre je serai
			// sans rien »: a job seeker to be)
			return !a.farDate(c) && !(a.contractEndsFarMonth(h) && a.publicAgentSaid())
		}
		if m.p.k == kEnds && pc >= 0 && a.toks[m.start].clause == pc {
			return !a.farDate(pc) // « mon contrat (PEC) … finit » (round 17A)
		}
	}
	// « je suis en CDD à la mairie, il se termine le 15 »: the next clause
	// says of the contract that it ends
	next := c + 1
	aged := false // (round 18T: the age told aside, « …, 42 ans, et il se termine dans trois semaines »)
	for next <= c+2 && (a.asideClause(next) || a.ageClauseR18t(next)) {
		aged = aged || a.ageClauseR18t(next)
		next++ // (« en contrat aidé (PEC) pour la commune, ça s'arrête … »: round 18a)
	}
	for j := h.end; j+1 < len(a.toks); j++ {
		if a.toks[j].clause < next {
			continue
		}
		if a.toks[j].clause == next && (a.endsTakenUp(j) || a.toks[j].s == "et" && a.endsTakenUp(j+1) || a.bareEndR18x(j) || a.contractNamedEndsW1(h, j)) { // (rounds 18A, 18C; « et il se termine », 18T)
			// (« …, ça s'arrête dans 7 semaines »: the contract taken up by
			// the demonstrative of speech, round 17i)
			// a month months ahead (« …, qui prend fin en décembre » said in
			// June) is no end within weeks (contractEndsFarMonth)
			return !a.farDate(next) && !a.contractEndsFarMonth(h) && (!aged || a.soonDate(next))
		}
		break
	}
	return a.bareEndLaterR20b(h) // « …, espaces verts, 21 ans, fin dans 2 semaines » (round 20B)
}

// publicAgentSaid reports a public agent's status word (« contractuelle »,
// « fonctionnaire ») said of the writer, neither negated nor a relative's.
func (a *analyser) publicAgentSaid() bool {
	for _, m := range a.sc.hits {
		if m.p.k == kStatus && m.p.v == "agent_public" && !a.negated(m) && !a.ofRelative(m) {
			return true
		}
	}
	return false
}

// statusUndecided is the status value of occupations found in both sectors.
const statusUndecided = "?"

// status picks the status stated in the present tense with the highest
// strength (the earliest on ties), then lets the employer settle the sector
// where the status words do not (see settleSector).
func (a *analyser) status(f *Facts) {
	best, bestW, bestEvent, bestCDD, bestContract, bestCDDEnds := "", int8(0), false, false, false, false
	undecided := int8(0)
	a.ev = evidence{hireAtR26a: -1}
	for _, h := range a.sc.hits {
		v, w, ok := a.statusCandidate(h)
		if !ok {
			continue
		}
		if v == statusUndecided {
			undecided = max(undecided, w)
		}
		// an occupation of both sectors beats a private occupation of the
		// same strength: « ingénieur, cadre » does not settle the employer
		if w > bestW || w == bestW && v == statusUndecided && best == "salarie_prive" {
			best, bestW, bestEvent = v, w, h.p.event
			bestCDD = a.toks[h.start].s == "cdd" && h.end-h.start == 1
			bestCDDEnds = bestCDD && v == "demandeur_emploi"
			bestContract = a.contractWord(h)
		}
	}
	if best == "demandeur_emploi" && bestEvent {
		// « je suis vendeuse chez Zara et je cherche du travail »: a search
		// beside a job held now (round 13A)
		if h, ok := a.jobBesideSearch(); ok {
			best, bestW, bestEvent = h.p.v, h.p.w, false
			bestCDD = a.toks[h.start].s == "cdd" && h.end-h.start == 1
			bestContract = a.contractWord(h)
		}
	}
	if best == "demandeur_emploi" && a.hiredAfterLossR26a() {
		// « licenciée en janvier, j'ai commencé un nouveau poste le 1er
		// juin »: the hire told after the loss is the job of now (round 26A)
		best, bestW, bestEvent, bestCDD, bestCDDEnds, bestContract = "salarie_prive", 5, false, false, false, false
		if a.hireSectorOpenR26a() {
			best = statusUndecided
		}
		a.ev.hiredR26a = true
	}
	if best == "salarie_prive" && !bestEvent && bestW <= 5 && a.lossAfterTitleTieR27a(bestW) {
		// « aide-soignante en clinique privée, licenciée le mois dernier »:
		// the loss told after the title of the same strength (round 27A)
		best, bestEvent, bestCDD, bestCDDEnds, bestContract = "demandeur_emploi", true, false, false, false
	}
	if a.graduateSeeksR20d(best, bestW) {
		// « jeune diplômée d'école de commerce, 27 ans, je cherche mon 1er
		// CDI »: the search routes a graduate of 26 or more (round 20D)
		best, bestW, bestEvent, bestCDD, bestContract = "demandeur_emploi", 3, true, false, false
		a.ev.graduateR20d = true
	}
	best, bestW, bestEvent = a.publicEndsFirst(best, bestW, bestEvent)
	if bestCDD && undecided > 0 {
		best = statusUndecided // « infirmière en CDD »: a public contract as well
	}
	best, bestW = a.workingRetiree(best, bestW)
	if best == "-" { // retired, civic service: not a status of the table, whatever the employer
		return
	}
	if statusGroup(best) == "independant" && a.publicAgentToo() && !a.splitTimeR19() {
		// « fonctionnaire avec une micro-entreprise à côté »: an agent
		// public may run an accessory business (cumul d'activités, CGFP
		// art. L123-7); row 1 of the table comes first (cep-domain.md §1.3)
		best, bestW, bestEvent, bestContract = "agent_public", 5, false, false
	}
	if (best == "agent_public" || statusGroup(best) == "independant") && a.contractAgentBesideBusiness() {
		// « vacataire à la mairie + auto-entrepreneur » (round 15A): two
		// activities of rows 1 and 8, the main one unknown
		f.Doubts |= DoubtStatus
		return
	}
	if best == "independant" && (a.microAside() || a.microRegime()) {
		best = "auto_entrepreneur" // « freelance (micro) » (round 14B)
	}
	if best == "independant" && a.hasTrade() && !a.commerceRegister() {
		best = "artisan"
	}
	if best == "independant" && a.artisanSaidR21s() {
		best = "artisan" // « à mon compte (artisan) » (round 21S)
	}
	best = a.liberalKind(best)
	conf := uint8(50 + 9*int(bestW))
	a.ev.word = best
	if (best == "etudiant" || best == "demandeur_emploi") && (a.schoolLeaverSeeksR20r() || a.graduateJustNowR27b()) {
		// (round 27B: any course just finished, with an age of 16–25)
		// « je viens d'avoir mon bac et je cherche du travail »: the
		// labelled sets disagree, the status is asked (round 20R)
		f.Doubts |= DoubtStatus
		a.ev.doubt = doubtRivals
		return
	}
	if best == "etudiant" || best == "demandeur_emploi" {
		if w, ok := a.studentSeeksR21l(); ok {
			// « en BTS, je cherche un stage / un job d'été »: an enrolled
			// student's search is no job seeker's status (round 21L)
			best, bestW, bestEvent = "etudiant", w, false
			a.ev.word, a.ev.studentSeeksR21l = best, true
		}
	}
	wasStudent := best == "etudiant"
	best = a.studentAtWork(best)
	if best == "etudiant" && a.studiesDropped() {
		// « je suis étudiante et j'ai abandonné en cours d'année » (round 18G)
		f.Doubts |= DoubtStatus
		return
	}
	best = a.seekerAtWork(best)
	best = a.settleSector(f, best, bestW, bestEvent, undecided)
	if bestCDDEnds && best == "salarie_prive" {
		// « un CDD dans une association qui finit le mois prochain » (round
		// 15A): the employer settled the sector of a CDD said to end within
		// weeks; a private one ends in a job seeker (cep-domain.md §4: « an
		// end of contract within weeks ⇒ job seeker »), a public one stays
		// row 1
		best = "demandeur_emploi"
	}
	if best == "demandeur_emploi" && a.esatLeftNoWork() {
		// « sorti de l'ESAT, il ne travaille plus » (round 18G)
		f.Doubts |= DoubtStatus
		return
	}
	if best == "demandeur_emploi" && bestEvent && a.endDateUnknown() {
		// « mon contrat se termine mais je ne sais pas quand » (round 18G)
		f.Doubts |= DoubtStatus
		return
	}
	if (best == "salarie_prive" || best == statusUndecided) && bestW <= 4 && a.undeclaredWork() {
		// « je bosse au black dans un garage » (round 15A): no contract
		f.Doubts |= DoubtStatus
		return
	}
	best = a.privateLawInPublicBody(best, bestW)
	best = a.publicLawSalarie(best, bestW)
	if best == "agent_public" && bestContract && a.privateLawBody() {
		// « contractuelle à la CAF »: a contract with a private-law body
		// (social security, La Poste, SNCF) is a private-law contract
		// (cep-domain.md §1.3 row 8: private-law staff of public bodies)
		best = "salarie_prive"
		a.ev.word = "droit_prive"
	}
	if wasStudent && best == "salarie_prive" {
		// a student with a private job: two situations at once, asked
		// (round 20J, round20j_test.go says why)
		f.Doubts |= DoubtStatus
		a.ev.doubt = doubtRivals
		return
	}
	if best == "salarie_prive" && a.privateSchoolTeacher() {
		// « prof dans un lycée privé »: under contract or not? (round 10A)
		f.Doubts |= DoubtSector
		return
	}
	if (best == "agent_public" || best == "salarie_prive") && a.onLeaveInPrivate() {
		if a.leaveNowR21c() {
			// « en disponibilité depuis un an, je travaille en CDI dans le
			// privé »: the labelled sets disagree, asked (round 21C)
			f.Doubts |= DoubtStatus
			a.ev.doubt = doubtRivals
			return
		}
		// « fonctionnaire en disponibilité, salariée d'une association »
		best = "salarie_prive"
		a.ev.word = "droit_prive"
	}
	if best != "" && best != "-" && (a.ownStatusUnknownR22y() || a.officialNotRealR22y() || a.unsureOwnStatusR27b(best)) {
		// (round 27B: « je ne sais pas si je suis encore salariée »)
		// « je ne sais pas quel est mon statut », « officiellement salarié,
		// en vrai je ne travaille plus »: asked (round 22Y)
		f.Doubts |= DoubtStatus
		return
	}
	if best == "salarie_prive" && a.interimBetweenMissionsR26b() {
		// « intérimaire entre deux missions »: no mission now (round 26B)
		best, bestW, bestEvent = "demandeur_emploi", 6, true
		a.ev.word = best
	}
	if v, w, ok := a.youngChargedR26b(best); ok {
		// « CPE, une de mes élèves de 17 ans veut arrêter le lycée »: the
		// writer's job is not the young person's (round 26B)
		if v == "" {
			f.Doubts |= DoubtStatus
			return
		}
		best, bestW, bestEvent = v, w, v == "demandeur_emploi"
		a.ev.word = best
	}
	if best != "" && best != "-" && (a.staffQuestionR21k() ||
		best != "demandeur_emploi" && best != "etudiant" && (a.helperForThirdR21k() || a.professionalForThirdR21t())) {
		// « DRH d'une PME, puis-je orienter mes salariés vers vous ? »: a
		// general question about the staff, no one's status; « assistante
		// sociale au département, j'accompagne une dame de 46 ans »: the
		// writer's job is not the person's (round 21K)
		f.Doubts |= DoubtStatus
		return
	}
	if best != "" && best != statusUndecided && (a.othersJobOnly() || a.ownAskAfterRelativeR26c()) { // round 26C: « est-ce pour moi aussi ? »
		// « mon mari travaille à la mairie, je m'interroge sur mon
		// avenir » (round 13 B): the relative's job is no answer
		f.Doubts |= DoubtStatus
		return
	}
	if (best == "salarie_prive" || best == "demandeur_emploi" && bestW <= 3) && (a.seasonalGap() || a.gapBeforeSeason()) {
		// (round 16A: a weak search beside the gap, « je veux trouver un
		// emploi à l'année », does not tell the season of now either)
		// « serveuse l'été, l'hiver je fais rien » (round 15B): in work or
		// not depends on the season, which the text does not tie to now; a
		// job seeker's word (« l'été je suis au chômage ») is kept
		f.Doubts |= DoubtStatus
		return
	}
	if (best == "agent_public" || best == "salarie_prive") && a.renewalInDoubt() && a.runningContract() {
		// « mon CDD à l'hôpital s'arrête le 30, je sais pas s'ils vont me
		// renouveler » (round 14A): in work now, maybe not next month
		f.Doubts |= DoubtStatus
		return
	}
	if (best == "agent_public" || best == "salarie_prive") && bestW < 5 && a.employerUnknown() {
		// « je ne sais pas qui m'emploie » (round 13 B): the employer is asked
		f.Doubts |= DoubtSector
		return
	}
	var keep bool
	if best, bestW, bestEvent, keep = a.settleR17h(best, bestW, bestEvent, bestCDDEnds); !keep {
		f.Doubts |= DoubtStatus // round 17H
		return
	}
	if (best == "agent_public" || best == "salarie_prive" || best == statusUndecided) && a.seekerR18f(best) {
		// an end within weeks, a departure fixed, no mission (round 18F)
		best, bestW, bestEvent = "demandeur_emploi", 5, true
		a.ev.word = best
	}
	if best == "salarie_prive" && bestW >= 6 && a.apprenticeFiredR20b() {
		// « apprentie coiffeuse, mon patron m'a virée hier » (round 20B):
		// the contract of apprenticeship is broken
		best, bestEvent = "demandeur_emploi", true
		a.ev.word = best
	}
	if (best == "" || best == "demandeur_emploi" && bestW <= 4) && a.seasonRunsR20b() {
		// « saisonnier …, contrat jusqu'en octobre » said in June: the
		// season runs, a wish for a stable job is no search of now (round 20B)
		best, bestW, bestEvent = "salarie_prive", 4, false
		a.ev.word = best
	}
	if best == "demandeur_emploi" && a.resignNoticeRunsR21c() {
		// « démission posée, préavis de trois mois »: the notice runs, the
		// contract with it (round 21C); a rule of law settles the rival
		// words of the resignation, as for the apprentice (round 9C)
		best, bestW, bestEvent = "salarie_prive", 5, false
		a.ev.word = "droit_prive"
	}
	if best == "" || best == statusUndecided {
		f.Status = ""
		return
	}
	a.noteEvidence(best, bestW, bestEvent, conf)
	a.namedEmployerR20k(best)
	if !a.calibrated(f, best) {
		return // weak or contradicted evidence: the dialogue asks (calibrate.go)
	}
	f.Status = best
	f.Why.Status = Origin{How: HowLexicon, Conf: a.ev.conf}
	if best == "agent_public" {
		f.Branch = a.branch()
		if f.Branch == "" {
			f.Doubts |= DoubtBranch
		} else {
			f.Why.Branch = Origin{How: HowLexicon, Conf: 80}
		}
	}
}

// publicAgentToo reports a public agent's status word (w ≥ 5:
// « fonctionnaire », « agent public ») stated about the writer now.
func (a *analyser) publicAgentToo() bool {
	for _, h := range a.sc.hits {
		if h.p.v != "agent_public" {
			continue
		}
		if v, w, ok := a.statusCandidate(h); ok && v == "agent_public" && w >= 5 {
			return true
		}
	}
	return false
}

// settleSector reads the employer words (kSector) of present clauses:
//   - an occupation of both sectors (« infirmière ») with a public employer
//     (« au CHU ») is an agent public, with a private one a private employee,
//     with none or an undecided one (« en EHPAD ») unknown: DoubtSector;
//   - a public employer overrides weaker private evidence (a contract word
//     or an occupation: « CDD à la mairie »), and an ending contract (« fin
//     de contrat » of a soldier: Défense mobilité, row 1);
//   - « au lycée » makes a pupil only when nothing says the visitor works
//     there.
func (a *analyser) settleSector(f *Facts, best string, bestW int8, bestEvent bool, undecided int8) string {
	var pubW, privW, ambW, pubEndW int8
	onLeave := best == statusUndecided && a.onParentalLeave() && !a.presentSector()
	for _, h := range a.sc.hits {
		if h.p.k != kSector || h.p.v == sectorNeutral || a.negated(h) || a.wished(h) && !(onLeave && a.returnPlace(h)) || a.ofRelative(h) || a.notTheEmployer(h) || a.civicEnded(h) || a.studiesAt(h) || a.leftSchoolAt(h) || a.attendsCoursesW1(h) {
			continue
		}
		if a.pastClause(h) && !(onLeave && a.contractIn(a.toks[h.start].clause)) {
			// the employer of « après 20 ans dans l'armée » still says
			// whose contract ends (« … je suis en fin de contrat »)
			if h.p.v == sectorPublic && a.afterYears(h) {
				pubEndW = max(pubEndW, h.p.w)
			}
			continue
		}
		v := h.p.v
		if v == sectorAmbiguous {
			// « dans un EHPAD de Guingamp, public » (round 18E)
			if s := a.sectorAside(h); s != "" {
				v = s
				h.p = &pattern{k: kSector, v: s, w: 5}
			}
		}
		switch v {
		case sectorPublic:
			if a.publicOnlyForTeachers(h) {
				ambW = max(ambW, h.p.w)
				continue
			}
			pubW = max(pubW, h.p.w)
			a.ev.pubNamedR20k = a.ev.pubNamedR20k || a.namedBodyR20k(h.start)
		case sectorPrivate:
			privW = max(privW, a.companyWeight(h))
			a.ev.privNamedR20k = a.ev.privNamedR20k || a.namedBodyR20k(h.start)
		case sectorAmbiguous:
			ambW = max(ambW, h.p.w)
		}
	}
	if a.communeEmploys() {
		pubW = max(pubW, 5) // « c'est Vénissieux qui m'emploie » (round 18E)
	}
	a.ev.pubW, a.ev.privW = pubW, privW // round 20K: namedEmployerR20k
	// an institution named (w ≥ 4: « au rectorat », « CPE », « soldat »)
	// says where the visitor works even without a status word
	works := undecided > 0 || a.worksVerb() || max(pubW, privW) >= 4
	switch {
	case best == statusUndecided || best == "" && works:
		switch {
		case pubW > privW && pubW >= ambW:
			return "agent_public"
		case privW > pubW && privW >= ambW:
			return "salarie_prive"
		case best == statusUndecided || ambW > 0:
			f.Doubts |= DoubtSector
			return ""
		}
		return best
	case best == "salarie_prive" && bestW <= 4 && pubW > privW && pubW >= 3:
		return "agent_public"
	case best == "agent_public" && bestW <= 4 && privW >= 5 && privW > pubW:
		// « je fais le ménage à la mairie mais je suis payée par une
		// entreprise de nettoyage », « agent de sécurité à la préfecture
		// pour une société privée »: the workplace is public (an
		// institution's name weighs 4), the employer named outright is not
		return "salarie_prive"
	case best == "salarie_prive" && pubW > privW && pubW >= 4:
		// « salarié d'une collectivité »: a public employer named outright
		// beats the everyday word; « de droit privé » would be private evidence
		return "agent_public"
	case best == "demandeur_emploi" && bestEvent && max(pubW, pubEndW) >= 4 && max(pubW, pubEndW) > privW && a.contractEvent() && !a.contractOver() && !a.endedPastR21m() && !a.contractEndsSoon() && !a.endSince():
		return "agent_public"
	case best == "etudiant" && bestW <= 3 && works && pubW > privW && pubW >= 3:
		return "agent_public"
	case best == "etudiant" && bestW <= 3 && works && privW > pubW && privW >= 3:
		return "salarie_prive"
	}
	return best
}

// hedged reports an event stated as a fear or a possibility in its clause
// (« peut-être », « risque de », « j'ai peur d'être licencié »): the
// visitor is still in work, and the dialogue asks if it matters.
func (a *analyser) hedged(h hit) bool {
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-6 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "risque", "risquer", "peur", "crains", "crainte", "menace", "menacee", "eventuellement", "possible", "probablement", "cas":
			// « au cas où », « en cas de »: a condition too
			return true
		case "si", "quand", "lorsque":
			// a condition (« si je suis licenciée, aurai-je droit… »), not a
			// fact; « même si » concedes a fact, and « quand » before a
			// passé composé tells one (« quand ma boîte a coulé »: round 13A)
			if (j == 0 || a.toks[j-1].s != "meme") && (a.toks[j].s == "si" || !a.pastAuxBetween(j, h.end)) {
				return true
			}
		case "peut":
			if j+1 < len(a.toks) && a.toks[j+1].s == "etre" {
				return true
			}
		default:
			if a.opinionHedge(j, h) || hedgeWordR18w(a.toks[j].s) { // « je pense que je vais être licencié » (round 18G), « elle craint d'être licenciée » (round 18W)
				return true
			}
		}
	}
	return false
}

// contractWord reports a status hit that names a contract, not a statute
// (« contractuel », « vacataire »): the employer settles its law.
func (a *analyser) contractWord(h hit) bool {
	for j := h.start; j < h.end; j++ {
		switch a.toks[j].s {
		case "contractuel", "contractuelle", "contractuels", "contractuelles", "vacataire", "vacataires":
			return true
		}
	}
	return false
}

// privateLawBody reports a private-law employer named outright (w ≥ 4:
// CAF, CPAM, La Poste, SNCF…) and no public one of the same weight.
func (a *analyser) privateLawBody() bool {
	var pubW, privW int8
	for _, h := range a.sc.hits {
		if h.p.k != kSector || a.negated(h) || a.pastClause(h) || a.wished(h) || a.ofRelative(h) || a.notTheEmployer(h) {
			continue
		}
		switch h.p.v {
		case sectorPublic:
			pubW = max(pubW, h.p.w)
		case sectorPrivate:
			privW = max(privW, h.p.w)
		}
	}
	return privW >= 4 && privW > pubW
}

// worksVerb reports a verb or noun saying that the visitor works somewhere
// (« je travaille à la mairie », « employée au collège »).
func (a *analyser) worksVerb() bool {
	for i, t := range a.toks {
		switch t.s {
		case "travaille", "bosse", "employe", "employee", "affecte", "affectee", "exerce", "poste", "contrat", "cdd", "cdi", "titulaire":
			if !a.negatedWork(i) {
				return true
			}
		case "emploie", "emploient", "paie", "paient", "paye", "payent":
			if a.employsMe(i) { // « c'est la région qui m'emploie » (round 18a)
				return true
			}
		}
	}
	return false
}

// contractEvent reports a contract ending (« fin de contrat », « mon contrat
// se termine »): for a public employer it does not make a job seeker.
func (a *analyser) contractEvent() bool {
	for _, h := range a.sc.hits {
		if h.p.k == kStatus && h.p.v == "demandeur_emploi" && h.p.event {
			for j := h.start; j < h.end; j++ {
				switch a.toks[j].s {
				case "contrat", "cdd", "fin":
					return true
				}
			}
		}
	}
	return false
}

// branch is the public-service branch named with the most weight; school
// staff who clean or cook in a school are territorial.
func (a *analyser) branch() string {
	if !a.memo {
		return a.branchAt()
	}
	// what it reads (hits, clauses, relatives) is settled once memo is
	if !a.branchMemoSet {
		a.branchMemo, a.branchMemoSet = a.branchAt(), true
	}
	return a.branchMemo
}

// branchAt is branch without the memo.
func (a *analyser) branchAt() string {
	best, bestW := "", int8(0)
	for _, h := range a.sc.hits {
		if h.p.k != kBranch || a.negated(h) || a.pastClause(h) || a.wished(h) || a.ofRelative(h) {
			continue
		}
		if h.p.w > bestW {
			best, bestW = h.p.v, h.p.w
		}
	}
	if best == BranchEducation && bestW <= 3 || best == BranchEtat && a.agriLyceeW1() {
		for _, t := range a.toks {
			if schoolStaff[t.s] {
				return BranchTerritoriale
			}
		}
	}
	return best
}

func (a *analyser) hasTrade() bool {
	return a.msgHas(clsTradeWords) // a token that is one of lex().trade
}

// boolFact reads cadre or handicap: stated → true, denied → false. With
// trueWins, one positive mention beats a denial ("pas de RQTH mais une
// pension d'invalidité"); otherwise the last mention wins.
func (a *analyser) boolFact(k kind, trueWins bool) *bool {
	var res *bool
	for _, h := range a.sc.hits {
		if h.p.k != k || (k == kCadre && (a.wished(h) || a.offeredPost(h) || a.cadrePerson(h) || a.cadreOtherTitleR20a(h) || a.cadreUnansweredR20a(h) || a.cadreCourseR20h(h) || a.cadreOfferedAfterR20q(h) || a.cadreServedR24b(h))) || a.ofRelative(h) && !((k == kHandicap || k == kCadre) && a.relativeOnlySubject()) || k == kHandicap && (a.othersDisability(h) || a.pendingRecognition(h) || a.notGranted(h) || a.notGrantedYet(h) || a.esatStaff(h) || a.mdphAuthority(h) || a.mdphAside(h) || a.figurativeHandicap(h) || a.lapsedLater(h) || a.handicapNotMineR20P(h) || a.handicapNotMineR21b(h) || a.handicapNotMineR22s(h) || a.eaStaffR24b(h) || a.figurativeHandicapR24b(h) || a.handicapServiceR24b(h) || a.handicapTalkedOfR24b(h) || a.handicapProspectR26d(h)) {
			continue // a wish, or a relative's (« mon mari est cadre »)
		}
		v := h.p.v == "1" && !a.negated(h) && !a.postNegated(h) && !(k == kHandicap && (a.recognitionDenied(h) || a.englishDeniedR20P(h) || a.handicapDeniedR24b(h))) && !(k == kCadre && (a.cadreEnglishDeniedR20a(h) || a.cadreDeniedR24b(h)))
		if trueWins && res != nil && *res {
			continue
		}
		res = boolp(v)
	}
	return res
}

// othersDisability reports a disability word about other people or a
// field of work, not the writer: « je travaille avec des personnes
// handicapées », « j'accompagne des enfants en situation de handicap »,
// « j'ai un enfant handicapé », « le secteur du handicap », « référente
// handicap », « je travaille à la MDPH ».
func (a *analyser) othersDisability(h hit) bool {
	c := a.toks[h.start].clause
	if s := a.toks[h.start].s; s == "cap" || s == "mdph" {
		// « conseillère à Cap emploi », « je travaille à la MDPH »: the
		// employer, not a recognition
		for j := h.start - 1; j >= 0 && j >= h.start-5 && a.toks[j].clause == c; j-- {
			if staffWords[a.toks[j].s] {
				return true
			}
		}
	}
	for j := h.start - 1; j >= 0 && j >= h.start-5 && a.toks[j].clause == c; j-- {
		s := a.toks[j].s
		if disabilityOthers[s] {
			return true
		}
		// « j'ai un enfant handicapé » (with a possessive, markRelatives
		// decides whose it is: « mon fils a une RQTH » may be written for him)
		if relativeNouns[s] && s != "n" && j > 0 && (a.toks[j-1].s == "un" || a.toks[j-1].s == "une" || a.toks[j-1].s == "des") {
			return true
		}
	}
	return false
}

// staffWords before « Cap emploi » or « MDPH » say the writer works there.
var staffWords = map[string]bool{"travaille": true, "bosse": true, "conseiller": true, "conseillere": true, "employe": true,
	"employee": true, "secretaire": true, "chargee": true, "charge": true, "agent": true, "agente": true, "salarie": true,
	"salariee": true, "assistante": true, "assistant": true, "psychologue": true, "directeur": true, "directrice": true}

// disabilityOthers are the words before a disability word that make it
// other people's or a field's (see othersDisability).
var disabilityOthers = map[string]bool{"personnes": true, "enfants": true, "eleves": true, "jeunes": true, "adultes": true,
	"publics": true, "usagers": true, "patients": true, "residents": true, "beneficiaires": true, "travailleurs": true,
	"secteur": true, "domaine": true, "referent": true, "referente": true, "referents": true,
	"accompagne": true, "accompagner": true, "accompagnant": true, "accompagnante": true, "aupres": true}

var (
	vTrue  = true
	vFalse = false
)

// boolp returns a pointer to a shared constant: Facts are values and their
// *bool fields are never written through, so sharing avoids an allocation.
func boolp(v bool) *bool {
	if v {
		return &vTrue
	}
	return &vFalse
}

// targetCues before a degree mean it is aimed at or being studied for, not
// held ("VAE pour un master", "en 2e année de licence").
var targetCues = map[string]bool{"pour": true, "preparer": true, "passer": true, "faire": true, "obtenir": true, "viser": true, "vise": true,
	"reprendre": true, "en": true, "annee": true, "integrer": true, "entrer": true, "suivre": true, "prepare": true, "vers": true, "valider": true,
	// a degree failed, left or begun is not held (« j'ai raté ma licence »,
	// « j'ai arrêté ma licence en L2 », « j'ai commencé un master »)
	"rate": true, "loupe": true, "echoue": true, "arrete": true, "abandonne": true, "lache": true, "quitte": true,
	"commence": true, "redouble": true, "debute": true,
	// « je fais un master », « si je fais une licence »: the present or the
	// future of « faire » is a course followed or planned, not a degree held
	// (round 16B; « j'ai fait un master » is: « fait » is no cue)
	"fais": true, "ferai": true, "ferais": true, "ferait": true, "fasse": true}

func (a *analyser) diplome() *bool {
	var res *bool
	for _, h := range a.sc.hits {
		if h.p.k != kDiplome || a.ofRelative(h) && !a.relativesYoungDegree() || h.p.v == "1" && (a.notADegree(h) || a.degreeWithoutR24b(h)) {
			continue // another's degree, or a word that names no degree here
		}
		if h.p.v == "0" {
			if res == nil {
				res = boolp(false)
			}
			continue
		}
		if a.negated(h) {
			res = boolp(false)
			continue
		}
		target := false
		for j := h.start - 1; j >= 0 && j >= h.start-3 && a.toks[j].clause == a.toks[h.start].clause; j-- {
			// (« né en 2002, master de droit »: a cue of another clause is not the degree's)
			if targetCues[a.toks[j].s] && !a.justDone(j) && !a.yearAfterEnR20d(j) && !a.graduateEnR21d(j) { // (« obtenu en 2024 un master »: round 20D)
				if u, ok := a.degreeUnderWay(h, j); !ok || u {
					target = true
				}
			}
		}
		if u, ok := a.degreeUnderWay(h, -1); ok && u {
			target = true
		}
		if a.degreeInCourse(h) || a.degreeNotHeld(h) || a.degreeUnderWayR19(h) || a.degreeAheadR20q(h) || a.apprenticeDegreeR22a(h) { // round 22A
			target = true // « j'ai trouvé une licence pro en alternance » (round 18B), « 2 ans de licence » (round 18N)
		}
		if !target || a.secondYearMaster(h) || a.finalYearSchoolR21d(h) { // (« dernière année d'école d'ingénieurs »: round 21D)
			return boolp(true)
		}
	}
	if res == nil && a.leftDegreeSchoolR24b() {
		return boolp(true) // « sortie d'école de commerce l'an dernier » (round 24B)
	}
	return res
}

// notADegree reports a degree word used for something else: « agent de
// maîtrise », « une bonne maîtrise de l'anglais », « je maîtrise Excel »
// (a maîtrise is a degree only as « une maîtrise en … »), « licence IV »,
// « licence de taxi », « master class », or a thesis « en cours ».
func (a *analyser) notADegree(h hit) bool {
	if a.degreeRequired(h) {
		return true // « il faut un master » (round 17A)
	}
	w := a.toks[h.start].s
	next, next2 := "", ""
	if h.end < len(a.toks) && a.toks[h.end].clause == a.toks[h.start].clause {
		next = a.toks[h.end].s
		if h.end+1 < len(a.toks) && a.toks[h.end+1].clause == a.toks[h.start].clause {
			next2 = a.toks[h.end+1].s
		}
	}
	switch w {
	case "maitrise":
		if a.maitriseFieldR20q(h) {
			return false // « une maîtrise de lettres » (round 20Q)
		}
		return next != "" && next != "en" || h.start > 0 && (a.toks[h.start-1].s == "de" || a.toks[h.start-1].s == "je" || a.toks[h.start-1].s == "bonne")
	case "licence", "licences":
		return next == "iv" || next == "4" || next == "de" && nonDegreeLicence[next2] || nonDegreeLicence[next] || a.tradeLicence(h)
	case "master", "masters":
		return next == "class" || next == "chef" || next == "card" || next == "classe"
	case "these", "doctorat":
		return next == "en" && next2 == "cours"
	}
	return false
}

// nonDegreeLicence are the licences that are no degree (a bar's, a taxi's,
// a sports federation's).
var nonDegreeLicence = map[string]bool{"taxi": true, "transport": true, "debit": true, "boisson": true, "boissons": true, "vtc": true,
	"peche": true, "chasse": true, "sport": true, "sportive": true, "club": true, "football": true, "foot": true, "federale": true,
	"restaurant": true, "bar": true, "alcool": true, "ffx": true, "import": true, "export": true, "exploitation": true}

func (a *analyser) wants() bool {
	for _, h := range a.sc.hits {
		if h.p.k == kWants && !a.negated(h) {
			return true
		}
	}
	return a.leftSchoolNow()
}

// project: the lowest tier wins, then the first mention. status is the
// status read: a job seeker's wished place (« je cherche un emploi en
// milieu ordinaire ») is a return to work, no move (q28a).
func (a *analyser) project(status string) string {
	best, bestW := "", int8(99)
	for _, h := range a.sc.hits {
		if h.p.k != kProject || h.p.w >= bestW || a.negated(h) || a.settlingOnly(h) {
			continue
		}
		if h.p.w == tierWishedPlace && (!a.wished(h) || a.wishDeniedR20h(h) || status == "demandeur_emploi") {
			continue // « je travaille en entreprise adaptée », « je ne veux pas aller en milieu ordinaire »: no project (q28a)
		}
		if h.p.w == tierWishedField {
			if !a.wished(h) || a.wishDeniedR20h(h) {
				continue // « je travaille dans la logistique »: the job held
			}
			best, bestW = fieldProject(status), h.p.w
			if a.leavingForcesP25b() {
				best = "reconversion" // leaving the army ahead, as below
			}
			continue
		}
		best, bestW = h.p.v, h.p.w
	}
	return best
}

// ProjectOrDefault is the project to display: a job seeker with no stated
// project wants to return to work; otherwise "autre".
func (f Facts) ProjectOrDefault() string {
	switch {
	case f.Project != "":
		return f.Project
	case f.Status == "demandeur_emploi":
		return "reprise_activite"
	}
	return "autre"
}

// cadreOnlyFormer reports that every « cadre » stated is a former one
// (« ancien cadre », « j'étais cadre »).
func (a *analyser) cadreOnlyFormer() bool {
	if a.onParentalLeave() {
		return false // the contract is suspended, not ended (round 14A)
	}
	former := false
	for _, h := range a.sc.hits {
		if h.p.k != kCadre || h.p.v != "1" || a.negated(h) || a.wished(h) || a.ofRelative(h) {
			continue
		}
		if !a.pastClause(h) && !a.cadreLeft(h) || a.cadreReachedR20q(h) {
			return false // (« j'ai été promue cadre »: round 20Q)
		}
		former = true
	}
	return former
}

// betweenPastAndPresent reports, in a clause holding both a past marker
// (« j'étais », « j'avais ») and a present one (« maintenant », « je suis »),
// a hit whose nearest marker before it is the past one: « avant j'étais
// fonctionnaire maintenant je suis indépendant », typed without a stop.
func (a *analyser) betweenPastAndPresent(h hit) bool {
	c := a.toks[h.start].clause
	last, lastPast := -1, false
	for _, m := range a.sc.hits {
		// (a marker holding the whole fact is before it too: « j'ai fait
		// deux CDD »; one that only shares its first words is not: « je
		// suis sortie du lycée »)
		if a.toks[m.start].clause != c || m.end > h.start && (m.start >= h.start || m.end < h.end) || m.start < last {
			continue
		}
		switch m.p.k {
		case kPast:
			last, lastPast = m.start, true
		case kPresent:
			last, lastPast = m.start, false
		}
	}
	return lastPast
}

// publicOnlyForTeachers reports a public sector word that settles the
// sector of teachers only:
//   - « privée sous contrat »: the teachers of a private school under
//     contract are public-law agents of the State (code de l'éducation,
//     L442-5 and L914-1), its other staff (surveillants, secretaries,
//     cleaners) private employees of the school's organisme de gestion;
//   - « une école » with no word of the public primary school
//     (maternelle, élémentaire, primaire: a pattern of its own): a school
//     may be private, of languages, of music, of driving…
//
// Without a teacher's word in the message it says nothing of the sector.
func (a *analyser) publicOnlyForTeachers(h hit) bool {
	s := a.toks[h.start].s
	switch {
	case s == "ecole" && h.end-h.start == 1 && h.start > 0 && a.toks[h.start-1].s == "une":
	case h.end-h.start >= 3 && a.toks[h.end-2].s == "sous" && a.toks[h.end-1].s == "contrat":
	default:
		return false
	}
	return !a.teacherNow() // (round 17B: « je voudrais devenir prof » is no teacher)
}

// teacherWords name a teacher (see publicOnlyForTeachers).
var teacherWords = map[string]bool{"prof": true, "profs": true, "professeur": true, "professeure": true, "professeurs": true,
	"enseignant": true, "enseignante": true, "enseignants": true, "enseignantes": true, "instit": true, "institutrice": true,
	"instituteur": true, "maitre": true, "maitresse": true, "enseigne": true, "documentaliste": true, "cpe": true}

// pendingRecognition reports a disability recognition waited for, in its
// clause before it: « j'attends la réponse de la MDPH pour la RQTH », « mon
// dossier RQTH est déposé », « en attente de RQTH ». A recognition not yet
// granted is none (code du travail L5213-1; lexicon_round6.go reads the
// forms written after the word).
func (a *analyser) pendingRecognition(h hit) bool {
	if h.p.v != "1" {
		return false
	}
	c := a.toks[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-8 && a.toks[j].clause == c; j-- {
		switch a.toks[j].s {
		case "attends", "attend", "attente", "attendant", "attendons", "depose", "deposee", "deposer", "dossier", "instruction":
			return !a.grantedAfter(h) // (« mon dossier MDPH est accepté »: granted)
		}
	}
	return false
}

// hiredFact reports « embauché(e) » after « suis », « été »: « je suis
// embauchée en CDI », « j'ai été embauché à la Poste » tell a fact, not
// the wish of being hired.
func (a *analyser) hiredFact(m hit) bool {
	switch a.toks[m.start].s {
	case "embauche", "embauchee", "embauches", "embauchees":
	default:
		return false
	}
	// « cuisinier au self, mais embauché par Elior »: the participle with
	// its agent names who hired, a fact (round 16B); a wish around it is a
	// hit of its own (« je voudrais être embauchée par Airbus »)
	if m.end < len(a.toks) && a.toks[m.end].s == "par" && a.toks[m.end].clause == a.toks[m.start].clause {
		return true
	}
	if m.start == 0 {
		return false
	}
	switch a.toks[m.start-1].s {
	case "suis", "est", "sommes", "ete", "etre":
		return true
	}
	return false
}
