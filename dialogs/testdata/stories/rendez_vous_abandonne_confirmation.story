# « finalement non, annulez » ou « non finalement annulez » à la confirmation : rien n'est réservé, pas la
# liste des créneaux sans un mot (le « non » en tête valait « Choisir un autre créneau »).
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
= creneau
>> 1
= contact
>> 1
= confirmation
> finalement non, annulez
= orientation
~ D'accord, je ne prends pas de rendez-vous.
>> 1
>> 1
>> 1
= confirmation
> non finalement annulez
= orientation
~ D'accord, je ne prends pas de rendez-vous.
>> 1
>> 1
>> 1
= confirmation
> non
= creneau
