# Un jour ou un moment de la journée écrit à la question de la modalité (« plutôt jeudi matin »,
# « en visio mardi ») est gardé : les créneaux proposés ensuite sont ceux-là.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
= modalite
> plutôt jeudi matin
= modalite
~ C'est noté : je vous proposerai des créneaux le jeudi matin.
>> 3
= creneau
~ Voici les prochains créneaux libres le jeudi matin :
~ 1. Jeudi 3 décembre à 8 h 30
!~ Mardi
!~ Voici les prochains créneaux disponibles
>> 4
= creneau
~ Voici les prochains créneaux libres le jeudi matin :
!~ Mardi
>> 1
= contact
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
= modalite
> en visio mardi
= creneau
~ Voici les prochains créneaux libres le mardi :
!~ Jeudi
