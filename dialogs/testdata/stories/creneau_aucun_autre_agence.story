# Plus de créneau libre à l'agence choisie, mais une autre agence du même opérateur, près de chez le visiteur, en a :
# elle est proposée en bouton, et la choisir donne ses créneaux.
directory roubaix.yaml
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
~ Il n'y a plus de créneau libre dans les semaines à venir pour cette agence.
~ France Travail Roubaix a des créneaux libres.
~ 2. Rendez-vous à France Travail Roubaix
~ 3. Pas maintenant
> l'autre agence
= creneau
~ C'est noté : France Travail Roubaix (12 rue du Grand-Chemin, 59100 Roubaix).
~ Voici les prochains créneaux disponibles
~ Lina Fictif
>> 1
>> 1
= confirmation
~ France Travail Roubaix
