# À la question des communes homonymes, le département tapé en mots (« en Martinique », « celle du Jura ») choisit la commune de ce département : la commune était perdue (« Lieu : Martinique (972) »).
> bonjour
= consentement
>> 1
> je suis agent d'accueil à la mairie, 43 ans, Saint-Pierre
= commune
~ Saint-Pierre (Martinique, 972)
> en Martinique
= recapitulatif
~ Lieu : Saint-Pierre (Martinique, 972)
user bob
> bonjour
= consentement
>> 1
> je suis agent d'accueil à la mairie, 43 ans, Saint-Pierre
= commune
> celle du Jura
= recapitulatif
~ Lieu : Saint-Pierre (Jura, 39)
