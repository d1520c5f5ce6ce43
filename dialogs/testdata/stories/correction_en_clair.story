# Corrections en clair au récapitulatif et plus tard : le fait change, l'orientation suit, le récapitulatif revient.
> bonjour
= consentement
>> 1
> Je suis au chômage, j'ai 45 ans, j'habite à Tours, pas de handicap
= cadre
>> 1
= recapitulatif
~ 45 ans
> non j'ai 54 ans pas 45
= recapitulatif
~ C'est noté.
~ 54 ans
>> 1
= orientation
~ France Travail
> et en fait j'ai déménagé à Blois
= recapitulatif
~ Blois
!~ Tours
> non je suis fonctionnaire
~ C'est noté.
= branche
> territoriale
= recapitulatif
~ agent public (fonction publique territoriale)
~ Corrigé par vous : situation
>> 1
= orientation
~ votre employeur public
~ centre de gestion de la fonction publique territoriale
