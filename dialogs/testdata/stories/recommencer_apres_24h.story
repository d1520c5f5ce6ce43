# Retour après plus de 24 h : recommencer efface les réponses.
> /start
>> 1
> je cherche du travail à Lille, j'ai 34 ans
= handicap
wait 49h
> oui
= reprise
> recommencer
= consentement
