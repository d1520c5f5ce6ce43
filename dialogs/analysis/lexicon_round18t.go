package analysis

// Round 18T of issue 13: tuning71's voices — long stories told with dates
// where the last situation counts, school staff, soldiers.

// round18tSpecs are the patterns of round 18T.
var round18tSpecs = []patSpec{
	// « En 2020 j'ai été licenciée. Depuis janvier je suis en CDD »: a
	// month or a season after « depuis » opens the present of the story,
	// as « depuis, je… » does (lexicon.go); the status told after it is
	// the one now (cep-domain.md §1.3: the situation at the time of the
	// request routes)
	{p: "depuis janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|la|cette|ce|cet rentree|printemps|ete|automne|hiver je|j", k: kPresent},
	// a trainee teacher (« enseignant stagiaire », « prof stagiaire ») is a
	// fonctionnaire stagiaire, appointed and paid by the State before
	// tenure (décret n° 94-874 du 7 octobre 1994, stagiaires de l'État):
	// row 1 of cep-domain.md §1.3, not a student although the INSPE
	// trains him or her
	// a soldier's contract that is over (« contrat d'engagé volontaire fini
	// le 30 », « mon engagement s'est terminé en mars »): no longer
	// military, a job seeker (cep-domain.md §1.3 row 7; §1.5 keeps Défense
	// mobilité for those in service or leaving, so a contract that « se
	// termine dans trois semaines » is not read here)
	{p: "contrat|engagement d|de engage|engagee volontaire fini|finie|terminee|achevee", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	// (the soldier's word of employers.go inside it is what ended)
	{p: "contrat|engagement d|de engage|engagee volontaire fini|finie|terminee|achevee", k: kPast},
	{p: "contrat|engagement d|de engage|engagee volontaire s est fini|finie|termine|terminee|acheve|achevee|arrete|arretee", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "contrat|engagement d|de engage|engagee volontaire a pris fin", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "contrat|engagement d|de engage|engagee volontaire a pris fin", k: kPast},
	{p: "contrat|engagement d|de engage|engagee volontaire a expire", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	// « j'ai créé mon auto-entreprise », « on a lancé notre micro-entreprise »:
	// the business created is a micro-enterprise (CSS L613-7), the more
	// precise status that round 14A's « j'ai créé mon entreprise » reads
	// as independant (cep-domain.md §1.3 row 8)
	{p: "ai|a|avons|ont cree|ouvert|monte|lance mon|ma|notre|une|un|son|sa|leur propre? auto|micro entreprise|entreprises", k: kStatus, v: "auto_entrepreneur", w: 5, event: true},
	// a gap year (« je suis en césure entre mon M1 et mon M2 », « en année
	// de césure »): the student stays enrolled in his or her institution
	// during the césure (décret n° 2018-372, art. D611-15 code de
	// l'éducation): a student, row 2 of cep-domain.md §1.3
	{p: "suis|es|est|etre en cesure", k: kStatus, v: "etudiant", w: 5},
	{p: "suis|es|est|etre en|une annee|semestre de|d cesure", k: kStatus, v: "etudiant", w: 5},
	{p: "enseignant|enseignante|enseignants|professeur|professeure|prof|profs|instituteur|institutrice|cpe stagiaire|stagiaires", k: kStatus, v: "agent_public", w: 6},
}

// yearBeforeR18t reports an event dated by a past year written just
// before it in its sentence (« En 2020, j'ai été licenciée », « 2016 :
// licenciement économique »): longAgo reads the year after the event in
// its clause only. A CDD told after such an event (« Depuis janvier je
// suis en CDD ») is the job of now, the dated loss of work is over
// (cep-domain.md §1.3: the situation at the time of the request routes;
// §4: a fin de CDD makes a job seeker only when it is near).
func (a *analyser) yearBeforeR18t(h hit) bool {
	toks := a.toks
	for i := h.start - 1; i >= 0 && i >= h.start-5; i-- {
		if sentenceEnd(toks[i].after) {
			return false
		}
		if toks[i].num && len(toks[i].s) == 4 && !a.now.IsZero() {
			if v, n := leadingInt(toks[i].s); n == 4 && v >= 1950 && v < a.now.Year() {
				return true
			}
		}
	}
	return false
}

// spouseBareR18t are the partners named without a possessive in a
// telegraphic message (« Mari dans la gendarmerie, moi secrétaire… »).
// « femme » is left out: « femme, 40 ans » describes the writer; so are
// « conjoint » and « conjointe », which open the writer's own status of
// conjoint collaborateur (code de commerce L121-4).
var spouseBareR18t = map[string]bool{"mari": true, "epoux": true, "compagnon": true, "compagne": true, "copain": true, "copine": true, "concubin": true, "concubine": true}

// bareSpouseR18t reports at i a partner named without a possessive at the
// start of a clause (« Mari dans la gendarmerie, moi… », « Compagnon
// militaire, moi en CDD »): the partner's job is a relative's, as after
// « mon mari » (relatives.go; cep-domain.md §4: the status is the
// writer's own). It returns the span's start and the noun, or -1.
func (a *analyser) bareSpouseR18t(i int) (start, noun int) {
	t := a.toks
	if i > 0 && t[i-1].clause == t[i].clause || i+1 >= len(t) || t[i+1].clause != t[i].clause || !a.is(i, clsSpouseBareR18t) {
		return -1, 0
	}
	if t[i+1].s == "et" || t[i+1].s == "de" || t[i+1].s == "d" {
		return -1, 0 // « mari et moi… », « compagne de route »
	}
	return i, i
}

// round18tSms spells out « AE », the short form of auto-entrepreneur in
// telegraphic messages (« AE depuis 3 ans / 38 », « livreur, AE, 24
// ans »): the micro-entrepreneur regime (code de la sécurité sociale
// L613-7), cep-domain.md §1.3 row 8. « ae » is no French word.
var round18tSms = map[string]string{"ae": "auto entrepreneur"}

// pastYearR18t reports the year of a dated step at token i: a year before
// this one (« 2021 »), or a span that ended before it (« 2013-2020 »).
func (a *analyser) pastYearR18t(i int) bool {
	t := a.toks[i]
	if !t.num || a.now.IsZero() {
		return false
	}
	v, n := leadingInt(t.s)
	if n != 4 || v < 1950 || v >= a.now.Year() {
		return false
	}
	if len(t.s) == 4 {
		return true
	}
	if len(t.s) == 9 && t.s[4] == '-' {
		w, m := leadingInt(t.s[5:])
		return m == 4 && w >= v && w < a.now.Year()
	}
	return false
}

// datedStepR18t reports a status word dated as a step of a story told by
// years (« En 2021 : CDI chez Airbus », « 2013-2020 : coiffeuse
// salariée », « CDD 2021, CDD 2022, intérim 2023 »), when the story then
// tells the present (« Aujourd'hui : chômage », « chômage depuis juin »,
// « Depuis mai : … »): the dated step is over; the situation of now
// routes (cep-domain.md §1.3). A year after « depuis » (« CDI depuis
// 2019 ») dates a state that goes on and is not read.
func (a *analyser) datedStepR18t(h hit) bool {
	t := a.toks
	dated := false
	for i := h.start - 1; i >= 0 && i >= h.start-4; i-- {
		if sentenceEnd(t[i].after) {
			break
		}
		if a.pastYearR18t(i) {
			// the year opens its clause (« 2024 : CDD », « En 2021 : CDI »),
			// not « née en 2001, au chômage », « lancée en 2020, en micro »
			// (« 2013-2020 » may come as two years, « de 2013 à 2020 »)
			if i > 0 && t[i-1].num {
				i--
			}
			dated = a.opensClauseR18t(i) || i > 0 && t[i-1].s == "en" && a.opensClauseR18t(i-1)
			break
		}
	}
	if !dated && h.end < len(t) && a.pastYearR18t(h.end) && t[h.end].clause == t[h.start].clause {
		dated = true // « CDD 2021 »
	}
	if !dated {
		return false
	}
	for _, m := range a.sc.hits {
		if m.start < h.end || m.p.k != kPresent {
			continue
		}
		if s := t[m.start].s; s == "je" || s == "j" {
			continue // « je suis »: a tense, not a time
		}
		return true
	}
	for j := h.end; j < len(t); j++ {
		if t[j].s == "depuis" && t[j].after == ':' {
			return true // « Depuis : sans activité »
		}
		if t[j].s == "depuis" && j+1 < len(t) && t[j+1].clause == t[j].clause && !a.pastYearR18t(j+1) && !sinceThenR18t[t[j+1].s] {
			return true // (« depuis, j'instruis… », « depuis je… »: the dated step goes on)
		}
	}
	return false
}

// opensClauseR18t reports token i as the first of its clause.
func (a *analyser) opensClauseR18t(i int) bool {
	return i == 0 || a.toks[i-1].clause != a.toks[i].clause
}

// sinceThenR18t are the words after a « depuis » that means « since then »
// (« depuis je travaille là », « depuis ce jour »): the dated step goes on.
var sinceThenR18t = map[string]bool{"je": true, "j": true, "on": true, "nous": true, "ce": true, "cette": true, "ca": true, "cela": true,
	"lors": true, "il": true, "elle": true, "que": true, "qu": true}

// ageClauseR18t reports clause c as the writer's age told alone between
// commas (« …en contrat aidé PEC, 42 ans, et il se termine dans trois
// semaines »): an aside, so the clause after it may take the contract up
// (extract.go contractEnds; cep-domain.md §4: an end of contract within
// weeks makes a job seeker).
func (a *analyser) ageClauseR18t(c int32) bool {
	t := a.toks
	first := a.firstOfClause(c)
	if first < 0 || !t[first].num {
		return false
	}
	n := 1
	if first+1 < len(t) && t[first+1].clause == c {
		if s := t[first+1].s; s != "ans" && s != "an" && s != "a" {
			return false
		}
		n = 2
	}
	if first+n < len(t) && t[first+n].clause == c {
		return false
	}
	if n == 1 {
		s := t[first].s
		return len(s) > 1 && (s[len(s)-1] == 'a') // « 42a »
	}
	return true
}

// datedEventOverR18t reports an event dated as a step of a story told by
// years (« 2016 : licenciement économique ») followed by a status of
// another kind told later in the story's present (« Depuis janvier :
// salarié non cadre dans une coopérative »): the loss of work is over,
// as supersededEvent reads it after « aujourd'hui » (cep-domain.md §1.3:
// the situation at the time of the request routes).
func (a *analyser) datedEventOverR18t(h hit) bool {
	if !h.p.event || !a.datedStepR18t(h) {
		return false
	}
	for _, m := range a.sc.hits {
		if m.start < h.end || m.p.k != kStatus || m.p.v == statusUndecided || m.p.v == "-" || statusGroup(m.p.v) == statusGroup(h.p.v) {
			continue
		}
		if a.negated(m) || a.sc.rel[m.start] || a.wished(m) || m.p.event || a.datedStepR18t(m) || a.pastClause(m) {
			continue
		}
		return true
	}
	return false
}

// inaptPublicR18t reports « déclaré inapte » (round 13A reads it as the
// dismissal that follows in private law, code du travail L1226-2-1) said
// beside a public agent's word (« adjoint technique territorial … le
// médecin m'a déclaré inapte à mon poste », « sous-officier … déclaré
// inapte »): a fonctionnaire or a soldier found unfit is reclassified by
// the administration (code général de la fonction publique L826-1 s.,
// décret n° 85-1054; Défense mobilité for the military), not dismissed —
// still row 1 of cep-domain.md §1.3.
func (a *analyser) inaptPublicR18t(h hit) bool {
	if h.p.v != "demandeur_emploi" || a.toks[h.end-1].s != "inapte" {
		return false
	}
	for _, m := range a.sc.hits {
		public := m.p.k == kStatus && m.p.v == "agent_public" && !m.p.event || m.p.k == kSector && m.p.v == sectorPublic
		if public && a.sc.rel[m.start] == a.sc.rel[h.start] && !a.negated(m) && !a.pastClause(m) && !a.wished(m) {
			return true
		}
	}
	return false
}
