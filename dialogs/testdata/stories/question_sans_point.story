# Une question en style SMS, sans point d'interrogation, adaptée au statut : la fiche, puis la question en cours.
> /start
>> 1
> je suis au chômage à Lille
= age
> jpeu utiliser mon cpf pendant le chomage
= age
~ Source :
!~ Je n'ai pas compris
~ Quel âge avez-vous ?
