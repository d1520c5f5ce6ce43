# « c'est où ? » pendant qu'on demande le numéro de téléphone donne l'adresse de l'agence, puis la même question ; c'était « Je n'ai pas trouvé de numéro ».
> bonjour
= consentement
>> 1
> Je suis en fin de CDD le 31 décembre, préparatrice en pharmacie, 30 ans, Reims
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
> par téléphone
= creneau
>> 1
= contact
> c'est où ?
= contact
~ Châlons-en-Champagne
~ Quel est votre numéro ?
!~ Je n'ai pas trouvé de numéro
