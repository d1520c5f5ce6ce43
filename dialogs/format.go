package dialogs

import (
	"fmt"
	"strings"

	"github.com/cep-accueil/cepbot/dialogs/geo"
)

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
