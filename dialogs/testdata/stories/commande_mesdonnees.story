# /mesdonnees résume en clair les données conservées, avec le fichier complet en pièce jointe.
> /start
>> 1
> Je suis au chômage à Lille, j'ai 30 ans
> /mesdonnees
~ Voici ce que je conserve sur vous
~ Situation : demandeur d'emploi
~ Âge : 30 ans
~ fichier joint
@ mes-donnees-cep.json
= handicap
