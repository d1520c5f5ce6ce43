package main

import (
	"context"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/cep-accueil/cepbot/bot"
)

// turner is what the open-loop bench drives: the engine, or a synthetic
// turn that tells the machine's own floor (--synthetic).
type turner interface {
	Turn(ctx context.Context, in bot.Inbound) ([]bot.Reply, error)
}

// syntheticTurns is the number of turns of a synthetic conversation: the
// engine's bench conversations take 10 (200 001 turns for 20 000).
const syntheticTurns = 10

// syntheticTurner stands for an engine whose every turn is a fixed amount
// of computation and nothing else: no allocation, no lock, no store, no
// collector. At the engine's rate and mean processor time per turn, the
// open loop's latencies with it are those of the machine (a processor
// taken away by the hypervisor or another process, the wake-up of an idle
// one) and of the bench's clock: what is left above them is the engine's.
//
// The work is a number of loop rounds calibrated once, not a wait until a
// deadline: a thread descheduled in the middle of a synthetic turn comes
// back to the same work left, as it would in a real turn.
type syntheticTurner struct {
	rounds  int
	replies [2][]bot.Reply // [0] a question, [1] the booking's confirmation
}

func newSyntheticTurner(d time.Duration) *syntheticTurner {
	return &syntheticTurner{
		rounds: syntheticRounds(d),
		replies: [2][]bot.Reply{
			{{Text: "Quelle est votre situation ?"}},
			{{Text: "Votre rendez-vous est confirmé. Référence : SYNTH"}},
		},
	}
}

// syntheticSink keeps the compiler from removing the loop.
var syntheticSink atomic.Uint64

func spinRounds(n int) uint64 {
	x := uint64(n) | 1
	for range n {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
	}
	return x
}

// syntheticRounds calibrates the loop: the fastest of several timed runs,
// since a run during which the thread lost its processor is slower.
func syntheticRounds(d time.Duration) int {
	const probe = 200_000
	best := time.Duration(1<<63 - 1)
	for range 7 {
		t0 := time.Now()
		syntheticSink.Add(spinRounds(probe))
		best = min(best, time.Since(t0))
	}
	return max(1, int(float64(probe)*float64(d)/float64(max(best, 1))))
}

func (s *syntheticTurner) Turn(_ context.Context, in bot.Inbound) ([]bot.Reply, error) {
	syntheticSink.Add(spinRounds(s.rounds))
	if k, _ := strconv.Atoi(in.UpdateID); k >= syntheticTurns {
		return s.replies[1], nil
	}
	return s.replies[0], nil
}
