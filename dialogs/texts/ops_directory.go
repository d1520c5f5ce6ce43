package texts

// DirectoryOps words the problems found in a directory file (cepbot
// directory check, CEPBOT_DIRECTORY, reload) in French; each field has the
// fmt verbs of its English original in bot/directory.
type DirectoryOps struct {
	DirSyntax, DirFoundMapping, DirFoundList, DirFoundEmpty, DirFoundOther, DirInternal string
	DirNotMultipleOf5                                                                   string
	DirSlotLength                                                                       string
	DirEndsBeforeStart                                                                  string
	DirNotWeekly                                                                        string
	DirNotDateTime                                                                      string
	DirNotRange                                                                         string
	DirNotSlackChannel                                                                  string
	DirNotSlackUser                                                                     string
	DirNotDate                                                                          string
	DirNotDuration                                                                      string
	DirBadID                                                                            string
	DirNotWholeNumber                                                                   string
	DirNotEnvName                                                                       string
	DirNotHTTPAddress                                                                   string
	DirNotHTTPSLink                                                                     string
	DirListedTwice                                                                      string
	DirMeetingLength                                                                    string
	DirSecretWithoutURL                                                                 string
	DirAgencyNoAdvisor                                                                  string
	DirModalityNeeded                                                                   string
	DirSecretFileUnreadable                                                             string
	DirCapacity                                                                         string
	DirClosureReversed                                                                  string
	DirDuplicateAdvisor                                                                 string
	DirDuplicateAgency                                                                  string
	DirDuplicateOperator                                                                string
	DirDuplicateSession                                                                 string
	DirDepartementTwice                                                                 string
	DirDepartementOutside                                                               string
	DirEnvUnset                                                                         string
	DirExpectedList                                                                     string
	DirExpectedMapping                                                                  string
	DirExpectedText                                                                     string
	DirTooComplex                                                                       string
	DirWeeklyOrDate                                                                     string
	DirSecretFileOrEnv                                                                  string
	DirKeyTwice                                                                         string
	DirPlainKeys                                                                        string
	DirLeadTimeHorizon                                                                  string
	DirMissing                                                                          string
	DirMissingSeats                                                                     string
	DirNoAgency                                                                         string
	DirNoOperator                                                                       string
	DirMissingDepartements                                                              string
	DirMissingWhen                                                                      string
	DirMissingRegions                                                                   string
	DirMissingModalities                                                                string
	DirMissingHours                                                                     string
	DirLeadTimeRange                                                                    string
	DirHorizonRange                                                                     string
	DirMustBePositive                                                                   string
	DirMustNotBeEmpty                                                                   string
	DirURLCredentials                                                                   string
	DirNotHTTP                                                                          string
	DirRangeTooShort                                                                    string
	DirRangesOverlap                                                                    string
	DirSecretFileEmpty                                                                  string
	DirSecretInline                                                                     string
	DirNeverOpen                                                                        string
	DirFileEmpty                                                                        string
	DirListEmpty                                                                        string
	DirUnknownAgency                                                                    string
	DirUnknownDepartement                                                               string
	DirUnknownKeyAllowed                                                                string
	DirUnknownKeySuggest                                                                string
	DirUnknownModality                                                                  string
	DirUnknownOperator                                                                  string
	DirUnknownKindAllowed                                                               string
	DirUnknownKindSuggest                                                               string
	DirUnknownRegion                                                                    string
	DirUnknownZoneOverseas                                                              string
	DirUnknownZone                                                                      string
	DirUnsupportedVersion                                                               string
	DirWebhookNeedsSecret                                                               string
	DirBranchesOnlyPublic                                                               string
	DirUnknownBranch                                                                    string
	DirBranchTwice                                                                      string
	DirBranchesEmpty                                                                    string
	DirDuplicateOutcome                                                                 string
	DirOutcomeLabelLong                                                                 string
	DirOutcomesEmpty                                                                    string
	DirTooManyOutcomes                                                                  string
	DirSecondReception                                                                  string
	DirDateOrRange                                                                      string
	DirAbsenceReversed                                                                  string
	DirNotHalfDay                                                                       string
	DirHalfDayOneDate                                                                   string
	DirICSURLOrEnv                                                                      string
	DirCalDAVCredentials                                                                string
	DirNotEnvNameStrict                                                                 string
	DirCalDAVNeedsURL                                                                   string
	DirCalDAVBoth                                                                       string
	DirCalendarEmpty                                                                    string
	DirRangeOutsideHours                                                                string
}

var frDirectoryOps = DirectoryOps{
	DirSyntax: "erreur de syntaxe YAML : ", DirFoundMapping: "des lignes « clé: valeur »", DirFoundList: "une liste",
	DirFoundEmpty: "rien", DirFoundOther: "autre chose", DirInternal: "erreur interne à la lecture du fichier : ",
	DirNotMultipleOf5:       "%d n'est pas un multiple de 5 minutes",
	DirSlotLength:           "%d minutes n'est pas une durée de rendez-vous raisonnable (de 10 à 240)",
	DirEndsBeforeStart:      "%q finit avant de commencer",
	DirNotWeekly:            "%q n'est pas de la forme « JOUR HH:MM » (jour : mon, tue, wed, thu, fri, sat, sun)",
	DirNotDateTime:          "%q n'est pas de la forme « AAAA-MM-JJ HH:MM »",
	DirNotRange:             "%q n'est pas une plage HH:MM-HH:MM",
	DirNotSlackChannel:      "%q n'est ni un nom ni un identifiant de canal Slack",
	DirNotSlackUser:         "%q n'est pas un identifiant d'utilisateur Slack (comme U012AB3CD)",
	DirNotDate:              "%q n'est pas une date AAAA-MM-JJ",
	DirNotDuration:          "%q n'est pas une durée (exemples : 90m, 2h, 21d)",
	DirBadID:                "%q n'est pas un identifiant valide (minuscules, chiffres, « . », « _ », « - »)",
	DirNotWholeNumber:       "%q n'est pas un nombre entier",
	DirNotEnvName:           "%q n'est pas un nom de variable d'environnement",
	DirNotHTTPAddress:       "%q n'est pas une adresse http(s)",
	DirNotHTTPSLink:         "%q n'est pas un lien https://",
	DirListedTwice:          "%q figure deux fois",
	DirMeetingLength:        "une réunion dure entre quelques minutes et 12 heures",
	DirSecretWithoutURL:     "un secret de webhook est donné, mais pas de webhook_url",
	DirAgencyNoAdvisor:      "l'agence %q n'a aucun conseiller : personne ne pourrait y prendre rendez-vous",
	DirModalityNeeded:       "il faut au moins une modalité (sur_place, telephone, visio)",
	DirSecretFileUnreadable: "le fichier du secret est illisible : %v",
	DirCapacity:             "la capacité %d n'est pas comprise entre 1 et 1000",
	DirClosureReversed:      "la fermeture finit (%s) avant de commencer (%s)",
	DirDuplicateAdvisor:     "identifiant de conseiller %q en double (déjà ligne %d)",
	DirDuplicateAgency:      "identifiant d'agence %q en double (déjà ligne %d)",
	DirDuplicateOperator:    "identifiant d'opérateur %q en double (déjà ligne %d)",
	DirDuplicateSession:     "identifiant de réunion %q en double (déjà ligne %d)",
	DirDepartementTwice:     "le département %q figure deux fois",
	DirDepartementOutside:   "le département %s (%s) est hors des régions de l'opérateur %q",
	DirEnvUnset:             "la variable d'environnement %s n'est pas définie ou est vide",
	DirExpectedList:         "une liste est attendue, trouvé : %s",
	DirExpectedMapping:      "des lignes « clé: valeur » sont attendues, trouvé : %s",
	DirExpectedText:         "un texte est attendu, trouvé : %s",
	DirTooComplex:           "fichier trop complexe (plus de %d nœuds YAML une fois les alias développés)",
	DirWeeklyOrDate:         "donnez weekly ou date, pas les deux",
	DirSecretFileOrEnv:      "donnez webhook_secret_file ou webhook_secret_env, pas les deux",
	DirKeyTwice:             "clé donnée deux fois",
	DirPlainKeys:            "les clés doivent être des mots simples",
	DirLeadTimeHorizon:      "le délai de prévenance (%s) doit être plus court que l'horizon de réservation (%s)",
	DirMissing:              "manquant (obligatoire)",
	DirMissingSeats:         "manquant (obligatoire) : combien de places ?",
	DirNoAgency:             "manquant (obligatoire) : l'annuaire ne liste aucune agence",
	DirNoOperator:           "manquant (obligatoire) : l'annuaire ne liste aucun opérateur",
	DirMissingDepartements:  "manquant (obligatoire) : quels départements l'agence dessert-elle ?",
	DirMissingWhen:          "il manque weekly (« tue 14:00 ») ou date (« 2026-12-08 14:00 »)",
	DirMissingRegions:       "manquant : un opérateur régional doit lister les régions qu'il couvre",
	DirMissingModalities:    "manquant : listez sur_place, telephone et/ou visio (ou renseignez defaults.modalities)",
	DirMissingHours:         "manquant : il faut des horaires d'ouverture pour proposer des rendez-vous (ou renseignez defaults.hours)",
	DirLeadTimeRange:        "doit être compris entre 0 et 30d",
	DirHorizonRange:         "doit être compris entre 1h et 366d",
	DirMustBePositive:       "doit être positif (valeur lue : %d)",
	DirMustNotBeEmpty:       "ne doit pas être vide",
	DirURLCredentials:       "ne doit contenir ni utilisateur ni mot de passe",
	DirNotHTTP:              "n'est pas une adresse http(s)",
	DirRangeTooShort:        "la plage %s est plus courte qu'un rendez-vous de %d minutes",
	DirRangesOverlap:        "les plages %s et %s se chevauchent",
	DirSecretFileEmpty:      "le fichier du secret %s est vide",
	DirSecretInline:         "un secret ne s'écrit jamais dans l'annuaire : utilisez webhook_secret_file ou webhook_secret_env",
	DirNeverOpen:            "l'agence n'est jamais ouverte",
	DirFileEmpty:            "le fichier est vide",
	DirListEmpty:            "la liste est vide",
	DirUnknownAgency:        "agence inconnue : %q",
	DirUnknownDepartement:   "code de département inconnu : %q (codes INSEE comme 01, 2A, 971)",
	DirUnknownKeyAllowed:    "clé inconnue : %q (possibles : %s)",
	DirUnknownKeySuggest:    "clé inconnue : %q (vouliez-vous dire %q ?)",
	DirUnknownModality:      "modalité inconnue : %q (possibles : sur_place, telephone, visio)",
	DirUnknownOperator:      "opérateur inconnu : %q",
	DirUnknownKindAllowed:   "type d'opérateur inconnu : %q (possibles : %s)",
	DirUnknownKindSuggest:   "type d'opérateur inconnu : %q (vouliez-vous dire %q ?)",
	DirUnknownRegion:        "code de région inconnu : %q (codes INSEE : 11, 24, …, 94, 01–06)",
	DirUnknownZoneOverseas:  "fuseau horaire inconnu : %q (utilisez un nom IANA comme Europe/Paris ou America/Cayenne)",
	DirUnknownZone:          "fuseau horaire inconnu : %q (utilisez un nom IANA comme Europe/Paris)",
	DirUnsupportedVersion:   "version %d non prise en charge (ce cepbot lit la version 1)",
	DirWebhookNeedsSecret:   "webhook_url demande webhook_secret_file ou webhook_secret_env (les requêtes sont signées)",
	DirBranchesOnlyPublic:   "seules les agences d'un opérateur employeur_public ont des versants (l'opérateur %q est %s)",
	DirUnknownBranch:        "versant inconnu : %q (possibles : %s)",
	DirBranchTwice:          "le versant %q figure deux fois",
	DirBranchesEmpty:        "la liste est vide (omettez la clé pour servir tous les versants)",
	DirDuplicateOutcome:     "identifiant d'issue %q en double (déjà ligne %d)",
	DirOutcomeLabelLong:     "libellé trop long (%d octets, 75 au plus : il s'affiche dans un menu Slack)",
	DirOutcomesEmpty:        "la liste est vide (omettez la clé pour garder les issues par défaut)",
	DirTooManyOutcomes:      "%d issues : un menu Slack en montre 100 au plus",
	DirSecondReception:      "une seconde file d'accueil général (type accueil) : %q en est déjà une",
	DirDateOrRange:          "donnez date (un seul jour) ou from/to, pas les deux",
	DirAbsenceReversed:      "l'absence finit (%s) avant de commencer (%s)",
	DirNotHalfDay:           "%q n'est pas une demi-journée (matin ou apres-midi)",
	DirHalfDayOneDate:       "une absence d'une demi-journée tient en une date : utilisez date, pas une plage",
	DirICSURLOrEnv:          "donnez ics_url ou ics_url_env, pas les deux",
	DirCalDAVCredentials:    "pas d'identifiants dans l'adresse : utilisez caldav_user et caldav_password_env",
	DirNotEnvNameStrict:     "%q n'est pas un nom de variable d'environnement (A-Z, 0-9, _)",
	DirCalDAVNeedsURL:       "manquant : caldav_user et caldav_password_env demandent l'adresse du calendrier",
	DirCalDAVBoth:           "donnez caldav_user et caldav_password_env ensemble, ou aucun des deux",
	DirCalendarEmpty:        "calendrier vide : donnez ics_url, ics_url_env ou caldav_url",
	DirRangeOutsideHours:    "la plage %s est hors des horaires d'ouverture de l'agence %q (%s)",
}
