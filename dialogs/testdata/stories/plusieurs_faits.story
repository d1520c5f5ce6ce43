# Une réponse libre peut remplir plusieurs cases : âge et lieu d'un coup.
> /start
>> 1
> je suis au chômage
= age
> en fait j'ai 23 ans et j'habite à Lille
= recapitulatif
~ 23 ans
~ Lille
