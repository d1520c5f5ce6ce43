# « 1 » tapé seul à la question de l'âge n'est pas un âge (pas de fin « moins de 16 ans ») : l'âge est demandé à nouveau.
> bonjour
= consentement
>> 1
> je cherche du travail à Lille
= age
> 1
= age
!~ Avant 16 ans
> 15
= moins_de_16
