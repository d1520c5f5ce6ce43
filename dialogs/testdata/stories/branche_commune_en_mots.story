# « je suis à la commune » à la question de la fonction publique : la territoriale, comme « à la mairie » — avant, « Je n'ai pas compris votre réponse ».
> bonjour
= consentement
>> 1
> je suis secrétaire, 44 ans, j'habite à Rennes
= secteur
> public
= branche
> je suis à la commune
!~ Je n'ai pas compris
= recapitulatif
~ agent public (fonction publique territoriale)
