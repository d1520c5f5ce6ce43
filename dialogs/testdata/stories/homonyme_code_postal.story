# Un vendeur de Saint-Denis qui répond par son code postal (93200) à la question des homonymes : la commune est gardée avec son département, pas seulement « Seine-Saint-Denis ».
> bonjour
= consentement
>> 1
> je suis vendeur en CDI, 30 ans, j'habite à Saint-Denis
= commune
~ Saint-Denis (Seine-Saint-Denis, 93)
> 93200
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ Lieu : Saint-Denis (Seine-Saint-Denis, 93)
