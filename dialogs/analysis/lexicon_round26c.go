package analysis

// Round 26C of issue 13 — family: a relative's or a friend's situation
// told, then a question the writer asks for themselves (« Mon frère au
// chômage a fait un CEP, est-ce que c'est pour moi aussi ? », « ma sœur
// est au RSA, et moi je me pose plein de questions sur mon avenir », « mon
// compagnon est auto-entrepreneur, le CEP peut-il m'aider à me lancer
// aussi ? »). Found by a gap search (tuning143, 177 messages written for
// the family of statuses a careful reader cannot decide before the
// analyser ran on them, a third near misses that say the status).
//
// cep-domain.md §4: the status is null « when the message does not say »;
// the person concerned is the writer, whose situation is not told, so the
// status is asked (§1.3 row 9). relatives.go sets the relative's words
// aside only when the writer states a status of their own; round 13B
// (othersJobOnly) also when the writer asks with « je voudrais », « je
// m'interroge »… after a partner's, a parent's or a friend's job. The
// forms it missed, each a request of the writer's own:
//   - « pour moi » (« est-ce possible pour moi aussi ? », « est-ce gratuit
//     pour moi ? »), « moi-même », « c'est moi » (ownAskR21k);
//   - « moi aussi » not right after the relative's words (« je devrais
//     faire le point moi aussi »; right after them, « mon frère est au
//     chômage, moi aussi », it shares the relative's status and is kept,
//     sameAsRelative);
//   - the writer's own project in the reflexive: « me lancer », « me
//     reconvertir », « me réorienter », « m'installer »; « mon avenir »,
//     « ma carrière », « ma reconversion »;
//   - after a partner's, a parent's or a friend's situation only (not a
//     child's: a parent writes for the child, « mon fils est au chômage,
//     je me demande comment l'aider »): « je me demande », « je me pose
//     des questions », « je devrais », « je peux », « puis-je », « j'y ai
//     droit ».
// Labelled sets: tuning107 and tuning111 (×3) label such questions null.

// ownProjectR26c are the verbs of the writer's own project after « me »,
// « m' » (« me lancer », « m'installer à mon compte »).
var ownProjectR26c = map[string]bool{"lancer": true, "reconvertir": true, "reorienter": true, "installer": true}

// ownFutureR26c are the nouns of the writer's own career after « mon »,
// « ma » (« mon avenir professionnel », « ma reconversion »).
var ownFutureR26c = map[string]bool{"avenir": true, "carriere": true, "reconversion": true, "propre": true}

// helpMeR26c are the verbs of help after « me », « m' » (« le CEP peut-il
// m'accompagner ? », « me conseiller »): after a partner's, a parent's or
// a friend's situation the writer asks for themselves; after a child's the
// parent asks help for the child (« ma fille est au chômage, pouvez-vous
// m'aider ? »).
var helpMeR26c = map[string]bool{"accompagner": true, "aider": true, "conseiller": true, "orienter": true}

// askSelfR26c are the words after « je » (within three) of a question the
// writer asks about their own case (« je me demande si », « je me pose
// des questions », « je devrais faire un CEP », « est-ce que je peux en
// faire un », « j'y ai droit »).
var askSelfR26c = map[string]bool{"demande": true, "pose": true, "devrais": true, "peux": true, "pourrais": true, "droit": true}

// ownAskAfterRelativeR26c reports a relative's or a friend's status, with
// no status of the writer's own, followed by a request the writer makes
// for themselves (see the header): the relative's status is no answer.
func (a *analyser) ownAskAfterRelativeR26c() bool {
	if a.skipRel || a.forRel {
		return false
	}
	t := a.toks
	rel, young := false, false
	for _, h := range a.sc.hits {
		if h.p.k != kStatus && h.p.k != kSector || !a.sc.rel[h.start] {
			continue
		}
		n := a.sc.relNoun[h.start]
		if n < 0 {
			return false // « il », « elle »: a person the message may be for
		}
		if w := t[n].s; workPeople[w] && w != "enfants" && w != "parents" {
			// « mon patron s'est séparé de moi », « je conduis mes
			// clients comme chauffeur VTC à mon compte »: the words
			// after a boss or a client tell the writer's own job
			// (tuning62, tuning66, tuning73)
			return false
		}
		if a.writerWithRelativeR26c(int(n)) {
			return false // « moi et mon mari on est tous deux profs » (tuning36)
		}
		young = young || youngRelatives[t[n].s]
		rel = true
	}
	if !rel {
		return false
	}
	if a.ownAskR21k() {
		return true
	}
	for j := 0; j+1 < len(t); j++ {
		if a.sc.rel[j] {
			continue
		}
		s, next := t[j].s, t[j+1].s
		switch {
		case s == "moi" && next == "aussi" && j > 0 && !a.sc.rel[j-1] && t[j-1].s != "comme":
			return true
		case (s == "me" || s == "m") && ownProjectR26c[next]:
			return true
		case (s == "mon" || s == "ma") && ownFutureR26c[next]:
			return true
		case young:
			continue
		case (s == "me" || s == "m") && helpMeR26c[next]:
			return true
		case s == "puis" && next == "je":
			return true
		case s == "je" || s == "j":
			for k := j + 1; k < len(t) && k <= j+3 && t[k].clause == t[j].clause; k++ {
				if askSelfR26c[t[k].s] {
					return true
				}
			}
		}
	}
	return false
}

// writerWithRelativeR26c reports the relative's noun at n joined to the
// writer in one subject (« moi et mon mari », « mon mari et moi », « ma
// femme et moi »): what follows is said of both.
func (a *analyser) writerWithRelativeR26c(n int) bool {
	t := a.toks
	if n >= 3 && t[n-2].s == "et" && t[n-3].s == "moi" {
		return true
	}
	return n+2 < len(t) && t[n+1].s == "et" && (t[n+2].s == "moi" || t[n+2].s == "je")
}

// someoneToldMeR26c reports a friend or a neighbour at i (« un ami », « une
// voisine ») who is the subject of a verb addressed to the writer within
// five words (« un ami au chômage m'a conseillé votre service », « une
// voisine en CDI m'a parlé de vous »): the words between are that
// person's, as after « un ami qui » (someoneWho).
func (a *analyser) someoneToldMeR26c(i int) bool {
	t := a.toks
	if i >= len(t) {
		return false
	}
	switch t[i].s {
	case "ami", "amie", "copain", "copine", "pote", "voisin", "voisine", "cousin", "cousine":
	default:
		return false
	}
	for j := i + 1; j+1 < len(t) && j <= i+5 && t[j].clause == t[i].clause; j++ {
		switch t[j].s {
		case "je", "j", "moi":
			return false
		case "m", "me":
			return t[j+1].s == "a" || t[j+1].s == "conseille" || t[j+1].s == "parle" || t[j+1].s == "dit"
		}
	}
	return false
}

// markAppositionR26c extends a relative's words over the short clauses
// set between commas after the relative's noun when the sentence goes on
// with a verb of that relative addressed to the writer (« Mon frère, 33
// ans, intérimaire, m'a parlé du CEP »): « 33 ans » and « intérimaire »
// are said of the brother. Only clauses of at most five words with no
// person of their own are taken.
func (a *analyser) markAppositionR26c() {
	t, sc := a.toks, a.sc
	for i := 1; i < len(t); i++ {
		if t[i].clause == t[i-1].clause || !sc.rel[i-1] || int(sc.relNoun[i-1]) != i-1 {
			continue // not a clause right after a relative's bare noun
		}
		j := i
		for n := 0; n < 3 && j < len(t); n++ {
			end := j
			for end < len(t) && t[end].clause == t[j].clause {
				end++
			}
			if end-j > 5 {
				break
			}
			for k := j; k < end; k++ {
				switch t[k].s {
				case "je", "j", "moi", "mon", "ma", "mes", "nous", "on", "il", "elle":
					goto nextNoun
				}
			}
			j = end
			if j+1 < len(t) && (t[j].s == "m" || t[j].s == "me") && (t[j+1].s == "a" || t[j+1].s == "conseille" || t[j+1].s == "parle" || t[j+1].s == "dit") {
				for k := i; k < j; k++ {
					sc.rel[k] = true
					sc.relNoun[k] = sc.relNoun[i-1]
				}
				break
			}
		}
	nextNoun:
	}
}

// round26cSpecs are the patterns of round 26C: « un vrai service public »
// is what the CEP is asked to be (« c'est un vrai service public ? »), no
// employer of the writer's, as « un service public » already is (round
// 13B's kNone).
var round26cSpecs = []patSpec{
	{p: "un|une vrai|vraie|veritable|bon|bonne service|mission de? service? public|publique", k: kNone},
}

// genericMustBeR26c reports « est-ce qu'on doit être », « doit-on être »,
// « on doit avoir été » in the sentence [from, to): a condition of access
// asked for anyone (« est-ce qu'on doit être licencié pour faire une
// démission-reconversion ? »), as « faut-il être » (round 21U), when the
// writer says nothing of themselves anywhere.
func (a *analyser) genericMustBeR26c(from, to int) bool {
	t := a.toks
	for j := from; j+2 < to; j++ {
		s, n, m := t[j].s, t[j+1].s, t[j+2].s
		if (s == "on" && (n == "doit" || n == "devait") || s == "doit" && n == "on") &&
			(m == "etre" || m == "avoir" && j+3 < to && t[j+3].s == "ete") {
			return !a.firstPersonAnywhereR21u()
		}
	}
	return false
}
