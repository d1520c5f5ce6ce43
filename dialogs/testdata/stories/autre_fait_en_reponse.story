# Une réponse qui ne répond pas à la question mais apporte un autre fait : il est noté, sans compter d'échec.
> /start
>> 1
> je suis au chômage, j'ai 40 ans
>> 1
>> 1
= lieu
> en fait je suis cadre
~ C'est noté.
~ Où habitez-vous ?
!~ Je n'ai pas reconnu
> Lille
= recapitulatif
~ Cadre : oui
