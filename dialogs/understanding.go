package dialogs

// Understanding that knows when it does not know (issue 13): the questions
// asked instead of a guess (public or private employer, branch of the
// public service, home when only a workplace was named, a misspelt town),
// how each fact was known, and corrections written in plain words at the
// recap and at any later step.

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/cep-accueil/cepbot/bot/directory"
	"github.com/cep-accueil/cepbot/dialogs/analysis"
	"github.com/cep-accueil/cepbot/dialogs/contact"
	"github.com/cep-accueil/cepbot/dialogs/geo"
	"github.com/cep-accueil/cepbot/dialogs/intent"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// The states of the questions asked instead of a guess.
const (
	StateSector State = "secteur"
	StateBranch State = "branche"
)

// The events of those questions, and of a correction in plain words.
const (
	EvAskSector Event = "demander_secteur"
	EvAskBranch Event = "demander_branche"
	// EvRevise: a correction written in plain words after the recap
	// (« en fait j'ai 54 ans ») updates the facts and shows the recap again.
	EvRevise Event = "corriger_en_clair"
)

// The questions asked once (bits of record.Asked after the older ones).
const (
	askedSector asked = askedCadre << (iota + 1)
	askedBranch
	// askedSectorPay: the sector was asked again by who pays the salary.
	askedSectorPay
)

var _ = declare(stateDef{
	State:    StateSector,
	Question: sectorQuestion,
	Answer:   handleSector,
	Collects: true, Fills: []string{"status"}, Slot: EvAskSector,
	Resumable: true, Resume: EvAskSector,
})

var _ = declare(stateDef{
	State:    StateBranch,
	Question: branchQuestion,
	Answer:   handleBranch,
	Collects: true, Fills: []string{"branch"}, Slot: EvAskBranch,
	Resumable: true, Resume: EvAskBranch,
})

// A correction in plain words may come at any step after the recap.
var _ = func() bool {
	globalMoves = append(globalMoves, move{EvRevise, StateRecap})
	return true
}()

// asked is how a fact given in answer to a question was known.
var askedOrigin = analysis.Origin{How: analysis.HowQuestion, Conf: 100}

func sectorQuestion(t *turn) (string, []option) {
	public := []string{"public", "publique", "fonction publique", "fonctionnaire"}
	private := []string{"prive", "privee", "entreprise"}
	if t.r.Asked&askedSectorPay != 0 {
		// Asked again after « je ne sais pas »: the payer and examples
		// decide more easily than the words « public » and « privé ».
		// The payer named inside a sentence answers too (« je suis payée
		// par l'État », « ma paie vient de la mairie »): asked who pays the
		// salary, these names can mean nothing else (in a description « payée
		// par la région » is as often a training's funding, so the
		// analysis does not read them).
		return t.x.AskSectorPay, []option{
			{Value: "public", Label: t.x.SectorPayPublic, Words: append(public, "administration", "mairie", "hopital public", "l etat", "etat"), Within: payerPublic},
			{Value: "prive", Label: t.x.SectorPayPrivate, Words: append(private, "une entreprise", "association", "une association", "clinique"), Within: payerPrivate},
			{Value: "nsp", Label: t.x.Unsure, Words: sectorUnsure},
		}
	}
	return t.x.AskSector, []option{
		{Value: "public", Label: t.x.SectorPublic, Words: public},
		{Value: "prive", Label: t.x.SectorPrivate, Words: private},
		{Value: "nsp", Label: t.x.Unsure, Words: sectorUnsure},
	}
}

// payerPublic and payerPrivate are the payers of a salary named inside an
// answer to « qui vous verse votre salaire ? » (normalised).
var (
	payerPublic = []string{"l etat", "la mairie", "la commune", "le departement", "la region", "le ministere", "l administration",
		"la fonction publique", "le rectorat", "l education nationale", "l hopital public", "la prefecture", "l armee", "la collectivite"}
	payerPrivate = []string{"une entreprise", "l entreprise", "mon entreprise", "mon patron", "ma patronne", "l association", "une association",
		"la clinique", "une clinique", "mon employeur prive", "la societe", "une societe"}
)

// bothSectorPlaces are workplaces run by public and private employers
// alike (normalised, between spaces).
var bothSectorPlaces = []string{" mediatheque ", " bibliotheque ", " ime ", " itep ", " mecs ", " sessad ", " foyer ", " creche ",
	" halte garderie ", " multi accueil ", " ehpad ", " maison de retraite ", " ecole ", " cantine ", " centre social ",
	" centre de loisirs ", " accueil de loisirs ", " periscolaire ", " musee ", " conservatoire ", " piscine ", " residence ",
	" esat ", " mas ", " fam ", " centre de formation ", " laboratoire ", " labo ", " hopital ", " centre de sante ",
	" maison de sante ", " cinema ", " theatre ", " camping ", " golf ", " port ", " aeroport ", " cimetiere "}

// namesBothPayers tells whether a doubt names a public and a private
// employer as its alternative (« je ne sais pas si c'est l'État ou une
// entreprise »): the doubt stands, neither is the answer.
func namesBothPayers(n string) bool {
	p := " " + n + " "
	both := func(ws []string) bool {
		for _, w := range ws {
			if containsPadded(p, w) {
				return true
			}
		}
		return false
	}
	return both(payerPublic) && both(payerPrivate) || containsAny(p, sectorBothCues)
}

// handleSector settles the sector: public (then the branch is asked) or
// private. A first « je ne sais pas » asks again by who pays the salary
// (the general status question would ask nearly the same); a second
// leaves the general status question.
func handleSector(t *turn) error {
	t.r.Asked |= askedSector
	status, branch := "", ""
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		switch o.Value {
		case "public":
			status = "agent_public"
			if br, ok := analysis.ParseBranch(t.text); ok && t.in.Choice == "" && normalise(t.text) != normalise(o.Label) {
				// « la mairie je crois », « public, à l'hôpital »: the
				// employer named with the answer says the branch, not
				// asked again (cep-domain.md §1.5)
				branch = br
			}
		case "prive":
			status = "salarie_prive"
		}
		if st, br, ok := analysis.ParseSector(t.text); status == "" && ok && t.in.Choice == "" && !namesBothPayers(t.normText()) {
			// « aucune idée, je travaille pour la mairie »: the employer
			// named with the doubt settles the sector (cep-domain.md §1.5).
			status, branch = st, br
		}
		if status == "" && t.r.Asked&askedSectorPay == 0 {
			t.r.Asked |= askedSectorPay
			t.sayPaySlip()
			return t.ask()
		}
		if status == "" {
			return t.next()
		}
	} else if st, br, ok := analysis.ParseSector(t.text); ok && t.in.Choice == "" {
		status, branch = st, br
	} else if t.in.Choice == "" && t.r.Asked&askedSectorPay == 0 && containsAny(t.paddedNorm(), bothSectorPlaces) {
		// « la médiathèque », « un IME », « une crèche »: a workplace
		// of both sectors says no more than « je ne sais pas »; asked by
		// who pays, not « je n'ai pas compris ».
		t.r.Asked |= askedSectorPay
		t.sayPaySlip()
		return t.ask()
	} else if t.in.Choice == "" && t.text != "" && t.absorbNew(t.analyse()) {
		return t.next()
	} else {
		return t.fail(t.x.NotUnderstood+" "+t.x.Choose, t.x.StatusExample)
	}
	f := t.withAnswer(analysis.Facts{Status: status, Branch: branch})
	f.Why.Status = askedOrigin
	if branch != "" {
		f.Why.Branch = askedOrigin
	}
	t.absorb(f)
	return t.next()
}

// withAnswer adds to the answer of a question the other facts of the
// sentence that carried it: « oui je travaille dans un hôpital privé à
// Toulouse » answers « privé » and says where; the answer still wins over
// the analysis for the fields it sets.
func (t *turn) withAnswer(ans analysis.Facts) analysis.Facts {
	if t.in.Choice != "" || t.wordCount() < 2 || typedLabel(t.options(), t.text) {
		// A button's text typed (« Une administration, une mairie, un
		// hôpital public ») is that button, as pressed: its words are
		// examples, not facts (« hôpital » is no branch).
		return ans
	}
	f := t.analyse()
	if ans.Status != "" {
		f.Status = ans.Status
		if ans.Status != "agent_public" {
			f.Branch = ""
		}
	}
	if ans.Branch != "" {
		f.Branch = ans.Branch
	}
	if ans.Status == "" {
		f.Status = "" // the branch question keeps the status known
	}
	return f
}

func branchQuestion(t *turn) (string, []option) {
	return t.x.AskBranch, []option{
		{Value: analysis.BranchEtat, Label: t.x.BranchEtat, Words: []string{"etat", "ministere", "prefecture"}},
		{Value: analysis.BranchEducation, Label: t.x.BranchEducation, Words: []string{"education", "education nationale", "enseignement"}},
		{Value: analysis.BranchTerritoriale, Label: t.x.BranchTerritorial, Words: []string{"territoriale", "commune", "mairie", "departement", "region",
			// where the visitor works, typed after « je suis » or « je travaille »
			"a la commune", "pour la commune", "dans une commune", "a la mairie", "communale", "collectivite", "une collectivite", "collectivite territoriale"}},
		{Value: analysis.BranchHospitaliere, Label: t.x.BranchHospital, Words: []string{"hospitaliere", "hopital", "ehpad"}},
		{Value: analysis.BranchArmees, Label: t.x.BranchArmees, Words: []string{"armee", "armees", "militaire", "defense"}},
		{Value: "nsp", Label: t.x.Unsure, Words: unsureWords},
	}
}

func handleBranch(t *turn) error {
	t.r.Asked |= askedBranch
	branch := ""
	if o, ok := match(t.options(), t.in.Choice, t.text); ok {
		if o.Value != "nsp" {
			branch = o.Value
		} else if br, ok := analysis.ParseBranch(t.text); ok && t.in.Choice == "" {
			// « je sais pas trop, c'est un hôpital »: the employer named
			// with the doubt says the branch (cep-domain.md §1.5).
			branch = br
		} else {
			return t.next()
		}
	} else if br, ok := analysis.ParseBranch(t.text); ok && t.in.Choice == "" {
		branch = br
	} else if t.in.Choice == "" && t.text != "" && t.absorbNew(t.analyse()) {
		return t.next()
	} else if f := t.analyse(); t.in.Choice == "" && f.Status != "" && t.keepToldStatus(f).Status == "" {
		// « la poste », « la SNCF »: an employer with staff of both laws
		// names no branch; the agent public stays one (keepToldStatus),
		// without a branch, as after « je ne sais pas » — not « je n'ai
		// pas compris » to the name of their employer.
		return t.next()
	} else {
		return t.fail(t.x.NotUnderstood+" "+t.x.Choose, t.x.BranchTerritorial)
	}
	f := t.withAnswer(analysis.Facts{Branch: branch})
	f.Why.Branch = askedOrigin
	t.absorb(f)
	return t.next()
}

// doubtSector leaves the sector to ask when the description says the
// visitor does not know whether their employer is public or private (« je
// ne sais pas si je suis dans le public ou le privé »), whatever an
// employer word suggested (« à l'hôpital »): the route depends on it.
func (t *turn) doubtSector() {
	f := t.facts()
	if f.Status != "agent_public" && f.Status != "salarie_prive" || f.Why.Status.How == analysis.HowQuestion {
		return
	}
	n := " " + normalise(t.original()) + " "
	if !containsAny(n, sectorBothCues) || !containsAny(n, sectorUnsureCues) {
		return
	}
	f.Status, f.Branch = "", ""
	f.Why.Status, f.Why.Branch = analysis.Origin{}, analysis.Origin{}
	f.Doubts = f.Doubts&^analysis.DoubtBranch | analysis.DoubtSector
	t.storeFacts(f)
}

// saidSectorUnknown asks the sector straight away by who pays, with the
// pay slip hint, when the description already says the visitor does not
// know whether their employer is public or private (« jsp si c public ou
// privé c un ehpad »): « public ou privé ? » with its « Je ne sais pas »
// would ask what they have just said they cannot answer.
func (t *turn) saidSectorUnknown() {
	f := t.facts()
	if f.Status != "" || !f.Doubts.Has(analysis.DoubtSector) || t.r.Asked&(askedSector|askedSectorPay) != 0 {
		return
	}
	n := " " + normalise(t.original()) + " "
	if !containsAny(n, sectorBothCues) || !containsAny(n, sectorUnsureCues) {
		return
	}
	t.r.Asked |= askedSectorPay
	t.sayPaySlip()
}

// sectorBothCues name both sectors as an alternative; sectorUnsureCues say
// the visitor does not know (normalised, between spaces).
var (
	sectorBothCues = []string{" public ou prive ", " public ou le prive ", " public ou du prive ", " prive ou public ",
		" prive ou le public ", " prive ou du public ", " publique ou privee ", " privee ou publique ", " public or private "}
	sectorUnsureCues = []string{" sais pas ", " sait pas ", " sais plus ", " pas sur ", " pas sure ", " aucune idee ",
		" sais pas trop ", " ignore ", " don t know ", " not sure ", " jsp ", " chais pas ", " jsais pas ", " sai pas "}
)

// sayPaySlip says where a pay slip shows the sector.
func (t *turn) sayPaySlip() {
	if your, _ := t.proxy(); your != "" {
		t.say(texts.Fill(t.x.ProxySectorPaySlip, your))
		return
	}
	t.say(t.x.SectorPaySlip)
}

// asksSectorHow answers « comment savoir ? », « c'est quoi la différence ? »
// asked at the sector questions: where the pay slip shows it; at the
// branch question, which employers each branch has. Another
// question (« c'est gratuit ? ») keeps its card. It reports whether it
// answered.
func (t *turn) asksSectorHow(st State) bool {
	if st != StateSector && st != StateBranch || t.in.Choice != "" {
		return false
	}
	n := t.paddedNorm()
	if !strings.Contains(t.text, "?") && !containsAny(n, sectorHowOpeners) {
		return false
	}
	if strings.Count(strings.TrimSpace(n), " ") >= 14 || !containsAny(n, sectorHowCues) {
		return false
	}
	if st == StateBranch {
		// which public service: by the employer's kind, with the jobs
		// people mistake (an ATSEM is the commune's, an AESH the
		// Éducation nationale's)
		t.say(t.x.BranchHow)
		return true
	}
	t.sayPaySlip()
	return true
}

// sectorHowCues ask how to tell the sector (normalised, between spaces);
// sectorHowOpeners open such a question written without « ? ».
var (
	sectorHowCues = []string{" comment savoir ", " comment le savoir ", " comment je sais ", " comment je peux savoir ",
		" comment on sait ", " comment on peut savoir ", " comment faire pour savoir ", " comment ca se voit ", " ou le voir ",
		" difference ", " differences ", " c est quoi ", " ca veut dire ", " veut dire quoi ", " qu est ce que ",
		" comment le verifier ", " comment verifier ", " how do i know ", " what is the difference ", " how can i tell "}
	sectorHowOpeners = []string{" comment savoir ", " comment je sais ", " comment je peux savoir ", " comment on sait ",
		" c est quoi la difference ", " quelle difference ", " how do i know "}
)

// asksIfBot answers « vous êtes un robot ? », « je parle à une vraie
// personne ? »: a short question about who answers. It reports whether it
// answered.
func (t *turn) asksIfBot() bool {
	if t.in.Choice != "" || !strings.Contains(t.text, "?") {
		return false
	}
	n := t.normText()
	if strings.Count(n, " ") >= 8 {
		return false
	}
	if !containsAny(t.paddedNorm(), botCues) {
		return false
	}
	t.say(t.x.IsBot)
	return true
}

// botCues ask whether a program answers (normalised, between spaces).
var botCues = []string{" robot ", " un bot ", " chatbot ", " une ia ", " intelligence artificielle ", " un programme ",
	" une vraie personne ", " un vrai conseiller ", " un humain ", " une machine ", " are you a bot ", " a real person ", " a human "}

// nextDoubt is the question to ask before the general ones when the
// analysis left a fact open on purpose: whether the employer is public or
// private, then the branch of an agent public (it decides whom they are
// sent to and which agency may book them).
func (t *turn) nextDoubt() (Event, bool) {
	f, r := t.facts(), &t.r
	switch {
	case f.Status == "" && f.Doubts.Has(analysis.DoubtSector) && r.Asked&(askedSector|askedStatus) == 0:
		return EvAskSector, true
	case f.Status == "agent_public" && f.Branch == "" && r.Asked&askedBranch == 0:
		return EvAskBranch, true
	case r.Asked&askedCadre == 0 && t.youngHigherStudies():
		return EvAskCadre, true
	}
	return "", false
}

// higherStudyCues say studies at university level, under way or done
// (normalised, between spaces).
var higherStudyCues = []string{" master ", " masters ", " m1 ", " m2 ", " licence ", " licence pro ", " bac 3 ", " bac 4 ",
	" bac 5 ", " bac plus 3 ", " bac plus 5 ", " ecole d ingenieur ", " ecole d ingenieurs ", " ecole de commerce ",
	" doctorat ", " doctorant ", " doctorante ", " these ", " diplome d ingenieur ", " mba ", " sciences po ", " iep "}

// youngHigherStudies reports a visitor of 20–25 who works or seeks work and
// speaks of studies at university level, whose cadre or degree is not
// known: row 3 (16–25 and cadre or bac+3: the Apec) comes before row 4
// (the Mission locale), and a working student in a master was sent to the
// Mission locale without being asked (persona w2). Younger visitors and
// those who say no such studies are not asked: row 4 is theirs.
func (t *turn) youngHigherStudies() bool {
	f := t.facts()
	if f.Age < 20 || f.Age > 25 || f.Cadre != nil || (f.JeuneDiplome != nil && *f.JeuneDiplome) {
		return false
	}
	if f.Status != "salarie_prive" && f.Status != "demandeur_emploi" && !(f.Status == "etudiant" && f.WantsWork) {
		return false
	}
	return containsAny(" "+normalise(t.r.Request)+" ", higherStudyCues) || containsAny(t.paddedNorm(), higherStudyCues)
}

// placeQuestion asks where the visitor lives, saying so when only a
// workplace was named (« au CHU de Nantes » is not a home).
func placeQuestion(t *turn) (string, []option) {
	if name := t.workplaceOnly(); name != "" {
		same := sameAsWork(t)
		if your, pronoun := t.proxy(); your != "" {
			// « J'habite… » is the visitor's own answer: the relative's
			// home is asked about them, with a neutral button.
			same.Label = t.x.ProxyHomeSameAsWork
			if accompaniedNoun[t.proxyNoun()] {
				// « je suis assistante sociale au CCAS de Niort.
				// J'accompagne une personne… »: the workplace is the
				// writer's, not the person's (persona pe1)
				return texts.Fill(t.x.ProxyAskHomeNamedWork, name, your), []option{same}
			}
			return texts.Fill(t.x.ProxyAskHomeWorkplace, your, name, pronoun), []option{same}
		}
		return texts.Fill(t.x.AskHomeWorkplace, name), []option{same}
	}
	if f := t.facts(); f.MoveTo != "" && f.Departement == "" && !f.Outside {
		if your, _ := t.proxy(); your == "" {
			// « je déménage à Lille le mois prochain »: the current home
			// is asked without ignoring the move, and the future home's
			// département is one button away (issue 13, persona p24c)
			name := geo.DepartementName(f.MoveTo) + ", " + f.MoveTo
			return texts.Fill(t.x.AskHomeMoving, name), []option{{Value: "dep:" + f.MoveTo,
				Label: texts.Fill(t.x.HomeMovingTo, name), Words: []string{"futur domicile", "la bas", "future home"}}}
		}
	}
	if opts := t.regionDeps(); len(opts) > 0 {
		region := geo.RegionName(t.facts().Region)
		if your, _ := t.proxy(); your != "" {
			return texts.Fill(t.x.ProxyAskRegionDeps, region, your), opts
		}
		return texts.Fill(t.x.AskRegionDeps, region), opts
	}
	return t.x.PlaceAsk, nil
}

// maxRegionDeps caps the départements offered as buttons: Corse (2),
// Bretagne (4), Normandie, Hauts-de-France, Pays de la Loire (5),
// Centre-Val de Loire (6); a larger region is left to a postcode.
const maxRegionDeps = 6

// regionDeps offers the départements of the home's region when only the
// region is known (« saisonnier en Corse »: 2A or 2B decides the agency),
// rather than asking the place again as if nothing had been said.
// Source: INSEE Code officiel géographique (cep-domain.md, table of
// regions and départements).
func (t *turn) regionDeps() []option {
	f := t.facts()
	if f.Region == "" || f.Departement != "" || f.Outside {
		return nil
	}
	var opts []option
	for _, d := range geo.Departements() {
		if geo.RegionOf(d) != f.Region {
			continue
		}
		if len(opts) == maxRegionDeps {
			return nil
		}
		name := geo.DepartementName(d)
		opts = append(opts, option{Value: "dep:" + d, Label: name + " (" + d + ")", Words: []string{normalise(name), strings.ToLower(d)}})
	}
	if len(opts) < 2 {
		return nil
	}
	return opts
}

// workplaceOnly is « Nord, 59 » when only the workplace's département is
// known, "" otherwise.
// accompaniedNoun are the nouns of a person a professional accompanies,
// nurses or protects (intent.proxyPro): a workplace the message names is
// the writer's, where an employer's « un de nos salariés » shares it.
var accompaniedNoun = map[string]bool{"bénéficiaire": true, "usager": true, "usagère": true, "patient": true,
	"patiente": true, "protégé": true, "protégée": true}

// proxyNoun is the noun of the person the request is written for, "" for
// the visitor's own.
func (t *turn) proxyNoun() string {
	_, noun, _ := strings.Cut(t.r.Proxy, ":")
	return noun
}

func (t *turn) workplaceOnly() string {
	f := t.facts()
	if f.Workplace == "" || f.Departement != "" {
		return ""
	}
	if name := geo.DepartementName(f.Workplace); name != "" {
		return name + ", " + f.Workplace
	}
	return ""
}

// placeInvalid says a place was not recognised, about the visitor or
// their relative (« le nom de sa commune »).
func (t *turn) placeInvalid() string {
	if your, _ := t.proxy(); your != "" {
		return t.x.ProxyPlaceInvalid
	}
	return t.x.PlaceInvalid
}

// sameAsWork answers the home question when the visitor lives where they
// work: the button, or « pareil », « au même endroit », « idem » typed.
func sameAsWork(t *turn) option {
	return option{Value: "meme", Label: t.x.HomeSameAsWork, Words: []string{
		"pareil", "idem", "meme endroit", "au meme endroit", "la meme", "le meme", "meme ville",
		"meme commune", "meme departement", "la aussi", "j habite la", "j y habite", "aussi",
		"same", "same place", "the same", "there too", "same town"}}
}

// recapOrigins are the recap's lines saying which facts were understood in
// the visitor's messages and which were given in answer to a question.
func (t *turn) recapOrigins() []string {
	f := t.facts()
	var understood, asked, corrected []string
	add := func(o analysis.Origin, field string) {
		field = strings.ToLower(field)
		switch o.How {
		case analysis.HowLexicon, analysis.HowPattern, analysis.HowTypo:
			understood = append(understood, field)
		case analysis.HowQuestion:
			asked = append(asked, field)
		case analysis.HowCorrection:
			corrected = append(corrected, field)
		}
	}
	if f.Status != "" {
		add(f.Why.Status, t.x.FieldStatus)
	}
	if f.Age > 0 {
		add(f.Why.Age, t.x.FieldAge)
	}
	if f.Handicap != nil {
		add(f.Why.Handicap, t.x.FieldHandicap)
	}
	if f.Cadre != nil && *f.Cadre || f.JeuneDiplome != nil && *f.JeuneDiplome {
		// shown in the recap only when yes: said where it comes from
		// then, named as its line is (« cadre », not « cadre ou bac+3 »
		// to a visitor who said cadre)
		field := t.x.RecapGraduate
		if f.Cadre != nil && *f.Cadre {
			field = t.x.RecapCadre
		}
		add(f.Why.Cadre, field)
	}
	if f.Departement != "" || f.Outside {
		// a place outside the regions (« Saint-Pierre-et-Miquelon »,
		// abroad) is shown in the recap as understood: where it came
		// from is said too (persona q27a, issue 13)
		add(f.Why.Place, t.x.FieldPlace)
	}
	var out []string
	if len(understood) > 0 {
		out = append(out, texts.Fill(t.x.RecapUnderstood, t.x.List(understood...)))
	}
	if len(asked) > 0 {
		out = append(out, texts.Fill(t.x.RecapAsked, t.x.List(asked...)))
	}
	if len(corrected) > 0 {
		out = append(out, texts.Fill(t.x.RecapCorrected, t.x.List(corrected...)))
	}
	return out
}

// afterRecap are the steps where a correction in plain words takes the
// visitor back to the recap.
var afterRecap = map[State]bool{StateCorrect: true, StateOrient: true, StateSessions: true, StateModality: true, StateSlot: true,
	StateContact: true, StateContactDetail: true, StateConfirm: true}

// revise applies a correction written in plain words (« en fait j'ai 54
// ans », « j'ai déménagé à Blois », « non je suis fonctionnaire »): the
// facts it changes are updated, as corrections, and the route follows.
// It reports whether anything changed. A place that needs a choice among
// homonyms is left to the « Corriger » button of the recap.
func (t *turn) revise() bool {
	if t.in.Choice != "" || strings.IndexFunc(t.text, unicode.IsLetter) < 0 && !barePostcode.MatchString(t.text) {
		// a button, a number (« 45 » is not the Loiret here); five digits
		// are no button nor age but the postcode the orientation outside
		// the regions asks for (« Si vous habitez ailleurs, indiquez votre
		// code postal »)
		return false
	}
	if _, ok := match(t.options(), "", t.text); ok && !t.isCorrection() {
		return false
	}
	f := t.analyse()
	if t.r.Lang == texts.English && !t.def().Collects {
		// The analysis reads French: « actually I'm 54 » is restated
		// (a collecting state's text already is).
		if fr := intent.ToFrench(t.text); fr != "" {
			f = analysis.Analyse(fr, t.now)
		}
	}
	f = t.withSectorCorrected(f)
	if f.Departement == "" && !f.Outside && len(f.Candidates) == 0 {
		if m := spacedCodeIn(t.text); m != "" {
			// « non c'est 41 000 »: a correction names a postal code as
			// printed; the analysis keeps such a pair for an amount
			if p := analysis.ParsePlace(m); p.Departement != "" {
				f.Departement, f.Region, f.Commune, f.Why.Place = p.Departement, p.Region, p.Commune, p.Why.Place
			}
		}
	}
	// « j'ai déménagé à Saint-Denis »: the homonyms are asked (with
	// their départements) before the recap, not the correction dropped.
	var homonyms []string
	if len(f.Candidates) > 0 && f.Departement == "" {
		homonyms = f.Candidates
		f.Candidates, f.Doubts = nil, f.Doubts&^analysis.DoubtPlace
	}
	before := t.facts()
	after := before.Merge(f)
	changed := false
	// mark notes a changed fact. One that was not known before (« j'ai une
	// RQTH » typed after the orientation) is new, not corrected: the
	// recap says it was understood in the visitor's messages.
	mark := func(differs, wasKnown bool, o *analysis.Origin) {
		if !differs {
			return
		}
		changed = true
		if wasKnown || o.How == analysis.HowUnknown {
			*o = analysis.Origin{How: analysis.HowCorrection, Conf: 100}
		}
	}
	placeKnown := before.Departement != "" || before.Outside
	mark(after.Status != before.Status, before.Status != "", &after.Why.Status)
	mark(after.Branch != before.Branch && after.Branch != "", before.Branch != "", &after.Why.Branch)
	mark(after.Age != before.Age, before.Age > 0, &after.Why.Age)
	mark(after.Departement != before.Departement || after.Commune != before.Commune && after.Commune != "", placeKnown, &after.Why.Place)
	mark(!same(after.Handicap, before.Handicap), before.Handicap != nil, &after.Why.Handicap)
	mark(!same(after.Cadre, before.Cadre) || !same(after.JeuneDiplome, before.JeuneDiplome), before.Cadre != nil || before.JeuneDiplome != nil, &after.Why.Cadre)
	mark(len(homonyms) > 0, placeKnown, &after.Why.Place)
	if f.MoveTo != "" && f.MoveTo != before.MoveTo && f.MoveTo != after.Departement && f.Departement == "" {
		// « je vais déménager à Lyon en janvier »: the home stays, the
		// home to come is offered at the orientation (movingLine).
		changed = true
	}
	if after.Workplace != before.Workplace && after.Workplace != "" {
		// « en fait je travaille à la mairie de Nantes »: not the home,
		// but an agent's employer door follows it (agenciesFor)
		changed = true
	}
	if !changed {
		return false
	}
	if after.Status != before.Status && after.Status != "agent_public" {
		t.r.Asked &^= askedBranch
	}
	if after.Status != before.Status && after.Status == "agent_public" && after.Branch == "" {
		t.r.Asked &^= askedBranch // asked when the recap is confirmed
	}
	t.storeFacts(after)
	t.r.Candidates = homonyms
	// what was chosen for the former route no longer holds
	t.r.Operator, t.r.Agency, t.r.Modality, t.r.Offers, t.r.Pick = "", "", "", nil, nil
	t.say(t.x.Noted)
	return true
}

// withSectorCorrected reads the employer named in a correction (« non
// c'est pas la mairie, c'est une association », « en fait c'est une
// asso ») as the answer to « public ou privé ? » would be, when the
// analysis of the sentence reads no status: « c'est une association »
// alone may be one that helps the visitor, but said to correct the
// employer of someone known to work, it is the employer.
func (t *turn) withSectorCorrected(f analysis.Facts) analysis.Facts {
	cur := t.facts()
	if f.Status != "" || cur.Status != "agent_public" && cur.Status != "salarie_prive" || !t.isCorrection() {
		return f
	}
	st, br, ok := analysis.ParseSector(t.text)
	if !ok || st == cur.Status {
		return f
	}
	f.Status, f.Branch = st, br
	return f
}

// sectorCorrectedBefore applies, at a question before the recap (the
// place, the age…), a correction of the employer's sector that the
// analysis alone does not read (withSectorCorrected): « Je n'ai pas
// reconnu ce lieu » answered « en fait c'est une asso qui m'emploie ».
// It reports whether it applied one.
func (t *turn) sectorCorrectedBefore(st State) bool {
	d := t.defOf(st)
	if t.in.Choice != "" || inSet(d, setAfterRecap, st) || st == StateRecap || st == StateSector || st == StateBranch || st == StateStatus ||
		!d.Collects {
		return false
	}
	before, read := t.facts(), t.analyse()
	if read.Status != "" {
		return false // the analysis reads it: the usual answer applies it
	}
	f := t.withSectorCorrected(read)
	if f.Status == "" || f.Status == before.Status {
		return false
	}
	after := before
	after.Status, after.Branch = f.Status, f.Branch
	after.Why.Status = analysis.Origin{How: analysis.HowCorrection, Conf: 100}
	after.Why.Branch = analysis.Origin{}
	if f.Branch != "" {
		after.Why.Branch = after.Why.Status
	}
	if after.Status == "agent_public" {
		after.Cadre, after.JeuneDiplome = nil, nil
	}
	t.r.Asked &^= askedBranch
	t.storeFacts(after)
	t.say(t.x.Noted)
	return true
}

// spacedPostcode is a postal code written with a space in a sentence
// (« 41 000 »).
var spacedPostcode = regexp.MustCompile(`\b(\d{2} \d{3})\b\s*(\S*)`)

// spacedCodeIn is the one spaced postal code of a text, not followed by a
// currency or a unit (« 41 000 euros » is an amount); "" if none.
func spacedCodeIn(text string) string {
	ms := spacedPostcode.FindAllStringSubmatch(text, -1)
	if len(ms) != 1 {
		return ""
	}
	next := strings.ToLower(strings.Trim(ms[0][2], ".,;!?"))
	if next != "" && (strings.ContainsAny(next[:1], "0123456789€$%") || amountWords[next]) {
		return ""
	}
	return ms[0][1]
}

// amountWords after a spaced number make it an amount.
var amountWords = map[string]bool{"euros": true, "euro": true, "eur": true, "e": true, "k": true, "brut": true, "net": true,
	"bruts": true, "nets": true, "par": true, "habitants": true, "personnes": true, "km": true}

// barePostcode is a message that is only a French postcode (« 38000 »,
// « 38 000 »).
var barePostcode = regexp.MustCompile(`^\s*\d{2} ?\d{3}\s*$`)

// isCorrection tells whether the message corrects a fact in plain words,
// in French (analysis.IsCorrection) or in English (« actually I'm 54 »).
func (t *turn) isCorrection() bool {
	if analysis.IsCorrection(t.text) {
		return true
	}
	if t.r.Lang != texts.English {
		return false
	}
	n := t.paddedNorm()
	return containsAny(n, enCorrectionCues)
}

// enCorrectionCues open a correction in English.
var enCorrectionCues = []string{" actually ", " in fact ", " sorry ", " i moved ", " i ve moved ", " i have moved ", " moved to ",
	" i meant ", " wrong ", " mistake ", " correction ", " no i ", " not ", " rather "}

// reviseInWords handles a correction in plain words at a step after the
// recap: it reports whether the dialogue went back to the recap.
func (t *turn) reviseInWords(st State) (bool, error) {
	if (st == StateContact || st == StateContactDetail || st == StateConfirm) && t.hasContact() {
		// « en fait mon numéro c'est le 06… » is the answer, or corrects
		// it; a fact corrected beside it (« … et au fait j'ai 46 ans pas
		// 45 ») is applied too, the booking kept when the route stays.
		if t.reviseBesideContact() {
			return true, t.afterRevision()
		}
		return false, nil
	}
	after := inSet(t.defOf(st), setAfterRecap, st)
	if !after || !t.isCorrection() && !t.newFactInstead(st) || !t.revise() {
		if st != StateCorrect && after {
			if f, ok := t.fieldToRedo(); ok {
				return true, t.redoField(f)
			}
		}
		return false, nil
	}
	return true, t.afterRevision()
}

// contactRuns are a phone number or an e-mail address in a message, set
// aside before the rest is read for a correction (« 06… » is no
// département, « 46 » after it is an age).
var contactRuns = regexp.MustCompile(`\+?\d[\d .\-]{7,}\d|\S+@\S+`)

// reviseBesideContact applies a correction in plain words written with a
// contact. It reports whether the correction changed the route: the
// choices made for the former one are then dropped (by revise), and the
// dialogue goes back to the recap; otherwise the booking goes on.
func (t *turn) reviseBesideContact() bool {
	rest := contactRuns.ReplaceAllString(t.text, " ")
	if !analysis.IsCorrection(rest) {
		return false
	}
	r := &t.r
	before, dep, commune := t.route().Operator, r.Facts.Departement, r.Facts.Commune
	op, agency, modality, offers, pick := r.Operator, r.Agency, r.Modality, r.Offers, r.Pick
	text := t.text
	t.text = rest
	changed := t.revise()
	t.text = text
	if !changed {
		return false
	}
	if t.route().Operator != before || r.Facts.Departement != dep || r.Facts.Commune != commune || len(r.Candidates) > 0 {
		return true // another operator, or another place: another agency
	}
	r.Operator, r.Agency, r.Modality, r.Offers, r.Pick = op, agency, modality, offers, pick
	return false
}

// afterRevision leads a correction in plain words back to the recap, or
// first to a question the correction made necessary: the branch of a
// visitor who has just said they are an agent public, the handicap and
// the cadre of one who is in fact a private employee (a recap without
// them would be shown, confirmed, then shown again, or the route decided
// without them).
func (t *turn) afterRevision() error {
	if t.state() != StateRecap {
		if err := t.fire(EvRevise); err != nil {
			return err
		}
	}
	ev, ok := t.nextDoubt()
	if !ok || ev != EvAskBranch {
		ev, ok = t.missingSlot()
	}
	if len(t.r.Candidates) > 0 {
		ev, ok = EvAskCommune, true
	}
	if f := t.facts(); f.Handicap != nil && *f.Handicap && t.r.Share == nil {
		ev, ok = EvAskShare, true
	}
	if ok && t.can(ev) {
		t.r.Correcting = true
		return t.goTo(ev)
	}
	return t.ask()
}

// newFactInstead tells whether a message at a step with buttons answers
// none of them and may bring a fact instead (« oups j'ai 29 ans »,
// « j'habite maintenant à Orléans » at the slot choice): revise decides
// whether it changes one. A contact typed there is not read for a place.
func (t *turn) newFactInstead(st State) bool {
	if !inSet(t.defOf(st), setChoiceStep, st) || t.in.Choice != "" {
		return false
	}
	if o, ok := match(t.options(), "", t.text); ok {
		t.memo.matched = matchedOption{ok: true, state: st, step: t.s.Step, text: t.text, opt: o}
		return false
	}
	return !t.hasContact()
}

// hasContact tells whether the message holds a phone number or an e-mail
// address (never read for a place or an age).
func (t *turn) hasContact() bool {
	if _, err := contact.FindPhone(t.text); err == nil {
		return true
	}
	_, err := contact.FindEmail(t.text)
	return err == nil
}

// choiceSteps are the steps after the recap answered by a button.
var choiceSteps = map[State]bool{StateCorrect: true, StateOrient: true, StateSessions: true, StateModality: true, StateSlot: true, StateConfirm: true}

// agenciesFor lists the agencies that may book the visitor with an
// operator kind. An agent public is booked with their employer only at an
// agency of their branch serving their département (a centre de gestion
// has no competence over a hospital nurse): none is better than a wrong
// one, the orientation has named whom to contact.
func (t *turn) agenciesFor(kind string) []*directory.Agency {
	dir := t.d.deps.Bookings.Directory()
	if kind == directory.KindEmployeurPublic {
		// The employer's door is where the employer is: a commune of
		// Loir-et-Cher is affiliated to the centre de gestion of
		// Loir-et-Cher whatever the home of its ATSEM.
		dep := t.r.Facts.Departement
		if wp := t.r.Facts.Workplace; wp != "" {
			dep = wp
		}
		return dir.PublicEmployerAgencies(t.r.Facts.Branch, dep)
	}
	return dir.AgenciesFor(kind, t.r.Facts.Departement)
}

// canBookWith is false for an agent public's employer when the directory
// has no agency of their branch for their département.
func (t *turn) canBookWith(kind string) bool {
	if kind != directory.KindEmployeurPublic || t.d.deps.Bookings == nil {
		return true
	}
	return len(t.agenciesFor(kind)) > 0
}

// agencyWhere answers « c'est où ? », « quelle adresse ? » while an
// agency is chosen (modality, slot, contact and its details, confirmation):
// its address.
func (t *turn) agencyWhere(st State) bool {
	if t.in.Choice == "" && t.r.Agency == "" && t.d.deps.Bookings != nil && t.howLongBeforeAgency() {
		return true
	}
	if t.in.Choice != "" || !inSet(t.defOf(st), setBookingStep, st) || t.r.Agency == "" || t.d.deps.Bookings == nil {
		return false
	}
	n := t.normText() // words separated by single spaces
	if n == "" || strings.Count(n, " ") >= 8 {
		return false
	}
	n = t.paddedNorm()
	a := t.agency()
	if a == nil {
		return false
	}
	if containsAny(n, howLongCues) {
		// « combien de temps dure le rendez-vous ? »: the agency's
		// appointments all last the same.
		minutes := a.SlotMinutes
		if minutes <= 0 {
			minutes = directory.DefaultSlotMinutes
		}
		t.say(texts.Fill(t.x.AgencyHowLong, strconv.Itoa(minutes)))
		return true
	}
	if !containsAny(n, whereCues) || a.Address == "" {
		return false
	}
	t.say(texts.Fill(t.x.AgencyWhere, a.Address, a.Name))
	return true
}

// howLongBeforeAgency answers « ça dure combien de temps le rdv ? » before
// an agency is chosen, with what agencyWhere says once one is (« Le
// rendez-vous dure 45 minutes. »): the length of the appointments of the
// agencies that may receive the visitor (their operator and département
// when known, else all of them); when they differ, their range. Before, « Je
// ne sais pas répondre à cette question ». The question must name the
// appointment: « combien de temps dure un bilan de compétences ? » is the
// knowledge cards'.
func (t *turn) howLongBeforeAgency() bool {
	n := t.normText()
	if n == "" || strings.Count(n, " ") >= 8 {
		return false
	}
	n = t.paddedNorm()
	if !containsAny(n, howLongCues) || !containsAny(n, appointmentWords) {
		return false
	}
	dir := t.d.deps.Bookings.Directory()
	agencies := dir.Agencies
	if f := t.facts(); f.Departement != "" {
		if op := t.route().Operator; op != "" {
			if mine := t.agenciesFor(op); len(mine) > 0 {
				agencies = mine
			}
		}
	}
	lo, hi := 0, 0
	for _, a := range agencies {
		m := a.SlotMinutes
		if m <= 0 {
			m = directory.DefaultSlotMinutes
		}
		if lo == 0 || m < lo {
			lo = m
		}
		hi = max(hi, m)
	}
	switch {
	case lo == 0:
		return false
	case lo == hi:
		t.say(texts.Fill(t.x.AgencyHowLong, strconv.Itoa(lo)))
	default:
		t.say(texts.Fill(t.x.HowLongRange, strconv.Itoa(lo), strconv.Itoa(hi)))
	}
	return true
}

// appointmentWords name the appointment (normalised, between spaces).
var appointmentWords = []string{" rdv ", " rendez vous ", " rendezvous ", " rv ", " entretien ", " premier rendez vous ",
	" appointment ", " meeting "}

// howLongCues ask how long the appointment lasts (normalised, between
// spaces).
var howLongCues = []string{" combien de temps ", " ca dure ", " duree ", " dure combien ", " il dure ", " how long "}

// bookingSteps are the steps where an agency is chosen.
var bookingSteps = map[State]bool{StateModality: true, StateSlot: true, StateContact: true, StateContactDetail: true, StateConfirm: true}

// whyAsked answers a visitor who asks why the current question is asked
// (« pourquoi vous voulez mon âge ? », « c'est obligatoire ? », « ça sert à
// quoi ? »): what the answer decides. A longer question (« pourquoi faire
// un bilan de compétences ? ») is left to the knowledge cards.
func (t *turn) whyAsked(st State) bool {
	if t.in.Choice != "" || t.text == "" {
		return false
	}
	why := t.x.WhyAsked[string(st)]
	if why == "" {
		return false
	}
	if strings.Trim(t.text, "? ") == "" {
		if t.s.Fails >= 2 {
			// lost after two answers not understood: the third
			// failure offers a human advisor (trois_echecs)
			return false
		}
		// « ? » alone: the question was not understood, and what the
		// answer decides says what is asked
		t.say(why)
		return true
	}
	norm := t.normText()
	n := smsWhy(norm) // words separated by single spaces
	words := strings.Count(n, " ") + 1
	if n == "" || words > 8 {
		return false
	}
	if n == norm {
		n = t.paddedNorm()
	} else {
		n = " " + n + " "
	}
	if containsAny(n, declineCues) && !strings.ContainsAny(t.text, "0123456789") {
		// « je préfère ne pas répondre » where no button says it (the age,
		// the place): what the answer decides, and a person to turn to —
		// not « je n'ai pas reconnu ce lieu »
		if _, ok := match(t.options(), "", t.text); ok {
			return false
		}
		if (strings.Contains(t.text, "?") || t.isQuestion()) && len(t.answerCards()) > 0 {
			// « c'est confidentiel ? mon employeur sera au courant ? »
			// asks about confidentiality, which « confidentiel » or
			// « secret » in a refusal does not: a question a card
			// answers is left to the cards (persona q26a, issue 13).
			return false
		}
		t.say(why)
		t.say(t.x.Declined)
		return true
	}
	if !containsAny(n, whyWords) {
		return false
	}
	if strings.Contains(n, " pourquoi ") || strings.Contains(n, " why ") {
		// « pourquoi ? » that ends a question (« 45 ans mais pourquoi ? »,
		// « ok mais pk ? ») asks about the question itself: nothing
		// follows it to ask about something else (persona q27a)
		last := strings.HasSuffix(n, " pourquoi ") || strings.HasSuffix(n, " why ")
		if !containsAny(n, whyAbout) && words > 1 && !(last && strings.Contains(t.text, "?")) {
			return false
		}
	}
	t.say(why)
	return true
}

// whySpellings are the ways « pourquoi » is typed on a phone (« pk ? »,
// « pq vous demandez ça »): read as « pourquoi », they were « je n'ai pas
// compris votre âge » or a card on who may use the CEP (persona p24a,
// issue 13). The knowledge cards read the same forms (knowledge/text.go).
var whySpellings = map[string]bool{"pk": true, "pq": true, "pkoi": true, "pkoa": true, "pourkoi": true, "pourquoa": true,
	"pourqoi": true, "pourquio": true, "prq": true, "prk": true, "pquoi": true}

// smsWhy is a normalised message with the phone spellings of « pourquoi »
// written out.
func smsWhy(n string) string {
	if !strings.Contains(n, "p") {
		return n
	}
	w := strings.Fields(n)
	changed := false
	for i, x := range w {
		if whySpellings[x] {
			w[i], changed = "pourquoi", true
		}
	}
	if !changed {
		return n
	}
	return strings.Join(w, " ")
}

// whyWords ask why a question is asked; whyAbout are what « pourquoi »
// must be about for it to be that question (« pourquoi ça ? », « pourquoi
// mon âge ? »), not another one.
var whyWords = []string{" pourquoi ", " c est obligatoire ", " obligatoire ", " oblige ", " obligee ", " ca sert a quoi ", " sert a quoi ",
	" a quoi ca sert ", " why ", " is it mandatory ", " do i have to ", " mandatory ",
	// not understood: what the answer decides says what is asked
	" comprend pas ", " comprends pas ", " pas compris ", " c est a dire ", " cest a dire ", " je ne comprends ",
	// … as typed on a phone (« g pa compri », « jcomprend pa »)
	" pa compri ", " pas compri ", " comprend pa ", " comprends pa ", " compren pa ", " jcomprend ", " pige pas ", " capte pas ",
	" don t understand ", " what do you mean "}

// declineCues refuse to answer the question (normalised, between spaces).
var declineCues = []string{" prefere ne pas repondre ", " prefere pas repondre ", " prefere ne pas le dire ", " prefere pas le dire ",
	" veux pas le dire ", " veux pas repondre ", " veux pas vous le dire ", " pas envie de le dire ", " pas envie de repondre ",
	" ca vous regarde pas ", " ca ne vous regarde pas ", " rather not say ", " prefer not to say ", " prefer not to answer ",
	// shorter refusals, as typed on a phone (« je préfère pas », « pas
	// envie », « jveux pas »): the message is short and holds no number
	" je prefere pas ", " jprefere pas ", " prefere pas ", " je prefere ne pas ", " pas envie ", " je veux pas ", " jveux pas ",
	" je ne veux pas ", " ca vous regarde ", " secret ", " confidentiel ", " pas vos oignons ", " i d rather not ", " no comment "}

var whyAbout = []string{" ca ", " cela ", " ceci ", " question ", " demand", " besoin ", " savoir ", " voulez ", " veux ", " faut ",
	" mon ", " ma ", " mes ", " son ", " sa ", " ses ", " age ", " lieu ", " handicap ", " cadre ", " commune ", " ville ",
	" adresse ", " situation ", " employeur ", " secteur ", " fonction publique ",
	" this ", " that ", " you ", " my ", " need ", " ask"}

// whereCues ask where the agency is (normalised, between spaces).
var whereCues = []string{" c est ou ", " cest ou ", " ou est ", " ou se trouve ", " ou ca ", " quelle adresse ", " quelle est l adresse ",
	" c est quoi l adresse ", " where is ", " what is the address ", " which address "}

// containsAny reports whether s contains one of the cues.
func containsAny(s string, cues []string) bool {
	for _, c := range cues {
		// a cue longer than s is not in it: most messages are a word or
		// two and most cues longer, the call to Contains is skipped
		if len(c) <= len(s) && containsCue(s, c) {
			return true
		}
	}
	return false
}

// containsPadded is strings.Contains(s, " "+w+" ") without building the
// padded word: the word lists are read word by word, a concatenation each
// (≈ 300 instructions).
func containsPadded(s, w string) bool {
	for i := 1; i+len(w) < len(s); i++ {
		j := strings.Index(s[i:len(s)-1], w)
		if j < 0 {
			return false
		}
		i += j
		if s[i-1] == ' ' && s[i+len(w)] == ' ' {
			return true
		}
	}
	return false
}

// containsCue is strings.Contains(s, c). The cues are padded with spaces
// (« " tel " ») and so are the texts: strings.Index looks for the first
// byte, then compares, and a space is every fifth byte of a text; it is
// cheaper to look for the cue without its space (a letter, rarer) and
// check the byte before (≈ 40 % less time on a request of 120 bytes, the
// cue lists being called some 70 times a turn).
func containsCue(s, c string) bool {
	if len(c) < 2 || c[0] != ' ' {
		return strings.Contains(s, c)
	}
	rest := c[1:]
	for i := 1; i+len(rest) <= len(s); {
		j := strings.Index(s[i:], rest)
		if j < 0 {
			return false
		}
		if s[i+j-1] == ' ' {
			return true
		}
		i += j + 1
	}
	return false
}
