package dialogs

// The status question answered in the visitor's own words, for situations
// outside the five boxes (persona pc, issue 13): before, « en service
// civique », « saisonnier », « réfugié », « aidante », « j'ai deux
// boulots » or « rien » got « Je n'ai pas compris » and the same buttons
// again, and a student who said a side job was told the CEP was not for
// them (cep-domain.md §1.3 row 2 is for a student neither working nor
// seeking work).

import (
	"strings"

	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/intent"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// studentWorkWords say a job: a work verb or a job noun.
var studentWorkWords = map[string]bool{"travaille": true, "bosse": true, "taffe": true, "job": true, "jobs": true,
	"boulot": true, "work": true, "salarie": true, "salariee": true}

// studentNoJobWords, just before the job word, turn it around (« je ne
// travaille pas », « pas de job ») or make it a wish (« je cherche un
// petit job »); just after, a negation (« je bosse pas »).
var (
	studentNoJobBefore = map[string]bool{"pas": true, "ne": true, "n": true, "sans": true, "aucun": true, "cherche": true,
		"recherche": true, "trouver": true, "voudrais": true, "aimerais": true, "veux": true, "plus": true, "t": true,
		"not": true, "looking": true, "for": true, "want": true, "need": true, "etais": true, "ete": true}
	studentNoJobAfter = map[string]bool{"pas": true, "plus": true, "rien": true, "jamais": true}
)

// studentWorks reports a student's words (normalised) telling of a job
// held now: a job word neither negated nor wished for.
func studentWorks(norm string) bool {
	w := strings.Fields(norm)
	for i, x := range w {
		if !studentWorkWords[x] {
			continue
		}
		held := true
		for j := max(0, i-3); j < i; j++ {
			if studentNoJobBefore[w[j]] {
				held = false
			}
		}
		for j := i + 1; j < len(w) && j <= i+2; j++ {
			if studentNoJobAfter[w[j]] {
				held = false
			}
		}
		if held && heldByWriter(w, i) {
			return true
		}
	}
	return false
}

// heldByWriter reports the job word at i said of the writer: a verb after
// « je » (« je travaille », « je ne bosse »), a noun owned (« j'ai un
// job », « mon boulot », « avec un job »), « salarié » after « suis » —
// not « mon père travaille à la mairie ».
func heldByWriter(w []string, i int) bool {
	switch w[i] {
	case "travaille", "bosse", "taffe", "work":
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			switch w[j] {
			case "je", "j", "i":
				return true
			case "ne", "n", "also", "aussi":
				continue
			}
			return false
		}
		return false
	}
	for j := max(0, i-3); j < i; j++ {
		switch w[j] {
		case "ai", "mon", "avec", "suis", "have", "my":
			return true
		}
	}
	return false
}

// ownWords is a situation typed at the status question: the words that say
// it, the status it settles (or "" when it does not tell one: the hint
// says which button fits), the situation kept for the recap, the text said.
type ownWords struct {
	cues      []string
	status    string
	situation string
	text      func(c *texts.Catalog) string
}

var statusOwnWords = []ownWords{
	// A volunteer is no employee (code du service national L120-7); the
	// next step is prepared as a job seeker's, with the Mission locale
	// before 26 (row 4 wins on the age).
	{[]string{" service civique ", " service civik ", " service civic ", " servic civique ", " sce civique ",
		" volontaire en service ", " volontariat ", " civic service "},
		"demandeur_emploi", "service_civique", func(c *texts.Catalog) string { return c.CivicNoted }},
	// A CSP is a job seeker's (cep-domain.md §1.3 row 7); its full name
	// was not read where « en CSP » was.
	{[]string{" contrat de securisation ", " securisation professionnelle ", " contrat de secu "},
		"demandeur_emploi", "", nil},
	// An insertion contract (chantier d'insertion / ACI, entreprise
	// d'insertion: a CDDI, code du travail L5132-11-1, private law) is a
	// job held, row 8 (row 4 before 26); a path without a contract is
	// a job seeker's (row 7). « En insertion » alone says neither: the
	// hint names both buttons.
	{[]string{" chantier d insertion ", " atelier chantier d insertion ", " aci ", " cddi ", " contrat d insertion ",
		" entreprise d insertion ", " structure d insertion ", " entreprise adaptee d insertion ", " eti ", " etti ",
		" association intermediaire ", " en contrat d insertion "},
		"salarie_prive", "", func(c *texts.Catalog) string { return c.InsertionNoted }},
	{[]string{" parcours d insertion ", " accompagnement d insertion ", " suivi d insertion ",
		" parcours insertion "},
		"demandeur_emploi", "", nil},
	// A doctoral contract (décret 2009-464) is a public-law contract of
	// the university or research body: an agent public, row 1; a CIFRE
	// thesis is paid by a company, a private-law contract; a doctoral
	// student without a contract is a student (row 2).
	{[]string{" contrat doctoral ", " doctorant contractuel ", " doctorante contractuelle ", " doctoral contract "},
		"agent_public", "", func(c *texts.Catalog) string { return c.DoctoralNoted }},
	{[]string{" cifre ", " these cifre ", " convention industrielle "},
		"salarie_prive", "", nil},
	{[]string{" doctorant ", " doctorante ", " en these ", " en doctorat ", " je fais une these ", " je fais un doctorat ",
		" phd student ", " phd "},
		"etudiant", "", nil},
	{[]string{" en insertion ", " insertion "},
		"", "", func(c *texts.Catalog) string { return c.InsertionHint }},
	// Two jobs: both in the private sector, or one salaried and one
	// self-employed, go to the same row 8 (labelling convention of the
	// corpus: « j'ai deux boulots » is salarie_prive).
	{[]string{" deux boulots ", " deux emplois ", " deux jobs ", " deux employeurs ", " deux travails ", " plusieurs employeurs ",
		" plusieurs emplois ", " plusieurs boulots ", " two jobs "},
		"salarie_prive", "", func(c *texts.Catalog) string { return c.TwoJobsNoted }},
	// A seasonal worker between seasons is a job seeker, in season an
	// employee (CDD saisonnier), as the corpus labels them; the words
	// may come after the hint below (« entre deux saisons »).
	{[]string{" entre deux saisons ", " entre 2 saisons ", " hors saison ", " fin de saison ", " fin de la saison ",
		" intersaison ", " inter saison ", " between seasons ", " off season "},
		"demandeur_emploi", "", nil},
	{[]string{" en saison ", " pendant la saison ", " sous contrat ", " en contrat ", " in season "},
		"salarie_prive", "", nil},
	// « les deux » for two activities: which button decides is said.
	{[]string{" les deux ", " des deux ", " les 2 ", " both "},
		"", "", func(c *texts.Catalog) string { return c.BothHint }},
	{[]string{" saisonnier ", " saisonniere ", " saisonniers ", " saison ", " saisons ", " seasonal "},
		"", "", func(c *texts.Catalog) string { return c.SeasonalHint }},
	{[]string{" refugie ", " refugiee ", " demandeur d asile ", " demandeuse d asile ", " protection internationale ",
		" titre de sejour ", " diplome etranger ", " diplome a l etranger ", " diplome pas reconnu ", " diplome n est pas reconnu ",
		" etranger ", " etrangere ", " sans papiers ", " sans papier ", " refugee ", " asylum "},
		"", "", func(c *texts.Catalog) string { return c.ForeignHint }},
	{[]string{" aidant ", " aidante ", " aidants ", " proche aidant ", " proche aidante ", " je m occupe de ", " carer ", " caregiver "},
		"", "", func(c *texts.Catalog) string { return c.CarerHint }},
	// (At « Autre situation », « rien » is none of its buttons: the
	// advisor's call, ways_situations.go.)
	// An internship is part of studies (code de l'éducation L124-1), a
	// trainee of vocational training is a job seeker (row 7): which one
	// the word alone does not say.
	{[]string{" stagiaire ", " en stage ", " un stage ", " intern ", " internship "},
		"", "", func(c *texts.Catalog) string { return c.InternHint }},
	// A pension d'invalidité or the AAH says no status: who works goes
	// by their job, who does not and wants to, as a job seeker (row 5,
	// Cap emploi, either way).
	{[]string{" invalidite ", " invalide ", " aah ", " adulte handicape ", " pension d invalidite ", " disability pension "},
		"", "", func(c *texts.Catalog) string { return c.InvalidityHint }},
	{[]string{" rien ", " je fais rien ", " je ne fais rien ", " sans activite ", " inactif ", " inactive ", " nothing ",
		" je ne travaille pas ", " je travaille pas ", " je ne travaille plus ", " je travaille plus ", " pas de travail ",
		" benevole ", " benevolat ", " rentier ", " rentiere ", " mes rentes ",
		" i don t work ", " not working "},
		"", "", func(c *texts.Catalog) string { return c.NoActivityHint }},
}

// twoBoxes reads two status buttons typed together (« 2 et 4 », « 2, 4 »,
// « 2+4 ») and returns the status that decides the route, or "", and
// whether both are jobs held.
func twoBoxes(norm string) (string, bool) {
	st := twoBoxesStatus(norm)
	return st, st != "" && !strings.Contains(norm, "1") && !strings.Contains(norm, "5")
}

func twoBoxesStatus(norm string) string {
	f := strings.Fields(strings.NewReplacer("+", " ", ",", " ", "&", " ", "/", " ").Replace(norm))
	var nums []string
	for _, w := range f {
		switch w {
		case "et", "and", "plus", "+", "&":
			continue
		case "1", "2", "3", "4", "5":
			nums = append(nums, w)
		default:
			return ""
		}
	}
	if len(nums) != 2 || nums[0] == nums[1] {
		return ""
	}
	has := func(n string) bool { return nums[0] == n || nums[1] == n }
	switch {
	case has("3"):
		return "agent_public"
	case has("2"):
		return "salarie_prive"
	case has("4"):
		return "independant"
	case has("1"):
		return "demandeur_emploi" // a student looking for work is no longer row 2
	}
	return ""
}

// sickLeaveAlone reports the short answers that say a sick leave without
// the verb intent's patterns want (« je suis en arrêt »).
func sickLeaveAlone(norm string) bool {
	switch norm {
	case "en arret", "arret", "en arret de travail", "arret de travail", "toujours en arret", "en arret longue duree":
		return true
	}
	return false
}

// statusInOwnWords answers the status question, or « Autre situation »,
// from the visitor's own words when neither a button nor the analysis did.
// It returns false when the words are none of those above.
func (t *turn) statusInOwnWords() (bool, error) {
	if t.in.Choice != "" || t.text == "" {
		return false, nil
	}
	if _, ok := match(t.options(), "", t.text); ok {
		return false, nil
	}
	if t.analyse().Status != "" {
		return false, nil
	}
	s := t.paddedNorm()
	if t.state() == StateStatus {
		if st, jobs := twoBoxes(t.normText()); st != "" {
			// « 2 et 4 »: two activities at once, the one that decides
			// the route kept (an agent public's employer first, row 1;
			// a job held before a search; salaried and self-employed go
			// to the same row 8)
			t.setStatus(st)
			if jobs {
				t.say(t.x.TwoJobsNoted)
			} else {
				t.say(t.x.Noted)
			}
			return true, t.next()
		}
	}
	if sickLeaveAlone(t.normText()) && t.r.Situation != string(intent.SickLeave) {
		// « en arrêt » typed alone: the sick leave of « Autre situation »
		return true, t.otherSituation(intent.SickLeave)
	}
	for _, w := range statusOwnWords {
		if !containsAny(s, w.cues) {
			continue
		}
		if w.status == "" {
			// Said back with the buttons that fit, without « je n'ai pas
			// compris »; counted, so that a visitor stuck here is offered
			// a person.
			// the facts said with it (« je suis en invalidité »: the
			// disability) kept, without a « C'est noté » before the hint
			t.absorb(t.analyse())
			t.countFailure()
			// the job seeker's button as the status question shows it
			// (« En recherche d'emploi » when writing for a relative)
			seek := t.x.StatusJobSeeker
			if t.r.Proxy != "" {
				seek = t.x.ProxyJobSeeker
			}
			if h := w.text(t.x.Catalog); strings.Contains(h, "%s") {
				t.say(texts.Fill(h, seek))
			} else {
				t.say(h)
			}
			if t.s.Fails > 3 && t.consented() {
				// the hint said four times: a person takes over, as after
				// four answers not understood (fail)
				return true, t.humanRequest()
			}
			if t.state() == StateOther {
				// The hint names the status buttons: they are shown.
				t.r.Asked &^= askedStatus
				return true, t.goTo(EvAskStatus)
			}
			return true, t.ask()
		}
		t.absorb(t.analyse())
		t.setStatus(w.status)
		if w.situation != "" {
			t.r.Situation = w.situation
		}
		if w.text != nil {
			t.say(w.text(t.x.Catalog))
		} else {
			t.say(t.x.Noted)
		}
		return true, t.next()
	}
	return false, nil
}

// setStatus records a status answered at the status question.
func (t *turn) setStatus(status string) {
	t.r.Asked |= askedStatus
	if status != t.r.Facts.Status {
		t.r.Facts.Branch = ""
	}
	t.r.Facts.Status = status
	t.r.Facts.Why.Status = askedOrigin
	t.r.Facts.Settle()
	if status == "agent_public" || status == "etudiant" {
		t.r.Facts.Cadre = nil
	}
	t.factsChanged()
}

// studentWithJob answers the status question for a student who says a job
// held, in this answer or in the description: the status of the job, an
// employee's (the labelling convention: a working student has the status
// of the job; the CEP is open to them, arrêté du 16 juillet 2014, annexe
// §1.2), not the student's end. It reports whether it did.
func (t *turn) studentWithJob() bool {
	o, ok := match(t.options(), t.in.Choice, t.text)
	student := ok && o.Value == "etudiant"
	if !ok && t.in.Choice == "" && t.text != "" {
		student = t.analyse().Status == "etudiant"
	}
	if !student {
		return false
	}
	said := t.in.Choice == "" && studentWorks(t.normText())
	if !said && (t.r.Proxy != "" || !studentWorks(normalise(t.r.Request))) {
		return false
	}
	if t.in.Choice == "" && t.text != "" {
		t.absorb(t.analyse())
	}
	t.setStatus("salarie_prive")
	t.r.Flags |= flagStudentJob
	t.say(t.x.StudentWorkNoted)
	return true
}

// civicNowCues say a service civique under way in a description (« je suis
// en service civique », « mon service civique se termine »), not wished
// (« je voudrais faire un service civique ») nor past.
var civicNowCues = []string{" en service civique ", " volontaire en service civique ", " volontaire du service civique ",
	" en service civik ", " en service civic ", " en servic civique ", " en sce civique ", " en sc civique ",
	" mon service civique ", " je fais un service civique ", " je fais mon service civique "}

// civicInDescription settles the status of a volunteer whose description
// says a service civique under way and no status the analysis reads: the
// status question had no button for them. The status is read, not asked.
func (t *turn) civicInDescription() {
	if t.facts().Status != "" || t.r.Situation != "" {
		return
	}
	if !containsAny(t.paddedNorm(), civicNowCues) {
		return
	}
	f := analysis.Facts{Status: "demandeur_emploi"}
	f.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 90}
	t.storeFacts(t.facts().Merge(f))
	t.r.Situation = "service_civique"
	t.say(t.x.CivicNoted)
}

// studentWorksAtEnd applies « mais je travaille le week-end » written at
// the student's end, which asks « Si vous travaillez ou cherchez un
// emploi, corrigez votre situation »: before, « Je n'ai pas compris » and
// the same end (the analysis reads no status in a job without its
// employer). It reports whether it did, the dialogue gone back to the
// recap or the question the route now needs.
func (t *turn) studentWorksAtEnd() (bool, error) {
	if t.in.Choice != "" || t.text == "" || t.route().OutOfScope != "etudiant" || t.r.Proxy != "" {
		return false, nil
	}
	if _, ok := match(t.options(), "", t.text); ok || !studentWorks(t.normText()) {
		return false, nil
	}
	t.absorb(t.analyse())
	t.setStatus("salarie_prive")
	t.r.Operator, t.r.Agency, t.r.Modality, t.r.Offers, t.r.Pick = "", "", "", nil, nil
	t.r.Flags |= flagStudentJob
	t.say(t.x.StudentWorkNoted)
	return true, t.afterRevision()
}

// studentJobInDescription turns a student whose description says a job
// held (« je suis étudiant et j'ai un petit job ») into an employee, as
// the status question does: the analysis read the studies only, and the
// visitor was sent to the university's service (row 2 is for a student
// neither working nor seeking work). The status is read, not asked.
func (t *turn) studentJobInDescription() {
	if t.facts().Status != "etudiant" || !studentWorks(t.normText()) {
		return
	}
	f := analysis.Facts{Status: "salarie_prive"}
	f.Why.Status = analysis.Origin{How: analysis.HowPattern, Conf: 90}
	t.storeFacts(t.facts().Merge(f))
	t.r.Flags |= flagStudentJob
	t.say(t.x.StudentWorkNoted)
}
