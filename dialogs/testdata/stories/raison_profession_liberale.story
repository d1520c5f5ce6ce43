# La raison de l'orientation d'une profession libérale se lit bien : « Vous êtes professionnel(le) libéral(e) », pas « Vous êtes profession libérale ».
> bonjour
= consentement
>> 1
> je suis kiné libéral, 50 ans, à Brest, je veux changer de métier
= handicap
>> 1
= recapitulatif
~ Situation : profession libérale
>> 1
= orientation
~ Pourquoi ? Vous êtes professionnel(le) libéral(e) : l'opérateur régional
!~ Vous êtes profession libérale
