package texts

// The English catalogue: the dialogue for visitors who write in English
// (the session language is set from their messages, dialogs/intent). Parts
// not translated here (staff, calendar, ops, commands) read as French.
// Information cards stay French; KnowledgeFrench says so in one line.
func init() {
	register(&Catalog{
		Lang:          English,
		Dialogue:      enDialogue,
		Reach:         enReach,
		Understanding: enUnderstanding,
		// Only the units of a duration ({retention}, {session_ttl}).
		Calendar: Calendar{CalendarDay: "day", CalendarDays: "days", CalendarHour: "hour",
			CalendarHours: "hours", CalendarMinute: "minute", CalendarMinutes: "minutes"},
	})
}

var enDialogue = Dialogue{
	Welcome: "Hello, I am the reception assistant of the Conseil en évolution professionnelle (CEP), the free career advice service in France.\n" +
		"I am an automated program. This service is free and confidential.\n" +
		"I will understand your situation, tell you which organisation can help you, then offer you an appointment with an advisor, who will take over.\n" +
		"At any time: /aide for help, /stop to stop.",
	ConsentAsk: "To guide you and book an appointment, I record what you write to me (situation, age, place, project).\n" +
		"This information is only passed on to the advisor of the organisation you choose. It is deleted {retention} after the appointment, or as soon as you ask (/supprimer).\n" +
		"Do you agree?",
	ConsentMore: "In detail: the information is only used to guide you and prepare your appointment. " +
		"Only the advisor of the organisation you choose receives it. Information about a disability is only passed on if you agree.\n" +
		"You can see your data with /mesdonnees and delete it with /supprimer. Without activity, the conversation is deleted after {session_ttl}.",
	ConsentYes:     "I agree",
	ConsentNo:      "I refuse",
	ConsentDetail:  "Learn more",
	ConsentExample: "Answer \"I agree\" or \"I refuse\".",
	Refused: "Noted: I keep no personal information and I cannot book an appointment for you.\n" +
		"You can contact directly:\n" +
		"• France Travail (job seekers): francetravail.fr\n" +
		"• Apec (managers and young graduates): apec.fr\n" +
		"• Mission locale (16 to 25 year-olds): unml.info\n" +
		"• Cap emploi (disability): capemploi.info\n" +
		"• Employees and self-employed people: mon-cep.org\n" +
		"If you change your mind, I am here.",
	ChangeMind: "I agree after all",
	Finish:     "Finish",
	RequestAsk: "Describe your situation and your project in a few words.\n" +
		"For example: \"I work in a shop in Nantes, I am 41 and I would like to change careers.\"",
	RequestEmpty:    "I did not receive any text. Describe your situation in one or two sentences.",
	TooLong:         "Your message was long: I read its first 4,096 characters.",
	StatusAsk:       "What is your work situation today?",
	StatusExample:   "Choose one of the answers, or write for example: \"I am an employee\", \"I am looking for a job\", \"I am a civil servant\".",
	StatusJobSeeker: "I am looking for a job",
	StatusEmployee:  "Private-sector employee",
	StatusPublic:    "Public-sector employee",
	StatusSelf:      "Self-employed, craftsperson, liberal profession",
	StatusStudent:   "Student, pupil",
	AgeAsk:          "How old are you?",
	AgeInvalid:      "I did not understand your age. Write it in figures, for example: 34.",
	AgeImpossible:   "This age seems impossible. Write your age in figures, for example: 34.",
	AgeExample:      "Just give your age in years, in figures: for example \"27\".",
	Under16: "Career advice (CEP) is for people aged 16 and over.\n" +
		"Before 16, the best is to talk to the guidance psychologist of your school, or to a CIO (centre d'information et d'orientation).\n" +
		"If you made a mistake, give your age again.",
	HandicapAsk: "Optional question: do you have a recognised disability (RQTH, invalidity pension…)?\n" +
		"It can give you access to specialised support (Cap emploi).",
	No:              "No",
	Yes:             "Yes",
	Skip:            "I prefer not to answer",
	HandicapExample: "Answer \"yes\", \"no\" or \"I prefer not to answer\".",
	ShareAsk:        "Do you agree that this information is passed on to the advisor who will see you?",
	ShareYes:        "Yes, it can be passed on",
	ShareNo:         "No, I prefer to keep it",
	ShareExample:    "Answer \"yes\" or \"no\".",
	CadreAsk:        "Are you a manager (cadre), or do you hold a degree of 3 years of higher education or more?",
	CadreYes:        "Yes, manager (cadre)",
	Graduate:        "Yes, 3-year degree or more",
	CadreExample:    "Answer \"no\", \"manager\" or \"degree\".",
	PlaceAsk:        "Where do you live? Give your postcode or your town.",
	PlaceInvalid:    "I did not recognise this place. Give a 5-digit postcode (for example 69003) or the name of your town.",
	PostcodeShort:   "A postcode has 5 digits, for example 75011. Can you check it?",
	PlaceExample:    "Write for example \"35000\", \"Rennes\" or \"Seine-Saint-Denis\".",
	CommuneAsk:      "Several towns have this name. Which one is yours?",
	Outside: "Your place of residence is not covered by the regional CEP operators.\n" +
		"You can find the right contact on mon-cep.org, or ask for an advisor with /conseiller.\n" +
		"If you live elsewhere, give your postcode.",
	RecapIntro:    "If I understood correctly:",
	RecapOK:       "That's right",
	RecapFix:      "Correct something",
	CorrectAsk:    "What do you want to correct?",
	FieldStatus:   "Situation",
	FieldAge:      "Age",
	FieldHandicap: "Disability",
	FieldCadre:    "Manager or 3-year degree",
	FieldPlace:    "Place",
	FieldProject:  "Project",
	ProjectAsk:    "What is your project?",
	Unknown:       "not given",
	Noted:         "Noted.",
	OrientIntro:   "The organisation that can help you: %s.",
	OrientWhy:     "Why: %s",
	OrientAlt:     "You can also choose: %s. The choice is yours.",
	OrientBook:    "Book an appointment with %s",
	OrientAltBook: "Rather with %s",
	OrientLater:   "Not now",
	OrientCards:   "Good to know, schemes for your project (information in French):",
	OrientAsk:     "Ask me a question about one of them if you want to know more.",
	DontKnow:      "I cannot answer this question. An advisor can tell you: write /conseiller.",
	Later:         "Very well. You can come back whenever you want: write /start to start again.",
	Student: "While you are studying and not looking for a job, career advice (CEP) is not for you yet.\n" +
		"The guidance service of your university or a CIO (centre d'information et d'orientation) can help you.\n" +
		"If you work or are looking for a job, correct your situation.",
	NoAgency:       "I cannot find an agency of %s for your département in the directory. Write /conseiller: an advisor will contact you.",
	ModalityAsk:    "How would you like to meet your advisor (%s)?",
	ModOnSite:      "In person",
	ModPhone:       "By phone",
	ModVideo:       "By video call",
	SlotAsk:        "Here are the next available times:",
	SlotPrevious:   "I first offer you the advisor you already met.",
	SlotMore:       "Other times",
	SlotNone:       "There is no free time left in the coming weeks at this agency. Write /conseiller: an advisor will contact you.",
	SlotTaken:      "Sorry, this time has just been taken by someone else. Here are the next free times:",
	SlotLine:       "%s with %s",
	ContactAsk:     "How can the advisor reach you if needed?",
	ContactChat:    "Through this conversation",
	ContactPhone:   "By phone",
	ContactMail:    "By e-mail",
	PhoneAsk:       "What is your phone number? For example: 06 12 34 56 78.",
	MailAsk:        "What is your e-mail address?",
	PhoneExample:   "Just write the number, in figures.",
	MailExample:    "Just write the address, with its @.",
	PhoneInvalid:   "This number does not seem valid. Write 10 digits starting with 0, for example 06 12 34 56 78, or an international number starting with +.",
	MailInvalid:    "This address does not seem valid. For example: firstname.name@example.com.",
	ConfirmIntro:   "Your appointment:",
	ConfirmYes:     "I confirm",
	ConfirmOther:   "Choose another time",
	ConfirmAsk:     "Do you confirm this appointment?",
	Booked:         "Your appointment is confirmed.\nReference: %s\n%s\nThe advisor will receive your request before the appointment.\nTo move or cancel it: /rdv.",
	BookedHandoff:  "The advisor will receive your request before the appointment.",
	BookedReminder: "You will get a reminder the day before.",
	MovedOld:       "Your previous appointment (%s) is released.",
	ICSName:        "cep-appointment.ics",
	Follow:         "Your appointment is %s. To move or cancel it: /rdv. To talk to an advisor: /conseiller.",
	FollowNoted:    "Noted. Your appointment does not change: please tell your advisor too at the start of the appointment.",
	FollowReroute: "Noted. With this information, the organisation that can help you is %s, not the one of your appointment.\n" +
		"Write /rdv to cancel this appointment, then /start to start again with the right organisation.",
	Relayed:      "Your message has been passed on to your advisor.",
	ManageAsk:    "Your appointment: %s.\nWhat would you like to do?",
	ManageKeep:   "Keep it",
	ManageMove:   "Move it",
	ManageCancel: "Cancel it",
	NoBooking:    "You have no appointment.",
	CancelAsk:    "Do you really want to cancel this appointment?",
	CancelYes:    "Yes, cancel",
	CancelNo:     "No, keep it",
	Cancelled:    "Your appointment %s is cancelled. The advisor has been told. Write /start if you want to book another one.",
	Kept:         "Perfect, your appointment is kept.",
	EraseAsk:     "Do you want to delete all your data? Your appointment, if any, will be cancelled and the advisor told.",
	EraseYes:     "Yes, delete everything",
	EraseNo:      "No",
	Erased:       "Your data is deleted. Thank you for using this service. Write /start to start again.",
	NotErased:    "Nothing was deleted.",
	DataIntro:    "Here is all the data I keep about you (file attached).",
	DataNone:     "I keep no personal data about you.",
	DataName:     "my-cep-data.json",
	Help: "I help you find the career advice (CEP) organisation that can support you, and book an appointment.\n" +
		"Commands:\n" +
		"/start — start again\n" +
		"/conseiller — talk to an advisor\n" +
		"/rdv — see, move or cancel my appointment\n" +
		"/mesdonnees — see my data\n" +
		"/supprimer — delete my data\n" +
		"/stop — stop\n" +
		"You can answer by tapping a button, typing its number or writing the answer.",
	Human:          "Your request has been passed on: an advisor %s will contact you here as soon as possible.",
	HumanNoCons:    "For an advisor to contact you, I need your agreement to record your request. Otherwise, you can contact mon-cep.org directly.",
	HumanOffer:     "Talk to an advisor",
	Stop:           "Very well, I stop here. Write /start when you want to continue.",
	Stale:          "This button belongs to an earlier question. Here is the current question again:",
	NotUnderstood:  "I did not understand your answer.",
	ThirdFailure:   "I cannot understand your answer. %s\nIf you prefer, an advisor can take over the conversation: write /conseiller.",
	Choose:         "Choose an answer by tapping a button or typing its number.",
	ResumeAsk:      "Welcome back! Would you like to continue where we stopped, or start again?",
	ResumeContinue: "Continue",
	ResumeRestart:  "Start again",
	Ended:          "The conversation is over. Write /start to start again, or /rdv for your appointment.",
	Internal:       "Sorry, a technical problem prevents me from answering. Try again in a moment.",
	Unavailable:    "The service is temporarily unavailable, try again in a moment.",

	Reminder:   "Reminder: you have an appointment %s.\n%s.\nReference: %s\nTo move or cancel it: /rdv.",
	ReminderIn: "in %s, at %s",
	Hour:       "hour",
	Hours:      "hours",
	Minute:     "minute",
	Minutes:    "minutes",

	OrientSessions: "Sign up for an information meeting",
	SessionsAsk:    "Next group information meetings, free of charge:",
	SessionLine:    "%s, %s (%d seats)",
	SessionOnline:  "by video call",
	SessionsBack:   "Back",
	SessionsNone:   "There is no information meeting planned near you in the next four weeks.",
	SessionFull:    "Sorry, this meeting has just become full. Here are the next ones:",
	Registered:     "You are registered: \"%s\", %s.\nReference: %s\nIf you cannot come, write /conseiller to let us know.",
	AlsoBook:       "You can also book an individual appointment:",

	StatusNames: map[string]string{
		"demandeur_emploi":    "job seeker",
		"salarie_prive":       "private-sector employee",
		"agent_public":        "public-sector employee",
		"independant":         "self-employed",
		"artisan":             "craftsperson",
		"profession_liberale": "liberal profession",
		"auto_entrepreneur":   "micro-entrepreneur",
		"etudiant":            "student",
	},
	ProjectNames: map[string]string{
		"reconversion":      "career change",
		"formation":         "training",
		"creation_activite": "starting or taking over a business",
		"reprise_activite":  "getting back to work",
		"vae":               "accreditation of prior experience (VAE)",
		"bilan":             "skills assessment (bilan de compétences)",
		"mobilite":          "career move",
		"information":       "information",
		"autre":             "to be discussed with the advisor",
	},
	OperatorNames: map[string]string{
		"cap_emploi":         "Cap emploi",
		"france_travail":     "France Travail",
		"mission_locale":     "the Mission locale",
		"apec":               "Apec",
		"operateur_regional": "the regional CEP operator",
		"employeur_public":   "your public employer (HR department or career advisor)",
	},
	OperatorShort: map[string]string{
		"cap_emploi":         "Cap emploi",
		"france_travail":     "France Travail",
		"mission_locale":     "the Mission locale",
		"apec":               "Apec",
		"operateur_regional": "the regional operator",
		"employeur_public":   "your public employer",
	},
	ModalityNames: map[string]string{
		"sur_place": "In person", "telephone": "By phone", "visio": "By video call",
	},
	RecapHandicap: "Recognised disability",
	RecapCadre:    "Manager (cadre)",
	RecapGraduate: "3-year degree or more",
	RecapAge:      "%d years old",
	WordYes:       "yes",
	WordNo:        "no",
	RecapLine:     "• %s: %s",

	ProjectChange: "Change careers",
	ProjectTrain:  "Get training",
	ProjectJob:    "Find a job",
	ProjectEvolve: "Move on in my job",
	ProjectCreate: "Start or take over a business",
	ProjectVAE:    "Get my experience accredited (VAE)",
	ProjectAssess: "Do a skills assessment",
	ProjectUnsure: "I don't know yet",

	ApptDuration:   " (%d min)",
	ApptOnSite:     ", in person: %s, %s",
	ApptPhone:      ", by phone",
	ApptVideo:      ", by video call",
	ApptWith:       ", with %s",
	ApptRef:        " (reference %s)",
	ConfirmContact: "Contact: %s",
	SessionTitled:  "%s: %s",
	SessionAt:      "at %s, %s",
	SessionVisio:   "by video call (%s)",
	OrientNamed:    "%s (%s)",

	KnowledgeNotFor: "Note: this does not apply to %s.",
	KnowledgeSource: "Source: %s",
	KnowledgeAudience: map[string]string{
		"demandeur_emploi":    "job seekers",
		"salarie_prive":       "private-sector employees",
		"agent_public":        "public-sector employees",
		"independant":         "self-employed people",
		"artisan":             "craftspeople",
		"profession_liberale": "liberal professions",
		"auto_entrepreneur":   "micro-entrepreneurs",
		"etudiant":            "students",
	},
}

var enReach = Reach{
	ContactsTitle:  "To reach %s:",
	ContactsPhone:  "Phone: %s",
	ContactsSite:   "Website: %s",
	ContactsAddr:   "Address: %s",
	ContactsHours:  "Opening hours: %s",
	ContactsMonCEP: "Every career advice (CEP) organisation of your region: https://mon-cep.org/",
	ContactsNone:   "To find the organisation that can help you: https://mon-cep.org/",
	Days:           []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	HoursRange:     "%s–%s",
	HoursDaySpan:   "%s to %s",
	HoursDayJoin:   ": ",
	HoursSep:       "; ",
	HoursAnd:       " and ",
	ClockHour:      "%d:00",
	ClockMinutes:   "%d:%02d",
	DateFormat:     "%s %d %s at %s",
	Months:         []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	HumanFrom:      "from %s",
	RuleReasons: map[string]string{
		"1": "You work in the public sector: your employer (HR department or career advisor) provides your career advice.",
		"2": "You are a student: the guidance service of your school or university can help you.",
		"3": "You are under 26 and a manager or a graduate: Apec supports young graduates.",
		"4": "You are under 26: the Mission locale supports young people, whatever their situation.",
		"5": "You have a recognised disability: Cap emploi supports you in finding or keeping a job.",
		"6": "You are a manager (cadre) or a graduate: Apec provides your career advice.",
		"7": "You are looking for a job: France Travail provides your career advice.",
		"8": "Your situation (%s): the regional career advice operator, funded by France compétences, supports you.",
		"9": "Your work situation is not known yet: it decides which organisation can help you.",
	},

	HumanFactAsk:    "So that the right person calls you back, one question only: what is your work situation?",
	HumanUnsure:     "I don't know",
	HumanWayAsk:     "How would you like to be contacted?",
	HumanWayPhone:   "By phone",
	HumanWayMail:    "By e-mail",
	HumanWayChat:    "Here, in this conversation",
	HumanDone:       "Noted: your contact request is recorded (reference %s).",
	HumanWho:        "An advisor %s will contact you %s as soon as possible.",
	HumanByPhone:    "by phone on %s",
	HumanByMail:     "by e-mail at %s",
	HumanByChat:     "here, in this conversation,",
	HumanWhen:       "Opening hours: %s.",
	HumanCallThem:   "You can also call directly:",
	HumanPaused:     "The questionnaire is paused. You can go back to it whenever you want.",
	HumanResume:     "Back to the questionnaire",
	HumanFinish:     "Finish",
	HumanNoConsent:  "Without your agreement, I cannot record a contact request. You can reach an advisor directly:",
	HumanAlready:    "Your contact request is already recorded (reference %s): an advisor will contact you.",
	ContactRequired: "I need a way to reach you to pass the request on.",

	PhoneNeeded:    "For a phone appointment, the advisor will call you. What is your number? For example: 06 12 34 56 78.",
	VideoNeeded:    "For the video call, the advisor will send you a link. Where would you like to receive it?",
	VideoWayMail:   "By e-mail",
	VideoWayPhone:  "By text message",
	PhoneShort:     "Some digits are missing: a French number has 10 digits, for example 06 12 34 56 78.",
	PhoneLong:      "There are too many digits: a French number has 10 digits, for example 06 12 34 56 78. For a foreign number, start with + and the country code.",
	PhoneNotNumber: "I found no number in your message. Write it in figures, for example 06 12 34 56 78.",
	MailSuggest:    "Did you mean %s?",
	MailKeep:       "No, %s is right",
	ConfirmCallYou: "The advisor will call you on %s.",
	ConfirmLink:    "The video call link will be sent to %s.",
	ConfirmWrite:   "The advisor can write to you at %s.",
	ConfirmReach:   "The advisor can reach you on %s.",
	ContactLine:    "%s: %s",
	KindPhone:      "Phone",
	KindMail:       "E-mail",

	StatusOther:    "Other situation",
	OtherAsk:       "What is your situation?",
	OtherRetired:   "Retired",
	OtherESAT:      "I work in an ESAT (sheltered work)",
	OtherSickLeave: "On sick leave",
	OtherMilitary:  "Military",
	OtherParental:  "On parental leave",
	OtherAtHome:    "Stay-at-home parent",
	OtherUnsure:    "I don't know",
	RetiredInfo: "Career advice (CEP) is for people who work or are looking for a job.\n" +
		"If you want to work again, France Travail can help you. Are you looking for a job?",
	RetiredSeek:   "Yes, I am looking for a job",
	RetiredNot:    "No",
	ESATNoted:     "Thank you. For a project in an ESAT or towards a company, Cap emploi (or the Mission locale under 26) supports disabled workers.",
	LeaveNoted:    "During sick or parental leave, your contract goes on: you can prepare a project now. To guide you, tell me what this contract is.",
	MilitaryNoted: "Thank you. For military personnel, Défense mobilité supports career changes, with the public employer.",
	AtHomeNoted:   "Thank you. To find a job after a break, France Travail can help you.",
	UnsureInfo:    "No problem. A reception advisor can go through your situation with you and guide you.",
	UnsureCall:    "Be contacted by an advisor",
	UnsureBack:    "Back to the questions",
	SituationNames: map[string]string{
		"retraite": "retired", "esat": "ESAT worker", "arret_maladie": "on sick leave",
		"militaire": "military", "conge_parental": "on parental leave", "au_foyer": "stay-at-home parent",
		"apprenti": "apprentice", "intermittent": "intermittent worker",
	},
	ExitEnd: "Write /start if you want to start again.",
	Under16End: "Before 16, career advice (CEP) is not for you yet.\n" +
		"To talk about your studies and future: the guidance psychologist of your school, or a CIO (centre d'information et d'orientation). Jobs and courses are presented on https://www.onisep.fr/.\n" +
		"From 16, the Mission locale can help you.",
	Under16Mistake: "I gave the wrong age",
	ProxyUnder16End: "Before 16, career advice (CEP) is not for %s yet.\n" +
		"To talk about their studies and future: the guidance psychologist of their school, or a CIO (centre d'information et d'orientation). Jobs and courses are presented on https://www.onisep.fr/.\n" +
		"From 16, the Mission locale can help them.",
	ProxyApprenticeYoung: "An apprentice is an employee: the apprentice training centre (CFA) and apprenticeship master of %s are their first contacts. The Mission locale supports young people from 16.",
	ApprenticeYoung:      "An apprentice is an employee: your apprentice training centre (CFA) and your apprenticeship master are your first contacts. The Mission locale supports young people from 16.",
	StudentEnd:           "Here is who can help you if you decide to work:",
	OutsideEnd:           "For where you live, here are the national contacts:",

	ProxyNoted:         "All right, you are writing for %s. I will ask you the questions about them.",
	ProxyStatusAsk:     "What is the work situation of %s today?",
	ProxyAgeAsk:        "How old is %s?",
	ProxyAgeInvalid:    "I did not understand the age of %s. Write it in figures, for example: 34.",
	ProxyAgeImpossible: "This age seems impossible. Write the age of %s in figures, for example: 34.",
	ProxyAgeExample:    "Just give the age of %s in years, in figures: for example \"27\".",
	ProxyPlaceAsk:      "Where does %s live? Give their postcode or town.",
	ProxyHandicap:      "Optional question: does %[1]s have a recognised disability (RQTH, invalidity pension…)?",
	ProxyCadre:         "Is %[3]s a manager (cadre), or does %[2]s hold a 3-year degree or more?",
	ProxyCadreF:        "Is %[3]s a manager (cadre), or does %[2]s hold a 3-year degree or more?",
	ProxyRecap:         "If I understood correctly, for %s:",
	ProxyYour:          "your %s",
	PronounHe:          "he",
	PronounShe:         "she",
	ProxyReasons: map[string]string{
		"1":    "%[1]s works in the public sector: their employer (HR department or career advisor) provides their career advice.",
		"2":    "%[1]s is a student: the guidance service of their school or university can help them.",
		"3":    "%[1]s is under 26 and a manager or a graduate: Apec supports young graduates.",
		"4":    "%[1]s is under 26: the Mission locale supports young people, whatever their situation.",
		"5":    "%[1]s has a recognised disability: Cap emploi supports them in finding or keeping a job.",
		"6":    "%[1]s is a manager (cadre) or a graduate: Apec provides their career advice.",
		"7":    "%[1]s is looking for a job: France Travail provides their career advice.",
		"8":    "Their situation (%[2]s): the regional career advice operator, funded by France compétences, supports %[1]s.",
		"9":    "The work situation of %[1]s is not known yet: it decides which organisation can help.",
		"16":   "%[1]s is under 16: career advice starts at 16; the guidance service of their school or a CIO can help them.",
		"hors": "%[1]s lives outside the 18 regions: I will give you the national contacts of career advice.",
	},
	RelativeNames: map[string]string{
		"fils": "son", "fille": "daughter", "enfant": "child", "femme": "wife", "épouse": "wife",
		"mari": "husband", "époux": "husband", "conjoint": "partner", "conjointe": "partner",
		"compagnon": "partner", "compagne": "partner", "frère": "brother", "sœur": "sister",
		"père": "father", "mère": "mother", "neveu": "nephew", "nièce": "niece", "cousin": "cousin",
		"cousine": "cousin", "ami": "friend", "amie": "friend", "proche": "relative",
		"petit-fils": "grandson", "belle-fille": "daughter-in-law", "beau-fils": "son-in-law",
		"voisin": "neighbour", "voisine": "neighbour",
	},
	ProxyOrientIntro:   "The organisation that can help %s: %s.",
	ProxyModalityAsk:   "How would %s like to meet the advisor (%[3]s)?",
	ProxyBookedHandoff: "The advisor will receive the request for %s before the appointment.",
	ProxyProjectAsk:    "What is the project of %s?",
	ProxyStudent: "While %[1]s is at school or studying and not looking for a job, career advice (CEP) is not for them yet.\n" +
		"The guidance service of their school or a CIO (centre d'information et d'orientation) can help them.\n" +
		"If %[1]s is an apprentice (an apprentice is an employee) or is looking for a job, correct their situation.",
	ProxyStudentEnd:    "Who can help %[1]s if %[2]s decides to work:",
	ProxyOrientCards:   "Good to know, schemes for the project of %s (information in French):",
	ProxyJobSeeker:     "Looking for a job",
	ProxyProjectTrain:  "Train",
	ProxyProjectEvolve: "Progress in their job",
	ProxyProjectVAE:    "Have their experience recognised (VAE)",
	ProxyProjectUnsure: "Not decided yet",

	ListAnd:    " and ",
	ListOrWord: " or ",

	GreetingBack: "Hello!",

	ContactKept:    "I have noted this contact for later: %s.",
	ContactNotHere: "This looks like a phone number or an e-mail address, not an answer to my question.",

	HumanPlaceAsk: "So that the nearest agency contacts you: what is your postcode or town? (Write \"skip\" to leave it to the general reception.)",

	HumanOnIt:    "It is under way: an advisor will contact you. I only need to know how to reach you.",
	HumanRelayed: "Your message has been passed on to the advisor handling your request (reference %s).",
	HumanNoted:   "Your message is attached to your contact request (reference %s): the advisor will read it.",

	AckCrisis:  "If you are thinking about suicide or are in great distress, call 3114: free listening, 24/7. In immediate danger, call 15 or 112.",
	AckLoss:    "I am sorry for your loss.",
	AckIllness: "I am sorry you are going through this difficult time. Take care of yourself.",
	AckJobLoss: "Losing a job is hard. An advisor can help you bounce back.",
	AckLost:    "It is normal not to know where to start: we will go through it together, step by step.",

	LaterContacts:   "Very well. If you want to reach them later:",
	RefusedRoute:    "From what you write, %s can help you.",
	RefusedAnswered: "I record nothing. To go further, an advisor can see you:",
	QuestionNext:    "What would you like to do now?",

	DataSummary:     "Here is what I keep about you:",
	DataBooking:     "Appointment: %s",
	DataRequest:     "Your request: \"%s\"",
	DataConsent:     "Agreement given on %s",
	DataContact:     "Contact: %s",
	DataFileNote:    "The full detail is in the attached file. To delete everything: /supprimer.",
	KnowledgeNoteEN: "(This information is only available in French.)",
}

var enUnderstanding = Understanding{
	ContactEtat: "You work for the State: your career advice is provided by the career advisor (conseiller mobilité-carrière) " +
		"of your ministry or department; the interministerial HR platform (PFRH) of your regional prefecture also gives advice.",
	ContactEducation: "You work for the Éducation nationale: contact the local HR advisor of your académie (rectorat), " +
		"who supports career moves and changes.",
	ContactTerritoriale: "You work for a local authority: your career advice is provided by its HR department " +
		"or by the centre de gestion of the local civil service in your département.",
	ContactHospitaliere: "You work for a public hospital: contact its HR department; " +
		"ANFH funds skills assessments, VAE and training for hospital staff.",
	ContactArmees: "You are in the armed forces: your career change is supported by Défense mobilité, the Defence career transition agency, " +
		"through the career transition office of your unit.",
	ContactBranchless: "You work in the public sector: your career advice is provided by your employer " +
		"(HR department, career advisor or centre de gestion).",
	ConfidentialAlternatives: "If you prefer not to go through your employer, you can turn, confidentially, to %s.",
	OrgFranceTravail:         "France Travail",
	OrgApec:                  "Apec (managers)",
	OrgCapEmploi:             "Cap emploi (with an RQTH)",
	OrgMissionLocale:         "the Mission locale (under 26)",

	NoPublicAgency: "The directory offers no online appointment with your employer: contact them directly, " +
		"or choose another organisation below.",

	ProxyContactEtat: "%s works for the State: their career advice is provided by the career advisor (conseiller mobilité-carrière) " +
		"of their ministry or department; the interministerial HR platform (PFRH) of the regional prefecture also gives advice.",
	ProxyContactEducation: "%s works for the Éducation nationale: the local HR advisor of their académie (rectorat) " +
		"supports career moves and changes.",
	ProxyContactTerritoriale: "%s works for a local authority: their career advice is provided by its HR department " +
		"or by the centre de gestion of the local civil service in the département.",
	ProxyContactHospitaliere: "%s works for a public hospital: its HR department supports them; " +
		"ANFH funds skills assessments, VAE and training for hospital staff.",
	ProxyContactArmees: "%s is in the armed forces: their career change is supported by Défense mobilité, the Defence career transition agency, " +
		"through the career transition office of their unit.",
	ProxyContactBranchless: "%s works in the public sector: their career advice is provided by their employer " +
		"(HR department, career advisor or centre de gestion).",
	ProxyConfidentialAlternatives: "If %s prefers not to go through their employer, %s can turn, confidentially, to %%s.",
	ProxyNoPublicAgency: "The directory offers no online appointment with their employer: %s can contact them directly, " +
		"or you can choose another organisation below.",
	ProxyEmployerName:  "their public employer (HR department or career advisor)",
	ProxyEmployerShort: "their public employer",

	AskSector:             "Is your employer public — the State, a local authority, a public hospital — or private?",
	SectorPublic:          "Public",
	SectorPrivate:         "Private",
	Unsure:                "I don't know",
	AskBranch:             "In which branch of the public service do you work?",
	BranchEtat:            "State (ministry, prefecture…)",
	BranchEducation:       "Éducation nationale",
	BranchTerritorial:     "Local authority (town, département, region…)",
	BranchHospital:        "Public hospital or care home",
	BranchArmees:          "Armed forces",
	HomeSameAsWork:        "I live in the same département",
	ProxyAskHomeWorkplace: "You told me where %s works (%s). And where does %s live? Give their postcode or town.",
	ProxyHomeSameAsWork:   "In the same département",
	ProxyPlaceInvalid:     "I did not recognise this place. Give a 5-digit postcode (for example 69003) or the name of their town.",
	AskHomeWorkplace:      "You told me where you work (%s). And where do you live? Give your postcode or your town.",
	AskTypo:               "Did you mean %s?",
	OtherCommune:          "No, another town",
	OtherCommuneList:      "Another town",

	WhyAsked: map[string]string{
		"statut": "The work situation decides which organisation is competent: France Travail for job seekers, " +
			"the employer for civil servants, the regional operator for private-sector employees and the self-employed.",
		"age":      "Age decides which organisation is competent: the Mission locale supports young people aged 16 to 25.",
		"handicap": "This question is optional: a recognised disability opens the support of Cap emploi. \"I prefer not to answer\" is fine too.",
		"cadre":    "Managers and holders of a 3-year degree or more can be supported by Apec.",
		"lieu":     "Where one lives decides which agency and regional operator can receive the request.",
		"commune":  "Where one lives decides which agency and regional operator can receive the request.",
		"secteur":  "A civil servant is supported by their employer, a private-sector employee by the regional operator: the answer decides the organisation.",
		"branche":  "Each branch of the public service has its own contacts: the answer says whom to turn to.",
	},

	ModalityNoted: "Noted: the appointment will be %s.",
	AgencyWhere:   "Address of %s: %s.",

	RecapUnderstood: "Understood from your messages: %s.",
	RecapAsked:      "Given in answer to my questions: %s.",
	RecapCorrected:  "Corrected by you: %s.",

	RecapBranch:           "%s (%s)",
	BranchEtatName:        "State civil service",
	BranchEducationName:   "national education",
	BranchTerritorialName: "local government",
	BranchHospitalName:    "public hospitals",
	BranchArmeesName:      "armed forces",

	DistantAgency: "The nearest agency in the directory is in %s (%s), outside your département: " +
		"an appointment by phone or video call saves you the journey.",
	DistantAgencyKm: "The nearest agency in the directory is in %s, about %d km from your home as the crow flies: " +
		"an appointment by phone or video call saves you the journey.",
	DistantAgencyOutKm: "The nearest agency in the directory is in %s (%s), outside your département, " +
		"about %d km from your home as the crow flies: an appointment by phone or video call saves you the journey.",
}
