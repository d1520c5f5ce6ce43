package dialogs

// Persona round pe5 (issue 13): facts the dialogue completes or keeps
// that were lost or misread in whole conversations.

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/geo"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// situationStatus sets the status a situation outside the boxes stands for
// (a retiree who looks for work, a soldier, someone at home or out of
// detention) with where it came from. Without an origin the recap showed
// the situation but left it out of « Compris dans vos messages » and
// « Précisé en réponse à mes questions », as if it had come from nowhere.
// Typed in the description it was understood; chosen or typed at a
// question (the status, « Autre situation », the retiree's question) it
// was an answer.
func (t *turn) situationStatus(status string) {
	t.r.Facts.Status = status
	t.r.Facts.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 80}
	switch t.state() {
	case StateRequest, StateNew, StateConsent:
	default:
		t.r.Facts.Why.Status = askedOrigin
	}
	t.factsChanged()
}

// renewedContract completes the status of a contract whose end is told
// with its renewal (« mon CDD finit dans 10 jours mais il sera
// renouvelé », « je suis en CDD à la mairie, il finit dans 10 jours mais
// il sera renouvelé »): the contract goes on, so the visitor is no job
// seeker (cep-domain.md §1.3 row 7 is for an end that comes), and the
// employer said before the end decides the status. The analysis read a
// job seeker, or nothing at all, and the status question answered that
// way was « Je n'ai pas compris ». The words before the end are read
// again alone (« je suis en CDD à la mairie »: an agent public; « mon
// CDD »: a contract, an employee); what they do not settle is asked.
// Not for a renewal denied (« il ne sera pas renouvelé »).
// s is the padded normalised message (see dialogueStatus).
func renewedContract(f analysis.Facts, s string, now time.Time) analysis.Facts {
	norm := s[1 : len(s)-1]
	if f.Status != "" && f.Status != "demandeur_emploi" && f.Status != "salarie_prive" || containsAny(s, relativeCues) ||
		!containsAny(s, renewalCues) || containsAny(s, []string{" pas ", " non ", " plus ", " jamais "}) {
		return f
	}
	w := strings.Fields(norm)
	end := -1
	for i, x := range w {
		if contractEndVerbs[x] {
			end = i
			break
		}
	}
	if end < 1 {
		return f
	}
	before := strings.Join(w[:end], " ")
	if !containsAny(" "+before+" ", []string{" cdd ", " contrat ", " mission ", " vacation ", " vacations ", " remplacement ", " interim "}) {
		return f
	}
	g := analysis.Analyse(before, now)
	if g.Status == "" || g.Status == "demandeur_emploi" {
		g = analysis.Analyse("je suis en "+strings.TrimPrefix(strings.TrimPrefix(before, "mon "), "ma "), now)
	}
	if g.Status == "" && f.Status != "demandeur_emploi" {
		return f // « il finit … mais il sera renouvelé »: the status read stays
	}
	f.Status, f.Branch = "", ""
	f.Why.Status, f.Why.Branch = analysis.Origin{}, analysis.Origin{}
	if g.Status != "" && g.Status != "demandeur_emploi" {
		f.Status, f.Branch = g.Status, g.Branch
		f.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 80}
		f.Why.Branch = g.Why.Branch
	}
	f.Doubts &^= analysis.DoubtStatus
	return f
}

// renewalCues tell a contract renewed or extended (normalised).
var renewalCues = []string{" renouvele ", " renouvelee ", " prolonge ", " prolongee ", " reconduit ", " reconduite ",
	" renouvellement ", " prolongation "}

// contractEndVerbs end the words that name the contract (« mon CDD finit
// dans 10 jours »), normalised.
var contractEndVerbs = map[string]bool{"finit": true, "termine": true, "finira": true, "terminera": true, "arrete": true,
	"expire": true, "prend": true, "s": true, "se": true, "qui": true, "il": true, "elle": true}

// sentenceOverStatusWord answers the status question with the status a
// sentence tells when it only begins with a button's word: « mon CDD
// finit dans 10 jours et il ne sera pas renouvelé » begins with « CDD »,
// a word of « Salarié(e) du privé », and was taken for that button, the
// end of the contract lost (a job seeker, cep-domain.md §1.3 row 7). A
// sentence of three words or more is read whole; a button's word alone
// (« CDD », « en CDI ») is still the button. It reports whether it
// answered.
func (t *turn) sentenceOverStatusWord() bool {
	if t.in.Choice != "" || t.wordCount() < 3 {
		return false
	}
	o, ok := match(t.options(), "", t.text)
	if !ok || o.Value == "autre" {
		return false
	}
	f := t.analyse()
	if f.Status == "" || f.Status == o.Value {
		return false
	}
	t.absorb(f)
	return true
}

// wishAtContractEnd completes the status of a visitor whose contract's end
// is only the time of a wish (« je voudrais un CDI à la fin de mon CDD »,
// « après mon contrat à la mairie j'aimerais me former »): the contract
// runs, its end is not dated, so the visitor is no job seeker yet (cep-
// domain.md §1.3 row 7 is for an end within weeks) but holds the contract
// named. The analysis read « fin de mon CDD » as the end come, and the
// wished CDI took the place of the running CDD in the recap. The end is
// read as « je suis en CDD » (with the employer said after it); an end
// dated (« dans 10 jours », « fin juin ») is left to the analysis.
// s is the padded normalised message (see dialogueStatus).
func wishAtContractEnd(f analysis.Facts, s string, now time.Time) analysis.Facts {
	if f.Status != "demandeur_emploi" || containsAny(s, relativeCues) || !containsAny(s, contractWishCues) ||
		containsAny(s, seekerCues) || containsAny(s, dateCues) {
		return f
	}
	for _, p := range contractEndTimes {
		i := strings.Index(s, p)
		if i < 0 {
			continue
		}
		g := analysis.Analyse("je suis en "+s[i+len(p):], now)
		if g.Status == "" || g.Status == "demandeur_emploi" {
			return f
		}
		f.Status, f.Branch = g.Status, g.Branch
		f.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 80}
		f.Why.Branch = g.Why.Branch
		f.Doubts &^= analysis.DoubtStatus
		return f
	}
	return f
}

// contractEndTimes date a wish by the end of one's contract (normalised);
// the contract's name follows.
var contractEndTimes = []string{" a la fin de mon ", " a la fin du ", " apres mon ", " a l issue de mon ", " au terme de mon "}

// contractWishCues say a wish (normalised).
var contractWishCues = []string{" voudrais ", " voudrai ", " aimerais ", " aimerai ", " souhaite ", " souhaiterais ",
	" veux ", " envisage ", " compte ", " j espere ", " espere "}

// seekerCues say the search has begun (normalised): the analysis is kept.
var seekerCues = []string{" chomage ", " chomeur ", " chomeuse ", " licencie ", " licenciee ", " inscrit ", " inscrite ",
	" demandeur ", " demandeuse ", " sans emploi ", " fini ", " termine ", " terminee ", " finit ", " s est termine ",
	" se termine ", " prend fin ", " arrive a terme ", " bientot ", " prochainement "}

// dateCues date the end (normalised): the analysis decides whether it
// is within weeks.
var dateCues = []string{" dans ", " semaine ", " semaines ", " jours ", " mois ", " janvier ", " fevrier ", " mars ",
	" avril ", " mai ", " juin ", " juillet ", " aout ", " septembre ", " octobre ", " novembre ", " decembre ",
	" prochain ", " prochaine ", " demain ", " le ", " en fin "}

// placeInRegion reads the commune given at the place question within the
// region the visitor said before (« je suis salariée en Bretagne », then
// « Saint-Aubin » or « Montauban »): the region narrowed the question to
// its départements, but the commune was then read in all France — the
// homonyms listed were in the Jura and the Landes, « Montauban » was the
// Tarn-et-Garonne's. Homonyms of the region are kept (one alone is
// taken); a commune of the region that extends the name (Montauban-de-
// Bretagne) is offered beside the one read elsewhere. It returns the
// place to absorb, or reports that the homonyms to choose from are set
// (t.r.Candidates).
func (t *turn) placeInRegion(p analysis.Facts) (analysis.Facts, bool) {
	region := t.facts().Region
	if region == "" || t.facts().Departement != "" || t.in.Choice != "" {
		return p, false
	}
	name := p.Commune
	if name == "" && len(p.Candidates) > 0 {
		name = candidatePlace(p.Candidates[0]).Commune
	}
	if name == "" || p.Departement != "" && geo.RegionOf(p.Departement) == region {
		return p, false
	}
	key := geo.Key(name)
	var same, longer []string
	for _, c := range geo.CommunesByKey(key) {
		if geo.RegionOf(c.Dep) == region && c.Population > 0 {
			same = append(same, analysis.CandidateLabel(c))
		}
	}
	for _, d := range geo.Departements() {
		if geo.RegionOf(d) != region {
			continue
		}
		for _, c := range geo.CommunesExtending(key, d) {
			longer = append(longer, analysis.CandidateLabel(c))
		}
	}
	if len(longer) > 3 {
		longer = longer[:3]
	}
	switch {
	case len(same) == 1 && len(longer) == 0:
		q := candidatePlace(same[0])
		q.Why.Place = askedOrigin
		return q, false
	case len(same) > 0:
		t.r.Candidates = append(same, longer...)
		return p, true
	case len(longer) > 0:
		// the region's communes first, as the region was said; the one
		// read elsewhere last: it may still be the one meant
		read := p.Candidates
		if p.Departement != "" {
			if c, ok := geo.CommuneIn(name, p.Departement); ok {
				read = []string{analysis.CandidateLabel(c)}
			}
		}
		t.r.Candidates = append(longer, read[:min(len(read), 1)]...)
		return p, true
	}
	return p, false
}

// toSlotsTakingWish goes to the slots once the way to meet is chosen. A
// day and a time wished before (« le mardi à 14 h » at the orientation or
// the way to meet) that are free are taken, as the same words typed at
// the slot question take that slot (slotTyped): before, the header said
// « les prochains créneaux libres le mardi à 14 h » above 14 h, 14 h 45
// and 15 h 30, and the visitor had to choose again what they had said. The
// slot is held and said; the confirmation still offers another one.
func (t *turn) toSlotsTakingWish() error {
	if err := t.fire(EvChooseMod); err != nil {
		return err
	}
	w := t.r.Wish
	if t.state() != StateSlot || !w.hasClock() || w.day() < 0 || len(t.r.Offers) == 0 {
		return t.ask()
	}
	a := t.agency()
	if a == nil || !atClock(t.r.Offers[0].slot(a), w) {
		return t.ask()
	}
	line := t.options()[0].Label
	if t.r.Lang == "" || t.r.Lang == texts.French {
		// « … est libre : mardi 1er décembre » (a French weekday is
		// lower case inside a sentence; an English one is not)
		r, size := utf8.DecodeRuneInString(line)
		line = string(unicode.ToLower(r)) + line[size:]
	}
	t.say(texts.Fill(t.x.SlotWishTaken, line))
	t.in.Choice, t.text = slotValue(0), ""
	return handleSlot(t)
}

// typedSlotDate reads a date typed at the slot question (« le 15
// décembre », « plutôt le 1er décembre ») with no time among the slots
// offered: the day from which slots are wished. Before, « Je n'ai pas
// compris », a date being neither a weekday nor a time. The date is the
// next one of that day and month (December's 15th typed in December is
// this year's; in January, next year's would be too far: this year's is
// over, the next one is taken).
func (t *turn) typedSlotDate() (time.Time, bool) {
	m := typedDate.FindStringSubmatch(strings.TrimSpace(t.normText()))
	if m == nil {
		return time.Time{}, false
	}
	day := 1
	if m[1] != "1er" {
		day, _ = strconv.Atoi(m[1])
	}
	month := 0
	for i, name := range frenchMonths {
		if strings.Contains(t.paddedNorm(), " "+m[1]+" "+name+" ") {
			month = i + 1
		}
	}
	if day < 1 || day > 31 || month == 0 {
		return time.Time{}, false
	}
	loc := time.Local
	if a := t.agency(); a != nil {
		loc = agenda.Location(a)
	}
	now := t.now.In(loc)
	d := time.Date(now.Year(), time.Month(month), day, 0, 0, 0, 0, loc)
	if d.Day() != day {
		return time.Time{}, false // « le 31 novembre »
	}
	if y, mo, dd := now.Date(); d.Before(time.Date(y, mo, dd, 0, 0, 0, 0, loc)) {
		d = d.AddDate(1, 0, 0)
	}
	return d, true
}

// frenchMonths are the months as typedDate reads them (normalised).
var frenchMonths = []string{"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
	"octobre", "novembre", "decembre"}

// offerFromDate offers the slots from a date typed at the slot question;
// a day, a part of the day or a time wished with it are kept.
func (t *turn) offerFromDate(from time.Time) error {
	if !t.keepWish() {
		t.keepClockWish() // « le 15 décembre à 10 h »
	}
	after := from.Add(-time.Second)
	if after.Before(t.now) {
		after = time.Time{}
	}
	if err := t.offerSlots(after); err != nil {
		return err
	}
	t.s.Step++ // the earlier buttons are now stale
	return nil
}

// sayFromDate says the date the slots offered start from.
func (t *turn) sayFromDate(from time.Time) {
	name := from.Format("Monday 2 January")
	if t.frenchDates() {
		name = strings.TrimSuffix(texts.DayYear(from), " "+strconv.Itoa(from.Year())) // « mardi 15 décembre »
	}
	t.say(texts.Fill(t.x.SlotFromDate, name))
}
