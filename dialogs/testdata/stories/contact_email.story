# Contact par e-mail, tapé en mots.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
> par e-mail
= coordonnees
> camille.dupont@exemple.fr
= confirmation
~ camille.dupont@exemple.fr
