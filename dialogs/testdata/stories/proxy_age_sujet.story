# Pour un proche nommé en sujet (« mon père a 61 ans », « ma fille de 17 ans a arrêté le lycée »), son âge est compris : il était redemandé (« Quel âge a votre père ? »).
> bonjour
= consentement
>> 1
> mon père a 61 ans il est électricien dans une PME à Niort, il voudrait partir plus tôt
!~ Quel âge a votre père ?
= handicap
>> 1
= cadre
>> 1
= lieu
>> 1
= recapitulatif
~ Si j'ai bien compris, pour votre père :
~ Âge : 61 ans
> /start
= consentement
>> 1
= demande
> ma fille de 17 ans a arrêté le lycée, on habite à Cayenne
!~ Quel âge a votre fille ?
= recapitulatif
~ Âge : 17 ans
