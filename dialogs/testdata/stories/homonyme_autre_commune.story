# Parmi des communes homonymes, « Une autre commune » ou « je sais pas » : le code postal est demandé, sans échec compté.
> bonjour
= consentement
>> 1
> j'habite à Saint-Pierre, je suis au chômage, 50 ans, pas de handicap
= commune
~ Une autre commune
> je sais pas
= lieu
!~ Je n'ai pas reconnu
> 97410
= cadre
