# Pour un proche, les autres organismes possibles sont à décider avec lui (pas « Le choix vous appartient »).
> /start
>> 1
> c'est pour mon fils, il a 22 ans, il a une RQTH et cherche un emploi, il habite à Lille
>> 1
>> 1
= orientation
~ Décidez-en avec votre fils.
