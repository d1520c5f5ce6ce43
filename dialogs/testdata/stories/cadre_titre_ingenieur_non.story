# « Ingénieur », cadre non dit (round 20I) : la question cadre est posée (puis le domicile, seul le lieu de travail étant dit) avant l'orientation, et « non »
# envoie à l'opérateur régional (table §1.3, ligne 8), pas à l'Apec.
> /start
>> 1
> ingénieur chez un équipementier à Toulouse, 41 ans, je veux me reconvertir
= handicap
>> 1
= cadre
> non
= lieu
>> 1
= recapitulatif
!~ Cadre : oui
>> 1
= orientation
~ opérateur régional
!~ l'Apec
