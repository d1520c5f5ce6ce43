# « Ingénieur », cadre non dit (round 20I) : un titre le plus souvent de cadre ; la question cadre est posée (puis le domicile, seul le lieu de travail étant dit)
# avant l'orientation, et « oui » envoie à l'Apec (table §1.3, ligne 6), l'opérateur régional en alternative.
> /start
>> 1
> ingénieur chez un équipementier à Toulouse, 41 ans, je veux me reconvertir
= handicap
>> 1
= cadre
> oui
= lieu
>> 1
= recapitulatif
~ Cadre : oui
>> 1
= orientation
~ l'Apec
~ Vous pouvez aussi choisir
