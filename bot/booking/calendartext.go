package booking

import "github.com/cep-accueil/cepbot/bot/fill"

// CalendarText is the wording of the calendar file. bot has no wording of
// its own: cmd converts it from the text catalogue
// (booking.CalendarText(texts.FR().CalendarFile): the same fields, so the
// two cannot drift apart without a compile error). Fields marked %s are
// format strings. Without it (tests) the file carries no text, only times,
// place and reference data.
type CalendarText struct {
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
	ICSPhoneNumber     string // %s the number the advisor calls (replaces ICSPhoneNote when known)
	ICSVideoContact    string // %s where the video link is sent (replaces ICSVideoNote when known)
}

// WithCalendarText sets the wording of the calendar files.
func WithCalendarText(t CalendarText) Option { return func(s *Service) { s.calText = t } }

// format fills a wording with its arguments; an empty wording gives "".
func format(f string, args ...string) string {
	return string(appendFormat(nil, f, args...))
}

// appendFormat appends format(f, args...) to dst (bot/fill, shared with the
// dialogue's catalogue): an empty wording adds nothing, whatever the
// arguments, where fmt would mark them as extra.
func appendFormat(dst []byte, f string, args ...string) []byte {
	if f == "" {
		return dst
	}
	return fill.Append(dst, f, args...)
}
