package analysis

// Round 22K of issue 13 — family: kinds of private-law contracts and working
// times (période d'essai, CDI intérimaire, CDI de chantier / d'opération,
// CDD d'usage, extras, CDD senior, temps partiel, multi-employeurs, job
// étudiant, contrat aidé, vacataire of a private school, two activities at
// once, démission en préavis, contract words in English). Found by a gap
// search (tuning123: 114 messages written before the analyser ran on them,
// a third near-misses). The rules read only what the readable sets agree on:
//
//   - « je suis (actuellement, toujours, encore) en période d'essai »: the
//     contract of work has begun (code du travail L1221-19 to L1221-26:
//     the période d'essai is the start of a running contract), so the
//     person is in work now; the sets label every running période d'essai
//     salarie_prive (or apec when cadre). Read only after a copula or a
//     time adverb: « licencié en période d'essai » stays the end it is.
//   - « on a rompu / j'ai arrêté ma période d'essai »: the rupture of the
//     période d'essai ends the contract (L1221-25); round 7 read only the
//     passive (« ma période d'essai a été rompue »), round 13A « mis fin à ».
//     The sets label every broken période d'essai a job seeker.
//   - « CDIC » (CDI de chantier ou d'opération; the full words are read
//     already through « CDI »): a CDI whose end
//     is the end of the site or operation (L1223-8); while it runs, the
//     person is an employee (sets: « CDI de chantier dans le BTP » and the
//     like, salarie_prive; its end within weeks is read by the ending rules
//     as for any contract).
//   - « multi-employeurs », « salarié de plusieurs particuliers »: the sets
//     label every private multi-employer worker salarie_prive; with a public
//     employer among them the public cue is a rival and the sets' null stays.
//   - contract words in English after an English subject (« I work
//     full-time », « on a permanent contract », « a part-time job », « en
//     part time »): the sets label them salarie_prive (mission_locale under
//     26).
//   - a part-time job held while the person says she is « aussi »,
//     « également », « toujours » a job seeker or registered, or « salarié
//     et demandeur d'emploi »: registration in categories B and C is that
//     of job seekers who work reduced hours (arrêté du 5 février 1992 on
//     the categories of job seekers), and the readable sets label every
//     such message demandeur_emploi (« je suis également demandeuse
//     d'emploi auprès de France Travail afin d'obtenir un complément
//     d'heures », « jsuis tjrs inscrite a france travail parce que jcherche
//     un temps plein », « à mi-temps et demandeuse d'emploi pour l'autre
//     mi-temps »); those who say they are not registered are salarie_prive
//     (the negation blanks the reading). Round 16A's registration « pour
//     trouver un temps plein » without the adverb is kept as it was. With
//     the part-time job named beside it (« CDI à temps partiel …, je suis
//     également demandeuse d'emploi »), the two readings still make the
//     analyser ask: not changed in this round (time).
//
// Kept unchanged (asked, or read as before): two activities at once
// (« auto-entrepreneur et salarié à mi-temps »: the sets split between null,
// salarie_prive and auto_entrepreneur); a student with a job (the sets split
// between etudiant and salarie_prive); a part-time job held while registered
// at France Travail (the sets split: demandeur_emploi and salarie_prive);
// extras (the sets split between salarie_prive, demandeur_emploi and null);
// a démission whose préavis ends within weeks (the sets label it
// demandeur_emploi, row 7's imminent end: already read so).
var round22kSpecs = []patSpec{
	// période d'essai running (L1221-19)
	{p: "suis|es|est|sommes|actuellement|toujours|encore en periode d essai", k: kStatus, v: "salarie_prive", w: 4},
	// période d'essai broken (L1221-25)
	{p: "rompu|rompue|arrete|arretee|interrompu|interrompue|stoppe|stoppee|casse|cassee ma|sa|la|notre|leur periode d essai", k: kStatus, v: "demandeur_emploi", w: 5, event: true},
	// CDIC: CDI de chantier ou d'opération (L1223-8)
	{p: "cdic", k: kStatus, v: "salarie_prive", w: 4},
	// multi-employer private workers
	{p: "multi employeurs|employeur|employeuse", k: kStatus, v: "salarie_prive", w: 3},
	{p: "multiemployeurs|multiemployeur", k: kStatus, v: "salarie_prive", w: 3},
	// a job seeker too, while working part time (arrêté 5/2/1992, categories B, C)
	{p: "suis|est|sommes|jsuis|et aussi|egalement|toujours|tjrs demandeur|demandeuse|demandeurs|demandeuses d emploi", k: kStatus, v: "demandeur_emploi", w: 6},
	{p: "suis|est|sommes|jsuis|et aussi|egalement|toujours|tjrs inscrit|inscrite|inscrits|inscrites a|au|chez|aupres de? france|pole travail|emploi", k: kStatus, v: "demandeur_emploi", w: 6},
	{p: "suis|est|sommes|jsuis|et aussi|egalement|toujours|tjrs inscrit|inscrite|inscrits|inscrites a|au|chez|aupres de? ft|pe", k: kStatus, v: "demandeur_emploi", w: 6},
	{p: "salarie|salariee|salaries|salariees|employe|employee et demandeur|demandeuse|demandeurs|demandeuses d emploi", k: kStatus, v: "demandeur_emploi", w: 6},
	// contract words in English
	{p: "i work full|part time", k: kStatus, v: "salarie_prive", w: 5},
	{p: "on|have|with a permanent|fixed term contract", k: kStatus, v: "salarie_prive", w: 5},
	{p: "a full|part time job", k: kStatus, v: "salarie_prive", w: 5},
	{p: "suis|es|est|bosse|travaille en full|part time", k: kStatus, v: "salarie_prive", w: 4},
}
