# Un âge de 12 ans est hors champ : réponse bienveillante avec les bons contacts, une fin ; une erreur d'âge se corrige.
> /start
>> 1
> Je cherche un emploi à Lille
= age
> 12
= moins_de_16
~ Avant 16 ans
~ CIO
~ Terminer
> 17
= recapitulatif
