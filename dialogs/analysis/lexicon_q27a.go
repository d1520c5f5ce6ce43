package analysis

// Persona round q27a (issue 13): « m'installer » is settling somewhere
// before it is setting up a business.

// settleWords are the words after « m'installer » that name where or when
// one settles (« je reviens m'installer à Bordeaux en mars », « s'installer
// près de Nancy », « m'installer en Corse »), not a trade.
var settleWords = map[string]bool{"a": true, "au": true, "aux": true, "en": true, "dans": true, "pres": true, "chez": true,
	"vers": true, "ici": true, "la": true, "labas": true, "bas": true, "avec": true, "definitivement": true, "durablement": true,
	"pour": true, "de": true, "du": true, "des": true, "sur": true}

// installBusiness are the words that, within a few words after
// « m'installer », make it a practice or a business opened (« m'installer
// à mon compte », « en libéral », « comme kiné », « en tant que
// consultant », « en agriculture », « sur quelques hectares »).
var installBusiness = map[string]bool{"compte": true, "liberal": true, "liberale": true, "comme": true, "tant": true,
	"independant": true, "independante": true, "freelance": true, "cabinet": true, "agriculture": true, "agricole": true,
	"hectares": true, "exploitation": true, "ferme": true, "boutique": true, "commerce": true, "atelier": true,
	"entreprise": true, "societe": true, "activite": true, "artisan": true, "artisane": true, "auto": true, "micro": true,
	"autoentrepreneur": true, "microentreprise": true, "officine": true, "pharmacie": true, "boulangerie": true,
	"restaurant": true, "salon": true, "franchise": true, "consultant": true, "consultante": true, "exploitant": true,
	"exploitante": true, "maraicher": true, "maraichere": true, "eleveur": true, "eleveuse": true,
	// a farm set up (« m'installer en maraîchage bio », « en élevage de
	// chèvres »): the installation aidée of young farmers
	"maraichage": true, "elevage": true, "viticulture": true, "apiculture": true, "arboriculture": true,
	"horticulture": true, "bio": true, "agriculteur": true, "agricultrice": true, "paysan": true, "paysanne": true}

// settlingOnly reports a « m'installer » (project hit h) followed, in its
// clause, by where or when one settles and no word of a trade within the
// next four words: moving home, not a business created (« je vis au
// Canada, je reviens m'installer à Bordeaux en mars » was « création
// d'entreprise »). « m'installer » alone at the end of its clause keeps
// its reading (« je voudrais m'installer » of an infirmière).
func (a *analyser) settlingOnly(h hit) bool {
	if h.end-h.start != 2 || a.toks[h.end-1].s != "installer" || h.end >= len(a.toks) {
		return false
	}
	c := a.toks[h.end-1].clause
	if a.toks[h.end].clause != c || !settleWords[a.toks[h.end].s] {
		return false
	}
	for j := h.end; j < len(a.toks) && j < h.end+5; j++ {
		if installBusiness[a.toks[j].s] {
			return false
		}
	}
	return true
}
