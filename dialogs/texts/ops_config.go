package texts

// ConfigOps holds the messages of `cepbot config check` (and of `serve`
// when the configuration is refused): one language per output, French for
// people. Fields are prefixed Config so that they cannot shadow a field of
// another part once promoted into Catalog.
type ConfigOps struct {
	ConfigUsage       string // usage line of `cepbot config check`
	ConfigValid       string // %s HTTP address, %s store (redacted), %s channels
	ConfigProblems    string // %s is Count(n, ConfigProblem, ConfigProblemPlural)
	ConfigProblem     string // singular noun
	ConfigProblemPl   string // plural noun
	ConfigNoChannel   string
	ConfigDefaultFile string // the store when CEPBOT_STORE is empty
	ConfigDefaultKey  string // warning: the built-in pseudonym key
	ConfigHTTPAddr    string // %q the value
	ConfigStore       string // %s the value (redacted), %s the accepted forms
	ConfigStoreFile   string // a file: store without a path
	ConfigStoreRedis  string // %s why the Redis URL is refused (one of ConfigRedis…; never quotes it)
	// Why a Redis URL is refused.
	ConfigRedisPort      string
	ConfigRedisDB        string
	ConfigRedisParam     string
	ConfigRedisValue     string
	ConfigRedisEncoding  string
	ConfigRedisHost      string
	ConfigRedisSentinel  string
	ConfigRedisCluster   string
	ConfigRedisOtherwise string
	ConfigLogLevel       string // %q the value
	ConfigDuration       string // %s the variable, %q the value
	ConfigMaxTurns       string // %q the value
	ConfigSendsInFlight  string // %q the value
	// %s the advisor or agency, %s the variable named by the directory
	ConfigCalendarSecret  string
	ConfigCalendarAgency  string // %s the agency id: who a calendar problem is about
	ConfigCalendarAdvisor string // %s the advisor id
	ConfigAdminAddr       string // %q the value
	ConfigAdminSame       string // the admin address equals CEPBOT_HTTP_ADDR
	ConfigEnv             string // %q the value
	ConfigKeyRequired     string // production without CEPBOT_PSEUDONYM_KEY
	ConfigKeyWeak         string // %d the minimum length
	ConfigArchive         string // %s the archive period, %s the retention
	ConfigWait            string // %q the value of CEPBOT_REDIS_WAIT_REPLICAS

	ConfigSecretBothSet    string // %s the variable, %s its _FILE twin
	ConfigSecretUnreadable string // %s the variable, %q the file, %v the cause
	ConfigSecretEmpty      string // %s the variable, %q the file

	ConfigTelegramTokenMissing   string // %s the variable, %s its _FILE twin
	ConfigTelegramTokenMalformed string // %s the variable
	ConfigTelegramSecretInvalid  string // %s the variable
	ConfigTelegramWebhookURL     string // %s the variable
	ConfigTelegramWebhookSecret  string // %s the variable, %s its _FILE twin
	ConfigTelegramMode           string // %s the variable, %q polling, %q webhook, %q the value
	ConfigTelegramURLNotHTTP     string // %s the variable, %q the value
	ConfigTelegramURLUserinfo    string // %s the variable
	ConfigTelegramURLNotHTTPS    string // %s the variable, %q the value

	ConfigSlackBotTokenMissing string // %s the variable, %s its _FILE twin
	ConfigSlackBotTokenPrefix  string // %s the variable
	ConfigSlackAppTokenPrefix  string // %s the variable
	ConfigSlackNoMode          string // %s the app token variable, %s the signing secret variable
	ConfigSlackAPIURLNotHTTP   string // %s the variable
	ConfigSlackAPIURLUserinfo  string // %s the variable
	ConfigSlackAPIURLSlash     string // %s the variable
}

var frConfigOps = ConfigOps{
	ConfigUsage:       "usage : cepbot config check",
	ConfigValid:       "Configuration valide. HTTP %s, magasin %s, canaux : %s.",
	ConfigProblems:    "%s dans la configuration.",
	ConfigProblem:     "problème",
	ConfigProblemPl:   "problèmes",
	ConfigNoChannel:   "aucun (définissez CEPBOT_TELEGRAM_TOKEN ou CEPBOT_SLACK_BOT_TOKEN)",
	ConfigDefaultFile: "fichier local (défaut)",
	ConfigDefaultKey:  "Attention : CEPBOT_PSEUDONYM_KEY n'est pas défini ; les identifiants pseudonymes utilisent une clé par défaut, publique.",
	ConfigHTTPAddr:    "CEPBOT_HTTP_ADDR=%q n'est pas une adresse d'écoute (exemple : :8080 ou 127.0.0.1:8080)",
	ConfigStore:       "CEPBOT_STORE=%s : attendu %s",
	ConfigStoreFile:   "CEPBOT_STORE=file: : indiquez le chemin du fichier, par exemple file:/var/lib/cepbot/cepbot.db",
	ConfigStoreRedis:  "CEPBOT_STORE : adresse Redis refusée : %s",

	ConfigRedisPort:       "le port n'est pas un nombre valide",
	ConfigRedisDB:         "le numéro de base (après la barre oblique) n'est pas valide",
	ConfigRedisParam:      "un paramètre (après ?) est inconnu ou ne convient pas à ce type d'adresse",
	ConfigRedisValue:      "la valeur d'un paramètre (après ?) n'est pas valide",
	ConfigRedisEncoding:   "l'utilisateur ou le mot de passe contient un encodage %xx invalide",
	ConfigRedisHost:       "un hôte manque ou n'est pas valide",
	ConfigRedisSentinel:   "une adresse Sentinel se termine par /nom-du-maître, éventuellement suivi de /numéro-de-base",
	ConfigRedisCluster:    "une adresse Cluster n'a pas de numéro de base",
	ConfigRedisOtherwise:  "forme attendue : redis://[utilisateur:mot de passe@]hôte:port/numéro-de-base (voir le README, « Stores »)",
	ConfigLogLevel:        "CEPBOT_LOG_LEVEL=%q : attendu debug, info, warn ou error",
	ConfigDuration:        "%s=%q : attendu une durée positive comme 90d ou 720h",
	ConfigMaxTurns:        "CEPBOT_MAX_CONCURRENT_TURNS=%q : attendu un nombre entier positif (0 : sans limite)",
	ConfigArchive:         "CEPBOT_ARCHIVE_AFTER (%s) est plus court que CEPBOT_RETENTION (%s) : les rendez-vous seraient supprimés avant d'être anonymisés",
	ConfigWait:            "CEPBOT_REDIS_WAIT_REPLICAS=%q : attendu un nombre de répliques (0, 1, 2…)",
	ConfigSendsInFlight:   "CEPBOT_SENDS_IN_FLIGHT=%q : attendu un nombre entier d'au moins 1",
	ConfigCalendarSecret:  "%s : le calendrier demande la variable %s (ou %s_FILE), qui n'est pas définie",
	ConfigCalendarAgency:  "agence %s",
	ConfigCalendarAdvisor: "conseiller %s",
	ConfigAdminAddr:       "CEPBOT_ADMIN_ADDR=%q n'est pas une adresse d'écoute (exemple : 127.0.0.1:9090)",
	ConfigAdminSame:       "CEPBOT_ADMIN_ADDR est l'adresse de CEPBOT_HTTP_ADDR : laissez-la vide pour tout servir sur un seul port, ou choisissez un autre port",
	ConfigEnv:             "CEPBOT_ENV=%q : attendu production, staging, development ou test",
	ConfigKeyRequired:     "CEPBOT_ENV=production : CEPBOT_PSEUDONYM_KEY (ou CEPBOT_PSEUDONYM_KEY_FILE) est obligatoire ; la clé par défaut est publique et rendrait les identifiants des visiteurs devinables",
	ConfigKeyWeak:         "CEPBOT_ENV=production : CEPBOT_PSEUDONYM_KEY doit compter au moins %d caractères",

	ConfigSecretBothSet:    "%s et %s sont définies toutes les deux : n'en gardez qu'une",
	ConfigSecretUnreadable: "%s : le fichier %q est illisible (%v)",
	ConfigSecretEmpty:      "%s : le fichier %q est vide",

	ConfigTelegramTokenMissing:   "le jeton du bot manque : mettez dans %s (ou %s) le jeton donné par @BotFather",
	ConfigTelegramTokenMalformed: "le jeton du bot n'a pas la forme d'un jeton Telegram (des chiffres, deux-points, puis lettres, chiffres, - ou _) : vérifiez %s",
	ConfigTelegramSecretInvalid:  "le secret du webhook doit compter de 1 à 256 caractères parmi A-Z, a-z, 0-9, _ et - : vérifiez %s",
	ConfigTelegramWebhookURL:     "le mode webhook a besoin de l'adresse publique de /telegram/webhook dans %s",
	ConfigTelegramWebhookSecret:  "le mode webhook a besoin d'un secret dans %s (ou %s) pour refuser les requêtes falsifiées",
	ConfigTelegramMode:           "%s doit valoir %q ou %q, pas %q",
	ConfigTelegramURLNotHTTP:     "%s : %q n'est pas une adresse http(s) complète",
	ConfigTelegramURLUserinfo:    "%s : l'adresse ne doit contenir ni nom d'utilisateur ni mot de passe",
	ConfigTelegramURLNotHTTPS:    "%s : Telegram n'appelle que des webhooks en https : %q",

	ConfigSlackBotTokenMissing: "le jeton du bot Slack manque : mettez dans %s (ou %s) le Bot User OAuth Token de l'application (xoxb-…)",
	ConfigSlackBotTokenPrefix:  "le jeton du bot Slack doit commencer par xoxb- (Bot User OAuth Token) : vérifiez %s",
	ConfigSlackAppTokenPrefix:  "le jeton d'application Slack doit commencer par xapp- (Socket Mode, droit connections:write) : vérifiez %s",
	ConfigSlackNoMode:          "Slack a besoin de %s (Socket Mode, sans adresse publique) ou de %s (Events API en HTTP, /slack/events)",
	ConfigSlackAPIURLNotHTTP:   "%s n'est pas une adresse http(s)",
	ConfigSlackAPIURLUserinfo:  "%s ne doit contenir ni utilisateur ni mot de passe",
	ConfigSlackAPIURLSlash:     "%s doit se terminer par une barre oblique, par exemple https://slack.com/api/",
}
