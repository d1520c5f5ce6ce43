package texts

// Staff holds what staff read: Slack cards, relay, App Home, staff listings (owner: adapters/slack, cmd).
// French values sit under the type; a field with fmt verbs says so in its comment.
// The visitor-side sentences caused by a Slack action (claim, reschedule…)
// are here too, prefixed SlackVisitor.
type Staff struct {
	// Card statuses.
	SlackStatusBooked, SlackStatusClaimed, SlackStatusMoved, SlackStatusCancelled string
	SlackStatusAbsent, SlackStatusClosed, SlackStatusUrgent                       string
	SlackStatusToClose                                                            string
	// Modalities, as read after "Rendez-vous …, ".
	SlackModOnSite, SlackModPhone, SlackModVideo string
	// Card header and notification text. %s: date, agency, modality.
	SlackCardHeader string
	// %s: agency (urgent contact request).
	SlackCardHeaderUrgent string
	// Notification text of a card. %s: reference, status, header.
	SlackCardFallback string
	// Field labels.
	SlackFieldRef, SlackFieldStatus, SlackFieldSlot, SlackFieldModality, SlackFieldRoute, SlackFieldAdvisor string
	SlackFieldChannel, SlackFieldContact, SlackFieldConsent, SlackFieldEnteredBy, SlackFieldClaimed         string
	// Section titles.
	SlackSecRequest, SlackSecFacts, SlackSecReasons, SlackSecAlternatives, SlackSecChoice, SlackSecOutcome string
	// Fact labels (keys of the handoff facts).
	SlackFactStatus, SlackFactAge, SlackFactDepartement, SlackFactRegion, SlackFactCommune, SlackFactProject string
	SlackFactCadre, SlackFactGraduate, SlackFactHandicap                                                     string
	// SlackFactFor: the request was written for someone else; the value is
	// who they are to the writer (« frère », « bénéficiaire »).
	SlackFactFor                              string
	SlackYes, SlackNo, SlackNone, SlackNoSlot string
	// Values of facts and operator kinds, by code.
	SlackValDemandeurEmploi, SlackValSalariePrive, SlackValAgentPublic, SlackValIndependant, SlackValArtisan string
	SlackValProfessionLiberale, SlackValAutoEntrepreneur, SlackValEtudiant                                   string
	SlackValReconversion, SlackValFormation, SlackValCreation, SlackValReprise, SlackValVAE, SlackValBilan   string
	SlackValMobilite, SlackValInformation, SlackValAutre                                                     string
	SlackKindFranceTravail, SlackKindCapEmploi, SlackKindMissionLocale, SlackKindApec                        string
	SlackKindRegional, SlackKindPublic                                                                       string
	// Values: %d age; channel names.
	SlackAgeYears, SlackChannelTelegram, SlackChannelSlack, SlackContactChat string
	// Visitor's choice: %s operator kind label.
	SlackChoiceRouted, SlackChoiceAlternative string
	// Consent: %s date, %s version.
	SlackConsentLine string
	// Context lines. %s: advisor or reference.
	SlackCtxReplaces, SlackCtxOffered, SlackCtxAbsentBy, SlackCtxClosedBy, SlackCtxMovedFrom string
	SlackCtxReplyHere, SlackCtxReplyUrgent, SlackCtxClaimedBy, SlackCtxLinked                string
	SlackCtxCalendarUnchecked                                                                string // the advisor's agenda could not be read when booking
	// Buttons.
	SlackBtnClaim, SlackBtnReschedule, SlackBtnAbsent, SlackBtnUndoAbsent, SlackBtnClose, SlackBtnTakeOver string
	// Confirmation dialogs on destructive buttons: title, text (%s: …), confirm, deny.
	SlackConfirmAbsentTitle, SlackConfirmAbsentText     string
	SlackConfirmTakeOverTitle, SlackConfirmTakeOverText string // %s: current advisor
	SlackConfirmUndoTitle, SlackConfirmUndoText         string
	SlackConfirmCloseTitle, SlackConfirmCloseText       string
	SlackConfirmYes, SlackConfirmNo                     string
	// Modals.
	SlackCloseTitle, SlackCloseSubmit, SlackCloseOutcome, SlackCloseNote, SlackCloseNoteHint string
	SlackReschedTitle, SlackReschedSubmit, SlackReschedSlots, SlackReschedReason             string
	SlackReschedReasonHint, SlackReschedNoSlot, SlackReschedTooMany, SlackCancel             string
	// Private answers to staff (ephemeral).
	SlackOnlyStaff      string // %s: agency
	SlackIsClosed       string
	SlackNotActive      string
	SlackUnknownRef     string
	SlackAfterAbsent    string
	SlackFailed         string
	SlackNotStarted     string // %s: start date
	SlackUndoExpired    string
	SlackTakeOverAsk    string // %s: current advisor
	SlackAlreadyYours   string
	SlackBusyThen       string
	SlackNotAdvisorHere string
	SlackAssignAsk      string // manager: whom to assign to
	SlackAssignPick     string // placeholder of the advisor menu
	SlackAssignedTell   string // %s: reference, manager (to the new advisor)
	SlackVisitorNotTold string
	SlackOffersSent     string // %d: number of slots
	SlackSlotGone       string
	SlackNotRelayed     string // %s: agency
	SlackRelayFailed    string
	SlackRelayTooBig    string // %s: limit
	SlackNoteKept       string
	SlackTakenOverTell  string // %s: new advisor, reference (to the previous advisor)
	SlackThreadClaimed  string // %s: advisor
	SlackThreadAbsent   string // %s: advisor
	SlackThreadUndo     string // %s: advisor
	SlackThreadClosed   string // %s: advisor, outcome
	SlackThreadOffered  string // %s: advisor, slots, reason
	SlackThreadMoved    string // %s: new date
	SlackVisitorMsg     string // %s: text
	SlackVisitorFile    string // %s: file name
	SlackSuggested      string // %s: suggested answer (knowledge base)
	SlackNoteMarker     string // prefix of a private note in a thread
	SlackNoteTitle      string // « Note interne » shortcut: modal title
	SlackNoteLabel      string
	SlackNotePosted     string // %s: author, note
	SlackNoteNoCard     string
	// Told to visitors.
	SlackVisitorClaimed    string // %s: advisor
	SlackVisitorAbsent     string
	SlackVisitorClosed     string
	SlackVisitorOffers     string // %s: reason sentence ("" when none)
	SlackVisitorReason     string // %s: reason
	SlackVisitorMoved      string // %s: date
	SlackVisitorOfferGone  string
	SlackVisitorNoRelay    string
	SlackVisitorFileTooBig string // %s: limit
	SlackVisitorFileSent   string // %s: file name
	SlackVisitorFileNone   string
	SlackVisitorFileFailed string
	// /cep and App Home.
	SlackCepHelp, SlackCepNotConfigured, SlackCepNotStaff, SlackCepUnavailable string
	SlackHomeTitle, SlackHomeMine, SlackHomeUnassigned, SlackHomeUrgent        string
	SlackHomeEmpty, SlackHomeOpenCard                                          string
	SlackCepToday, SlackCepWeek, SlackCepNothing, SlackCepMore                 string // %d in More
	SlackCepOnlyStaffView                                                      string // %s: agency
}

var frStaff = Staff{
	SlackStatusBooked:    "📅 Rendez-vous réservé",
	SlackStatusClaimed:   "🙋 Pris en charge",
	SlackStatusMoved:     "↪️ Remplacé par un autre rendez-vous",
	SlackStatusCancelled: "❌ Annulé par le visiteur",
	SlackStatusAbsent:    "🚫 Visiteur absent",
	SlackStatusClosed:    "✅ Clôturé",
	SlackStatusUrgent:    "🚨 Demande de contact urgente",
	SlackStatusToClose:   "⏰ Rendez-vous passé, à clôturer",

	SlackModOnSite: "sur place",
	SlackModPhone:  "par téléphone",
	SlackModVideo:  "en visio",

	SlackCardHeader:       "Rendez-vous %s — %s, %s",
	SlackCardHeaderUrgent: "Demande de contact urgente — %s",
	SlackCardFallback:     "%s · %s · %s",

	SlackFieldRef:       "Référence",
	SlackFieldStatus:    "Statut",
	SlackFieldSlot:      "Créneau",
	SlackFieldModality:  "Modalité",
	SlackFieldRoute:     "Orientation",
	SlackFieldAdvisor:   "Conseiller",
	SlackFieldChannel:   "Canal",
	SlackFieldContact:   "Contact",
	SlackFieldConsent:   "Consentement",
	SlackFieldEnteredBy: "Saisi par",
	SlackFieldClaimed:   "Prise en charge",

	SlackSecRequest:      "Demande du visiteur",
	SlackSecFacts:        "Situation",
	SlackSecReasons:      "Motifs de l'orientation",
	SlackSecAlternatives: "Autres opérateurs possibles",
	SlackSecChoice:       "Choix du visiteur",
	SlackSecOutcome:      "Issue",

	SlackFactStatus:      "Statut",
	SlackFactAge:         "Âge",
	SlackFactDepartement: "Département",
	SlackFactRegion:      "Région",
	SlackFactCommune:     "Commune",
	SlackFactProject:     "Projet",
	SlackFactCadre:       "Cadre",
	SlackFactGraduate:    "Diplômé bac+3 ou plus",
	SlackFactHandicap:    "Handicap reconnu",
	SlackFactFor:         "Demande écrite pour (lien avec l'auteur)",
	SlackYes:             "oui",
	SlackNo:              "non",
	SlackNone:            "—",
	SlackNoSlot:          "aucun créneau",

	SlackValDemandeurEmploi:    "demandeur d'emploi",
	SlackValSalariePrive:       "salarié du privé",
	SlackValAgentPublic:        "agent public",
	SlackValIndependant:        "indépendant",
	SlackValArtisan:            "artisan",
	SlackValProfessionLiberale: "profession libérale",
	SlackValAutoEntrepreneur:   "micro-entrepreneur",
	SlackValEtudiant:           "étudiant",
	SlackValReconversion:       "reconversion",
	SlackValFormation:          "formation",
	SlackValCreation:           "création d'activité",
	SlackValReprise:            "reprise d'activité",
	SlackValVAE:                "VAE",
	SlackValBilan:              "bilan de compétences",
	SlackValMobilite:           "mobilité",
	SlackValInformation:        "information",
	SlackValAutre:              "autre",
	SlackKindFranceTravail:     "France Travail",
	SlackKindCapEmploi:         "Cap emploi",
	SlackKindMissionLocale:     "Mission locale",
	SlackKindApec:              "Apec",
	SlackKindRegional:          "opérateur régional",
	SlackKindPublic:            "employeur public",

	SlackAgeYears:        "%d ans",
	SlackChannelTelegram: "Telegram",
	SlackChannelSlack:    "Slack (saisi par l'équipe)",
	SlackContactChat:     "par la messagerie du bot",

	SlackChoiceRouted:      "a suivi l'orientation proposée (%s)",
	SlackChoiceAlternative: "a choisi une autre possibilité que l'orientation proposée : %s",

	SlackConsentLine: "donné le %s (texte %s)",

	SlackCtxReplaces:          "Remplace %s",
	SlackCtxCalendarUnchecked: "Agenda du conseiller non consulté (indisponible) : créneau pris sur les horaires de l'annuaire",
	SlackCtxOffered:           "%s a proposé d'autres créneaux au visiteur",
	SlackCtxAbsentBy:          "Absence notée par %s",
	SlackCtxClosedBy:          "Clôturé par %s",
	SlackCtxMovedFrom:         "Déplacé, était prévu %s",
	SlackCtxReplyHere:         "Répondez dans ce fil pour écrire au visiteur ; ses messages y arrivent. Commencez par « note : » pour une note interne.",
	SlackCtxReplyUrgent:       "Répondez dans ce fil pour écrire au visiteur.",
	SlackCtxClaimedBy:         "Pris en charge par %s",
	SlackCtxLinked:            "Lié au rendez-vous %s",

	SlackBtnClaim:      "Prendre en charge",
	SlackBtnReschedule: "Reprogrammer",
	SlackBtnAbsent:     "Absent",
	SlackBtnUndoAbsent: "Annuler l'absence",
	SlackBtnClose:      "Clôturer",
	SlackBtnTakeOver:   "Reprendre ce rendez-vous",

	SlackConfirmAbsentTitle:   "Visiteur absent ?",
	SlackConfirmAbsentText:    "Le visiteur sera prévenu que son absence est notée. Le créneau reste réservé ; vous pourrez annuler pendant 24 heures.",
	SlackConfirmTakeOverTitle: "Reprendre ce rendez-vous ?",
	SlackConfirmTakeOverText:  "Ce rendez-vous est assigné à %s, qui sera prévenu. Le visiteur sera informé du changement de conseiller.",
	SlackConfirmUndoTitle:     "Annuler l'absence ?",
	SlackConfirmUndoText:      "Le rendez-vous redevient actif.",
	SlackConfirmCloseTitle:    "Clôturer la demande ?",
	SlackConfirmCloseText:     "Vous choisirez l'issue ; le visiteur ne pourra plus vous écrire par le bot.",
	SlackConfirmYes:           "Confirmer",
	SlackConfirmNo:            "Annuler",

	SlackCloseTitle:        "Clôturer la demande",
	SlackCloseSubmit:       "Clôturer",
	SlackCloseOutcome:      "Issue de l'entretien",
	SlackCloseNote:         "Note privée (non transmise au visiteur)",
	SlackCloseNoteHint:     "Visible par l'équipe ; le visiteur ne la voit que s'il demande ses données (/mesdonnees).",
	SlackReschedTitle:      "Reprogrammer",
	SlackReschedSubmit:     "Proposer",
	SlackReschedSlots:      "Vos créneaux libres (3 au plus)",
	SlackReschedReason:     "Motif transmis au visiteur",
	SlackReschedReasonHint: "Par exemple : « je suis en formation ce jour-là ».",
	SlackReschedNoSlot:     "Vous n'avez aucun créneau libre à proposer dans l'horizon de l'agence.",
	SlackReschedTooMany:    "Choisissez au plus 3 créneaux.",
	SlackCancel:            "Annuler",

	SlackOnlyStaff:      "Seuls les conseillers et responsables de %s peuvent agir sur cette demande.",
	SlackIsClosed:       "Cette demande est clôturée.",
	SlackNotActive:      "Cette demande n'est plus active (annulée par le visiteur ou remplacée par un autre rendez-vous).",
	SlackUnknownRef:     "Cette demande est introuvable.",
	SlackAfterAbsent:    "Le visiteur a été noté absent : proposez-lui un autre créneau (Reprogrammer), annulez l'absence ou clôturez la demande.",
	SlackFailed:         "L'action n'a pas pu aboutir, réessayez dans un instant.",
	SlackNotStarted:     "Le rendez-vous commence %s : vous pourrez noter l'absence à partir de cette heure. Le créneau reste réservé.",
	SlackUndoExpired:    "L'absence a été notée il y a plus de 24 heures : elle ne peut plus être annulée.",
	SlackTakeOverAsk:    "Ce rendez-vous est assigné à %s. Voulez-vous le reprendre ?",
	SlackAlreadyYours:   "Ce rendez-vous vous est déjà assigné.",
	SlackBusyThen:       "Vous avez déjà un rendez-vous à cette heure-là : la prise en charge est impossible.",
	SlackNotAdvisorHere: "Vous n'êtes pas conseiller de cette agence : seul un conseiller de l'agence peut prendre ce rendez-vous en charge.",
	SlackAssignAsk:      "À quel conseiller de l'agence attribuer cette demande ?",
	SlackAssignPick:     "Choisir un conseiller",
	SlackAssignedTell:   "La demande %s vous a été attribuée par %s.",
	SlackVisitorNotTold: "C'est enregistré, mais le visiteur n'a pas pu être prévenu.",
	SlackOffersSent:     "Les créneaux proposés (%d) ont été envoyés au visiteur.",
	SlackSlotGone:       "Un des créneaux choisis n'est plus libre : rouvrez Reprogrammer pour en choisir d'autres.",
	SlackNotRelayed:     "Seuls les conseillers et responsables de %s peuvent écrire au visiteur : votre message ne lui a pas été transmis.",
	SlackRelayFailed:    "⚠️ Votre message n'a pas pu être transmis au visiteur. Réessayez dans un instant.",
	SlackRelayTooBig:    "⚠️ Fichier non transmis : la limite est de %s.",
	SlackNoteKept:       "Note interne : elle n'a pas été transmise au visiteur.",
	SlackTakenOverTell:  "%s a repris le rendez-vous %s, qui vous était assigné.",
	SlackThreadClaimed:  "%s prend en charge ce rendez-vous.",
	SlackThreadAbsent:   "%s a noté le visiteur absent.",
	SlackThreadUndo:     "%s a annulé l'absence.",
	SlackThreadClosed:   "%s a clôturé la demande : %s.",
	SlackThreadOffered:  "%s a proposé au visiteur : %s. Motif : %s",
	SlackThreadMoved:    "Le visiteur a choisi un nouveau créneau : %s.",
	SlackVisitorMsg:     "Message du visiteur : %s",
	SlackVisitorFile:    "Fichier envoyé par le visiteur : %s",
	SlackSuggested:      "Réponse suggérée par la base de connaissances (non envoyée au visiteur) : %s",
	SlackNoteMarker:     "note :",
	SlackNoteTitle:      "Note interne",
	SlackNoteLabel:      "Note pour l'équipe (jamais transmise au visiteur)",
	SlackNotePosted:     "🔒 Note interne de %s : %s",
	SlackNoteNoCard:     "Utilisez « Note interne » sur une fiche de rendez-vous ou un message de son fil.",

	SlackVisitorClaimed:    "Votre conseiller %s a pris en charge votre demande.",
	SlackVisitorAbsent:     "Nous avons noté votre absence au rendez-vous. Écrivez /rdv pour en reprendre un.",
	SlackVisitorClosed:     "Votre demande est clôturée. Merci d'avoir utilisé le conseil en évolution professionnelle.",
	SlackVisitorOffers:     "Votre conseiller vous propose de déplacer votre rendez-vous.%s Choisissez un créneau ci-dessous, ou écrivez son numéro.",
	SlackVisitorReason:     " Motif : %s.",
	SlackVisitorMoved:      "C'est noté : votre rendez-vous est déplacé au %s, avec le même conseiller.",
	SlackVisitorOfferGone:  "Ce créneau n'est plus disponible. Écrivez /rdv pour voir les autres.",
	SlackVisitorNoRelay:    "Votre conseiller ne peut pas recevoir de messages par ce moyen : il vous contactera au moment du rendez-vous.",
	SlackVisitorFileTooBig: "Ce fichier est trop lourd pour être transmis (limite : %s).",
	SlackVisitorFileSent:   "Fichier transmis à votre conseiller : %s.",
	SlackVisitorFileNone:   "Je ne peux transmettre un fichier qu'à votre conseiller, une fois votre rendez-vous pris.",
	SlackVisitorFileFailed: "Le fichier n'a pas pu être transmis. Réessayez dans un instant.",

	SlackCepHelp:          "Utilisation : `/cep` vos prochains rendez-vous ; `/cep aujourd'hui` ou `/cep semaine` ceux de votre agence ; `/cep rdv RÉFÉRENCE` une demande.",
	SlackCepNotConfigured: "Le service n'est pas configuré pour cette commande.",
	SlackCepNotStaff:      "Vous n'êtes pas enregistré comme conseiller ou responsable dans l'annuaire cepbot.",
	SlackCepUnavailable:   "La liste est indisponible pour le moment, réessayez dans un instant.",
	SlackHomeTitle:        "Accueil CEP",
	SlackHomeMine:         "Mes rendez-vous d'aujourd'hui et de demain",
	SlackHomeUnassigned:   "Demandes non prises en charge de mon agence",
	SlackHomeUrgent:       "Demandes de contact urgentes",
	SlackHomeEmpty:        "Rien pour le moment.",
	SlackHomeOpenCard:     "Voir la fiche",
	SlackCepToday:         "Rendez-vous d'aujourd'hui",
	SlackCepWeek:          "Rendez-vous des 7 prochains jours",
	SlackCepNothing:       "Aucun rendez-vous.",
	SlackCepMore:          "… et %d autres.",
	SlackCepOnlyStaffView: "Seuls les conseillers et responsables de %s peuvent consulter cette demande.",
}
