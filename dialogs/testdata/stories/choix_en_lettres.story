# Les choix tapés en toutes lettres : « deux », « la première », « un ».
> bonjour
= consentement
> un
= demande
> Je suis salarié dans le commerce à Nantes, j'ai 41 ans et je voudrais me reconvertir
= handicap
> un
= cadre
> la première
= recapitulatif
> deux
~ Quelle information voulez-vous corriger ?
