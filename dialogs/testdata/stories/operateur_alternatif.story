# Le visiteur choisit l'alternative proposée : le choix lui appartient.
> /start
>> 1
> J'ai une RQTH, je suis demandeur d'emploi, j'ai 40 ans et j'habite à Rennes.
>> 1
>> 1
= orientation
~ Cap emploi
> 2
= modalite
>> 1
>> 1
>> 1
>> 1
= suivi
