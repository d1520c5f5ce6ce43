# /start recommence depuis le début et efface les réponses en cours.
> /start
>> 1
> Je suis au chômage à Lille, j'ai 30 ans
= handicap
> /start
= consentement
>> 1
> je suis salarié
= age
