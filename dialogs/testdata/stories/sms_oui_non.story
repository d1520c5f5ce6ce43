# Un visiteur pressé qui écrit en abrégé partout (« ouai », « nn », « ouai c bon », « jconfirme ») : chaque réponse est comprise, sans « Je n'ai pas compris ».
> bonjour
= consentement
> ouai
= demande
> chomeur 29an lyon jveu 1 formation
= handicap
> nn
!~ Je n'ai pas compris
= cadre
> nn
= lieu
> lyon
= recapitulatif
> ouai c bon
= orientation
