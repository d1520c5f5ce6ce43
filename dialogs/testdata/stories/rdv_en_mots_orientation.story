# « rdv » tapé à l'orientation ou au récapitulatif choisit de prendre rendez-vous : c'était la commande /rdv (« Vous n'avez pas de rendez-vous en cours »).
> bonjour
= consentement
>> 1
> Je suis vendeuse en CDD qui se termine fin décembre, 27 ans, à Poitiers
= handicap
>> 1
= cadre
>> 1
= recapitulatif
> rdv
= orientation
!~ Vous n'avez pas de rendez-vous en cours
> rdv
= modalite
!~ Vous n'avez pas de rendez-vous en cours
> rdv
~ Vous n'avez pas de rendez-vous en cours
= modalite
