package metrics

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"
)

var calendarMetrics sync.Map // *Metrics -> *prometheus.CounterVec

// CalendarRefresh counts a refresh of an advisor's or agency's calendar by
// kind ("ics", "caldav") and outcome ("ok", "failed"); it implements
// calendar.Observer. cepbot_calendar_refreshes_total{outcome="failed"}
// rising means slots come from the directory's hours only for some advisors.
func (m *Metrics) CalendarRefresh(kind string, err error) {
	v, ok := calendarMetrics.Load(m)
	if !ok {
		c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "cepbot", Name: "calendar_refreshes_total",
			Help: "Refreshes of advisors' calendars (iCalendar feeds, CalDAV), by kind and outcome."}, []string{"kind", "outcome"})
		var loaded bool
		if v, loaded = calendarMetrics.LoadOrStore(m, c); !loaded {
			m.Registry.MustRegister(c)
		}
	}
	outcome := "ok"
	if err != nil {
		outcome = "failed"
	}
	v.(*prometheus.CounterVec).WithLabelValues(kind, outcome).Inc()
}
