# Après 3 réponses incomprises : un exemple, puis l'offre d'un conseiller.
> /start
>> 1
> je cherche du travail à Lille
= age
> bof
~ Je n'ai pas compris
> je sais pas trop
~ par exemple « 27 »
> ???
~ un conseiller peut reprendre
~ Parler à un conseiller
>> 1
~ vous recontactera
= age
