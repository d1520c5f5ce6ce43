package intent

// Distress is what a message says of a hard moment, so that the bot can
// acknowledge it in a short human sentence before going on.
type Distress string

// Kinds of distress, from the most serious. Crisis (thoughts of suicide)
// calls for the national prevention number before anything else.
const (
	Crisis  Distress = "crise"   // « envie d'en finir »
	Loss    Distress = "deuil"   // a death
	Illness Distress = "maladie" // illness, burn-out, depression
	JobLoss Distress = "licenciement"
	Lost    Distress = "perdu" // « je suis perdu », « je ne sais plus quoi faire »
	// Exhausted: « j'en peux plus », « au bout du rouleau », anxious
	Exhausted Distress = "epuisement"
	// Angry: annoyance with the service itself (« c'est nul votre truc »,
	// « je vous ai déjà tout dit »), the least serious.
	Angry Distress = "agacement"
)

var distressSpecs = []struct {
	d   Distress
	pos *phrases
	neg *phrases
}{
	{Crisis, compile(
		"suicide|suicider|suicidaire|suicidaires",
		"me|m tuer",
		"foutre en l air",
		"en finir avec? la? vie?",
		"plus|pas envie de vivre",
		"envie de mourir",
		"kill myself",
		"end my life",
		"want to die",
	), compile("prevention du suicide")},
	{Loss, compile(
		"deces|decede|decedee|deuil|veuf|veuve|orphelin|orpheline",
		"perdu|perte de|d? mon|ma|notre|mes mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|pere|mere|papa|maman|fils|fille|enfant|enfants|frere|soeur|parents|bebe",
		"est|sont mort|morte|morts|mortes|parti|partie|decede|decedee",
		"passed away",
		"bereavement|grief|widow|widower",
		"lost my husband|wife|partner|father|mother|son|daughter|child|brother|sister",
	), nil},
	{Illness, compile(
		"burn|burnt|bore out",
		"burnout|boreout",
		"depression|depressif|depressive|deprime|deprimee",
		"epuise|epuisee|epuisement",
		"cancer|chimio|chimiotherapie|avc|sclerose",
		"malade|maladie|maladies",
		"arret maladie",
		"accident du travail",
		"harcele|harcelee|harcelement",
		"souffrance au travail",
		"illness|ill|sick|depressed|exhausted",
	), compile(
		"assurance maladie",
		"caisse d assurance maladie",
		"aide soignant|soignante malade",
		"malade imaginaire",
	)},
	{JobLoss, compile(
		"licencie|licenciee|licencies|licenciees|licenciement|licencier",
		"vire|viree|virer",
		"perdu|perdre mon|ma|notre emploi|travail|boulot|job|poste|entreprise|boite",
		"plan social",
		"liquidation judiciaire?",
		"fermeture de|d mon|ma|l|notre entreprise|usine|boite|magasin|societe",
		"laid off",
		"lost my job",
		"fired|redundant|redundancy",
	), compile("licencie en|es")}, // « licencié en droit » is a degree
	{Lost, compile(
		"suis|sens|sent|reste|completement|totalement|tellement|tres|peu perdu|perdue|paume|paumee|desempare|desemparee|desespere|desesperee|deboussole|deboussolee",
		"je? ne? sais|sait plus|pas quoi|comment faire",
		// typed on a phone (« jsp quoi faire », « chais plus quoi faire »)
		"jsp|chepa|chaipas|jsaispas|chaispas|jspa|jsplus quoi|comment faire",
		"chais|chai|jsais plus|pas quoi|comment faire",
		"plus quoi faire",
		"je? galere|galerer",
		"i m|am lost|desperate|overwhelmed|stuck",
		"don t know what to do",
	), nil},
	// At the end of one's tether: not lost, worn out (« j'en peux plus »
	// had « C'est normal de ne pas savoir par où commencer »).
	{Exhausted, compile(
		"bout du rouleau",
		"suis|sens|sent|completement|totalement|vraiment a bout",
		"n|ne en peux plus",
		"j en peux plus",
		"jen peux plus",
		"angoisse|angoissee|panique|paniquee|stresse|stressee|inquiet|inquiete",
		"worn out|at the end of my rope",
		"can t take it anymore",
	), nil},
	{Angry, compile(
		// only about the service: « j'en ai marre de mon travail », « mon
		// boulot c'est nul » are the visitor's situation, not annoyance
		"vous|vs etes nuls|nul|nulle|incompetents|inutiles",
		"votre|ton truc|bot|robot|machin|site|service|appli|application est? nul|nulle|pourri|inutile|naze",
		"c|cest nul|pourri votre|ton|ce truc|bot|robot|machin|site|service",
		"c est nul|pourri votre|ton|ce truc|bot|robot|machin|site|service",
		"ca|sa sert a rien votre|ton|ce truc|bot|robot|machin|site|service",
		"ras le bol de? vos|ces questions",
		"toujours|encore les|des memes questions",
		"deja tout? dit|ecrit|repondu",
		"ca|sa fait deux|trois|quatre|plusieurs fois",
		"fois que j essaie|essaye|recommence",
		"this is useless|stupid|ridiculous",
		"i already told|said",
	), compile("pas nul|nulle")},
}

var distressIndex = func() *specIndex {
	pos := make([]*phrases, len(distressSpecs))
	neg := make([]*phrases, len(distressSpecs))
	for i, sp := range distressSpecs {
		pos[i], neg[i] = sp.pos, sp.neg
	}
	return newSpecIndex(pos, neg)
}()

// DistressOf returns the most serious distress the message states, or "".
func DistressOf(text string) Distress { return Fold(text).Distress() }

// Distress is DistressOf on a message folded once for the turn.
func (t Text) Distress() Distress {
	w, wp := t.words()
	defer putWords(wp)
	if len(w) == 0 {
		return ""
	}
	if found := distressIndex.matched(w); found != 0 {
		for i, sp := range distressSpecs {
			if found&(1<<i) != 0 {
				return sp.d
			}
		}
	}
	return ""
}
