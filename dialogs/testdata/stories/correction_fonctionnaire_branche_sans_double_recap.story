# Un salarié qui se dit fonctionnaire au choix du créneau puis au récapitulatif : la fonction publique est demandée tout de suite, et le récapitulatif n'est montré qu'une fois, complet.
> bonjour
= consentement
>> 1
> salarié en CDI dans une banque, j'habite Lille, 45 ans, je veux faire une formation
= handicap
>> 1
= cadre
>> 1
= recapitulatif
> non je suis fonctionnaire
~ C'est noté.
= branche
!~ Si j'ai bien compris
>> 3
= recapitulatif
~ agent public (fonction publique territoriale)
