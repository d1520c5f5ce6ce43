# « appelez-moi plutôt le matin » à la question du contact dit quand appeler : ce n'est pas un autre créneau
# (creneau_change_apres_choix), le créneau choisi reste.
> /start
>> 1
> je suis demandeur d'emploi à Lille, 41 ans
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= contact
> appelez-moi plutôt le matin
!~ Voici les prochains créneaux libres le matin
