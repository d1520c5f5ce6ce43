# Une commune homonyme est précisée par un choix.
> /start
>> 1
> je suis au chômage, j'ai 40 ans
>> 1
>> 1
= lieu
> Saint-Denis
= commune
~ Plusieurs communes
>> 1
= recapitulatif
