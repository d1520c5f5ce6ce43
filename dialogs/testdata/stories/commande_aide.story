# /aide en pleine question : l'aide, puis la même question.
> /start
>> 1
> je suis au chomage a Lille
= age
> /aide
= age
~ /conseiller
~ Quel âge avez-vous ?
> aide
~ /rdv
= age
