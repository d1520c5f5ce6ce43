# Jeune de 19 ans sans diplôme à Amiens : la Mission locale.
> /start
>> 1
> jai 19 ans jai arreté le lycée et je sais pas quoi faire, je suis a Amiens
# Sorti du lycée, sans activité : demandeur d'emploi pour l'orientation,
# la situation n'est pas redemandée.
= recapitulatif
~ 19 ans
~ Amiens
>> 1
= orientation
~ la Mission locale
