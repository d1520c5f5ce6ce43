# Une mère écrit en SMS, avant le consentement, « c pour mon fils » : la suite parle de son fils.
> bonjour c pour mon fils
= consentement
>> 1
~ vous écrivez pour votre fils
> il a 19 ans il a arreté le lycée l'an dernier et il fait rien, on habite a Brest
= recapitulatif
~ pour votre fils
