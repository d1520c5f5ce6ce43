# Un numéro tapé qu'aucun bouton n'a (« 5 » pour trois réponses) : la réponse dit quels numéros répondent.
> /start
>> 1
> je suis demandeur d'emploi, 45 ans, Strasbourg
= handicap
> 5
= handicap
~ Ce numéro ne correspond à aucune réponse : tapez un numéro de 1 à 3, ou touchez un bouton.
> 0
~ tapez un numéro de 1 à 3
> 1
= cadre
