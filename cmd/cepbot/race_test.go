package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/cep-accueil/cepbot/bot"
	redisstore "github.com/cep-accueil/cepbot/store/redis"
	"github.com/cep-accueil/cepbot/store/redis/redistest"
)

// Several `cepbot chat` processes sharing one Redis are independent engines:
// visitors racing for the same first slot all end with distinct bookings
// (the losers are told the slot was just taken and choose another).
func TestChatProcessesRaceForTheFirstSlot(t *testing.T) {
	url := redistest.URL(t)
	prefix := fmt.Sprintf("chatrace%x", rand.Uint32())
	const visitors = 6
	script := "/start\noui\nJe suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003\n" + strings.Repeat("1\n", 14)
	outs := make([]string, visitors)
	var wg sync.WaitGroup
	for i := range visitors {
		wg.Go(func() {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "CEPBOT_TEST_CHILD=1", "CEPBOT_REDIS_PREFIX="+prefix,
				"CEPBOT_NOW=2026-12-01T09:00:00+01:00",
				fmt.Sprintf("CEPBOT_TEST_ARGS=chat --store %s --user racer%d", url, i))
			cmd.Stdin = strings.NewReader(script)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Errorf("visitor %d: %v\n%s", i, err, out)
			}
			outs[i] = string(out)
		})
	}
	wg.Wait()
	st, err := redisstore.Open(context.Background(), url, redisstore.WithPrefix(prefix))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	defer func() { // bookings have no TTL: leave nothing on a shared server
		ctx := context.Background()
		keys, _ := st.Client().Keys(ctx, "*"+prefix+"*").Result()
		if len(keys) > 0 {
			st.Client().Del(ctx, keys...)
		}
	}()
	refs := map[string]bool{}
	for i, out := range outs {
		j := strings.Index(out, "Référence : ")
		if j < 0 {
			t.Fatalf("visitor %d got no booking:\n%s", i, out)
		}
		refs[strings.Fields(out[j+len("Référence : "):])[0]] = true
	}
	all, err := st.ListBookings(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	slots := map[string]bool{}
	active := 0
	for _, b := range all {
		if b.Status != bot.StatusBooked {
			continue
		}
		active++
		if slots[b.SlotKey()] {
			t.Fatalf("slot %s booked twice", b.SlotKey())
		}
		slots[b.SlotKey()] = true
		if !refs[b.Ref] {
			t.Errorf("booking %s was not announced to a visitor", b.Ref)
		}
	}
	if active != visitors || len(refs) != visitors {
		t.Fatalf("%d active bookings, %d references announced; want %d each", active, len(refs), visitors)
	}
	lost := 0
	for _, out := range outs {
		if strings.Contains(out, "vient d'être pris") {
			lost++
		}
	}
	t.Logf("%d visitors, %d told their first choice was just taken", visitors, lost)
}
