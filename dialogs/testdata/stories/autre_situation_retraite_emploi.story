# Un retraité qui veut reprendre un emploi : demandeur d'emploi, le questionnaire continue.
> /start
>> 1
> Je suis retraitée et je voudrais retrouver un petit emploi à Tours, j'ai 63 ans
= retraite
> oui
= handicap
