# Le numéro ou l'adresse donnés juste avant, corrigés à la confirmation sans mot de correction (« oups 06… »,
# « je voulais dire 06… », « non c'est 07… », « pardon » seul) : le nouveau remplace l'ancien.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 2
>> 1
> 06 12 34 56 78
= confirmation
~ 06 12 34 56 78
> oups 06 12 34 56 79
= confirmation
~ Le conseiller vous appellera au 06 12 34 56 79.
> je voulais dire 06 12 34 56 70
= confirmation
~ Le conseiller vous appellera au 06 12 34 56 70.
> non c'est 07 12 34 56 78
= confirmation
~ Le conseiller vous appellera au 07 12 34 56 78.
> pardon
= coordonnees
~ Quel est votre numéro de téléphone ?
> 07 11 22 33 44
= confirmation
~ Le conseiller vous appellera au 07 11 22 33 44.
>> 1
= suivi
~ 07 11 22 33 44
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
> camille.dupont@exemple.fr
= confirmation
> oups c'est camille.dupond@exemple.fr
= confirmation
~ camille.dupond@exemple.fr
!~ camille.dupont@
