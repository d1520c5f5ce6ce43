# Un saisonnier « en Corse » : la région seule ne dit pas le département (2A ou 2B) ; ses deux départements sont proposés, et « en Corse » tapé à la question du lieu n'est plus « un lieu non reconnu ».
> bonjour
= consentement
>> 1
> saisonnier en Corse, serveur l'été, 27 ans, je cherche une formation pour l'hiver
= statut
>> 2
= handicap
>> 1
= cadre
>> 1
= lieu
~ La région Corse compte plusieurs départements. Dans lequel habitez-vous ?
~ 1. Corse-du-Sud (2A)
~ 2. Haute-Corse (2B)
> en Corse
!~ Je n'ai pas reconnu ce lieu
~ Dans lequel habitez-vous ?
> haute-corse
= recapitulatif
~ Lieu : Haute-Corse (2B)
