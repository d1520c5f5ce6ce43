# /mesdonnees renvoie toutes les données conservées en pièce jointe.
> /start
>> 1
> Je suis au chômage à Lille, j'ai 30 ans
> /mesdonnees
~ toutes les données
@ mes-donnees-cep.json
= handicap
