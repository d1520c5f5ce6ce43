# Une demandeuse d'emploi qui écrit « clermond ferrand » à la question du lieu : Clermont-Ferrand lui est proposé à confirmer, pas le Clermont de l'Oise.
> bonjour
= consentement
>> 1
> au chômage, 45 ans, pas de handicap, pas cadre
= lieu
> clermond ferrand
= commune
~ Vouliez-vous dire Clermont-Ferrand (Puy-de-Dôme, 63) ?
!~ Oise
>> 1
= recapitulatif
~ Lieu : Clermont-Ferrand (Puy-de-Dôme, 63)
