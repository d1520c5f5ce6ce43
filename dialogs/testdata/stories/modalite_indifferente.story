# « je sais pas », « peu importe » à la question de la modalité prennent la modalité proposée en premier (ici le téléphone, l'agence étant loin) et le disent ; c'était « Je n'ai pas compris ».
> bonjour
= consentement
>> 1
> Je suis ouvrier agricole dans une exploitation viticole, 54 ans, à Épernay
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
~ 1. Par téléphone
> je sais pas
= creneau
~ C'est noté : le rendez-vous se fera par téléphone.
!~ Je n'ai pas compris
user bob
> bonjour
= consentement
>> 1
> Je suis cuisinier dans un restaurant, 35 ans, à Bordeaux
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
~ 1. Sur place
> bof peu importe
= creneau
~ C'est noté : le rendez-vous se fera sur place.
