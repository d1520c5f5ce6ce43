# Une question sans réponse connue : « je ne sais pas », l'offre d'un conseiller, puis la question en cours.
> /start
>> 1
> je suis au chômage à Lille
= age
> combien de temps dure un rendez-vous chez vous ?
= age
~ Je ne sais pas répondre
~ /conseiller
~ Quel âge avez-vous ?
