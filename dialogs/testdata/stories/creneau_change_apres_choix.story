# Un créneau choisi, puis « non plutôt l'après-midi » à la question du contact ou à la confirmation : les
# créneaux de l'après-midi, pas « Je n'ai pas compris ».
> /start
>> 1
> je suis demandeur d'emploi à Lille, 41 ans
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= contact
> non plutôt l'après-midi
= creneau
!~ Je n'ai pas compris
~ Voici les prochains créneaux libres l'après-midi :
>> 1
= contact
>> 1
= confirmation
~ à 13 h
> finalement plutôt jeudi matin
= creneau
~ Voici les prochains créneaux libres le jeudi matin :
>> 1
= confirmation
~ Jeudi 3 décembre
>> 1
= suivi
