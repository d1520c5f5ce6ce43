# Une mère pour son fils qui a quitté l'école et cherche un apprentissage : demandeur d'emploi pour l'orientation, la Mission locale.
> /start
>> 1
> c'est pour mon fils, il a 17 ans, il a arrêté l'école et cherche un apprentissage, on habite à Amiens
= recapitulatif
~ Situation : demandeur d'emploi
>> 1
= orientation
~ la Mission locale
~ Votre fils a moins de 26 ans
