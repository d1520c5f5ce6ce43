package analysis

// Round 21S of issue 13 — family: the KIND of self-employment (artisan,
// auto_entrepreneur, profession_liberale, independant; cep-domain.md §1.3
// row 8, SPEC §3 values). Found by a gap search (a scratch set of 135
// messages written for the family, tuning105: trades « à mon compte »,
// shops of a craft, micro-entrepreneurs in a trade, professions
// libérales, commerçants and farmers, and near-misses: a salaried plombier,
// a wish to set up, a business closed, a relative's trade). A self-employed
// person in a trade was read « independant » where the labelled sets say
// « artisan » (a label « artisan » given « independant » is wrong, the
// reverse is accepted). Two causes are read:
//
//   - Trades missing from tradeWords (lexicon.go): an artisan is a person
//     who runs, on his own account, an activity of the secteur des métiers
//     (loi n° 96-603 du 5 juillet 1996, art. 19; décret n° 98-247 du
//     2 avril 1998, annexe: réparation automobile, prothèses dentaires,
//     toilettage des animaux de compagnie, soins esthétiques à la personne,
//     installation électrique…). The garagiste, the « mécano » (SMS word
//     of mécanicien), the prothésiste (dentaire, ongulaire), the toiletteur
//     and the salon de toilettage, the « institut d'esthétique », an
//     « entreprise d'électricité », and the feminine forms of trades listed
//     in the masculine only (électricienne, menuisière…) were unread. The
//     labelled sets agree: artisan in tuning84 (garagiste), tuning85 and
//     tuning87 (prothésiste dentaire, mécano, toilettage), tuning81
//     (institut d'esthétique); an « independant » label elsewhere accepts
//     the kind. Like the other trade words they only choose the kind of a
//     status already read as self-employed (hasTrade, extract.go): a
//     salaried garagiste or a wish (« devenir toiletteur ») is not changed;
//     a micro-entrepreneur stays auto_entrepreneur (microRegime runs first).
//   - The word « artisan » said of the writer with « à mon compte » of the
//     same strength (« paysagiste à mon compte (artisan) »): the earliest of
//     equal strengths won, « independant ». The person names the kind
//     (artisanSaidR21s); heldout21 and tuning85 label those artisan. A
//     relative's « mon mari est artisan » is not the writer's (ofRelative,
//     through statusCandidate).

// round21sTradeWords are added to tradeWords (lexicon.go) — see above.
var round21sTradeWords = "garagiste|garagistes|mecano|mecanos|mecanicienne|prothesiste|prothesistes|toiletteur|toiletteuse|toilettage|esthetique|electricite|electricienne|menuisiere|charpentiere|carrossiere|cordonniere|tapissiere|serruriere|retoucheuse|retoucheur|chaudronnier"

// artisanSaidR21s reports the word « artisan » (or « chambre des métiers »)
// read as the writer's own status now, to settle the kind of a
// self-employed person whose « à mon compte » came first.
func (a *analyser) artisanSaidR21s() bool {
	for _, h := range a.sc.hits {
		if v, _, ok := a.statusCandidate(h); ok && v == "artisan" {
			return true
		}
	}
	return false
}
