package texts

// Dialogue holds the reception dialogue: questions, options, answers, orientation, booking, managing an appointment (owner: dialogs).
// French values sit under the type; a field with fmt verbs says so in its comment.
// Vouvoiement, short sentences, plain words.
type Dialogue struct {
	Welcome        string
	ConsentAsk     string // {retention}: CEPBOT_RETENTION in words (texts.SetDurations)
	ConsentMore    string // {session_ttl}: CEPBOT_SESSION_TTL in words
	ConsentYes     string
	ConsentNo      string
	ConsentDetail  string
	ConsentExample string // said after a second answer not understood (the question follows)
	// ConsentFirst: the visitor described their situation instead of
	// answering the consent question; it is not kept before consent.
	ConsentFirst    string
	Refused         string
	ChangeMind      string
	Finish          string
	RequestAsk      string
	RequestEmpty    string
	TooLong         string
	StatusAsk       string
	StatusExample   string
	StatusJobSeeker string
	StatusEmployee  string
	StatusPublic    string
	StatusSelf      string
	StatusStudent   string
	AgeAsk          string
	AgeInvalid      string
	AgeImpossible   string
	AgeExample      string
	Under16         string
	HandicapAsk     string
	No              string
	Yes             string
	Skip            string
	HandicapExample string
	// HandicapAckOnly answers « ok », « d'accord », 👍 at the disability
	// question: an acknowledgement, not a yes to a sensitive fact.
	HandicapAckOnly string
	HandicapPending string
	ShareAsk        string
	ShareYes        string
	ShareNo         string
	ShareExample    string
	CadreAsk        string
	CadreYes        string
	Graduate        string
	CadreExample    string
	PlaceAsk        string
	PlaceInvalid    string
	PlaceNumber     string // a number typed that no button of the place question has
	HomeElsewhere   string // « non » to « J'habite dans le même département »
	PostcodeShort   string
	PlaceExample    string
	CommuneAsk      string
	Outside         string
	RecapIntro      string
	RecapOK         string
	RecapFix        string
	CorrectAsk      string
	FieldStatus     string
	FieldAge        string
	FieldHandicap   string
	FieldCadre      string
	FieldPlace      string
	FieldProject    string
	FieldNothing    string // the correction menu's way back
	// NothingCorrected: the recap follows
	NothingCorrected string
	ProjectAsk       string
	Unknown          string
	Noted            string
	OrientIntro      string // fmt: %s
	OrientWhy        string // fmt: %s
	OrientAlt        string // fmt: %s
	OrientBook       string // fmt: %s
	OrientAltBook    string // fmt: %s
	OrientLater      string
	// OrientDiscreet and OrientDiscreetEmployer lead the orientation of an
	// agent public who asked that their employer not know: %s = the
	// confidential alternatives, then %s = the employer's door.
	OrientDiscreet, OrientDiscreetEmployer string
	// ProxyOrientDiscreet and ProxyOrientDiscreetEmployer are the same
	// about a relative: %[1]s = « Votre fils », %[2]s = « il », %[3]s =
	// the confidential alternatives; then %[1]s = « Il », %[2]s = the
	// employer's door, %[3]s = « votre fils ».
	ProxyOrientDiscreet, ProxyOrientDiscreetEmployer string
	// AgeNoted: a bare number typed at a question with buttons, too big
	// for a button and a plausible age, kept as the age; %s = the age.
	AgeNoted string
	// OperatorNotFor: an organisation named that does not accompany the
	// visitor's situation; %s = it (« France Travail »), %s = the one
	// that does (« l'opérateur régional »). ProxyOperatorNotFor: about a
	// relative; %s = it, %s = « votre fils », %s = the one that does.
	OperatorNotFor, ProxyOperatorNotFor string
	OrientCards                         string
	OrientAsk                           string
	DontKnow                            string
	// CardAgain answers a question whose cards were all shown before in
	// the conversation: %s = their titles.
	CardAgain    string
	Later        string
	Student      string
	NoAgency     string // fmt: %s (operator with « de », texts.De)
	ModalityAsk  string // fmt: %s
	ModOnSite    string
	ModPhone     string
	ModVideo     string
	SlotAsk      string
	SlotPrevious string
	// SlotNearerAgency: an appointment on site moved after the visitor
	// moved house: %s = the booked agency's town after « à », %d = its
	// distance in km from the new home, %s = the nearer agency's town
	// after « de ».
	SlotNearerAgency string
	SlotUnchecked    string
	SlotMore         string
	SlotNone         string
	// The buttons under SlotNone: to be contacted, another agency of the
	// same operator nearby with free times (%s = its name), not now; and
	// what « not now » answers.
	SlotNoneOther    string
	SlotNoneOtherAsk string
	SlotNoneLater    string
	SlotNoneBye      string
	SlotNoneMoved    string // %s = the other agency, with its address on site
	// A day or a part of the day typed at the slot question (« plutôt
	// jeudi », « le matin »): %s = the wish (SlotWishDay, SlotWishMorning…).
	// BookingDropped: the visitor gave the booking up in words before it
	// was confirmed; the orientation follows.
	BookingDropped string
	// SlotWishFound heads the slots offered for the wish (instead of
	// SlotAsk); SlotWishNone comes before SlotAsk when none fits.
	SlotWishFound string
	SlotWishNone  string
	// SlotWishTaken says the slot at the day and time wished before the
	// slots were offered (« le mardi à 14 h ») is free and held: %s is
	// its line.
	SlotWishTaken string
	// SlotFromDate says the slots offered start on the date the visitor
	// typed (« le 15 décembre »): %s is the date.
	SlotFromDate string
	// SlotAgencyClosed: the day (or part of it) wished is one the agency
	// is closed on; the next open one is offered. %s = the wish (« le
	// samedi matin »).
	SlotAgencyClosed string
	// WishNoted: a day or part of the day given before the way to meet
	// was chosen, kept for the slots; %s = the wish.
	WishNoted string
	// ModalityUnoffered: the way to meet asked for is not one the agency
	// offers; %s = the modality's name, lower case (« en visio »).
	ModalityUnoffered  string
	SlotWishDay        string // fmt: %s = a weekday (« le jeudi »)
	SlotWishMorning    string
	SlotWishAfternoon  string
	SlotWishDayMorning string // fmt: %s = a weekday (« le jeudi matin »)
	SlotWishDayAfter   string // fmt: %s = a weekday (« le jeudi après-midi »)
	SlotWishDayClock   string // fmt: %s = a weekday, %s = a time (« le jeudi à 10 h »)
	SlotWishClock      string // fmt: %s = a time (« à 10 h »)
	SlotTaken          string
	SlotPast           string // the time chosen is over (a visitor back days later)
	SlotsPast          string // times offered earlier are over (the offers are renewed)
	SlotLine           string // fmt: %s
	ContactAsk         string
	ContactChat        string
	ContactPhone       string
	ContactMail        string
	PhoneAsk           string
	MailAsk            string
	PhoneExample       string // said after a second wrong number (the question follows: no repeat of it)
	MailExample        string
	PhoneInvalid       string
	MailInvalid        string
	ConfirmIntro       string
	ConfirmYes         string
	ConfirmOther       string
	ConfirmAsk         string
	Booked             string // fmt: %s
	BookedHandoff      string
	BookedReminder     string
	MovedOld           string // fmt: %s
	ICSName            string
	Follow             string // fmt: %s
	// FollowNoted, FollowReroute: a fact corrected after the booking;
	// FollowReroute when it makes another organisation competent (%s: its
	// name, OperatorNames).
	FollowNoted, FollowReroute string
	// FollowFar: a move told after the booking leaves the appointment on
	// site far from home: %s = its town after « à », %d = km.
	FollowFar string
	// FollowStatusEnded: the situation has ended after the booking
	// (« je suis plus en CDI depuis hier »), the new one not said.
	FollowStatusEnded string
	// FollowAlso: a fact told after the booking makes another
	// organisation the first one, the booked one still fitting (%s: the
	// other's name, OperatorNames).
	FollowAlso string
	// FollowWhichCommune: a move after the booking to a town with
	// homonyms (%s: them, « Nom (Département, code) » joined by « ou »).
	FollowWhichCommune string
	Relayed            string
	ManageAsk          string // fmt: %s
	ManageKeep         string
	ManageMove         string
	ManageCancel       string
	NoBooking          string
	CancelAsk          string
	CancelYes          string
	CancelNo           string
	Cancelled          string // fmt: %s
	Kept               string
	EraseAsk           string
	EraseYes           string
	EraseNo            string
	Erased             string
	NotErased          string
	DataIntro          string
	DataNone           string
	DataName           string
	Help               string
	Human              string // fmt: %s (operator with « de », texts.De)
	HumanNoCons        string
	HumanOffer         string
	Stop               string
	StopResumable      string // /stop during the questions: « reprendre » continues
	StopBooked         string // said after Stop when an appointment is booked
	Stale              string
	UnknownCommand     string
	Declined           string
	// OtherLanguage: a message written in Spanish, which the dialogue
	// does not read; said in Spanish, then in the catalogue's language.
	OtherLanguage  string
	NotUnderstood  string
	ThirdFailure   string // fmt: %s
	Choose         string
	ChooseRange    string // a typed number no button has; %s = the number of buttons
	ResumeAsk      string
	ResumeContinue string
	ResumeRestart  string
	Ended          string
	Internal       string
	Unavailable    string

	Reminder   string // fmt: %s when (« demain à 10 h 30 », « dans 2 heures, à 10 h 30 »), %s appointment line, %s reference
	ReminderIn string // fmt: %s time left (« 2 heures », « 45 minutes »), %s time of day
	Hour       string
	Hours      string
	Minute     string
	Minutes    string

	OrientSessions string
	SessionsAsk    string
	SessionLine    string // fmt: %d, %s
	SessionOnline  string
	SessionsBack   string
	SessionsNone   string
	SessionFull    string
	Registered     string // fmt: %s
	AlsoBook       string

	// Names of the codes the routing uses, as the visitor reads them.
	StatusNames map[string]string
	// StatusBeing names a status after « Vous êtes » / « … est » where its
	// name does not fit there (« profession libérale »); else StatusNames.
	StatusBeing map[string]string
	// StatusWoman names a status after « … est » about a woman the
	// visitor writes for (« Votre fille est demandeuse d'emploi »), where
	// its inclusive or masculine name does not fit.
	StatusWoman   map[string]string
	ProjectNames  map[string]string
	OperatorNames map[string]string
	OperatorShort map[string]string
	ModalityNames map[string]string

	// The framing of the knowledge cards' answers (the cards themselves are
	// in dialogs/knowledge/cards).
	KnowledgeNotFor   string            // fmt: %s (the people, KnowledgeAudience)
	KnowledgeSource   string            // fmt: %s (URL)
	KnowledgeAudience map[string]string // the people of a status, for the notes

	// Recap lines.
	RecapHandicap string
	RecapCadre    string
	RecapGraduate string
	RecapAge      string // fmt: %d
	WordYes       string
	WordNo        string
	RecapLine     string // fmt: %s (field), %s (value): one line of the recap

	// The project options.
	ProjectChange, ProjectTrain, ProjectJob, ProjectEvolve, ProjectCreate, ProjectVAE, ProjectAssess, ProjectUnsure string

	// The appointment line: « mardi 1er décembre à 10 h (60 min), Cap emploi, sur place : …, avec … ».
	ApptDuration   string // fmt: %d (minutes)
	ApptOnSite     string // fmt: %s (agency), %s (address)
	ApptPhone      string
	ApptVideo      string
	ApptWith       string // fmt: %s (advisor)
	ApptRef        string // fmt: %s (reference)
	ConfirmContact string // fmt: %s
	SessionTitled  string // fmt: %[1]s (line), %[2]s (title)
	SessionAt      string // fmt: %s (place with its article, « à … »), %s (address)
	SessionVisio   string // fmt: %s (link)
	OrientNamed    string // fmt: %s (kind), %s (operator name)
}

var frDialogue = Dialogue{
	Welcome: "Bonjour, je suis l'assistant d'accueil du Conseil en évolution professionnelle (CEP).\n" +
		"Je suis un programme automatique. Ce service est gratuit et confidentiel.\n" +
		"Je vais comprendre votre situation, vous dire quel organisme peut vous accompagner, puis vous proposer un rendez-vous avec un conseiller, qui prendra le relais.\n" +
		"À tout moment : /aide pour de l'aide, /stop pour arrêter.",
	ConsentAsk: "Pour vous orienter et prendre rendez-vous, j'enregistre ce que vous m'écrivez (situation, âge, lieu, projet).\n" +
		"Ces informations sont transmises seulement au conseiller de l'organisme choisi. Elles sont effacées {retention} après le rendez-vous, ou dès que vous le demandez (/supprimer).\n" +
		"Êtes-vous d'accord ?",
	ConsentMore: "En détail : les informations servent uniquement à vous orienter et à préparer votre rendez-vous. " +
		"Seul le conseiller de l'organisme que vous choisissez les reçoit. Une information sur un handicap n'est transmise que si vous l'acceptez.\n" +
		"Vous pouvez voir vos données avec /mesdonnees et les effacer avec /supprimer. Sans activité, la conversation est effacée après {session_ttl}.",
	ConsentYes:     "J'accepte",
	ConsentNo:      "Je refuse",
	ConsentDetail:  "En savoir plus",
	ConsentExample: "Répondez « j'accepte » ou « je refuse ».",
	ConsentFirst:   "Avant de lire votre situation, j'ai besoin de votre accord : touchez « J'accepte », puis écrivez-la de nouveau.",
	Refused: "C'est noté : je ne conserve aucune information personnelle et je ne peux pas prendre de rendez-vous pour vous.\n" +
		"Vous pouvez contacter directement :\n" +
		"• France Travail (demandeurs d'emploi) : francetravail.fr\n" +
		"• Apec (cadres et jeunes diplômés) : apec.fr\n" +
		"• Mission locale (16-25 ans) : unml.info\n" +
		"• Cap emploi (handicap) : capemploi.info\n" +
		"• Salariés et indépendants : mon-cep.org\n" +
		"Si vous changez d'avis, je suis là.",
	ChangeMind: "Finalement, j'accepte",
	Finish:     "Terminer",
	RequestAsk: "Décrivez votre situation et votre projet en quelques mots.\n" +
		"Par exemple : « Je suis salariée dans le commerce à Nantes, j'ai 41 ans et je voudrais me reconvertir. »",
	RequestEmpty:    "Je n'ai pas reçu de texte. Décrivez votre situation en une ou deux phrases.",
	TooLong:         "Votre message était long : j'en ai lu les 4 096 premiers caractères.",
	StatusAsk:       "Quelle est votre situation professionnelle aujourd'hui ?",
	StatusExample:   "Choisissez une des réponses, ou écrivez par exemple : « je suis salarié », « je cherche un emploi », « je suis fonctionnaire ».",
	StatusJobSeeker: "Je cherche un emploi",
	StatusEmployee:  "Salarié(e) du privé",
	StatusPublic:    "Agent public",
	StatusSelf:      "Indépendant(e), artisan, libéral",
	StatusStudent:   "Étudiant(e), élève",
	AgeAsk:          "Quel âge avez-vous ?",
	AgeInvalid:      "Je n'ai pas compris votre âge. Écrivez-le en chiffres, par exemple : 34.",
	AgeImpossible:   "Cet âge me paraît impossible. Écrivez votre âge en chiffres, par exemple : 34.",
	AgeExample:      "Indiquez seulement votre âge en années, en chiffres : par exemple « 27 ».",
	Under16: "Le conseil en évolution professionnelle s'adresse aux personnes de 16 ans et plus.\n" +
		"Avant 16 ans, le mieux est d'en parler au psychologue de l'Éducation nationale de votre collège ou lycée, ou à un centre d'information et d'orientation (CIO).\n" +
		"Si vous vous êtes trompé(e), indiquez votre âge à nouveau.",
	HandicapAsk: "Question facultative : avez-vous une reconnaissance de handicap (RQTH, pension d'invalidité…) ?\n" +
		"Cela peut vous ouvrir un accompagnement spécialisé (Cap emploi).",
	No:              "Non",
	Yes:             "Oui",
	Skip:            "Je préfère ne pas répondre",
	HandicapExample: "Répondez « oui », « non » ou « je préfère ne pas répondre ».",
	HandicapAckOnly: "Pour bien noter, dites-moi si vous avez une reconnaissance de handicap.",
	HandicapPending: "C'est noté. Tant que votre demande n'est pas accordée, je la compte comme non reconnue ; une fois votre handicap reconnu, Cap emploi pourra aussi vous accompagner.",
	ShareAsk:        "Acceptez-vous que votre reconnaissance de handicap soit transmise au conseiller qui vous recevra ?",
	ShareYes:        "Oui, elle peut être transmise",
	ShareNo:         "Non, je préfère la garder",
	ShareExample:    "Répondez « oui » ou « non ».",
	CadreAsk:        "Êtes-vous cadre, ou diplômé(e) d'un bac+3 ou plus ?",
	CadreYes:        "Oui, cadre",
	Graduate:        "Oui, bac+3 ou plus",
	CadreExample:    "Répondez « non », « cadre » ou « bac+3 ».",
	PlaceAsk:        "Où habitez-vous ? Indiquez votre code postal ou votre commune.",
	PlaceInvalid:    "Je n'ai pas reconnu ce lieu. Indiquez un code postal à 5 chiffres (par exemple 69003) ou le nom de votre commune.",
	PlaceNumber:     "Ce numéro ne correspond à aucune réponse : touchez un bouton, ou indiquez un code postal à 5 chiffres ou le nom de votre commune.",
	HomeElsewhere:   "D'accord. Indiquez votre code postal ou le nom de la commune où vous habitez.",
	PostcodeShort:   "Un code postal a 5 chiffres, par exemple 75011. Pouvez-vous le vérifier ?",
	PlaceExample:    "Écrivez par exemple « 35000 », « Rennes » ou « Seine-Saint-Denis ».",
	CommuneAsk:      "Plusieurs communes portent ce nom. Laquelle est la vôtre ?",
	Outside: "Votre lieu de résidence n'est pas couvert par les opérateurs régionaux du CEP.\n" +
		"Vous pouvez trouver le bon interlocuteur sur mon-cep.org, ou demander un conseiller avec /conseiller.\n" +
		"Si vous habitez ailleurs, indiquez votre code postal.",
	RecapIntro:                  "Si j'ai bien compris :",
	RecapOK:                     "C'est exact",
	RecapFix:                    "Corriger une information",
	CorrectAsk:                  "Quelle information voulez-vous corriger ?",
	FieldStatus:                 "Situation",
	FieldAge:                    "Âge",
	FieldHandicap:               "Handicap",
	FieldCadre:                  "Cadre ou bac+3",
	FieldPlace:                  "Lieu",
	FieldProject:                "Projet",
	FieldNothing:                "Rien, c'est exact",
	NothingCorrected:            "D'accord, rien n'est changé.",
	ProjectAsk:                  "Quel est votre projet ?",
	Unknown:                     "non précisé",
	Noted:                       "C'est noté.",
	OrientIntro:                 "L'organisme qui peut vous accompagner : %s.",
	OrientWhy:                   "Pourquoi ? %s",
	OrientAlt:                   "Vous pouvez aussi choisir : %s. Le choix vous appartient.",
	OrientBook:                  "Prendre rendez-vous avec %s",
	OrientAltBook:               "Plutôt avec %s",
	OrientLater:                 "Pas maintenant",
	OrientDiscreet:              "Vous ne souhaitez pas que votre employeur le sache : vous pouvez vous adresser, de façon confidentielle, à %s.",
	OrientDiscreetEmployer:      "Vous pouvez aussi passer par %s. Le choix vous appartient.",
	ProxyOrientDiscreet:         "%[1]s ne souhaite pas que son employeur le sache : %[2]s peut s'adresser, de façon confidentielle, à %[3]s.",
	ProxyOrientDiscreetEmployer: "%[1]s peut aussi passer par %[2]s. Décidez-en avec %[3]s.",
	OperatorNotFor:              "%s n'assure pas le conseil en évolution professionnelle dans votre situation : c'est %s qui peut vous accompagner.",
	ProxyOperatorNotFor:         "%s n'assure pas le conseil en évolution professionnelle dans la situation de %s : c'est %s qui peut l'accompagner.",
	OrientCards:                 "Bon à savoir, des dispositifs pour votre projet :",
	OrientAsk:                   "Posez-moi une question sur l'un d'eux si vous voulez en savoir plus.",
	CardAgain:                   "Je vous l'ai indiqué plus haut (%s) : relisez ma réponse ci-dessus, ou écrivez /conseiller pour en parler à un conseiller.",
	DontKnow:                    "Je ne sais pas répondre à cette question. Un conseiller pourra vous renseigner : écrivez /conseiller.",
	Later:                       "Très bien. Vous pouvez revenir quand vous voulez : écrivez /start pour recommencer.",
	AgeNoted:                    "C'est noté : vous avez %s ans.",
	Student: "Tant que vous êtes en études sans chercher d'emploi, le conseil en évolution professionnelle ne s'adresse pas encore à vous.\n" +
		"Le service d'orientation de votre université ou un centre d'information et d'orientation (CIO) peut vous aider.\n" +
		"Si vous travaillez ou cherchez un emploi, corrigez votre situation.",
	NoAgency:           "Je ne trouve pas d'agence %s pour votre département dans l'annuaire. Écrivez /conseiller : un conseiller vous recontactera.",
	ModalityAsk:        "Comment souhaitez-vous rencontrer votre conseiller (%s) ?",
	ModOnSite:          "Sur place",
	ModPhone:           "Par téléphone",
	ModVideo:           "En visio",
	SlotAsk:            "Voici les prochains créneaux disponibles :",
	SlotPrevious:       "Je vous propose d'abord votre conseiller précédent.",
	SlotNearerAgency:   "Votre rendez-vous était %s, à environ %d km de chez vous : je vous propose plutôt l'agence %s, plus proche.",
	SlotUnchecked:      "L'agenda de certains conseillers n'a pas pu être consulté : ces créneaux suivent les horaires de l'agence, qui vous recontactera en cas d'empêchement.",
	SlotMore:           "Autres créneaux",
	BookingDropped:     "D'accord, je ne prends pas de rendez-vous. Vous pouvez choisir autre chose ci-dessous, ou écrire /stop pour arrêter.",
	SlotWishFound:      "Voici les prochains créneaux libres %s :",
	SlotWishNone:       "Je n'ai pas de créneau libre %s dans les semaines à venir.",
	SlotWishTaken:      "Le créneau que vous souhaitiez est libre : %s. Je le retiens pour vous.",
	SlotFromDate:       "C'est noté : à partir du %s.",
	SlotAgencyClosed:   "L'agence est fermée %s.",
	WishNoted:          "C'est noté : je vous proposerai des créneaux %s.",
	ModalityUnoffered:  "Cette agence ne propose pas de rendez-vous %s.",
	SlotWishDay:        "le %s",
	SlotWishMorning:    "le matin",
	SlotWishAfternoon:  "l'après-midi",
	SlotWishDayMorning: "le %s matin",
	SlotWishDayAfter:   "le %s après-midi",
	SlotWishDayClock:   "le %s à %s",
	SlotWishClock:      "à %s",
	SlotNone:           "Il n'y a plus de créneau libre dans les semaines à venir pour cette agence. Un conseiller peut vous recontacter.",
	SlotNoneOtherAsk:   "%s a des créneaux libres.",
	SlotNoneOther:      "Rendez-vous à %s",
	SlotNoneLater:      "Pas maintenant",
	SlotNoneMoved:      "C'est noté : %s.",
	SlotNoneBye:        "Entendu. De nouveaux créneaux s'ouvrent chaque jour : écrivez /start dans quelques jours pour en chercher. Écrivez /conseiller si vous préférez être recontacté(e).",
	SlotTaken:          "Désolé, ce créneau vient d'être pris par quelqu'un d'autre.",
	SlotPast:           "Le créneau que vous aviez choisi est passé.",
	SlotsPast:          "Des créneaux proposés plus tôt sont déjà passés : voici les créneaux à jour.",
	SlotLine:           "%s avec %s",
	ContactAsk:         "Comment le conseiller peut-il vous joindre si besoin ?",
	ContactChat:        "Par cette conversation",
	ContactPhone:       "Par téléphone",
	ContactMail:        "Par e-mail",
	PhoneAsk:           "Quel est votre numéro de téléphone ? Par exemple : 06 12 34 56 78.",
	MailAsk:            "Quelle est votre adresse e-mail ?",
	PhoneExample:       "Écrivez seulement le numéro, en chiffres.",
	MailExample:        "Écrivez seulement l'adresse, avec son @.",
	PhoneInvalid:       "Ce numéro ne semble pas valide. Écrivez 10 chiffres commençant par 0, par exemple 06 12 34 56 78.",
	MailInvalid:        "Cette adresse ne semble pas valide. Par exemple : prenom.nom@exemple.fr.",
	ConfirmIntro:       "Votre rendez-vous :",
	ConfirmYes:         "Je confirme",
	ConfirmOther:       "Choisir un autre créneau",
	ConfirmAsk:         "Confirmez-vous ce rendez-vous ?",
	Booked:             "Votre rendez-vous est confirmé.\nRéférence : %s\n%s\nLe conseiller recevra votre demande avant le rendez-vous.\nPour déplacer ou annuler : /rdv.",
	BookedHandoff:      "Le conseiller recevra votre demande avant le rendez-vous.",
	BookedReminder:     "Vous recevrez un rappel la veille.",
	MovedOld:           "Votre ancien rendez-vous (%s) est libéré.",
	ICSName:            "rendez-vous-cep.ics",
	Follow:             "Votre rendez-vous est prévu %s. Pour le déplacer ou l'annuler : /rdv. Pour parler à un conseiller : /conseiller.",
	FollowNoted:        "C'est noté. Votre rendez-vous ne change pas : dites-le aussi à votre conseiller au début du rendez-vous.",
	FollowFar:          "C'est noté. Votre rendez-vous sur place est %s, à environ %d km de chez vous. Pour le déplacer dans une agence plus proche, écrivez /rdv puis choisissez « Le déplacer ».",
	FollowReroute: "C'est noté. Avec cette information, l'organisme qui peut vous accompagner est %s, pas celui de votre rendez-vous.\n" +
		"Écrivez /rdv pour annuler ce rendez-vous, puis /start pour reprendre avec le bon organisme.",
	FollowWhichCommune: "Plusieurs communes portent ce nom : %s. Écrivez votre code postal : je vous dirai si votre rendez-vous change.",
	FollowAlso:         "C'est noté. Votre rendez-vous reste valable. Avec cette information, %s peut aussi vous accompagner : parlez-en à votre conseiller au début du rendez-vous.",
	FollowStatusEnded: "C'est noté. Avec votre nouvelle situation, un autre organisme sera peut-être plus adapté.\n" +
		"Dites-le à votre conseiller au début du rendez-vous, ou écrivez /rdv pour l'annuler, puis /start pour reprendre avec votre nouvelle situation.",
	Relayed:      "Votre message a été transmis à votre conseiller.",
	ManageAsk:    "Votre rendez-vous : %s.\nQue souhaitez-vous faire ?",
	ManageKeep:   "Le garder",
	ManageMove:   "Le déplacer",
	ManageCancel: "L'annuler",
	NoBooking:    "Vous n'avez pas de rendez-vous en cours.",
	CancelAsk:    "Voulez-vous vraiment annuler ce rendez-vous ?",
	CancelYes:    "Oui, annuler",
	CancelNo:     "Non, le garder",
	Cancelled:    "Votre rendez-vous %s est annulé. Le conseiller est prévenu. Écrivez /start si vous voulez en prendre un autre.",
	Kept:         "Parfait, votre rendez-vous est maintenu.",
	EraseAsk:     "Voulez-vous effacer toutes vos données ? Votre rendez-vous éventuel sera annulé et le conseiller prévenu.",
	EraseYes:     "Oui, tout effacer",
	EraseNo:      "Non",
	Erased:       "Vos données sont effacées. Merci d'avoir utilisé ce service. Écrivez /start pour recommencer.",
	NotErased:    "Rien n'a été effacé.",
	DataIntro:    "Voici toutes les données que je conserve sur vous (fichier joint).",
	DataNone:     "Je ne conserve aucune donnée personnelle sur vous.",
	DataName:     "mes-donnees-cep.json",
	Help: "Je vous aide à trouver l'organisme du conseil en évolution professionnelle qui peut vous accompagner, et à prendre rendez-vous.\n" +
		"Commandes :\n" +
		"/start — recommencer\n" +
		"/conseiller — parler à un conseiller\n" +
		"/rdv — voir, déplacer ou annuler mon rendez-vous\n" +
		"/mesdonnees — voir mes données\n" +
		"/supprimer — effacer mes données\n" +
		"/stop — arrêter\n" +
		"Vous pouvez répondre en touchant un bouton, en tapant son numéro ou en écrivant la réponse.",
	Human:          "Votre demande est transmise : un conseiller %s vous recontactera ici dès que possible.",
	HumanNoCons:    "Pour qu'un conseiller vous recontacte, j'ai besoin de votre accord pour enregistrer votre demande. Sinon, vous pouvez contacter directement mon-cep.org.",
	HumanOffer:     "Parler à un conseiller",
	Stop:           "Très bien, j'arrête ici. Écrivez /start quand vous voulez reprendre.",
	StopResumable:  "Très bien, j'arrête ici. Écrivez « reprendre » pour continuer où nous en étions, ou /start pour recommencer.",
	StopBooked:     "Votre rendez-vous reste réservé : /rdv pour le voir, le déplacer ou l'annuler.",
	Stale:          "Ce bouton correspond à une question précédente. Je reprends la question en cours :",
	UnknownCommand: "Je ne connais pas la commande %s.",
	Declined:       "Si vous préférez ne pas me le dire, un conseiller peut reprendre la conversation avec vous : écrivez /conseiller.",
	OtherLanguage: "Lo siento, solo puedo responder en francés o en inglés: escriba en una de estas lenguas, o /conseiller para hablar con un asesor.\n" +
		"Je réponds en français ou en anglais : écrivez dans l'une de ces langues, ou /conseiller pour parler à un conseiller.",
	NotUnderstood:  "Je n'ai pas compris votre réponse.",
	ThirdFailure:   "Je n'arrive pas à comprendre votre réponse. %s\nSi vous préférez, un conseiller peut reprendre la conversation : écrivez /conseiller.",
	Choose:         "Choisissez une réponse en touchant un bouton ou en tapant son numéro.",
	ChooseRange:    "Ce numéro ne correspond à aucune réponse : tapez un numéro de 1 à %s, ou touchez un bouton.",
	ResumeAsk:      "Bon retour ! Voulez-vous reprendre là où nous nous étions arrêtés, ou recommencer ?",
	ResumeContinue: "Reprendre",
	ResumeRestart:  "Recommencer",
	Ended:          "La conversation est terminée. Écrivez /start pour recommencer.",
	Internal:       "Désolé, un problème technique m'empêche de répondre. Réessayez dans un instant.",
	Unavailable:    "Le service est momentanément indisponible, réessayez dans un instant.",

	Reminder:   "Rappel : vous avez rendez-vous %s.\n%s.\nRéférence : %s\nPour le déplacer ou l'annuler : /rdv.",
	ReminderIn: "dans %s, à %s",
	Hour:       "heure",
	Hours:      "heures",
	Minute:     "minute",
	Minutes:    "minutes",

	OrientSessions: "M'inscrire à une réunion d'information",
	SessionsAsk:    "Prochaines réunions d'information collectives, gratuites :",
	SessionLine:    "%s, %s (%d places)",
	SessionOnline:  "en visio",
	SessionsBack:   "Retour",
	SessionsNone:   "Il n'y a pas de réunion d'information prévue près de chez vous dans les quatre semaines à venir.",
	SessionFull:    "Désolé, cette réunion vient d'être complète. Voici les suivantes :",
	Registered:     "Vous êtes inscrit(e) : « %s », %s.\nRéférence : %s\nSi vous ne pouvez pas venir, écrivez /conseiller pour prévenir.",
	AlsoBook:       "Vous pouvez aussi prendre un rendez-vous individuel.",

	StatusNames: map[string]string{
		"demandeur_emploi":    "demandeur d'emploi",
		"salarie_prive":       "salarié(e) du privé",
		"agent_public":        "agent public",
		"independant":         "indépendant(e)",
		"artisan":             "artisan",
		"profession_liberale": "profession libérale",
		"auto_entrepreneur":   "auto-entrepreneur",
		"etudiant":            "étudiant(e)",
	},
	StatusBeing: map[string]string{
		"profession_liberale": "professionnel(le) libéral(e)",
	},
	StatusWoman: map[string]string{
		"demandeur_emploi": "demandeuse d'emploi", "salarie_prive": "salariée du privé", "agent_public": "agente publique",
		"independant": "indépendante", "artisan": "artisane", "profession_liberale": "professionnelle libérale",
		"auto_entrepreneur": "auto-entrepreneuse", "etudiant": "étudiante",
	},
	ProjectNames: map[string]string{
		"reconversion":      "reconversion",
		"formation":         "formation",
		"creation_activite": "création ou reprise d'entreprise",
		"reprise_activite":  "reprise d'emploi",
		"vae":               "validation des acquis de l'expérience (VAE)",
		"bilan":             "bilan de compétences",
		"mobilite":          "évolution ou mobilité",
		"information":       "information",
		"autre":             "à préciser avec le conseiller",
	},
	OperatorNames: map[string]string{
		"cap_emploi":         "Cap emploi",
		"france_travail":     "France Travail",
		"mission_locale":     "la Mission locale",
		"apec":               "l'Apec",
		"operateur_regional": "l'opérateur régional du CEP",
		"employeur_public":   "votre employeur public (service RH ou conseiller mobilité-carrière)",
	},
	OperatorShort: map[string]string{
		"cap_emploi":         "Cap emploi",
		"france_travail":     "France Travail",
		"mission_locale":     "la Mission locale",
		"apec":               "l'Apec",
		"operateur_regional": "l'opérateur régional",
		"employeur_public":   "votre employeur public",
	},
	ModalityNames: map[string]string{
		"sur_place": "Sur place", "telephone": "Par téléphone", "visio": "En visio",
	},
	RecapHandicap: "Handicap reconnu",
	RecapCadre:    "Cadre",
	RecapGraduate: "Diplômé(e) bac+3 ou plus",
	RecapAge:      "%d ans",
	WordYes:       "oui",
	WordNo:        "non",
	RecapLine:     "• %s : %s",

	ProjectChange: "Changer de métier",
	ProjectTrain:  "Me former",
	ProjectJob:    "Trouver un emploi",
	ProjectEvolve: "Évoluer dans mon travail",
	ProjectCreate: "Créer ou reprendre une entreprise",
	ProjectVAE:    "Faire valider mon expérience (VAE)",
	ProjectAssess: "Faire un bilan de compétences",
	ProjectUnsure: "Je ne sais pas encore",

	ApptDuration:   " (%d min)",
	ApptOnSite:     ", sur place : %s, %s",
	ApptPhone:      ", par téléphone",
	ApptVideo:      ", en visio",
	ApptWith:       ", avec %s",
	ApptRef:        " (référence %s)",
	ConfirmContact: "Contact : %s",
	SessionTitled:  "%[2]s — %[1]s",
	SessionAt:      "%s, %s",
	SessionVisio:   "en visio (%s)",
	OrientNamed:    "%s (%s)",

	KnowledgeNotFor: "Attention : cela ne concerne pas %s.",
	KnowledgeSource: "Source : %s",
	KnowledgeAudience: map[string]string{
		"demandeur_emploi":    "les demandeurs d'emploi",
		"salarie_prive":       "les salariés du privé",
		"agent_public":        "les agents publics",
		"independant":         "les travailleurs indépendants",
		"artisan":             "les artisans",
		"profession_liberale": "les professions libérales",
		"auto_entrepreneur":   "les auto-entrepreneurs",
		"etudiant":            "les étudiants",
	},
}
