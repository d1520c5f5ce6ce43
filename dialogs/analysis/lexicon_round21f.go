package analysis

// Round 21F of issue 13 — family: the edges of the public sector
// (cep-domain.md §1.3 row 1, and the « private-law staff of public bodies »
// of row 8). Found by a systematic gap search (scratch set tuning93, 138
// messages written for the family before the analyser was run on them:
// vacataires, contractuels, AESH/AED, ATSEM, EPIC and company staff,
// hospitals, clinics and ESPIC, the army, police, firemen, élus, concours,
// disponibilité, détachement). Most of the family was already covered; the
// gaps closed here:
//
//   - a hospital or a health centre of the Croix-Rouge française: an
//     association (loi du 1er juillet 1901, reconnue d'utilité publique)
//     whose hospitals are établissements de santé privés d'intérêt
//     collectif (code de la santé publique, art. L6161-5), private-law
//     employers; « hôpital » alone (w 3, public) must not outweigh the
//     association named after it. Also the words of the status itself
//     (« établissement de santé privé d'intérêt collectif », « ESPIC »),
//     cep-domain.md §1.5 (« private clinics are private employers »).
//   - a university library (« BU », « bibliothèque universitaire »): a
//     service of a university (code de l'éducation, art. D714-28 s.),
//     a public employer (État) like « université » in employers.go. « BU »
//     is only read after « à la|de la|en ».
//   - the end of a vacataire's hours said with the vacations as subject
//     (« mes vacations [à l'université de Lille] sont finies / terminées », « mes vacations n'ont pas
//     été reconduites / renouvelées »): the same event as round 13A's
//     « plus de vacations » (a vacataire without hours is a job seeker,
//     cep-domain.md §4 « demandeur_emploi includes … fin de CDD »).
var round21fEmployerSpecs = []employerSpec{
	{p: "hopital|hopitaux|clinique|centre|etablissement|maison de|d la croix rouge", sector: sectorPrivate, w: 5},
	{p: "espic; etablissement|etablissements de sante prive|prives d interet collectif", sector: sectorPrivate, w: 5},
	{p: "bibliotheque|bibliotheques universitaire|universitaires; a|de|en la? bu", sector: sectorPublic, branch: BranchEtat, w: 4},
}

var round21fSpecs = []patSpec{
	{p: "mes|les|nos vacations _? _? _? _? sont finies|terminees|arretees", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "mes|les|nos vacations _? _? _? _? se sont finies|terminees|arretees", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "vacations n ont pas ete|plus ete reconduites|renouvelees|prolongees", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	{p: "vacations ne sont|seront pas|plus reconduites|renouvelees", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
}
