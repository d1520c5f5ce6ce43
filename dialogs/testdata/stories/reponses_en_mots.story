# Toutes les réponses tapées en mots, sans numéro.
> bonjour
> j'accepte
> je suis salarié dans le bâtiment
= age
> 45 ans
= handicap
> non
= cadre
> non
= lieu
> Rennes
= recapitulatif
> c'est exact
= orientation
