package intent

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

// The request analysis reads French. For a visitor writing in English,
// ToFrench restates the usual facts of a message in plain French so that
// the analysis finds them: status, age, place, disability, project. It is
// not a translation: what it does not know is left out.

type enRule struct {
	re *regexp.Regexp
	fr string // replacement; $1 refers to the first group
}

var enRules = append(enRulesBase, occupationRules()...)

var enRulesBase = []enRule{
	{regexp.MustCompile(`(?i)\b(?:i am|i'm|im)\s+(\d{1,2})\b|\b(\d{1,2})\s*(?:years?|yrs?)\s*old\b|\baged?\s+(\d{1,2})\b`), "j'ai $1$2$3 ans"},
	// A relative's age: « my son is 19 » (the questions are about them;
	// the analysis reads the first person).
	{regexp.MustCompile(`(?i)\b(?:he|she|son|daughter|husband|wife|partner|brother|sister|child|kid|boy|girl|mother|mum|mom|father|dad) is (\d{2})\b(?:\s*(?:years? old|yo))?(?:[ ,.;!]|$)`), "j'ai $1 ans"},
	// The branch a public workplace names, restated so that the analysis
	// settles it too (the general rule below still says « fonctionnaire »).
	{regexp.MustCompile(`(?i)\b(?:(?:at|in|for) (?:a|the) (?:public|state|university) hospital|public hospital)\b`), "je travaille à l'hôpital public"},
	// « at the hospital » with no adjective: a public hospital mostly, as
	// « à l'hôpital » weighs in French (employers.go, weight 3); « a
	// private hospital » is read by the private rule below.
	{regexp.MustCompile(`(?i)\b(?:at|in|for) (?:the|a) (?:local |general |city |town |regional )?hospital\b`), "je travaille à l'hôpital"},
	{regexp.MustCompile(`(?i)\bteach(?:er|ing)? (?:at|in) (?:a|the) (?:public|state) (?:school|high school|secondary school|primary school|college)\b`), "je suis professeur dans une école publique"},
	{regexp.MustCompile(`(?i)\b(?:town hall|city hall|(?:city|town|municipal|local|parish) council|municipality)\b`), "je travaille à la mairie"},
	// a département's or a région's council: territorial too (CGFP L4)
	{regexp.MustCompile(`(?i)\b(?:county|departmental|regional) council\b|\blocal authority\b`), "je travaille pour une collectivité"},
	{regexp.MustCompile(`(?i)\bprefecture\b`), "je travaille à la préfecture"},
	// A public workplace names a public employee; the occupation alone
	// (« I am a nurse », « a teacher ») stays ambiguous, as in French.
	{regexp.MustCompile(`(?i)\b(?:(?:at|in|for) (?:a|the) (?:public|state) (?:school|hospital|high school|college|university|administration|service|body)|public (?:hospital|school|administration|service)|state school|tax office|town hall|city hall|prefecture|work for the (?:ministry|region|department|county|town|municipality))\b`), "je suis fonctionnaire"},
	{regexp.MustCompile(`(?i)\b(?:made redundant|been redundant|redundancy|(?:looking|searching|hunting|look|search) for (?:a |some )?(?:job|work|employment)|search(?:ing)? (?:a )?(?:job|work)|seeking (?:a )?(?:job|work|employment)|registered (?:with|at) (?:france travail|p[oô]le emploi))\b`), "je suis au chômage"},
	{regexp.MustCompile(`(?i)\b(?:private (?:company|firm|business|sector|employer|clinic|hospital)|employed (?:by|in|at|full[- ]time|part[- ]time|on)|(?:in|at|for) (?:a|an) (?:[\pL-]+ ){0,2}(?:company|firm|startup|start-up|supermarket|shop|store|factory|warehouse|bank|restaurant|hotel|agency|plant|bakery|garage|salon|caf[eé]|bar|retailer|chain|call cent(?:re|er)|clinic))`), "je suis salarié du privé"},
	{regexp.MustCompile(`(?i)\b(?:(?:have|own|run) (?:my|our|a) (?:own )?(?:small |little |family )?(?:company|business|firm|shop|farm)|my own (?:company|business)|selfemployed)\b`), "je suis indépendant"},
	{regexp.MustCompile(`(?i)\b(?:in|near|at|postcode|post code|zip(?: code)?|postal code)\s*:?\s*(\d{5})\b`), "code postal $1"},
	{regexp.MustCompile(`(?i)\b(?:unemployed|jobless|out of work|job ?seeker|looking for (?:a )?(?:job|work)|lost my job|laid off|between jobs|no job|searching for (?:a )?job|want to work again|needs? (?:a |some )?(?:job|work)|(?:find|get) (?:a |some )?(?:job|work))\b`), "je suis au chômage"},
	{regexp.MustCompile(`(?i)\b(?:civil servant|public servant|public sector|work for the (?:state|city|council|government)|(?:regional|county|departmental|municipal|city|town) council|local authority|public employee|state employee|teacher in a state school)\b`), "je suis fonctionnaire"},
	{regexp.MustCompile(`(?i)\b(?:self[- ]employed|freelance(?:r)?|own (?:my own )?business|run my (?:own )?(?:business|company)|entrepreneur|sole trader)\b`), "je suis indépendant"},
	{regexp.MustCompile(`(?i)\b(?:private[- ]sector employee|employee|i work (?:for|in|at) (?:a|an|the)? ?(?:private )?(?:company|firm|shop|store|factory|restaurant|hotel|bank|business)|i am employed|i'm employed|permanent contract|work in a (?:shop|store|factory|restaurant|hotel))\b`), "je suis salarié du privé"},
	// A non-profit's staff are private-law employees (associations, loi du
	// 1er juillet 1901; code du travail L1111-1), as « une association »
	// is in French.
	{regexp.MustCompile(`(?i)\b(?:non[- ]?profit|not[- ]for[- ]profit|charity|ngo|voluntary (?:organi[sz]ation|sector))\b`), "je suis salarié d'une association"},
	{regexp.MustCompile(`(?i)\b(?:student|at university|at college|studying)\b`), "je suis étudiant"},
	{regexp.MustCompile(`(?i)\b(?:manager|executive)\b`), "je suis cadre"},
	{regexp.MustCompile(`(?i)\b(?:disabled|disability|handicapped|rqth)\b`), "j'ai une RQTH"},
	{regexp.MustCompile(`(?i)\bno disability\b|\bnot disabled\b`), "je n'ai pas de handicap"},
	{regexp.MustCompile(`(?i)\bretired\b`), "je suis retraité"},
	{regexp.MustCompile(`(?i)\b(?:change careers?|career change|retrain|new career|change (?:my )?job)\b`), "je veux me reconvertir"},
	{regexp.MustCompile(`(?i)\b(?:training|a course|learn a new trade)\b`), "je veux une formation"},
	{regexp.MustCompile(`(?i)\b(?:start (?:a|my own) (?:business|company))\b`), "je veux créer mon entreprise"},
	// The home is said first, so that the analysis takes it over a
	// workplace (« I work in Paris but I live in Lille » lives in Lille).
	{regexp.MustCompile(`\b(?:[Ll]ive|[Ll]iving|[Bb]ased|[Ll]ives) (?:in|near|at) ([A-ZÀ-Ý][\p{L}'-]+(?:[ -][A-ZÀ-Ý][\p{L}'-]+)*)`), "j'habite à $1"},
	{regexp.MustCompile(`\b(?:[Ww]ork|[Ww]orking) (?:in|near|at) ([A-ZÀ-Ý][\p{L}'-]+(?:[ -][A-ZÀ-Ý][\p{L}'-]+)*)`), "je travaille à $1"},
	{regexp.MustCompile(`\b(?:[Ii]n|[Nn]ear|[Ff]rom) ([A-ZÀ-Ý][\p{L}'-]+(?:[ -][A-ZÀ-Ý][\p{L}'-]+)*)`), "j'habite à $1"},
	{regexp.MustCompile(`(?i)\b(?:postcode|post code|zip(?: code)?)\s*:?\s*(\d{5})\b`), "code postal $1"},
}

// enNegations are read first and blanked out, so that « not a manager »
// is never read as « manager ».
var enNegations = []enRule{
	{regexp.MustCompile(`(?i)\b(?:not|never been|no longer) (?:a |an )?(?:manager|executive)\b`), "je ne suis pas cadre"},
	{regexp.MustCompile(`(?i)\b(?:not disabled|no disability|don't have (?:a|any) disability|do not have (?:a|any) disability)\b`), "je n'ai pas de handicap"},
	{regexp.MustCompile(`(?i)\b(?:don't|do not|doesn't|does not) have (?:a )?(?:job|work)\b|\bnot working\b|\bno work\b`), "je suis au chômage"},
	{regexp.MustCompile(`(?i)\b(?:he|she|they) (?:is|are|'s) (\d{1,2})\b`), "j'ai $1 ans"},
	// The workplace of a lost job is no present employer: « I lost my
	// job at a supermarket » is a job seeker, not a private employee.
	{regexp.MustCompile(`(?i)\b(?:lost my job|laid off|made redundant|fired|dismissed)(?: (?:last|this|in) \pL+)? (?:at|in|for|from|by) (?:a|an|the|my) [\pL-]+`), "je suis au chômage"},
	{regexp.MustCompile(`(?i)\b(?:used to work|worked|previously worked|formerly worked)(?: as an? \pL+| (?:for )?\d+ years?)? (?:at|in|for) (?:a|an|the) [\pL-]+`), ""},
	// Volunteering at a non-profit is no employment (« I volunteer for a
	// charity »).
	{regexp.MustCompile(`(?i)\b(?:volunteer(?:ing|s)?|volunteered) (?:at|for|in|with) (?:a|an|the|my) (?:non[- ]?profit|not[- ]for[- ]profit|charity|ngo)\b`), ""},
	// A business to start is a project, not the visitor's status.
	{regexp.MustCompile(`(?i)\b(?:start|create|set up|open|launch)(?:ing)? (?:a|my|my own|our own|our) (?:small )?(?:business|company|firm|shop)\b`), "je veux créer mon entreprise"},
}

// ToFrench returns the French statements of the facts an English message
// gives (« I am 35, unemployed, I live in Lyon » → « j'ai 35 ans. je suis
// au chômage. j'habite à Lyon »), or "" when it finds none. Numbers and
// place names alone are returned as they are.
func ToFrench(text string) string {
	if len(text) > 4096 {
		cut := 4096
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	text = selfEmployed.ReplaceAllString(text, "selfemployed")
	var out []string
	for _, r := range enNegations {
		for _, m := range r.re.FindAllStringSubmatchIndex(text, 2) {
			if r.fr != "" {
				out = append(out, string(r.re.ExpandString(nil, r.fr, text, m)))
			}
		}
		text = r.re.ReplaceAllString(text, " ")
	}
	for _, r := range enRules {
		for _, m := range r.re.FindAllStringSubmatchIndex(text, 2) {
			out = append(out, string(r.re.ExpandString(nil, r.fr, text, m)))
		}
	}
	out = append(out, bareFacts(text, out)...)
	if len(out) > 0 || frenchTermDenied(text) {
		// Only when the restatement is used: a message with no English
		// fact goes to the analysis as written, which reads its French.
		out = append(out, frenchTerms(text)...)
	}
	if len(out) == 0 {
		return ""
	}
	seen := map[string]bool{}
	uniq := out[:0]
	for _, s := range out {
		if !seen[s] {
			seen[s] = true
			uniq = append(uniq, s)
		}
	}
	return strings.Join(uniq, ". ")
}

// frTerms are the French administrative words that visitors writing in
// English keep untranslated (« I'm a fonctionnaire », « I'm au chômage »):
// the restatement dropped them, so the status was lost and asked again.
// Each is restated as « je suis » + its complement (folded key → complement).
// Longer keys come first: « fonction publique hospitaliere » settles the
// branch before « fonction publique ».
var frTerms = []struct{ key, fr string }{
	{"fonction publique hospitaliere", "dans la fonction publique hospitalière"},
	{"fonction publique territoriale", "dans la fonction publique territoriale"},
	{"fonction publique d etat", "dans la fonction publique d'État"},
	{"fonction publique de l etat", "dans la fonction publique d'État"},
	{"fonction publique", "fonctionnaire"},
	{"fonctionnaire", "fonctionnaire"},
	{"agent public", "agent public"},
	{"au chomage", "au chômage"},
	{"chomage", "au chômage"},
	{"chomeur", "au chômage"},
	{"chomeuse", "au chômage"},
	{"demandeur d emploi", "demandeur d'emploi"},
	{"demandeuse d emploi", "demandeur d'emploi"},
	{"au rsa", "au RSA"},
	{"auto entrepreneur", "auto-entrepreneur"},
	{"autoentrepreneur", "auto-entrepreneur"},
	{"micro entrepreneur", "micro-entrepreneur"},
	{"profession liberale", "en profession libérale"},
	{"intermittent du spectacle", "intermittent du spectacle"},
	{"intermittente du spectacle", "intermittent du spectacle"},
	{"intermittent", "intermittent du spectacle"},
	{"intermittente", "intermittent du spectacle"},
	{"cdi", "en CDI"},
	{"cdd", "en CDD"},
	{"interimaire", "intérimaire"},
	{"salarie", "salarié"},
	{"salariee", "salarié"},
	{"commercant", "commerçant"},
	{"commercante", "commerçant"},
	{"agriculteur", "agriculteur"},
	{"agricultrice", "agriculteur"},
	{"exploitant agricole", "agriculteur"},
	{"esat", "en ESAT"},
	{"travailleur handicape", "travailleur handicapé"},
	{"travailleuse handicapee", "travailleur handicapé"},
	{"invalidite", "en invalidité"},
}

// frTermNeg and frTermPast mark, in the words of the same clause before
// the term, a denial (« I'm not a fonctionnaire ») or a past (« I was au
// chômage last year »): restated as such, the analysis reads them rightly.
var (
	frTermNeg  = regexp.MustCompile(`\b(?:not|no longer|no more|never|isn t|aren t|don t)\b`)
	frTermPast = regexp.MustCompile(`\b(?:was|were|used to|former|formerly|previously|ex)\b`)
)

// frenchTerms restates the French administrative words of an English
// message, clause by clause (one term per clause, the longest).
func frenchTerms(text string) []string {
	var out []string
	for _, part := range enParts.Split(text, -1) {
		key := " " + geo.Key(part) + " "
		for _, t := range frTerms {
			i := strings.Index(key, " "+t.key+" ")
			if i < 0 {
				continue
			}
			before := key[:i]
			switch {
			case frTermNeg.MatchString(before):
				out = append(out, "je ne suis pas "+t.fr)
			case frTermPast.MatchString(before):
				out = append(out, "j'étais "+t.fr)
			default:
				out = append(out, "je suis "+t.fr)
			}
			break
		}
	}
	return out
}

// frenchTermDenied says a French term is denied or past in an English
// message: then the restatement is used even without any English fact, so
// that the raw text (« I'm not a fonctionnaire ») is never read as French
// without its English negation.
func frenchTermDenied(text string) bool {
	for _, s := range frenchTerms(text) {
		if !strings.HasPrefix(s, "je suis ") {
			return true
		}
	}
	return false
}

var (
	selfEmployed = regexp.MustCompile(`(?i)\bself[- ]employed\b`)
	// A message is cut at its punctuation and « and » into parts; a part
	// that is a number alone or a capitalised name alone is read below.
	enParts    = regexp.MustCompile(`[,;.!?()\n]+|\s+and\s+`)
	bareNumber = regexp.MustCompile(`^\d{2}$`)
	bareName   = regexp.MustCompile(`^[A-ZÀ-Ý][\p{L}'-]+(?:[ -][A-ZÀ-Ý][\p{L}'-]+){0,3}$`)
)

// notPlaces are capitalised words that stand alone in a message and are no
// place (greetings, signatures, acronyms the analysis reads itself).
var notPlaces = map[string]bool{
	"hello": true, "hi": true, "hey": true, "thanks": true, "thank you": true,
	"regards": true, "best regards": true, "yes": true, "no": true, "ok": true,
	"okay": true, "please": true, "i": true, "rqth": true, "bonjour": true,
	"merci": true, "good morning": true, "good evening": true, "sorry": true,
	"france travail": true, "apec": true, "cap emploi": true, "mission locale": true,
}

// bareFacts reads the parts of a message that are a fact said without
// words around it, as English speakers list them (« a nurse, 33, Nancy »):
// a number alone from 16 to 79 is an age, a capitalised name alone a
// place — each only when no sentence of the message already gave one
// (found holds the French statements read so far).
func bareFacts(text string, found []string) []string {
	hasAge, hasPlace := false, false
	for _, f := range found {
		hasAge = hasAge || strings.HasSuffix(f, " ans") && strings.HasPrefix(f, "j'ai ")
		hasPlace = hasPlace || strings.HasPrefix(f, "j'habite à ") || strings.HasPrefix(f, "code postal ")
	}
	var out []string
	for _, part := range enParts.Split(text, -1) {
		part = strings.TrimSpace(part)
		switch {
		case !hasAge && bareNumber.MatchString(part):
			if n := int(part[0]-'0')*10 + int(part[1]-'0'); n >= 16 && n <= 79 {
				out = append(out, "j'ai "+part+" ans")
				hasAge = true
			}
		case !hasPlace && bareName.MatchString(part) && !notPlaces[strings.ToLower(part)]:
			out = append(out, "j'habite à "+part)
			hasPlace = true
		}
	}
	return out
}

// bothSectorJobs are occupations of both the public service and private
// employers (dialogs/analysis bothSectors), English → French. Said of the
// writer they are restated so that the analysis asks whether the employer
// is public or private, as it does for « je suis infirmière ».
var bothSectorJobs = []struct{ en, fr string }{
	{"school nurse", "infirmier scolaire"}, {"nurse", "infirmier"}, {"nursing assistant", "aide-soignant"}, {"care assistant", "aide-soignant"},
	{"teacher", "enseignant"}, {"secretary", "secrétaire"}, {"accountant", "comptable"},
	{"psychologist", "psychologue"}, {"social worker", "assistant social"}, {"librarian", "bibliothécaire"},
	{"engineer", "ingénieur"}, {"technician", "technicien"}, {"youth worker", "animateur"},
	{"cook", "cuisinier"}, {"gardener", "jardinier"}, {"trainer", "formateur"}, {"midwife", "sage-femme"},
}

// occupationRules read « I'm a nurse », « I work as a teacher », or an
// answer that starts with the occupation (« a nurse, 33, Nancy »); a
// relative's occupation (« my wife is a nurse ») is not the writer's.
func occupationRules() []enRule {
	var out []enRule
	for _, j := range bothSectorJobs {
		re := regexp.MustCompile(`(?i)(?:\b(?:i am|i'm|im|i work as|working as|work as|job as)\s+|^\s*)(?:a |an )?(?:(?:trained|qualified|registered|night|staff|senior|junior) )?` + j.en + `s?\b`)
		out = append(out, enRule{re: re, fr: "je suis " + j.fr})
	}
	return out
}
