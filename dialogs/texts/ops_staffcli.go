package texts

// StaffCLIOps holds what the staff command line prints (bookings, handoffs
// and sessions lists) and the advisors' digest.
type StaffCLIOps struct {
	// Configuration of delivery and digest (cepbot config check).
	RetryOrder  string // fmt: %s variable, %s value, %s other variable, %s its value
	DigestAtBad string // fmt: %q value

	// Booking statuses and modalities as staff read them.
	ListStatusBooked, ListStatusClaimed, ListStatusMoved, ListStatusCancelled, ListStatusAbsent, ListStatusClosed, ListStatusUrgent, ListStatusToClose string
	ListModalityOnSite, ListModalityPhone, ListModalityVideo, ListContactChat                                                                          string

	// bookings list: column headers (table and CSV).
	ListColReference, ListColDate, ListColStart, ListColEnd, ListColZone, ListColOperator, ListColAgency, ListColAdvisor, ListColModality, ListColStatus, ListColContact, ListColChannel, ListColCreated, ListColClaimedBy string

	// Errors of the staff commands.
	ListUnknownOperator string // fmt: %q value, %s valid ids, %s valid kinds
	ListUnknownAgency   string // fmt: %q value, %s valid ids
	ListUnknownAdvisor  string // fmt: %q value, %s valid ids
	ListUnknownStatus   string // fmt: %q value, %s valid statuses
	ListBadDate         string // fmt: %s flag, %q value
	ListDatesReversed   string // fmt: %s from, %s to
	ListBadFormat       string // fmt: %q value

	// handoffs list / retry / drop.
	ListColEntry, ListColNotifier, ListColType, ListColNext, ListColAttempts, ListColLastError string
	ListTimesIn                                                                                string // fmt: %s zone
	HandoffsNoSuchEntry                                                                        string // fmt: %q id
	HandoffsReplayed                                                                           string // fmt: %d count
	HandoffsRetryNow                                                                           string // fmt: %d count
	HandoffsDropped                                                                            string // fmt: %d count, %q reason
	HandoffsReasonNeeded                                                                       string

	// sessions list --registrants.
	ListColSession, ListColRegistered, ListColSeats, ListColTitle, ListColVisitor string

	// Slack card thread: a reminder reached the visitor.
	CardReminderSent string // fmt: %s date and time (« mardi 1er décembre à 8 h 30 »)

	// Advisors' digest (Slack direct message).
	DigestTitle    string // fmt: %s day (« mercredi 2 décembre »)
	DigestNone     string // fmt: %s day
	DigestLine     string // fmt: %s time, %s modality, %s reference, %s status
	DigestToClose  string // fmt: %d count
	DigestOpenLine string // fmt: %s date and time, %s reference
	DigestClose    string

	// Directory reload (SIGHUP).
	DirReloadRefused string // fmt: %s file, %d problems

	// cepbot store migrate: what it moved and reindexed.
	StoreMigrated string // fmt: %d bookings, %d active, %d pending events, %d dead events, %d bookings reindexed
}

var frStaffCLIOps = StaffCLIOps{
	RetryOrder:  "%s (%s) est plus court que %s (%s)",
	DigestAtBad: "CEPBOT_DIGEST_AT=%q : attendu une heure HH:MM (exemple : 17:00) ou off",

	ListStatusBooked: "réservé", ListStatusClaimed: "pris en charge", ListStatusMoved: "remplacé", ListStatusCancelled: "annulé",
	ListStatusAbsent: "absent", ListStatusClosed: "clôturé", ListStatusUrgent: "demande de contact", ListStatusToClose: "à clôturer",
	ListModalityOnSite: "sur place", ListModalityPhone: "téléphone", ListModalityVideo: "visio", ListContactChat: "messagerie",

	ListColReference: "Référence", ListColDate: "Date", ListColStart: "Début", ListColEnd: "Fin", ListColZone: "Fuseau",
	ListColOperator: "Opérateur", ListColAgency: "Agence", ListColAdvisor: "Conseiller", ListColModality: "Modalité",
	ListColStatus: "Statut", ListColContact: "Contact", ListColChannel: "Canal", ListColCreated: "Créé le", ListColClaimedBy: "Pris en charge par",

	ListUnknownOperator: "--operator %q : opérateur inconnu. Identifiants possibles : %s. Types possibles : %s.",
	ListUnknownAgency:   "--agency %q : agence inconnue. Agences possibles : %s.",
	ListUnknownAdvisor:  "--advisor %q : conseiller inconnu. Conseillers possibles : %s.",
	ListUnknownStatus:   "--status %q : statut inconnu. Statuts possibles : %s.",
	ListBadDate:         "%s %q : date attendue sous la forme AAAA-MM-JJ.",
	ListDatesReversed:   "--from %s est après --to %s.",
	ListBadFormat:       "--format %q : attendu table, json ou csv.",

	ListColEntry: "Envoi", ListColNotifier: "Destinataire", ListColType: "Type", ListColNext: "Prochain essai",
	ListColAttempts: "Essais", ListColLastError: "Dernière erreur",
	ListTimesIn:          "Heures : %s.",
	HandoffsNoSuchEntry:  "Aucun envoi %q dans la file.",
	HandoffsReplayed:     "Envois relancés : %d.",
	HandoffsRetryNow:     "Envois en attente avancés à maintenant : %d.",
	HandoffsDropped:      "Envois abandonnés : %d (motif : %q).",
	HandoffsReasonNeeded: "--reason est obligatoire : dites pourquoi l'envoi est abandonné.",

	ListColSession: "Réunion", ListColRegistered: "Inscrits", ListColSeats: "Places", ListColTitle: "Titre", ListColVisitor: "Visiteur",

	CardReminderSent: "🔔 Rappel envoyé au visiteur le %s.",

	DigestTitle:    "Vos rendez-vous de demain, %s :",
	DigestNone:     "Vous n'avez pas de rendez-vous demain, %s.",
	DigestLine:     "• %s, %s, %s (%s)",
	DigestToClose:  "Rendez-vous passés à clôturer : %d.",
	DigestOpenLine: "• %s, %s",
	DigestClose:    "Clôturez-les depuis leur fiche (bouton Clôturer ou Absent).",

	DirReloadRefused: "%s : annuaire refusé (problèmes : %d), l'annuaire précédent reste en service.",

	StoreMigrated: "migration terminée : %d rendez-vous (%d actifs), %d événements en attente, %d en échec ; index de %d rendez-vous reconstruits",
}
