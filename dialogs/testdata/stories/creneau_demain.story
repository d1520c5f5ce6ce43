# « demain matin c'est possible ? » au choix du créneau : les créneaux de demain matin, pas « je ne sais pas
# répondre à cette question ».
> /start
>> 1
> mon CDD se termine le mois prochain, je suis vendeuse à Tours, 29 ans
>> 1
>> 1
>> 1
>> 1
>> 1
= creneau
> demain matin c'est possible ?
= creneau
~ Voici les prochains créneaux libres le mercredi matin :
~ 1. Mercredi 2 décembre à 8 h 30
!~ Je ne sais pas répondre
> et après-demain ?
~ Voici les prochains créneaux libres le jeudi matin :
