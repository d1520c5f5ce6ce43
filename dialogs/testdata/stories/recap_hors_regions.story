# Un salarié de Saint-Pierre-et-Miquelon : le récapitulatif dit son lieu, hors des régions couvertes par le CEP, au lieu de « Lieu : non précisé ».
> bonjour
= consentement
>> 1
> salarié en CDI, 45 ans, j'habite à Saint-Pierre-et-Miquelon
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ hors des régions couvertes par le CEP
!~ Lieu : non précisé
