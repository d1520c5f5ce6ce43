package dialogs

import (
	"fmt"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

var (
	frDays   = [...]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	frMonths = [...]string{"", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
)

// frDate formats a time the French way: "lundi 7 décembre à 9 h 30"; the
// year is added when it is not the current one.
func frDate(t, now time.Time) string {
	day := fmt.Sprintf("%s %d %s", frDays[t.Weekday()], t.Day(), frMonths[t.Month()])
	if t.Day() == 1 {
		day = fmt.Sprintf("%s 1er %s", frDays[t.Weekday()], frMonths[t.Month()])
	}
	if t.Year() != now.Year() {
		day += fmt.Sprintf(" %d", t.Year())
	}
	return day + " à " + frTime(t)
}

func frTime(t time.Time) string {
	if t.Minute() == 0 {
		return fmt.Sprintf("%d h", t.Hour())
	}
	return fmt.Sprintf("%d h %02d", t.Hour(), t.Minute())
}

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

// placeLabel is "Lyon (Rhône, 69)" or "Rhône (69)".
func placeLabel(commune, dep string) string {
	if dep == "" {
		return ""
	}
	name := geo.DepartementName(dep)
	if commune != "" && !strings.EqualFold(commune, name) {
		return fmt.Sprintf("%s (%s, %s)", commune, name, dep)
	}
	return fmt.Sprintf("%s (%s)", name, dep)
}

func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
