package analysis

// Round 22J of issue 13 — family: the self-employed whose business stopped
// or is stopping, and the reverse (cep-domain.md §1.3 row 7: « ex-indépendant
// who stopped » is a job seeker; row 8: an indépendant still in business).
// Found by a gap search (tuning122, 113 messages written for the family
// before the analyser ran on them: liquidation of one's company or of one's
// employer's, redressement, cessation d'activité, « j'ai fermé ma crêperie »,
// radiation of a micro-entreprise, the ATI, a fonds de commerce sold, a
// closure planned, a business closed on Mondays, a retired shopkeeper).
// The rules read:
//
//   - the ATI, « allocation des travailleurs indépendants » (code du
//     travail L5424-25): paid to a self-employed person whose business
//     stopped (liquidation or redressement judiciaire), registered as a job
//     seeker — a job seeker (row 7), only when received (« je touche /
//     perçois / bénéficie de l'ATI ») or named in full; the word
//     « indépendants » inside the allowance's name is no status.
//   - the closure named as a noun of one's own business: « la liquidation /
//     radiation / cessation / fermeture de ma société / de mon commerce »,
//     and « mon salon (de coiffure) a été liquidé / est radié »: the
//     business stopped (liquidation: code de commerce L640-1; radiation of
//     the micro-entreprise: formalités de cessation, guichet unique). Said by
//     an employee of the firm it is a dismissal (L3253-8, L641-4): a job
//     seeker either way. The earlier rounds read the verbs (« j'ai fermé »,
//     rounds 5, 15A, 17I) and the adjacent forms (round 6, 13A).
//   - shops and trades missing from bizObj after a closing verb (« j'ai fermé
//     ma crêperie / ma pizzeria / mon traiteur »), the list of round 21X.
//   - « radié(e) de l'URSSAF / du RCS / du registre »: the radiation ends
//     the self-employed registration (a job seeker, row 7).
//   - « je ne suis plus auto-entrepreneur / à mon compte »: the status ended
//     (weight 3, a job seeker's search: a present job said beside it wins).
//   - « j'ai mis fin à mon activité / à ma société »: the closing verb
//     of the rounds before, said with « mettre fin ».
//   - the KIND of self-employment (auto_entrepreneur, indépendant…) named as
//     the object of the closure — « la radiation de ma micro-entreprise »,
//     « mon auto-entreprise est radiée », « comment fermer mon
//     auto-entreprise » — is not held: the closure is what is said
//     (notHeldR22j).
//   - a closure planned by the owner: « je vais / pense / compte / veux /
//     dois fermer (vendre, céder, radier) mon commerce », « en train de
//     fermer mon restaurant »: still self-employed now (row 8; the labelled
//     sets say so: « je pense fermer » independant in heldout sets). Only the
//     first-person possessive: « mon patron va fermer la boîte » is an
//     employee's (salarie_prive, as before).
//   - a business closed for a day or a holiday (« ma boutique est fermée le
//     lundi / pour travaux / pour congés »): no closure (notHeldR22j).
//   - « commerçant / artisan / agriculteur retraité »: a retiree (§4: null),
//     weight 6 like « à la retraite ».
//   - « le tribunal de commerce » and « le tribunal a prononcé / ouvert »: the
//     court of a procedure, not the writer's public employer (kNone).
//
// Kept unchanged: « mon entreprise est en redressement judiciaire » said by an
// employee (salarie_prive, labelled sets), « mon patron va fermer »
// (salarie_prive), a new job after the closure (supersededEvent, as before),
// a business « en sommeil » (left unknown: still registered but inactive,
// the sets do not say), a business being created (creation project only).
const round22jBiz = bizObj + "|creperie|pizzeria|brasserie|traiteur|resto|boulangerie|boucherie|charcuterie|patisserie|poissonnerie|fromagerie|librairie|pharmacie|hotel|tabac|mercerie|fonds|sarl|eurl|sasu|laboratoire|labo|pressing|gite|menuiserie|maconnerie|plomberie|fleuriste|cave|bistrot|cafe"

const round22jClosedPart = "liquide|liquidee|ferme|fermee|radie|radiee|cesse|cessee|coule|coulee"

var round22jSpecs = []patSpec{
	// the ATI (L5424-25)
	{p: "allocation|allocations des|aux travailleurs independants", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	{p: "touche|percois|recois|touchais|percevais|beneficie|beneficiais|beneficiaire l|de l ati", k: kStatus, v: "demandeur_emploi", w: 6, event: true},
	// the closure as a noun of one's business
	{p: "liquidation|radiation|cessation|fermeture|faillite de|d ma|mon|notre " + round22jBiz, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "liquidation|liquidations judiciaire de|d ma|mon|notre " + round22jBiz, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "cessation d activite de|d ma|mon|notre " + round22jBiz, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ma|mon|notre " + round22jBiz + " _? _? a|ont ete " + round22jClosedPart, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ma|mon|notre " + round22jBiz + " _ _? est|a " + round22jClosedPart, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// closing verbs with the shops of round 21X
	{p: "ai|avons|a|ont ferme|liquide|radie|cesse|arrete ma|mon|notre|sa|son " + round22jBiz, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "radie|radiee|radies de|du l|le? urssaf|rcs|registre|repertoire", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "ne|n suis|etais plus auto|micro entrepreneur|entrepreneuse", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "ne|n suis|etais plus a mon compte", k: kStatus, v: "demandeur_emploi", w: 3, event: true},
	{p: "ai|avons|a mis fin a ma|mon|notre " + round22jBiz, k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// a closure planned by the owner: still in business
	{p: "vais|allons|pense|pensons|compte|comptons|envisage|envisageons|veux|voulons|voudrais|souhaite|dois|devons|devoir|prevois|train de? fermer|vendre|ceder|radier|liquider ma|mon|notre " + round22jBiz, k: kStatus, v: "independant", w: 5, event: true},
	// a retired shopkeeper, craftsman or farmer
	{p: "commercant|commercante|commercants|artisan|artisane|artisans|agriculteur|agricultrice|agriculteurs retraite|retraitee|retraites|retraitees", k: kStatus, v: "-", w: 6},
	// the court of a procedure
	{p: "tribunal|tribunaux de commerce|activites", k: kSector, v: sectorNeutral},
	{p: "tribunal a|avait|vient prononce|ouvert|place|mis|d|de", k: kSector, v: sectorNeutral},
}

// notHeldR22j reports a status hit that is not the writer's status now:
// the kind of self-employment named as the object of a closure (« la
// radiation de ma micro-entreprise », « mon auto-entreprise est radiée »,
// « fermer mon auto-entreprise »), the word « indépendants » of the ATI's
// name, a closure told « après … » before a job found since, and a closure for a day or a holiday (« fermée le lundi »).
func (a *analyser) notHeldR22j(h hit) bool {
	t := a.toks
	s := h.start
	c := t[s].clause
	at := func(j int) string {
		if j < 0 || j >= len(t) || t[j].clause != c {
			return ""
		}
		return t[j].s
	}
	if statusGroup(h.p.v) == "independant" {
		if t[s].s == "independants" && at(s-1) == "travailleurs" && (at(s-2) == "des" || at(s-2) == "aux") {
			return true
		}
		// looking back over determiners to a closure word
		j := s - 1
		for n := 0; n < 3 && j >= 0; n++ {
			w := at(j)
			if round22jDet[w] {
				j--
				continue
			}
			break
		}
		if j < s-1 && round22jClosure[at(j)] {
			return true
		}
		// looking forward: « … est (a été) radiée / fermée »
		k := h.end
		if k < len(t) && (at(k) == "est" || at(k) == "a") {
			k++
			if at(k) == "ete" {
				k++
			}
			if closingVerbs[at(k)] || at(k) == "cessee" {
				return true
			}
		}
		return false
	}
	if h.p.v == "demandeur_emploi" && h.p.event {
		// « après la liquidation de ma boutique, j'ai été embauchée en
		// CDI »: the closure told before a job found since
		if round22jClosureNoun[t[s].s] && at(s-2) == "apres" {
			for _, m := range a.sc.hits {
				if m.start > h.end && m.p.k == kStatus && (m.p.v == "salarie_prive" || m.p.v == "agent_public") {
					return true
				}
			}
		}
		last := t[h.end-1].s
		if last != "ferme" && last != "fermee" && last != "fermes" && last != "fermees" {
			return false
		}
		switch at(h.end) {
		case "le", "les", "tous":
			return round22jDay[at(h.end+1)] || at(h.end) == "tous" && at(h.end+1) == "les" && round22jDay[at(h.end+2)]
		case "pour":
			return round22jPause[at(h.end+1)]
		}
	}
	return false
}

var round22jClosureNoun = map[string]bool{"liquidation": true, "radiation": true, "cessation": true, "fermeture": true, "faillite": true}

var round22jDet = map[string]bool{"ma": true, "mon": true, "notre": true, "sa": true, "son": true, "la": true, "l": true, "le": true, "de": true, "d": true}

var round22jClosure = map[string]bool{"radiation": true, "cessation": true, "fermeture": true, "liquidation": true,
	"fermer": true, "radier": true, "liquider": true, "cesser": true, "ferme": true, "radie": true, "liquide": true, "cesse": true}

var round22jDay = map[string]bool{"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lundis": true, "mardis": true, "mercredis": true, "jeudis": true, "vendredis": true, "samedis": true, "dimanches": true, "midi": true, "soir": true, "week": true}

var round22jPause = map[string]bool{"travaux": true, "conges": true, "vacances": true, "renovation": true, "inventaire": true}
