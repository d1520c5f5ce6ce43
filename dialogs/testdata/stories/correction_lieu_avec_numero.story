# Un demandeur d'emploi qui donne son numéro en disant qu'il a déménagé : l'agence dépend du lieu ; le récapitulatif revient au lieu d'un rendez-vous dans l'ancienne ville.
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
> 0612345678, et en fait j'ai déménagé à Blois
~ C'est noté.
= recapitulatif
~ Blois
