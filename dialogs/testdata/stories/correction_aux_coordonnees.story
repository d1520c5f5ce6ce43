# À la demande du numéro, « en fait je suis à Orléans maintenant » corrige le lieu ; « en fait mon numéro c'est le 06… » reste la réponse.
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
>> 1
= orientation
>> 1
= modalite
>> 1
= creneau
>> 1
= contact
>> 2
= coordonnees
> en fait je suis à Orléans maintenant
= recapitulatif
~ Orléans (Loiret, 45)
user deux
> bonjour
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
>> 1
>> 1
>> 1
>> 1
= contact
>> 2
= coordonnees
> en fait mon numéro c'est le 06 12 34 56 78
= confirmation
~ 06 12 34 56 78
