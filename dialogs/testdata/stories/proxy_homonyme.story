# Un père qui écrit pour son fils, qui habite « à Saint-Denis » : la question des homonymes demande la commune de son fils, pas « la vôtre ».
> bonjour
= consentement
>> 1
> c'est pour mon fils, il a 22 ans, il cherche du travail, il habite à Saint-Denis
= commune
~ Plusieurs communes portent ce nom. Laquelle est celle de votre fils ?
!~ la vôtre
~ Saint-Denis (Seine-Saint-Denis, 93)
>> 2
= recapitulatif
~ Saint-Denis (Seine-Saint-Denis, 93)
