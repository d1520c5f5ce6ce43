package analysis

// Round 6 of issue 13 (tuning21–23): the styles where heldout5 was weakest
// — phone typing, Franglais, Creole of the Antilles, employers named by
// brand, a contract or a business named as the object of its end.

// round6StatusSpecs are status words of round 6.
var round6StatusSpecs = []patSpec{
	// « cherche taf urgent », « je cherche boulot »: phone typing drops the
	// article that statusSpecs expect; « looking for a job » in Franglais
	{p: "cherche|recherche|chercher|cherchons " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "cherche|recherche|chercher " + work, k: kWants},
	{p: "looking for a|an? job|work", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "looking for a|an? job|work", k: kWants},
	{p: "job hunting|seeker", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// Creole of Guadeloupe and Martinique: « an ka chèché travay » (I am
	// looking for work); chèché = chercher, travay = travail (H. Tourneux
	// and M. Barbotin, Dictionnaire pratique du créole de Guadeloupe, 1990)
	{p: "ka cheche|chache travay|djob", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "pa|pas ni travay|djob", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « je me suis fais licencier », « je taf plus »: phone spellings of
	// the statusSpecs phrases (the kNone keeps « je bosse plus de 40 h »)
	{p: "fais vire|viree|virer|licencier|licencie|licenciee|lourder", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "je|j bosse|travaille|taffe|taf plus", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "je|j bosse|travaille|taffe|taf plus dans|a|au|chez|en|pour|comme|avec|de|d|la|le|les|sur|qu|que|autant|assez|trop|aussi|pareil|beaucoup|jamais|seul|seule|tard|tot|loin|pres|vite|bien|mal|souvent|longtemps|qu|trop", k: kNone},
	{p: "suis|es|est inscrit|inscrite|inscri|inscrits a|au|chez pole|france emploie|travaille", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "pole emploie", k: kStatus, v: "demandeur_emploi", w: 3},
	// « mon contrat est fini », « mon CDD n'est pas renouvelé », « on m'a
	// pas renouvelé »: a contract that ended or will not go on
	{p: "cdd|contrat|mission|missions|contrats est|sont fini|finie|finis|finies|termine|terminee|acheve|achevee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "pas|plus|non renouvele|renouvelee|renouveles|renouvelees", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "non renouvellement", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// the short and the old names of the public employment service and
	// of unemployment benefits: « au pôle », ANPE and Assédic (merged into
	// Pôle emploi by loi n° 2008-126), ASS (allocation de solidarité
	// spécifique, code du travail L5423-1), « je pointe depuis… »
	{p: "suis|es|est|inscrit|inscrite|inscris|pointe au|a pole", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "suis|es|est|inscrit|inscrite|inscris a|au l? anpe", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "touche|percois|toucher les|l|des|aux? assedic|assedics", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "au|aux assedic|assedics", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "en ass|are", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "a l ass|are", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "je|j pointe|pointais depuis", k: kStatus, v: "demandeur_emploi", w: 4},
	// Creole of La Réunion: « mi rod travay » (I look for work), « rod »
	// = chercher (R. Armand, Dictionnaire kréol rénioné / français, 1987)
	{p: "rod|rode travay|travail|djob", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// « je suis en micro », « en EI »: micro-entreprise and entreprise
	// individuelle (code de commerce L526-22)
	{p: "suis|es|est en micro", k: kStatus, v: "auto_entrepreneur", w: 5},
	{p: "suis|es|est en ei|eirl", k: kStatus, v: "independant", w: 5},
	// « j'ai fait 10 ans à la mairie », « j'ai passé 15 ans à l'hôpital »:
	// years spent somewhere are the past (a number follows: « j'ai fait une
	// demande » is no past job)
	{p: "ai|a|avons|avait fait|passe 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50", k: kPast},
	// present markers of phone typing without stops: « pour l'instant je
	// suis… », « en attendant », « je vis à Nîmes en CDI »
	{p: "pour l instant", k: kPresent},
	{p: "pour le moment", k: kPresent},
	{p: "en attendant", k: kPresent},
	{p: "je|j vis|habite|reside", k: kPresent},
	// « mon CDI a duré 12 ans »
	{p: "a|ont|avait|avaient dure", k: kPast},
	// « je sors d'un CDD »: a contract just ended
	{p: "sors|sort|sortie|sorti d|de un|une|mon|ma cdd|contrat|mission|interim", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// contrats aidés (PEC, CUI-CAE) are private-law contracts even with a
	// public employer (code du travail, art. L5134-24); so are the CDDI of
	// insertion bodies (L5132-15-1) and the jobs of entreprises adaptées,
	// whose workers are recognised disabled (L5213-13)
	{p: "pec|cui|cae", k: kStatus, v: "salarie_prive", w: 5},
	{p: "contrat|contrats|emploi|emplois aide|aides|aidee", k: kStatus, v: "salarie_prive", w: 5},
	{p: "parcours emploi competences", k: kStatus, v: "salarie_prive", w: 5},
	// emplois d'avenir and adultes-relais: private-law contracts too
	// (code du travail L5134-110, L5134-100)
	{p: "emploi|emplois d avenir", k: kStatus, v: "salarie_prive", w: 5},
	{p: "adulte|adultes relais", k: kStatus, v: "salarie_prive", w: 5},
	// the contrat d'engagement jeune (L5131-6) and the former garantie
	// jeunes are for young people without a job (cep-domain.md §1.2)
	{p: "cej", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "contrat d engagement jeune", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "garantie jeunes", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "chantier|chantiers|atelier|ateliers|entreprise d insertion", k: kStatus, v: "salarie_prive", w: 4},
	{p: "cddi", k: kStatus, v: "salarie_prive", w: 5},
	{p: "entreprise|entreprises adaptee|adaptees", k: kStatus, v: "salarie_prive", w: 4},
	{p: "entreprise|entreprises adaptee|adaptees", k: kHandicap, v: "1"},
	// a trainee of vocational training paid by the Région or France
	// Travail is a job seeker (cep-domain.md §1.3 row 7); the payer is not
	// an employer
	{p: "formation|stage afpa|greta|qualifiante|certifiante|professionnelle|pro? paye|payee|financee|remuneree|prise par|en", k: kStatus, v: "demandeur_emploi", w: 5},
	// contrat de sécurisation professionnelle after a dismissal (code du
	// travail L1233-65; row 7)
	{p: "en csp", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "contrat de securisation professionnelle", k: kStatus, v: "demandeur_emploi", w: 5},
	// disponibilité is a position of fonctionnaires only (CGFP L514-1)
	{p: "en disponibilite", k: kStatus, v: "agent_public", w: 4},
	// « elle trouve rien », « je trouve rien depuis 6 mois »
	{p: "trouve|trouves|trouvent|trouver rien", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	// a recognition refused or pending is not one (code du travail
	// L5213-1), and « mon âge est un handicap » is a figure of speech
	{p: "rqth|mdph|reconnaissance refusee|refuse|refusees|rejetee|rejete|demandee", k: kNone},
	{p: "rqth|mdph|reconnaissance pas|non accordee|accorde", k: kNone},
	{p: "rqth|mdph|reconnaissance a|m|ete ete|a refusee|refuse|rejetee|rejete", k: kNone},
	{p: "refus de|d rqth|reconnaissance", k: kNone},
	{p: "est|etait un|une vrai|veritable|gros|grand|reel|sacre? handicap", k: kNone},
	// « je me suis fait remercier »: dismissed
	{p: "fait|faite remercier|remercie|remerciee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// enseignants-chercheurs are fonctionnaires of the State (décret
	// n° 84-431: maîtres de conférences, professeurs des universités)
	{p: "maitre|maitresse de conferences", k: kStatus, v: "agent_public", w: 5},
	{p: "professeur|professeure des universites", k: kStatus, v: "agent_public", w: 5},
	// « j'ai rien depuis 3 semaines » (no mission, no job)
	{p: "ai|a rien depuis", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « au chômage depuis ma sortie d'école »: the end of school as a date,
	// not the status of now
	{p: "ma|sa|la sortie de|d|du l? ecole|fac|universite|etudes|lycee|master|licence", k: kNone},
	// the job a competitive exam leads to is a plan: « j'ai réussi le
	// concours de prof des écoles, je suis en CDI chez Lidl »; applying for
	// a job too (« je postule pour être policier »)
	{p: "concours de|d|du|des la|l|le? prof|professeur|professeure|gendarme|gendarmerie|police|policier|policiere|infirmier|infirmiere|attache|adjoint|adjointe|redacteur|douanier|douane|surveillant|pompier|sapeur|cpe|crpe|capes|agregation|instit|instituteur|institutrice|fonctionnaire|greffier|greffiere|educateur|educatrice|aide|ash|secretaire|agent|armee|militaire", k: kNone},
	{p: "concours|postule|postuler|candidate|candidater", k: kFuture},
	// private security guards (code de la sécurité intérieure, art. L611-1)
	{p: "vigile|vigiles", k: kStatus, v: "salarie_prive", w: 3},
	// « cadre » as a setting, a sports instructor or a job aimed at is no
	// classification of the writer (convention collective: cadres, agents
	// de maîtrise, employés): « j'aime le cadre », « un beau cadre »,
	// « dans ce cadre », « hors cadre », « cadre sportif »
	{p: "le|ce|cet|beau|joli|bon|agreable|magnifique|super|hors cadre", k: kNone},
	{p: "cadre|cadres sportif|sportive|sportifs|associatif|associative|benevole", k: kNone},
	// a « gérant salarié » runs a shop as an employee (a « gérant
	// minoritaire » of a SARL is salaried too, code de la sécurité sociale
	// L311-3 11°); a franchisee runs a business of their own
	{p: "gerant|gerante|directeur|directrice salarie|salariee", k: kNone},
	{p: "gerant|gerante|directeur|directrice salarie|salariee", k: kStatus, v: "salarie_prive", w: 6},
	{p: "suis|es|est franchise|franchisee", k: kStatus, v: "independant", w: 5},
	// « fin de mon CDD vendredi »: the end of one's own contract
	{p: "fin de|d mon|ma|son|sa cdd|contrat|mission|missions", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je vais être au chômage »: an announced loss of work, like « je
	// serai au chômage » (statusSpecs)
	{p: "vais|va etre au chomage", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// contrats de chantier ou d'opération (code du travail, art. L1223-8,
	// ordonnance n° 2017-1387) and the contrat de mission of temping
	// (L1251-1) are private-law contracts; ending, they make a job seeker
	// (contractEnds)
	{p: "contrat de|d chantier|operation|mission", k: kStatus, v: "salarie_prive", w: 4},
	// « cherche un emploi salarié »: the kind of job sought, not a status
	{p: work + " salarie|salariee|salaries", k: kNone},
	// « je bosse chez un paysagiste », « commis chez un traiteur »: the
	// employer named by its trade (INSEE, nomenclature d'activités NAF:
	// market businesses)
	{p: "chez|pour un|une|mon|ma paysagiste|plombier|electricien|menuisier|couvreur|macon|charpentier|carreleur|peintre|boulanger|patissier|boucher|traiteur|fleuriste|garagiste|coiffeur|coiffeuse|opticien|notaire|architecte|concessionnaire|transporteur|expert|grossiste|industriel|fabricant|constructeur|promoteur|viticulteur", k: kStatus, v: "salarie_prive", w: 3},
	// Franglais job titles of wage work in shops, cafés and warehouses (the
	// English words of the round-4 list: serveur, caissier, cariste…)
	{p: "waiter|waitress|cashier|bartender|barista|storekeeper|salesman|saleswoman|cleaner", k: kStatus, v: "salarie_prive", w: 3},
	{p: "shop assistant", k: kStatus, v: "salarie_prive", w: 3},
	{p: "warehouse worker|operative", k: kStatus, v: "salarie_prive", w: 3},
	{p: "student|students", k: kStatus, v: "etudiant", w: 5},
	{p: "civil servant|servants", k: kStatus, v: "agent_public", w: 5},
	// more Franglais of the everyday situations (round 6): the English
	// words for the same statuses as the French ones of statusSpecs
	{p: "intern|interns|internship", k: kStatus, v: "etudiant", w: 3},
	{p: "apprentice|apprenticeship", k: kStatus, v: "salarie_prive", w: 6},
	{p: "unemployment benefits|benefit|insurance", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "between jobs", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "quit|resigned|left my job", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "resigned from my job", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "my company|business|shop went bankrupt|bust", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "temp work|worker|job|agency", k: kStatus, v: "salarie_prive", w: 4},
	{p: "temping", k: kStatus, v: "salarie_prive", w: 4},
	{p: "permanent contract", k: kStatus, v: "salarie_prive", w: 4},
	{p: "fixed term contract", k: kStatus, v: "salarie_prive", w: 4},
	{p: "contract ends|ended|expires|finishes", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "sick leave", k: kStatus, v: statusUndecided, w: 2},
	{p: "police officer|officers", k: kStatus, v: "agent_public", w: 4},
	{p: "policeman|policewoman|gendarme", k: kStatus, v: "agent_public", w: 4},
	{p: "for the government|state|council|city|town|army|police", k: kStatus, v: "agent_public", w: 4},
	{p: "city|town council|hall", k: kStatus, v: "agent_public", w: 3},
	{p: "business owner|owners", k: kStatus, v: "independant", w: 5},
	{p: "run|own a|my small? shop|business|company|restaurant|bar|store", k: kStatus, v: "independant", w: 5},
	{p: "uber|deliveroo|bolt driver|rider", k: kStatus, v: "independant", w: 4},
	{p: "in|at a|an big|small? company|bank|firm|startup|store|shop|restaurant|hotel|factory|warehouse|supermarket|call", k: kStatus, v: "salarie_prive", w: 3},
	{p: "disabled|disability", k: kHandicap, v: "1"},
	// English tense markers, for the English text the dialogue analyses
	// when its translation (dialogs/intent) finds nothing: « I worked 15
	// years in a factory » is the past, « now I'm a student » the present
	{p: "worked|previously|formerly|was|were", k: kPast},
	{p: "used to", k: kPast},
	{p: "had been", k: kPast},
	{p: "now|currently|nowadays|today", k: kPresent},
	{p: "at the moment", k: kPresent},
	{p: "i m|am", k: kPresent},
	{p: "soldier|soldiers", k: kStatus, v: "agent_public", w: 4},
	{p: "in the army|navy|military", k: kStatus, v: "agent_public", w: 4},
	{p: "freelancer|freelancers|contractor", k: kStatus, v: "independant", w: 5},
	{p: "retired", k: kStatus, v: "-", w: 4},
	{p: "private company|firm|sector|clinic", k: kStatus, v: "salarie_prive", w: 3},
	{p: "public sector|service", k: kStatus, v: "agent_public", w: 3},
	// plans in the future tense (« une fois mon CDI signé je ferai… »,
	// « quand j'aurai fini mon CDD »): what follows is not a fact of now
	{p: "une fois mon|ma|mes|que|qu|le|la|les|l", k: kFuture},
	{p: "des que|qu", k: kFuture},
	{p: "aurai|ferai|irai|signerai|commencerai|finirai|terminerai|partirai", k: kFuture},
	{p: "work|working|job for|at|in a|an company|bank|firm|startup|store|shop|restaurant|hotel|factory|warehouse|supermarket|agency", k: kStatus, v: "salarie_prive", w: 3},
	// « chef de rayon », « responsable de rayon »: a job of retail stores
	// only (ROME D1502 « Management/gestion de rayon produits alimentaires »,
	// D1509 « Management de département en grande distribution »)
	{p: "chef|cheffe|responsable|manager de|d rayon|rayons", k: kStatus, v: "salarie_prive", w: 3},
	// « ma boîte a coulé », « mon entreprise a fait faillite »: an activity
	// of one's own that stopped (round 5: « j'ai fermé ma boîte »)
	{p: "ma|mon|notre " + bizObj + " a|est coule|ferme|fermee|liquide|liquidee|faillite", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ma|mon|notre " + bizObj + " a fait faillite", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// RSA paid on top of a low wage (code de l'action sociale et des
	// familles, art. L262-2: the RSA « activité ») is not unemployment
	{p: "rsa activite|complement", k: kNone},
	{p: "rsa en complement|plus", k: kNone},
	// « retraité de l'armée, je travaille maintenant comme… »: a military
	// or civil-service pension, often at 45, is a former career; the clause
	// is the past (a bare « retraité » stays out of the table)
	{p: "retraite|retraitee|retraites|retraitees de|d|du", k: kPast},
	// « stagiaire … dans le cadre de mon master »: a degree being prepared
	{p: "dans|hors le|du cadre de|d mon|ma|son|sa|mes|ses master|licence|bts|dut|but|doctorat|these|etudes|alternance|formation", k: kNone},
	// an intern in a company is a student: an internship needs an
	// agreement with a school or university (code de l'éducation, art.
	// L124-1); « stagiaire de la formation professionnelle » is a longer
	// pattern (statusSpecs) and « professeur stagiaire » a stronger one
	{p: "stagiaire|stagiaires", k: kStatus, v: "etudiant", w: 3},
	// a request under way is not a recognition (code du travail L5213-1):
	// « RQTH en cours », « RQTH en attente »
	{p: "rqth en cours|attente|demandee", k: kNone},
	// near future (« je vais signer un CDI le mois prochain »): a plan, not
	// a fact of now; events stay events (« je vais être licencié »)
	{p: "je|j vais|allons signer|commencer|entrer|rentrer|integrer|debuter|demarrer|devenir|passer|reprendre|creer|ouvrir|monter|postuler|tenter|essayer|partir|quitter|me|m", k: kFuture},
	// « jsuis plus au chomage jai trouve un cdi », « mais là j'ai un CDI »:
	// spoken present after a past told in the same breath
	{p: "la je|j", k: kPresent},
	{p: "j ai un|une|mon|ma cdi|cdd|contrat|poste|job|travail|boulot|emploi", k: kPresent},
}

// round6EmployerSpecs are private employers named by their brand, typed
// without a capital on a phone (« chez adecco », « au credit agricole »):
// all are private-law employers under the code du travail — sociétés
// anonymes, SAS or SCA (retail, industry, temping agencies, services),
// sociétés coopératives (Crédit Agricole, Crédit Mutuel, Banque Populaire,
// Caisse d'Épargne, E.Leclerc, Intermarché, Système U), sociétés
// d'assurance mutuelle (MAIF, MACIF, MAAF) and associations loi 1901
// (ADMR); legal form per the Registre national des entreprises
// (annuaire-entreprises.data.gouv.fr). Names that are also common words or
// towns (« total », « action », « casino », « free ») count only after
// « chez ».
var round6EmployerSpecs = []employerSpec{
	// contrats aidés: private law whoever employs (L5134-24)
	{p: "pec|cui|cae; contrat|contrats|emploi|emplois aide|aides|aidee; parcours emploi competences; emploi|emplois d avenir; adulte|adultes relais", sector: sectorPrivate, w: 5, person: true},
	// « je travaille pour l'État » (CGFP art. L2); the State's supreme
	// jurisdictions (code de justice administrative L121-1, code des
	// juridictions financières L111-1)
	{p: "pour l etat; conseil d etat; cour des comptes", sector: sectorPublic, branch: BranchEtat, w: 4},
	// retail (NAF 47)
	{p: "auchan|lidl|aldi|intermarche|leclerc|monoprix|franprix|decathlon|castorama|ikea|fnac|darty|kiabi|sephora|primark|zara|gifi|biocoop|cdiscount|amazon; leroy merlin; brico depot; super|hyper|systeme u; carrefour market|city|contact|express; grand frais", sector: sectorPrivate, w: 4},
	{p: "chez|pour carrefour|total|totalenergies|action|casino|free|suez|elis|o2|picard|quick|ups", sector: sectorPrivate, w: 4},
	// temping agencies (NAF 78.20Z)
	{p: "adecco|manpower|randstad|proman|synergie|temporis|partnaire; start people", sector: sectorPrivate, w: 4},
	// industry, construction, energy, telecoms, IT services
	{p: "renault|stellantis|peugeot|citroen|michelin|airbus|safran|thales|dassault|alstom|schneider|danone|lactalis|nestle|sanofi|vinci|bouygues|eiffage|veolia|sfr|capgemini|atos|accenture; l oreal; sopra steria", sector: sectorPrivate, w: 4},
	// logistics and transport
	{p: "geodis|dhl|dachser|fedex|chronopost|keolis|transdev; kuehne nagel", sector: sectorPrivate, w: 4},
	// banks and insurers
	{p: "bnp|lcl|cic|hsbc|axa|allianz|maif|macif|maaf|groupama|generali; societe generale; credit agricole|mutuel|lyonnais; caisse d epargne; banque populaire", sector: sectorPrivate, w: 4},
	// catering, cleaning, security, care homes and private clinics
	{p: "mcdo|mcdonald|mcdonalds|kfc|flunch|sodexo|elior|securitas|korian|clariane|orpea|emeis|ramsay|elsan|admr; burger king; buffalo grill", sector: sectorPrivate, w: 4},
}
