# Retour après plus de 24 h : continuer reprend la question en cours.
now 2026-12-01T09:00:00+01:00
> /start
>> 1
> je cherche du travail à Lille
= age
wait 30h
> 34
= reprise
~ Bon retour
> 1
= age
~ Quel âge avez-vous ?
> 34
= handicap
