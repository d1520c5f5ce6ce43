package texts

// Calendar holds the calendar file (.ics summary and description) and reminders.
// French values sit under the type; a field with fmt verbs says so in its comment.
type Calendar struct {
	CalendarFile
	// Units of a duration, singular and plural (Catalog.Duration).
	CalendarDay, CalendarDays       string
	CalendarHour, CalendarHours     string
	CalendarMinute, CalendarMinutes string
}

var frCalendar = Calendar{
	CalendarFile: frCalendarFile,
	CalendarDay:  "jour", CalendarDays: "jours",
	CalendarHour: "heure", CalendarHours: "heures",
	CalendarMinute: "minute", CalendarMinutes: "minutes",
}

// CalendarFile is the wording of the .ics file attached to a booking. The
// booking service (bot/booking, which has no wording of its own) receives
// it from cmd as a booking.CalendarText, a struct of the same fields.
type CalendarFile struct {
	ICSSummary         string // the event's title
	ICSSummaryOperator string // %s the title, %s the operator's name
	ICSPhoneLocation   string
	ICSPhoneNote       string
	ICSVideoLocation   string
	ICSVideoNote       string
	ICSAdvisor         string // %s the advisor's name
	ICSSessionSummary  string // %s the information session's title
	ICSSessionVideo    string // location; %s the link
	ICSSessionLink     string // %s the link
	ICSReference       string // %s the booking reference
	ICSHowToChange     string
	ICSPhoneNumber     string // fmt: %s (the number the advisor calls)
	ICSVideoContact    string // fmt: %s (where the link is sent)
}

var frCalendarFile = CalendarFile{
	ICSSummary:         "Rendez-vous conseil en évolution professionnelle",
	ICSSummaryOperator: "%s – %s",
	ICSPhoneLocation:   "Par téléphone",
	ICSPhoneNote:       "Le conseiller vous appellera à l'heure du rendez-vous.",
	ICSVideoLocation:   "En visio",
	ICSVideoNote:       "Le lien de visio vous sera envoyé par le conseiller avant le rendez-vous.",
	ICSAdvisor:         "Conseiller : %s",
	ICSSessionSummary:  "Réunion d'information : %s",
	ICSSessionVideo:    "En visio : %s",
	ICSSessionLink:     "Lien de la visio : %s",
	ICSReference:       "Référence : %s",
	ICSHowToChange:     "Pour déplacer ou annuler : écrivez /rdv au bot.",
	ICSPhoneNumber:     "Le conseiller vous appellera au %s à l'heure du rendez-vous.",
	ICSVideoContact:    "Le lien de la visio vous sera envoyé à %s avant le rendez-vous.",
}
