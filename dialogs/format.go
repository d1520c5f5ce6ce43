package dialogs

import (
	"fmt"
	"strings"
	"time"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

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
