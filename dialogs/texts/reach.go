package texts

// Reach holds what the visitor reads about reaching a person: an
// operator's contacts on every exit of the dialogue (site, telephone,
// nearest agency, opening hours), the request for a human, the contact
// details an appointment needs, the situations outside the status boxes,
// writing for a relative, and the acknowledgements of hard moments
// (owner: dialogs, issue 14). Fields with fmt verbs say so.
type Reach struct {
	// Operator contacts (dialogs/reach).
	ContactsTitle  string   // %s: the operator or agency name with its article (« la Mission locale de Rouen »)
	ContactsPhone  string   // %s: telephone number
	ContactsSite   string   // %s: web address
	ContactsAddr   string   // %s: postal address
	ContactsHours  string   // %s: opening hours (HoursDays…)
	ContactsMonCEP string   // every operator of the region: mon-cep.org
	ContactsNone   string   // no contact known at all
	Days           []string // weekday names, Sunday first
	HoursRange     string   // %s, %s: start and end of an opening range
	HoursDaySpan   string   // %s, %s: first and last day of a run of days with the same hours
	HoursDayJoin   string   // separator between a day and its ranges
	HoursSep       string   // separator between two groups of days
	HoursAnd       string   // word between two ranges of one day
	ClockHour      string   // %d: hour on the hour (« 9 h »)
	ClockMinutes   string   // %d, %02d: hour and minutes (« 9 h 30 »)
}

var frReach = Reach{
	ContactsTitle:  "Pour joindre %s :",
	ContactsPhone:  "Téléphone : %s",
	ContactsSite:   "Site : %s",
	ContactsAddr:   "Adresse : %s",
	ContactsHours:  "Horaires : %s",
	ContactsMonCEP: "Tous les organismes du conseil en évolution professionnelle de votre région : https://mon-cep.org/",
	ContactsNone:   "Pour trouver l'organisme qui peut vous accompagner : https://mon-cep.org/",
	Days:           []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	HoursRange:     "%s – %s",
	HoursDaySpan:   "du %s au %s",
	HoursDayJoin:   " : ",
	HoursSep:       " ; ",
	HoursAnd:       " et ",
	ClockHour:      "%d h",
	ClockMinutes:   "%d h %02d",
}
