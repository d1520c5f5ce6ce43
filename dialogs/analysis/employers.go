package analysis

// Sector lexicons: the words that settle whether a visitor works for a
// public employer (row 1 of the decision table, cep-domain.md §1.3) or for a
// private-law one, and in which branch of the public service. Every entry
// names its source; words are folded (no accents, hyphens and apostrophes as
// spaces), like the rest of the lexicon.
//
// A sector word is evidence about the employer, not a status by itself: « au
// lycée » is a pupil unless an occupation or a work verb says the visitor
// works there. status() combines them (extract.go).

// Public-service branches (code général de la fonction publique, art. L1:
// fonction publique de l'État, territoriale, hospitalière; military
// personnel: code de la défense, art. L4111-1). Éducation nationale is part
// of the State but has its own HR network (RH de proximité of the académie,
// cep-domain.md §1.5), so it is a branch of its own here.
const (
	BranchEtat         = "etat"
	BranchEducation    = "education"
	BranchTerritoriale = "territoriale"
	BranchHospitaliere = "hospitaliere"
	BranchArmees       = "armees"
)

// Sector values of kSector patterns.
const (
	sectorPublic    = "public"
	sectorPrivate   = "prive"
	sectorAmbiguous = "?" // an employer that may be public or private
	sectorNeutral   = ""  // hides a shorter public word ("école de commerce")
)

// employerSpec is one employer or workplace. p holds one or more patterns
// separated by « ; » (the syntax of patterns.go: spaces separate words,
// « a|b » are alternatives for one word, « ? » makes a word optional). w is the strength of the
// evidence: 5 an employer named as such (« employée par le département »,
// « conseil départemental »), 4 an institution (« préfecture », « CHU »),
// 3 a building where public and private jobs coexist but public ones
// dominate (« hôpital », « école »), 2 a hint.
type employerSpec struct {
	p      string
	sector string
	branch string
	w      int8
	person bool // describes the person or the trade (« territoriale », « professeur », « dans le commerce »), not a place: a town after it is not a workplace
}

var employerSpecs = []employerSpec{
	// Fonction publique territoriale — CGFP art. L4 (communes, départements,
	// régions, their groupements and établissements publics); service-public.fr
	// « Fonction publique territoriale » (fiche F12344).
	{p: "mairie|mairies; hotel de ville", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "pour|a la|le|l ville|commune|mairie|metropole|agglomeration|agglo de|d|du", sector: sectorPublic, branch: BranchTerritoriale, w: 3},
	{p: "a la region; au departement", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "pour le|la|l departement|region|commune|ville|mairie|metropole|agglomeration|agglo", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "au departement|conseil", sector: sectorPublic, branch: BranchTerritoriale, w: 3},
	{p: "du departement; du conseil departemental", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	// firefighters are territorial (SDIS), except in Paris and Marseille
	// where they are soldiers (code de la défense, BSPP and BMPM)
	{p: "pompier|pompiers", sector: sectorPublic, branch: BranchTerritoriale, w: 3, person: true},
	{p: "pompier|pompiers volontaire|volontaires", sector: sectorNeutral},
	{p: "bspp|bmpm; marin|marins pompier|pompiers; brigade de sapeurs pompiers", sector: sectorPublic, branch: BranchArmees, w: 5, person: true},
	{p: "de la ville|commune", sector: sectorPublic, branch: BranchTerritoriale, w: 3},
	{p: "employe|employee|employes|employees|embauche|embauchee|recrute|recrutee|paye|payee|salarie|salariee par|pour|de|du la|le|l ville|commune|mairie|departement|region|metropole|collectivite|agglomeration|agglo|communaute", sector: sectorPublic, branch: BranchTerritoriale, w: 5},
	{p: "communaute|communautes de|d communes|agglomeration|agglo", sector: sectorPublic, branch: BranchTerritoriale, w: 5},
	{p: "communaute urbaine", sector: sectorPublic, branch: BranchTerritoriale, w: 5},
	{p: "intercommunalite|intercommunal|intercommunale|epci", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "conseil|conseils departemental|departementaux|regional|regionaux|general", sector: sectorPublic, branch: BranchTerritoriale, w: 5},
	{p: "collectivite|collectivites", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "ccas|cias|sdis", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "centre de gestion", sector: sectorPublic, branch: BranchTerritoriale, w: 4},
	{p: "municipal|municipale|municipaux|municipales|communal|communale|communaux|communales|territorial|territoriale|territoriaux|territoriales", sector: sectorPublic, branch: BranchTerritoriale, w: 4, person: true},
	{p: "police municipale; policier|policiere|policiers|agent|agente municipal|municipale|municipaux", sector: sectorPublic, branch: BranchTerritoriale, w: 5, person: true},
	{p: "sapeur|sapeurs? pompier|pompiers professionnel|professionnelle", sector: sectorPublic, branch: BranchTerritoriale, w: 4, person: true},
	{p: "atsem", sector: sectorPublic, branch: BranchTerritoriale, w: 4, person: true},
	{p: "adjoint|adjointe technique; adjoint|adjointe d animation; adjoint|adjointe du patrimoine", sector: sectorPublic, branch: BranchTerritoriale, w: 4, person: true},
	{p: "redacteur|redactrice territorial|territoriale", sector: sectorPublic, branch: BranchTerritoriale, w: 5, person: true},
	{p: "secretaire de mairie", sector: sectorPublic, branch: BranchTerritoriale, w: 5},

	// Fonction publique de l'État — CGFP art. L2 (administrations de l'État,
	// services déconcentrés, établissements publics administratifs);
	// service-public.fr « Fonction publique d'État » (fiche F12343).
	{p: "ministere|ministeres", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "prefecture|prefectures; sous prefecture", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "impots|douane|douanes; tresor public; finances publiques", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "douanier|douaniere|douaniers", sector: sectorPublic, branch: BranchEtat, w: 4, person: true},
	// dreal, ddt, cnrs, insee, météo-france…: weight 5 in lexicon_round20k.go
	{p: "tribunal|tribunaux|greffe; cour d appel", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "greffier|greffiere", sector: sectorPublic, branch: BranchEtat, w: 4, person: true},
	{p: "pjj; protection judiciaire de la jeunesse", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "penitentiaire|penitentiaires|prison|prisons; maison d arret; centre penitentiaire|de detention", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "commissariat", sector: sectorPublic, branch: BranchEtat, w: 4},
	{p: "policier|policiere; police nationale; gardien|gardienne de la paix", sector: sectorPublic, branch: BranchEtat, w: 4, person: true},
	{p: "inspecteur|inspectrice du travail; inspecteur|inspectrice des finances publiques", sector: sectorPublic, branch: BranchEtat, w: 4, person: true},
	{p: "universite|universites|fac", sector: sectorPublic, branch: BranchEtat, w: 3},
	{p: "fonction|fonctions publique|publiques d|de l? etat", sector: sectorPublic, branch: BranchEtat, w: 5, person: true},
	{p: "agent|agente|agents|fonctionnaire|fonctionnaires|contractuel|contractuelle de l etat", sector: sectorPublic, branch: BranchEtat, w: 5, person: true},
	{p: "civil|civile|civils de la defense", sector: sectorPublic, branch: BranchEtat, w: 5, person: true},
	{p: "ministere des armees; ministere de la defense", sector: sectorPublic, branch: BranchEtat, w: 5},

	// Éducation nationale — code de l'éducation; teachers and school staff
	// are State agents with the académie's RH de proximité (cep-domain.md
	// §1.5). A collège's or lycée's cleaning and kitchen staff are
	// territorial (département, région): see schoolStaff.
	{p: "education nationale", sector: sectorPublic, branch: BranchEducation, w: 5},
	{p: "rectorat|academie; inspection academique", sector: sectorPublic, branch: BranchEducation, w: 4},
	{p: "ecole|ecoles|college|colleges|lycee|lycees", sector: sectorPublic, branch: BranchEducation, w: 3},
	{p: "ecole|ecoles maternelle|elementaire|primaire|maternelles|elementaires|primaires", sector: sectorPublic, branch: BranchEducation, w: 4},
	{p: "ecole|ecoles|lycee|college|etablissement prive|privee|prives|privees", sector: sectorPrivate, w: 4},
	// teachers of private schools under contract are State agents
	// (code de l'éducation, art. L442-5), their other staff private
	// employees: the word does not settle the sector
	{p: "ecole|ecoles|lycee|college|etablissement prive|privee|prives|privees sous contrat", sector: sectorAmbiguous, w: 5},
	{p: "ecole|ecoles de|d commerce|ingenieur|ingenieurs|management|langue|langues|conduite|musique|danse|coiffure|esthetique|art|arts|design|informatique", sector: sectorNeutral},
	{p: "grande|grandes ecole|ecoles", sector: sectorNeutral},
	{p: "auto ecole", sector: sectorNeutral},
	{p: "professeur|professeure|professeurs des ecoles", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},
	{p: "instit|institutrice|instituteur|aed|cpe|plp", sector: sectorPublic, branch: BranchEducation, w: 4, person: true},
	// AESH are recruited by the State wherever they work, in private
	// schools under contract too (code de l'éducation L917-1): the word
	// outweighs the school's contract, which only settles a teacher's law
	// (round 13 B)
	{p: "aesh|avs", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},
	{p: "assistant|assistante|assistants d education", sector: sectorPublic, branch: BranchEducation, w: 4, person: true},
	{p: "professeur|professeure|prof certifie|certifiee|agrege|agregee", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},
	{p: "psychologue|psy de l education nationale", sector: sectorPublic, branch: BranchEducation, w: 5, person: true},

	// Fonction publique hospitalière — CGFP art. L5 (établissements publics
	// de santé, EHPAD publics); service-public.fr « Fonction publique
	// hospitalière » (fiche F12345). Private clinics are private employers.
	{p: "chu|chru|chr", sector: sectorPublic, branch: BranchHospitaliere, w: 4},
	// SAMU and SMUR are services of public hospitals (code de la santé
	// publique, art. R6311-1 and R6123-15: held by établissements de santé,
	// in practice the centres hospitaliers)
	{p: "samu|smur", sector: sectorPublic, branch: BranchHospitaliere, w: 4},
	// AP-HP, AP-HM, HCL: weight 5 in lexicon_round20k.go
	// hospices civils (de Lyon): weight 5 in lexicon_round20k.go
	{p: "centre|centres hospitalier|hospitaliers|hospitaliere", sector: sectorPublic, branch: BranchHospitaliere, w: 5},
	{p: "hopital|hopitaux", sector: sectorPublic, branch: BranchHospitaliere, w: 3},
	{p: "ch|chs|chi de|d|du", sector: sectorPublic, branch: BranchHospitaliere, w: 4},
	{p: "hospitalier|hospitaliere|hospitaliers|hospitalieres", sector: sectorPublic, branch: BranchHospitaliere, w: 4, person: true},
	{p: "praticien|praticienne hospitalier|hospitaliere", sector: sectorPublic, branch: BranchHospitaliere, w: 5, person: true},
	{p: "hopital|hopitaux|ehpad|etablissement|etablissements public|publique|publics|publiques", sector: sectorPublic, branch: BranchHospitaliere, w: 5},
	{p: "fonction publique hospitaliere", sector: sectorPublic, branch: BranchHospitaliere, w: 5, person: true},
	{p: "hopital|hopitaux|clinique|cliniques|ehpad prive|privee|prives|privees", sector: sectorPrivate, w: 5},
	{p: "clinique|cliniques", sector: sectorPrivate, w: 4},
	// private non-profit hospitals (établissements de santé privés
	// d'intérêt collectif, code de la santé publique L6161-5; their staff
	// are private-law employees): foundations known by name, and the
	// centres de lutte contre le cancer (L6162-1) — round 8
	{p: "hopital|hopitaux foch|rothschild|americain|diaconesses", sector: sectorPrivate, w: 5},
	{p: "fondation foch|rothschild", sector: sectorPrivate, w: 5},
	{p: "hopital|hopitaux saint|st joseph|camille", sector: sectorPrivate, w: 5},
	{p: "groupe hospitalier saint|st joseph|camille", sector: sectorPrivate, w: 5},
	{p: "institut curie; gustave roussy; centre leon berard; centre|centres de lutte contre le cancer; clcc", sector: sectorPrivate, w: 5},
	// EHPAD and retirement homes are public, associative or commercial
	// (DREES, « L'accueil des personnes âgées en établissement »): the word
	// alone does not settle the sector.
	{p: "ehpad|ehpa|usld", sector: sectorAmbiguous, w: 3},
	{p: "maison|maisons de retraite", sector: sectorAmbiguous, w: 3},
	{p: "etablissement|etablissements de sante; medico social; medicosocial", sector: sectorAmbiguous, w: 3},
	{p: "creche|creches", sector: sectorAmbiguous, w: 2},
	{p: "office de tourisme", sector: sectorAmbiguous, w: 2},
	// even municipal or intercommunal, an office de tourisme may be an EPIC
	// (its staff under private law but for the director and the
	// accountant), an association, a SPL or a régie (code du tourisme
	// L133-1 s., R133-1 s.): « intercommunal » settles nothing (round 8)
	{p: "office|offices de tourisme intercommunal|intercommunale|municipal|communal|communautaire|metropolitain", sector: sectorAmbiguous, w: 5},
	{p: "bailleur social; office public de l habitat", sector: sectorAmbiguous, w: 2},

	// Armées — code de la défense, art. L4111-1 (military status); leaving
	// soldiers are accompanied by Défense mobilité (cep-domain.md §1.5).
	{p: "armee|armees|gendarmerie; legion etrangere", sector: sectorPublic, branch: BranchArmees, w: 4},
	{p: "militaire|militaires|soldat|soldats|gendarme|gendarmes|legionnaire", sector: sectorPublic, branch: BranchArmees, w: 4, person: true},
	{p: "armee de terre; armee de l air; armee de l air et de l espace", sector: sectorPublic, branch: BranchArmees, w: 5},
	{p: "marine nationale", sector: sectorPublic, branch: BranchArmees, w: 5},
	// teachers of private schools under contract are public-law contractuels
	// of the State (code de l'éducation, art. L442-5 and L914-1)
	{p: "prive|privee|privees|prives sous contrat; sous contrat d association", sector: sectorPublic, branch: BranchEducation, w: 5},
	{p: "sous officier; militaire du rang; engage volontaire", sector: sectorPublic, branch: BranchArmees, w: 5, person: true},
	{p: "regiment|rpima|rima; base aerienne|navale", sector: sectorPublic, branch: BranchArmees, w: 4},
	{p: "caporal|caporale|sergent|sergente|adjudant|adjudante|brigadier|matelot; quartier maitre", sector: sectorPublic, branch: BranchArmees, w: 4, person: true},
	// officers' ranks of the Marine nationale (code de la défense, art.
	// L4131-1: enseigne de vaisseau, lieutenant de vaisseau, capitaine de
	// corvette, de frégate, de vaisseau) and its petty officers
	{p: "enseigne|lieutenant|capitaine de vaisseau|fregate|corvette; second maitre; officier marinier|mariniers", sector: sectorPublic, branch: BranchArmees, w: 5, person: true},

	// Private-law employers the CEP treats as private (regional operator):
	// La Poste, a société anonyme since loi n° 2010-123 (employees recruited
	// under private law; former fonctionnaires remain but are few); SNCF,
	// sociétés anonymes since loi n° 2018-515 (no statutory recruitment since
	// 2020); RATP, EDF and the IEG companies (private-law statutes); social
	// security bodies (CAF, CPAM, URSSAF, MSA: private-law staff, convention
	// collective UCANSS).
	{p: "la poste; banque postale", sector: sectorPrivate, w: 4},
	{p: "poste", sector: sectorNeutral},
	{p: "facteur|factrice|postier|postiere", sector: sectorPrivate, w: 4, person: true},
	{p: "sncf|ratp|edf|engie|enedis|grdf|orange|cheminot|cheminote|cheminots", sector: sectorPrivate, w: 4},
	{p: "caf|cpam|urssaf|msa; securite sociale; assurance maladie", sector: sectorPrivate, w: 4},
	// public bodies with their own staff rules: neither settles the sector
	{p: "banque de france", sector: sectorAmbiguous, w: 5},
	{p: "start up; entreprise|entreprises|societe|pme|tpe|eti|esn|ssii|startup|sarl|sas|eurl|usine|groupe|multinationale|franchise|cabinet|agence|banque|assurance|association|enseigne|magasin|boutique|supermarche|hypermarche|restaurant|hotel", sector: sectorPrivate, w: 3},
	{p: "prive|privee|prives|privees", sector: sectorPrivate, w: 3},
	{p: "dans|travaille|bosse le public; secteur public", sector: sectorPublic, w: 4, person: true},
	{p: "associatif|associative|associatifs|associatives", sector: sectorPrivate, w: 3, person: true},
	// market industries (INSEE, nomenclature d'activités NAF): private employers
	{p: "dans|de l|la|le aeronautique|automobile|industrie|btp|batiment|logistique|agroalimentaire|pharmaceutique|pharma|chimie|metallurgie|plasturgie|informatique|numerique|telecoms|hotellerie|restauration|immobilier|assurance|distribution|grande|vente|commerce|transport|nettoyage|proprete|securite", sector: sectorPrivate, w: 3, person: true},
	{p: "organisme|organismes de formation", sector: sectorPrivate, w: 3},
	{p: "officine|officines", sector: sectorPrivate, w: 4}, // pharmacies d'officine (code de la santé publique, art. L5125-1)
	// private individuals employing at home (code du travail, art. L7221-1)
	{p: "chez des|un|une particulier|particuliers", sector: sectorPrivate, w: 5},
	{p: "particulier employeur", sector: sectorPrivate, w: 5},
	// « ingénieur chez Thales »: « chez » names a company, except a person
	{p: "chez", sector: sectorPrivate, w: 3},
	{p: "chez moi|toi|nous|vous|eux|lui|elle|mes|mon|ma|ses|son|sa|leur|leurs|un|une|des|le|la|les", sector: sectorNeutral},
	{p: "secteur|droit prive", sector: sectorPrivate, w: 5},
	{p: "vie privee; prive de|d", sector: sectorNeutral},
}

// bothSectors are occupations that exist in the public service and in
// private employers alike (Répertoire des métiers de la fonction publique,
// RMFP, DGAFP; fiches métiers of the three fonctions publiques): named
// alone, they do not settle the sector, and the dialogue asks.
var bothSectors = "infirmier|infirmiere|infirmiers|infirmieres|secretaire|secretaires|comptable|comptables|psychologue|educateur|educatrice|" +
	"educateurs|educatrices|animateur|animatrice|cuisinier|cuisiniere|jardinier|jardiniere|brancardier|brancardiere|ash|medecin|" +
	"technicien|technicienne|ingenieur|ingenieure|gestionnaire|juriste|documentaliste|bibliothecaire|standardiste|agent|agente|" +
	"formateur|formatrice|enseignant|enseignante|prof|profs|professeur|professeure|puericultrice|orthophoniste|kinesitherapeute|kine|ergotherapeute|" +
	"psychomotricien|psychomotricienne|manipulateur|manipulatrice|preparateur|preparatrice|archiviste|informaticien|informaticienne|" +
	"chargee|charge|assistant|assistante|auxiliaire|aide|mediateur|mediatrice|surveillant|surveillante|conseiller|conseillere"

// bothSectorPhrases are multi-word occupations of both sectors.
var bothSectorPhrases = []string{
	"aide soignant|soignante|soignants|soignantes",
	"aide a domicile",
	"auxiliaire de vie|puericulture",
	"agent|agente d entretien|accueil",
	"agent|agente de service|services|securite|maintenance",
	"agent|agente administratif|administrative|technique",
	"assistant|assistante administratif|administrative|social|sociale",
	"assistant|assistante de direction|gestion",
	"cadre de sante",
	"sage femme",
	"agent de service hospitalier",
}

// schoolStaff are occupations that, in an école, collège or lycée, are
// employed by the commune, the département or the région, not by the
// Éducation nationale (cep-domain.md §1.5: « a collège's cleaning or kitchen
// staff are usually territorial »).
var schoolStaff = map[string]bool{"entretien": true, "cuisinier": true, "cuisiniere": true, "cantine": true, "atsem": true,
	"technique": true, "restauration": true, "menage": true, "service": true, "services": true, "jardinier": true}
