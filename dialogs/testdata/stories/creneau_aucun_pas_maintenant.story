# Plus de créneau libre : « pas maintenant » laisse partir le visiteur, sans « Je n'ai pas compris », avec de quoi revenir.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
= modalite
booking full
>> 1
= creneau
> pas maintenant
!~ Je n'ai pas compris
~ /conseiller
= fin
