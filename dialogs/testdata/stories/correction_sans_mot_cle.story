# Plus tard, un fait nouveau sans « en fait » ni « non » (« oups j'ai 29 ans », « ah et je suis reconnue travailleuse handicapée ») au lieu d'un bouton : le fait change, le récapitulatif revient ; le partage de la RQTH est demandé d'abord, puis le récapitulatif, une seule fois.
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
>> 1
= orientation
>> 1
= modalite
>> 2
= creneau
> oups j'ai 29 ans
= recapitulatif
~ Âge : 29 ans
!~ Je n'ai pas compris
>> 1
= orientation
>> 1
= modalite
> ah et je suis reconnue travailleur handicapé
= partage
~ C'est noté.
>> 1
= recapitulatif
~ Handicap reconnu : oui
>> 1
= orientation
~ Cap emploi
> aucun ne me convient
= orientation
!~ C'est noté.
