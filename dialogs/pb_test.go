package dialogs_test

import "testing"

// Persona round pb (issue 13): people whose place and facts move during
// the conversation. Each case is a conversation (story lines,
// stories_test.go); the near-misses keep what was right.

// A move to another region after a booking with a regional operator is not
// « votre rendez-vous ne change pas »: that operator serves its own region
// only, and the visitor is told which one serves the new home. A move
// within the region keeps the booking.
func TestPbMoveAfterBooking(t *testing.T) {
	const booked = `
			> /start
			>> 1
			> je suis salarié en CDI à Tours, 45 ans, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			>> 1
			= orientation
			>> 1
			= modalite
			>> 1
			= creneau
			>> 1
			= contact
			> 0612345678
			= confirmation
			>> 1
			= suivi`
	for _, c := range []struct{ name, script string }{
		{"moved to another region", booked + `
			> j'ai déménagé à Lyon
			~ Avenir Actifs Auvergne-Rhône-Alpes
			~ pas celui de votre rendez-vous
			!~ ne change pas`},
		{"moved within the region", booked + `
			> j'ai déménagé à Blois
			~ Votre rendez-vous ne change pas
			!~ pas celui de votre rendez-vous`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// An age corrected with bare numbers (« non 45 pas 54 ») is applied at the
// recap, at a question and after the booking; a number that is not an age
// does not change it.
func TestPbBareAgeCorrection(t *testing.T) {
	const first = `
			> /start
			>> 1
			> je suis salarié en CDI à Tours, 54 ans, je veux me reconvertir`
	for _, c := range []struct{ name, script string }{
		{"at the recap", first + `
			>> 1
			>> 1
			= recapitulatif
			> non 45 pas 54
			= recapitulatif
			~ Âge : 45 ans
			~ Corrigé par vous : âge`},
		{"at the handicap question", first + `
			= handicap
			> 45 pas 54
			= handicap
			>> 1
			>> 1
			= recapitulatif
			~ Âge : 45 ans`},
		{"after the booking", first + `
			>> 1
			>> 1
			>> 1
			>> 1
			>> 1
			>> 1
			> 0612345678
			>> 1
			= suivi
			> pas 54 mais 45
			~ C'est noté. Votre rendez-vous ne change pas`},
		{"a distance is no age", first + `
			>> 1
			>> 1
			= recapitulatif
			> non l'agence est à 45 km pas 54
			!~ Âge : 45 ans`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// A message that says a fact is wrong without the right value (« oubliez
// ce que j'ai dit sur l'âge ») asks that fact's question at once, at the
// recap and after it; a new project given so is kept. « non » alone still
// opens the correction menu, and « lieu » after the orientation is the
// meeting's.
func TestPbFieldToRedo(t *testing.T) {
	const recap = `
			> /start
			>> 1
			> je suis salarié en CDI à Tours, 54 ans, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif`
	for _, c := range []struct{ name, script string }{
		{"forget the age at the recap", recap + `
			> oubliez ce que j'ai dit sur l'âge
			= age
			> 28
			= recapitulatif
			~ Âge : 28 ans`},
		{"the town is wrong", recap + `
			> c'est la ville qui est fausse
			= lieu`},
		{"forget the age at the orientation", recap + `
			>> 1
			= orientation
			> oubliez ce que j'ai dit sur l'âge
			= age`},
		{"another project given", recap + `
			> en fait mon projet c'est de créer une entreprise
			= recapitulatif
			~ Projet : création ou reprise d'entreprise`},
		{"a card named", recap + `
			>> 1
			= orientation
			> en fait le projet de transition professionnelle m'intéresse
			!~ Quel est votre projet`},
		{"a bare no opens the menu", recap + `
			> non
			= correction`},
		{"the meeting's place", recap + `
			>> 1
			>> 1
			= modalite
			> non le lieu ne me va pas
			= modalite`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// A situation that has ended, the new one not said (« je suis plus en CDI
// depuis hier »), asks the situation again at the recap and says after the
// booking that another organisation may suit; « je travaille plus
// qu'avant » changes nothing.
func TestPbStatusEnded(t *testing.T) {
	const recap = `
			> /start
			>> 1
			> je suis salarié en CDI à Tours, 45 ans, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif`
	for _, c := range []struct{ name, script string }{
		{"at the recap", recap + `
			> je suis plus en CDI depuis hier
			= statut`},
		{"after the booking", recap + `
			>> 1
			>> 1
			>> 1
			>> 1
			> 0612345678
			>> 1
			= suivi
			> je ne suis plus salarié depuis hier
			~ un autre organisme sera peut-être plus adapté
			!~ ne change pas`},
		{"working more", recap + `
			> je travaille plus qu'avant
			= recapitulatif`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// A move to come to another département (« je vais déménager à Lyon en
// janvier »), in the first message or at the recap, is offered at the
// orientation: the organisation near the home to come can be chosen. A
// move within the département offers nothing.
func TestPbMoveToCome(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"in the first message", `
			> /start
			>> 1
			> salariée, 35 ans, Tours, je vais déménager à Lyon en janvier, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			>> 1
			= orientation
			~ Avenir Actifs Centre-Val de Loire
			~ Près de mon futur domicile (Rhône, 69)
			> près de mon futur domicile
			= orientation
			~ Avenir Actifs Auvergne-Rhône-Alpes
			!~ futur domicile`},
		{"at the recap", `
			> /start
			>> 1
			> salariée, 35 ans, Tours, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			> je vais déménager à Lyon en janvier
			= recapitulatif
			~ C'est noté.
			>> 1
			= orientation
			~ Près de mon futur domicile (Rhône, 69)`},
		{"within the département", `
			> /start
			>> 1
			> salariée, 35 ans, Lyon, je vais déménager à Villeurbanne en janvier, je veux me reconvertir
			>> 1
			>> 1
			>> 1
			= orientation
			!~ futur domicile`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// A bare name that is both a département and a big town elsewhere
// (« Vienne ») is asked, the town with its département and the
// département itself; « dans la Vienne » is the département, « j'habite à
// Vienne » the town.
func TestPbVienne(t *testing.T) {
	const asked = `
			> /start
			>> 1
			> salarié, 40 ans, je veux me reconvertir
			>> 1
			>> 1
			= lieu`
	for _, c := range []struct{ name, script string }{
		{"bare at the place question", asked + `
			> vienne
			= commune
			~ Vienne (Isère, 38)
			~ Département : Vienne (86)
			>> 1
			= recapitulatif
			~ Lieu : Vienne (Isère, 38)`},
		{"the département chosen", asked + `
			> Vienne
			= commune
			>> 2
			= recapitulatif
			~ Lieu : Vienne (86)`},
		{"bare in the first message", `
			> /start
			>> 1
			> salarié, 40 ans, Vienne, je veux me reconvertir
			= commune
			~ Département : Vienne (86)`},
		{"with an article", asked + `
			> dans la Vienne
			= recapitulatif
			~ Lieu : Vienne (86)`},
		{"after à", `
			> /start
			>> 1
			> salarié, 40 ans, j'habite à Vienne, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			~ Lieu : Vienne (Isère, 38)`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// pbBooked books with the regional operator of Tours: the start of the
// conversations that then tell something new after the booking.
const pbBooked = `
			> /start
			>> 1
			> je suis salarié en CDI à Tours, 45 ans, je veux me reconvertir
			>> 1
			>> 1
			>> 1
			>> 1
			>> 1
			>> 1
			> 0612345678
			>> 1
			= suivi`

// A move after the booking to a town with homonyms (« j'ai déménagé à
// Saint-Denis ») asks for the postal code instead of « votre rendez-vous ne
// change pas » with the place lost; the code then says whether it changes.
// A move to one town is answered at once.
func TestPbMoveToHomonymAfterBooking(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"homonyms", pbBooked + `
			> j'ai déménagé à Saint-Denis
			~ Saint-Denis (Seine-Saint-Denis, 93)
			~ Écrivez votre code postal
			!~ ne change pas
			> 93200
			~ Avenir Actifs Île-de-France`},
		{"one town", pbBooked + `
			> j'ai déménagé à Orléans
			~ Votre rendez-vous ne change pas
			!~ code postal`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// A home denied beside the right one, at a question before the recap, is
// the correction of the place.
func TestPbDeniedHomeAtQuestion(t *testing.T) {
	runLines(t, "pb", `
		> /start
		>> 1
		> je suis salarié en CDI à Tours, 45 ans, je veux me reconvertir
		= handicap
		> attendez j'habite pas à Tours, j'habite à Blois
		~ C'est noté.
		>> 1
		>> 1
		= recapitulatif
		~ Lieu : Blois (Loir-et-Cher, 41)`)
}

// A fact said to be wrong at a question before the recap (« oubliez ce que
// j'ai dit sur l'âge ») is asked again in its turn; a message about
// nothing known stays not understood.
func TestPbForgetBeforeRecap(t *testing.T) {
	const first = `
		> /start
		>> 1
		> je suis salarié en CDI à Tours, 45 ans, je veux me reconvertir
		= handicap`
	for _, c := range []struct{ name, script string }{
		{"the age", first + `
			> oubliez ce que j'ai dit sur l'âge
			~ C'est noté.
			= age
			> 33
			>> 1
			>> 1
			= recapitulatif
			~ Âge : 33 ans`},
		{"nothing named", first + `
			> oubliez ce que j'ai dit
			~ Je n'ai pas compris
			= handicap`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// A fact told after the booking that makes another organisation the first
// one while the booked one still fits (« ah et j'ai une RQTH » after a
// booking with the regional operator) keeps the booking and names the
// other; an age that changes nothing keeps « ne change pas ».
func TestPbAlsoAfterBooking(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"rqth", pbBooked + `
			> ah et j'ai une RQTH
			~ Votre rendez-vous reste valable
			~ Cap emploi peut aussi vous accompagner`},
		{"age", pbBooked + `
			> en fait j'ai 47 ans
			~ Votre rendez-vous ne change pas`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// « Valence » is asked with the départements (Valence-d'Agen has 5 300
// inhabitants); « Montreuil » is still the one of Seine-Saint-Denis, its
// homonyms being villages.
func TestPbValenceAsked(t *testing.T) {
	const asked = `
			> /start
			>> 1
			> salarié, 40 ans, je veux me reconvertir
			>> 1
			>> 1
			= lieu`
	for _, c := range []struct{ name, script string }{
		{"valence", asked + `
			> valence
			= commune
			~ Valence (Drôme, 26)
			~ Valence (Tarn-et-Garonne, 82)`},
		{"montreuil", asked + `
			> Montreuil
			= recapitulatif
			~ Lieu : Montreuil (Seine-Saint-Denis, 93)`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// An age put right in the same message (« j'ai 45 ans, ah non 46 ») is the
// second; « 45 ans, 2 enfants » keeps 45.
func TestPbSelfCorrectedAge(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"put right", `
			> /start
			>> 1
			> j'ai 45 ans, ah non 46, salarié à Tours, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			~ Âge : 46 ans`},
		{"children", `
			> /start
			>> 1
			> j'ai 45 ans, 2 enfants, salarié à Tours, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif
			~ Âge : 45 ans`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// At the homonym choice, « non » followed by the right commune (« non je
// me suis trompé c'est Saint-Denis-en-Val ») is that commune, not « Une
// autre commune » and the place question again; « non » alone still is.
func TestPbHomonymNoThenCommune(t *testing.T) {
	const asked = `
			> /start
			>> 1
			> je suis au chômage, 30 ans, j'habite à Saint-Denis
			= commune`
	for _, c := range []struct{ name, script string }{
		{"the commune after no", asked + `
			> non je me suis trompé c'est Saint-Denis-en-Val
			= handicap
			>> 1
			>> 1
			= recapitulatif
			~ Lieu : Saint-Denis-en-Val (Loiret, 45)`},
		{"no alone", asked + `
			> non
			= lieu`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// A situation stated at the recap within the status known (« en fait je
// suis intérimaire », « je suis en arrêt maladie depuis 6 mois ») is kept
// and the recap shown again, not « je n'ai pas compris »; a message with
// no situation still is not understood.
func TestPbSituationAtRecap(t *testing.T) {
	const recap = `
			> /start
			>> 1
			> je suis salarié en CDI à Tours, 45 ans, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif`
	for _, c := range []struct{ name, script string }{
		{"interim", recap + `
			> en fait je suis intérimaire
			~ C'est noté.
			= recapitulatif`},
		{"sick leave", recap + `
			> je suis en arrêt maladie depuis 6 mois
			~ Situation : salarié(e) du privé, en arrêt maladie
			>> 1
			~ En arrêt de travail`},
		{"nothing", recap + `
			> bof
			~ Je n'ai pas compris`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// The name of homonyms typed again at their choice says how to answer;
// the département named picks one.
func TestPbHomonymTypedAgain(t *testing.T) {
	const asked = `
			> /start
			>> 1
			> je suis au chômage, 30 ans, j'habite à Valence
			= commune`
	for _, c := range []struct{ name, script string }{
		{"typed again", asked + `
			> Valence
			= commune
			~ Choisissez votre commune dans la liste par son numéro`},
		{"vienne typed again", `
			> /start
			>> 1
			> je suis au chômage, 30 ans
			>> 1
			>> 1
			= lieu
			> Vienne
			= commune
			> vienne
			= commune
			~ Choisissez votre commune
			> celle de l'Isère
			= recapitulatif
			~ Lieu : Vienne (Isère, 38)`},
		{"département named", asked + `
			> celle de la Drôme
			!~ Choisissez votre commune
			!~ Une autre commune`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// A postal code written with a space in a correction (« non c'est 41 000 »)
// is the place; an amount (« 41 000 euros ») is not.
func TestPbSpacedCodeCorrection(t *testing.T) {
	const recap = `
			> /start
			>> 1
			> je suis salarié en CDI à Tours, 45 ans, je veux me reconvertir
			>> 1
			>> 1
			= recapitulatif`
	for _, c := range []struct{ name, script string }{
		{"code", recap + `
			> non c'est 41 000
			= recapitulatif
			~ Lieu : Loir-et-Cher (41)`},
		{"amount", recap + `
			> non je gagne 41 000 euros
			!~ Loir-et-Cher`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}

// « non 45 pas 54 » at the handicap question corrects the age and does not
// answer « Non »: the question is asked again. « non » alone answers it.
func TestPbNoThenAgeAtQuestion(t *testing.T) {
	const first = `
			> /start
			>> 1
			> je suis salarié en CDI à Tours, 54 ans, je veux me reconvertir
			= handicap`
	for _, c := range []struct{ name, script string }{
		{"age corrected", first + `
			> non 45 pas 54
			= handicap
			~ C'est noté.`},
		{"no alone", first + `
			> non
			= cadre`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pb", c.script) })
	}
}
