# "Autres créneaux" propose la suite ; les anciens boutons deviennent périmés.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
= creneau
>> 4
= creneau
~ Voici les prochains créneaux disponibles
>> stale 1
~ question précédente
>> 1
= contact
