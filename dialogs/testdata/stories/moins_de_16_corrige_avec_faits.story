# Un jeune qui donne d'abord un âge faux (12 ans), puis corrige « non pardon j'ai 21 ans, je cherche du travail à Nice » : l'âge, la situation et le lieu de la correction sont gardés.
> bonjour
= consentement
>> 1
> j'ai 12 ans et je suis pdg
= moins_de_16
> non pardon j'ai 21 ans, je cherche du travail à Nice
= recapitulatif
~ Âge : 21 ans
~ Situation : demandeur d'emploi
~ Lieu : Nice (Alpes-Maritimes, 06)
