# « Je ne sais pas » à la question du secteur : la question générale de la situation est posée.
> bonjour
= consentement
>> 1
> Agent d'entretien depuis 20 ans, 55 ans, j'habite Charleville-Mézières
= secteur
>> 3
= statut
