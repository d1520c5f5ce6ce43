# Un travailleur d'ESAT : reconnu handicapé, orienté vers Cap emploi, la situation nommée dans le récapitulatif.
> /start
>> 1
> je travaille en ESAT à Angers, j'ai 33 ans
= partage
~ Cap emploi
>> 1
= recapitulatif
~ travailleur en ESAT
>> 1
= orientation
~ Cap emploi
