package booking

import "fmt"

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

// appendFormat appends format(f, args...) to dst. The wordings use %s
// only: those are filled here, with no interface conversion per argument;
// any other verb, or a count of %s other than the arguments', is left to
// fmt, whose output (error marks included) this is.
func appendFormat(dst []byte, f string, args ...string) []byte {
	if f == "" {
		return dst
	}
	from, next := len(dst), 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			dst = append(dst, f[i])
			continue
		}
		switch {
		case i+1 < len(f) && f[i+1] == 's' && next < len(args):
			dst = append(dst, args[next]...)
			next++
		case i+1 < len(f) && f[i+1] == '%':
			dst = append(dst, '%')
		default:
			return fmtAppend(dst[:from], f, args)
		}
		i++
	}
	if next != len(args) {
		return fmtAppend(dst[:from], f, args)
	}
	return dst
}

func fmtAppend(dst []byte, f string, args []string) []byte {
	a := make([]any, len(args))
	for i, s := range args {
		a[i] = s
	}
	return fmt.Appendf(dst, f, a...)
}
