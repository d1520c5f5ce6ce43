package dialogs

// Situations outside the status boxes, writing for a relative, under 16
// (issue 14).

import (
	"regexp"
	"strings"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/intent"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// otherSituation handles a situation outside the status boxes, chosen from
// « Autre situation » or typed.
func (t *turn) otherSituation(sit intent.Situation) error {
	t.r.Situation = string(sit)
	t.r.Asked |= askedStatus
	switch sit {
	case intent.Retired:
		if retireeWorks(normalise(t.original())) || workingStatus[t.r.Facts.Status] {
			// « retraité mais je travaille à mi-temps »: holding a job,
			// the CEP is open; the status of that job is asked.
			return t.retiredWorking()
		}
		if retireeSeeksWork(normalise(t.original())) || t.r.Proxy == "" && retireeSeeksWork(normalise(t.r.Request)) {
			// (the wish may be the description's, the retirement said
			// at the status question: « je voudrais retravailler », then
			// « retraité »)
			// « je voudrais retravailler à mi-temps »: the wish to work
			// already answers « Cherchez-vous un emploi ? » with « oui »,
			// as that button would (a job seeker, France Travail).
			t.situationStatus("demandeur_emploi")
			return t.next()
		}
		return t.goTo(EvRetired)
	case intent.ESAT:
		t.r.Facts.Handicap = new(true)
		t.factsChanged()
		t.say(t.x.ESATNoted)
	case intent.SickLeave, intent.ParentalLeave:
		// The contract goes on: the status decides, asked with a note.
		if your, _ := t.proxy(); your != "" {
			t.say(texts.Fill(t.x.ProxyLeaveNoted, your))
		} else {
			t.say(t.x.LeaveNoted)
		}
		t.r.Asked &^= askedStatus
		if t.r.Facts.Status == "" {
			return t.goTo(EvAskStatus)
		}
	case intent.Military:
		t.situationStatus("agent_public")
		t.say(t.x.MilitaryNoted)
	case intent.AtHome:
		t.situationStatus("demandeur_emploi")
		t.say(t.byAge(t.x.AtHomeNoted, t.x.AtHomeNotedYoung, t.x.AtHomeNotedAgeless))
	case intent.Detention:
		// Held or just out: the way back to work is France Travail's,
		// with the SPIP (row 7: a job seeker, registered or not).
		t.situationStatus("demandeur_emploi")
		t.say(t.byAge(t.x.DetentionNoted, t.x.DetentionNotedYoung, t.x.DetentionNotedAgeless))
	case intent.DontKnow:
		t.r.Situation = ""
		if t.r.Asked&askedSectorPay != 0 && t.r.Facts.Status == "" {
			// Someone who works and could not say twice whether their
			// employer is public or private: the situations of the next
			// menu (retired, ESAT, parental leave…) are not theirs. A
			// person of the reception settles it with them
			// (cep-domain.md §1.3 row 9).
			t.r.Flags |= flagHumanStatusAsked
			if your, _ := t.proxy(); your != "" {
				t.say(texts.Fill(t.x.ProxySectorUnsureCall, your))
			} else {
				t.say(t.x.SectorUnsureCall)
			}
			return t.humanRequest()
		}
		t.say(t.x.UnsureInfo)
		return t.goTo(EvOther)
	}
	return t.next()
}

func otherQuestion(t *turn) (string, []option) {
	return t.x.OtherAsk, []option{
		{Value: string(intent.Retired), Label: t.x.OtherRetired, Words: []string{"retraite", "retraitee", "retired"}},
		{Value: string(intent.ESAT), Label: t.x.OtherESAT, Words: []string{"esat"}},
		{Value: string(intent.SickLeave), Label: t.x.OtherSickLeave, Words: []string{"arret maladie", "arret", "malade", "sick leave"}},
		{Value: string(intent.Military), Label: t.x.OtherMilitary, Words: []string{"militaire", "armee", "military"}},
		{Value: string(intent.ParentalLeave), Label: t.x.OtherParental, Words: []string{"conge parental", "conge maternite", "parental leave"}},
		{Value: string(intent.AtHome), Label: t.x.OtherAtHome, Words: []string{"au foyer", "mere au foyer", "pere au foyer"}},
		{Value: string(intent.Detention), Label: t.x.OtherDetention, Words: []string{"prison", "en prison", "detention", "en detention",
			"detenu", "detenue", "incarcere", "incarceree", "sortant de prison", "sortie de prison", "in prison", "out of prison"}},
		// none of the situations listed (« rien de tout ça », « aucune »):
		// the advisor's call is the way out, not « je n'ai pas compris »
		{Value: "conseiller", Label: t.x.UnsureCall, Words: withUnsure("conseiller", "etre recontacte", "aucune", "aucun", "rien",
			"autre", "autre chose", "ni l un ni l autre", "none", "none of these", "nothing")},
	}
}

func handleOther(t *turn) error {
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok && t.otherStated() == intent.DontKnow {
		o, ok = option{Value: "conseiller"}, true
	}
	if !ok {
		if t.text != "" {
			if sit := t.otherStated(); sit != "" && sit != intent.DontKnow {
				return t.otherSituation(sit)
			}
			if done, err := t.statusInOwnWords(); done {
				return err
			}
			if f := t.analyse(); f.Status != "" {
				t.absorb(f)
				return t.next()
			} else if t.absorbNew(f) {
				// « 35 », « Lyon »: kept (« C'est noté. »), the
				// situation is still asked, without a failure.
				return t.ask()
			}
		}
		return t.fail(t.x.NotUnderstood+" "+t.x.Choose, t.x.StatusExample)
	}
	if o.Value == "conseiller" {
		t.r.Flags |= flagHumanStatusAsked
		return t.humanRequest()
	}
	return t.otherSituation(intent.Situation(o.Value))
}

func retiredQuestion(t *turn) (string, []option) {
	return t.x.RetiredInfo, []option{
		{Value: "oui", Label: t.x.RetiredSeek, Words: append([]string{"je cherche", "chercher", "travailler", "emploi"}, yesWords...)},
		{Value: "non", Label: t.x.RetiredNot, Words: noWords},
		{Value: "emploi", Label: t.x.RetiredWorking, Words: []string{"je travaille", "travaille", "j ai un emploi", "i work", "i still work"},
			Within: []string{"je travaille", "je bosse", "cumul", "mi temps", "temps partiel", "still work"}},
	}
}

// volunteerCues say volunteering, unpaid work (normalised, between spaces).
var volunteerCues = []string{" benevolat ", " benevole ", " benevoles ", " volontariat associatif ", " association ",
	" associations ", " associatif ", " volunteer ", " volunteering ", " charity "}

// retiredWorkCues say a retiree still holds a job (normalised, between
// spaces).
var retiredWorkCues = []string{" je travaille ", " je bosse ", " cumul emploi retraite ", " cumul emploi ",
	" j ai un emploi ", " j ai un petit boulot ", " je suis salarie ", " je suis salariee ",
	" i still work ", " i work "}

// retiredTimeCues say how much a retiree works (« à mi-temps »); alone
// they say a job held, but with a wish (« je voudrais retravailler à
// mi-temps ») they say the job wanted: the retiree was told « Vous
// travaillez encore » and never asked whether they look for a job.
var (
	retiredTimeCues = []string{" a mi temps ", " a temps partiel ", " temps partiel ", " part time "}
	retiredWishCues = []string{" retravailler ", " reprendre ", " voudrais ", " voudrai ", " aimerais ", " souhaite ",
		" souhaiterais ", " cherche ", " recherche ", " trouver ", " envie ", " would like ", " want ", " looking for ", " find ",
		// said of a relative (« mon mari est retraité, il voudrait un
		// petit boulot »): the same wish, before asked again
		" voudrait ", " aimerait ", " souhaiterait ", " veut "}
)

// retireeWorks says a retiree's message (normalised) tells of a job held.
func retireeWorks(norm string) bool {
	s := " " + norm + " "
	if containsAny(s, retiredWorkCues) {
		return true
	}
	return containsAny(s, retiredTimeCues) && !containsAny(s, retiredWishCues)
}

// retiredWorkObjects name the work wished for: a wish cue alone
// (« je voudrais des informations ») is no wish to work.
var retiredWorkObjects = []string{" retravailler ", " travailler ", " reprendre une activite ", " reprendre un emploi ",
	" reprendre le travail ", " un emploi ", " un travail ", " un job ", " un boulot ", " un petit boulot ",
	" un petit travail ", " un petit emploi ", " un petit job ",
	" une activite ", " a job ", " job ", " work again ", " to work ", " back to work "}

// retiredNegations turn the wish around (« je ne veux plus travailler »,
// « I don't want to work »).
var retiredNegations = []string{" ne ", " n ", " plus ", " pas ", " not ", " don t ", " do not ", " no longer ", " never "}

// retiredMaybe are the hesitant yeses to « Cherchez-vous un emploi ? ».
var retiredMaybe = []string{" peut etre ", " pourquoi pas ", " pk pas ", " pq pas ", " eventuellement ", " ca depend ",
	" maybe ", " why not ", " perhaps "}

// retiredWorkAnswer reports an answer to the retiree's question that
// wishes work without a wish verb (« un petit boulot oui », « travailler un
// peu ») or hesitates towards it (« peut-être »), not negated.
func retiredWorkAnswer(norm string) bool {
	s := " " + norm + " "
	for _, h := range retiredHesitations {
		// « je sais pas trop, peut-être un petit boulot », « pourquoi
		// pas »: their « pas » negates no work
		s = strings.ReplaceAll(s, h, " ")
	}
	if containsAny(" "+norm+" ", retiredMaybe) && !containsAny(s, retiredNegations) {
		return true
	}
	if containsAny(s, retiredNegations) {
		return false
	}
	return containsAny(s, retiredWorkObjects) || retireeSeeksWork(strings.TrimSpace(s))
}

// retiredHesitations hold a « pas » that negates nothing of the work.
var retiredHesitations = []string{" je ne sais pas trop ", " je sais pas trop ", " je ne sais pas ", " je sais pas ", " sais pas ",
	" pourquoi pas ", " pk pas ", " pq pas ", " i don t know ", " not sure "}

// retiredRefusal reports « je ne veux pas travailler », « plus de
// travail pour moi »: the work named and negated, a « non ».
func retiredRefusal(norm string) bool {
	s := " " + norm + " "
	return containsAny(s, retiredNegations) && (containsAny(s, retiredWorkObjects) || containsAny(s, []string{" travailler ", " travail ", " work "}))
}

// retireeSeeksWork says a retiree's message (normalised) states a wish to
// work: a wish cue and the work wished for, not negated.
func retireeSeeksWork(norm string) bool {
	s := " " + norm + " "
	return containsAny(s, retiredWishCues) && containsAny(s, retiredWorkObjects) && !containsAny(s, retiredNegations)
}

// workingStatus are the statuses of someone who holds a job: a retiree who
// states one (« retraité, je suis auto-entrepreneur en plus ») works, and
// the CEP is open to them (cep-domain.md §1.1, arrêté du 16 juillet 2014,
// annexe §1.2: retirees « lorsqu'ils occupent un emploi »).
var workingStatus = map[string]bool{"salarie_prive": true, "agent_public": true, "independant": true, "artisan": true,
	"profession_liberale": true, "auto_entrepreneur": true}

// retiredWorking goes on for a retiree who still works: the CEP is open
// to them, the status of their job decides the route.
func (t *turn) retiredWorking() error {
	if your, _ := t.proxy(); your != "" {
		t.say(texts.Fill(t.x.ProxyRetiredWorkNoted, texts.UpperFirst(your)))
	} else {
		t.say(t.x.RetiredWorkNoted)
	}
	t.r.Asked &^= askedStatus
	if t.r.Facts.Status == "" {
		return t.goTo(EvAskStatus)
	}
	return t.next()
}

func handleRetired(t *turn) error {
	if t.in.Choice == "" && retireeWorks(t.normText()) {
		// « oui je travaille à temps partiel » is not « oui, je cherche »
		return t.retiredWorking()
	}
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok {
		if f := t.analyse(); f.Status == "demandeur_emploi" {
			o, ok = option{Value: "oui"}, true
		}
	}
	if !ok && t.in.Choice == "" && retiredWorkAnswer(t.normText()) {
		// « un petit boulot oui », « je voudrais bien travailler un
		// peu », « peut-être, pourquoi pas »: the work wished for, or a
		// yes that hesitates, answers « oui » (France Travail can help
		// to explore); before, « Je n'ai pas compris ».
		o, ok = option{Value: "oui"}, true
	}
	if !ok && t.in.Choice == "" && retiredRefusal(t.normText()) {
		o, ok = option{Value: "non"}, true
	}
	volunteer := false
	if !ok && t.in.Choice == "" && containsAny(t.paddedNorm(), volunteerCues) {
		// « j'aimerais faire du bénévolat »: no job sought, the
		// retiree's « non », with where volunteering is found; before,
		// « Je n'ai pas compris » (persona w2)
		o, ok, volunteer = option{Value: "non"}, true, true
	}
	if !ok {
		return t.fail(t.x.NotUnderstood+" "+t.x.Choose, t.x.RetiredInfo)
	}
	if o.Value == "emploi" {
		return t.retiredWorking()
	}
	if o.Value == "oui" {
		t.situationStatus("demandeur_emploi")
		return t.next()
	}
	// Outside the CEP: who may still help, then an end.
	if volunteer {
		t.say(t.x.VolunteerNoted)
	}
	t.say(t.x.Later)
	t.sayContacts("")
	return t.goTo(EvStop)
}

// under16 ends the questionnaire for a visitor under 16 with the right
// contacts: the school's guidance, the CIO, the Mission locale from 16; an
// apprentice is an employee. It offers to correct the age once, never a
// loop.
func (t *turn) under16() error {
	return t.goTo(EvUnder16)
}

func under16Question(t *turn) (string, []option) {
	if t.optionsOnly {
		return "", under16Options(t)
	}
	text, apprentice := t.x.Under16End, t.x.ApprenticeYoung
	if your, _ := t.proxy(); your != "" {
		text, apprentice = texts.Fill(t.x.ProxyUnder16End, your), texts.Fill(t.x.ProxyApprenticeYoung, your)
	}
	if t.r.Situation == string(intent.Apprentice) || intent.Has(t.requestSituations(), intent.Apprentice) {
		text = apprentice + "\n" + t.contacts(directory.KindMissionLocale).Render(t.x.Reach)
	}
	return text, under16Options(t)
}

func under16Options(t *turn) []option {
	return []option{
		{Value: "age", Label: t.x.Under16Mistake, Words: []string{"erreur", "trompe", "je me suis trompe", "mauvais age", "wrong age"}},
		{Value: "fin", Label: t.x.Finish, Words: []string{"terminer", "fin", "merci", "ok", "d accord", "finish", "thanks"}},
	}
}

func handleUnder16(t *turn) error {
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok {
		// An age typed again: taken as the correction.
		if age, aok := analysis.ParseAge(t.text, t.now); aok && age >= 16 && age < 100 {
			// « non pardon j'ai 21 ans, je cherche du travail à Nice »:
			// the sentence's other facts are kept with the age.
			f := analysis.Facts{}
			if t.wordCount() >= 3 {
				f = t.analyse()
			}
			f.Age = age
			t.absorb(f)
			t.r.Facts.Age = age
			t.factsChanged()
			return t.next()
		}
		if t.s.Fails == 0 && t.in.Choice == "" {
			// « quoi ? », « Marseil »: the two buttons once more, then
			// the end — it ended at once, « Écrivez /start »
			return t.fail(t.x.NotUnderstood+" "+t.x.Choose, t.x.Choose)
		}
		t.say(t.x.ExitEnd)
		return t.goTo(EvStop)
	}
	if o.Value == "age" {
		return t.goTo(EvAskAge)
	}
	t.say(t.x.ExitEnd)
	return t.goTo(EvStop)
}

// proxy returns the relative the visitor writes for: « votre fils » and
// the pronoun, or "" when they write for themselves.
func (t *turn) proxy() (your, pronoun string) {
	g, noun, ok := strings.Cut(t.r.Proxy, ":")
	if !ok || noun == "" {
		return "", ""
	}
	if n := t.x.RelativeNames[noun]; n != "" {
		noun = n
	}
	your = texts.Fill(t.x.ProxyYour, noun)
	pronoun = t.x.PronounHe
	if g == "f" {
		pronoun = t.x.PronounShe
	}
	return your, pronoun
}

// proxyQuestion is the question of a collecting state asked about the
// relative, in the third person; "" when the state has no such form.
func (t *turn) proxyQuestion(st State) string {
	your, pronoun := t.proxy()
	if your == "" {
		return ""
	}
	switch st {
	case StateRetired:
		// « Cherchez-vous un emploi ? » asked the writer, not the retiree
		return texts.Fill(t.x.ProxyRetiredInfo, your, pronoun, texts.UpperFirst(your))
	case StateStatus:
		return texts.Fill(t.x.ProxyStatusAsk, your)
	case StateAge:
		return texts.Fill(t.x.ProxyAgeAsk, your)
	case StatePlace:
		if t.workplaceOnly() != "" || len(t.regionDeps()) > 0 {
			return "" // placeQuestion says where the relative works, or offers the départements
		}
		return texts.Fill(t.x.ProxyPlaceAsk, your)
	case StateCommune:
		// homonyms: « Laquelle est celle de votre fils ? », not « la
		// vôtre »; a misspelt name to confirm is asked the same way
		if len(t.r.Candidates) > 1 {
			return texts.Fill(t.x.ProxyCommuneAsk, your)
		}
	case StateHandicap:
		// After « Question facultative : », not a sentence's start.
		return texts.Fill(t.x.ProxyHandicap, your, pronoun)
	case StateCadre:
		q := t.x.ProxyCadre
		if t.proxyFeminine() {
			q = t.x.ProxyCadreF
		}
		return texts.Fill(q, texts.UpperFirst(your), pronoun, your)
	case StateProject:
		return texts.Fill(t.x.ProxyProjectAsk, your)
	case StateSector:
		if t.r.Asked&askedSectorPay != 0 {
			return texts.Fill(t.x.ProxySectorPayAsk, your)
		}
		return texts.Fill(t.x.ProxySectorAsk, your)
	case StateBranch:
		return texts.Fill(t.x.ProxyBranchAsk, your)
	}
	return ""
}

// statusLabel names the visitor's situation for the recap: the status, and
// the situation outside the boxes when there is one (« salarié(e) du privé,
// en arrêt maladie », « travailleur en ESAT »).
func (t *turn) statusLabel() string {
	st := t.x.StatusNames[t.facts().Status]
	sit := t.x.SituationNames[t.r.Situation]
	switch {
	case sit == "" && t.facts().Status == "agent_public" && t.branchName() != "":
		return texts.Fill(t.x.RecapBranch, st, t.branchName())
	case sit == "":
		return st
	case st == "" || sitAlone[t.r.Situation]:
		return sit
	}
	return st + ", " + sit
}

// sitAlone are the situations said alone in the recap: their status is
// the route's (a volunteer is prepared as a job seeker), not what the
// visitor would say of themself (« demandeur d'emploi, volontaire en
// service civique » read as a mistake).
var sitAlone = map[string]bool{"service_civique": true}

// branchName is the agent public's branch, as the recap says it.
func (t *turn) branchName() string {
	switch t.facts().Branch {
	case analysis.BranchEtat:
		return t.x.BranchEtatName
	case analysis.BranchEducation:
		return t.x.BranchEducationName
	case analysis.BranchTerritoriale:
		return t.x.BranchTerritorialName
	case analysis.BranchHospitaliere:
		return t.x.BranchHospitalName
	case analysis.BranchArmees:
		return t.x.BranchArmeesName
	}
	return ""
}

// thirdToFirst turns the usual third-person forms into the first person.
var thirdToFirst = func() *strings.Replacer {
	pairs := []string{
		"il a", "j'ai", "elle a", "j'ai", "il est", "je suis", "elle est", "je suis",
		"il n'a", "je n'ai", "elle n'a", "je n'ai", "il n'est", "je ne suis", "elle n'est", "je ne suis",
		"il habite", "j'habite", "elle habite", "j'habite", "il vit", "je vis", "elle vit", "je vis",
		"il cherche", "je cherche", "elle cherche", "je cherche", "il travaille", "je travaille", "elle travaille", "je travaille",
		"il veut", "je veux", "elle veut", "je veux", "il voudrait", "je voudrais", "elle voudrait", "je voudrais",
		"il ne", "je ne", "elle ne", "je ne", "il fait", "je fais", "elle fait", "je fais",
		"et cherche", "et je cherche", "et veut", "et je veux", "et voudrait", "et je voudrais",
		// (persona pe1: « mon frère sort de prison », « ma sœur touche
		// l'AAH », « mon fils rentre d'Australie »)
		"il sort", "je sors", "elle sort", "je sors", "il perçoit", "je perçois", "elle perçoit", "je perçois",
		"il percoit", "je percois", "elle percoit", "je percois", "il revient", "je reviens", "elle revient", "je reviens",
		"il vient", "je viens", "elle vient", "je viens", "il finit", "je finis", "elle finit", "je finis",
		"il était", "j'étais", "elle était", "j'étais", "il etait", "j'etais", "elle etait", "j'etais",
		"il aimerait", "j'aimerais", "elle aimerait", "j'aimerais", "il souhaiterait", "je souhaiterais",
		"elle souhaiterait", "je souhaiterais", "il sera", "je serai", "elle sera", "je serai",
		"il", "je", "elle", "je",
	}
	var args []string
	for i := 0; i < len(pairs); i += 2 {
		from, to := pairs[i], pairs[i+1]
		args = append(args, " "+from+" ", " "+to+" ", " "+texts.UpperFirst(from)+" ", " "+texts.UpperFirst(to)+" ")
	}
	return strings.NewReplacer(args...)
}()

// firstPerson rewrites a message about a relative in the first person for
// the analysis (« il a arrêté l'école et cherche un emploi » → « j'ai
// arrêté l'école et je cherche un emploi »); names keep their capitals.
func firstPerson(s string) string {
	s = relativeSubject.ReplaceAllString(s, "${1}il ${5} ")
	s = relativeAged.ReplaceAllString(s, "${1}j'ai ${5} ans, il ")
	return strings.TrimSpace(thirdToFirst.Replace(" " + s + " "))
}

// firstPersonDescription is firstPerson for the description of a visitor
// who writes for a relative: the relative named after « pour » stays
// (« je suis fonctionnaire, j'écris pour ma fille de 30 ans »), as it
// tells the analysis for whom the message is and that the age is hers.
func firstPersonDescription(s string) string {
	s = dropWriterIntro(s)
	s = proAged.ReplaceAllString(s, "${1}, ${2} ans")
	s = forRelativeThen.ReplaceAllString(s, "${1}, ${5}")
	s = replaceNotAfterFor(relativeSubject, s, "${1}il ${5} ")
	s = replaceNotAfterFor(relativeAged, s, "${1}j'ai ${5} ans, il ")
	return strings.TrimSpace(thirdToFirst.Replace(" " + s + " "))
}

// dropWriterIntro drops the clauses before the relative named as a subject
// (« je suis retraitée, ma fille de 24 ans cherche du travail »): the
// writer introduced themself, and once the relative's « elle » became
// « je », the analysis read a retiree seeking work — no status, asked
// again (persona w2). A clause that says for whom (« j'écris pour mon
// fils, il… ») is left to the analysis, which keeps it as the writer's.
func dropWriterIntro(s string) string {
	at := -1
	for _, re := range []*regexp.Regexp{relativeSubject, relativeAged} {
		if m := re.FindStringSubmatchIndex(s); m != nil && (at < 0 || m[3] < at) {
			at = m[3]
		}
	}
	if at <= 0 {
		return s
	}
	before := strings.TrimSpace(s[:at])
	if before == "" || !strings.ContainsAny(before[len(before)-1:], ",.;:!") {
		return s
	}
	low := " " + strings.ToLower(before) + " "
	if strings.Contains(low, " pour ") || strings.Contains(low, " pr ") {
		return s
	}
	return s[at:]
}

// replaceNotAfterFor is re.ReplaceAllString(s, repl) but for the matches
// whose relative follows « pour ».
func replaceNotAfterFor(re *regexp.Regexp, s, repl string) string {
	var out []byte
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		before := strings.ToLower(strings.TrimSpace(s[:m[3]]))
		if before == "pour" || strings.HasSuffix(before, " pour") {
			continue
		}
		out = append(out, s[last:m[0]]...)
		out = re.ExpandString(out, repl, s, m)
		last = m[1]
	}
	return string(append(out, s[last:]...))
}

// proAged is a person in the writer's charge and their age (« un patient
// de 50 ans », « une de mes élèves âgée de 17 ans »): the age is read as
// the person's when it follows the noun after a comma (« un patient, 50
// ans »), as the analysis reads an apposition (issue 13, proxypro).
var proAged = regexp.MustCompile(`(?i)\b((?:un|une|mon|ma|notre|l'une|l'un|la|le)\s+(?:de\s+(?:mes|nos)\s+)?(?:patiente?s?|usag(?:er|ère)s?|b[ée]n[ée]ficiaires?|salari[ée]e?s?|[ée]l[èe]ves?|agente?s?|prot[ée]g[ée]e?s?|stagiaires?|collaborat(?:eur|rice)s?|apprentie?s?))\s+(?:[âa]g[ée]e?\s+)?de\s+(\d{1,2})\s*ans\b`)

// relativeNoun is a relative named with a possessive (« mon père », « ma
// petite-fille », « notre fils »).
const relativeNoun = `(mon|ma|notre)\s+(petite?-|belle-|beau-)?(fils|fille|enfant|ado|adolescente?|femme|[ée]pouse|mari|[ée]poux|conjointe?|compagnon|compagne|copain|copine|fr[èe]re|s(?:oeu|œu)r|p[èe]re|m[èe]re|papa|maman|neveu|ni[èe]ce|cousine?|amie?)`

// forRelativeThen: « c pour mon fils il est contractuel » typed without a
// comma. The analysis keeps a description's first person in the clause
// that says for whom it is written as the writer's (« je suis
// fonctionnaire, j'écris pour mon fils »), so once « il est » became « je
// suis » the son's facts were the writer's and all dropped: the status,
// the age and the workplace asked again. The comma the writer left out
// closes that clause (issue 13, persona p24b).
var forRelativeThen = regexp.MustCompile(`(?i)(\bpour\s+` + relativeNoun + `)\s+(il|elle)\b`)

// relativeSubject: the relative is the subject of a verb (« mon père a 61
// ans », « ma fille cherche »): « il », which firstPerson then makes « je »;
// relativeAged: the relative and their age (« ma fille de 17 ans a arrêté
// le lycée ») — the age was read as the relative's, the writer's unknown,
// and asked again after the visitor had given it.
var (
	relativeSubject = regexp.MustCompile(`(?i)(^|[\s,.;:!?(])` + relativeNoun + `\s+(a|est|n'a|n'est|cherche|veut|voudrait|souhaite|travaille|habite|vit|fait|ne|sort|touche|per[çc]oit|rentre|revient|vient|termine|finit|[ée]tait|aimerait|souhaiterait|sera)\s`)
	relativeAged    = regexp.MustCompile(`(?i)(^|[\s,.;:!?(])` + relativeNoun + `,?\s+(?:de\s+|qui a\s+|a\s+)?(\d{1,2})\s*ans\b,?\s*`)
)
