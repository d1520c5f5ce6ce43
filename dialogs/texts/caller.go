package texts

// Caller holds what staff read when they book for someone else from a
// Slack DM (the caller mode: « Prendre un rendez-vous pour un appelant »),
// and the card's sections on what the visitor asked, saw and corrected
// (owner: dialogs/stage_caller.go, dialogs/prepared.go, adapters/slack).
// The dialogue's own sentences are replaced by the CallerDlg ones in the
// caller mode: they speak of « la personne ».
type Caller struct {
	// The button, the App Home button and the typed phrase's label.
	CallerStart string
	// Said when the caller mode starts, and when staff go back to their own use.
	CallerIntro, CallerBack string

	// The dialogue in the caller mode (same verbs as the Dialogue fields).
	CallerDlgConsentAsk, CallerDlgConsentMore, CallerDlgConsentYes, CallerDlgConsentNo      string
	CallerDlgRefused, CallerDlgRequestAsk, CallerDlgRequestEmpty, CallerDlgStatusAsk        string
	CallerDlgStatusJobSeeker, CallerDlgAgeAsk, CallerDlgAgeExample                          string
	CallerDlgHandicapAsk, CallerDlgSkip, CallerDlgShareAsk, CallerDlgShareYes               string
	CallerDlgShareNo, CallerDlgCadreAsk, CallerDlgPlaceAsk, CallerDlgCommuneAsk             string
	CallerDlgCorrectAsk, CallerDlgProjectAsk, CallerDlgProjectTrain                         string
	CallerDlgProjectEvolve, CallerDlgProjectVAE, CallerDlgProjectUnsure                     string
	CallerDlgModalityAsk                                                                    string // fmt: %s agency
	CallerDlgContactAsk, CallerDlgPhoneAsk, CallerDlgMailAsk                                string
	CallerDlgConfirmIntro, CallerDlgConfirmAsk                                              string
	CallerDlgBooked                                                                         string // fmt: %s reference, %s appointment
	CallerDlgBookedHandoff, CallerDlgBookedReminder                                         string
	CallerDlgFollow                                                                         string // fmt: %s appointment
	CallerDlgHumanNoCons                                                                    string
	CallerDlgOrientIntro, CallerDlgOrientAlt, CallerDlgOrientCards, CallerDlgOrientSessions string // OrientIntro, OrientAlt: fmt %s
	CallerDlgReminder                                                                       string // fmt: %s when (« demain à 10 h 30 »), %s appointment line, %s reference
	// Contact details by modality (Reach), the confirmation's button.
	CallerDlgPhoneNeeded, CallerDlgVideoNeeded, CallerDlgConfirmCallYou, CallerDlgConfirmLink string // Confirm*: %s contact
	CallerDlgConfirmWrite, CallerDlgConfirmReach, CallerDlgConfirmYes, CallerDlgOtherAsk      string // Confirm*: %s contact

	// Card sections (Slack): titles; a correction line (%s field, %s
	// before, %s after); « Saisi par » value for a caller (%s mention).
	SlackSecQuestions, SlackSecCards, SlackSecCorrections string
	SlackCorrectionLine, SlackEnteredForCaller            string
	SlackFactPlace, SlackValueUnknown                     string
}

var frCaller = Caller{
	CallerStart: "Prendre un rendez-vous pour un appelant",
	CallerIntro: "Rendez-vous pour un appelant. Je vous pose les questions à propos de la personne : " +
		"posez-les-lui et écrivez ses réponses. Pour revenir à votre propre usage : /start.",
	CallerBack: "Vous revenez à votre propre usage.",

	CallerDlgConsentAsk: "Lisez ceci à la personne : pour l'orienter et lui prendre rendez-vous, nous enregistrons ce qu'elle dit (situation, âge, lieu, projet).\n" +
		"Ces informations sont transmises seulement au conseiller de l'organisme choisi. Elles sont effacées {retention} après le rendez-vous, ou dès qu'elle le demande.\n" +
		"La personne accepte-t-elle ?",
	CallerDlgConsentMore: "En détail : les informations servent uniquement à orienter la personne et à préparer son rendez-vous. " +
		"Seul le conseiller de l'organisme choisi les reçoit. Une information sur un handicap n'est transmise que si elle l'accepte.",
	CallerDlgConsentYes: "Elle accepte",
	CallerDlgConsentNo:  "Elle refuse",
	CallerDlgRefused: "C'est noté : rien n'est conservé sur la personne et aucun rendez-vous ne peut être pris pour elle.\n" +
		"Elle peut contacter directement mon-cep.org. Pour revenir à votre propre usage : /start.",
	CallerDlgRequestAsk: "Décrivez la situation et le projet de la personne en quelques mots.\n" +
		"Par exemple : « Salariée dans le commerce à Nantes, 41 ans, veut se reconvertir. »",
	CallerDlgRequestEmpty:    "Je n'ai pas reçu de texte. Décrivez la situation de la personne en une ou deux phrases.",
	CallerDlgStatusAsk:       "Quelle est la situation professionnelle de la personne aujourd'hui ?",
	CallerDlgStatusJobSeeker: "Elle cherche un emploi",
	CallerDlgAgeAsk:          "Quel âge a la personne ?",
	CallerDlgAgeExample:      "Indiquez seulement l'âge de la personne en années, en chiffres : par exemple « 27 ».",
	CallerDlgHandicapAsk: "Question facultative : la personne a-t-elle une reconnaissance de handicap (RQTH, pension d'invalidité…) ?\n" +
		"Cela peut lui ouvrir un accompagnement spécialisé (Cap emploi).",
	CallerDlgSkip:          "Elle préfère ne pas répondre",
	CallerDlgShareAsk:      "La personne accepte-t-elle que sa reconnaissance de handicap soit transmise au conseiller qui la recevra ?",
	CallerDlgShareYes:      "Oui, elle peut être transmise",
	CallerDlgShareNo:       "Non, elle préfère la garder",
	CallerDlgCadreAsk:      "La personne est-elle cadre, ou diplômée d'un bac+3 ou plus ?",
	CallerDlgPlaceAsk:      "Où la personne habite-t-elle ? Indiquez son code postal ou sa commune.",
	CallerDlgCommuneAsk:    "Plusieurs communes portent ce nom. Laquelle est celle de la personne ?",
	CallerDlgCorrectAsk:    "Quelle information voulez-vous corriger ?",
	CallerDlgProjectAsk:    "Quel est le projet de la personne ?",
	CallerDlgProjectTrain:  "Se former",
	CallerDlgProjectEvolve: "Évoluer dans son travail",
	CallerDlgProjectVAE:    "Faire valider son expérience (VAE)",
	CallerDlgProjectUnsure: "Elle ne sait pas encore",
	CallerDlgModalityAsk:   "Comment la personne souhaite-t-elle rencontrer son conseiller (%s) ?",
	CallerDlgContactAsk:    "Comment le conseiller peut-il joindre la personne ?",
	CallerDlgPhoneAsk:      "Quel est le numéro de téléphone de la personne ? Par exemple : 06 12 34 56 78.",
	CallerDlgMailAsk:       "Quelle est l'adresse e-mail de la personne ?",
	CallerDlgConfirmIntro:  "Le rendez-vous de la personne :",
	CallerDlgConfirmAsk:    "La personne confirme-t-elle ce rendez-vous ?",
	CallerDlgBooked: "Le rendez-vous de la personne est confirmé.\nRéférence : %s\n%s\nLe conseiller recevra la demande avant le rendez-vous.\n" +
		"Donnez-lui la référence. Pour revenir à votre propre usage : /start.",
	CallerDlgBookedHandoff:  "Le conseiller recevra la demande avant le rendez-vous.",
	CallerDlgBookedReminder: "Vous recevrez un rappel la veille, à transmettre à la personne.",
	CallerDlgFollow:         "Le rendez-vous de la personne est prévu %s. Pour revenir à votre propre usage : /start.",
	CallerDlgHumanNoCons:    "Pour qu'un conseiller recontacte la personne, son accord pour enregistrer sa demande est nécessaire.",
	CallerDlgOrientIntro:    "L'organisme qui peut accompagner la personne : %s.",
	CallerDlgOrientAlt:      "La personne peut aussi choisir : %s. Le choix lui appartient.",
	CallerDlgOrientCards:    "Bon à savoir, des dispositifs pour son projet :",
	CallerDlgOrientSessions: "L'inscrire à une réunion d'information",
	CallerDlgReminder:       "Rappel : la personne que vous avez inscrite a rendez-vous %s.\n%s.\nRéférence : %s",
	CallerDlgPhoneNeeded:    "Pour un rendez-vous par téléphone, le conseiller appellera la personne. Quel est son numéro ? Par exemple : 06 12 34 56 78.",
	CallerDlgVideoNeeded:    "Pour la visio, le conseiller enverra un lien à la personne. Où doit-elle le recevoir ?",
	CallerDlgConfirmCallYou: "Le conseiller appellera la personne au %s.",
	CallerDlgConfirmLink:    "Le lien de la visio lui sera envoyé à %s.",
	CallerDlgConfirmWrite:   "Le conseiller pourra lui écrire à %s.",
	CallerDlgConfirmReach:   "Le conseiller pourra la joindre au %s.",
	CallerDlgConfirmYes:     "Elle confirme",
	CallerDlgOtherAsk:       "Quelle est la situation de la personne ?",

	SlackSecQuestions:     "Questions posées au bot",
	SlackSecCards:         "Fiches d'information montrées",
	SlackSecCorrections:   "Corrigé au récapitulatif",
	SlackCorrectionLine:   "%s : %s → %s",
	SlackEnteredForCaller: "%s pour un appelant",
	SlackFactPlace:        "Lieu",
	SlackValueUnknown:     "non précisé",
}
