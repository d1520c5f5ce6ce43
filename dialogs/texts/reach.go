package texts

// Reach holds what the visitor reads about reaching a person: an
// operator's contacts on every exit of the dialogue (site, telephone,
// nearest agency, opening hours), the request for a human, the contact
// details an appointment needs, the situations outside the status boxes,
// writing for a relative, and the acknowledgements of hard moments
// (owner: dialogs, issue 14). Fields with fmt verbs say so.
type Reach struct {
	// Operator contacts (dialogs/reach).
	ContactsTitle  string   // %s: the operator or agency name with its article (« la Mission locale de Rouen »)
	ContactsPhone  string   // %s: telephone number
	ContactsSite   string   // %s: web address
	ContactsAddr   string   // %s: postal address
	ContactsHours  string   // %s: opening hours (HoursDays…)
	ContactsMonCEP string   // every operator of the region: mon-cep.org
	ContactsNone   string   // no contact known at all
	Days           []string // weekday names, Sunday first
	HoursRange     string   // %s, %s: start and end of an opening range
	HoursDaySpan   string   // %s, %s: first and last day of a run of days with the same hours
	HoursDayJoin   string   // separator between a day and its ranges
	HoursSep       string   // separator between two groups of days
	HoursAnd       string   // word between two ranges of one day
	ClockHour      string   // %d: hour on the hour (« 9 h »)
	ClockMinutes   string   // %d, %02d: hour and minutes (« 9 h 30 »)
	// Dates in languages other than French (French uses texts.Date):
	// DateFormat takes the weekday, the day of the month, the month and
	// the time (%s, %d, %s, %s); Months are January first.
	DateFormat string
	Months     []string
	// RuleReasons are the routing table's reasons by row number ("1"…"9"),
	// as the visitor reads them; %s, where present, is the visitor's
	// status (StatusNames), so the reason names it.
	RuleReasons map[string]string
	HumanFrom   string // %s: who calls back, where no elision helper applies (English)

	// A request for a human, in words, in any state.
	HumanFactAsk    string // the one fact that decides who calls back: the status
	HumanUnsure     string // status option: « Je ne sais pas »
	HumanWayAsk     string // how to be contacted
	HumanWayPhone   string
	HumanWayMail    string
	HumanWayChat    string
	HumanDone       string // %s: reference
	HumanWho        string // %s: who calls back (name with article), %s: how (HumanByPhone…)
	HumanByPhone    string // %s: number
	HumanByMail     string // %s: address
	HumanByChat     string
	HumanWhen       string // %s: opening hours
	HumanCallThem   string // before the contacts: they may call directly
	HumanPaused     string // the questionnaire waits
	HumanResume     string // option: back to the questionnaire
	HumanFinish     string // option: finish
	HumanNoConsent  string // consent refused: no request can be recorded; contacts follow
	HumanAlready    string // %s: reference of the request already recorded
	ContactRequired string // the contact is needed for the request

	// Contact details that follow the appointment's modality.
	PhoneNeeded    string // appointment by phone: the number is required
	VideoNeeded    string // appointment by video: e-mail or mobile for the link
	VideoWayMail   string
	VideoWayPhone  string
	PhoneShort     string
	PhoneLong      string
	PhoneNotNumber string
	MailSuggest    string // %s: suggested address
	MailKeep       string // %s: the address as typed (option)
	ConfirmCallYou string // %s: number — « Le conseiller vous appellera au … »
	// ProxyPhoneNeeded, ProxyConfirmCall: the same for an appointment of a
	// relative (%s: « votre fils »): the advisor calls the relative, at
	// their number or the writer's; ProxyConfirmCall %s: the number.
	ProxyPhoneNeeded string
	ProxyConfirmCall string
	ConfirmLink      string // %s: address or number where the link is sent
	ConfirmWrite     string // %s: contact written to
	ConfirmReach     string // %s: number the advisor may call
	ContactLine      string // %s (kind: Téléphone, E-mail), %s (value)
	KindPhone        string
	KindMail         string

	// Situations outside the status boxes.
	StatusOther    string // status option « Autre situation »
	OtherAsk       string
	OtherRetired   string
	OtherESAT      string
	OtherSickLeave string
	OtherMilitary  string
	OtherParental  string
	OtherAtHome    string
	OtherDetention string
	OtherUnsure    string
	RetiredInfo    string // the CEP is for people who work or seek work
	RetiredSeek    string // option: looking for a job
	RetiredNot     string // option: not looking
	// RetiredWorking: option, a retiree who still works (cumul
	// emploi-retraite); RetiredWorkNoted: said before the status question.
	RetiredWorking, RetiredWorkNoted string
	ESATNoted                        string
	LeaveNoted                       string // sick or parental leave: the contract goes on
	MilitaryNoted                    string
	AtHomeNoted                      string
	DetentionNoted                   string // held in prison or just out: France Travail with the SPIP
	// The same notes for a visitor of 16 to 25, routed to the Mission
	// locale (…Young), and for one whose age is not known yet (…Ageless,
	// both organisations named with the age that parts them).
	AtHomeNotedYoung, AtHomeNotedAgeless       string
	DetentionNotedYoung, DetentionNotedAgeless string
	// Said at the status question to a situation of the visitor's own
	// words outside the buttons (status_words.go): a student with a job,
	// a service civique volunteer, two jobs; the hints re-ask the status
	// for the words that do not tell it (seasonal, refugee, caregiver,
	// no activity).
	StudentWorkNoted, CivicNoted, TwoJobsNoted           string
	SeasonalHint, ForeignHint, CarerHint, NoActivityHint string
	InvalidityHint, InternHint, BothHint                 string
	// Insertion and doctoral words at the status question (persona w2),
	// volunteering wished by a retiree.
	InsertionNoted, InsertionHint, DoctoralNoted, VolunteerNoted string
	UnsureInfo                                                   string // « je ne sais pas »: an advisor can help
	UnsureCall                                                   string // option: be contacted
	UnsureBack                                                   string // option: back to the questions
	SituationNames                                               map[string]string
	ExitEnd                                                      string // end of an exit: how to come back
	Under16End                                                   string // under 16: who helps, no loop
	Under16Mistake                                               string // option: wrong age
	// The same about a relative; %s = « votre fille ».
	ProxyUnder16End, ProxyApprenticeYoung string
	ApprenticeYoung                       string // an apprentice under 16 is an employee: the CFA and the Mission locale
	StudentEnd                            string
	OutsideEnd                            string

	// Writing for a relative.
	ProxyNoted string // %s: « votre fils »
	// ProxyRequestAsk: the description asked about the relative named in
	// the first message; %s: « votre fils », %s: il/elle.
	ProxyRequestAsk string
	ProxyStatusAsk  string // %s: « votre fils »
	ProxyShareAsk   string // %s: « votre fils »
	ProxyAgeAsk     string // %s: « votre fils »
	// ProxyAgeInvalid, ProxyAgeImpossible, ProxyAgeExample: the age
	// question's failures, about the relative. %s: « votre fils »
	ProxyAgeInvalid, ProxyAgeImpossible, ProxyAgeExample string
	ProxyPlaceAsk                                        string // %s: « votre fils »
	ProxyCommuneAsk                                      string // homonyms of the relative's town; %s: « votre fils »
	ProxyHandicap                                        string // %s: « votre fils », %s: il/elle
	ProxyCadre                                           string // %s: « Votre fils », %s: il/elle, %s: « votre fils »
	ProxyCadreF                                          string // ProxyCadre for a woman (« diplômée »)
	ProxyRecap                                           string // %s: « votre fils »
	ProxyOrientAlt                                       string // %s: the alternatives, %s: « votre fils »
	ProxyYour                                            string // %s: noun — « votre fils »
	PronounHe                                            string
	PronounShe                                           string
	// Writing for a relative: every sentence about the person in the third
	// person (round 2). ProxyReasons are the routing's reasons by row
	// ("1"…"9", "hors" for a place outside the regions); a key with "f"
	// ("4f") is the feminine form, used when there is one. %[1]s: « Votre
	// fils », %[2]s: the status name (StatusNames).
	ProxyReasons     map[string]string
	RelativeNames    map[string]string // the relative's French noun (intent.Proxy) as the language says it
	ProxyOrientIntro string            // %s: « votre fils », %s: the operator
	// ProxyEmployerNote follows ProxyOrientIntro when the writer is the
	// person's employer or manager (« une de nos salariées »): the CEP is
	// taken up at the person's own initiative and stays confidential from
	// the employer (cep-domain.md §1.1). %s: « votre salariée », %s: pronoun.
	ProxyEmployerNote  string
	ProxyModalityAsk   string // %s: « votre fils », %s: il/elle, %s: the agency
	ProxyBookedHandoff string // %s: « votre fils » — replaces BookedHandoff
	ProxyProjectAsk    string // %s: « votre fils »
	ProxySectorAsk     string // %s: « votre fils » — public or private employer
	ProxySectorPayAsk  string // %s: « votre fils » — AskSectorPay about the relative
	ProxyBranchAsk     string // %s: « votre fils » — which public service
	ProxyAckIllness    string // %s: « votre mari » — replaces AckIllness
	ProxyAckJobLoss    string // replaces AckJobLoss (the advisor helps the relative)
	ProxyLeaveNoted    string // %s: « votre mari » — replaces LeaveNoted
	// The retiree's question when the visitor writes for a relative:
	// %[1]s « votre mère », %[2]s « elle », %[3]s « Votre mère »; its
	// options with %s « elle » / « Elle »; the note of a job held, %s
	// « Votre mère ».
	ProxyRetiredInfo, ProxyRetiredSeek, ProxyRetiredWorking, ProxyRetiredWorkNoted string
	ProxyStudent                                                                   string // %[1]s: « votre fille » — in school or studies, not looking for a job
	ProxyStudentEnd                                                                string // %[1]s: « votre fille », %[2]s: il/elle — who can help if they decide to work
	ProxyOrientCards                                                               string // %s: « votre fils » — the cards for the relative's project
	ProxyJobSeeker                                                                 string // status option about the relative (neutral)
	ProxyProjectTrain                                                              string // project options about the relative (neutral)
	ProxyProjectEvolve                                                             string
	ProxyProjectVAE                                                                string
	ProxyProjectUnsure                                                             string

	// Lists and prepositions in the catalogue's language (langwords.go).
	ListAnd    string // before the last item of a list: « et »
	ListOrWord string // before the last alternative: « ou »

	// A greeting where an answer was expected is not a failure.
	GreetingBack string // before the question asked again

	// A number or an address given where a place or an age was asked.
	ContactKept    string // %s: the number or address read back — kept as the contact
	ContactNotHere string // not a place, not an age: the question again

	// The place asked once for a request for a person.
	HumanPlaceAsk string

	// Messages written while the questionnaire is paused after a request.
	HumanOnIt    string // a person asked for again while the request is being made
	HumanRelayed string // passed on to the request's advisor
	HumanNoted   string // kept with the request (no relay)

	// A short human acknowledgement.
	AckCrisis  string
	AckLoss    string
	AckIllness string
	AckJobLoss string
	AckLost    string
	// AckExhausted: « j'en peux plus », « au bout du rouleau »
	AckExhausted string
	AckAngry     string // annoyance with the service: no failure message follows

	// Exits: « Pas maintenant », consent refused, not covered.
	LaterContacts string // before the contacts of the operator
	RefusedRoute  string // %s: operator with article — from a message after refusal
	// RefusedRoutePlural is RefusedRoute for a network named in the
	// plural (« les Missions locales »): the verb agrees.
	RefusedRoutePlural string
	RefusedAnswered    string // after a question answered without consent
	QuestionNext       string // after a question answered at the orientation: what next

	// /mesdonnees as a readable summary.
	DataSummary     string
	DataBooking     string // %s: appointment line
	DataRequest     string // %s: request text
	DataConsent     string // %s: date
	DataContact     string // %s
	DataFileNote    string
	KnowledgeNoteEN string // English: information cards are in French
}

var frReach = Reach{
	ContactsTitle:  "Pour joindre %s :",
	ContactsPhone:  "Téléphone : %s",
	ContactsSite:   "Site : %s",
	ContactsAddr:   "Adresse : %s",
	ContactsHours:  "Horaires : %s",
	ContactsMonCEP: "Tous les organismes du conseil en évolution professionnelle, région par région : https://mon-cep.org/",
	ContactsNone:   "Pour trouver l'organisme qui peut vous accompagner : https://mon-cep.org/",
	Days:           []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	HoursRange:     "%s – %s",
	HoursDaySpan:   "du %s au %s",
	HoursDayJoin:   ", ",
	HoursSep:       " ; ",
	HoursAnd:       " et ",
	ClockHour:      "%d h",
	ClockMinutes:   "%d h %02d",
	DateFormat:     "%s %d %s à %s",
	Months:         []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	HumanFrom:      "de %s",
	// French: the routing package's reasons already name the status,
	// except row 8 (« salarié du privé ou travailleur indépendant »).
	RuleReasons: map[string]string{
		"8": "Vous êtes %s : l'opérateur régional du conseil en évolution professionnelle, financé par France compétences, vous accompagne.",
	},

	HumanFactAsk:    "Pour que la bonne personne vous rappelle, une seule question : quelle est votre situation professionnelle ?",
	HumanUnsure:     "Je ne sais pas",
	HumanWayAsk:     "Comment préférez-vous être recontacté(e) ?",
	HumanWayPhone:   "Par téléphone",
	HumanWayMail:    "Par e-mail",
	HumanWayChat:    "Ici, dans cette conversation",
	HumanDone:       "C'est noté : votre demande de contact est enregistrée (référence %s).",
	HumanWho:        "Un conseiller %s vous recontactera %s dès que possible.",
	HumanByPhone:    "par téléphone au %s",
	HumanByMail:     "par e-mail à %s",
	HumanByChat:     "ici, dans cette conversation,",
	HumanWhen:       "Heures d'ouverture : %s.",
	HumanCallThem:   "Vous pouvez aussi appeler directement :",
	HumanPaused:     "Le questionnaire est en pause. Vous pouvez le reprendre quand vous voulez.",
	HumanResume:     "Reprendre le questionnaire",
	HumanFinish:     "Terminer",
	HumanNoConsent:  "Sans votre accord, je ne peux pas enregistrer de demande de contact. Vous pouvez joindre directement un conseiller :",
	HumanAlready:    "Votre demande de contact est déjà enregistrée (référence %s) : un conseiller va vous recontacter.",
	ContactRequired: "Il me faut un moyen de vous joindre pour transmettre la demande.",

	PhoneNeeded:      "Pour un rendez-vous par téléphone, le conseiller vous appellera. Quel est votre numéro ? Par exemple : 06 12 34 56 78.",
	VideoNeeded:      "Pour la visio, le conseiller vous enverra un lien. Où voulez-vous le recevoir ?",
	VideoWayMail:     "Par e-mail",
	VideoWayPhone:    "Par SMS",
	PhoneShort:       "Il manque des chiffres : un numéro français a 10 chiffres, par exemple 06 12 34 56 78.",
	PhoneLong:        "Il y a trop de chiffres : un numéro français a 10 chiffres, par exemple 06 12 34 56 78. Pour un numéro étranger, commencez par + et l'indicatif.",
	PhoneNotNumber:   "Je n'ai pas trouvé de numéro dans votre message. Écrivez-le en chiffres, par exemple 06 12 34 56 78.",
	MailSuggest:      "Vouliez-vous dire %s ?",
	MailKeep:         "Non, c'est bien %s",
	ConfirmCallYou:   "Le conseiller vous appellera au %s.",
	ProxyPhoneNeeded: "Pour un rendez-vous par téléphone, le conseiller appellera %s. À quel numéro ? Le sien ou le vôtre, par exemple : 06 12 34 56 78.",
	ProxyConfirmCall: "Le conseiller appellera le %s.",
	ConfirmLink:      "Le lien de la visio vous sera envoyé à %s.",
	ConfirmWrite:     "Le conseiller pourra vous écrire à %s.",
	ConfirmReach:     "Le conseiller pourra vous joindre au %s.",
	ContactLine:      "%s : %s",
	KindPhone:        "Téléphone",
	KindMail:         "E-mail",

	StatusOther:    "Autre situation",
	OtherAsk:       "Quelle est votre situation ?",
	OtherRetired:   "Retraité(e)",
	OtherESAT:      "Je travaille en ESAT",
	OtherSickLeave: "En arrêt maladie",
	OtherMilitary:  "Militaire",
	OtherParental:  "En congé parental",
	OtherAtHome:    "Parent au foyer",
	OtherDetention: "En détention ou sortant de prison",
	OtherUnsure:    "Je ne sais pas",
	RetiredInfo: "Le conseil en évolution professionnelle s'adresse aux personnes qui travaillent ou qui cherchent un emploi.\n" +
		"Si vous voulez reprendre une activité, France Travail peut vous accompagner. Cherchez-vous un emploi ?",
	RetiredSeek:           "Oui, je cherche un emploi",
	RetiredNot:            "Non",
	RetiredWorking:        "Je travaille encore",
	RetiredWorkNoted:      "Vous travaillez encore : le conseil en évolution professionnelle vous est ouvert.",
	ESATNoted:             "Merci. Pour un projet en ESAT ou vers une entreprise, Cap emploi (ou la Mission locale avant 26 ans) accompagne les travailleurs handicapés.",
	LeaveNoted:            "Pendant un arrêt ou un congé, votre contrat continue : vous pouvez préparer un projet dès maintenant. Pour vous orienter, dites-moi quel est ce contrat.",
	MilitaryNoted:         "Merci. Pour les militaires, la reconversion est accompagnée par Défense mobilité, avec l'employeur public.",
	AtHomeNoted:           "Merci. Pour retrouver un emploi après une pause, France Travail vous accompagne.",
	DetentionNoted:        "Merci. En détention comme à la sortie de prison, le retour à l'emploi se prépare avec France Travail et le service pénitentiaire d'insertion et de probation (SPIP).",
	AtHomeNotedYoung:      "Merci. Pour trouver un emploi après une pause, la Mission locale vous accompagne.",
	AtHomeNotedAgeless:    "Merci. Pour retrouver un emploi après une pause, France Travail vous accompagne, ou la Mission locale avant 26 ans.",
	DetentionNotedYoung:   "Merci. En détention comme à la sortie de prison, le retour à l'emploi se prépare avec la Mission locale et le service pénitentiaire d'insertion et de probation (SPIP).",
	DetentionNotedAgeless: "Merci. En détention comme à la sortie de prison, le retour à l'emploi se prépare avec le service pénitentiaire d'insertion et de probation (SPIP) et France Travail, ou la Mission locale avant 26 ans.",
	StudentWorkNoted:      "Un emploi pendant les études ouvre le conseil en évolution professionnelle.",
	CivicNoted:            "Merci. Pour préparer la suite d'un service civique, la Mission locale accompagne les jeunes jusqu'à 25 ans, France Travail après.",
	TwoJobsNoted:          "Avec deux activités, le conseil en évolution professionnelle est ouvert.",
	SeasonalHint:          "Merci. Sous contrat en ce moment : choisissez « Salarié(e) du privé ». Entre deux saisons : choisissez « %s ».",
	ForeignHint:           "Merci. Pour l'orientation, c'est la situation en France qui compte : choisissez « %s » pour une recherche d'emploi, ou la situation de l'emploi occupé.",
	CarerHint:             "Merci. Pour reprendre un travail à côté de l'aide à un proche, choisissez « %s ».",
	InvalidityHint:        "Merci. En emploi, choisissez la situation de cet emploi. Sans emploi et pour travailler, choisissez « %s » : Cap emploi accompagne les personnes en situation de handicap.",
	InternHint:            "Merci. Pour un stage pendant les études, choisissez « Étudiant(e), élève ». Pour une formation professionnelle, choisissez « %s ».",
	InsertionNoted:        "Merci. Un contrat dans une structure d'insertion est un contrat de travail : le conseil en évolution professionnelle vous est ouvert.",
	InsertionHint:         "Merci. Avec un contrat dans une structure d'insertion (chantier, entreprise d'insertion), choisissez « Salarié(e) du privé ». Sans contrat de travail, choisissez « %s ».",
	DoctoralNoted:         "Merci. Avec un contrat doctoral, vous êtes agent contractuel de votre établissement : son service des ressources humaines peut vous accompagner.",
	VolunteerNoted:        "Le bénévolat n'est pas un emploi : pour trouver une mission, le site jeveuxaider.gouv.fr et France Bénévolat recensent les associations qui cherchent des bénévoles.",
	BothHint:              "Merci. Avec deux activités, tapez les deux numéros, par exemple « 2 et 4 », ou choisissez celle de l'emploi principal.",
	NoActivityHint:        "D'accord. Pour chercher un travail, choisissez « %s ». Sinon, choisissez « Autre situation ».",
	UnsureInfo:            "Pas de souci. Un conseiller de l'accueil peut faire le point avec vous et vous orienter.",
	UnsureCall:            "Être recontacté(e) par un conseiller",
	UnsureBack:            "Revenir aux questions",
	SituationNames: map[string]string{
		"retraite": "retraité(e)", "esat": "travailleur en ESAT", "arret_maladie": "en arrêt maladie",
		"militaire": "militaire", "conge_parental": "en congé parental", "au_foyer": "parent au foyer",
		"detention": "en détention ou sortant de prison", "service_civique": "volontaire en service civique",
		"apprenti": "apprenti(e)", "intermittent": "intermittent(e)",
	},
	ExitEnd: "Écrivez /start si vous voulez recommencer.",
	Under16End: "Avant 16 ans, le conseil en évolution professionnelle ne s'adresse pas encore à vous.\n" +
		"Pour parler de votre orientation : le psychologue de l'Éducation nationale de votre collège ou lycée, ou un centre d'information et d'orientation (CIO). Les métiers et les formations sont présentés sur https://www.onisep.fr/.\n" +
		"À partir de 16 ans, la Mission locale pourra vous accompagner.",
	Under16Mistake: "Je me suis trompé(e) d'âge",
	ProxyUnder16End: "Avant 16 ans, le conseil en évolution professionnelle ne s'adresse pas encore à %s.\n" +
		"Pour parler de son orientation : le psychologue de l'Éducation nationale de son collège ou lycée, ou un centre d'information et d'orientation (CIO). Les métiers et les formations sont présentés sur https://www.onisep.fr/.\n" +
		"À partir de 16 ans, la Mission locale pourra l'accompagner.",
	ProxyApprenticeYoung: "Un apprenti est un salarié : le centre de formation d'apprentis (CFA) et le maître d'apprentissage de %s sont ses premiers interlocuteurs. La Mission locale accompagne les jeunes dès 16 ans.",
	ApprenticeYoung:      "Un apprenti est un salarié : votre centre de formation d'apprentis (CFA) et votre maître d'apprentissage sont vos premiers interlocuteurs. La Mission locale accompagne les jeunes dès 16 ans.",
	StudentEnd:           "Voici qui peut vous aider si vous décidez de travailler :",
	OutsideEnd:           "Pour votre lieu de résidence, voici les contacts nationaux :",

	ProxyNoted:         "D'accord, vous écrivez pour %s. Je vais vous poser les questions à son sujet.",
	ProxyRequestAsk:    "D'accord, vous écrivez pour %s. Décrivez sa situation et son projet en quelques mots : son âge, sa commune, ce qu'%s fait aujourd'hui.",
	ProxyStatusAsk:     "Quelle est la situation professionnelle de %s aujourd'hui ?",
	ProxyShareAsk:      "Acceptez-vous que la reconnaissance de handicap de %s soit transmise à son conseiller ?",
	ProxyAgeAsk:        "Quel âge a %s ?",
	ProxyAgeInvalid:    "Je n'ai pas compris l'âge de %s. Écrivez-le en chiffres, par exemple : 34.",
	ProxyAgeImpossible: "Cet âge me paraît impossible. Écrivez l'âge de %s en chiffres, par exemple : 34.",
	ProxyAgeExample:    "Indiquez seulement l'âge de %s en années, en chiffres : par exemple « 27 ».",
	ProxyPlaceAsk:      "Où habite %s ? Indiquez son code postal ou sa commune.",
	ProxyCommuneAsk:    "Plusieurs communes portent ce nom. Laquelle est celle de %s ?",
	ProxyHandicap:      "Question facultative : %s a-t-%s une reconnaissance de handicap (RQTH, pension d'invalidité…) ?",
	ProxyCadre:         "%[1]s est-%[2]s cadre, ou diplômé d'un bac+3 ou plus ?",
	ProxyCadreF:        "%[1]s est-%[2]s cadre, ou diplômée d'un bac+3 ou plus ?",
	ProxyRecap:         "Si j'ai bien compris, pour %s :",
	ProxyOrientAlt:     "Vous pouvez aussi choisir : %s. Décidez-en avec %s.",
	ProxyYour:          "votre %s",
	PronounHe:          "il",
	PronounShe:         "elle",
	ProxyReasons: map[string]string{
		"1":    "%[1]s est agent public : son conseil en évolution professionnelle est assuré par son employeur (service RH, conseiller mobilité-carrière ou centre de gestion).",
		"2":    "%[1]s est étudiant et ne cherche pas d'emploi : le conseil en évolution professionnelle s'adresse aux actifs ; le service d'orientation de son établissement ou un CIO pourra l'aider.",
		"2f":   "%[1]s est étudiante et ne cherche pas d'emploi : le conseil en évolution professionnelle s'adresse aux actifs ; le service d'orientation de son établissement ou un CIO pourra l'aider.",
		"3":    "%[1]s a moins de 26 ans et il est cadre ou diplômé d'un bac+3 ou plus : l'Apec accompagne les jeunes diplômés.",
		"3f":   "%[1]s a moins de 26 ans et elle est cadre ou diplômée d'un bac+3 ou plus : l'Apec accompagne les jeunes diplômées et diplômés.",
		"4":    "%[1]s a moins de 26 ans : la Mission locale accompagne tous les jeunes de 16 à 25 ans.",
		"5":    "%[1]s a une reconnaissance de handicap : Cap emploi accompagne les personnes en situation de handicap, en emploi ou en recherche d'emploi.",
		"6":    "%[1]s est cadre, ou diplômé d'un bac+3 ou plus : l'Apec accompagne les cadres en emploi ou en recherche d'emploi.",
		"6f":   "%[1]s est cadre, ou diplômée d'un bac+3 ou plus : l'Apec accompagne les cadres en emploi ou en recherche d'emploi.",
		"3c":   "%[1]s a moins de 26 ans et est cadre : l'Apec accompagne les jeunes cadres et les jeunes diplômés.",
		"3g":   "%[1]s a moins de 26 ans et il est diplômé d'un bac+3 ou plus : l'Apec accompagne les jeunes diplômés.",
		"3gf":  "%[1]s a moins de 26 ans et elle est diplômée d'un bac+3 ou plus : l'Apec accompagne les jeunes diplômées et diplômés.",
		"6c":   "%[1]s est cadre : l'Apec accompagne les cadres en emploi ou en recherche d'emploi.",
		"6g":   "%[1]s est diplômé d'un bac+3 ou plus : l'Apec accompagne les cadres et les diplômés qui cherchent un poste de cadre.",
		"6gf":  "%[1]s est diplômée d'un bac+3 ou plus : l'Apec accompagne les cadres et les diplômés qui cherchent un poste de cadre.",
		"7":    "%[1]s cherche un emploi : France Travail assure son conseil en évolution professionnelle.",
		"8":    "%[1]s est %[2]s : l'opérateur régional du conseil en évolution professionnelle, financé par France compétences, l'accompagne.",
		"9":    "La situation professionnelle de %[1]s n'est pas encore connue : elle détermine l'organisme compétent.",
		"16":   "%[1]s a moins de 16 ans : le conseil en évolution professionnelle s'adresse aux personnes de 16 ans et plus ; le service d'orientation de son établissement ou un CIO pourra l'aider.",
		"hors": "Le lieu de résidence de %[1]s est hors des 18 régions : je vous indiquerai les contacts nationaux du conseil en évolution professionnelle.",
	},
	RelativeNames: map[string]string{
		"fils": "fils", "fille": "fille", "enfant": "enfant", "mari": "mari", "femme": "femme",
	},
	ProxyOrientIntro:   "L'organisme qui peut accompagner %s : %s.",
	ProxyEmployerNote:  "Ce conseil est confidentiel, y compris vis-à-vis de l'employeur : c'est %s qui choisit de s'y engager et ce qu'%s vous en dit.",
	ProxyModalityAsk:   "Comment %s souhaite-t-%s rencontrer le conseiller (%s) ?",
	ProxyBookedHandoff: "Le conseiller recevra la demande de %s avant le rendez-vous.",
	ProxyProjectAsk:    "Quel est le projet de %s ?",
	ProxySectorAsk:     "L'employeur de %s est-il public — État, collectivité, hôpital public — ou privé ?",
	ProxySectorPayAsk:  "Un repère : qui verse le salaire de %s ?",
	ProxyBranchAsk:     "Dans quelle fonction publique travaille %s ?",
	ProxyAckIllness:    "Je suis désolé que %s traverse cette période difficile.",
	ProxyAckJobLoss:    "Perdre son emploi est une épreuve. Un conseiller peut l'aider à rebondir.",
	ProxyLeaveNoted:    "Pendant un arrêt ou un congé, le contrat de %s continue : un projet peut se préparer dès maintenant. Pour l'orienter, dites-moi quel est ce contrat.",
	ProxyRetiredInfo: "Le conseil en évolution professionnelle s'adresse aux personnes qui travaillent ou qui cherchent un emploi.\n" +
		"Si %[1]s veut reprendre une activité, France Travail peut l'accompagner. %[3]s cherche-t-%[2]s un emploi ?",
	ProxyRetiredSeek:      "Oui, %s cherche un emploi",
	ProxyRetiredWorking:   "%s travaille encore",
	ProxyRetiredWorkNoted: "%s travaille encore : le conseil en évolution professionnelle lui est ouvert.",
	ProxyStudent: "Tant que %[1]s suit une formation (lycée, CAP en voie scolaire, études) sans chercher d'emploi, le conseil en évolution professionnelle ne s'adresse pas encore à %[1]s.\n" +
		"Le service d'orientation de son établissement ou un centre d'information et d'orientation (CIO) peut l'aider.\n" +
		"Si %[1]s est en apprentissage (un apprenti est un salarié) ou cherche un emploi, corrigez sa situation.",
	ProxyStudentEnd:    "Voici qui peut aider %[1]s au cas où %[2]s déciderait de travailler :",
	ProxyOrientCards:   "Bon à savoir, des dispositifs pour le projet de %s :",
	ProxyJobSeeker:     "En recherche d'emploi",
	ProxyProjectTrain:  "Se former",
	ProxyProjectEvolve: "Évoluer dans son travail",
	ProxyProjectVAE:    "Faire valider son expérience (VAE)",
	ProxyProjectUnsure: "Pas encore décidé",

	ListAnd:    " et ",
	ListOrWord: " ou ",

	GreetingBack: "Bonjour !",

	ContactKept:    "J'ai noté ce contact pour la suite : %s.",
	ContactNotHere: "Ceci ressemble à un numéro de téléphone ou à une adresse e-mail, pas à une réponse à ma question.",

	HumanPlaceAsk: "Pour que l'agence la plus proche vous recontacte : quel est votre code postal ou votre commune ? (Écrivez « passer » pour laisser l'accueil général s'en charger.)",

	HumanOnIt:    "C'est en cours : un conseiller va vous recontacter. Il me manque seulement la façon de vous joindre.",
	HumanRelayed: "Votre message a été transmis au conseiller qui traite votre demande (référence %s).",
	HumanNoted:   "Votre message est joint à votre demande de contact (référence %s) : le conseiller le lira.",

	AckCrisis:    "Si vous pensez au suicide ou si vous êtes en grande détresse, appelez le 3114 : écoute gratuite, 24 h/24, 7 j/7. En cas de danger immédiat, appelez le 15 ou le 112.",
	AckLoss:      "Je suis désolé pour votre perte.",
	AckIllness:   "Je suis désolé que vous traversiez cette période difficile. Prenez soin de vous.",
	AckJobLoss:   "Perdre son emploi est une épreuve. Un conseiller peut vous aider à rebondir.",
	AckLost:      "C'est normal de ne pas savoir par où commencer : nous allons faire le point ensemble, pas à pas.",
	AckExhausted: "Je suis désolé que ce soit si difficile en ce moment. Nous allons voir ensemble, pas à pas, ce qui peut vous aider.",
	AckAngry:     "Je comprends votre agacement. Je vais au plus court.",

	LaterContacts:      "Très bien. Si vous voulez les joindre plus tard :",
	RefusedRoute:       "D'après ce que vous écrivez, %s peut vous accompagner.",
	RefusedRoutePlural: "D'après ce que vous écrivez, %s peuvent vous accompagner.",
	RefusedAnswered:    "Je n'enregistre rien. Pour aller plus loin, un conseiller peut vous recevoir :",
	QuestionNext:       "Que souhaitez-vous faire maintenant ?",

	DataSummary:     "Voici ce que je conserve sur vous :",
	DataBooking:     "Rendez-vous : %s",
	DataRequest:     "Votre demande : « %s »",
	DataConsent:     "Accord donné le %s",
	DataContact:     "Contact : %s",
	DataFileNote:    "Le détail complet est dans le fichier joint. Pour tout effacer : /supprimer.",
	KnowledgeNoteEN: "(This information is only available in French.)",
}
