# Un numéro ou une adresse à la question de l'âge ne sont pas un âge.
> /start
>> 1
> je suis salarié à Rennes
= age
> mon mail c'est jean.dupont@example.com
= age
~ J'ai noté ce contact pour la suite : jean.dupont@example.com.
> 07 98 76 54 32
= age
~ pas à une réponse à ma question
> 41
!~ 7 ans
