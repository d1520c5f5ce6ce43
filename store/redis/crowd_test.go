package redis_test

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cep-accueil/cepbot/bot"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// TestTwelveEnginesRaceForOneAgency: twelve visitors, each on their own
// engine and Redis client (twelve processes' worth), reach the slot offer of
// one agency at the same moment and all answer « 1 » (the worst case: the
// same first choice). All must book, none may be asked to choose more than
// twice, and no slot may be booked twice.
func TestTwelveEnginesRaceForOneAgency(t *testing.T) {
	const visitors = 12
	url := redistest.URL(t)
	reps := newReplicas(t, url, uniquePrefix(), visitors, time.Now, nil, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	var atOffer sync.WaitGroup
	atOffer.Add(visitors)
	choices := make([]int, visitors)
	var wg sync.WaitGroup
	for i := range visitors {
		wg.Go(func() {
			user := fmt.Sprint("crowd", i)
			offering, reached := false, false
			defer func() {
				if !reached {
					atOffer.Done()
				}
			}()
			for k := range 40 {
				text := "1"
				if k < len(visitorScript) {
					text = visitorScript[k]
				}
				if k == len(visitorScript) {
					reached = true
					atOffer.Done()
					atOffer.Wait() // everyone chooses at once
				}
				if offering {
					choices[i]++
				}
				replies, err := reps[i].engine.Turn(ctx, bot.Inbound{Channel: "tg", Conversation: user, User: user, UpdateID: strconv.Itoa(k + 1), Text: text})
				if err != nil || len(replies) == 0 {
					t.Errorf("visitor %d turn %d: %v %v", i, k+1, replies, err)
					return
				}
				if strings.Contains(replies[0].Text, "Référence : ") {
					return
				}
				offering = strings.Contains(replies[len(replies)-1].Text, "créneaux")
			}
			t.Errorf("visitor %d not booked after 40 turns", i)
		})
	}
	wg.Wait()
	dist := map[int]int{}
	for i, c := range choices {
		dist[c]++
		if c > 2 {
			t.Errorf("visitor %d chose a slot %d times", i, c)
		}
	}
	t.Logf("slot choices per visitor (choices: visitors): %v", dist)
	all, err := reps[0].store.ListBookings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var slots []string
	for _, b := range all {
		if b.Active() {
			slots = append(slots, b.SlotKey())
		}
	}
	slices.Sort(slots)
	if len(slices.Compact(slices.Clone(slots))) != len(slots) {
		t.Errorf("a slot booked twice: %v", slots)
	}
	if len(slots) != visitors {
		t.Errorf("%d active bookings for %d visitors", len(slots), visitors)
	}
}
