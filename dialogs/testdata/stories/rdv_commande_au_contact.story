# /rdv au moment du contact, un créneau choisi mais pas encore confirmé : le créneau est mis de côté et pas
# encore réservé, pas « Vous n'avez pas de rendez-vous en cours » ; /mesdonnees puis la même question.
> /start
>> 1
> je suis salarié dans le privé à Lyon, 40 ans
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= contact
> /rdv
= contact
~ Votre créneau est mis de côté, mais le rendez-vous n'est pas encore réservé
!~ Vous n'avez pas de rendez-vous en cours
~ Comment le conseiller peut-il vous joindre si besoin ?
> /mesdonnees
= contact
>> 1
= confirmation
