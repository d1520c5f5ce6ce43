# Correction du lieu depuis le récapitulatif.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille, je veux me former
>> 1
>> 1
= recapitulatif
> corriger
> 5
= lieu
> 13001
= recapitulatif
~ Bouches-du-Rhône
