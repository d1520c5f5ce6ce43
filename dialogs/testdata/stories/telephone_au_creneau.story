# Un numéro tapé au choix du créneau : gardé comme contact, le créneau demandé à nouveau ; le rendez-vous par téléphone ne le redemande pas.
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
= recapitulatif
>> 1
= orientation
>> 1
= modalite
> par téléphone
= creneau
> 06 12 34 56 78
= creneau
~ J'ai noté ce contact pour la suite : 06 12 34 56 78.
!~ Je n'ai pas compris
>> 1
!~ Quel est votre numéro
~ 06 12 34 56 78
