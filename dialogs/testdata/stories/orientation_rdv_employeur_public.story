# Un agent public dont l'employeur ne se réserve pas en ligne demande « un rdv » en toutes lettres à
# l'orientation : c'est le seul organisme proposé au rendez-vous qui est pris, avec le jour souhaité.
> /start
>> 1
> Bonjour je suis infirmière au CHU d'Angers, 52 ans, j'habite à Angers et je voudrais changer de métier
= recapitulatif
>> 1
= orientation
~ Prendre rendez-vous avec France Travail
> je voudrais un rdv en visio jeudi matin
!~ Je n'ai pas compris
= creneau
~ le rendez-vous se fera en visio
~ Voici les prochains créneaux libres le jeudi matin :
