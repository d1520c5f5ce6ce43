package intent

import (
	"regexp"
	"strings"
)

// The request analysis reads French. For a visitor writing in English,
// ToFrench restates the usual facts of a message in plain French so that
// the analysis finds them: status, age, place, disability, project. It is
// not a translation: what it does not know is left out.

type enRule struct {
	re *regexp.Regexp
	fr string // replacement; $1 refers to the first group
}

var enRules = []enRule{
	{regexp.MustCompile(`(?i)\b(?:i am|i'm|im)\s+(\d{1,2})\b|\b(\d{1,2})\s*(?:years?|yrs?)\s*old\b|\baged?\s+(\d{1,2})\b`), "j'ai $1$2$3 ans"},
	{regexp.MustCompile(`(?i)\b(?:unemployed|jobless|out of work|job ?seeker|looking for (?:a )?(?:job|work)|lost my job|laid off|between jobs|no job|searching for (?:a )?job|want to work again)\b`), "je suis au chômage"},
	{regexp.MustCompile(`(?i)\b(?:civil servant|public servant|public sector|work for the (?:state|city|council|government)|public employee|state employee|teacher in a state school)\b`), "je suis fonctionnaire"},
	{regexp.MustCompile(`(?i)\b(?:self[- ]employed|freelance(?:r)?|own (?:my own )?business|run my (?:own )?(?:business|company)|entrepreneur|sole trader)\b`), "je suis indépendant"},
	{regexp.MustCompile(`(?i)\b(?:private[- ]sector employee|employee|i work (?:for|in|at) (?:a|an|the)? ?(?:private )?(?:company|firm|shop|store|factory|restaurant|hotel|bank|business)|i am employed|i'm employed|permanent contract|work in a (?:shop|store|factory|restaurant|hotel))\b`), "je suis salarié du privé"},
	{regexp.MustCompile(`(?i)\b(?:student|at university|at college|studying)\b`), "je suis étudiant"},
	{regexp.MustCompile(`(?i)\b(?:manager|executive)\b`), "je suis cadre"},
	{regexp.MustCompile(`(?i)\b(?:disabled|disability|handicapped|rqth)\b`), "j'ai une RQTH"},
	{regexp.MustCompile(`(?i)\bno disability\b|\bnot disabled\b`), "je n'ai pas de handicap"},
	{regexp.MustCompile(`(?i)\bretired\b`), "je suis retraité"},
	{regexp.MustCompile(`(?i)\b(?:change careers?|career change|retrain|new career|change (?:my )?job)\b`), "je veux me reconvertir"},
	{regexp.MustCompile(`(?i)\b(?:training|a course|learn a new trade)\b`), "je veux une formation"},
	{regexp.MustCompile(`(?i)\b(?:start (?:a|my own) (?:business|company))\b`), "je veux créer mon entreprise"},
	{regexp.MustCompile(`\b(?:[Ll]ive|[Ll]iving|[Bb]ased|[Ll]ives|[Ww]ork|[Ww]orking) (?:in|near|at) ([A-ZÀ-Ý][\p{L}'-]+(?:[ -][A-ZÀ-Ý][\p{L}'-]+)*)`), "j'habite à $1"},
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
}

// ToFrench returns the French statements of the facts an English message
// gives (« I am 35, unemployed, I live in Lyon » → « j'ai 35 ans. je suis
// au chômage. j'habite à Lyon »), or "" when it finds none. Numbers and
// place names alone are returned as they are.
func ToFrench(text string) string {
	if len(text) > 4096 {
		text = text[:4096]
	}
	var out []string
	for _, r := range enNegations {
		for _, m := range r.re.FindAllStringSubmatchIndex(text, 2) {
			out = append(out, string(r.re.ExpandString(nil, r.fr, text, m)))
		}
		text = r.re.ReplaceAllString(text, " ")
	}
	for _, r := range enRules {
		for _, m := range r.re.FindAllStringSubmatchIndex(text, 2) {
			out = append(out, string(r.re.ExpandString(nil, r.fr, text, m)))
		}
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, ". ")
}
