# Trois questions sans réponse connue à la même étape : l'offre d'un conseiller vient quand même.
> /start
>> 1
> je suis au chômage à Lille
= age
> combien de temps dure un rendez-vous ?
> est-ce que vous êtes ouverts le samedi ?
> pourquoi vous demandez mon âge ?
~ Parler à un conseiller
= age
