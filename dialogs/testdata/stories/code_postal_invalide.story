# Un code postal à 4 chiffres est signalé, puis corrigé.
> /start
>> 1
> je suis au chomage, j'ai 40 ans
>> 1
>> 1
= lieu
> 7500
= lieu
~ 5 chiffres
> 75011
= recapitulatif
~ Paris
