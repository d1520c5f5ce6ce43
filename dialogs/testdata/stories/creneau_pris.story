# Créneau pris entre la proposition et le choix : le visiteur est prévenu et reçoit les suivants.
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
>> 1
= confirmation
booking taken
>> 1
= creneau
~ vient d'être pris
>> 1
>> 1
= suivi
~ Référence : CEP-
