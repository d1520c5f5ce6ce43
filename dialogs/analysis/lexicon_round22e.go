package analysis

// Round 22E of issue 13: situations dated relative to today (scratch set
// tuning117). The labelling convention of cep-domain.md §1.3 (row 7 and
// its notes): an end of contract within weeks makes a job seeker, an end
// months away leaves the visitor in the job held now (row 8). dates.go
// (farDate, endsLater), lexicon_round14a.go (contractEndsFarMonth) and
// lexicon_round19d.go already read a contract that ends months ahead as a
// job still held. Two gaps remained:
//
//   - farContractEndR22e: that reading, a dated one, was then asked again
//     by the statistical veto (opinion.go), whose bag of words cannot tell
//     « se termine dans un an » from « se termine dans un mois », nor
//     « mars prochain » from « fin juin ». The reading rests on today's
//     date, which the model never sees: it is spared (vetoSpared).
//   - nounEndFarMonthR22e: « fin de contrat en novembre » (the noun of the
//     end, with no verb) said in June was read a job seeker, though
//     « mon contrat finit en novembre » is a job held (contractEndsFarMonth).
//     The end is dropped as a job seeker's event; what the contract is
//     (private, public: « militaire, fin de contrat en septembre ») is left
//     to the other words, or asked.
//     The same month window is read (three to nine months ahead, after
//     « en », « fin », « début », « mi », not followed by « dernier » or a
//     year), so « fin de contrat fin juin » or « fin de contrat en juillet »
//     stay a job seeker.
//
// Kept unchanged: « mon contrat se termine le 15 décembre » (a day and a
// month, no year) stays a job seeker — the readable sets label it so
// whenever it is written (dates.go's note); a contract ending within two
// months; a dated past (« licencié en mars »); ages by a birth date
// (age.go already reads « né le 12/03/1999 », « née en 2001 »).

// farContractEndR22e reports a private employee's status read from a
// contract whose end is told as months ahead (endsLater on a contract's
// end, calibrate.go), with no rival status said now.
func (a *analyser) farContractEndR22e(f *Facts) bool {
	if f.Status != "salarie_prive" || a.ev.rival != "" {
		return false
	}
	for _, h := range a.sc.hits {
		if h.p.k != kStatus || !h.p.event || h.p.v != "demandeur_emploi" {
			continue
		}
		if v, _, ok := a.statusCandidate(h); ok && v == "salarie_prive" {
			return true
		}
	}
	return false
}

// nounEndFarMonthR22e reports the noun of a contract's end (« fin de
// contrat », « fin de CDD », « fin de mission ») followed in its clause by
// a month three to nine months ahead (« en novembre », « fin décembre »),
// the month alone right after the noun (no day, no year, not
// « dernier »), not after « depuis » (« depuis ma fin de contrat en
// février »: gone by). A past clause is not read.
func (a *analyser) nounEndFarMonthR22e(h hit) bool {
	t := a.toks
	if a.now.IsZero() || t[h.start].s != "fin" || h.end-h.start != 3 || !endingContract[t[h.end-1].s] {
		return false
	}
	c := t[h.start].clause
	if int(c) < len(a.sc.past) && a.sc.past[c] {
		return false
	}
	if h.start > 0 && t[h.start-1].s == "depuis" || h.start > 1 && t[h.start-2].s == "depuis" || h.end+1 >= len(t) || t[h.end+1].clause != c {
		return false // « au chômage depuis ma fin de contrat en février »: gone by
	}
	if i := h.end + 1; monthNumber[t[i].s] > 0 {
		m := monthNumber[t[i].s]
		switch t[i-1].s {
		case "en", "fin", "debut", "mi":
		default:
			return false
		}
		if i+1 < len(t) && t[i+1].clause == c && (t[i+1].s == "dernier" || t[i+1].num) {
			return false
		}
		d := a.monthsAhead(m)
		return d >= 3 && d <= 9
	}
	return false
}
