# Une question en plein dialogue reçoit sa fiche, puis la même question revient.
> /start
>> 1
> je suis au chômage à Lille
= age
> c'est quoi la VAE ?
= age
~ validation des acquis
~ Source :
~ Quel âge avez-vous ?
> 34
= handicap
