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
~ Adresse : 58 cours Gambetta, 37000 Tours (France Travail Tours Gare).
!~ Je ne sais pas répondre
>> 1
= creneau
> où se trouve l'agence ?
= creneau
~ Adresse : 58 cours Gambetta, 37000 Tours
# Un nom d'agence qui commence par une voyelle : pas de « Adresse de Avenir Actifs ».
> /start
>> 1
> intérimaire dans la logistique à Cayenne, 33 ans
>> 1
>> 1
>> 1
>> 1
= modalite
> c'est où exactement ?
~ Adresse : 80 avenue du Général-Leclerc, 97300 Cayenne (Avenir Actifs Guyane — antenne de Cayenne).
!~ de Avenir
