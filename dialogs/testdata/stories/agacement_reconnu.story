# Un visiteur agacé qui répond à la question du lieu « c'est nul votre truc, je vous ai déjà tout dit !! » : l'agacement est reconnu en une phrase, la question reposée sans « Je n'ai pas reconnu ce lieu ».
> bonjour
= consentement
>> 1
> au chômage, 45 ans, pas de handicap, pas cadre
= lieu
> c'est nul votre truc, je vous ai déjà tout dit !!
~ Je comprends votre agacement. Je vais au plus court.
!~ Je n'ai pas reconnu ce lieu
~ Où habitez-vous ?
> Toulouse
= recapitulatif
