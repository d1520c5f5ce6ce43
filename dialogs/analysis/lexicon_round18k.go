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

// round18kUnknownSpecs are the patterns of round 18K that read a fact
// the rewordings left unknown.
var round18kUnknownSpecs = []patSpec{
	// « je perçois le revenu de solidarité active »: the RSA by its full
	// name (code de l'action sociale et des familles L262-1), as « RSA »
	// (lexicon.go; cep-domain.md §4: a beneficiary is a job seeker)
	{p: "revenu de solidarite active", k: kStatus, v: "demandeur_emploi", w: 5},
	// « sous le régime de l'intermittence », « au statut de
	// l'intermittence »: the intermittent du spectacle by the regime's name
	// (code du travail L1242-2 3°, annexes 8 and 10 of the unemployment
	// insurance), as « intermittent du spectacle » (lexicon.go)
	{p: "sous|au le? regime|statut de l intermittence", k: kStatus, v: "salarie_prive", w: 5},
	// « l'université m'a recrutée par un contrat doctoral », « embauché
	// sous un CDD »: the contract is the means of the hiring, not the
	// employer that « recruté par » names (round 16B, weight 4): the
	// longer phrase at the same word reads no sector, and the contract's
	// own word says the status
	{p: "embauche|embauchee|embauches|embauchees|recrute|recrutee|recrutes|recrutees par|sous|avec un|une|mon|ce? contrat|cdd|cdi", k: kStatus, v: "?", w: 2},
	// « pionne dans un lycée privé »: the surveillant of a private school
	// is employed by its organisme de gestion under private law (code de
	// l'éducation L442-5 covers the teachers only; round 17B
	// privateSchoolStaff), as « surveillante dans un lycée privé »; the
	// public school's « pion » stays an agent (round 16A); « je suis
	// pion », read at « suis » by round 16A, is widened alike
	{p: "pion|pionne|pions|pionnes au|dans|en un|une|le|la? lycee|college|internat|ecole|etablissement prive|privee|prives|privees", k: kStatus, v: "salarie_prive", w: 5},
	{p: "suis|est|comme|sommes|sont|jsuis pion|pionne|pions|pionnes au|dans|en un|une|le|la? lycee|college|internat|ecole|etablissement prive|privee|prives|privees", k: kStatus, v: "salarie_prive", w: 5},
}
