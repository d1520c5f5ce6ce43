# Contact par téléphone : numéro invalide, puis valide.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= contact
>> 2
= coordonnees
> 12345
~ Il manque des chiffres
> 06.12.34.56.78
= confirmation
~ Le conseiller pourra vous joindre au 06 12 34 56 78
