# Un jour ou un moment de la journée écrit au choix du créneau (« plutôt jeudi », « l'après-midi ») : les créneaux proposés changent.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
= creneau
> plutôt jeudi
= creneau
~ Voici les créneaux le jeudi les plus proches.
~ Jeudi
> le jeudi après-midi ce serait mieux
= creneau
~ Voici les créneaux le jeudi après-midi les plus proches.
> le matin plutôt
= creneau
~ Voici les créneaux le matin les plus proches.
>> stale 1
~ question précédente
>> 1
= contact
