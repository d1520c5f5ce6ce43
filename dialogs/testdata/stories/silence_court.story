# Moins de 24 h de silence : pas de question de reprise.
> /start
>> 1
> je cherche du travail à Lille
wait 23h
> 34
= handicap
