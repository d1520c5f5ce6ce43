# /rdv sans rendez-vous : on le dit, puis on reprend.
> /start
>> 1
> /rdv
~ Vous n'avez pas de rendez-vous en cours.
~ Décrivez votre situation
= demande
