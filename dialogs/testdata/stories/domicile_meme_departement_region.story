# Le domicile « dans le même département » que le lieu de travail donne aussi la région : l'opérateur régional est le bon.
> bonjour
= consentement
>> 1
> Salarié en CDI dans une PME lyonnaise, 41 ans, pas de handicap, pas cadre
= lieu
~ Vous m'avez indiqué où vous travaillez (Rhône, 69).
>> 1
= recapitulatif
~ Lieu : Rhône (69)
>> 1
= orientation
~ Auvergne-Rhône-Alpes
!~ Guadeloupe
