package texts

// Calendar holds the calendar file (.ics summary and description) and reminders.
// French values sit under the type; a field with fmt verbs says so in its comment.
type Calendar struct {
}

var frCalendar = Calendar{}
