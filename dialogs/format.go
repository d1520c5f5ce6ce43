package dialogs

import (
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
		return commune + " (" + name + ", " + dep + ")" // rendered at every recap: no Sprintf
	}
	return name + " (" + dep + ")"
}
