# Un bouton d'une question précédente n'est jamais rejoué : réponse courte et question en cours.
> /start
>> 1
> je suis au chômage, j'ai 40 ans, j'habite à Lille
= handicap
>> 1
= cadre
>> stale 2
= cadre
~ question précédente
~ cadre
!~ Handicap reconnu : oui
>> 1
= recapitulatif
