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
= conseiller_contact
~ Comment préférez-vous être recontacté(e) ?
>> 3
~ vous recontactera ici
~ Pour joindre
= conseiller_pause
>> 1
= age
