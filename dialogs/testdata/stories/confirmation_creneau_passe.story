# Le créneau de 10 h choisi à 9 h, « Je confirme » touché à 12 h : le créneau est dit passé et d'autres sont
# offerts, au lieu d'un rendez-vous réservé dans le passé.
> /start
>> 1
> je suis demandeur d'emploi à Lille, 41 ans
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= confirmation
~ Mardi 1er décembre à 10 h
wait 3h
>> 1
= creneau
~ Le créneau que vous aviez choisi est passé.
~ Voici les prochains créneaux disponibles :
!~ Votre rendez-vous est confirmé.
