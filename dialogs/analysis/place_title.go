package analysis

// A town named with the job is a workplace (issue 13, « the home is taken
// from the workplace »): « je suis gendarme à Valence », « policier
// municipal a nimes », « vacataire animatrice périscolaire ville de
// Rennes ». Nobody names a job with the
// town they live in but with the town they work in, so the home is then
// asked (Facts.Workplace + DoubtHome, dropWorkplaces). A course followed
// by a town (« étudiant en master à Poitiers », « en L2 de droit a
// Nanterre ») names where one studies, which is no more the home; it is
// not taken here yet: the question the dialogue would ask says « où vous
// travaillez » (texts.AskHomeWorkplace), which is wrong for a student, and
// the tuning labels split evenly on it (31 against 29).
//
// What is not a job stays a home: a situation without work (« au chômage à
// Lille », « demandeuse d'emploi sur Lens », « retraitée à Vannes », « au
// RSA »), a town after a verb of living (« j'habite à Valence », a home
// cue: such places never reach workplaceAt), and the items of an SMS list,
// where the age or a comma parts the job from the town (« vendeuse, 47
// ans, Dijon », « gendarme 40 ans ajaccio »).

// titleStatuses are the status values of the job titles and situations
// (kStatus) whose town is the workplace: public agents, who are posted
// (« affectés ») where the service is, whatever their home (« gendarme à
// Valence », « policier municipal a nimes », « vacataire … ville de
// Rennes »). Job seekers and retirees
// (« - ») work nowhere. The private and self-employed titles are left
// out: on the tuning sets their labels split (« vendeuse en CDI à Mâcon »,
// « artisan menuisier à Colmar », « commerçante à Uzès » are labelled
// homes about twice as often as workplaces: a shop, a craft or a small
// firm is mostly in the owner's or employee's own town), so such a town
// stays the home.
var titleStatuses = map[string]bool{"agent_public": true}

// titlePlacePreps introduce the town of a job: « à / a / au / sur / de /
// du / en / dans (le) … » (« ville de Rennes », « mairie de Lyon », « dans
// le Finistère », « en Seine-Saint-Denis »).
var titlePlacePreps = map[string]bool{"a": true, "au": true, "aux": true, "sur": true, "de": true, "du": true, "d": true,
	"des": true, "en": true, "dans": true, "ds": true}

// titleStops part a job title from a town after it: a subject (« gendarme,
// et je vis à Valence »: another sentence has begun), « mais », « ou ».
var titleStops = map[string]bool{"je": true, "j": true, "il": true, "elle": true, "on": true, "nous": true, "vous": true,
	"ils": true, "elles": true, "moi": true, "mais": true, "ou": true, "habite": true, "habitons": true, "vis": true, "vit": true,
	"vivons": true, "reside": true, "demeure": true, "domicilie": true, "domiciliee": true, "residant": true, "residante": true}

// titledWorkplace reports the town at i named after a job title or a
// situation of titleStatuses, or after a public employer (a kSector pattern
// of the public sector: « au rectorat de Corse à Ajaccio », « au SPIP de
// Metz »; the workplaceAt rule takes them within two words only), neither
// denied, wished nor past, within eight words of its clause, through a
// preposition right before the town. A number between them is an item of
// an SMS list (the age: « policière 38 ans à Nîmes » keeps the town as the
// home), except a duration (« kiné libérale depuis 12 ans à Niort »).
func (a *analyser) titledWorkplace(i int) bool {
	t := a.toks
	c := t[i].clause
	k := i - 1
	if k >= 0 && t[k].clause == c && (t[k].s == "le" || t[k].s == "la" || t[k].s == "l" || t[k].s == "les") {
		k-- // « dans le Finistère »
	}
	if k < 1 || t[k].clause != c || !titlePlacePreps[t[k].s] {
		return false
	}
	lo := k
	for j := k - 1; j >= 0 && j >= k-8 && t[j].clause == c; j-- {
		if t[j].num && !(j > 0 && durationWords[t[j-1].s]) || titleStops[t[j].s] || t[j].s == "et" && j+1 < len(t) && titleStops[t[j+1].s] {
			break
		}
		lo = j
	}
	for _, h := range a.sc.hits {
		if !(h.p.k == kStatus && titleStatuses[h.p.v] || h.p.k == kSector && h.p.v == sectorPublic && !h.p.event) || h.end > k || h.end <= lo || a.toks[h.start].clause != c {
			continue
		}
		if a.negated(h) || a.wished(h) || a.pastClause(h) {
			// « je ne suis plus policier », « je voudrais devenir
			// infirmière à Lyon », « avant j'étais serveuse à Marseille »:
			// no job held there now (a town left with the job may well
			// still be the home)
			continue
		}
		return true
	}
	return false
}

// durationWords before a number make it a duration (« depuis 12 ans »,
// « depuis 2016 »), not the age item of a list.
var durationWords = map[string]bool{"depuis": true, "pendant": true, "durant": true, "dpuis": true, "depui": true}

// livedThere reports the town at i said to be the home as well right
// after it (« vendeuse à Saint-Malo, où je vis », « magasinier à Béziers
// où j'habite », « commerçante à Uzès et j'habite au-dessus de la
// boutique », « éleveur près de Corte, j'y habite »): the place of work is
// then the home too, whatever job is named before it.
func (a *analyser) livedThere(i int) bool {
	t := a.toks
	for m := i + 2; m < len(t) && m <= i+7; m++ {
		if !a.is(m, clsLivedVerbs) {
			continue
		}
		p := t[m-1].s
		switch {
		case p == "y": // « j'y habite », « j y vis »
			return true
		case livedSubjects[p] && (t[m-2].s == "ou" || t[m-2].s == "y"): // « où je vis », « où nous habitons », « où elle habite »
			return true
		case livedSubjects[p] && m+1 < len(t) && (t[m+1].s == "dessus" || t[m+1].s == "au" && m+2 < len(t) && t[m+2].s == "dessus" ||
			t[m+1].s == "sur" && m+2 < len(t) && t[m+2].s == "place" || t[m+1].s == "la" && (m+2 == len(t) || t[m+2].clause != t[m+1].clause || t[m+2].s == "bas")):
			return true // « on habite au-dessus », « j'habite sur place », « j'habite là-bas »
		}
	}
	return false
}

var livedVerbs = map[string]bool{"habite": true, "habitons": true, "habitent": true, "vis": true, "vit": true, "vivons": true,
	"vivent": true, "loge": true, "logeons": true, "reside": true, "residons": true, "demeure": true}

var livedSubjects = map[string]bool{"je": true, "j": true, "nous": true, "on": true, "il": true, "elle": true, "ils": true, "elles": true}
