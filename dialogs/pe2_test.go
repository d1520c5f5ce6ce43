package dialogs_test

import "testing"

// Persona round pe2 (issue 13): agents publics of every branch, private-law
// staff of public-sounding places, cadres and young graduates, RQTH, and
// the booking step for all (slots in words, corrections, commands).

// pe2Slots reaches the slot question of France Travail Blois on site: an
// aide-soignante of the public hospital who chose France Travail instead
// of her employer.
const pe2Slots = `
	> /start
	>> 1
	> je suis aide-soignante titulaire à l'hôpital de Blois, 43 ans, je voudrais faire une formation d'infirmière
	> Blois
	>> 1
	>> 1
	> sur place
	= creneau`

// A part of the day typed after a day (or a day after a part of the
// day) narrows the slots already narrowed: « jeudi » then « plutôt
// l'après-midi » is Thursday afternoon, not any afternoon. A new day
// replaces the day, a new part the part; « peu importe l'heure » widens;
// a combination with no free slot falls back on the words typed.
func TestPe2SlotWishRefined(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"day then part of the day", pe2Slots + `
			> jeudi
			~ le jeudi :
			> plutôt l'après-midi
			~ le jeudi après-midi :
			~ Jeudi 3 décembre à 13 h 30
			!~ Mardi`},
		{"part of the day then day", pe2Slots + `
			> l'après-midi plutôt
			~ l'après-midi :
			> et vendredi ?
			~ le vendredi après-midi :
			!~ à 9 h`},
		{"another day keeps the part of the day", pe2Slots + `
			> jeudi après-midi
			> non vendredi
			~ le vendredi après-midi :`},
		{"another part of the day keeps the day", pe2Slots + `
			> demain matin
			~ le mercredi matin :
			> l'après-midi
			~ le mercredi après-midi :`},
		{"near miss: the whole day wished", pe2Slots + `
			> jeudi matin
			> vendredi, peu importe l'heure
			~ le vendredi :
			!~ vendredi matin`},
		{"near miss: a first wish alone is unchanged", pe2Slots + `
			> plutôt l'après-midi
			~ l'après-midi :
			!~ le mardi après-midi`},
		{"near miss: no free slot on both, the words typed count", pe2Slots + `
			> le matin
			> samedi
			~ L'agence est fermée le samedi.
			!~ samedi matin`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}

// pe2AgentBookedFT: the same agent booked with France Travail (her
// choice instead of her employer, the first route).
const pe2AgentBookedFT = pe2Slots + `
	>> 1
	>> 1
	>> 1
	= suivi`

// After the booking, a fact that does not change the first route (an
// agent public's age, which row 1 does not read) says nothing of an
// organisation she has already declined; a fact that changes it still
// names the new one, with the branch's door for a public employer.
func TestPe2AfterBookingSameRoute(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"agent public, age corrected", pe2AgentBookedFT + `
			> en fait j'ai 54 ans
			~ Votre rendez-vous ne change pas
			!~ peut aussi vous accompagner`},
		{"agent public, RQTH added: still her employer first", pe2AgentBookedFT + `
			> ah et j'ai une RQTH
			~ Votre rendez-vous reste valable
			~ Cap emploi peut aussi vous accompagner
			!~ votre employeur public`},
		{"near miss: a job seeker who is in fact a fonctionnaire", `
			> /start
			>> 1
			> je cherche du travail, 45 ans, Tours
			>> 1
			>> 1
			>> 1
			>> 1
			>> 1
			>> 1
			> 0612345678
			>> 1
			= suivi
			> en fait je suis aide-soignante titulaire à l'hôpital
			~ Votre rendez-vous reste valable
			~ votre employeur public (direction des ressources humaines de votre établissement) peut aussi`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}

// A young private employee or job seeker with a cadre-likely title
// (round 22G: rows 3–5 wait on the cadre answer) is asked the cadre
// question: before, the recap came at once and « C'est exact » found no
// organisation. A degree said, an apprentice, or an older engineer keep
// their route.
func TestPe2YoungCadreTitleAsked(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"young engineer employed, not cadre: mission locale", `
			> /start
			>> 1
			> ingénieur de 24 ans en CDI à Toulouse, je veux me réorienter
			= cadre
			> non
			= recapitulatif
			>> 1
			= orientation
			~ la Mission locale`},
		{"young engineer employed, cadre: Apec", `
			> /start
			>> 1
			> ingénieur de 24 ans en CDI à Toulouse, je veux me réorienter
			= cadre
			> oui je suis cadre
			>> 1
			= orientation
			~ l'Apec`},
		{"young engineer job seeker", `
			> /start
			>> 1
			> ingénieure au chômage, 25 ans, Lyon
			= cadre`},
		{"near miss: a degree said, row 3 at once", `
			> /start
			>> 1
			> je viens d'être diplômée ingénieure, 24 ans, je cherche un emploi à Lyon
			= recapitulatif
			>> 1
			~ l'Apec`},
		{"near miss: an apprentice engineer is not asked", `
			> /start
			>> 1
			> je suis apprenti ingénieur, 22 ans, Lyon
			= recapitulatif
			>> 1
			~ la Mission locale`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}

// pe2JobSeekerBooked: a job seeker of Lille booked by phone with France
// Travail on Tuesday 1 December, 10 h 45.
const pe2JobSeekerBooked = pe2JobSeekerSlots + `
	>> 1
	> 0612345678
	>> 1
	= suivi`

// After the booking, moving or cancelling it in words is /rdv's move or
// cancel: « je voudrais décaler mon rdv à jeudi après-midi » offers
// Thursday afternoon's slots (the booked day named alone is no wish),
// « annulez mon rendez-vous » asks to confirm, « je ne pourrai pas venir »
// shows /rdv's choices. A verb without the appointment (« changer de
// métier »), a denial, or thanks are no change.
func TestPe2ChangeBookingInWords(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"move to a day and part of the day", pe2JobSeekerBooked + `
			> bonjour, je voudrais décaler mon rdv à jeudi après-midi
			= creneau
			~ le jeudi après-midi :
			>> 1
			= confirmation
			>> 1
			= suivi
			~ Votre ancien rendez-vous`},
		{"move, the booked day named", pe2JobSeekerBooked + `
			> je dois déplacer le rendez-vous de mardi
			= creneau
			~ Voici les prochains créneaux disponibles`},
		{"another slot", pe2JobSeekerBooked + `
			> est-ce que je peux changer de créneau ?
			= creneau`},
		{"cancel", pe2JobSeekerBooked + `
			> annulez mon rendez-vous svp
			= annulation
			>> 1
			~ est annulé`},
		{"cannot come", pe2JobSeekerBooked + `
			> finalement je ne pourrai pas venir
			= rendez_vous
			~ Le déplacer`},
		{"near miss: a change of job", pe2JobSeekerBooked + `
			> je voudrais changer de métier, c'est possible d'en parler ?
			= suivi`},
		{"near miss: a denial", pe2JobSeekerBooked + `
			> non je ne veux pas annuler le rdv, je voulais juste vérifier l'heure
			= suivi
			~ Votre rendez-vous est prévu`},
		{"near miss: thanks", pe2JobSeekerBooked + `
			> merci beaucoup, à mardi
			= suivi`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}

// Giving up while moving a booking (« finalement non, annulez mon
// rendez-vous ») is about the booked appointment: /rdv's choices, not
// « je ne prends pas de rendez-vous » with the orientation. Before any
// booking, it stays the drop of the booking under way.
func TestPe2DropWhileMoving(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"while moving", pe2JobSeekerBooked + `
			> /rdv
			>> 2
			= creneau
			> finalement non, annulez mon rendez-vous
			= rendez_vous
			!~ je ne prends pas de rendez-vous
			>> 3
			>> 1
			~ est annulé`},
		{"near miss: before the first booking", `
			> /start
			>> 1
			> au chômage, 40 ans, Lille
			> non
			> non
			>> 1
			>> 1
			> téléphone
			= creneau
			> finalement non, annulez
			= orientation
			~ je ne prends pas de rendez-vous`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}

// A slot chosen in words (persona: « celui de 11 h 15 »): by its time, its
// time and day or date, its advisor, « le dernier »; a day and a time not
// shown yet (« jeudi à 10 h 30 ») picks among that day's slots. A time that
// is a limit (« avant 11 h »), a working hour (« je travaille jusqu'à
// 13 h 30 »), an advisor of several slots or a time not offered choose
// nothing.
func TestPe2SlotChosenInWords(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"time", pe2Slots + `
			> celui de 11h15
			= contact
			> par ici
			~ Mardi 1er décembre à 11 h 15`},
		{"time with spaces", pe2Slots + `
			> 13 h 30 ça me va
			= contact
			> par ici
			~ à 13 h 30`},
		{"time with a colon", pe2Slots + `
			> 10:30
			= contact`},
		{"day and time", pe2Slots + `
			> mardi à 11h15 svp
			= contact`},
		{"date and time", pe2Slots + `
			> le 1er décembre à 13h30
			= contact
			> par ici
			~ à 13 h 30`},
		{"advisor", pe2Slots + `
			> celui avec Morgane
			= contact
			> par ici
			~ Morgane Roussel`},
		{"the last one", pe2Slots + `
			> ok pour le dernier
			= contact
			> par ici
			~ à 13 h 30`},
		{"a day and a time among its slots", pe2Slots + `
			> jeudi à 9h45
			= contact
			> par ici
			~ Jeudi 3 décembre à 9 h 45`},
		{"near miss: a limit", pe2Slots + `
			> avant 11h svp
			= creneau`},
		{"near miss: working hours", pe2Slots + `
			> je travaille jusqu'à 13h30
			= creneau`},
		{"near miss: a time not offered", pe2Slots + `
			> à 16h
			= creneau`},
		{"near miss: a day alone is a wish", pe2Slots + `
			> jeudi
			= creneau
			~ le jeudi :`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}

// pe2JobSeekerSlots: the job seeker of Lille at the slot question (Tuesday
// 1 December, 9 h; the first slot offered is at 10 h 45).
const pe2JobSeekerSlots = `
	> /start
	>> 1
	> au chômage, 40 ans, Lille
	> non
	> non
	>> 1
	>> 1
	> téléphone
	= creneau`

// Slots offered hours ago are not taken once over: the offers are renewed
// and said so; a question typed back after more than a day is the resume
// (« on en était où ? » was answered by an unrelated card, with the old
// slots). Slots still to come are taken as before.
func TestPe2StaleSlots(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"back three hours later", pe2JobSeekerSlots + `
			wait 3h
			>> 1
			= creneau
			~ déjà passés
			!~ à 10 h 45`},
		{"back the next day with a question", pe2JobSeekerSlots + `
			wait 26h
			> on en était où ?
			= reprise
			!~ Agents publics
			>> 1
			= creneau
			!~ Mardi 1er décembre`},
		{"near miss: back a little later, slots still to come", pe2JobSeekerSlots + `
			wait 30m
			>> 1
			= contact`},
		{"near miss: a question the same day is answered", pe2JobSeekerSlots + `
			> c'est gratuit ?
			= creneau
			~ gratuit`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}

// Slots refused in words (« rien ne me convient », « ces horaires ne me
// vont pas », « vous avez autre chose ? ») are « Autres créneaux », not
// « je n'ai pas compris »; a slot chosen or a wish keeps its reading.
func TestPe2NoneOfTheseSlots(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"nothing suits", pe2JobSeekerSlots + `
			> rien ne me convient
			!~ pas compris
			!~ 10 h 45`},
		{"these times do not suit", pe2JobSeekerSlots + `
			> ces horaires ne me vont pas
			!~ pas compris
			!~ 10 h 45`},
		{"anything else?", pe2JobSeekerSlots + `
			> vous avez autre chose ?
			!~ Je ne sais pas répondre
			!~ 10 h 45`},
		{"near miss: the second one", pe2JobSeekerSlots + `
			> le 2e me va
			= contact`},
		{"near miss: a wish", pe2JobSeekerSlots + `
			> jeudi ça ne me va pas, plutôt vendredi
			~ le vendredi :`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}

// At the confirmation, another slot asked in words (« je préfère un autre
// créneau », « c'est possible plus tôt ? ») is « Choisir un autre
// créneau »; « non plutôt jeudi » keeps the day said. « Je confirme » and
// a plain « non » keep their meaning.
func TestPe2OtherSlotAtConfirmation(t *testing.T) {
	const atConfirm = pe2JobSeekerSlots + `
		>> 2
		> 0612345678
		= confirmation`
	for _, c := range []struct{ name, script string }{
		{"another slot", atConfirm + `
			> je préfère un autre créneau
			= creneau`},
		{"earlier", atConfirm + `
			> c'est possible plus tôt ?
			= creneau
			!~ Je ne sais pas répondre`},
		{"no, rather Thursday", atConfirm + `
			> non plutôt jeudi
			= creneau
			~ le jeudi :`},
		{"near miss: a plain no", atConfirm + `
			> non
			= creneau
			~ Voici les prochains créneaux disponibles`},
		{"near miss: confirmed", atConfirm + `
			> oui je confirme
			= suivi`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}

// The discretion wish of an agent public is read when it is said (« je veux
// pas que l'Éducation nationale sache »), not from an employer and
// « savoir » in « je voudrais savoir comment changer de métier », which
// made the orientation answer « Vous ne souhaitez pas que votre employeur le
// sache » to someone who never said so.
func TestPe2DiscretionSaid(t *testing.T) {
	for _, c := range []struct{ name, script string }{
		{"the Éducation nationale must not know", `
			> /start
			>> 1
			> AESH de 24 ans à Lille, je veux pas que l'éducation nationale sache que je cherche ailleurs
			= recapitulatif
			>> 1
			~ Vous ne souhaitez pas que votre employeur le sache`},
		{"the employer must not know", `
			> /start
			>> 1
			> je suis agent à la mairie de Nantes, 40 ans, je ne veux pas que mon employeur le sache
			>> 1
			= recapitulatif
			>> 1
			~ Vous ne souhaitez pas que votre employeur le sache`},
		{"near miss: a wish to know", `
			> /start
			>> 1
			> je suis agent à la mairie de Nantes, 40 ans, je voudrais savoir comment changer de métier
			>> 1
			= recapitulatif
			>> 1
			!~ Vous ne souhaitez pas que votre employeur le sache
			~ L'organisme qui peut vous accompagner : votre employeur public`},
		{"near miss: the hospital named, nothing hidden", `
			> /start
			>> 1
			> infirmière titulaire au CHU de Nantes, 45 ans, je veux savoir si je peux faire une VAE
			>> 1
			= recapitulatif
			>> 1
			!~ Vous ne souhaitez pas`},
	} {
		t.Run(c.name, func(t *testing.T) { runLines(t, "pe2", c.script) })
	}
}
