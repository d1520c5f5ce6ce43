# /supprimer refusé : rien n'est effacé, la question en cours revient.
> /start
>> 1
> Je suis au chômage à Lille
= age
> /supprimer
= effacement
> non
~ Rien n'a été effacé
~ Quel âge avez-vous ?
= age
> 30
= handicap
