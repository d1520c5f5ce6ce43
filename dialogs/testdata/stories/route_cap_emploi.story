# Travailleur handicapé de 40 ans : Cap emploi ; l'information n'est transmise qu'avec son accord.
> /start
>> 1
> J'ai une RQTH, je suis demandeur d'emploi, j'ai 40 ans et j'habite à Rennes.
= partage
~ transmise au conseiller
>> 2
= recapitulatif
~ Handicap reconnu : oui
>> 1
= orientation
~ Cap emploi
