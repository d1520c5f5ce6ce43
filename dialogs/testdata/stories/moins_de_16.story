# Un âge de 12 ans est hors champ : réponse bienveillante, l'âge est redemandé.
> /start
>> 1
> Je cherche un emploi à Lille
= age
> 12
= age
~ 16 ans et plus
~ CIO
> 17
= recapitulatif
