# Un retraité qui écrit « je suis auto-entrepreneur en plus » : il travaille, le CEP lui est ouvert ; on ne lui demande pas s'il cherche un emploi.
> bonjour
= consentement
>> 1
> retraité, je suis auto-entrepreneur en plus, 67 ans, Brest
~ Vous travaillez encore
!~ Cherchez-vous un emploi
= handicap
>> 1
= recapitulatif
~ Situation : auto-entrepreneur
