# Un demandeur d'emploi qui donne son numéro en se disant fonctionnaire hospitalier : l'orientation change, le récapitulatif revient (pas de rendez-vous cassé « plus de créneau libre »).
> bonjour
= consentement
>> 1
> au chômage, 45 ans, j'habite à Tours, pas de handicap, pas cadre
= recapitulatif
>> 1
= orientation
>> 1
= modalite
>> 2
= creneau
>> 1
= contact
> mon numéro c'est le 0612345678 et en fait je suis fonctionnaire hospitalier
~ C'est noté.
!~ plus de créneau libre
= recapitulatif
~ agent public (fonction publique hospitalière)
