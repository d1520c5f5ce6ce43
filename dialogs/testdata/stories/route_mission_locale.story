# Jeune de 19 ans sans diplôme à Amiens : la Mission locale.
> /start
>> 1
> jai 19 ans jai arreté le lycée et je sais pas quoi faire, je suis a Amiens
= statut
>> 1
= recapitulatif
~ 19 ans
~ Amiens
>> 1
= orientation
~ la Mission locale
