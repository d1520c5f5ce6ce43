# Une aide-soignante qui répond à la question de la fonction publique « je sais pas trop, c'est un hôpital » : l'hôpital dit la fonction publique hospitalière ; il n'est pas perdu derrière « je ne sais pas ».
> bonjour
= consentement
>> 1
> aide-soignante, 50 ans, j'habite à Mâcon
= secteur
>> 1
= branche
> je sais pas trop, c'est un hôpital
= recapitulatif
~ agent public (fonction publique hospitalière)
