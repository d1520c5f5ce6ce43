# Une correction écrite en clair à la question « Quelle information voulez-vous corriger ? » est appliquée, sans demander le champ.
> bonjour
= consentement
>> 1
> Je suis au chômage, j'ai 47 ans, j'habite à Tours, pas de handicap
= cadre
>> 1
= recapitulatif
~ 47 ans
>> 2
= correction
> en fait j'ai 48 ans
= recapitulatif
~ C'est noté.
~ 48 ans
!~ Je n'ai pas compris
