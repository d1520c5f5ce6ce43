package analysis

// Round 20Q of issue 13 — family: the cadre status and the graduate (bac+3
// or more) fact, which decide rows 3 and 6 of cep-domain.md §1.3 (Apec).
// Found by a systematic gap search (a scratch set of 176 messages written
// for the family: the status said outright, denied, past and present, a
// relative's, the degrees held, under way or aimed at), not by a hunt in
// the labelled sets. Each rule says why it is right:
//
//   - « au forfait jours », « forfait annuel en jours »: the working-time
//     agreement of the cadres who organise their own time (code du travail
//     L3121-58 1°), open also to non-cadres « dont la durée du temps de
//     travail ne peut être prédéterminée » (L3121-58 2°). Most people on it
//     are cadres but not all, so it is no « cadre: yes »: with the cadre
//     not said it raises DoubtCadre (round 20I's question) instead of
//     letting rows 7–8 read « no ».
//   - « j'ai été promu(e) cadre », « nommée cadre », « embauché comme
//     cadre »: a promotion or a hire into the status, told in the passé
//     composé, whose result holds now, as « je suis passé cadre » already
//     does; it stays former when a later step is told (« puis », a
//     dismissal, a resignation) or the status went back.
//   - « redevenu technicien », « repassée agent de maîtrise »: the status
//     went back to non-cadre (the last state told is the one of now).
//   - « un poste de cadre m'a été proposé »: an offer in the passive is no
//     more the writer's status than « on me propose un poste de cadre »
//     (offeredPost, round 15A).
//   - « mastère spécialisé »: the Conférence des grandes écoles' label of a
//     course after a bac+5 (a degree of bac+6).
//   - « diplôme d'ingé », « école d'ingé »: the usual clipping of
//     « ingénieur », as « diplôme d'ingénieur » of lexicon.go.
//   - « diplôme / titre (RNCP) de niveau 6, 7 or 8 »: the levels of the
//     cadre national des certifications professionnelles (décret 2019-14,
//     art. D6113-19 code du travail: level 6 = licence, 7 = master, 8 =
//     doctorat), and levels I and II of the nomenclature of 1969 (bac+5 and
//     bac+3/4) still written on older titles. Only after the certificate's
//     name: a « niveau 7 » alone may be a grade of a collective agreement.
//   - « une maîtrise de lettres », « maîtrise d'histoire »: the pre-LMD
//     degree (bac+4) named with its discipline and no article; « la
//     maîtrise de l'anglais », « maîtrise d'œuvre » stay skills or trades.
//   - « j'aurai ma licence en juin », « j'obtiendrai mon master »: the
//     future of having or obtaining a degree says it is not held yet; « je
//     finis ma licence » is under way (a master's final year holds the M1,
//     bac+4, as round 16A's secondYearMaster says, so « je finis mon
//     master » stays held).
//
// Left as they were: a bare « je suis cadre » (or « ancien cadre ») with no
// employer nor contract keeps its status asked: the labelled sets leave it
// open (« Je suis cadre, 45 ans, Rennes »: status null) since a cadre may be
// a public agent (« cadre de santé », « cadre A »); « mes collègues sont
// cadres, pas moi » and « CSP : employé » read no cadre (nil, not « no »),
// which routes alike.

import "strings"

// round20qSpecs are the patterns of round 20Q.
var round20qSpecs = []patSpec{
	{p: "mastere|masteres", k: kDiplome, v: "1"},
	{p: "diplome|diplomee|diplomes|diplomees|ecole|ecoles d inge|inges", k: kDiplome, v: "1"},
	{p: "inge|inges diplome|diplomee|diplomes|diplomees", k: kDiplome, v: "1"},
	{p: "diplome|diplomes|titre|titres|certification|certifications|rncp de? niveau 6|7|8|i|ii", k: kDiplome, v: "1"},
	{p: "redevenu|redevenue|repasse|repassee|retrograde|retrogradee technicien|technicienne|employe|employee|ouvrier|ouvriere|etam", k: kCadre, v: "0"},
	{p: "redevenu|redevenue|repasse|repassee|retrograde|retrogradee non cadre", k: kCadre, v: "0"},
	{p: "redevenu|redevenue|repasse|repassee|retrograde|retrogradee agent de maitrise", k: kCadre, v: "0"},
}

// cadreReachedR20q reports a « cadre » hit right after a promotion or a
// hire into the status (« promue cadre », « embauché comme cadre ») with no
// later step told: the state reached holds now, though its verb is past.
func (a *analyser) cadreReachedR20q(h hit) bool {
	t := a.toks
	j := h.start - 1
	if j >= 1 && (t[j].s == "comme" || t[j].s == "que" && j >= 2 && t[j-1].s == "tant") {
		if t[j].s == "que" {
			j -= 2 // « en tant que »
		}
		j--
		if j < 0 || !hiredWordsR20q[t[j].s] {
			return false
		}
	} else if j < 0 || !promotedWordsR20q[t[j].s] {
		return false
	}
	for k := h.end; k < len(t); k++ {
		if laterStepR20q[t[k].s] {
			return false
		}
	}
	return true
}

var (
	promotedWordsR20q = map[string]bool{"promu": true, "promue": true, "promus": true, "promues": true, "nomme": true, "nommee": true}
	hiredWordsR20q    = map[string]bool{"embauche": true, "embauchee": true, "recrute": true, "recrutee": true, "engage": true, "engagee": true}
	// a step told after the promotion: it may have ended since
	laterStepR20q = map[string]bool{"puis": true, "ensuite": true, "redevenu": true, "redevenue": true, "retrograde": true,
		"retrogradee": true, "demissionne": true, "demissionnee": true, "licencie": true, "licenciee": true, "quitte": true,
		"chomage": true, "rupture": true}
)

// cadreOfferedAfterR20q reports a « cadre » post offered in the passive
// (« un poste de cadre m'a été proposé », « on m'a offert … » is before it
// and offeredPost's).
func (a *analyser) cadreOfferedAfterR20q(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	toMe := false
	for k := h.end; k < len(t) && k <= h.end+4 && t[k].clause == c; k++ {
		switch t[k].s {
		case "m", "me", "nous":
			toMe = true
		case "propose", "proposee", "offert", "offerte":
			return toMe
		}
	}
	return false
}

// doubtForfaitR20q raises DoubtCadre for the writer on a forfait en jours
// whose cadre status is not said (L3121-58: cadres, and some non-cadres).
func (a *analyser) doubtForfaitR20q(f *Facts) {
	if !cadreDecidesRoute(f) {
		return
	}
	t := a.toks
	for i, tk := range t {
		if tk.s != "forfait" && tk.s != "forfaits" {
			continue
		}
		days := i+1 < len(t) && (t[i+1].s == "jour" || t[i+1].s == "jours") ||
			i+3 < len(t) && t[i+1].s == "annuel" && t[i+2].s == "en" && (t[i+3].s == "jour" || t[i+3].s == "jours")
		if !days {
			continue
		}
		denied := false
		for k := i - 1; k >= 0 && k >= i-4 && t[k].clause == tk.clause; k-- {
			switch t[k].s {
			case "pas", "plus", "jamais", "non", "sans", "not":
				denied = true
			}
		}
		if !denied {
			f.Doubts |= DoubtCadre
			return
		}
	}
}

// maitriseFieldR20q reports « maîtrise de|d' <discipline> » with no
// article: the pre-LMD degree, not a skill (« la maîtrise de l'anglais »).
func (a *analyser) maitriseFieldR20q(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	if h.end+1 >= len(t) || t[h.end].clause != c || t[h.end+1].clause != c || t[h.end].s != "de" && t[h.end].s != "d" {
		return false
	}
	if h.start > 0 {
		switch t[h.start-1].s {
		case "de", "je", "bonne", "parfaite", "excellente", "la", "sa", "ma":
			return false // « agent de maîtrise », « je maîtrise », « la maîtrise de … »
		}
	}
	return degreeFieldsR20q[t[h.end+1].s]
}

// degreeFieldsR20q are the disciplines a university degree is named after
// (the « mentions » of the licence and master, arrêté du 22 janvier 2014).
var degreeFieldsR20q = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("droit lettres histoire geographie philosophie philo psychologie psycho sociologie socio " +
		"economie eco gestion sciences mathematiques maths physique chimie biologie informatique anglais allemand espagnol " +
		"italien langues lea lce linguistique communication aes staps musicologie arts") {
		m[w] = true
	}
	return m
}()

// degreeAheadR20q reports a degree whose holding is ahead: the future of
// « avoir », « obtenir », « valider » before it (« j'aurai ma licence en
// juin »), or « je finis / elle finit » a degree other than a master.
func (a *analyser) degreeAheadR20q(h hit) bool {
	t := a.toks
	c := t[h.start].clause
	for j := h.start - 1; j >= 0 && j >= h.start-3 && t[j].clause == c; j-- {
		switch t[j].s {
		case "aurai", "auras", "aura", "obtiendrai", "obtiendra", "validerai", "validera", "decrocherai":
			return true
		case "finis", "finit":
			s := t[h.start].s
			return s != "master" && s != "masters" && s != "m2" && s != "mastere"
		}
	}
	return false
}
