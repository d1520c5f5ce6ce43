# La commune homonyme précisée par une ville voisine dans le message même (« Bagnols près de Lyon », « Saint-Denis près de Paris ») : c'est le Bagnols du Rhône, pas Lyon ni Bagnols-sur-Cèze, et la question des homonymes n'est pas posée.
> bonjour
= consentement
>> 1
> au chômage, 45 ans, j'habite à Bagnols près de Lyon, pas de handicap, pas cadre
= recapitulatif
~ Lieu : Bagnols (Rhône, 69)
>> 2
> non en fait j'habite Saint-Denis près de Paris
= recapitulatif
~ Lieu : Saint-Denis (Seine-Saint-Denis, 93)
>> 2
> non, c'est Montigny à côté de Metz
= recapitulatif
~ Lieu : Montigny-lès-Metz (Moselle, 57)
