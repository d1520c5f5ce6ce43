# De retour deux jours plus tard à la question du contact, le créneau choisi (mardi 10 h) est passé : il est
# dit passé et d'autres créneaux sont offerts — il était confirmé tel quel, un rendez-vous dans le passé.
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
wait 49h
> bonjour je reviens pour mon rendez-vous
= reprise
>> 1
= creneau
~ Le créneau que vous aviez choisi est passé.
~ Voici les prochains créneaux disponibles :
!~ Mardi 1er décembre
>> 1
= contact
>> 1
= confirmation
!~ Mardi 1er décembre
>> 1
= suivi
~ Votre rendez-vous est confirmé.
!~ Mardi 1er décembre
