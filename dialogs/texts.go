package dialogs

// The French text catalogue: every sentence the reception dialogue says.
// Vouvoiement, short sentences, plain words. Placeholders are fmt verbs.
// ConsentVersion changes whenever the consent text changes: the version
// accepted is stored with the consent.
const ConsentVersion = "2026-11-27"

const (
	txtWelcome = "Bonjour, je suis l'assistant d'accueil du Conseil en évolution professionnelle (CEP).\n" +
		"Je suis un programme automatique. Ce service est gratuit et confidentiel.\n" +
		"Je vais comprendre votre situation, vous dire quel organisme peut vous accompagner, puis vous proposer un rendez-vous avec un conseiller, qui prendra le relais.\n" +
		"À tout moment : /aide pour de l'aide, /stop pour arrêter."
	txtConsentAsk = "Pour vous orienter et prendre rendez-vous, j'enregistre ce que vous m'écrivez (situation, âge, lieu, projet).\n" +
		"Ces informations sont transmises seulement au conseiller de l'organisme choisi. Elles sont effacées 90 jours après le rendez-vous, ou dès que vous le demandez (/supprimer).\n" +
		"Êtes-vous d'accord ?"
	txtConsentMore = "En détail : les informations servent uniquement à vous orienter et à préparer votre rendez-vous. " +
		"Seul le conseiller de l'organisme que vous choisissez les reçoit. Une information sur un handicap n'est transmise que si vous l'acceptez.\n" +
		"Vous pouvez voir vos données avec /mesdonnees et les effacer avec /supprimer. Sans activité, la conversation est effacée après 30 jours."
	txtConsentYes    = "J'accepte"
	txtConsentNo     = "Je refuse"
	txtConsentDetail = "En savoir plus"
	txtRefused       = "C'est noté : je ne conserve aucune information personnelle et je ne peux pas prendre de rendez-vous pour vous.\n" +
		"Vous pouvez contacter directement :\n" +
		"• France Travail (demandeurs d'emploi) : francetravail.fr\n" +
		"• Apec (cadres et jeunes diplômés) : apec.fr\n" +
		"• Mission locale (16-25 ans) : unml.info\n" +
		"• Cap emploi (handicap) : capemploi.info\n" +
		"• Salariés et indépendants : mon-cep.org\n" +
		"Si vous changez d'avis, je suis là."
	txtChangeMind = "Finalement, j'accepte"
	txtFinish     = "Terminer"

	txtRequestAsk = "Décrivez votre situation et votre projet en quelques mots.\n" +
		"Par exemple : « Je suis salariée dans le commerce à Nantes, j'ai 41 ans et je voudrais me reconvertir. »"
	txtRequestEmpty = "Je n'ai pas reçu de texte. Décrivez votre situation en une ou deux phrases."
	txtTooLong      = "Votre message était long : j'en ai lu les 4 096 premiers caractères."

	txtStatusAsk       = "Quelle est votre situation professionnelle aujourd'hui ?"
	txtStatusExample   = "Choisissez une des réponses, ou écrivez par exemple : « je suis salarié », « je cherche un emploi », « je suis fonctionnaire »."
	txtStatusJobSeeker = "Je cherche un emploi"
	txtStatusEmployee  = "Salarié(e) du privé"
	txtStatusPublic    = "Agent public"
	txtStatusSelf      = "Indépendant(e), artisan, libéral"
	txtStatusStudent   = "Étudiant(e), élève"

	txtAgeAsk        = "Quel âge avez-vous ?"
	txtAgeInvalid    = "Je n'ai pas compris votre âge. Écrivez-le en chiffres, par exemple : 34."
	txtAgeImpossible = "Cet âge me paraît impossible. Écrivez votre âge en chiffres, par exemple : 34."
	txtAgeExample    = "Indiquez seulement votre âge en années, en chiffres : par exemple « 27 »."
	txtUnder16       = "Le conseil en évolution professionnelle s'adresse aux personnes de 16 ans et plus.\n" +
		"Avant 16 ans, le mieux est d'en parler au psychologue de l'Éducation nationale de votre collège ou lycée, ou à un centre d'information et d'orientation (CIO).\n" +
		"Si vous vous êtes trompé(e), indiquez votre âge à nouveau."

	txtHandicapAsk = "Question facultative : avez-vous une reconnaissance de handicap (RQTH, pension d'invalidité…) ?\n" +
		"Cela peut vous ouvrir un accompagnement spécialisé (Cap emploi)."
	txtNo              = "Non"
	txtYes             = "Oui"
	txtSkip            = "Je préfère ne pas répondre"
	txtHandicapExample = "Répondez « oui », « non » ou « je préfère ne pas répondre »."
	txtShareAsk        = "Acceptez-vous que cette information soit transmise au conseiller qui vous recevra ?"
	txtShareYes        = "Oui, elle peut être transmise"
	txtShareNo         = "Non, je préfère la garder"

	txtCadreAsk     = "Êtes-vous cadre, ou diplômé(e) d'un bac+3 ou plus ?"
	txtCadreYes     = "Oui, cadre"
	txtGraduate     = "Oui, bac+3 ou plus"
	txtCadreExample = "Répondez « non », « cadre » ou « bac+3 »."

	txtPlaceAsk      = "Où habitez-vous ? Indiquez votre code postal ou votre commune."
	txtPlaceInvalid  = "Je n'ai pas reconnu ce lieu. Indiquez un code postal à 5 chiffres (par exemple 69003) ou le nom de votre commune."
	txtPostcodeShort = "Un code postal a 5 chiffres, par exemple 75011. Pouvez-vous le vérifier ?"
	txtPlaceExample  = "Écrivez par exemple « 35000 », « Rennes » ou « Seine-Saint-Denis »."
	txtCommuneAsk    = "Plusieurs communes portent ce nom. Laquelle est la vôtre ?"
	txtOutside       = "Votre lieu de résidence n'est pas couvert par les opérateurs régionaux du CEP.\n" +
		"Vous pouvez trouver le bon interlocuteur sur mon-cep.org, ou demander un conseiller avec /conseiller.\n" +
		"Si vous habitez ailleurs, indiquez votre code postal."

	txtRecapIntro    = "Si j'ai bien compris :"
	txtRecapOK       = "C'est exact"
	txtRecapFix      = "Corriger une information"
	txtCorrectAsk    = "Quelle information voulez-vous corriger ?"
	txtFieldStatus   = "Situation"
	txtFieldAge      = "Âge"
	txtFieldHandicap = "Handicap"
	txtFieldCadre    = "Cadre ou bac+3"
	txtFieldPlace    = "Lieu"
	txtFieldProject  = "Projet"
	txtProjectAsk    = "Quel est votre projet ?"
	txtUnknown       = "non précisé"
	txtNoted         = "C'est noté."

	txtOrientIntro   = "L'organisme qui peut vous accompagner : %s."
	txtOrientWhy     = "Pourquoi : %s"
	txtOrientAlt     = "Vous pouvez aussi choisir : %s. Le choix vous appartient."
	txtOrientBook    = "Prendre rendez-vous avec %s"
	txtOrientAltBook = "Plutôt avec %s"
	txtOrientLater   = "Pas maintenant"
	txtOrientCards   = "Bon à savoir, des dispositifs pour votre projet :"
	txtOrientAsk     = "Posez-moi une question sur l'un d'eux si vous voulez en savoir plus."
	txtDontKnow      = "Je ne sais pas répondre à cette question. Un conseiller pourra vous renseigner : écrivez /conseiller."
	txtLater         = "Très bien. Vous pouvez revenir quand vous voulez : écrivez /start pour recommencer."
	txtStudent       = "Tant que vous êtes en études sans chercher d'emploi, le conseil en évolution professionnelle ne s'adresse pas encore à vous.\n" +
		"Le service d'orientation de votre université ou un centre d'information et d'orientation (CIO) peut vous aider.\n" +
		"Si vous travaillez ou cherchez un emploi, corrigez votre situation."
	txtNoAgency = "Je ne trouve pas d'agence de %s pour votre département dans l'annuaire. Écrivez /conseiller : un conseiller vous recontactera."

	txtModalityAsk = "Comment souhaitez-vous rencontrer votre conseiller (%s) ?"
	txtModOnSite   = "Sur place"
	txtModPhone    = "Par téléphone"
	txtModVideo    = "En visio"

	txtSlotAsk      = "Voici les prochains créneaux disponibles :"
	txtSlotPrevious = "Je vous propose d'abord votre conseiller précédent."
	txtSlotMore     = "Autres créneaux"
	txtSlotNone     = "Il n'y a plus de créneau libre dans les semaines à venir pour cette agence. Écrivez /conseiller : un conseiller vous recontactera."
	txtSlotTaken    = "Désolé, ce créneau vient d'être pris par quelqu'un d'autre. Voici les prochains créneaux libres :"
	txtSlotLine     = "%s avec %s"

	txtContactAsk   = "Comment le conseiller peut-il vous joindre si besoin ?"
	txtContactChat  = "Par cette conversation"
	txtContactPhone = "Par téléphone"
	txtContactMail  = "Par e-mail"
	txtPhoneAsk     = "Quel est votre numéro de téléphone ? Par exemple : 06 12 34 56 78."
	txtMailAsk      = "Quelle est votre adresse e-mail ?"
	txtPhoneInvalid = "Ce numéro ne semble pas valide. Écrivez 10 chiffres commençant par 0, par exemple 06 12 34 56 78."
	txtMailInvalid  = "Cette adresse ne semble pas valide. Par exemple : prenom.nom@exemple.fr."

	txtConfirmIntro   = "Votre rendez-vous :"
	txtConfirmYes     = "Je confirme"
	txtConfirmOther   = "Choisir un autre créneau"
	txtConfirmAsk     = "Confirmez-vous ce rendez-vous ?"
	txtBooked         = "Votre rendez-vous est confirmé.\nRéférence : %s\n%s\n" + txtBookedHandoff + "\nPour déplacer ou annuler : /rdv."
	txtBookedHandoff  = "Le conseiller recevra votre demande avant le rendez-vous."
	txtBookedReminder = "Vous recevrez un rappel la veille."
	txtMovedOld       = "Votre ancien rendez-vous (%s) est libéré."
	txtICSName        = "rendez-vous-cep.ics"

	txtFollow  = "Votre rendez-vous est prévu %s. Pour le déplacer ou l'annuler : /rdv. Pour parler à un conseiller : /conseiller."
	txtRelayed = "Votre message a été transmis à votre conseiller."

	txtManageAsk    = "Votre rendez-vous : %s.\nQue souhaitez-vous faire ?"
	txtManageKeep   = "Le garder"
	txtManageMove   = "Le déplacer"
	txtManageCancel = "L'annuler"
	txtNoBooking    = "Vous n'avez pas de rendez-vous en cours."
	txtCancelAsk    = "Voulez-vous vraiment annuler ce rendez-vous ?"
	txtCancelYes    = "Oui, annuler"
	txtCancelNo     = "Non, le garder"
	txtCancelled    = "Votre rendez-vous %s est annulé. Le conseiller est prévenu. Écrivez /start si vous voulez en prendre un autre."
	txtKept         = "Parfait, votre rendez-vous est maintenu."

	txtEraseAsk  = "Voulez-vous effacer toutes vos données ? Votre rendez-vous éventuel sera annulé et le conseiller prévenu."
	txtEraseYes  = "Oui, tout effacer"
	txtEraseNo   = "Non"
	txtErased    = "Vos données sont effacées. Merci d'avoir utilisé ce service. Écrivez /start pour recommencer."
	txtNotErased = "Rien n'a été effacé."

	txtDataIntro = "Voici toutes les données que je conserve sur vous (fichier joint)."
	txtDataNone  = "Je ne conserve aucune donnée personnelle sur vous."
	txtDataName  = "mes-donnees-cep.json"

	txtHelp = "Je vous aide à trouver l'organisme du conseil en évolution professionnelle qui peut vous accompagner, et à prendre rendez-vous.\n" +
		"Commandes :\n" +
		"/start — recommencer\n" +
		"/conseiller — parler à un conseiller\n" +
		"/rdv — voir, déplacer ou annuler mon rendez-vous\n" +
		"/mesdonnees — voir mes données\n" +
		"/supprimer — effacer mes données\n" +
		"/stop — arrêter\n" +
		"Vous pouvez répondre en touchant un bouton, en tapant son numéro ou en écrivant la réponse."
	txtHuman         = "Votre demande est transmise : un conseiller %s vous recontactera ici dès que possible."
	txtHumanNoCons   = "Pour qu'un conseiller vous recontacte, j'ai besoin de votre accord pour enregistrer votre demande. Sinon, vous pouvez contacter directement mon-cep.org."
	txtHumanOffer    = "Parler à un conseiller"
	txtStop          = "Très bien, j'arrête ici. Écrivez /start quand vous voulez reprendre."
	txtStale         = "Ce bouton correspond à une question précédente. Je reprends la question en cours :"
	txtNotUnderstood = "Je n'ai pas compris votre réponse."
	txtThirdFailure  = "Je n'arrive pas à comprendre votre réponse. %s\nSi vous préférez, un conseiller peut reprendre la conversation : écrivez /conseiller."
	txtChoose        = "Choisissez une réponse en touchant un bouton ou en tapant son numéro."

	txtResumeAsk      = "Bon retour ! Voulez-vous reprendre là où nous nous étions arrêtés, ou recommencer ?"
	txtResumeContinue = "Reprendre"
	txtResumeRestart  = "Recommencer"
	txtEnded          = "La conversation est terminée. Écrivez /start pour recommencer, ou /rdv pour votre rendez-vous."

	txtInternal    = "Désolé, un problème technique m'empêche de répondre. Réessayez dans un instant."
	txtUnavailable = "Le service est momentanément indisponible, réessayez dans un instant."
)

// Labels of statuses, projects, operators and modalities.
var (
	statusLabels = map[string]string{
		"demandeur_emploi":    "demandeur d'emploi",
		"salarie_prive":       "salarié(e) du privé",
		"agent_public":        "agent public",
		"independant":         "indépendant(e)",
		"artisan":             "artisan",
		"profession_liberale": "profession libérale",
		"auto_entrepreneur":   "auto-entrepreneur",
		"etudiant":            "étudiant(e)",
	}
	projectLabels = map[string]string{
		"reconversion":      "reconversion",
		"formation":         "formation",
		"creation_activite": "création ou reprise d'entreprise",
		"reprise_activite":  "reprise d'emploi",
		"vae":               "validation des acquis de l'expérience (VAE)",
		"bilan":             "bilan de compétences",
		"mobilite":          "évolution ou mobilité",
		"information":       "information",
		"autre":             "à préciser avec le conseiller",
	}
	operatorLabels = map[string]string{
		"cap_emploi":         "Cap emploi",
		"france_travail":     "France Travail",
		"mission_locale":     "la Mission locale",
		"apec":               "l'Apec",
		"operateur_regional": "l'opérateur régional du CEP",
		"employeur_public":   "votre employeur public (service RH ou conseiller mobilité-carrière)",
	}
	operatorShort = map[string]string{
		"cap_emploi":         "Cap emploi",
		"france_travail":     "France Travail",
		"mission_locale":     "la Mission locale",
		"apec":               "l'Apec",
		"operateur_regional": "l'opérateur régional",
		"employeur_public":   "votre employeur public",
	}
	modalityLabels = map[string]string{"sur_place": txtModOnSite, "telephone": txtModPhone, "visio": txtModVideo}
)

const (
	txtReminderDay   = "Rappel : vous avez rendez-vous demain, %s.\nRéférence : %s\nPour le déplacer ou l'annuler : /rdv."
	txtReminderHours = "Rappel : votre rendez-vous est dans %d heures, %s.\nRéférence : %s\nPour le déplacer ou l'annuler : /rdv."
)

const (
	txtOrientSessions = "M'inscrire à une réunion d'information"
	txtSessionsAsk    = "Prochaines réunions d'information collectives, gratuites :"
	txtSessionLine    = "%s, %s (%d places)"
	txtSessionOnline  = "en visio"
	txtSessionsBack   = "Retour"
	txtSessionsNone   = "Il n'y a pas de réunion d'information prévue près de chez vous dans les quatre semaines à venir."
	txtSessionFull    = "Désolé, cette réunion vient d'être complète. Voici les suivantes :"
	txtRegistered     = "Vous êtes inscrit(e) : « %s », %s.\nRéférence : %s\nSi vous ne pouvez pas venir, écrivez /conseiller pour prévenir."
	txtAlsoBook       = "Vous pouvez aussi prendre un rendez-vous individuel :"
)
