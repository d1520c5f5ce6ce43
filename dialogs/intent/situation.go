package intent

// Situation is a visitor's situation outside the statuses of the routing
// table, or a detail of a status that changes which information applies.
type Situation string

// Situations. The first group answers « Autre situation »; the second
// refines a status (for the information cards: démission-reconversion is
// for employees on a CDI, not for apprentices or interim workers).
const (
	Retired        Situation = "retraite"       // retraité(e)
	ESAT           Situation = "esat"           // works in an ESAT (disability)
	SickLeave      Situation = "arret_maladie"  // arrêt maladie, accident du travail, mi-temps thérapeutique
	Military       Situation = "militaire"      // in the armed forces (or leaving them)
	ParentalLeave  Situation = "conge_parental" // congé parental, maternité, paternité
	AtHome         Situation = "au_foyer"       // parent au foyer, no job and not seeking one yet
	Detention      Situation = "detention"      // held in prison, or just out of it
	DontKnow       Situation = "ne_sait_pas"    // « je ne sais pas »
	Apprentice     Situation = "apprenti"       // apprentissage, alternance, contrat pro
	Intermittent   Situation = "intermittent"   // intermittent du spectacle
	FixedTerm      Situation = "cdd"            // CDD running
	Interim        Situation = "interim"        // intérim
	InTraining     Situation = "en_formation"   // in a training course (stagiaire de la formation)
	PermanentJob   Situation = "cdi"            // CDI
	SchoolPupil    Situation = "scolaire"       // collège, lycée (under 16 mostly)
	PublicMilitary Situation = Military
)

type sitSpec struct {
	s   Situation
	pos *phrases
	neg *phrases
}

var situationSpecs = []sitSpec{
	{Retired, compile(
		"retraite|retraitee|retraites|retraitees|preretraite|retired|pensioner",
		"pre retraite",
		"a|en la? retraite",
		"jeune retraite|retraitee",
	), compile(
		"partir|depart|pars|partirai|prendre|preparer|prepare|avant|approche|proche|bientot|future|futur|dans|cotiser|cotisation|cotisations|points|caisse|age|cumul|progressive a|de|ma|la|sa? la? retraite",
		"retraite progressive|anticipee",
		"cumul emploi retraite",
		"pension de retraite",
	)},
	{ESAT, compile(
		"esat|esats",
		"etablissement|etablissements et? service|services d aide par le travail",
		"travailleur|travailleuse en? milieu protege",
	), nil},
	{SickLeave, compile(
		"arret|arrets maladie|maladies",
		"arret|arrets de travail",
		"en arret depuis|longue|maladie|de|pour|suite",
		"suis|etre|mis|mise|toujours|encore|actuellement en arret",
		"conge|conges maladie",
		"longue maladie",
		"conge de longue duree",
		"mi temps therapeutique",
		"accident du travail",
		"maladie professionnelle",
		"sick leave",
		"on sick leave",
	), nil},
	{Military, compile(
		"militaire|militaires|soldat|soldate|legionnaire",
		"dans|de l armee|armees",
		"armee de terre|l air",
		"marine nationale",
		"sous officier|officiere",
		"engage|engagee volontaire",
		"defense mobilite",
		"quitter|quitte|sortir de|sors de l armee|armees",
		"military|army|soldier",
	), compile("gendarmerie nationale")},
	{ParentalLeave, compile(
		"conge|conges parental|parentale|maternite|paternite",
		"conge|conges d adoption",
		"conge de|d maternite|paternite|adoption|naissance",
		"parental|maternity|paternity leave",
	), nil},
	{AtHome, compile(
		"mere|pere|femme|homme|parent|maman|papa au foyer",
		"au foyer",
		"stay at home|stay at home mom|dad|parent",
		"homemaker",
	), nil},
	// held in prison or just out (code pénitentiaire L412-10: a detainee's
	// work is no employment contract; the way back to work goes through
	// France Travail and the SPIP). Staff (« je travaille en prison »,
	// « surveillant à la maison d'arrêt ») say nothing of being held.
	{Detention, compile(
		"je|j? suis|etais en prison|detention|taule",
		"je|j? suis detenu|detenue|incarcere|incarceree|ecroue|ecrouee|prisonnier|prisonniere",
		// one word a position: « vais sortir » as one alternative never
		// matched, and « je sors de prison » typed alone was not understood
		"je|j sors|sortirai de prison|detention|taule",
		"je|j vais|viens de? sortir de prison|detention|taule",
		"je|j? suis sorti|sortie de prison|detention|taule",
		"sortant|sortante de prison|detention",
		"libere|liberee de prison",
		"i am|i m in prison|jail",
		"out of prison|jail",
	), nil},
	{DontKnow, compile(
		"je? ne? sais|sait pas|plus",
		"j sais pas",
		"jsp|chepa|chaipas|jsaispas|chaispas",
		"chais|jsais|sais pas",
		"aucune idee",
		"pas sur|sure|certain|certaine",
		"je ne suis pas sur|sure",
		"ne sais pas trop",
		"i? don t know",
		"i? dont know",
		"not sure",
		"no idea",
		"idk",
	), compile(
		"je|j|il|elle|on? ne? sais|sait pas|plus quoi|comment|ou|si|quel|quelle|quels|quelles|par|faire|pourquoi|trop|vers|qui|a",
		// the same, typed on a phone in one or two words (« jsp quoi
		// faire apres le bac », « chais pas si »): the start of a
		// description, not « je ne sais pas » as an answer, which sent a
		// school leaver to the retired / ESAT / military menu (persona
		// p24a, issue 13)
		"jsp|chepa|chaipas|jsaispas|chaispas|jspa quoi|comment|ou|si|quel|quelle|quels|quelles|par|faire|pourquoi|trop|vers|qui|a",
		"chais|chai|jsais pas|plus quoi|comment|ou|si|quel|quelle|quels|quelles|par|faire|pourquoi|trop|vers|qui|a",
	)},
	{Apprentice, compile(
		"apprenti|apprentie|apprentis|apprenties|apprentissage|alternance|alternant|alternante|alternants",
		"contrat de? pro|professionnalisation",
		"apprentice|apprenticeship",
		// wished, not held: « je cherche un apprentissage », « je veux
		// faire de l'alternance »
	), compile("cherche|chercher|trouver|recherche|veux|voudrais|souhaite|aimerais|envie faire|commencer|trouver|entrer? un|une|d|de|en|l|mon? de|l? l? apprentissage|alternance|apprenti|apprentie")},
	{Intermittent, compile(
		"intermittent|intermittente|intermittents|intermittentes",
		"intermittence",
	), nil},
	{FixedTerm, compile(
		"cdd",
		"contrat a duree determinee",
		"fixed term",
	), nil},
	{Interim, compile(
		"interim|interimaire|interimaires",
		"temp agency|temping",
	), nil},
	{InTraining, compile(
		"en|une formation qualifiante|professionnelle|continue|diplomante|certifiante|actuellement?",
		"suis|etre|actuellement en formation",
		"stagiaire de la formation",
		"suis|etre|actuellement|toujours au|en college|lycee|cap|bts|iut|fac|universite|ecole|apprentissage|etudes",
		"in training",
	), compile("cherche|chercher|trouver|recherche|veux|voudrais|souhaite|aimerais|envie|faire|suivre|reprendre une? formation")},
	{PermanentJob, compile(
		"cdi",
		"contrat a duree indeterminee",
		"permanent contract",
	), nil},
	{SchoolPupil, compile(
		"au|en college|collegien|collegienne|lycee|lyceen|lyceenne|3e|3eme|troisieme|4e|4eme|quatrieme|seconde|2nde",
		"in school|high school|middle school",
	), nil},
}

var situationIndex = func() *specIndex {
	pos := make([]*phrases, len(situationSpecs))
	neg := make([]*phrases, len(situationSpecs))
	for i, sp := range situationSpecs {
		pos[i], neg[i] = sp.pos, sp.neg
	}
	return newSpecIndex(pos, neg)
}()

// Situations returns the situations a message states, in the order of the
// constants above, without duplicates. A wish (« je cherche un
// apprentissage ») and a future (« je pars à la retraite dans deux ans »)
// are not stated situations.
func Situations(text string) []Situation { return Fold(text).Situations() }

// Situations is Situations on a message folded once for the turn.
func (t Text) Situations() []Situation {
	w, wp := t.words()
	defer putWords(wp)
	if len(w) == 0 {
		return nil
	}
	found := situationIndex.matched(w)
	if found == 0 {
		return nil
	}
	var out []Situation
	for i, sp := range situationSpecs {
		if found&(1<<i) != 0 {
			out = append(out, sp.s)
		}
	}
	// « je ne sais pas » is an answer on its own, not a part of a longer
	// description (« je ne sais pas si je peux… » is caught by neg).
	if len(w) > 8 {
		out = remove(out, DontKnow)
	}
	return out
}

// Has reports whether s is in list.
func Has(list []Situation, s Situation) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func remove(list []Situation, s Situation) []Situation {
	out := list[:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// Other returns the first « Autre situation » the message states (retired,
// ESAT, sick leave, military, parental leave, at home, don't know), or "".
func Other(text string) Situation { return Fold(text).Other() }

// Other is Other on a message folded once for the turn.
func (t Text) Other() Situation {
	for _, s := range t.Situations() {
		switch s {
		case Retired, ESAT, SickLeave, Military, ParentalLeave, AtHome, Detention, DontKnow:
			return s
		}
	}
	return ""
}
