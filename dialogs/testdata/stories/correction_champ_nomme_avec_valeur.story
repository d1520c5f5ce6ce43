# Au menu « Quelle information voulez-vous corriger ? », un visiteur écrit « mon âge c'est 38 » : le champ nommé est corrigé avec la valeur donnée, sans « Je n'ai pas compris ».
> bonjour
= consentement
>> 1
> au chômage, 45 ans, j'habite à Tours, pas de handicap, pas cadre
= recapitulatif
>> 2
= correction
> mon âge c'est 38
!~ Je n'ai pas compris
= recapitulatif
~ Âge : 38 ans
>> 2
= correction
> je voudrais changer le lieu
= lieu
> Blois
= recapitulatif
~ Blois
