# « ouais » à la question du cadre vaut « oui » (« Oui, cadre »), comme ailleurs — c'était « Je n'ai pas compris ».
> /start
>> 1
> je suis salarié dans le privé à Lille, 40 ans
>> 1
= cadre
> ouais
!~ Je n'ai pas compris
> 59000
= recapitulatif
~ Cadre : oui
