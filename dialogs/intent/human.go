package intent

// Human phrases: a person asks to talk to a person. Each phrase stands on
// its own; « conseiller » alone is handled apart because it is also a job
// title (« devenir conseiller bancaire »).
var humanPhrases = compile(
	// French: a human, a real person, not a robot.
	"humain|humaine|humains",
	"vraie|vrai|veritable personne|personnes",
	"personne|etre reelle|reel|physique|humaine",
	"pas|plutot|non un|une|a|avec|de? robot|robots|machine|bot|ia|chatbot|automate",
	"parler|discuter|echanger|causer a|avec un|une|des|quelqu|le|la|l|mon|ma|votre|vos? vrai|vraie? personne|quelqu|agent|agents|conseiller|conseillere|conseillers|conseilleres|humain|humaine|interlocuteur|interlocutrice|operateur|operatrice|standard|accueil|referent|referente|professionnel|professionnelle|gens",
	"parler|discuter|echanger de vive voix",
	"voir|rencontrer|contacter|joindre|avoir|appeler|telephoner a? un|une|le|la|quelqu|mon|ma|votre conseiller|conseillere|personne|agent|referent|referente|interlocuteur|interlocutrice|humain|un",
	"quelqu un de? reel|vrai|physique|qui|pour|peut|puisse|pourrait|au",
	"besoin|envie d|de quelqu un",
	"avoir|voir quelqu un",
	"etre|me rappele|rappelee|rappeler|recontacte|recontactee|recontacter",
	"rappelez|recontactez|appelez|telephonez|contactez moi|nous",
	"me|m rappeler|rappelle|rappeliez|appeler|appelle|appeliez|appelliez|telephoner|recontacter|contacter",
	"vous|peux|puis|veux|voudrais|pourrais|aimerais|souhaite|prefere|prefererais appeler|telephoner|joindre",
	"telephoner|telephonez",
	"un|une|votre|quel|quelle|le numero|numero|tel|telephone pour|a? vous? joindre|appeler|contacter|telephoner",
	"votre|vos numero|numeros|telephone|tel|coordonnees",
	"un|le numero de|a telephone|appeler",
	"assistance humaine",
	"vrai|vraie|veritable conseiller|conseillere|humain|humaine|interlocuteur",
	"en relation|contact avec un|une|le|la? conseiller|conseillere|personne|humain|quelqu|agent",
	"qu|que on|l me|m rappelle|appelle|telephone|recontacte",
	// English.
	"human|humans|person|someone|somebody|agent|advisor|adviser|counsellor|counselor|operator to|with? talk|speak",
	"talk|speak|chat to|with a|an|someone|somebody|real|human|person|agent|advisor|adviser|counsellor|counselor|operator",
	"real|actual person|human|people",
	"not a? robot|bot|machine",
	"call|phone|ring me",
	"can|could i call|phone|ring",
	"your phone? number",
)

// humanWords are messages that are a request for a human on their own.
var humanAlone = compile(
	"un|une|le|la|mon? conseiller|conseillere|conseillers|humain|humaine|operateur|operatrice|standard|human|person|someone|somebody|advisor|adviser",
	"je|j veux|voudrais|souhaite|aimerais|demande un|une|quelqu? conseiller|conseillere|humain|humaine|operateur|un|personne",
	"un|une|le|la? conseiller|conseillere|humain|humaine|quelqu un? svp|merci|stp|please|vite",
	"il? y a quelqu un|personne",
	"rappel|rappelez|appelez|rappellez moi? svp|stp|merci|please",
	"allo|allô",
)

// advisorWants: a wish for an advisor (« je veux un conseiller », « j'ai
// besoin d'une conseillère ») unless it names a job (« devenir conseiller »,
// « conseiller bancaire »).
var advisorWants = compile(
	"veux|voudrais|voudrai|souhaite|souhaiterais|aimerais|aimerai|demande|besoin|cherche|prefere|faut|peut|pouvez|pourriez|puis un|une|d|l|le|la|mon|ma|votre|parler? un|une|d|l|le|la|mon|ma|votre? conseiller|conseillere|conseillers|conseilleres|interlocuteur|interlocutrice|agent",
)

// advisorJob: what makes « conseiller » a job or a project rather than a
// person to talk to.
var advisorJobBefore = map[string]bool{
	"devenir": true, "etre": true, "suis": true, "etais": true, "comme": true, "metier": true,
	"poste": true, "emploi": true, "formation": true, "travaille": true, "travaillais": true,
	"ancien": true, "ancienne": true, "deviens": true, "reconvertir": true, "job": true,
}

var advisorJobAfter = map[string]bool{
	"en": true, "de": true, "d": true, "du": true, "des": true, "bancaire": true, "clientele": true, "commercial": true,
	"commerciale": true, "financier": true, "financiere": true, "vente": true, "vendeur": true, "principal": true,
	"municipal": true, "municipale": true, "technique": true, "funeraire": true, "immobilier": true, "immobiliere": true,
	"pedagogique": true, "conjugal": true, "conjugale": true, "insertion": true, "emploi": true, "assurance": true,
	"patrimonial": true, "patrimoniale": true, "client": true, "beaute": true, "voyage": true, "voyages": true,
}

// humanNeg are phrases that contain a human phrase but mean something else.
var humanNeg = compile(
	"je|j m|me appelle|appelais|appelait",
	"vous|il|elle|on|ils m|me appelle|appellent|appelait|appelaient|rappelle|rappellent",
	"appelez moi par? mon|par",
	"travailler|travaille|bosser|emploi|metier|poste avec|aupres des? gens|personnes|humains|public",
	"ressources humaines",
	"sciences humaines",
	"personne ne|n",
	"travail|metier|relation|relations|contact|aide humain|humaine|humains|humaines",
)

// Human reports whether the message asks to talk to a person: « je veux
// parler à un humain », « une vraie personne », « pas un robot », « je veux
// un conseiller », « vous pouvez m'appeler ? », « talk to a human ».
// « je veux devenir conseiller » or « conseiller bancaire » is not a
// request for a human.
func Human(text string) bool { return Fold(text).Human() }

// Human is Human on a message folded once for the turn.
func (t Text) Human() bool {
	w, wp := t.words()
	defer putWords(wp)
	if len(w) == 0 {
		return false
	}
	if len(w) <= 6 {
		// a whole-message match takes w[0] in one of the positions a
		// match can begin with: only the phrases indexed under it can
		// match (the others were tried on every short message)
		for _, k := range humanAlone.candidates(w[0]) {
			if humanAlone.list[k].matchAt(w, 0) == len(w) {
				return true
			}
		}
	}
	for _, s := range find(humanPhrases, w) {
		if covered(humanNeg, w, s) || jobNear(w, s, false) {
			continue
		}
		return true
	}
	for _, s := range find(advisorWants, w) {
		if jobNear(w, s, true) || covered(humanNeg, w, s) {
			continue
		}
		return true
	}
	return false
}

// jobNear reports whether « conseiller » in the span is a job: preceded by
// « devenir », « être », « comme »…, or, with after, followed by « en »,
// « de », « bancaire »… (« parler à un conseiller en évolution
// professionnelle » is still a request: the verb says it).
func jobNear(w []string, s span, after bool) bool {
	for i := s.start; i < s.end; i++ {
		if !isAdvisor(w[i]) {
			continue
		}
		if after && i+1 < len(w) && advisorJobAfter[w[i+1]] {
			return true
		}
		for j := max(0, s.start-3); j < i; j++ {
			if advisorJobBefore[w[j]] {
				return true
			}
		}
	}
	return false
}

func isAdvisor(s string) bool {
	switch s {
	case "conseiller", "conseillere", "conseillers", "conseilleres", "agent", "agents", "advisor", "adviser":
		return true
	}
	return false
}
