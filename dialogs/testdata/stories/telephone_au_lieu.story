# Un numéro tapé à la question du lieu n'est pas le département 06 : gardé comme contact, la question à nouveau.
> /start
>> 1
> je suis au chômage, j'ai 45 ans, pas de handicap, pas cadre
= lieu
> 06 12 34 56 78
= lieu
~ J'ai noté ce contact pour la suite : 06 12 34 56 78.
~ code postal
!~ Alpes-Maritimes
> 69003
= recapitulatif
~ Lyon (Rhône, 69)
