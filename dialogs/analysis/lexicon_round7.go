package analysis

// Round 7 of issue 13 (tuning27–30): several people in one message,
// relatives written for, contracts that end now or later, notice periods,
// trial periods, phone typing.

// round7StatusSpecs are status words of round 7.
var round7StatusSpecs = []patSpec{
	// a notice period (préavis) ends the contract within weeks (code du
	// travail L1234-1: one or two months after a dismissal, the
	// collective agreement's after a resignation): a job seeker soon
	// (cep-domain.md §1.3 conventions: an end of contract within weeks)
	{p: "preavis", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// the trial period broken ends the contract at once (code du travail
	// L1221-25); « période d'essai non validée » says the same
	{p: "periode d essai a|est|m? ete? rompue|rompu|interrompue|arretee|stoppee|terminee|finie|cassee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "periode d essai non|pas validee|concluante|renouvelee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "periode d essai n a|est pas ete? validee|concluante|renouvelee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "rupture|fin de|d ma|la|sa? periode d essai", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « mission d'intérim terminée vendredi », « contrat d'apprentissage
	// fini »: the kind of contract stands between the word and its end
	{p: "mission|missions|contrat|contrats d|de interim|travail|apprentissage|chantier|professionnalisation termine|terminee|termines|terminees|fini|finie|finis|finies|acheve|achevee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// a rupture conventionnelle or a voluntary departure signed ends the
	// contract on the agreed date (code du travail L1237-13, L1237-19-1:
	// rupture conventionnelle collective); « rupture conv » in phone typing.
	// Only signed: « on me propose une rupture conventionnelle » is not
	// decided (a denial before « signé » is read by negated)
	{p: "rupture|ruptures conv|conventionnel|conventionelle|conventionnelle|conventionel signe|signee|signees|acceptee|homologuee|validee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "signe|signee ma|la|une|mon|le|un rupture|ruptures|depart", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "depart|departs volontaire|volontaires signe|signee|accepte|acceptee|valide|validee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « … puis 5 ans à mon compte, j'ai fermé », « pendant 8 ans au foyer »:
	// years spent somewhere, told in a story, are the past (« depuis 5
	// ans » is the present)
	{p: "puis|pendant|durant 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26|27|28|29|30|31|32|33|34|35|36|37|38|39|40|41|42|43|44|45|46|47|48|49|50 ans|annees", k: kPast},
	// the last year of the lycée (« en terminale ») is a pupil
	{p: "en|suis|est classe? de? terminale|tle|term", k: kStatus, v: "etudiant", w: 5},
	// a recognition asked for is not granted (code du travail L5213-1):
	// « j'ai fait une demande de RQTH », « demande RQTH en cours »
	{p: "demande|demandes de|d? rqth|reconnaissance|mdph", k: kNone},
	// « je finis mon intérim la semaine prochaine », « fin de mon
	// alternance »: the temporary contracts statusSpecs did not name
	{p: "finir|terminer|finis|finit|fini|termine|termines mon|ma|son|sa interim|alternance|apprentissage", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "fin de|d mon|ma|son|sa|l interim|alternance", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « j'ai quitté mon poste en janvier »: a job left (what follows in
	// the present supersedes it: supersededEvent)
	{p: "ai|a|avons quitte|arrete|lache|plaque mon|ma|son|sa poste|emploi|travail|job|boulot|taf|cdi|entreprise|boite|societe", k: kStatus, v: "demandeur_emploi", w: 4, event: true},
	// « mon CDD n'a pas été renouvelé »: the auxiliary between
	{p: "pas|plus|jamais ete renouvele|renouvelee|renouveles|renouvelees|prolonge|prolongee", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « en mission jusqu'à vendredi, ensuite plus rien »: nothing after
	// the contract that ends
	{p: "ensuite|apres|derriere|puis plus? rien", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// the plural of the farmers of lexicon.go (« nous sommes agriculteurs »,
	// « un couple d'éleveurs »); « des agriculteurs » is others (others())
	{p: "paysans|paysannes|agriculteurs|agricultrices|eleveurs|eleveuses|viticulteurs|viticultrices|maraichers|maraicheres", k: kStatus, v: "independant", w: 4},
	// « nous avons repris la ferme de mes parents »: a farm taken over is
	// farmed (CRPM L722-1 1°: exploitations de culture et d'élevage)
	{p: "ai|a|avons|ont repris la|une|l ferme|exploitation|exploitations", k: kStatus, v: "independant", w: 5},
	// the head of one's own company (« président de ma SAS », « gérante de
	// mon entreprise »): a business owner, row 8 (code de commerce L227-6,
	// L223-18)
	// (said of oneself: « le gérant de ma boîte m'a dit » is the boss)
	{p: "suis|sommes|comme president|presidente|gerant|gerante|dirigeant|dirigeante|patron|patronne de|d ma|mon|notre sas|sasu|sarl|eurl|entreprise|boite|societe|pme|agence", k: kStatus, v: "independant", w: 5},
	// « en contrat pro »: the contrat de professionnalisation, a private
	// law work contract (code du travail L6325-1)
	{p: "contrat|contrats pro|professionnalisation", k: kStatus, v: "salarie_prive", w: 5},
	// the employer's bankruptcy: on a liquidation judiciaire the
	// liquidator dismisses within the fortnight (code de commerce L641-4,
	// code du travail L3253-8 2°: the AGS pays what is due within 15 days
	// of the judgment), a job seeker soon; « redressement » is not an end
	{p: "fait faillite", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "en|la|une liquidation judiciaire", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "est|sont en liquidation", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	{p: "a|ont depose le bilan", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « dernier jour de CDD vendredi »
	{p: "dernier|derniere|derniers|dernieres jour|jours|semaine|semaines|mois de|d mon|ma? cdd|contrat|mission|interim|preavis", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// « en 1re année de BTS », « en 2e année de fac »: a student enrolled
	{p: "en 1re|1ere|1er|premiere|2e|2eme|2nde|deuxieme|3e|3eme|troisieme|4e|4eme|5e|5eme annee de|d bts|but|dut|fac|licence|master|droit|medecine|prepa|ecole|cap|bac|pharmacie|psycho|psychologie|socio|lettres|histoire|langues|eco|economie|staps|ifsi|soins", k: kStatus, v: "etudiant", w: 5},
	// « clinique vétérinaire »: the vet's practice, not a vet
	{p: "clinique|cliniques|cabinet|hopital veterinaire|veterinaires", k: kNone},
	// a landscape gardener is an agricultural non-salarié, not an artisan:
	// « travaux de création, restauration et entretien des parcs et
	// jardins » are agricultural works (code rural et de la pêche maritime,
	// L722-1 2° and L722-2 2°; affiliation to the MSA)
	{p: "paysagiste|paysagistes a|au mon|son|compte", k: kStatus, v: "independant", w: 6},
	// (not « paysagiste auto-entrepreneur » since round 14B: the small
	// gardening work of services à la personne, code du travail D7231-1
	// 2° « petits travaux de jardinage », is done under the
	// micro-entrepreneur regime too; the status the visitor declares stands)
	{p: "paysagiste|paysagistes independant|independante", k: kStatus, v: "independant", w: 6},
	// « exploitant(e) » alone is also a job title of transport and
	// logistics (« exploitant transport », ROME N1301): a farmer says
	// « agricole » or names the farm (lexicon.go keeps agriculteur…)
	{p: "exploitant|exploitante|exploitants agricole|agricoles|viticole|viticoles|forestier|forestiere", k: kStatus, v: "independant", w: 5},
	{p: "exploitant|exploitante d|de un|une|la ferme|exploitation|domaine|elevage", k: kStatus, v: "independant", w: 5},
	{p: "exploitant|exploitante transport|transports|logistique", k: kStatus, v: "salarie_prive", w: 3},
}

// round7CommonWords are everyday words the typo corrector turned into a
// keyword: « contacter » → contractor (added in round 6), and words of the
// French word list (Debian package wfrench, re-run in round 7 over the
// lexicon of rounds 5–7) that visitors write: « ayant » → avant, « qu'ils
// aient » → agent, « mariés » → mairies, « fiancé(e) » → France, financée,
// « des pistes » → postes, « selon » → salon, « mètres carrés » → cadres,
// « la veille » → ville, « faute » → faite, « je soigne » → signé, « une
// rente » → reste.
const round7CommonWords = `contacter contacte contactee contactez contactes contacts contactais recontacter
contracter contracte aient aies ait ayant ayons marie mariee maries mariees fiance fiancee fiances fiancees
piste pistes peste selon carre carres carree carrees veille veilles faute fautes soigne soignee soignes soigner
soignent rente rentes choeur choeurs cendre cendres epais comete comites lysee collage collages etole aimees
mande perse patrie parite`

// round7EmployerSpecs are employers of round 7. Words that visitors also
// use as clients or beneficiaries (a student lodged by the CROUS, a
// volunteer of the Croix-Rouge) weigh 3: they settle the sector only with
// a verb or an occupation saying the visitor works there (settleSector).
var round7EmployerSpecs = []employerSpec{
	// groupements hospitaliers de territoire join public hospitals (code
	// de la santé publique L6132-1)
	{p: "ght; groupement|groupements hospitalier|hospitaliers de territoire", sector: sectorPublic, branch: BranchHospitaliere, w: 4},
	// the CROUS are établissements publics administratifs of the State
	// (code de l'éducation L822-1, R822-1)
	{p: "crous", sector: sectorPublic, branch: BranchEtat, w: 3},
	// (not « ASE »: the département places children in foyers run by
	// associations as well as its own, CASF L221-1 and L313-1)
	// « je fais le ménage à la mairie mais je suis payée par une entreprise
	// de nettoyage », « à l'hôpital mais pour une boîte de nettoyage »: the
	// employer of a subcontracted service is the company, private law
	// (code du travail L8241-1: lending staff is the company's own act)
	{p: "paye|payee|payes|payees|salarie|salariee|employe|employee|embauche|embauchee par|pour|d|de une|un entreprise|societe|boite|association|prestataire|agence|soustraitant; paye|payee|payes|payees|salarie|salariee|employe|employee par|pour un sous traitant", sector: sectorPrivate, w: 5},
	{p: "pour une|un boite|entreprise|societe|prestataire|soustraitant de|d nettoyage|securite|restauration|gardiennage|proprete", sector: sectorPrivate, w: 5},
	// veterinary practices are private (code rural L241-1: vets practise
	// in their own name or in companies); a tobacconist's is a shop
	{p: "clinique|cliniques|cabinet veterinaire|veterinaires; bureau|bureaux de tabac; tabac presse", sector: sectorPrivate, w: 4},
	// missions locales are associations in their great majority
	// (code du travail L5314-1: « constituées entre l'État, des
	// collectivités… » under the form of associations or GIP); as the
	// place a young visitor is followed, the word weighs 3
	{p: "mission|missions locale|locales", sector: sectorPrivate, w: 3},
	// associations loi 1901 (Registre national des associations): private law
	{p: "croix rouge; apf; apf france handicap; secours populaire|catholique; restos|restaurants du coeur; emmaus; apprentis d auteuil", sector: sectorPrivate, w: 3},
}
