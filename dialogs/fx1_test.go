package dialogs_test

import (
	"testing"

	"github.com/cep-accueil/cepbot/dialogs/routing"
	"github.com/cep-accueil/cepbot/dialogs/texts"
)

// Persona fixes of round fx1 (issue 13): problems found by earlier persona
// testers. Each case is a conversation (story lines, stories_test.go); the
// near-misses keep what was right.

// An agent public's confidential alternatives name the Mission locale
// without its bracket « (moins de 26 ans) » once the age is known: it only
// repeated the age. Without the age, the bracket says who it is for.
func TestFx1MissionLocaleBracket(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"a young agent, age known: no bracket", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Lyon, 24 ans, je veux changer de métier
			>> 1
			>> 1
			~ à Cap emploi (avec une RQTH), la Mission locale ou France Travail
			!~ moins de 26 ans`},
		{"an older agent: no Mission locale at all", `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Lyon, 40 ans, je veux changer de métier
			> Lyon
			>> 1
			!~ Mission locale`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "fx1", c.script) })
	}
	// the names themselves: the bracket without the age, not with it
	u := texts.FR().Understanding
	for _, c := range []struct {
		aged bool
		want string
	}{{false, "la Mission locale (moins de 26 ans)"}, {true, "la Mission locale"}} {
		if got := routing.PublicAlternativeNames(u, []string{routing.MissionLocale}, c.aged); len(got) != 1 || got[0] != c.want {
			t.Errorf("aged %v: %q, want %q", c.aged, got, c.want)
		}
	}
}

// The notes on a detention and on a parent at home named France Travail
// to people of 16 to 25, routed to the Mission locale: the organisation of
// their route is named, and both (with the age that parts them) while the
// age is unknown.
func TestFx1NotesByAge(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"out of prison at 22: the Mission locale", `
			> /start
			>> 1
			> je sors de prison, j'ai 22 ans, j'habite à Lyon
			~ se prépare avec la Mission locale et le service pénitentiaire
			!~ France Travail`},
		{"out of prison at 42: France Travail", `
			> /start
			>> 1
			> je sors de prison, j'ai 42 ans, j'habite à Lyon
			~ se prépare avec France Travail et le service pénitentiaire
			!~ Mission locale`},
		{"out of prison, age unknown: both", `
			> /start
			>> 1
			> je sors de prison, je cherche du travail
			~ et France Travail, ou la Mission locale avant 26 ans`},
		{"a parent at home of 24: the Mission locale", `
			> /start
			>> 1
			> j'ai 24 ans, j'habite à Lyon
			>> 6
			> Parent au foyer
			~ après une pause, la Mission locale vous accompagne`},
		{"a parent at home of 44: France Travail", `
			> /start
			>> 1
			> j'ai 44 ans, j'habite à Lyon
			>> 6
			> Parent au foyer
			~ après une pause, France Travail vous accompagne.`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "fx1", c.script) })
	}
}

// An agent public who tells an RQTH after booking with France Travail is
// told that Cap emploi can also support them, as a private employee is:
// it is one of their confidential alternatives now. Another fact keeps
// the plain « noted ».
func TestFx1RQTHAfterBookingPublic(t *testing.T) {
	book := `
			> /start
			>> 1
			> je suis agent territorial à la mairie de Lyon, 40 ans, je veux changer de métier
			> Lyon
			>> 1
			>> 2
			>> 1
			>> 1
			> 0612345678
			>> 1
			~ Votre rendez-vous est confirmé`
	for _, c := range []struct{ name, script string }{
		{"an RQTH: Cap emploi said", book + `
			> ah et j'ai une RQTH
			~ Cap emploi peut aussi vous accompagner`},
		{"the RQTH in other words", book + `
			> au fait je suis reconnue travailleur handicapé
			~ Cap emploi peut aussi vous accompagner`},
		{"another fact: no Cap emploi", book + `
			> en fait j'ai 41 ans
			!~ Cap emploi`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "fx1", c.script) })
	}
}

// « décaler mon rdv » typed after /stop (state fin) does what /rdv does:
// the slots of the move with a booking, « no appointment » without one;
// before, a pointer to /rdv. Another message keeps the end's answer.
func TestFx1ChangeAfterStop(t *testing.T) {
	// atConfirm: a Lyon employee who has given a phone number, at the
	// confirmation of the booking.
	const atConfirm = `
			> /start
			>> 1
			> je suis salarié dans le privé, 45 ans, à Lyon, je veux me reconvertir
			>> 1
			>> 1
			>> 1
			>> 1
			>> 1
			>> 1
			> 0612345678`
	booked := atConfirm + `
			>> 1
			~ Votre rendez-vous est confirmé
			> /stop
			= fin`
	unbooked := atConfirm + `
			> /stop
			= fin`
	for _, c := range []struct{ name, script string }{
		{"booked: the move's slots", booked + `
			> je voudrais décaler mon rdv
			= creneau
			~ Voici les prochains créneaux`},
		{"booked: cancel in words", booked + `
			> annulez mon rendez-vous svp
			!~ Pour le déplacer ou l'annuler : /rdv`},
		{"not booked: no appointment", unbooked + `
			> je voudrais décaler mon rdv
			~ Vous n'avez pas de rendez-vous en cours
			= fin`},
		{"not booked, another message: the end", unbooked + `
			> merci au revoir
			~ La conversation est terminée`},
		{"booked, a thank-you: the reminder", booked + `
			> merci
			!~ Voici les prochains créneaux`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "fx1", c.script) })
	}
}

// A description that says a disability recognition is asked for and not
// granted yet is the answer « non » the handicap question gets with the
// same words (HandicapPending): the question is not asked. A recognition
// held, or a relative's request, keeps its reading.
func TestFx1PendingRecognitionInDescription(t *testing.T) {
	const pending = "Tant que votre demande n'est pas accordée"
	for _, c := range []struct{ name, script string }{
		{"a request made, the answer awaited", `
			> /start
			>> 1
			> bonjour, j'ai 45 ans, je suis salarié dans une entreprise privée à Lyon, je veux me reconvertir. j'ai fait une demande de RQTH, j'attends la réponse
			~ ` + pending + `
			!~ avez-vous une reconnaissance de handicap`},
		{"a file at the MDPH", `
			> /start
			>> 1
			> salariée à Lyon 45 ans, dossier MDPH déposé en septembre, je veux changer de métier
			~ ` + pending + `
			!~ avez-vous une reconnaissance de handicap`},
		{"RQTH en attente", `
			> /start
			>> 1
			> je suis au chômage, 50 ans, Nantes, RQTH en attente
			~ ` + pending},
		{"waiting for the recognition", `
			> /start
			>> 1
			> salarié dans le privé à Lille, 38 ans, j'attends toujours la réponse pour ma reconnaissance travailleur handicapé
			~ ` + pending},
		// near-misses
		{"a recognition held: the share question", `
			> /start
			>> 1
			> salarié dans le privé à Lyon, 45 ans, j'ai une RQTH
			!~ ` + pending + `
			= partage`},
		{"a relative's request: asked", `
			> /start
			>> 1
			> salarié à Lyon, 45 ans, mon fils a fait sa demande de RQTH
			!~ ` + pending + `
			= handicap`},
		{"no recognition named: asked", `
			> /start
			>> 1
			> salarié à Lyon, 45 ans, j'ai fait une demande de formation, j'attends la réponse
			!~ ` + pending + `
			= handicap`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "fx1", c.script) })
	}
}

// A day wished at the slot question that the agency is closed on
// (« demain matin » on a Friday, « samedi », « dimanche ») is said closed
// and the next open day offered at the same part of the day; before, « no
// free time on Saturday morning in the coming weeks » and any day. An open
// day wished is offered as it was.
func TestFx1ClosedDayWished(t *testing.T) {
	const toSlots = fx1ToWay + `
			>> 1
			= creneau`
	for _, c := range []struct{ name, script string }{
		{"demain matin on a Friday", `
			now 2026-12-04T09:00:00+01:00` + toSlots + `
			> demain matin
			~ L'agence est fermée le samedi matin.
			~ Voici les prochains créneaux libres le lundi matin
			!~ Je n'ai pas de créneau libre`},
		{"samedi", `
			now 2026-12-02T09:00:00+01:00` + toSlots + `
			> plutôt samedi ?
			~ L'agence est fermée le samedi.
			~ Voici les prochains créneaux libres le lundi`},
		{"dimanche après-midi", `
			now 2026-12-02T09:00:00+01:00` + toSlots + `
			> dimanche après-midi
			~ L'agence est fermée le dimanche après-midi.
			~ le lundi après-midi`},
		// near-misses: an open day
		{"demain matin on a Thursday", `
			now 2026-12-03T09:00:00+01:00` + toSlots + `
			> demain matin
			!~ L'agence est fermée
			~ Voici les prochains créneaux libres le vendredi matin`},
		{"lundi matin on a Friday", `
			now 2026-12-04T09:00:00+01:00` + toSlots + `
			> lundi matin
			!~ L'agence est fermée
			~ le lundi matin`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "fx1", c.script) })
	}
}

// A day and a time given at the way to meet or once a slot is chosen
// (« en visio jeudi à 10h », « plutôt jeudi à 11h ») keep the time: the
// slots at that time come first, headed with it (at the way to meet, that
// slot is taken when free: persona pe5); before, the day alone was kept. A time that is a limit (« jeudi avant 11 h ») and a day alone
// keep the day only.
func TestFx1DayAndTimeWished(t *testing.T) {
	const toWay = fx1ToWay
	for _, c := range []struct{ name, script string }{
		// a day and a time free are taken at once (persona pe5)
		{"at the way to meet, with the way", toWay + `
			> en visio jeudi à 10h
			~ Le créneau que vous souhaitiez est libre : jeudi 3 décembre à 10 h
			= contact`},
		{"at the way to meet, before the way", toWay + `
			> jeudi à 14h30 si possible
			~ je vous proposerai des créneaux le jeudi à 14 h 30
			>> 1
			~ Le créneau que vous souhaitiez est libre : jeudi 3 décembre à 14 h 30`},
		{"at the contact step", toWay + `
			>> 1
			>> 1
			> en fait plutôt jeudi à 11h
			~ le jeudi à 11 h :
			~ 1. Jeudi 3 décembre à 11 h`},
		// near-misses
		{"a limit: the day alone", toWay + `
			> en visio jeudi avant 11h
			= creneau
			~ Voici les prochains créneaux libres le jeudi :`},
		{"a day alone", toWay + `
			> en visio jeudi
			~ Voici les prochains créneaux libres le jeudi :
			~ 1. Jeudi 3 décembre à 9 h`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "fx1", c.script) })
	}
}

// Saint-Pierre-et-Miquelon given at the place question by a name of its
// own (« Miquelon », « Miquelon-Langlade », « SPM ») or its INSEE code
// (« 975 », « au 975 ») is the collectivity outside the 18 regions, kept at
// once as « Saint-Pierre-et-Miquelon » was (pe1's Saint-Martin): it was
// « Je n'ai pas reconnu ce lieu ». A number with a unit stays no place.
func TestFx1Miquelon(t *testing.T) {
	const toPlace = `
			> /start
			>> 1
			> au chômage, 40 ans
			> non
			> non
			= lieu`
	for _, c := range []struct{ name, answer string }{
		{"Miquelon", "Miquelon"},
		{"Miquelon-Langlade", "j'habite à Miquelon-Langlade"},
		{"SPM", "SPM"},
		{"975", "975"},
		{"au 975", "j'habite au 975"},
		{"the full name", "Saint-Pierre-et-Miquelon"},
		{"978 is Saint-Martin", "978"},
	} {
		want := "Saint-Pierre-et-Miquelon (hors des régions couvertes par le CEP)"
		if c.answer == "978" {
			want = "Saint-Martin (hors des régions couvertes par le CEP)"
		}
		t.Run(c.name, func(t *testing.T) {
			runLines(t, "fx1", toPlace+`
			> `+c.answer+`
			= recapitulatif
			~ `+want+`
			>> 1
			~ mon-cep.org`)
		})
	}
	// near-misses: a number with its unit, a count
	for _, answer := range []string{"j'ai touché 975 euros", "au chômage depuis 975 jours"} {
		t.Run(answer, func(t *testing.T) {
			runLines(t, "fx1", toPlace+`
			> `+answer+`
			= lieu
			!~ Miquelon`)
		})
	}
}

// A message in Spanish gets the French/English notice, and the facts that
// read the same in any language are kept: the age with « años », a French
// town, a postal code; they were asked again. The status, said in Spanish
// words, is still asked; a message with none of them keeps nothing.
func TestFx1SpanishFactsKept(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"the description: age and town kept", `
			> /start
			>> 1
			> Hola, tengo 34 años, vivo en Lyon y estoy buscando trabajo
			~ solo puedo responder en francés o en inglés
			= demande
			> je cherche du travail
			!~ Quel âge avez-vous
			!~ Où habitez-vous
			>> 1
			>> 1
			~ Âge : 34 ans
			~ Lyon (Rhône, 69)`},
		{"at the age question: the next one", `
			> /start
			>> 1
			> je cherche du travail à Lyon
			= age
			> tengo 34 años
			~ solo puedo responder en francés o en inglés
			= handicap
			!~ Quel âge avez-vous`},
		{"a postal code", `
			> /start
			>> 1
			> Hola, vivo en 69003, estoy buscando trabajo
			> je cherche du travail, 40 ans
			> non
			> non
			= recapitulatif
			~ Lieu : Lyon`},
		// near-misses
		{"no readable fact: the question again", `
			> /start
			>> 1
			> je cherche du travail à Lyon
			= age
			> no entiendo nada, ayúdeme por favor
			~ solo puedo responder en francés o en inglés
			= age`},
		{"the status is not read from Spanish words", `
			> /start
			>> 1
			> Hola, tengo 34 años, vivo en Lyon y estoy buscando trabajo
			= demande
			!~ Si j'ai bien compris`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "fx1", c.script) })
	}
}

// fx1ToWay: a private employee of Lyon (45, reconversion) at the question
// of the way to meet, the start of the slot and way-to-meet scripts.
const fx1ToWay = `
			> /start
			>> 1
			> je suis salarié dans le privé, 45 ans, à Lyon, je veux me reconvertir
			>> 1
			>> 1
			>> 1
			>> 1`
