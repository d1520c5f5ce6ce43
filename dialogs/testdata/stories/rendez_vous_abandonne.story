# « Finalement non, annulez » avant de confirmer : rien n'est réservé, le créneau est rendu, retour aux choix.
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
> finalement non, annulez
= orientation
~ D'accord, je ne prends pas de rendez-vous.
> /rdv
~ pas de rendez-vous
