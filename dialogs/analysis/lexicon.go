package analysis

import (
	"strings"
	"sync"
)

// Words shared by several patterns.
const (
	det    = "un|une|le|la|l|les|mon|ma|mes|son|sa|ses|du|de|d|des|notre|votre"
	work   = "emploi|emplois|travail|boulot|job|taf|poste|taff"
	bizObj = "entreprise|activite|boite|societe|commerce|affaire|salon|restaurant|boutique|cabinet|officine|superette|magasin|bar|garage|atelier|franchise|food|agence|structure|micro|auto|exploitation|ferme|epicerie|camion|snack|institut|studio"
	wish   = "veux|voudrais|voudrai|aimerais|aimerai|souhaite|souhaiterais|souhaiterai|envie|pour|compte|espere"
)

// statusSpecs: the strength w settles conflicts between facts stated in the
// present tense (higher wins): explicit status words 5, contract words 4,
// workplaces 3, bare occupations 2. Apprenticeship (6) and micro-enterprise
// (6) beat "étudiant" and "indépendant" because they are the more precise
// legal status.
var statusSpecs = []patSpec{
	// demandeur d'emploi
	{p: "au|en chomage", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "chomage", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "chomeur|chomeuse|chomeurs", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "demandeur|demandeuse|demandeurs|demandeuses d emploi|emplois", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "sans " + work + "|activite|contrat", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "en recherche d|de " + work, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "en recherche active?", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "cherche|recherche|chercher|cherchons|cherches|cherchent|recherchent du|un|une|le|mon|d|de|des premier? " + work, k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "trouve|trouves|trouvent|trouver pas|plus|rien de|d|du? " + work + "|rien", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "licencie|licenciee|licencies|licenciees|licenciement|licenciements", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "perdu|perdre mon|ma|son|sa " + work, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "fin de|d cdd|mission|missions|contrat|droits", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "cdd|contrat|mission se|s termine|finit|arrete|acheve", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "cdd|contrat|mission prend|prendra fin", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je vais finir mon CDD dans 3 semaines »: an imminent end of contract
	// (cep-domain.md §1.3 row 7 and labelling conventions)
	{p: "finir|terminer|finis|fini|termine mon|ma|son|sa cdd|mission|contrat", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "m a|ont remercie|remerciee|vire|viree|licencie|licenciee|jete|jetee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "sur le carreau", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "pointe|pointer|pointais a|au|chez france|pole|chomage", k: kStatus, v: "demandeur_emploi", w: 4},
	// « je serai au chômage en mars »: an announced loss of work, a job
	// seeker soon (cep-domain.md §4), unlike other statuses of the future
	{p: "serai|sera au chomage", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "rsa|rmi", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "suis|es|est|etre|sommes inscrit? a|au|chez pole|france emploi|travail", k: kStatus, v: "demandeur_emploi", w: 4},
	{p: "inscrit|inscrite|inscris|inscrire|inscrits a|au|chez france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "pas|plus|aucun de|d contrat|" + work, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// intérim between missions: a job seeker (cep-domain.md §4: « intérimaire
	// without mission »); stronger than « intérimaire » itself
	{p: "plus|pas|aucune|sans de|d? mission|missions", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "interimaire|interim plus|pas de|d mission|missions", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "assistante|assistant|assistantes maternelle|maternel|maternelles", k: kStatus, v: "salarie_prive", w: 3},
	{p: "interimaire|interim sans mission", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "entre deux missions|contrats|jobs|emplois|boulots|postes", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// everyday and borrowed words for a lost job (round 3 of issue 13):
	// « je me suis fait virer », « j'ai démissionné », « mon contrat s'est
	// terminé », « unemployed »
	{p: "fait|faite|faire|suis|ete|etre vire|viree|virer|licencier|licencie|licenciee|jeter|lourder|lourde|lourdee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ai|a demissionne", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "cdd|contrat|mission|missions|contrats s|se est|sont termine|terminee|termines|terminees|fini|finie|finis|finies|arrete|arretee|arretes|arretees|acheve", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "unemployed|jobless", k: kStatus, v: "demandeur_emploi", w: 5},
	// round 4 of issue 13: job-seeker words of phone typing and Franglais
	// that say the loss of work without a status word: « je bosse plus
	// depuis mars », « I got laid off », « je touche le chômage », « à la
	// recherche d'un emploi », a seasonal worker « entre deux saisons »
	{p: "laid off", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "got|been|was|suis|ete fired", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "lost my job", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ne|n bosse|travaille|taffe|taf|bosses|travailles plus", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je ne travaille plus à l'hôpital »: a change of employer, not a loss
	{p: "ne|n bosse|travaille|taffe|taf plus dans|a|au|chez|en|pour|comme|avec|de|d|la|le|les|sur|qu|que|autant|assez|trop|aussi|pareil|beaucoup|jamais|seul|seule", k: kNone},
	// short-time working (activité partielle, code du travail L5122-1) is
	// employment, not unemployment
	{p: "au|en|le|du chomage partiel|technique", k: kStatus, v: "salarie_prive", w: 4},
	{p: "au|en|le|du chomage partiel|technique", k: kNone},
	{p: "chomage partiel|technique", k: kNone},
	{p: "je|j touche|percois le|du chomage partiel|technique", k: kStatus, v: "salarie_prive", w: 4},
	{p: "activite partielle", k: kStatus, v: "salarie_prive", w: 4},
	{p: "je|j bosse|travaille|taffe|taf plus depuis", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "je|j bosse|travaille|taffe|taf plus du tout", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « maçon chez un patron », « ménage chez des particuliers »: working
	// for an employer named by what he is (the employer word itself is set
	// aside by others())
	{p: "chez|pour un|une|mon|ma|des|les patron|patronne|artisan|artisans|particulier|particuliers|agriculteur|viticulteur|exploitant|commercant|eleveur|maraicher", k: kStatus, v: "salarie_prive", w: 3},
	{p: "je|j touche|percois le|l|du chomage|are|ass|rsa", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "a la recherche d|de un|une|d? " + work, k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "entre deux|2 saisons", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "fin de|d la? saison", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « là c'est l'intersaison », « je suis en intersaison » (persona pc):
	// between two seasons now, said in one word; « une activité pour
	// l'intersaison » is a plan, not a state
	{p: "en|est l? intersaison", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "saison est terminee|finie|fini|termine", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "saison s est terminee|finie|fini|termine", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// a trainee of vocational training for job seekers (cep-domain.md §1.3
	// row 7: « stagiaire de la formation pro »)
	{p: "stagiaire de|d la formation professionnelle|pro|continue", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "formation payee|financee|remuneree|prise par france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 4},
	// an exam to enter the public service is a plan, not a status
	{p: "concours de|d la? fonction|fonctions publique|territoriale|hospitaliere", k: kNone},
	{p: "operateur|operatrice|operateurs de production|fabrication|ligne", k: kStatus, v: "salarie_prive", w: 3},
	// LinkedIn's « open to work », said of oneself
	{p: "open to work", k: kStatus, v: "demandeur_emploi", w: 5},
	{p: "opentowork", k: kStatus, v: "demandeur_emploi", w: 5},
	// « j'ai été licenciée en 2020, depuis je suis en CDI »: what follows
	// is the present (supersededEvent)
	{p: "depuis je|j", k: kPresent},
	{p: "au foyer", k: kStatus, v: "demandeur_emploi", w: 3},
	{p: "retravailler", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "retrouver|reprendre|trouver un|du|le|une " + work + "|activite", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "toucher|touche|percevoir|toucherai|touchais le|du|au|l chomage|are", k: kNone},
	{p: "allocation|allocations|assurance|indemnites|indemnisation chomage", k: kNone},
	{p: "allocation|allocations|assurance|indemnites|indemnisation|droits|droit au|de|a chomage", k: kNone},
	{p: "retraite|retraitee|retraites|retraitees", k: kStatus, v: "-", w: 4}, // (was one pattern with « pre retraite », which never matched)
	{p: "pre retraite", k: kStatus, v: "-", w: 4},
	{p: "a la retraite", k: kStatus, v: "-", w: 6},
	// a civic service volunteer is neither employed nor a public agent
	// (code du service national, art. L120-1): status unknown, asked
	{p: "service civique", k: kStatus, v: "-", w: 6},
	{p: "rupture conventionnelle", k: kStatus, v: "demandeur_emploi", w: 2, event: true},
	{p: "fin de|d droits", k: kStatus, v: "demandeur_emploi", w: 4},
	// agent public
	{p: "fonctionnaire|fonctionnaires", k: kStatus, v: "agent_public", w: 5},
	{p: "agent|agente|agents public|publique|publics|territorial|territoriale|titulaire|contractuel|contractuelle|hospitalier|hospitaliere", k: kStatus, v: "agent_public", w: 5},
	{p: "agent|agente|agents de l etat", k: kStatus, v: "agent_public", w: 5},
	{p: "fonction|fonctions publique|publiques territoriale|hospitaliere|d etat", k: kStatus, v: "agent_public", w: 5},
	{p: "contractuel|contractuelle|vacataire", k: kStatus, v: "agent_public", w: 5},
	{p: "fonction|fonctions publique|publiques", k: kStatus, v: "agent_public", w: 4},
	{p: "droit public", k: kStatus, v: "agent_public", w: 5},
	{p: "titulaire", k: kStatus, v: "agent_public", w: 4},
	{p: "titulaire d|de|du un|une|le|la|mon|ma|diplome|bac|permis|licence|master|cap|bts", k: kNone},
	{p: "militaire|militaires|armee|gendarme|gendarmerie|policier|policiere|douanier|douaniere", k: kStatus, v: "agent_public", w: 4},
	{p: "police nationale|municipale", k: kStatus, v: "agent_public", w: 4},
	{p: "gardien de la paix", k: kStatus, v: "agent_public", w: 4},
	// roadmen of the communes and départements (agents de voirie, cadre
	// d'emplois des adjoints techniques territoriaux, décret 2006-1691)
	{p: "cantonnier|cantonniere|cantonniers", k: kStatus, v: "agent_public", w: 4},
	{p: "sapeur|sapeurs? pompier|pompiers professionnel|professionnelle", k: kStatus, v: "agent_public", w: 4},
	{p: "professeur|professeure|prof des ecoles", k: kStatus, v: "agent_public", w: 4},
	{p: "education nationale", k: kStatus, v: "agent_public", w: 4},
	{p: "aesh|avs|aed|atsem", k: kStatus, v: "agent_public", w: 4},
	{p: "assistant|assistante d education", k: kStatus, v: "agent_public", w: 4},
	{p: "mairie", k: kStatus, v: "agent_public", w: 3},
	{p: "employe|employee de|a la mairie", k: kStatus, v: "agent_public", w: 5},
	{p: "conseil departemental|regional|general", k: kStatus, v: "agent_public", w: 4},
	{p: "collectivite|collectivites territoriale|territoriales|locale|locales", k: kStatus, v: "agent_public", w: 4},
	{p: "centre de gestion", k: kStatus, v: "agent_public", w: 4},
	{p: "ministere|prefecture", k: kStatus, v: "agent_public", w: 4},
	{p: "hopital|hopitaux|etablissement|etablissements|ehpad|ecole|lycee|college|service|services|creche|mediatheque|bibliotheque|universite|administration|structure|secteur|piscine|musee public|publique|publics|publiques", k: kStatus, v: "agent_public", w: 5},
	{p: "chu|chru|chr|aphp", k: kStatus, v: "agent_public", w: 4},
	{p: "ap hp", k: kStatus, v: "agent_public", w: 4},
	{p: "hopital|hopitaux", k: kStatus, v: "agent_public", w: 3},
	{p: "hopital|clinique|etablissement|ecole|lycee|college|structure prive|privee|prives|privees", k: kStatus, v: "salarie_prive", w: 5},
	{p: "maison|maisons|residence de retraite prive|privee|privees", k: kStatus, v: "salarie_prive", w: 5},
	{p: "public|publique|publics|publiques", k: kStatus, v: "agent_public", w: 3},
	{p: "le|du|au|les|des|grand|accueil public", k: kNone},
	{p: "categorie a|b|c", k: kStatus, v: "agent_public", w: 3},
	{p: "attache|attachee territorial|territoriale|d administration", k: kStatus, v: "agent_public", w: 4},
	// corps and cadres d'emplois of the three fonctions publiques (décrets
	// statutaires, e.g. n° 2006-1690 adjoints administratifs territoriaux)
	{p: "adjoint|adjointe|adjoints administratif|administrative|administratifs|technique|techniques", k: kStatus, v: "agent_public", w: 4},
	{p: "adjoint|adjointe|adjoints d animation", k: kStatus, v: "agent_public", w: 4},
	{p: "adjoint|adjointe|adjoints du patrimoine", k: kStatus, v: "agent_public", w: 4},
	{p: "redacteur|redactrice|redacteurs territorial|territoriale|principal|principale", k: kStatus, v: "agent_public", w: 4},
	// school nurses, doctors and social workers are Éducation nationale staff
	{p: "infirmier|infirmiere|infirmiers|infirmieres|medecin|assistante|assistant scolaire|scolaires", k: kStatus, v: "agent_public", w: 4},
	// étudiant
	{p: "etudiant|etudiante|etudiants|etudiantes|lyceen|lyceenne|collegien|collegienne", k: kStatus, v: "etudiant", w: 5},
	{p: "suis|es|est en seconde|premiere|terminale|fac|licence|master|l1|l2|l3|m1|m2|bts|dut|but|prepa|classe", k: kStatus, v: "etudiant", w: 4},
	// vocational diplomas prepared at school (code de l'éducation, art.
	// D337-1 CAP, D337-51 bac pro); an apprentice says « apprenti » or
	// « alternance », words of greater weight
	{p: "suis|es|est en bac|cap|bep", k: kStatus, v: "etudiant", w: 4},
	{p: "au|en lycee|college", k: kStatus, v: "etudiant", w: 3},
	{p: "bac obtenu", k: kStatus, v: "etudiant", w: 4},
	{p: "vient|viens d avoir|obtenir mon|le|son bac", k: kStatus, v: "etudiant", w: 4},
	{p: "sors|sort|sorti|sortie|sortis de|d|du l? ecole|fac|universite|etudes|master|licence|lycee", k: kStatus, v: "etudiant", w: 5},
	{p: "viens|vient de finir|terminer|sortir|valider mes|ses|les|de etudes|master|licence|diplome", k: kStatus, v: "etudiant", w: 5},
	{p: "jeune diplome|diplomee", k: kStatus, v: "etudiant", w: 3},
	{p: "arrete|quitte|abandonne|lache|arreter|quitter|abandonner le|l|la|les|mes lycee|ecole|fac|college|etudes|cours", k: kNone},
	{p: "reprendre|reprise mes|des|les etudes", k: kNone},
	// salarié du privé
	{p: "salarie|salariee", k: kStatus, v: "salarie_prive", w: 5},
	{p: "mes|des|nos|de|d|ses|leurs salaries|salariees|employes", k: kNone},
	{p: "droit prive", k: kStatus, v: "salarie_prive", w: 5},
	{p: "prive|privee", k: kStatus, v: "salarie_prive", w: 3},
	{p: "secteur prive", k: kStatus, v: "salarie_prive", w: 4},
	{p: "vie privee", k: kNone},
	{p: "cdi", k: kStatus, v: "salarie_prive", w: 4},
	// a CDD also exists under public law (contractuels, CGFP art. L332-1):
	// with an occupation of both sectors it does not settle the sector
	{p: "cdd", k: kStatus, v: "salarie_prive", w: 4},
	{p: "interimaire|interimaires|interim", k: kStatus, v: "salarie_prive", w: 4},
	{p: "apprenti|apprentie|apprentis|alternant|alternante", k: kStatus, v: "salarie_prive", w: 6},
	{p: "en alternance|apprentissage", k: kStatus, v: "salarie_prive", w: 6},
	{p: "contrat d|de apprentissage|professionnalisation|pro", k: kStatus, v: "salarie_prive", w: 6},
	// « fin de contrat d'apprentissage » is an end of contract of row 7: round 23B
	{p: "portage salarial", k: kStatus, v: "salarie_prive", w: 5},
	{p: "intermittent|intermittente|intermittents du? spectacle?", k: kStatus, v: "salarie_prive", w: 5},
	{p: "cesu", k: kStatus, v: "salarie_prive", w: 4},
	{p: "employe|employee|employes", k: kStatus, v: "salarie_prive", w: 4},
	{p: "sous contrat", k: kStatus, v: "salarie_prive", w: 4},
	{p: "prive|privee|prives|privees sous contrat", k: kStatus, v: statusUndecided, w: 5}, // see employers.go: L442-5
	{p: "en poste", k: kStatus, v: "salarie_prive", w: 3},
	{p: "mon|notre employeur|patron|patronne|manager|chef", k: kStatus, v: "salarie_prive", w: 3},
	{p: "forfait jours|jour", k: kStatus, v: "salarie_prive", w: 3},
	// sick leave and parental leave exist in both sectors (code du travail
	// L1225-47, CGFP L515-1…): they say the visitor is employed, not by whom
	{p: "conge parental|maternite", k: kStatus, v: statusUndecided, w: 3},
	{p: "arret maladie|de travail", k: kStatus, v: statusUndecided, w: 2},
	{p: "en arret depuis", k: kStatus, v: statusUndecided, w: 2},
	{p: "pme|tpe|esn|ssii|startup|multinationale|usine|supermarche|hypermarche|clinique", k: kStatus, v: "salarie_prive", w: 3},
	{p: "grande distribution|distrib", k: kStatus, v: "salarie_prive", w: 3},
	{p: "dans|chez|pour une|un|l|la|les entreprise|societe|banque|agence|association|boite|magasin|restaurant|resto|brasserie|asso|garage|pub|supermarche|mutuelle|hotel|entrepot|usine|start|groupe|grand|grande|enseigne|cabinet|industrie|fintech|scale|sous|equipementier|transporteur|concessionnaire|prestataire|multinationale|pme|tpe|franchise", k: kStatus, v: "salarie_prive", w: 3},
	{p: "travaille|bosse chez", k: kStatus, v: "salarie_prive", w: 3},
	{p: "cadre|cadres", k: kStatus, v: "salarie_prive", w: 2},
	// wage jobs of the private sector only (shops, cafés, warehouses): the
	// job title says the status (round 4 of issue 13); other job titles
	// exist in both sectors or as self-employed and stay weak (w 2)
	{p: "caissier|caissiere|cariste|manutentionnaire|serveur|serveuse|barman|barmaid|plongeur|plongeuse|equipier|equipiere", k: kStatus, v: "salarie_prive", w: 3},
	{p: "hote|hotesse de caisse", k: kStatus, v: "salarie_prive", w: 3},
	{p: "preparateur|preparatrice de commandes|commande", k: kStatus, v: "salarie_prive", w: 3},
	{p: "ouvrier|ouvriere|ouvriers agricole|viticole|agricoles", k: kStatus, v: "salarie_prive", w: 3},
	// a seasonal farm worker is an employee of the farm (contrat saisonnier,
	// code du travail L1242-2 3°; farm employees: code rural L722-20)
	{p: "saisonnier|saisonniere|saisonniers agricole|agricoles|viticole|viticoles", k: kStatus, v: "salarie_prive", w: 3},
	{p: "vendangeur|vendangeuse|vendangeurs|cueilleur|cueilleuse", k: kStatus, v: "salarie_prive", w: 3},
	{p: "fais|fait|faisais la plonge", k: kStatus, v: "salarie_prive", w: 3},
	{p: "crew|team member|members", k: kStatus, v: "salarie_prive", w: 3},
	// assembly-line work is wage work (« je turbine à la chaîne »)
	{p: "travaille|bosse|turbine|taffe|suis a la chaine", k: kStatus, v: "salarie_prive", w: 3},
	{p: "vendeur|vendeuse|magasinier|magasiniere|ouvrier|ouvriere|operateur|operatrice|commercial|commerciale|conducteur|conductrice|chauffeur|livreur|livreuse|developpeur|developpeuse|consultant|consultante|acheteur|acheteuse|responsable|directeur|directrice|manager|drh|facteur|factrice|hotesse|employe|receptionniste|nourrice", k: kStatus, v: "salarie_prive", w: 2},
	{p: "menagere|menager", k: kStatus, v: "salarie_prive", w: 2},
	{p: "chef|cheffe de|d equipe|projet|chantier|rayon|cuisine|service|atelier|produit|secteur", k: kStatus, v: "salarie_prive", w: 2},
	{p: "conseiller|conseillere|conseillers clientele|bancaire|commercial|commerciale|financier|financiere|immobilier|immobiliere|vente|en", k: kStatus, v: "salarie_prive", w: 2},
	// profession libérale
	{p: "liberal|liberale|liberaux|liberales", k: kStatus, v: "profession_liberale", w: 5},
	// (not ergothérapeutes nor psychomotriciens: most of them are salaried,
	// in hospitals and medico-social services — DREES, « Les professions de
	// santé au 1er janvier », répertoire ADELI; they stay occupations of
	// both sectors, employers.go)
	{p: "avocat|avocate|notaire|huissier|huissiere|kinesitherapeute|kine|orthophoniste|osteopathe|podologue|veterinaire|dentiste|orthoptiste", k: kStatus, v: "profession_liberale", w: 3},
	{p: "expert comptable", k: kStatus, v: "profession_liberale", w: 3},
	{p: "titulaire d|de l? une? officine|pharmacie", k: kStatus, v: "profession_liberale", w: 5},
	{p: "mon|notre cabinet", k: kStatus, v: "profession_liberale", w: 3},
	// indépendant, artisan, micro-entrepreneur
	{p: "independant|independante|independants|independantes|freelance|indep", k: kStatus, v: "independant", w: 5},
	{p: "self employed|employee", k: kStatus, v: "independant", w: 5},
	{p: "a|au mon|son|ton|propre compte", k: kStatus, v: "independant", w: 5},
	{p: "gerant|gerante|cogerant|cogerante|commercant|commercante|commercants", k: kStatus, v: "independant", w: 5},
	{p: "chef|cheffe d entreprise", k: kStatus, v: "independant", w: 5},
	{p: "patron|patronne|proprietaire|proprio d|de un|une|du|la|l|mon|ma", k: kStatus, v: "independant", w: 5},
	{p: "tiens|tient|tenons un|une|mon|ma|notre restaurant|bar|commerce|boutique|magasin|salon|hotel|gite|camping|epicerie|boulangerie|pharmacie|cafe|tabac", k: kStatus, v: "independant", w: 4},
	{p: "paysan|paysanne|agriculteur|agricultrice|eleveur|eleveuse|viticulteur|viticultrice|maraicher|maraichere", k: kStatus, v: "independant", w: 4},
	{p: "eurl|sarl|sasu", k: kStatus, v: "independant", w: 3},
	{p: "ma|mon boutique|commerce|exploitation|affaire", k: kStatus, v: "independant", w: 3},
	// « ma boîte », « ma société » name the employer as often as a business of
	// one's own (« dans ma boîte on est 50 », « ma boîte ferme »): neither says
	// the status (round 6 of issue 13)
	// « j'ai ma boucherie », « mon salon »: a shop of one's own (the trade
	// word, when there is one, makes an artisan: hasTrade)
	{p: "j ai|a|avons ma|mon|notre boucherie|charcuterie|boulangerie|patisserie|poissonnerie|fromagerie|librairie|epicerie|garage|salon|restaurant|bar|ferme|atelier|institut", k: kStatus, v: "independant", w: 4},
	{p: "artisan|artisane|artisans", k: kStatus, v: "artisan", w: 5},
	{p: "chambre des|de metiers", k: kStatus, v: "artisan", w: 4},
	{p: "auto|micro entrepreneur|entrepreneuse|entrepreneure|entreprise|entrepreneurs|entrepreneuses", k: kStatus, v: "auto_entrepreneur", w: 6},
	{p: "autoentrepreneur|microentrepreneur|autoentreprise|microentreprise|autoentrepreneuse|microentrepreneuse", k: kStatus, v: "auto_entrepreneur", w: 6},
	{p: "auto ecole", k: kNone},
}

// tradeWords are crafts: an independent craftsman is an artisan (row 8).
// (« paysagiste » is no trade of the répertoire des métiers: landscape
// works are agricultural, code rural L722-2 2°, see lexicon_round7.go)
var tradeWords = "coiffure|boulanger|boulangere|patissier|patissiere|boucher|bouchere|charcutier|plombier|macon|electricien|menuisier|charpentier|couvreur|peintre|platrier|carreleur|coiffeur|coiffeuse|taxi|serrurier|chauffagiste|ebeniste|mecanicien|carrossier|cordonnier|fleuriste|traiteur|plaquiste|tapissier|couturier|couturiere|estheticienne|estheticien|ferronnier|vitrier|staffeur|tailleur" +
	// the shops of these crafts (décret n° 98-247, annexe: boulangerie-pâtisserie,
	// boucherie-charcuterie, poissonnerie, cordonnerie… are artisanal activities)
	"|boulangerie|patisserie|boucherie|charcuterie|poissonnerie|cordonnerie|plomberie|menuiserie|maconnerie|carrosserie|serrurerie|ebenisterie"

var factSpecs = []patSpec{
	// cadre
	{p: "cadre|cadres", k: kCadre, v: "1"},
	{p: "dans|hors le|du cadre", k: kNone},
	{p: "cadre de vie|travail|la", k: kNone},
	{p: "un|le cadre agreable|sympa|idyllique|legal", k: kNone},
	{p: "etam", k: kCadre, v: "0"},
	// a request under way is not a recognition (code du travail L5213-1)
	{p: "demande|attente|cours de|d rqth", k: kNone},
	{p: "demande|attente|cours de|d reconnaissance de|d travailleur|travailleuse handicape|handicapee", k: kNone},
	{p: "agent de maitrise", k: kCadre, v: "0"},
	{p: "etam|etams", k: kStatus, v: "salarie_prive", w: 3}, // classification of private-sector collective agreements (BTP…)
	// bac+3 or more
	{p: "master|masters|licence|licences|doctorat|these|mba|dea|dess|maitrise|m1|m2|l3", k: kDiplome, v: "1"},
	{p: "bac 3|4|5|6|7|8", k: kDiplome, v: "1"},
	{p: "ecole de|d commerce|ingenieur|ingenieurs|management", k: kDiplome, v: "1"},
	{p: "diplome|diplomee d ingenieur", k: kDiplome, v: "1"},
	{p: "ingenieur|ingenieure|ingenieurs diplome|diplomee|diplomes", k: kDiplome, v: "1"},
	{p: "grande ecole", k: kDiplome, v: "1"},
	{p: "sans|aucun|pas de|d|le diplome|bac", k: kDiplome, v: "0"},
	// disability
	{p: "rqth|boeth|esat|mdph|aah|invalidite|invalide", k: kHandicap, v: "1"},
	{p: "handicap|handicape|handicapee|handicapes|handicapees|handi", k: kHandicap, v: "1"},
	{p: "cap emploi", k: kHandicap, v: "1"},
	{p: "reconnaissance travailleur|travailleuse|de la qualite", k: kHandicap, v: "1"},
	// wants to work (students, school leavers)
	{p: "cherche|recherche|chercher|trouver du|un|une|le|mon|d|de premier? " + work, k: kWants},
	{p: "premier " + work, k: kWants},
	{p: "bosser|taffer", k: kWants},
	{p: "vie active", k: kWants},
	{p: "monde du travail", k: kWants},
	{p: wish + " de? travailler", k: kWants},
	// markers
	{p: "etais|etait|etions|etaient|anciennement|auparavant|autrefois|precedemment|travaillais|bossais|avais", k: kPast},
	{p: "ancien|ancienne|anciens|anciennes|ex", k: kFormer},
	{p: "ai|a|avons|avait ete|travaille|bosse", k: kPast},
	// « j'ai quitté l'armée il y a 2 ans »: what was left is the past
	{p: "ai|as|avons|avait quitte", k: kPast},
	// « je suis partie de l'hôpital l'an dernier »: what was left is the past
	{p: "suis|es|est|sommes parti|partie|partis|sorti|sortie de|du|d", k: kPast},
	{p: "termine|terminera|finit|finira|fini|acheve|expire|arrete", k: kEnds},
	{p: "prend|prendra fin", k: kEnds},
	{p: "maintenant|actuellement|aujourd|desormais|toujours|mtn|present", k: kPresent},
	// the future tense and conditions: what follows is a plan (« je
	// deviendrai fonctionnaire », « si j'obtiens le concours »)
	{p: "deviendrai|deviendra|deviendrais|passerai|travaillerai|quitterai|reprendrai|chercherai|ouvrirai|creerai|monterai|retournerai|obtiendrai|serai|sera|serais|si", k: kFuture},
	{p: "en ce moment", k: kPresent},
	// « j'avais un CDI et là je suis au RSA »: the present tense of the
	// writer after a past one, typed without a stop (betweenPastAndPresent)
	{p: "je|j suis|bosse|travaille|taffe|touche", k: kPresent},
	// « je compte me mettre à mon compte », « je prévois de… »: a plan
	{p: "je|j compte|prevois|projette", k: kFuture},
	{p: "devenir|deviens|veux|voudrais|voudrai|aimerais|aimerai|souhaite|souhaiterais|souhaiterai|envisage|envisager|pense|penser|lancer|installer|partir|passer|creer|monter|ouvrir|vendre|revendre|cherche|recherche|chercher|reprendre|racheter|envie|reve|objectif|preparer|futur|future|trouver|embaucher|embauche|devienne", k: kFuture},
}

// projectSpecs: tier 1 (specific schemes) always wins; below, the tier
// then the first mention decide.
var projectSpecs = []patSpec{
	{p: "vae", k: kProject, v: "vae", w: 1},
	{p: "validation des acquis", k: kProject, v: "vae", w: 1},
	{p: "bilan|bilans", k: kProject, v: "bilan", w: 1},
	// « reprendre une activité », « reprise d'activité » is going back to
	// work (the corpus labels it reprise_activite 20 times, never
	// creation_activite), not taking over a business: said first, it wins
	// the tie with the pattern below on the same words.
	{p: "reprendre|reprise d|de|du? une|l|mon|son|ma? petite? activite|activites", k: kProject, v: "reprise_activite", w: 1},
	{p: "creer|creation|monter|ouvrir|lancer|reprendre|racheter|demarrer|reprise|rachat|creant|ouverture d|de|du? " + det + "? propre|autre|petit|petite|nouvelle|nouveau? " + bizObj, k: kProject, v: "creation_activite", w: 1},
	{p: "me|m|se lancer|installer", k: kProject, v: "creation_activite", w: 1},
	{p: "en independant|freelance", k: kProject, v: "creation_activite", w: 1},
	{p: "entreprendre|entrepreneuriat|creation", k: kProject, v: "creation_activite", w: 1},
	{p: "m installer en liberal", k: kProject, v: "mobilite", w: 1},
	{p: "c est quoi|combien", k: kProject, v: "information", w: 2},
	{p: "qu est ce", k: kProject, v: "information", w: 2},
	{p: "y ai|a droit", k: kProject, v: "information", w: 2},
	{p: "droit au|a|aux", k: kProject, v: "information", w: 2},
	{p: "ai je droit", k: kProject, v: "information", w: 2},
	{p: "payant|payante|gratuit|gratuite|combien|infos|info|informations|renseignement|renseignements|renseigner", k: kProject, v: "information", w: 2},
	{p: "que dois je faire", k: kProject, v: "information", w: 2},
	{p: "mes|quelles options|possibilites|droits", k: kProject, v: "information", w: 2},
	{p: "comment ca marche|fonctionne", k: kProject, v: "information", w: 2},
	{p: "entendu parler", k: kProject, v: "information", w: 2},
	{p: "on m a parle", k: kProject, v: "information", w: 2},
	{p: "me|se|nous former|reformer|formant", k: kProject, v: "formation", w: 3},
	{p: "passer|preparer|obtenir|faire|suivre " + det + "? permis|caces|cap|bp|bts|titre|diplome|concours|certification|habilitation|ssiap|formation|master|licence|dut|but|bac|cqp|deaes|fimo|cace", k: kProject, v: "formation", w: 3},
	{p: "reprendre|reprise mes|des|les etudes", k: kProject, v: "formation", w: 3},
	{p: "me specialiser", k: kProject, v: "formation", w: 3},
	{p: "cherche|recherche|trouver une|un formation|apprentissage|alternance|stage|contrat", k: kProject, v: "formation", w: 3},
	{p: "reconvertir|reconversion|reconverti|reconvertie|reconvertis", k: kProject, v: "reconversion", w: 4},
	{p: "changer|change de|d metier|voie|vie|domaine|orientation|carriere|branche|profession|cap", k: kProject, v: "reconversion", w: 4},
	// « je veux changer de travail / de boulot / de taf »: the readable sets
	// label it reconversion 14 times, mobilité twice; the recap said
	// « Projet : non précisé » for the commonest way to say it
	{p: "changer|change de|d travail|boulot|job|taf|tafs|metiers", k: kProject, v: "reconversion", w: 4},
	{p: "autre chose|voie|metier|domaine|vie|rythme", k: kProject, v: "reconversion", w: 4},
	{p: "nouveau|nouvelle metier|carriere|voie", k: kProject, v: "reconversion", w: 4},
	{p: "seconde|deuxieme carriere|vie", k: kProject, v: "reconversion", w: 4},
	{p: "devenir|reorienter|reorientation", k: kProject, v: "reconversion", w: 4},
	{p: "tout arreter|plaquer", k: kProject, v: "reconversion", w: 4},
	{p: "pas|plus retourner|revenir", k: kProject, v: "reconversion", w: 4},
	{p: "en peux|peu plus", k: kProject, v: "reconversion", w: 4},
	{p: "peux|peut|pourrai|pourrais plus exercer|porter|travailler|continuer|faire", k: kProject, v: "reconversion", w: 4},
	{p: "mobilite|evoluer|evolution|promotion|promu|muter|mutation", k: kProject, v: "mobilite", w: 4},
	{p: "poste de direction|d encadrement|de responsable|de manager", k: kProject, v: "mobilite", w: 4},
	{p: "changer|change de|d poste|service|employeur|entreprise|boite|secteur", k: kProject, v: "mobilite", w: 4},
	{p: "passer|aller|partir en|dans|au entreprise|liberal|prive|province", k: kProject, v: "mobilite", w: 4},
	{p: "autre service|poste|employeur|entreprise", k: kProject, v: "mobilite", w: 4},
	{p: "passer a un poste", k: kProject, v: "mobilite", w: 4},
	{p: "formation|formations|cpf", k: kProject, v: "formation", w: 5},
	{p: "compte personnel de formation", k: kProject, v: "formation", w: 5},
	{p: "retravailler|rebondir|embaucher|embauche", k: kProject, v: "reprise_activite", w: 5},
	{p: "retour a l emploi", k: kProject, v: "reprise_activite", w: 5},
	{p: "retrouver|reprendre|trouver|chercher|cherche|recherche du|un|une|le|mon|d|de premier? " + work + "|activite", k: kProject, v: "reprise_activite", w: 5},
	{p: "trouve|trouves|trouvent pas|plus|rien de|d|du? " + work + "|rien", k: kProject, v: "reprise_activite", w: 5},
	{p: "pour travailler|bosser", k: kProject, v: "reprise_activite", w: 5},
	{p: "savoir si|comment|quelles|quel|quels|ce", k: kProject, v: "information", w: 5},
	{p: "est ce que|qu", k: kProject, v: "information", w: 5},
	{p: "sais pas quoi faire", k: kProject, v: "autre", w: 6},
}

// smsSpecs expands SMS spellings into canonical words before matching.
var smsSpecs = map[string]string{
	// « jabite a marseil »: the h dropped as well as the apostrophe (persona
	// of issue 13, the SMS writer)
	"jabite": "j habite", "jabit": "j habite", "jhabit": "j habite", "abite": "habite", "jvis": "je vis",
	"jsui": "je suis", "jsuis": "je suis", "jsuiis": "je suis", "chui": "je suis", "chuis": "je suis", "jss": "je suis",
	"jui": "je suis", "jsu": "je suis", "jpeux": "je peux", "jveux": "je veux", "jvoudrais": "je voudrais",
	"jsp": "je sais pas", "jsais": "je sais", "jai": "j ai", "jen": "j en", "g": "j ai", "jy": "j y",
	"ds": "dans", "pr": "pour", "ke": "que", "ki": "qui", "pa": "pas", "plu": "plus", "depui": "depuis", "dpuis": "depuis",
	"tt": "tout", "ts": "tous", "mtn": "maintenant", "mnt": "maintenant", "bcp": "beaucoup", "slt": "salut", "bjr": "bonjour",
	"che": "chez", "veu": "veux", "vx": "veux", "qd": "quand", "cmt": "comment", "cmnt": "comment", "pk": "pourquoi", "pq": "pourquoi",
	"stp": "s il te plait", "svp": "s il vous plait", "dla": "de la", "ya": "il y a", "cest": "c est", "cet": "cet",
	"etudes": "etudes", "boulo": "boulot", "tjs": "toujours", "tjrs": "toujours", "auj": "aujourd hui", "aprs": "apres",
	"dpt": "departement", "dept": "departement", "dep": "departement",
	"ans": "ans", "an": "an", "agee": "agee", "ag": "age", "ne": "ne", "st": "saint", "ste": "sainte",
	"chomdu": "chomage", "chomedu": "chomage", "chomeure": "chomeuse", "interime": "interim", "chomaz": "chomage", "chomeuse": "chomeuse", "indep": "independant", "autoentrepreneuse": "autoentrepreneuse",
	"qq": "quelque", "piges": "ans", "balais": "ans", "berges": "ans", "qqch": "quelque chose", "koi": "quoi", "quoi": "quoi", "sui": "suis", "ché": "chez",
	"sest": "s est", "jbosse": "je bosse", "jtravaille": "je travaille", "jcherche": "je cherche", "jtaffe": "je taffe", "jtouche": "je touche",
}

// commonWords are frequent French words that must never be "corrected"
// into a keyword (e.g. "argent" is not a typo of "agent"). Round 6 ran the
// typo corrector over a French word list (Debian package wfrench) and added
// the everyday words it turned into a keyword: « française » → franchise,
// « gênant » → gérant, « épaule » → école, « agriculture » → agriculteur,
// « sérieuse » → serveuse, « visée » → virée, « primes » → privés…
var commonWords = `je j tu il elle on nous vous ils elles me m te t se s le la l les un une des du de d au aux ce cet cette ces
mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs qui que qu quoi dont ou où et mais donc or ni car
ne pas plus rien jamais aucun aucune non oui si bien tres trop peu beaucoup moins tout tous toute toutes autre autres
avec sans pour par sur sous dans en entre vers chez depuis pendant avant apres comme quand comment pourquoi combien
suis es est sommes etes sont etais etait ete etre ai as a avons avez ont avais avait eu avoir fait faire fais font
veux veut voudrais voulais aimerais aime souhaite peux peut pouvoir dois doit sais sait savoir vais va aller allez
bonjour bonsoir salut merci madame monsieur cordialement svp ans an mois jours semaines annee annees heure heures
habite habiter vis vit travaille travailler travail cherche chercher trouve trouver depuis maintenant aujourd hui
argent agence agences age ages agee metier metiers poste postes temps partiel plein projet projets aide aider besoin
entreprise societe emploi boulot job mission contrat salaire euros question questions conseil conseiller conseillere
rendez vous rdv merci petit petite grand grande bon bonne mal dos enfant enfants fils fille mari femme famille
jeune jeunes vie envie idee sais pense crois moment ici la-bas france ville region departement comment quel quelle
quels quelles accompagnement accompagner accompagne accompagnee orientation reorienter faire autre chose depuis
mere pere maman papa cours ecole lycee college fac universite etudes diplome diplomes bac stage stages
plusieurs chaque encore deja aussi alors ensuite puis enfin vraiment seulement juste surtout toujours souvent
cadre cadres ancienne ancien annee mars avril mai juin juillet aout septembre octobre novembre decembre janvier fevrier
lundi mardi mercredi jeudi vendredi samedi dimanche soin soins sante service services public publique prive privee
formation formations former reconversion reconvertir metier domaine secteur branche niveau experience competences
aimerai voudrai pourrais pourrait serait sera seront fera ferait dit dire parle parler entendu savoir connaitre
droit droits payant gratuit infos info information informations renseignement possible possibles options
retraite retraitee retraites sante maladie arret accident inaptitude inapte burn out depression fatigue
mairie hopital clinique banque association commerce industrie batiment btp transport logistique restauration
hotellerie informatique numerique vente commercial comptabilite secretariat menage nettoyage securite
chauffeur vendeuse vendeur serveuse serveur ouvrier ouvriere technicien technicienne ingenieur ingenieure
infirmier infirmiere aide soignante soignant educateur educatrice enseignant enseignante professeur
habitais habitons habitent reside residons vivons lieu ville village campagne pres loin proche cote centre
tours nice grasse orange installee installe osteopathie enseignement renseigne renseignee vendeurs formateur formatrice agents salaire salaires
nord sud est ouest haut haute bas basse saint sainte sur mer mont val les la le
commence commencer commencee commencais commencant debute debuter rate rater loupe echoue abandonne lache redouble
francaise forme formes fermer firme epaule epaules matin matins mains malin basque aimee potes collage choeur
agriculture viticulture vider videe viser visee visent vivent serieuse prions poison poisons primes prises primee primees
prisee depense verte veste vante insertion retenir detenir pendu pendre partage materiel materielle geant geante genant
genante garant garante gelant germant cidre carre bonte botte chanter charger saurai repondrai comite clause flemme jaune
volontiers smart`

func buildLexicon() *lexicon {
	lx := &lexicon{
		sms:   map[string][]string{},
		known: map[string]struct{}{},
	}
	// each round's spoken and texting spellings, in round order (a later
	// round's spelling of a word wins)
	for _, m := range []map[string]string{round11Sms, round17cSms, round17fSms, round17hSms, round18nSms, round18tSms, round18ySms, round18yJobSms, round21qSms, round21oSms, round21wSms, round22dSms} {
		for k, v := range m {
			lx.sms[k] = strings.Fields(v)
		}
	}
	for k, v := range smsSpecs {
		if k != v {
			lx.sms[k] = strings.Fields(v)
		}
		for _, w := range strings.Fields(v) {
			lx.known[w] = struct{}{}
		}
	}
	for _, w := range strings.Fields(commonWords + " " + round7CommonWords + " " + round16bCommonWords + " " + round17aCommonWords) {
		lx.known[w] = struct{}{}
	}
	for w := range numberWords {
		lx.known[w] = struct{}{}
	}
	var all []patSpec
	all = append(all, statusSpecs...)
	all = append(all, round5StatusSpecs...)
	all = append(all, round6StatusSpecs...)
	all = append(all, round7StatusSpecs...)
	all = append(all, round8StatusSpecs...)
	all = append(all, round9bSpecs...)
	all = append(all, round9cSpecs()...)
	all = append(all, round10StatusSpecs...)
	all = append(all, round11StatusSpecs...)
	all = append(all, round12StatusSpecs...)
	all = append(all, round13aStatusSpecs...)
	all = append(all, round13bStatusSpecs...)
	all = append(all, round13cSpecs...)
	all = append(all, round14bSpecs...)
	all = append(all, round14aStatusSpecs...)
	all = append(all, round15aStatusSpecs...)
	all = append(all, round15bSpecs...)
	all = append(all, round16aSpecs...)
	all = append(all, round16bSpecs...)
	all = append(all, round17aSpecs...)
	all = append(all, round17bSpecs...)
	all = append(all, round17cSpecs...)
	all = append(all, round17dSpecs...)
	all = append(all, round17eSpecs...)
	all = append(all, round17fSpecs...)
	all = append(all, round17gSpecs...)
	all = append(all, round17hSpecs...)
	all = append(all, round17iSpecs...)
	all = append(all, round17iResignSpecs...)
	all = append(all, round18fSpecs...)
	all = append(all, round18aSpecs...)
	all = append(all, round18dSpecs...)
	all = append(all, round18cSpecs...)
	all = append(all, round18cBreakSpecs...)
	all = append(all, round18gSpecs...)
	all = append(all, round18kSpecs...)
	all = append(all, round18kUnknownSpecs...)
	all = append(all, round18lSpecs...)
	all = append(all, round18pSpecs...)
	all = append(all, round18qSpecs...)
	all = append(all, round18qWishSpecs...)
	all = append(all, round18rSpecs...)
	all = append(all, round18sSpecs...)
	all = append(all, round18sFarmSpecs...)
	all = append(all, round18uSpecs...)
	all = append(all, round18tSpecs...)
	all = append(all, round18wSpecs...)
	all = append(all, round18vSpecs...)
	all = append(all, round18ySpecs...)
	all = append(all, round18zSpecs...)
	all = append(all, round19bSpecs...)
	all = append(all, round19cSpecs...)
	all = append(all, round20dSpecs...)
	all = append(all, round20fSpecs...)
	all = append(all, round20gSpecs...)
	all = append(all, round20oSpecs...)
	all = append(all, round20pSpecs...)
	all = append(all, round22sSpecs...)
	all = append(all, round20nSpecs...)
	all = append(all, round20qSpecs...)
	all = append(all, round20rSpecs...)
	all = append(all, round21gSpecs...)
	all = append(all, round21eSpecs...)
	all = append(all, round21aSpecs...)
	all = append(all, round21fSpecs...)
	all = append(all, round21iSpecs...)
	all = append(all, round21hSpecs...)
	all = append(all, round21mSpecs...)
	all = append(all, round22gSpecs...)
	all = append(all, round21ySpecs...)
	all = append(all, round22fSpecs...)
	all = append(all, round21lSpecs...)
	all = append(all, round21qSpecs...)
	all = append(all, round21oSpecs...)
	all = append(all, round21rSpecs...)
	all = append(all, round21tSpecs...)
	all = append(all, round21wSpecs...)
	all = append(all, round21xSpecs...)
	all = append(all, round22aSpecs...)     // round 22A
	all = append(all, round22zSpecs...)     // round 22Z
	all = append(all, w1Specs...)           // w1: public agricultural lycées
	all = append(all, round23cSpecs...)     // round 23C: a student's stage told with its host
	all = append(all, round24bSpecs...)     // round 24B: DSCG, DCG
	all = append(all, round24cSpecs...)     // round 24C: a training in alternance left
	all = append(all, round26bSpecs...)     // round 26B: « stagiaire à l'INSPÉ »
	all = append(all, round26cSpecs...)     // round 26C: « un vrai service public »
	all = append(all, round26dSpecs...)     // round 26D: a contract « pas reconduit »
	all = append(all, round27aSpecs...)     // round 27A: a job ended told with an employee's words
	all = append(all, round22cSpecs...)     // round 22C: schemes and in-between situations
	all = append(all, round22bSpecs...)     // round 22B
	all = append(all, round22kSpecs...)     // round 22K: contracts and working times
	all = append(all, round22jSpecs...)     // round 22J
	all = append(all, round22oSpecs...)     // round 22O: young people
	all = append(all, round22rSpecs...)     // round 22R: RSMA volunteers, Réunion Creole « mi sort l armée »
	all = append(all, round23bSpecs...)     // round 23B: job seekers read as private employees
	all = append(all, q28aSpecs...)         // q28a: the place wished for, leaving an ESAT
	all = append(all, w2Specs...)           // w2: the field wished for
	all = append(all, round24aSpecs...)     // round 24A: a course named without « je suis » (« en licence de socio », « je fais un BTS »)
	all = append(all, round24aLossSpecs...) // round 24A: a job lost said as « remercié », « a fermé le cabinet », « démission en avril »
	all = append(all, factSpecs...)
	all = append(all, projectSpecs...)
	all = append(all, sectorPatSpecs()...)
	r9 := round9PatSpecs()
	lx.patterns = compilePatterns(append(append(all[:len(all):len(all)], r9...), metropolePatSpecs()...))
	// The canonical vocabulary for typo correction is every word of the
	// patterns: a misspelt word is corrected to one of them, never to an
	// arbitrary word.
	vocab := map[string]bool{}
	for _, sp := range all {
		for _, e := range strings.Fields(sp.p) {
			for _, w := range strings.Split(strings.TrimSuffix(e, "?"), "|") {
				vocab[w] = true
			}
		}
	}
	for _, w := range strings.Split(tradeWords+"|"+round21sTradeWords+"|"+round21xTradeWords, "|") { // rounds 21S, 21X add trades
		vocab[w] = true
		lx.trade = append(lx.trade, w)
		tradeWordSet[w] = true
	}
	for w := range vocab {
		lx.known[w] = struct{}{}
	}
	addKnown(lx.known, r9)
	for _, w := range knownWordsR21t { // round 21T: « patient » is no typo of « paient »
		lx.known[w] = struct{}{}
	}
	lx.buildFuzzy(vocab)
	lx.words = make(map[string]wordInfo, len(lx.known)+len(lx.sms))
	for w := range lx.known {
		lx.words[w] = wordInfo{}
	}
	for w, exp := range lx.sms {
		lx.words[w] = wordInfo{exp: exp}
	}
	for w := range cadreTitleIndexR20i() {
		cadreTitleFirstsR20i[w] = true
	}
	lx.placeFirst = map[string]uint8{}
	for _, m := range []map[string]string{placeAliases, demonyms} {
		for k := range m {
			lx.addPlaceFirst(k)
		}
	}
	for k := range outsideNames {
		lx.addPlaceFirst(k)
	}
	lx.number()
	lx.gatherTownFirsts()
	lx.placeKeys = buildPlaceKeys()
	return lx
}

// tradeWordSet holds the words of lexicon.trade, for their token class
// (hasTrade, describesPerson); buildLexicon fills it.
var tradeWordSet = map[string]bool{}

// wordInfo is what tokenize needs to know about a word in one lookup.
type wordInfo struct {
	exp []string // SMS expansion, nil if none
}

// tokWord is tokenize's one look-up of a raw word: its entry of words
// (in: whether it has one) and its traits, which lookUpWords then need not
// look up again while the token keeps that word (scratch.pre).
type tokWord struct {
	exp []string
	in  bool
	tr  wordTraits
}

type lexicon struct {
	words    map[string]wordInfo // known words and SMS spellings
	tokWords map[string]tokWord  // the keys of words and of traits (tokenize)
	sms      map[string][]string
	known    map[string]struct{}
	patterns map[string][]*pattern
	byFirst  [][]patEntry // patterns by the wordID of their first word
	// byPair narrows a long byFirst list by the next word (pairIndex)
	byPair pairIndex
	traits map[string]wordTraits // what lookUpWords reads of a word
	// multiFirst: the first words of multi-word town names, by letter
	multiFirst [26][]string
	trade      []string
	dels       delIndex // deletion variants -> canonical words (fuzzy.go)
	// placeFirst: first word -> longest alias/demonym/foreign name in words
	placeFirst map[string]uint8
	// placeKeys: the first test of namedPlace (place.go)
	placeKeys *placeKeyFilter
}

var (
	lexOnce sync.Once
	lexVal  *lexicon
)

func lex() *lexicon {
	lexOnce.Do(func() { lexVal = buildLexicon() })
	return lexVal
}

func (lx *lexicon) addPlaceFirst(k string) {
	first, _, _ := strings.Cut(k, " ")
	if n := uint8(strings.Count(k, " ") + 1); n > lx.placeFirst[first] {
		lx.placeFirst[first] = n
	}
}

// sectorPatSpecs turns the sector lexicons of employers.go into patterns:
// one kSector pattern per employer (and a kBranch one for public ones), and
// the occupations of both sectors as an undecided status ("?").
func sectorPatSpecs() []patSpec {
	var out []patSpec
	specs := append(employerSpecs[:len(employerSpecs):len(employerSpecs)], round6EmployerSpecs...)
	specs = append(specs, round7EmployerSpecs...)
	specs = append(specs, round15bEmployerSpecs...)
	specs = append(specs, round16bEmployerSpecs...)
	specs = append(specs, round17bEmployerSpecs...)
	specs = append(specs, round17cEmployerSpecs...)
	specs = append(specs, round17dEmployerSpecs...)
	specs = append(specs, round17eEmployerSpecs...)
	specs = append(specs, round17fEmployerSpecs...)
	specs = append(specs, round17gEmployerSpecs...)
	specs = append(specs, round17hEmployerSpecs...)
	specs = append(specs, round17iEmployerSpecs...)
	specs = append(specs, round18dEmployerSpecs...)
	specs = append(specs, round18cEmployerSpecs...)
	specs = append(specs, round19bEmployerSpecs...)
	specs = append(specs, round20dEmployerSpecs...)
	specs = append(specs, round20bEmployerSpecs...)
	specs = append(specs, round20gEmployerSpecs...)
	specs = append(specs, round20kEmployerSpecs...)
	specs = append(specs, round21fEmployerSpecs...)
	specs = append(specs, round22aEmployerSpecs...) // round 22A
	specs = append(specs, round22zEmployerSpecs...) // round 22Z
	specs = append(specs, w1EmployerSpecs...)
	for _, e := range append(specs, round13bEmployerSpecs...) {
		for _, p := range strings.Split(e.p, ";") {
			// event marks a word describing the person, not a place (workplaceAt)
			out = append(out, patSpec{p: p, k: kSector, v: e.sector, w: e.w, event: e.person})
			if e.branch != "" {
				out = append(out, patSpec{p: p, k: kBranch, v: e.branch, w: e.w})
			}
		}
	}
	out = append(out, patSpec{p: bothSectors, k: kStatus, v: statusUndecided, w: 2})
	for _, p := range bothSectorPhrases {
		out = append(out, patSpec{p: p, k: kStatus, v: statusUndecided, w: 2})
	}
	return out
}
