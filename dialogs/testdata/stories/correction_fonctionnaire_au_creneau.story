# Une salariée qui, au choix du créneau, écrit « en fait je suis fonctionnaire » : la fonction publique est demandée d'abord, puis le récapitulatif complet, une seule fois.
> bonjour
= consentement
>> 1
> salariée en CDI dans une banque, j'habite Lille, 45 ans, je veux faire une formation
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
>> 1
= creneau
> en fait je suis fonctionnaire
~ C'est noté.
= branche
!~ Si j'ai bien compris
>> 4
= recapitulatif
~ agent public (fonction publique hospitalière)
>> 1
= orientation
