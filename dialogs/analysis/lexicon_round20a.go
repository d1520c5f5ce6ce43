package analysis

// Round 20A (issue 13): the operator was wrong while the status was right,
// because the age or the cadre flag was misread. cep-domain.md §1.3 routes
// on both: rows 3–4 need the exact age (16–25 ans révolus, « moins de 26
// ans », L5314-2) and row 3/6 need the cadre status the writer has now.
//
// Ages missed:
//   - « Mamadou 24 ans de Guinée »: « N ans de » is usually a duration
//     (« 12 ans d'expérience »), but a country after « de » says where the
//     person comes from: the years are his age (originAfterR20a).
//   - « hi im 19 from ghana », « I'm 20 and I live in Roubaix »: the English
//     « I'm N » followed by the rest of the sentence, not only ending it as
//     englishAge (round 9B) asked (englishAgeR20a).
//   - « 25 lanné », « Man ni 27 lanné »: « lanné » is « ans » in the
//     Creoles of the Antilles and Guyane (« an lanné », one year); « dépi »
//     is their « depuis », which makes the years a duration (« dépi 20
//     lanné »).
//   - « Dans un mois j'ai 26 ans », « Mon anniversaire c'est demain : 26
//     ans »: the age said is the one of a birthday still ahead, so the age of
//     now is the one before (as « j'ai bientôt 26 ans », ageToCome).
//
// Cadre read true despite the text:
//   - « la DRH propose », « ma DRH me propose »: DRH, DAF, directeur
//     financier… name a cadre (round 14A), but after an article or a
//     possessive they name the employer's manager who speaks to the
//     writer, not the writer (« je suis DRH », « la DRH que je suis » keep
//     it), as cadrePerson (round 17H) reads « ma cadre de santé »; so
//     « statut ETAM donc pas cadre … la DRH propose » stays non-cadre.
//   - « I am not cadre »: the English negation before the word.
//   - « Cadre ? Je ne sais même pas »: the question asked back and left
//     unanswered is no statement (the contract's words decide, or it is
//     asked).

// creoleYears are the Creole words for « ans » after a number.
var creoleYears = map[string]bool{"lanne": true, "lane": true}

// originCountries are countries a visitor says he or she comes from
// (« 24 ans de Guinée », « 30 ans du Mali »); the list holds the usual
// countries of origin of newcomers in France and their spellings without
// accents.
var originCountries = map[string]bool{"guinee": true, "mali": true, "senegal": true, "cote": true, "maroc": true,
	"algerie": true, "tunisie": true, "cameroun": true, "congo": true, "rdc": true, "ghana": true, "nigeria": true,
	"afghanistan": true, "syrie": true, "soudan": true, "erythree": true, "ukraine": true, "haiti": true, "comores": true,
	"madagascar": true, "turquie": true, "roumanie": true, "bresil": true, "colombie": true, "venezuela": true,
	"inde": true, "pakistan": true, "bangladesh": true, "tchad": true, "niger": true, "burkina": true, "benin": true,
	"togo": true, "gabon": true, "mauritanie": true, "gambie": true, "ethiopie": true, "somalie": true, "albanie": true,
	"georgie": true, "russie": true, "armenie": true, "iran": true, "irak": true, "libye": true, "egypte": true}

// originAfterR20a reports « de|du|d' <country> » at j, right after « N
// ans »: where the person comes from, so the years are an age.
func (a *analyser) originAfterR20a(j int) bool {
	t := a.toks
	if j+1 >= len(t) || t[j+1].clause != t[j].clause {
		return false
	}
	switch t[j].s {
	case "de", "d", "du":
		return originCountries[t[j+1].s]
	}
	return false
}

// englishNext are the words that go on an English sentence after « I'm
// N »: « I'm 20 and I live… », « im 19 from ghana ».
var englishNext = map[string]bool{"and": true, "from": true, "living": true, "i": true, "with": true, "years": true}

// englishAgeR20a reports « I'm N » / « im N » / « I am N » followed in
// its clause by the rest of an English sentence.
func (a *analyser) englishAgeR20a(i int) bool {
	t := a.toks
	if i+1 >= len(t) || t[i+1].clause != t[i].clause || !englishNext[t[i+1].s] {
		return false
	}
	return i >= 2 && t[i-2].s == "i" && (t[i-1].s == "m" || t[i-1].s == "am") || i >= 1 && t[i-1].s == "im"
}

// birthdayAheadR20a reports an age said for a birthday still ahead within
// the year: « dans un mois j'ai 26 ans », « demain j'ai 26 ans », « mon
// anniversaire c'est demain : 26 ans ». « demain » or « dans <count>
// jour(s)|semaine(s)|mois » must stand right before « j'ai N », or with
// « anniversaire » in the sentence's eight words before the number; the
// delay opens its clause: a delay told of something else (« fin de CDD dans 2 semaines, j'ai 38
// ans ») leaves the age as said.
func (a *analyser) birthdayAheadR20a(i int) bool {
	t := a.toks
	jai := i >= 2 && t[i-1].s == "ai" && t[i-2].s == "j"
	soon, soonEnd, birthday := false, -1, false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if k < i-1 && sentenceEnd(t[k].after) {
			break
		}
		switch t[k].s {
		case "demain":
			soon, soonEnd = true, k
			if !birthday && k > 0 && t[k-1].clause == t[k].clause {
				soonEnd = -1 // « demain » does not open the clause
			}
		case "anniversaire", "anniv":
			birthday = true
		case "dans":
			if k+2 < i {
				v, _ := leadingInt(t[k+1].s)
				if (t[k+1].num && v >= 1 && v <= 11 || soonCounts[t[k+1].s]) && soonUnits[t[k+2].s] {
					soon, soonEnd = true, k+2
					if k > 0 && t[k-1].clause == t[k].clause {
						// « fin de CDD dans 2 semaines j'ai 38 ans »: the
						// delay of something else, not opening the clause
						soonEnd = -1
					}
				}
			}
		}
	}
	return soon && (birthday || jai && soonEnd == i-3)
}

var soonUnits = map[string]bool{"jour": true, "jours": true, "semaine": true, "semaines": true, "mois": true}

// cadreOtherTitleR20a reports a cadre's title (DRH, DAF, directeur
// financier…) after an article or a possessive, and not after « être » or
// « comme »: the employer's manager, not the writer (« la DRH propose »,
// « ma DRH me propose »).
func (a *analyser) cadreOtherTitleR20a(h hit) bool {
	t := a.toks
	if h.start == 0 || t[h.start-1].clause != t[h.start].clause {
		return false
	}
	switch t[h.start].s {
	case "drh", "daf", "dsi", "raf", "directeur", "directrice", "directeurs", "directrices":
	default:
		return false
	}
	switch t[h.start-1].s {
	case "la", "le", "l", "ma", "mon", "notre", "sa", "son", "leur", "votre", "ta", "ton", "nos", "mes", "les", "ses", "leurs", "une", "un":
	default:
		return false
	}
	if h.start >= 2 && t[h.start-2].clause == t[h.start].clause {
		switch t[h.start-2].s {
		case "suis", "etais", "ete", "etre", "devenu", "devenue", "comme", "es", "sommes":
			return false // « je suis la DRH », « j'ai été le DAF »
		}
	}
	return true
}

// cadreEnglishDeniedR20a reports « not cadre », « not a cadre ».
func (a *analyser) cadreEnglishDeniedR20a(h hit) bool {
	t := a.toks
	j := h.start - 1
	if j >= 0 && t[j].s == "a" {
		j--
	}
	return j >= 0 && t[j].s == "not" && t[j].clause == t[h.start].clause
}

// cadreUnansweredR20a reports « Cadre ? Je ne sais (même) pas » or
// « cadre ? aucune idée »: the question repeated and left unanswered.
func (a *analyser) cadreUnansweredR20a(h hit) bool {
	t := a.toks
	last := t[h.end-1]
	if last.after != '?' || h.end >= len(t) {
		return false
	}
	c := t[h.end].clause
	sais := false
	for k := h.end; k < len(t) && k < h.end+6 && t[k].clause == c; k++ {
		switch t[k].s {
		case "sais", "sait":
			sais = true
		case "pas":
			if sais {
				return true
			}
		case "idee":
			return k > h.end && t[k-1].s == "aucune"
		}
	}
	return false
}
