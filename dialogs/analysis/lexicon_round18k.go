package analysis

// Round 18K of issue 13: the rewordings of tuning67 (an SMS and a formal
// one of each message) told a fact the original message was read for
// with another tense, spelling or phrase. Each rule widens the reading of
// an existing one and names its source.

// round18kSpecs are the patterns of round 18K.
var round18kSpecs = []patSpec{
	// « titulaire en parallèle d'un CDI », « titulaire par ailleurs d'un
	// master », « titulaire également du permis C »: the holder of a
	// contract or a diploma, as « titulaire d'un » (lexicon.go), with an
	// adverb between; no civil servant's « titulaire » (CGFP L411-1: the
	// fonctionnaire titularisé), which stands without complement
	{p: "titulaire egalement|aussi|parallelement|actuellement|desormais d|de|du un|une|le|la|mon|ma|diplome|bac|permis|licence|master|cap|bts", k: kNone},
	{p: "titulaire en parallele|outre d|de|du un|une|le|la|mon|ma|diplome|bac|permis|licence|master|cap|bts", k: kNone},
	{p: "titulaire par ailleurs d|de|du un|une|le|la|mon|ma|diplome|bac|permis|licence|master|cap|bts", k: kNone},
	// « mon contrat … arrive à échéance dans trois semaines », « arrivera à
	// son terme fin juin »: the end of a contract at its term (code du
	// travail L1243-5) in the present and the future, as « se termine »
	// (lexicon.go, kEnds: read with a contract of the clause by
	// contractEnds, and a far date still keeps the contract running);
	// round 17I read the past « est arrivé à échéance ». « à terme » alone
	// is left out (said of a pregnancy)
	{p: "arrive|arrivent|arrivera|arriveront|arriver a echeance", k: kEnds},
	{p: "arrive|arrivent|arrivera|arriveront|arriver a son|leur terme", k: kEnds},
	// « intérimaire mais 0 mission depuis 3 semaines », « zéro mission »:
	// the digit or the word zero for « aucune » in SMS, as « aucune
	// mission » (lexicon.go: cep-domain.md §4, « intérimaire without
	// mission » is a job seeker)
	{p: "0|zero mission|missions", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "0|zero proposition|propositions|offre|offres de|d mission|missions", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « je prépare un BTS par l'apprentissage », « par l'alternance »: the
	// apprentice (code du travail L6211-1), as « par apprentissage »
	// (round 17I) with the article; the apprentice's contract is of private
	// law in a public body too (loi 92-675 art. 18), read by apprenticeRival
	{p: "par l apprentissage|alternance", k: kStatus, v: "salarie_prive", w: 6},
}
