# Jeune diplômée bac+5 de 23 ans : l'Apec, la Mission locale en alternative.
> /start
>> 1
> J'ai 23 ans, je viens de finir mon master en biologie et je cherche un emploi, j'habite à Montpellier.
= recapitulatif
>> 1
= orientation
~ l'Apec
~ la Mission locale
