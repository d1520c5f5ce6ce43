# Un demandeur d'emploi qui donne son numéro et corrige son âge dans le même message (« mon numéro c'est le 0612345678 et au fait j'ai 46 ans pas 45 ») : le numéro est pris, l'âge corrigé, le rendez-vous continue.
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
> mon numéro c'est le 0612345678 et au fait j'ai 46 ans pas 45
~ C'est noté.
= confirmation
~ 06 12 34 56 78
> /mesdonnees
~ Âge : 46 ans
