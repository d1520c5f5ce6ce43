package texts

// Understanding holds what the visitor reads about facts the bot understood
// or could not settle (issue 13): public-service contacts by branch, the
// confidential alternatives of an agent public, the questions asked instead
// of a guess (owner: dialogs/routing, dialogs/analysis).
// French values sit under the type; a field with fmt verbs says so in its comment.
type Understanding struct {
	// Row 1 of the decision table, by public-service branch
	// (cep-domain.md §1.5): whom to contact.
	ContactEtat         string
	ContactEducation    string
	ContactTerritoriale string
	ContactHospitaliere string
	ContactArmees       string
	ContactBranchless   string // branch not known yet
	// ConfidentialAlternatives: %s = the organisations, as a French list
	// (« France Travail, l'Apec ou Cap emploi »).
	ConfidentialAlternatives string
	// Organisation names inside ConfidentialAlternatives, with their article.
	OrgFranceTravail, OrgApec, OrgCapEmploi, OrgMissionLocale string
	// OrgMissionLocaleAged names the Mission locale when the age is known
	// (its bracket « moins de 26 ans » would only repeat it).
	OrgMissionLocaleAged string
	// OrWord joins the last organisation of ConfidentialAlternatives' list.
	OrWord string

	// NoPublicAgency: the directory has no agency of the visitor's branch
	// of the public service for their département.
	NoPublicAgency string

	// The same about a relative (« c'est pour ma femme »): %s = « Votre
	// femme » in the Contact texts; in ProxyConfidentialAlternatives %s =
	// « votre femme », %s = il/elle, and %%s is left for the organisations.
	ProxyContactEtat, ProxyContactEducation, ProxyContactTerritoriale, ProxyContactHospitaliere string
	ProxyContactArmees, ProxyContactBranchless, ProxyConfidentialAlternatives                   string
	ProxyNoPublicAgency                                                                         string // %s = « votre femme »
	// ProxyFeminine agrees the Proxy* texts with a woman (« votre fille est
	// agente hospitalière »): each key replaced by its value.
	ProxyFeminine      map[string]string
	ProxyEmployerName  string // the operator « employeur public », about a relative
	ProxyEmployerShort string // the same, short (buttons)
	// EmployerNames name the operator « employeur public » in the
	// orientation once the branch is known (cep-domain.md §1.5): each
	// branch has its own door, and the generic « service RH ou conseiller
	// mobilité-carrière » named a State adviser to a soldier or a nurse
	// whose next sentence sent them to Défense mobilité or the DRH. Keys
	// are the branch values of package analysis (etat, education,
	// territoriale, hospitaliere, armees); a branch not listed keeps the
	// generic name. ProxyEmployerNames: the same about a relative.
	EmployerNames, ProxyEmployerNames map[string]string
	// EmployerShortNames name that operator on a button (« Prendre
	// rendez-vous avec … ») for the branches whose door is not the
	// employer's own service: a soldier is booked with Défense mobilité,
	// and « votre employeur public » on the button said otherwise.
	EmployerShortNames map[string]string
	// EmployerDirect is the contacts block of an agent public's employer
	// when the directory has no agency of their branch near them: %s = an
	// EmployerNames value. ProxyEmployerDirect: %s = « votre femme », %s =
	// a ProxyEmployerNames value.
	EmployerDirect, ProxyEmployerDirect string

	// Questions asked instead of a guess.
	AskSector     string // the employer may be public or private
	SectorPublic  string // button
	SectorPrivate string // button
	// AskSectorPay asks the sector again after « je ne sais pas », by who
	// pays the salary, with examples on the buttons.
	AskSectorPay string
	// SectorPaySlip tells how to find the sector on a pay slip, said with
	// AskSectorPay and to « comment savoir ? » at the sector questions.
	// ProxySectorPaySlip: the same about a relative, %s = « votre femme ».
	SectorPaySlip, ProxySectorPaySlip string
	// SectorUnsureCall: the sector is still unknown after the question by
	// who pays; a contact request with the reception follows.
	// ProxySectorUnsureCall: %s = « votre femme ».
	SectorUnsureCall, ProxySectorUnsureCall string
	// BranchHow answers « c'est quoi la différence ? » at the branch
	// question: the employers of each branch.
	BranchHow string
	// PrivateLawAtPublic: a private-law contract with a public employer
	// (apprentice, contrat aidé) routes as a private employee; said
	// under the reasons.
	PrivateLawAtPublic string
	// PrivateLawBodies: the staff of the CAF, La Poste, the SNCF… are
	// mostly of private law; a fonctionnaire among them is told to say so.
	PrivateLawBodies  string
	SectorPayPublic   string // button
	SectorPayPrivate  string // button
	Unsure            string // button: « Je ne sais pas »
	AskBranch         string // an agent public whose branch is unknown
	BranchEtat        string // button
	BranchEducation   string // button
	BranchTerritorial string // button
	BranchHospital    string // button
	BranchArmees      string // button
	AskHomeWorkplace  string // fmt: %s = the workplace's département (« Nord, 59 »)
	HomeSameAsWork    string // button: the visitor lives where they work
	// AskHomeMoving: a move to come was named (« je déménage à Lille le
	// mois prochain »); %s = its département (« Nord, 59 »). The current
	// home is asked, the move said, its département offered as a button
	// (HomeMovingTo, %s = the same).
	AskHomeMoving string
	HomeMovingTo  string
	// OutsideMoving follows Outside when the visitor lives outside the
	// regions but named a home to come in France (« je vis au Canada, je
	// reviens m'installer à Bordeaux »); %s = its département (« Gironde,
	// 33 »), offered with the HomeMovingTo button.
	OutsideMoving string
	// OrientMoving follows the orientation of a visitor whose move to
	// another département is to come (%s: « Rhône, 69 »), offered with
	// the HomeMovingTo button.
	OrientMoving string
	// DepartementChoice is the département offered beside the town of the
	// same name (« Vienne »): %s its name, %s its code.
	DepartementChoice string
	// CommuneAgain: the name of the homonyms typed again at their choice.
	CommuneAgain string
	// ProxyAskHomeWorkplace: the same about a relative; %s = « votre
	// femme », %s = the workplace's département (« Nord, 59 »), %s = the
	// pronoun (il/elle).
	ProxyAskHomeWorkplace string
	ProxyHomeSameAsWork   string // button, neutral: the relative lives where they work
	// ProxyAskHomeNamedWork: a professional writing for a person they
	// accompany named a workplace, theirs; %s = the département (« Nord,
	// 59 »), %s = « votre bénéficiaire ».
	ProxyAskHomeNamedWork string
	ProxyPlaceInvalid     string // PlaceInvalid about a relative
	AskTypo               string // fmt: %s = « Marseille (Bouches-du-Rhône, 13) »
	// RecapOutside is the recap's place of a home outside the 18 regions
	// (Saint-Pierre-et-Miquelon, Monaco…), after its name when known.
	RecapOutside string
	// ProxyCardsNote comes before the information cards answered to a
	// visitor writing for a relative: the cards say « vous ». %s = « votre
	// mari ».
	ProxyCardsNote string
	// WhatToDo answers, before the orientation, a question that asks for
	// it (« que puis-je faire ? », « vers qui me tourner ? »);
	// ProxyWhatToDo the same about a relative, %s = « votre fils ».
	WhatToDo      string
	ProxyWhatToDo string
	// AskRegionDeps: only the region of the home is known (« en Corse »);
	// its few départements are offered. %s = the region (« Corse »).
	AskRegionDeps string
	// ProxyAskRegionDeps: the same about a relative; %s = the region,
	// %s = « votre femme ».
	ProxyAskRegionDeps string
	OtherCommune       string // button: none of the communes offered
	OtherCommuneList   string // button: none of the homonyms listed

	// WhyAsked answers « pourquoi vous demandez ça ? », « c'est
	// obligatoire ? » at a question, by state (statut, age, handicap,
	// cadre, lieu, commune, secteur, branche); written for the visitor and
	// for a relative alike.
	WhyAsked map[string]string

	// AgencyWhere answers « c'est où ? » during the booking: %s = the
	// agency's address, %s = its name (after the address: no « de »
	// to elide before a name, « Adresse de Avenir Actifs »).
	AgencyWhere string
	// AgencyHowLong answers « combien de temps dure le rendez-vous ? »
	// during the booking: %s = its length in minutes.
	AgencyHowLong string
	// HowLongRange answers it before an agency is chosen, when the
	// agencies' appointments differ: %s to %s minutes.
	HowLongRange string
	// IsBot answers « vous êtes un robot ? ».
	IsBot string
	// NotBookedYet: the visitor takes leave at the confirmation, before
	// confirming.
	NotBookedYet string
	// NotBookedContact: /rdv once a slot is chosen, before the contact and
	// the confirmation.
	NotBookedContact string
	// OneAtATime: the description speaks of two people (« mon mari et moi
	// sommes au chômage »); %s: who else (CoupleOther, or « Votre mari »).
	OneAtATime string
	// NoGoingBack answers « retour » typed where an answer was expected.
	NoGoingBack string
	// NoPreviousQuestion answers « retour » at the first question (the
	// consent): there is nothing before it.
	NoPreviousQuestion string
	// NothingToCancel answers « annuler » where nothing can be cancelled:
	// what can be done instead.
	NothingToCancel string
	// StuckHuman follows the third « retour » or « annuler » typed at one
	// question: a human can take over.
	StuckHuman string
	// SorryRepeat answers an answer not understood that says the visitor
	// is fed up (capitals, « ça fait 3 fois que je dis… »).
	SorryRepeat string
	CoupleOther string

	// ModalityNoted: the visitor changed how to meet the advisor at the
	// slot choice; %s = the modality's name, lower case (« par téléphone »).
	ModalityNoted string

	// Recap: how each fact was known.
	RecapUnderstood string // fmt: %s = the facts read in the visitor's messages (« situation, âge et lieu »)
	RecapAsked      string // fmt: %s = the facts given in answer to a question
	RecapCorrected  string // fmt: %s = the facts the visitor corrected in their own words
	// RecapBranch: %s = the status (« agent public »), %s = the branch
	// (one of the Branch*Name below).
	RecapBranch                                                                                      string
	BranchEtatName, BranchEducationName, BranchTerritorialName, BranchHospitalName, BranchArmeesName string

	// A distant agency, announced before booking on site.
	// DistantAgency: %s = the agency's town, %s = its département's name
	// (the visitor's commune is not known, only their département).
	DistantAgency string
	// DistantAgencyKm: the agency is far from the visitor's commune, in
	// their département; %s = its town after « à » (« à Quimper », « au
	// Mans »), %d = the great-circle distance, rounded (« 55 »).
	DistantAgencyKm string
	// DistantAgencyOutKm: the same in another département; %s = the town
	// after « à », %s = its département's name, %d = the distance.
	DistantAgencyOutKm string
	// The same about a relative (« votre fille » lives there, not the
	// writer): ProxyDistantAgency: %s = town, %s = département, %s =
	// « votre fille »; ProxyDistantAgencyKm: %s = town after « à », %d =
	// distance, %s = « votre fille »; ProxyDistantAgencyOutKm: %s = town
	// after « à », %s = département, %s = « votre fille », %d = distance
	// (« de son domicile »: the relative is named once).
	ProxyDistantAgency, ProxyDistantAgencyKm, ProxyDistantAgencyOutKm string
}

var frUnderstanding = Understanding{
	ContactEtat: "Vous êtes agent de l'État : votre conseil en évolution professionnelle est assuré par le conseiller mobilité-carrière " +
		"de votre ministère ou de votre direction ; la plate-forme RH interministérielle (PFRH) de votre préfecture de région propose aussi des conseils.",
	ContactEducation: "Vous êtes agent de l'Éducation nationale : adressez-vous au conseiller RH de proximité de votre académie (rectorat), " +
		"qui accompagne les projets d'évolution et de reconversion.",
	ContactTerritoriale: "Vous êtes agent territorial : votre conseil en évolution professionnelle est assuré par le service des ressources humaines " +
		"de votre collectivité ou par le centre de gestion de la fonction publique territoriale de votre département.",
	ContactHospitaliere: "Vous êtes agent hospitalier : adressez-vous à la direction des ressources humaines de votre établissement ; " +
		"l'ANFH finance les bilans de compétences, les VAE et les formations des agents hospitaliers.",
	ContactArmees: "Vous êtes militaire : votre reconversion est accompagnée par Défense mobilité, l'agence de reconversion de la Défense, " +
		"par l'intermédiaire du bureau reconversion de votre unité.",
	ContactBranchless: "Vous êtes agent public : votre conseil en évolution professionnelle est assuré par votre employeur " +
		"(service RH, conseiller mobilité-carrière ou centre de gestion).",
	ConfidentialAlternatives: "Si vous préférez ne pas passer par votre employeur, vous pouvez vous adresser, de façon confidentielle, à %s.",
	OrWord:                   " ou ",
	OrgFranceTravail:         "France Travail",
	OrgApec:                  "l'Apec (cadres)",
	OrgCapEmploi:             "Cap emploi (avec une RQTH)",
	OrgMissionLocale:         "la Mission locale (moins de 26 ans)",
	OrgMissionLocaleAged:     "la Mission locale",

	NoPublicAgency: "L'annuaire ne propose pas de rendez-vous en ligne avec votre employeur : contactez-le directement, " +
		"ou choisissez un autre organisme ci-dessous.",

	ProxyContactEtat: "%s est agent de l'État : son conseil en évolution professionnelle est assuré par le conseiller mobilité-carrière " +
		"de son ministère ou de sa direction ; la plate-forme RH interministérielle (PFRH) de la préfecture de région propose aussi des conseils.",
	ProxyContactEducation: "%s est agent de l'Éducation nationale : le conseiller RH de proximité de son académie (rectorat) " +
		"accompagne les projets d'évolution et de reconversion.",
	ProxyContactTerritoriale: "%s est agent territorial : son conseil en évolution professionnelle est assuré par le service des ressources humaines " +
		"de sa collectivité ou par le centre de gestion de la fonction publique territoriale du département.",
	ProxyContactHospitaliere: "%s est agent hospitalier : la direction des ressources humaines de son établissement l'accompagne ; " +
		"l'ANFH finance les bilans de compétences, les VAE et les formations des agents hospitaliers.",
	ProxyContactArmees: "%s est militaire : sa reconversion est accompagnée par Défense mobilité, l'agence de reconversion de la Défense, " +
		"par l'intermédiaire du bureau reconversion de son unité.",
	ProxyContactBranchless: "%s est agent public : son conseil en évolution professionnelle est assuré par son employeur " +
		"(service RH, conseiller mobilité-carrière ou centre de gestion).",
	ProxyConfidentialAlternatives: "Si %s préfère ne pas passer par son employeur, %s peut s'adresser, de façon confidentielle, à %%s.",
	ProxyFeminine: map[string]string{
		"est agent de l'État": "est agente de l'État", "est agent de l'Éducation nationale": "est agente de l'Éducation nationale",
		"est agent territorial": "est agente territoriale", "est agent hospitalier": "est agente hospitalière",
		"est agent public": "est agente publique",
	},
	ProxyNoPublicAgency: "L'annuaire ne propose pas de rendez-vous en ligne avec son employeur : %s peut le contacter directement, " +
		"ou vous pouvez choisir un autre organisme ci-dessous.",
	ProxyEmployerName:  "son employeur public (service RH ou conseiller mobilité-carrière)",
	ProxyEmployerShort: "son employeur public",
	EmployerNames: map[string]string{
		"etat":         "votre employeur public (conseiller mobilité-carrière de votre ministère)",
		"education":    "votre employeur public (conseiller RH de proximité de votre académie)",
		"territoriale": "votre employeur public (service RH de votre collectivité ou centre de gestion)",
		"hospitaliere": "votre employeur public (direction des ressources humaines de votre établissement)",
		"armees":       "votre employeur public (Défense mobilité)",
	},
	EmployerShortNames:  map[string]string{"armees": "Défense mobilité"},
	EmployerDirect:      "Pour le conseil en évolution professionnelle, adressez-vous directement à %s.",
	ProxyEmployerDirect: "Pour le conseil en évolution professionnelle, %s peut s'adresser directement à %s.",
	ProxyEmployerNames: map[string]string{
		"etat":         "son employeur public (conseiller mobilité-carrière de son ministère)",
		"education":    "son employeur public (conseiller RH de proximité de son académie)",
		"territoriale": "son employeur public (service RH de sa collectivité ou centre de gestion)",
		"hospitaliere": "son employeur public (direction des ressources humaines de son établissement)",
		"armees":       "son employeur public (Défense mobilité)",
	},

	AskSector:     "Votre employeur est-il public — État, collectivité, hôpital public — ou privé ?",
	SectorPublic:  "Public",
	SectorPrivate: "Privé",
	AskSectorPay:  "Un repère : qui vous verse votre salaire ?",
	SectorPaySlip: "Votre bulletin de paie peut vous aider : s'il parle de « traitement », de grade, d'échelon ou d'indice, " +
		"votre employeur est public ; s'il cite une convention collective, il est privé.",
	SectorUnsureCall: "Pas de souci. Un conseiller de l'accueil vérifiera avec vous si votre employeur est public ou privé, " +
		"et vous dira qui peut vous accompagner.",
	ProxySectorUnsureCall: "Pas de souci. Un conseiller de l'accueil vérifiera avec vous si l'employeur de %s est public ou privé, " +
		"et vous dira qui peut l'accompagner.",
	PrivateLawAtPublic: "À noter : un contrat d'apprentissage ou un contrat aidé (PEC) est un contrat de droit privé, " +
		"même chez un employeur public ; pour le conseil en évolution professionnelle, il compte comme un emploi dans le privé.",
	PrivateLawBodies: "À noter : le personnel de la CAF, de la CPAM, de l'Urssaf, de La Poste ou de la SNCF est pour l'essentiel " +
		"sous contrat de droit privé ; si vous êtes fonctionnaire, écrivez-le-moi (par exemple « je suis fonctionnaire »).",
	BranchHow: "Tout dépend de l'employeur. État : un ministère, une préfecture, une université, la police. " +
		"Éducation nationale : une école, un collège, un lycée, le rectorat (enseignants, AESH, AED). " +
		"Territoriale : une commune, une intercommunalité, un département, une région (ATSEM, agents des collèges et des lycées). " +
		"Hospitalière : un hôpital, un EHPAD public. Armées : les militaires.",
	ProxySectorPaySlip: "Le bulletin de paie de %s peut aider : s'il parle de « traitement », de grade, d'échelon ou d'indice, " +
		"l'employeur est public ; s'il cite une convention collective, il est privé.",
	SectorPayPublic:       "Une administration, une mairie, un hôpital public",
	SectorPayPrivate:      "Une entreprise, une association, une clinique",
	Unsure:                "Je ne sais pas",
	AskBranch:             "Dans quelle fonction publique travaillez-vous ?",
	BranchEtat:            "État (ministère, préfecture…)",
	BranchEducation:       "Éducation nationale",
	BranchTerritorial:     "Territoriale (commune, département, région…)",
	BranchHospital:        "Hospitalière (hôpital, EHPAD public)",
	BranchArmees:          "Armées",
	HomeSameAsWork:        "J'habite dans le même département",
	AskHomeMoving:         "Vous m'avez dit que vous allez déménager (%s). Où habitez-vous aujourd'hui ? Indiquez votre code postal ou votre commune. Si vous préférez être accompagné(e) près de votre futur domicile, choisissez-le.",
	HomeMovingTo:          "Près de mon futur domicile (%s)",
	DepartementChoice:     "Département : %s (%s)",
	CommuneAgain:          "Choisissez votre commune dans la liste par son numéro, ou indiquez votre code postal.",
	OrientMoving:          "Vous m'avez dit que vous allez déménager (%s) : cet organisme est celui de votre domicile actuel. Vous pouvez aussi être accompagné(e) près de votre futur domicile.",
	OutsideMoving:         "Vous m'avez dit que vous allez vous installer en France (%s) : vous pouvez être accompagné(e) près de votre futur domicile.",
	ProxyAskHomeWorkplace: "Vous m'avez indiqué où travaille %s (%s). Et où habite-t-%s ? Indiquez son code postal ou sa commune.",
	ProxyHomeSameAsWork:   "Dans le même département",
	ProxyAskHomeNamedWork: "Votre message nomme un lieu de travail (%s). Où habite %s ? Indiquez son code postal ou sa commune.",
	ProxyPlaceInvalid:     "Je n'ai pas reconnu ce lieu. Indiquez un code postal à 5 chiffres (par exemple 69003) ou le nom de sa commune.",
	AskHomeWorkplace:      "Vous m'avez indiqué où vous travaillez (%s). Et où habitez-vous ? Indiquez votre code postal ou votre commune.",
	AskTypo:               "Vouliez-vous dire %s ?",
	RecapOutside:          "hors des régions couvertes par le CEP",
	ProxyCardsNote:        "Les informations qui suivent valent pour %s.",
	WhatToDo:              "C'est justement mon rôle : je vous pose quelques questions, puis je vous dis quel organisme peut vous accompagner et je vous propose un rendez-vous.",
	ProxyWhatToDo:         "C'est justement mon rôle : je vous pose quelques questions sur %s, puis je vous dis quel organisme peut l'accompagner et je vous propose un rendez-vous.",
	AskRegionDeps:         "La région %s compte plusieurs départements. Dans lequel habitez-vous ? Vous pouvez aussi indiquer votre code postal ou votre commune.",
	ProxyAskRegionDeps:    "La région %s compte plusieurs départements. Dans lequel habite %s ? Vous pouvez aussi indiquer son code postal ou sa commune.",
	OtherCommune:          "Non, une autre commune",
	OtherCommuneList:      "Une autre commune",

	WhyAsked: map[string]string{
		"statut": "La situation professionnelle décide de l'organisme compétent : France Travail pour les demandeurs d'emploi, " +
			"l'employeur pour les agents publics, l'opérateur régional pour les salariés du privé et les indépendants.",
		"age":           "L'âge décide de l'organisme compétent : la Mission locale accompagne les jeunes de 16 à 25 ans.",
		"handicap":      "Cette question est facultative : une reconnaissance de handicap ouvre l'accompagnement de Cap emploi. « Je préfère ne pas répondre » convient aussi.",
		"cadre":         "Les cadres et les diplômés d'un bac+3 ou plus peuvent être accompagnés par l'Apec.",
		"lieu":          "Le lieu de résidence décide de l'agence et de l'opérateur régional qui peuvent recevoir la demande.",
		"commune":       "Le lieu de résidence décide de l'agence et de l'opérateur régional qui peuvent recevoir la demande.",
		"secteur":       "Un agent public est accompagné par son employeur, un salarié du privé par l'opérateur régional : la réponse décide de l'organisme.",
		"branche":       "Chaque fonction publique a ses propres interlocuteurs : la réponse dit à qui s'adresser.",
		"recapitulatif": "Je vérifie avec vous ce que j'ai compris avant de vous orienter : si tout est juste, choisissez « C'est exact » ; sinon, « Corriger une information ».",
		"partage":       "Votre reconnaissance de handicap n'est transmise qu'avec votre accord. « Non, je préfère la garder » convient aussi.",
	},

	ModalityNoted:      "C'est noté : le rendez-vous se fera %s.",
	AgencyWhere:        "Adresse : %s (%s).",
	AgencyHowLong:      "Le rendez-vous dure %s minutes.",
	HowLongRange:       "Selon l'organisme, le rendez-vous dure de %s à %s minutes.",
	IsBot:              "Oui, je suis un programme automatique. Le conseiller que vous rencontrerez est une vraie personne ; pour parler à quelqu'un dès maintenant, écrivez /conseiller.",
	NotBookedYet:       "Attention : votre rendez-vous n'est pas encore réservé. Touchez « Je confirme » pour le réserver.",
	NotBookedContact:   "Votre créneau est mis de côté, mais le rendez-vous n'est pas encore réservé : répondez à cette question, puis confirmez-le.",
	OneAtATime:         "Je vous oriente une personne à la fois : commençons par vous. %s pourra ensuite faire sa propre demande.",
	CoupleOther:        "L'autre personne",
	NoGoingBack:        "Je ne peux pas revenir à la question précédente. Répondez à celle-ci : vous pourrez corriger une réponse en l'écrivant, par exemple « en fait j'ai 42 ans ». Pour tout recommencer : /start.",
	NoPreviousQuestion: "C'est la première question : il n'y en a pas avant. Pour arrêter : /stop.",
	NothingToCancel:    "Il n'y a rien à annuler ici. Pour annuler un rendez-vous : /rdv. Pour tout recommencer : /start. Pour arrêter : /stop.",
	SorryRepeat:        "Excusez-moi de vous faire répéter. Si vous préférez, un conseiller peut prendre le relais.",
	StuckHuman:         "Si vous préférez, un conseiller peut reprendre la conversation avec vous : écrivez /conseiller ou touchez « Parler à un conseiller ».",

	RecapUnderstood: "Compris dans vos messages : %s.",
	RecapAsked:      "Précisé en réponse à mes questions : %s.",
	RecapCorrected:  "Corrigé par vous : %s.",

	RecapBranch:           "%s (%s)",
	BranchEtatName:        "fonction publique de l'État",
	BranchEducationName:   "Éducation nationale",
	BranchTerritorialName: "fonction publique territoriale",
	BranchHospitalName:    "fonction publique hospitalière",
	BranchArmeesName:      "armées",

	DistantAgency: "L'agence la plus proche dans l'annuaire est à %s (%s), hors de votre département : " +
		"un rendez-vous par téléphone ou en visio vous évite le déplacement.",
	DistantAgencyKm: "L'agence la plus proche dans l'annuaire est %s, à environ %d km de chez vous à vol d'oiseau : " +
		"un rendez-vous par téléphone ou en visio vous évite le déplacement.",
	DistantAgencyOutKm: "L'agence la plus proche dans l'annuaire est %s (%s), hors de votre département, " +
		"à environ %d km de chez vous à vol d'oiseau : un rendez-vous par téléphone ou en visio vous évite le déplacement.",
	ProxyDistantAgency: "L'agence la plus proche dans l'annuaire est à %s (%s), hors du département de %s : " +
		"un rendez-vous par téléphone ou en visio lui évite le déplacement.",
	ProxyDistantAgencyKm: "L'agence la plus proche dans l'annuaire est %s, à environ %d km de chez %s à vol d'oiseau : " +
		"un rendez-vous par téléphone ou en visio lui évite le déplacement.",
	ProxyDistantAgencyOutKm: "L'agence la plus proche dans l'annuaire est %s (%s), hors du département de %s, " +
		"à environ %d km de son domicile à vol d'oiseau : un rendez-vous par téléphone ou en visio lui évite le déplacement.",
}

// ListOr joins organisations in the texts' language (« a, b ou c »,
// "a, b or c").
func (u Understanding) ListOr(items ...string) string {
	if u.OrWord == "" {
		return ListOr(items...)
	}
	return join(items, u.OrWord)
}
