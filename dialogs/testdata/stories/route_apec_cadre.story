# Cadre de 45 ans à Bordeaux : l'Apec, l'opérateur régional en alternative.
> /start
>> 1
> Je suis cadre dans une entreprise d'informatique à Bordeaux, 45 ans, je voudrais évoluer.
= handicap
>> 1
= recapitulatif
~ Cadre : oui
>> 1
= orientation
~ l'Apec
~ Vous pouvez aussi choisir
>> 1
= modalite
