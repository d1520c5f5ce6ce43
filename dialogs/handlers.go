package dialogs

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/bot/agenda"
	"github.com/cep-accueil/cepbot/bot/booking"
	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/knowledge"
	"github.com/cep-accueil/cepbot/dialogs/routing"
)

// questions render each state's question and its options.
var questions map[State]func(t *turn) (string, []option)

// entries run when a state is entered (before its question).
var entries map[State]func(t *turn) error

// handlers process an answer in each state.
var handlers map[State]func(t *turn) error

func init() {
	questions = map[State]func(t *turn) (string, []option){
		StateConsent: func(*turn) (string, []option) {
			return txtConsentAsk, []option{
				{Value: "oui", Label: txtConsentYes, Words: yesWords},
				{Value: "non", Label: txtConsentNo, Words: noWords},
				{Value: "plus", Label: txtConsentDetail, Words: []string{"plus", "en savoir plus", "details", "pourquoi", "info"}},
			}
		},
		StateInfoOnly: func(*turn) (string, []option) {
			return "", []option{
				{Value: "oui", Label: txtChangeMind, Words: yesWords},
				{Value: "fin", Label: txtFinish, Words: []string{"terminer", "fin", "non", "merci", "au revoir"}},
			}
		},
		StateRequest: func(*turn) (string, []option) { return txtRequestAsk, nil },
		StateStatus: func(*turn) (string, []option) {
			return txtStatusAsk, statusOptions
		},
		StateAge:      func(*turn) (string, []option) { return txtAgeAsk, nil },
		StateHandicap: func(*turn) (string, []option) { return txtHandicapAsk, handicapOptions },
		StateShare: func(*turn) (string, []option) {
			return txtShareAsk, []option{
				{Value: "oui", Label: txtShareYes, Words: yesWords},
				{Value: "non", Label: txtShareNo, Words: noWords},
			}
		},
		StateCadre: func(*turn) (string, []option) { return txtCadreAsk, cadreOptions },
		StatePlace: func(*turn) (string, []option) { return txtPlaceAsk, nil },
		StateCommune: func(t *turn) (string, []option) {
			var opts []option
			for i, c := range strings.Split(t.s.Get(varCands), "|") {
				if c != "" {
					opts = append(opts, option{Value: "c" + strconv.Itoa(i), Label: c})
				}
			}
			return txtCommuneAsk, opts
		},
		StateProject: func(*turn) (string, []option) { return txtProjectAsk, projectOptions },
		StateRecap:   recapQuestion,
		StateCorrect: func(*turn) (string, []option) {
			return txtCorrectAsk, []option{
				{Value: "st", Label: txtFieldStatus, Words: []string{"situation", "statut"}},
				{Value: "age", Label: txtFieldAge},
				{Value: "hc", Label: txtFieldHandicap, Words: []string{"rqth"}},
				{Value: "cad", Label: txtFieldCadre, Words: []string{"cadre", "bac 3", "diplome"}},
				{Value: "dep", Label: txtFieldPlace, Words: []string{"lieu", "ville", "commune", "code postal", "adresse"}},
				{Value: "prj", Label: txtFieldProject, Words: []string{"projet"}},
			}
		},
		StateOrient:        orientQuestion,
		StateSessions:      sessionsQuestion,
		StateModality:      modalityQuestion,
		StateSlot:          slotQuestion,
		StateContact:       contactQuestion,
		StateContactDetail: detailQuestion,
		StateConfirm:       confirmQuestion,
		StateManage:        manageQuestion,
		StateCancelAsk: func(*turn) (string, []option) {
			return txtCancelAsk, []option{
				{Value: "oui", Label: txtCancelYes, Words: yesWords},
				{Value: "non", Label: txtCancelNo, Words: noWords},
			}
		},
		StateEraseAsk: func(*turn) (string, []option) {
			return txtEraseAsk, []option{
				{Value: "oui", Label: txtEraseYes, Words: yesWords},
				{Value: "non", Label: txtEraseNo, Words: noWords},
			}
		},
		StateResume: func(*turn) (string, []option) {
			return txtResumeAsk, []option{
				{Value: "reprendre", Label: txtResumeContinue, Words: append([]string{"continuer", "reprendre", "la suite"}, yesWords...)},
				{Value: "recommencer", Label: txtResumeRestart, Words: []string{"recommencer", "reset", "depuis le debut", "non"}},
			}
		},
		StateEnd: func(*turn) (string, []option) { return "", nil },
	}
	entries = map[State]func(t *turn) error{
		StateSlot:     enterSlot,
		StateSessions: enterSessions,
	}
	handlers = map[State]func(t *turn) error{
		StateConsent:       handleConsent,
		StateInfoOnly:      handleInfoOnly,
		StateRequest:       handleRequest,
		StateStatus:        handleStatus,
		StateAge:           handleAge,
		StateHandicap:      handleHandicap,
		StateShare:         handleShare,
		StateCadre:         handleCadre,
		StatePlace:         handlePlace,
		StateCommune:       handleCommune,
		StateProject:       handleProject,
		StateRecap:         handleRecap,
		StateCorrect:       handleCorrect,
		StateOrient:        handleOrient,
		StateSessions:      handleSessions,
		StateModality:      handleModality,
		StateSlot:          handleSlot,
		StateContact:       handleContact,
		StateContactDetail: handleDetail,
		StateConfirm:       handleConfirm,
		StateFollow:        handleFollow,
		StateManage:        handleManage,
		StateCancelAsk:     handleCancel,
		StateEraseAsk:      handleErase,
		StateResume:        handleResume,
		StateEnd:           handleEnd,
	}
}

// maxRequestRunes caps the visitor's own words kept for the advisor: enough
// for a situation in a few sentences, and a stored conversation stays
// under 2 KiB (SPEC §10).
const maxRequestRunes = 800

var statusOptions = []option{
	{Value: "demandeur_emploi", Label: txtStatusJobSeeker, Words: []string{"chomage", "chomeur", "demandeur d emploi", "sans emploi", "je cherche"}},
	{Value: "salarie_prive", Label: txtStatusEmployee, Words: []string{"salarie", "salariee", "salarie du prive", "cdi", "cdd", "interim"}},
	{Value: "agent_public", Label: txtStatusPublic, Words: []string{"fonctionnaire", "agent public", "contractuel", "fonction publique"}},
	{Value: "independant", Label: txtStatusSelf, Words: []string{"independant", "independante", "artisan", "liberal", "auto entrepreneur", "micro entrepreneur", "freelance"}},
	{Value: "etudiant", Label: txtStatusStudent, Words: []string{"etudiant", "etudiante", "eleve", "lyceen", "lyceenne"}},
}

var handicapOptions = []option{
	{Value: "non", Label: txtNo, Words: noWords},
	{Value: "oui", Label: txtYes, Words: append([]string{"rqth", "handicap", "invalidite"}, yesWords...)},
	{Value: "passer", Label: txtSkip, Words: []string{"passer", "je prefere ne pas repondre", "ne pas repondre", "pas de reponse", "sans reponse", "je ne sais pas", "sais pas"}},
}

var cadreOptions = []option{
	{Value: "non", Label: txtNo, Words: noWords},
	{Value: "cadre", Label: txtCadreYes, Words: []string{"cadre", "oui cadre", "je suis cadre", "oui"}},
	{Value: "bac3", Label: txtGraduate, Words: []string{"bac 3", "bac+3", "licence", "master", "diplome", "bac 5", "bac+5"}},
}

var projectOptions = []option{
	{Value: "reconversion", Label: "Changer de métier", Words: []string{"reconversion", "changer de metier"}},
	{Value: "formation", Label: "Me former", Words: []string{"formation", "me former"}},
	{Value: "reprise_activite", Label: "Trouver un emploi", Words: []string{"emploi", "travail", "trouver un emploi"}},
	{Value: "mobilite", Label: "Évoluer dans mon travail", Words: []string{"evoluer", "mobilite", "promotion"}},
	{Value: "creation_activite", Label: "Créer ou reprendre une entreprise", Words: []string{"creer", "creation", "entreprise"}},
	{Value: "vae", Label: "Faire valider mon expérience (VAE)", Words: []string{"vae"}},
	{Value: "bilan", Label: "Faire un bilan de compétences", Words: []string{"bilan"}},
	{Value: "autre", Label: "Je ne sais pas encore", Words: []string{"je ne sais pas", "sais pas", "autre"}},
}

func handleConsent(t *turn) error {
	o, ok, err := t.choose(txtConsentAsk)
	if !ok {
		return err
	}
	switch o.Value {
	case "oui":
		t.s.Set(varConsent, t.now.UTC().Format(time.RFC3339))
		return t.goTo(EvAccept)
	case "non":
		t.s.Vars = nil // nothing personal is kept without consent
		t.say(txtRefused)
		return t.goTo(EvRefuse)
	default:
		t.say(txtConsentMore)
		return t.ask()
	}
}

func handleInfoOnly(t *turn) error {
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		if o.Value == "oui" {
			t.s.Set(varConsent, t.now.UTC().Format(time.RFC3339))
			return t.goTo(EvAccept)
		}
		t.say(txtStop)
		return t.goTo(EvStop)
	}
	// Without consent nothing the visitor writes is analysed or kept.
	t.say(txtRefused)
	return t.ask()
}

func handleRequest(t *turn) error {
	if t.text == "" {
		return t.fail(txtRequestEmpty, txtRequestAsk)
	}
	req := t.text
	if r := []rune(req); len(r) > maxRequestRunes {
		req = string(r[:maxRequestRunes])
	}
	t.s.Set(varRequest, req)
	t.absorb(analysis.Analyse(t.text, t.now))
	if knowledge.IsQuestion(t.text) {
		// "Je suis au chômage, est-ce que je peux utiliser mon CPF ?" is
		// a description and a question: answer it, then go on.
		t.answerQuestion()
	}
	return t.next()
}

// absorb merges newly analysed facts into the session.
func (t *turn) absorb(f analysis.Facts) {
	merged := factsOf(t.s).Merge(f)
	storeFacts(t.s, merged)
	if len(f.Candidates) > 0 && f.Departement == "" {
		t.s.Set(varCands, strings.Join(f.Candidates, "|"))
	}
}

// next asks the first missing slot, or shows the recap. While correcting one
// field from the recap, it returns to the recap at once.
func (t *turn) next() error {
	s := t.s
	f := factsOf(s)
	if f.Age > 0 && f.Age < 16 {
		s.Set(varAge, "")
		t.say(txtUnder16)
		return t.goTo(EvAskAge)
	}
	if f.Handicap != nil && *f.Handicap && s.Get(varShare) == "" {
		return t.goTo(EvAskShare)
	}
	if s.Get(varCands) != "" && f.Departement == "" {
		return t.goTo(EvAskCommune)
	}
	if s.Get(varCorrect) == "1" {
		s.Set(varCorrect, "")
		return t.goTo(EvRecap)
	}
	dec := routing.Route(f)
	for _, m := range dec.Missing {
		switch m {
		case "status":
			if !asked(s, "s") {
				return t.goTo(EvAskStatus)
			}
		case "age":
			return t.goTo(EvAskAge)
		case "handicap":
			if !asked(s, "h") {
				return t.goTo(EvAskHandicap)
			}
		case "cadre":
			if !asked(s, "c") {
				return t.goTo(EvAskCadre)
			}
		case "departement":
			return t.goTo(EvAskPlace)
		}
	}
	if f.Departement == "" && !f.Outside {
		return t.goTo(EvAskPlace)
	}
	// The project is not asked: it does not change the route, and the
	// advisor will clarify it. It can be set from the recap.
	return t.goTo(EvRecap)
}

// answerOrAnalyse handles a question with options that also accepts free
// text: a matching option is applied; otherwise the text is analysed and,
// if it filled the slot, the dialogue goes on.
func (t *turn) answerOrAnalyse(apply func(o option), filled func(analysis.Facts) bool, example string) error {
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		apply(o)
		return t.next()
	}
	if t.in.Choice == "" && t.text != "" {
		f := analysis.Analyse(t.text, t.now)
		if filled(f) {
			t.absorb(f)
			return t.next()
		}
		if t.absorbNew(f) {
			return t.next()
		}
	}
	return t.fail(txtNotUnderstood+" "+txtChoose, example)
}

// absorbNew keeps the facts of an answer that does not answer the current
// question but says something new ("j'ai 17 ans" when asked where one
// lives): not a failure; the dialogue goes on from what it now knows.
func (t *turn) absorbNew(f analysis.Facts) bool {
	before := factsOf(t.s)
	after := before.Merge(f)
	if after.Status == before.Status && after.Age == before.Age && after.Departement == before.Departement &&
		same(after.Handicap, before.Handicap) && same(after.Cadre, before.Cadre) && same(after.JeuneDiplome, before.JeuneDiplome) {
		return false
	}
	t.absorb(f)
	t.say(txtNoted)
	return true
}

func same(a, b *bool) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func handleStatus(t *turn) error {
	markAsked(t.s, "s")
	return t.answerOrAnalyse(func(o option) {
		t.s.Set(varStatus, o.Value)
		if o.Value == "agent_public" || o.Value == "etudiant" {
			t.s.Set(varCadre, "")
		}
	}, func(f analysis.Facts) bool { return f.Status != "" }, txtStatusExample)
}

func handleAge(t *turn) error {
	age, ok := analysis.ParseAge(t.text, t.now)
	if n, err := strconv.Atoi(strings.TrimSpace(t.text)); !ok && err == nil && n >= 100 {
		return t.fail(txtAgeImpossible, txtAgeExample)
	}
	if !ok {
		return t.fail(txtAgeInvalid, txtAgeExample)
	}
	if age > 99 || age < 1 {
		return t.fail(txtAgeImpossible, txtAgeExample)
	}
	// "34" answers the age question; it is not the Hérault. Only a
	// sentence ("j'ai 23 ans et j'habite à Lille") may carry other facts.
	f := analysis.Facts{Age: age}
	if strings.IndexFunc(t.text, unicode.IsLetter) >= 0 {
		f = analysis.Analyse(t.text, t.now)
		f.Age = age
	}
	t.absorb(f)
	return t.next()
}

func handleHandicap(t *turn) error {
	markAsked(t.s, "h")
	return t.answerOrAnalyse(func(o option) {
		switch o.Value {
		case "oui":
			t.s.Set(varHandicap, "1")
		case "non":
			t.s.Set(varHandicap, "0")
		default:
			t.s.Set(varHandicap, "")
		}
	}, func(f analysis.Facts) bool { return f.Handicap != nil }, txtHandicapExample)
}

func handleShare(t *turn) error {
	o, ok, err := t.choose(txtShareAsk)
	if !ok {
		return err
	}
	t.s.Set(varShare, map[bool]string{true: "1", false: "0"}[o.Value == "oui"])
	return t.next()
}

func handleCadre(t *turn) error {
	markAsked(t.s, "c")
	return t.answerOrAnalyse(func(o option) {
		t.s.Set(varCadre, map[bool]string{true: "1", false: "0"}[o.Value == "cadre"])
		t.s.Set(varGraduate, map[bool]string{true: "1", false: "0"}[o.Value == "bac3"])
	}, func(f analysis.Facts) bool { return f.Cadre != nil || f.JeuneDiplome != nil }, txtCadreExample)
}

var fourDigits = regexp.MustCompile(`^\s*\d{4}\s*$`)

func handlePlace(t *turn) error {
	p := analysis.ParsePlace(t.text)
	if p.Departement == "" && !p.Outside && len(p.Candidates) == 0 {
		p = analysis.Analyse(t.text, t.now)
	}
	switch {
	case p.Departement != "":
		t.s.Set(varCands, "")
		t.absorb(p)
		return t.next()
	case len(p.Candidates) > 0:
		t.s.Set(varCands, strings.Join(p.Candidates, "|"))
		return t.goTo(EvAskCommune)
	case p.Outside:
		t.say(txtOutside)
		return t.ask()
	case fourDigits.MatchString(t.text):
		return t.fail(txtPostcodeShort, txtPlaceExample)
	case t.absorbNew(p):
		return t.next()
	}
	return t.fail(txtPlaceInvalid, txtPlaceExample)
}

func handleCommune(t *turn) error {
	o, ok := match(t.options(), t.in.Choice, t.text)
	if !ok {
		// A postal code or another place typed here resolves it too.
		return handlePlace(t)
	}
	p := analysis.ParsePlace(o.Label)
	if p.Departement == "" {
		if i := strings.LastIndex(o.Label, "("); i >= 0 {
			p = analysis.ParsePlace(strings.Trim(o.Label[i:], "() "))
			p.Commune = strings.TrimSpace(o.Label[:i])
		}
	}
	if p.Departement == "" {
		return t.fail(txtPlaceInvalid, txtPlaceExample)
	}
	t.s.Set(varCands, "")
	t.absorb(p)
	return t.next()
}

func handleProject(t *turn) error {
	return t.answerOrAnalyse(func(o option) { t.s.Set(varProject, o.Value) },
		func(f analysis.Facts) bool { return f.Project != "" }, txtChoose)
}

var recapOptions = []option{
	{Value: "ok", Label: txtRecapOK, Words: yesWords},
	{Value: "fix", Label: txtRecapFix, Words: append([]string{"corriger", "modifier", "changer", "erreur"}, noWords...)},
}

func recapQuestion(t *turn) (string, []option) {
	if t.optionsOnly {
		return "", recapOptions
	}
	s := t.s
	f := factsOf(s)
	or := func(v string) string {
		if v == "" {
			return txtUnknown
		}
		return v
	}
	lines := []string{txtRecapIntro}
	lines = append(lines, "• "+txtFieldStatus+" : "+or(statusLabels[f.Status]))
	age := ""
	if f.Age > 0 {
		age = strconv.Itoa(f.Age) + " ans"
	}
	lines = append(lines, "• "+txtFieldAge+" : "+or(age))
	if f.Handicap != nil {
		lines = append(lines, "• Handicap reconnu : "+map[bool]string{true: "oui", false: "non"}[*f.Handicap])
	}
	if f.Cadre != nil && *f.Cadre {
		lines = append(lines, "• Cadre : oui")
	}
	if f.JeuneDiplome != nil && *f.JeuneDiplome {
		lines = append(lines, "• Diplômé(e) bac+3 ou plus : oui")
	}
	lines = append(lines, "• "+txtFieldPlace+" : "+or(placeLabel(f.Commune, f.Departement)))
	lines = append(lines, "• "+txtFieldProject+" : "+or(projectLabels[f.Project]))
	return strings.Join(lines, "\n"), recapOptions
}

func handleRecap(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value == "fix" {
		return t.goTo(EvCorrect)
	}
	return t.goTo(EvConfirmFacts)
}

func handleCorrect(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	t.s.Set(varCorrect, "1")
	switch o.Value {
	case "st":
		return t.goTo(EvAskStatus)
	case "age":
		return t.goTo(EvAskAge)
	case "hc":
		t.s.Set(varShare, "")
		return t.goTo(EvAskHandicap)
	case "cad":
		return t.goTo(EvAskCadre)
	case "dep":
		t.s.Set(varDep, "")
		return t.goTo(EvAskPlace)
	default:
		return t.goTo(EvAskProject)
	}
}

func orientQuestion(t *turn) (string, []option) {
	f := factsOf(t.s)
	dec := routing.Route(f)
	switch {
	case dec.OutOfScope == "etudiant":
		return txtStudent, []option{
			{Value: "fix", Label: txtRecapFix, Words: []string{"corriger", "modifier"}},
			{Value: "later", Label: txtFinish, Words: []string{"terminer", "fin", "merci"}},
		}
	case dec.OutOfScope == "hors_regions" || f.Outside:
		return txtOutside, []option{
			{Value: "fix", Label: txtRecapFix, Words: []string{"corriger", "modifier"}},
			{Value: cmdPrefix + cmdHuman, Label: txtHumanOffer},
		}
	case dec.Operator == "":
		return txtStatusExample, []option{{Value: "fix", Label: txtRecapFix, Words: []string{"corriger"}}}
	}
	label := operatorLabels[dec.Operator]
	if dec.Operator == "operateur_regional" && t.d.deps.Bookings != nil && !t.optionsOnly {
		// Name it: « Avenir Actifs Bretagne » says more than a category.
		if ops := t.d.deps.Bookings.Directory().OperatorsOfKind(dec.Operator, f.Region); len(ops) > 0 {
			label += " (" + ops[0].Name + ")"
		}
	}
	lines := []string{fmt.Sprintf(txtOrientIntro, label)}
	if len(dec.Reasons) > 0 {
		lines = append(lines, fmt.Sprintf(txtOrientWhy, strings.Join(dec.Reasons, " ")))
	}
	opts := []option{{Value: "op:" + dec.Operator, Label: fmt.Sprintf(txtOrientBook, operatorShort[dec.Operator]), Words: yesWords}}
	var alts []string
	for _, a := range dec.Alternatives {
		if a == dec.Operator || operatorShort[a] == "" {
			continue
		}
		alts = append(alts, operatorShort[a])
		opts = append(opts, option{Value: "op:" + a, Label: fmt.Sprintf(txtOrientAltBook, operatorShort[a])})
	}
	if len(alts) > 0 {
		lines = append(lines, fmt.Sprintf(txtOrientAlt, strings.Join(alts, ", ")))
	}
	if cs := knowledge.ForOrientation(f.ProjectOrDefault(), f.Status); len(cs) > 0 && !t.optionsOnly {
		var titles []string
		for _, c := range cs {
			titles = append(titles, "• "+c.Title)
		}
		lines = append(lines, txtOrientCards+"\n"+strings.Join(titles, "\n")+"\n"+txtOrientAsk)
	}
	if t.d.deps.Bookings != nil && len(t.d.deps.Bookings.Directory().SessionsFor(dec.Operator, f.Departement)) > 0 {
		opts = append(opts[:1], append([]option{{Value: "sessions", Label: txtOrientSessions, Words: []string{"reunion", "reunions", "reunion d information", "information collective"}}}, opts[1:]...)...)
	}
	opts = append(opts, option{Value: "later", Label: txtOrientLater, Words: []string{"non", "plus tard", "pas maintenant", "non merci"}})
	return strings.Join(lines, "\n"), opts
}

func handleOrient(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	switch {
	case o.Value == "later":
		t.say(txtLater)
		return t.goTo(EvStop)
	case o.Value == "fix":
		t.s.State = string(StateRecap)
		return t.goTo(EvCorrect)
	case o.Value == "sessions":
		return t.goTo(EvSessions)
	case strings.HasPrefix(o.Value, "op:"):
		kind := strings.TrimPrefix(o.Value, "op:")
		ags := t.d.deps.Bookings.Directory().AgenciesFor(kind, t.s.Get(varDep))
		if len(ags) == 0 {
			t.say(fmt.Sprintf(txtNoAgency, operatorShort[kind]))
			return t.ask()
		}
		t.s.Set(varOperator, kind)
		t.s.Set(varAgency, ags[0].ID)
		return t.goTo(EvChooseOp)
	}
	return t.ask()
}

func (t *turn) agency() *directory.Agency {
	return t.d.deps.Bookings.Directory().Agency(t.s.Get(varAgency))
}

func modalityQuestion(t *turn) (string, []option) {
	a := t.agency()
	if a == nil {
		return "", nil
	}
	var opts []option
	for _, m := range a.Modalities {
		label := modalityLabels[string(m)]
		if m == directory.OnSite && a.Address != "" {
			label += " (" + a.Address + ")"
		}
		opts = append(opts, option{Value: string(m), Label: label, Words: []string{normalise(modalityLabels[string(m)]), normalise(string(m))}})
	}
	return fmt.Sprintf(txtModalityAsk, a.Name), opts
}

func handleModality(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	t.s.Set(varModality, o.Value)
	return t.goTo(EvChooseMod)
}

// offers are stored as "advisor|unix start|unix end" joined by ";".
func encodeOffers(sl []agenda.Slot) string {
	parts := make([]string, len(sl))
	for i, x := range sl {
		parts[i] = fmt.Sprintf("%s|%d|%d", x.AdvisorID, x.Start.Unix(), x.End.Unix())
	}
	return strings.Join(parts, ";")
}

func decodeOffers(s string, a *directory.Agency) []agenda.Slot {
	if s == "" || a == nil {
		return nil
	}
	loc := agenda.Location(a)
	var out []agenda.Slot
	for _, p := range strings.Split(s, ";") {
		f := strings.Split(p, "|")
		if len(f) != 3 {
			continue
		}
		st, err1 := strconv.ParseInt(f[1], 10, 64)
		en, err2 := strconv.ParseInt(f[2], 10, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, agenda.Slot{AgencyID: a.ID, AdvisorID: f[0], Start: time.Unix(st, 0).In(loc), End: time.Unix(en, 0).In(loc)})
	}
	return out
}

const offersPerPage = 3

// enterSlot looks up the next free slots when the slot question is reached.
func enterSlot(t *turn) error {
	return t.offerSlots(time.Time{})
}

func (t *turn) offerSlots(after time.Time) error {
	a := t.agency()
	if a == nil {
		t.s.Set(varOffers, "")
		return nil
	}
	sl, err := t.d.deps.Bookings.FreeSlots(t.ctx, a.ID, after, offersPerPage, t.s.Get(varPrevAdvsr))
	if err != nil {
		return err
	}
	t.s.Set(varOffers, encodeOffers(sl))
	return nil
}

func slotQuestion(t *turn) (string, []option) {
	a := t.agency()
	offers := decodeOffers(t.s.Get(varOffers), a)
	if len(offers) == 0 {
		return txtSlotNone, nil
	}
	dir := t.d.deps.Bookings.Directory()
	var opts []option
	text := txtSlotAsk
	if prev := t.s.Get(varPrevAdvsr); prev != "" && offers[0].AdvisorID == prev {
		text = txtSlotPrevious + "\n" + text
	}
	for i, o := range offers {
		name := o.AdvisorID
		if adv := dir.Advisor(o.AdvisorID); adv != nil {
			name = adv.Name
		}
		opts = append(opts, option{Value: "s" + strconv.Itoa(i), Label: upperFirst(fmt.Sprintf(txtSlotLine, frDate(o.Start, t.now), name))})
	}
	opts = append(opts, option{Value: "more", Label: txtSlotMore, Words: []string{"autres", "autre", "plus tard", "autres creneaux", "aucun"}})
	return text, opts
}

func handleSlot(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	offers := decodeOffers(t.s.Get(varOffers), t.agency())
	if o.Value == "more" {
		after := time.Time{}
		if len(offers) > 0 {
			after = offers[len(offers)-1].Start
		}
		if err := t.offerSlots(after); err != nil {
			return err
		}
		t.s.Step++ // the earlier buttons are now stale
		return t.ask()
	}
	i, _ := strconv.Atoi(strings.TrimPrefix(o.Value, "s"))
	if i < 0 || i >= len(offers) {
		return t.ask()
	}
	t.s.Set(varPick, encodeOffers(offers[i:i+1]))
	if t.s.Get(varContact) != "" {
		// Already given (a move, or a slot taken meanwhile): not asked twice.
		return t.goTo(EvContactDone)
	}
	return t.goTo(EvChooseSlot)
}

func contactQuestion(*turn) (string, []option) {
	return txtContactAsk, []option{
		{Value: "chat", Label: txtContactChat, Words: []string{"conversation", "ici", "chat", "message", "messages"}},
		{Value: "tel", Label: txtContactPhone, Words: []string{"telephone", "tel", "portable", "appel"}},
		{Value: "mail", Label: txtContactMail, Words: []string{"email", "e mail", "mail", "courriel"}},
	}
}

var (
	phoneRe = regexp.MustCompile(`^(?:\+33|0033|0)[1-9](?:\d{8})$`)
	mailRe  = regexp.MustCompile(`^[^@\s]+@[^@\s]+\.[a-zA-Z]{2,}$`)
)

func handleContact(t *turn) error {
	text := strings.TrimSpace(t.text)
	if t.in.Choice == "" {
		if p := compactPhone(text); phoneRe.MatchString(p) {
			t.s.Set(varContact, p)
			return t.goTo(EvContactDone)
		}
		if mailRe.MatchString(text) {
			t.s.Set(varContact, text)
			return t.goTo(EvContactDone)
		}
	}
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value == "chat" {
		t.s.Set(varContact, "chat")
		return t.goTo(EvContactDone)
	}
	t.s.Set(varDetail, o.Value)
	return t.goTo(EvAskDetail)
}

func compactPhone(s string) string {
	return strings.NewReplacer(" ", "", ".", "", "-", "", "\u00a0", "").Replace(s)
}

func detailQuestion(t *turn) (string, []option) {
	if t.s.Get(varDetail) == "mail" {
		return txtMailAsk, nil
	}
	return txtPhoneAsk, nil
}

func handleDetail(t *turn) error {
	text := strings.TrimSpace(t.text)
	if t.s.Get(varDetail) == "mail" {
		if !mailRe.MatchString(text) {
			return t.fail(txtMailInvalid, txtMailAsk)
		}
		t.s.Set(varContact, text)
	} else {
		p := compactPhone(text)
		if !phoneRe.MatchString(p) {
			return t.fail(txtPhoneInvalid, txtPhoneAsk)
		}
		t.s.Set(varContact, p)
	}
	t.s.Set(varDetail, "")
	return t.goTo(EvContactDone)
}

// appointmentLine describes a slot: when, where, how, with whom.
func (t *turn) appointmentLine(agencyID, advisorID, modality string, start, end time.Time) string {
	dir := t.d.deps.Bookings.Directory()
	var b strings.Builder
	b.WriteString(frDate(start, t.now))
	fmt.Fprintf(&b, " (%d min)", int(end.Sub(start).Minutes()))
	if a := dir.Agency(agencyID); a != nil {
		if op := dir.Operator(a.OperatorID); op != nil {
			b.WriteString(", " + op.Name)
		}
		switch directory.Modality(modality) {
		case directory.OnSite:
			fmt.Fprintf(&b, ", sur place : %s, %s", a.Name, a.Address)
		case directory.Phone:
			b.WriteString(", par téléphone")
		case directory.Video:
			b.WriteString(", en visio")
		}
	}
	if adv := dir.Advisor(advisorID); adv != nil {
		b.WriteString(", avec " + adv.Name)
	}
	return b.String()
}

func contactLabel(c string) string {
	if c == "chat" || c == "" {
		return txtContactChat
	}
	if len(c) == 10 && c[0] == '0' && strings.IndexFunc(c, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
		return c[0:2] + " " + c[2:4] + " " + c[4:6] + " " + c[6:8] + " " + c[8:10]
	}
	return c
}

var confirmOptions = []option{
	{Value: "oui", Label: txtConfirmYes, Words: yesWords},
	{Value: "autre", Label: txtConfirmOther, Words: []string{"autre", "autre creneau", "changer", "non"}},
}

func confirmQuestion(t *turn) (string, []option) {
	if t.optionsOnly {
		return "", confirmOptions
	}
	picks := decodeOffers(t.s.Get(varPick), t.agency())
	if len(picks) == 0 {
		return txtSlotNone, nil
	}
	p := picks[0]
	text := txtConfirmIntro + "\n" + upperFirst(t.appointmentLine(p.AgencyID, p.AdvisorID, t.s.Get(varModality), p.Start, p.End)) +
		"\nContact : " + contactLabel(t.s.Get(varContact)) + "\n" + txtConfirmAsk
	return text, confirmOptions
}

func handleConfirm(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value == "autre" {
		return t.goTo(EvReslot)
	}
	picks := decodeOffers(t.s.Get(varPick), t.agency())
	if len(picks) == 0 {
		return t.goTo(EvReslot)
	}
	req := t.request(t.s.Get(varOperator))
	req.Slot = picks[0]
	req.Ref = booking.Reference(t.visitor(), t.s.Created.String(), stepToken(t.s))
	// The session knows the visitor's active booking on this channel (set
	// when booking, cleared when cancelled or erased): no store lookup.
	req.Previous, req.PreviousKnown = t.s.Get(varBooking), true
	b, err := t.d.deps.Bookings.Book(t.ctx, req)
	if errors.Is(err, bot.ErrSlotTaken) {
		t.say(txtSlotTaken)
		return t.goTo(EvReslot)
	}
	if err != nil {
		return err
	}
	if b.Handoff.Previous != "" {
		t.say(fmt.Sprintf(txtMovedOld, b.Handoff.Previous))
	}
	t.s.Set(varMoving, "")
	t.s.Set(varPrevAdvsr, b.AdvisorID)
	t.s.Set(varBooking, b.Ref)
	booked := fmt.Sprintf(txtBooked, b.Ref, upperFirst(t.appointmentLine(b.AgencyID, b.AdvisorID, b.Modality, b.Start, b.End)))
	if b.Start.Add(-24 * time.Hour).After(t.now) {
		booked = strings.Replace(booked, txtBookedHandoff, txtBookedHandoff+" "+txtBookedReminder, 1)
	}
	t.say(booked)
	t.attach(bot.Attachment{Name: txtICSName, MIME: "text/calendar", Data: t.d.deps.Bookings.Calendar(b)})
	return t.goTo(EvBook)
}

func handleFollow(t *turn) error {
	b, err := t.activeBooking()
	if err != nil {
		return err
	}
	if b == nil {
		t.say(txtEnded)
		return nil
	}
	if t.d.deps.Relay != nil && t.text != "" {
		if err := t.d.deps.Relay.ToAdvisor(t.ctx, b, t.text); err != nil {
			return err
		}
		t.say(txtRelayed)
		return nil
	}
	t.say(fmt.Sprintf(txtFollow, frDate(b.Start.In(bookingLocation(t, b)), t.now)))
	return nil
}

func bookingLocation(t *turn, b *bot.Booking) *time.Location {
	if a := t.d.deps.Bookings.Directory().Agency(b.AgencyID); a != nil {
		return agenda.Location(a)
	}
	return time.UTC
}

func manageQuestion(t *turn) (string, []option) {
	b, _ := t.activeBooking()
	if b == nil {
		return txtNoBooking, nil
	}
	line := t.appointmentLine(b.AgencyID, b.AdvisorID, b.Modality, b.Start.In(bookingLocation(t, b)), b.End.In(bookingLocation(t, b)))
	return fmt.Sprintf(txtManageAsk, line+" (référence "+b.Ref+")"), []option{
		{Value: "garder", Label: txtManageKeep, Words: []string{"garder", "rien", "ok"}},
		{Value: "deplacer", Label: txtManageMove, Words: []string{"deplacer", "changer", "modifier", "decaler", "reporter"}},
		{Value: "annuler", Label: txtManageCancel, Words: []string{"annuler", "supprimer", "annulation"}},
	}
}

func handleManage(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	b, err := t.activeBooking()
	if err != nil {
		return err
	}
	if b == nil {
		t.say(txtNoBooking)
		return t.goTo(EvStop)
	}
	switch o.Value {
	case "deplacer":
		t.s.Set(varMoving, "1")
		t.s.Set(varAgency, b.AgencyID)
		t.s.Set(varOperator, b.OperatorKind)
		t.s.Set(varModality, b.Modality)
		t.s.Set(varContact, b.Contact)
		t.s.Set(varPrevAdvsr, b.AdvisorID)
		return t.goTo(EvMove)
	case "annuler":
		return t.goTo(EvAskCancel)
	}
	t.say(txtKept)
	return t.goTo(EvKeep)
}

func handleCancel(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value != "oui" {
		t.say(txtKept)
		return t.goTo(EvKeep)
	}
	b, err := t.activeBooking()
	if err != nil {
		return err
	}
	if b == nil {
		t.say(txtNoBooking)
		return t.goTo(EvCancelled)
	}
	c, err := t.d.deps.Bookings.SetStatus(t.ctx, b.Ref, bot.StatusCancelled)
	if err != nil {
		return err
	}
	t.s.Set(varBooking, "")
	t.say(fmt.Sprintf(txtCancelled, c.Ref))
	t.attach(bot.Attachment{Name: txtICSName, MIME: "text/calendar", Data: t.d.deps.Bookings.Calendar(c)})
	return t.goTo(EvCancelled)
}

func handleErase(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value != "oui" {
		// Declining closes the confirmation and returns to the interrupted
		// question, like closing a dialog box: not a step of the diagram.
		t.say(txtNotErased)
		t.s.State = t.s.Get(varResume)
		t.s.Set(varResume, "")
		t.s.Step++
		if t.s.State == "" || t.s.State == string(StateEraseAsk) {
			t.s.State = string(StateEnd)
		}
		return t.ask()
	}
	// Future bookings are cancelled (the operator is told) and every
	// booking loses its personal data; the session keeps nothing.
	if t.d.deps.Bookings != nil {
		if _, err := t.d.deps.Bookings.Erase(t.ctx, t.visitor()); err != nil {
			return err
		}
	}
	t.s.Vars = nil
	t.s.Seen = t.s.Seen[:0]
	t.say(txtErased)
	return t.goTo(EvErased)
}

func handleResume(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value == "recommencer" {
		return t.command(cmdStart)
	}
	prev := State(t.s.Get(varResume))
	t.s.Set(varResume, "")
	if ev, ok := enterEvent[prev]; ok {
		return t.goTo(ev)
	}
	return t.next()
}

// enterEvent is the event that leads to a state, to resume it.
var enterEvent = map[State]Event{
	StateRequest: EvAccept, StateStatus: EvAskStatus, StateAge: EvAskAge, StateHandicap: EvAskHandicap,
	StateShare: EvAskShare, StateCadre: EvAskCadre, StatePlace: EvAskPlace, StateCommune: EvAskCommune,
	StateProject: EvAskProject, StateRecap: EvRecap, StateCorrect: EvCorrect, StateOrient: EvConfirmFacts,
	StateSessions: EvConfirmFacts, // the offers are stale after a day: back to the orientation
	StateModality: EvChooseOp, StateSlot: EvChooseMod, StateContact: EvChooseSlot,
	StateContactDetail: EvAskDetail, StateConfirm: EvContactDone,
}

func handleEnd(t *turn) error {
	if b, err := t.activeBooking(); err == nil && b != nil {
		t.s.State = string(StateFollow)
		return handleFollow(t)
	}
	t.say(txtEnded)
	return nil
}

const varSessions = "ses" // offered session occurrences: "id|seats left;…"

func enterSessions(t *turn) error {
	f := factsOf(t.s)
	kind := routing.Route(f).Operator
	offers, err := t.d.deps.Bookings.NextSessions(t.ctx, kind, f.Departement, 3)
	if err != nil {
		return err
	}
	parts := make([]string, len(offers))
	for i, o := range offers {
		parts[i] = o.ID() + "|" + strconv.Itoa(o.Left())
	}
	t.s.Set(varSessions, strings.Join(parts, ";"))
	return nil
}

func sessionsQuestion(t *turn) (string, []option) {
	var opts []option
	for i, p := range strings.Split(t.s.Get(varSessions), ";") {
		id, left, ok := strings.Cut(p, "|")
		occ, found := t.d.deps.Bookings.Occurrence(id)
		if !ok || !found {
			continue
		}
		n, _ := strconv.Atoi(left)
		where := txtSessionOnline
		if occ.Session.Visio == "" {
			if a := t.d.deps.Bookings.Directory().Agency(occ.Session.AgencyID); a != nil {
				where = a.Address
			}
		}
		label := upperFirst(fmt.Sprintf(txtSessionLine, frDate(occ.Start, t.now), where, n)) + " : " + occ.Session.Title
		opts = append(opts, option{Value: "r" + strconv.Itoa(i), Label: label})
	}
	back := option{Value: "back", Label: txtSessionsBack, Words: []string{"retour", "non", "annuler"}}
	if len(opts) == 0 {
		return txtSessionsNone, []option{back}
	}
	return txtSessionsAsk, append(opts, back)
}

func handleSessions(t *turn) error {
	o, ok, err := t.choose(txtChoose)
	if !ok {
		return err
	}
	if o.Value == "back" {
		return t.goTo(EvBackOrient)
	}
	i, _ := strconv.Atoi(strings.TrimPrefix(o.Value, "r"))
	parts := strings.Split(t.s.Get(varSessions), ";")
	if i < 0 || i >= len(parts) {
		return t.ask()
	}
	id, _, _ := strings.Cut(parts[i], "|")
	occ, found := t.d.deps.Bookings.Occurrence(id)
	if !found {
		return t.ask()
	}
	req := t.request(routing.Route(factsOf(t.s)).Operator)
	req.Ref = booking.Reference(t.visitor(), occ.ID())
	b, err := t.d.deps.Bookings.Register(t.ctx, occ, req)
	if errors.Is(err, booking.ErrFull) {
		t.say(txtSessionFull)
		if err := enterSessions(t); err != nil {
			return err
		}
		t.s.Step++
		return t.ask()
	}
	if err != nil {
		return err
	}
	where := txtSessionOnline + " (" + occ.Session.Visio + ")"
	if occ.Session.Visio == "" {
		if a := t.d.deps.Bookings.Directory().Agency(occ.Session.AgencyID); a != nil {
			where = "à " + a.Name + ", " + a.Address
		}
	}
	t.say(fmt.Sprintf(txtRegistered, occ.Session.Title, frDate(occ.Start, t.now)+", "+where, b.Ref))
	t.attach(bot.Attachment{Name: txtICSName, MIME: "text/calendar", Data: t.d.deps.Bookings.Calendar(b)})
	t.say(txtAlsoBook)
	return t.goTo(EvBackOrient)
}
