# Une doctorante (contrat doctoral, agent public de l'État) : « je veux savoir quoi faire après la thèse » est
# son projet, pas une question à laquelle répondre « Je ne sais pas répondre à cette question ».
> /start
>> 1
> je suis doctorante en contrat doctoral à l'université de Lyon, 27 ans, je veux savoir quoi faire après la thèse
!~ Je ne sais pas répondre
~ Vous m'avez indiqué où vous travaillez (Rhône, 69).
