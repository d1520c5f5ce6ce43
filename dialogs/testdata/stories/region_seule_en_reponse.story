# Une demandeuse d'emploi qui répond « en Bretagne » à la question du lieu : les quatre départements bretons sont proposés au lieu d'un « lieu non reconnu ».
> bonjour
= consentement
>> 1
> au chômage depuis 6 mois, 39 ans, pas de handicap, pas cadre
= lieu
> en Bretagne
!~ Je n'ai pas reconnu ce lieu
~ La région Bretagne compte plusieurs départements.
~ Finistère (29)
>> 2
= recapitulatif
~ Lieu : Finistère (29)
