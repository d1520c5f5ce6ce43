# /rdv puis annuler, confirmé : le créneau est libéré et l'annulation envoyée en .ics.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= suivi
> /rdv
>> 3
= annulation
> oui
= fin
~ est annulé
@ rendez-vous-cep.ics
> /rdv
~ pas de rendez-vous
