# Au choix du créneau, « vous avez plus tard dans la semaine ? » ou « aucun ne me va » demandent d'autres créneaux (pas « Je ne sais pas répondre »).
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
>> 1
>> 1
= modalite
>> 1
= creneau
~ 10 h 45
> vous avez plus tard dans la semaine ?
= creneau
!~ Je ne sais pas répondre
!~ 10 h 45
> aucun ne me va
= creneau
!~ Je n'ai pas compris
