# « la semaine prochaine plutôt » au choix du créneau : les créneaux à partir de lundi prochain, pas la page
# suivante de cette semaine.
> /start
>> 1
> mon CDD se termine le mois prochain, je suis vendeuse à Tours, 29 ans
>> 1
>> 1
>> 1
>> 1
>> 1
= creneau
> la semaine prochaine plutôt
= creneau
~ 1. Lundi 7 décembre à 8 h 30
!~ Mardi 1er décembre
!~ Mercredi 2 décembre
> la semaine prochaine le jeudi
~ Voici les prochains créneaux libres le jeudi :
~ 1. Jeudi 10 décembre
