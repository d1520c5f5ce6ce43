# Plus de créneau libre : une réponse hors sujet redonne les boutons, « être rappelé » en toutes lettres prend le chemin
# du rappel.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
= modalite
booking full
>> 1
= creneau
> et alors ?
~ 1. Être recontacté(e) par un conseiller
= creneau
> je veux être rappelé
= conseiller_contact
