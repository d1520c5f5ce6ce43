package texts

// French grammar and typography helpers: elision and contraction of « de »
// and « à » before a name, the article of an operator's name, dates and
// times, lists, plurals and numbers. Every French sentence built from a
// variable part goes through them, so « de Orléans » or « à le Mans » cannot
// be written by hand again.

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// NNBSP is the narrow no-break space (U+202F) French typography puts
// between thousands.
const NNBSP = "\u202f"

// hMuet lists the names starting with a silent h that take an elision
// (« d'Hyères », « de l'Hérault »). Every other h is treated as aspirated
// (« de Haguenau », « de la Haute-Garonne »): a name missing from this list
// reads « de Hxxx », which is understandable, whereas a wrong elision is not.
// Keys are lower case, accents kept; a name matches when it starts with a
// key followed by the end, a space or a hyphen.
var hMuet = []string{
	"hérault", "hyères", "hénin-beaumont", "hendaye", "hennebont", "hazebrouck",
	"héricourt", "hôpital", "hôtel", "habitat", "handicap",
}

// De is « de » before a name, elided or contracted: De("Orléans") is
// « d'Orléans », De("Lyon") « de Lyon », De("Le Havre") « du Havre »,
// De("Les Ulis") « des Ulis », De("la Mission locale") « de la Mission
// locale », De("l'Apec") « de l'Apec ».
func De(name string) string { return prep(name, "de ", "d'", "du ", "des ") }

// A is « à » before a name, contracted: A("Le Mans") is « au Mans »,
// A("Les Ulis") « aux Ulis », A("Lyon") « à Lyon », A("l'Apec") « à l'Apec ».
func A(name string) string { return prep(name, "à ", "à ", "au ", "aux ") }

func prep(name, plain, elided, masc, plural string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return strings.TrimSpace(plain)
	}
	if rest, ok := cutWord(name, "les"); ok {
		return plural + rest
	}
	if rest, ok := cutWord(name, "le"); ok {
		return masc + rest
	}
	if startsWithVowelSound(name) && plain != elided {
		return elided + name
	}
	return plain + name
}

// cutWord removes a leading article word (any case) followed by a space.
func cutWord(s, word string) (string, bool) {
	if len(s) > len(word)+1 && strings.EqualFold(s[:len(word)], word) && s[len(word)] == ' ' {
		return strings.TrimLeft(s[len(word)+1:], " "), true
	}
	return s, false
}

// startsWithVowelSound tells whether a word takes an elision: a vowel
// (accented or not, y included) or a silent h from hMuet. A name starting
// with « l' » or « la » does not: « de l'Apec », « de la Réunion ».
func startsWithVowelSound(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch unicode.ToLower(baseLetter(r)) {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	case 'h':
		low := strings.ToLower(s)
		for _, h := range hMuet {
			if strings.HasPrefix(low, h) && (len(low) == len(h) || low[len(h)] == ' ' || low[len(h)] == '-') {
				return true
			}
		}
	}
	return false
}

// baseLetter strips the accent of the vowels French uses at the start of a
// word; other runes are returned as they are.
func baseLetter(r rune) rune {
	switch unicode.ToLower(r) {
	case 'à', 'â', 'ä':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'î', 'ï':
		return 'i'
	case 'ô', 'ö':
		return 'o'
	case 'ù', 'û', 'ü':
		return 'u'
	case 'ÿ':
		return 'y'
	}
	return r
}

// operatorArticles gives the article of an operator's name from its first
// word (lower case). A name whose first word is not here is a proper name
// used without article, like « France Travail », « Cap emploi » or
// « Transitions Pro ».
var operatorArticles = map[string]string{
	"apec":        "l'",
	"agence":      "l'",
	"antenne":     "l'",
	"association": "l'",
	"espace":      "l'",
	"mission":     "la ",
	"missions":    "les ",
	"maison":      "la ",
	"cité":        "la ",
	"plateforme":  "la ",
	"plate-forme": "la ",
	"rectorat":    "le ",
	"direction":   "la ",
	"centre":      "le ",
	"cibc":        "le ",
	"service":     "le ",
	"point":       "le ",
	"bureau":      "le ",
	"réseau":      "le ",
}

// The is an operator's name with its definite article: The("Apec") is
// « l'Apec », The("Mission locale de Rouen") « la Mission locale de Rouen »,
// The("France Travail") « France Travail ». A name that already starts with
// an article is returned as it is. Combine with De and A:
// A(The("Mission locale de Rouen")) is « à la Mission locale de Rouen ».
func The(name string) string {
	name = strings.TrimSpace(name)
	first, _, _ := strings.Cut(name, " ")
	low := strings.ToLower(first)
	switch {
	case low == "le" || low == "la" || low == "les" || strings.HasPrefix(low, "l'"):
		return name
	}
	return operatorArticles[low] + name
}

// PluralName reports a name with its article in the plural (« les Missions
// locales »), for the verb to agree with it.
func PluralName(titled string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(titled), " ")
	return strings.EqualFold(first, "les")
}

// UpperFirst capitalises the first letter: « l'Apec » becomes « L'Apec »
// at the start of a sentence.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	b.WriteRune(unicode.ToUpper(r))
	b.WriteString(s[n:])
	return b.String()
}

var (
	weekdays = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	months   = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
)

// Weekday is the French name of a day of the week, « mardi ».
func Weekday(d time.Weekday) string { return weekdays[d] }

// Month is the French name of a month, « décembre ».
func Month(m time.Month) string { return months[m-1] }

// Day is a date without the time, « mardi 1er décembre », with the year
// only when it is not the year of now (« jeudi 7 janvier 2027 »). t is read
// in its own location; now is taken to that location first.
func Day(t, now time.Time) string { return string(appendDay(make([]byte, 0, 32), t, now)) }

// DayYear is a date with its year, for staff: « mardi 1er décembre 2026 ».
func DayYear(t time.Time) string { return dayMonth(t) + " " + strconv.Itoa(t.Year()) }

func dayMonth(t time.Time) string { return string(appendDayMonth(make([]byte, 0, 32), t)) }

// The appenders build a date in one buffer: dates are in most questions of
// the booking steps, and each « + » was an allocation.
func appendDayMonth(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	return appendYMD(b, y, m, d)
}

// appendYMD is appendDayMonth of a date already read: each of t's
// Weekday, Day, Month, Year, Hour, Minute reads t's zone again (a search in
// the zone's transitions for a date outside the period cached at start),
// and a slot line asked for ten of them.
func appendYMD(b []byte, y int, m time.Month, d int) []byte {
	// the weekday of the civil date, computed in UTC: no zone to read
	b = append(b, weekdays[time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Weekday()]...)
	b = append(b, ' ')
	if d == 1 {
		b = append(b, "1er"...)
	} else {
		b = strconv.AppendInt(b, int64(d), 10)
	}
	b = append(b, ' ')
	return append(b, months[m-1]...)
}

func appendDay(b []byte, t, now time.Time) []byte {
	return appendWallDay(b, wall(t), t.Location(), now)
}

// wall is t's date and time on its location's clock, as a UTC time: t's
// Date, Year and Clock each read t's zone (a search in the zone's
// transitions for a date outside the period cached at start, summer
// slots in winter); this reads it once for a whole date.
func wall(t time.Time) time.Time {
	_, off := t.Zone()
	return t.UTC().Add(time.Duration(off) * time.Second)
}

// appendWallDay is appendDay of w = wall(t), t in loc.
func appendWallDay(b []byte, w time.Time, loc *time.Location, now time.Time) []byte {
	y, m, d := w.Date()
	b = appendYMD(b, y, m, d)
	if y != yearIn(now, loc) {
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(y), 10)
	}
	return b
}

// yearIn is now.In(loc).Year(): the UTC year but within a day of the new
// year (no zone is a day away from UTC), without reading loc's zone then.
func yearIn(now time.Time, loc *time.Location) int {
	u := now.UTC()
	if d := u.YearDay(); d > 1 && d < 365 {
		return u.Year()
	}
	return now.In(loc).Year()
}

func appendTime(b []byte, t time.Time) []byte {
	hour, minute, _ := t.Clock()
	b = strconv.AppendInt(b, int64(hour), 10)
	b = append(b, " h"...)
	if minute == 0 {
		return b
	}
	b = append(b, ' ')
	if minute < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(minute), 10)
}

// Date is a date and time for a visitor: « mardi 1er décembre à 10 h 15 »,
// the year added only when it is not the year of now.
func Date(t, now time.Time) string { return date(t, now, false) }

func date(t, now time.Time, capital bool) string {
	b := make([]byte, 0, 48)
	if capital {
		return string(AppendDateCapital(b, t, now))
	}
	return string(AppendDate(b, t, now))
}

// AppendDate appends Date(t, now) to b.
func AppendDate(b []byte, t, now time.Time) []byte {
	w := wall(t)
	b = appendWallDay(b, w, t.Location(), now)
	b = append(b, " à "...)
	return appendTime(b, w)
}

// AppendDateCapital appends DateCapital(t, now) to b: for a line that
// holds the date, put together without a string of its own.
func AppendDateCapital(b []byte, t, now time.Time) []byte {
	start := len(b)
	b = AppendDate(b, t, now)
	if len(b) > start && 'a' <= b[start] && b[start] <= 'z' {
		b[start] -= 'a' - 'A' // weekday names are ASCII
	}
	return b
}

// DateCapital is Date with its first letter in capital, for a date that
// opens a line (« Mardi 1er décembre à 10 h 15 avec… »): one allocation.
func DateCapital(t, now time.Time) string { return date(t, now, true) }

// DateYear is a date and time with the year, for staff:
// « mardi 1er décembre 2026 à 10 h 15 ».
func DateYear(t time.Time) string { return DayYear(t) + " à " + Time(t) }

// Time is a time of day: « 10 h 15 », « 10 h », « 9 h 05 ».
func Time(t time.Time) string { return string(appendTime(make([]byte, 0, 8), t)) }

// RelativeDay names t's day from now's: « aujourd'hui », « demain »,
// « après-demain », « hier », else Day(t, now). Days are counted on the
// calendar of t's location, so 23 h 59 and 0 h 01 are one day apart.
func RelativeDay(t, now time.Time) string {
	switch calendarDays(now.In(t.Location()), t) {
	case 0:
		return "aujourd'hui"
	case 1:
		return "demain"
	case 2:
		return "après-demain"
	case -1:
		return "hier"
	}
	return Day(t, now)
}

// When is a date and time relative to now where that reads better:
// « aujourd'hui à 10 h », « demain à 9 h 30 », else Date(t, now).
func When(t, now time.Time) string { return RelativeDay(t, now) + " à " + Time(t) }

// calendarDays counts the calendar days from a to b (both in b's location).
func calendarDays(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	da := time.Date(ay, am, ad, 12, 0, 0, 0, time.UTC)
	db := time.Date(by, bm, bd, 12, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}

// List joins items the French way: « a », « a et b », « a, b et c ».
// Empty items are skipped.
func List(items ...string) string { return join(items, " et ") }

// ListOr joins alternatives: « a, b ou c ».
func ListOr(items ...string) string { return join(items, " ou ") }

func join(items []string, last string) string {
	kept := make([]string, 0, len(items))
	for _, it := range items {
		if it != "" {
			kept = append(kept, it)
		}
	}
	switch len(kept) {
	case 0:
		return ""
	case 1:
		return kept[0]
	}
	return strings.Join(kept[:len(kept)-1], ", ") + last + kept[len(kept)-1]
}

// Plural picks the form for a count: French uses the singular for 0 and 1
// (« 0 créneau », « 1 créneau », « 2 créneaux »).
func Plural(n int, singular, plural string) string {
	if n >= -1 && n <= 1 {
		return singular
	}
	return plural
}

// Count is a number followed by its noun in the right form:
// Count(4096, "créneau", "créneaux") is « 4 096 créneaux ».
func Count(n int, singular, plural string) string {
	return Number(n) + " " + Plural(n, singular, plural)
}

// Number writes an integer with narrow no-break spaces between thousands:
// « 4 096 », « 1 000 000 », « -12 345 ».
func Number(n int) string {
	s := strconv.Itoa(n)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	if len(s) <= 3 {
		return sign + s
	}
	var b strings.Builder
	b.Grow(len(sign) + len(s) + (len(s)-1)/3*len(NNBSP))
	b.WriteString(sign)
	head := len(s) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(s[:head])
	for i := head; i < len(s); i += 3 {
		b.WriteString(NNBSP)
		b.WriteString(s[i : i+3])
	}
	return b.String()
}
