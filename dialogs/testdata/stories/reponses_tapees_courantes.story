# Réponses tapées comme on parle : « c'est bon » au récapitulatif, « le 2 » pour un créneau, « prendre rendez-vous » pour continuer.
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
= recapitulatif
> c'est bon
= orientation
> 1
= modalite
> par téléphone
= creneau
> le 2
= contact
!~ Je n'ai pas compris
user deux
> bonjour
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
= recapitulatif
> prendre rendez-vous
= orientation
