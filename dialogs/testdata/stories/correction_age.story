# Correction d'un champ depuis le récapitulatif : seul l'âge est redemandé.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille, je veux me former
>> 1
>> 1
= recapitulatif
>> 2
= correction
> âge
= age
> 24
= recapitulatif
~ 24 ans
>> 1
= orientation
~ la Mission locale
