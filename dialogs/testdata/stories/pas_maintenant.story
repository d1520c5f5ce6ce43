# « Pas maintenant » : le visiteur repart avec les contacts de l'organisme.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
= orientation
> pas maintenant
= fin
~ Si vous voulez les joindre plus tard
~ Pour joindre France Travail
~ Téléphone :
~ Adresse :
