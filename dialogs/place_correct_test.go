package dialogs_test

import (
	"strings"
	"testing"
)

// Correcting the place at the recap forgets the whole place, not only the
// département: the question is then the plain « Où habitez-vous ? », never
// the départements of the region read from the wrong place (issue 13,
// persona p24c: « Nantes » corrected gave « La région Pays de la Loire
// compte plusieurs départements » with its five buttons). Near-misses: a
// region named on its own still gets its départements as buttons, and
// correcting another field keeps the place.
func TestPlaceCorrectionForgetsRegion(t *testing.T) {
	intake := []string{"> bonjour", ">> 1"}
	cases := []struct {
		name  string
		lines []string
	}{
		{"town corrected to another region", []string{
			"> Je suis salariée en CDI à Nantes, 41 ans, je veux me reconvertir.", ">> 1", ">> 1",
			"= recapitulatif", ">> 2", ">> 5",
			"~ Où habitez-vous ?", "!~ Pays de la Loire", "!~ Vendée (85)",
			"> 59000", "= recapitulatif", "~ Lille (Nord, 59)", "!~ Nantes"}},
		{"outside place corrected", []string{
			"> Salarié en CDI à Saint-Pierre-et-Miquelon, 38 ans, je veux me reconvertir.", ">> 1", ">> 1",
			"= recapitulatif", ">> 2", ">> 5",
			"~ Où habitez-vous ?", "> Lille", "= recapitulatif", "~ Lille (Nord, 59)"}},
		{"place named in words at the menu", []string{
			"> Je suis salariée en CDI à Rennes, 41 ans, je veux me reconvertir.", ">> 1", ">> 1",
			"= recapitulatif", ">> 2", "> le lieu",
			"~ Où habitez-vous ?", "!~ Bretagne", "!~ Morbihan (56)"}},
		// near-miss: the region is all the visitor said, so its
		// départements are the right buttons
		{"region alone still offers its départements", []string{
			"> Je suis salariée en CDI en Bretagne, 41 ans, je veux me reconvertir.", ">> 1", ">> 1",
			"~ La région Bretagne compte plusieurs départements.", "~ Morbihan (56)"}},
		// near-miss: correcting the age keeps the place
		{"age corrected keeps the place", []string{
			"> Je suis salariée en CDI à Nantes, 41 ans, je veux me reconvertir.", ">> 1", ">> 1",
			"= recapitulatif", ">> 2", ">> 2", "> 42", "= recapitulatif", "~ Nantes (Loire-Atlantique, 44)", "~ 42 ans"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := newRunner(t, "place_correct_test.go/"+strings.ReplaceAll(c.name, " ", "_"))
			for _, l := range append(append([]string{}, intake...), c.lines...) {
				r.step(l)
				if t.Failed() {
					return
				}
			}
		})
	}
}

// A move to come (« je déménage à Lille le mois prochain ») is heard: the
// place question says so and offers the future home's département, and the
// current home typed instead is taken (issue 13, persona p24c: « Où
// habitez-vous ? » ignored the move). Near-misses: a move already made is
// the home, a move with the current home named asks nothing, a relative's
// move keeps the plain question.
func TestPlaceQuestionHearsMove(t *testing.T) {
	intake := []string{"> bonjour", ">> 1"}
	cases := []struct {
		name  string
		lines []string
	}{
		{"future home chosen", []string{
			"> Je déménage à Lille le mois prochain, je suis salariée, 38 ans, je veux me reconvertir.", ">> 1", ">> 1",
			"~ Vous m'avez dit que vous allez déménager (Nord, 59). Où habitez-vous aujourd'hui ?",
			"~ Près de mon futur domicile (Nord, 59)",
			">> 1", "= recapitulatif", "~ Nord (59)", ">> 1", "~ Avenir Actifs Hauts-de-France"}},
		{"current home typed", []string{
			"> je demenage a lille le mois prochain, salariée 38 ans, reconversion", ">> 1", ">> 1",
			"~ déménager (Nord, 59)", "> à Rouen", "= recapitulatif", "~ Rouen (Seine-Maritime, 76)"}},
		// near-misses
		{"move already made", []string{
			"> Je viens de déménager à Lille, je suis salariée, 38 ans, je veux me reconvertir.", ">> 1", ">> 1",
			"= recapitulatif", "~ Lille (Nord, 59)"}},
		{"current home named too", []string{
			"> Je déménage à Lille le mois prochain, j'habite à Marseille, salarié, 40 ans.", ">> 1", ">> 1",
			"= recapitulatif", "~ Marseille (Bouches-du-Rhône, 13)"}},
		{"no move", []string{
			"> Je suis salariée, 38 ans, je veux me reconvertir.", ">> 1", ">> 1",
			"~ Où habitez-vous ?", "!~ déménager"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := newRunner(t, "place_correct_test.go/"+strings.ReplaceAll(c.name, " ", "_"))
			for _, l := range append(append([]string{}, intake...), c.lines...) {
				r.step(l)
				if t.Failed() {
					return
				}
			}
		})
	}
}
