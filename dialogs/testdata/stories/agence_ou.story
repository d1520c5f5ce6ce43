# Pendant la prise de rendez-vous, « c'est où exactement ? » donne l'adresse de l'agence, puis la même question.
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
>> 1
>> 1
= modalite
> c'est où exactement ?
= modalite
~ Adresse de France Travail Tours Gare : 58 cours Gambetta, 37000 Tours.
!~ Je ne sais pas répondre
>> 1
= creneau
> où se trouve l'agence ?
= creneau
~ Adresse de France Travail Tours Gare
