# Un jour ou un moment de la journée écrit au choix du créneau (« plutôt jeudi », « l'après-midi ») : les créneaux proposés changent,
# annoncés en une ligne.
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
~ Voici les prochains créneaux libres le jeudi :
!~ Voici les prochains créneaux disponibles
~ Jeudi
> le jeudi après-midi ce serait mieux
= creneau
~ Voici les prochains créneaux libres le jeudi après-midi :
> le matin plutôt
= creneau
~ Voici les prochains créneaux libres le jeudi matin :
>> stale 1
~ question précédente
>> 1
= contact
