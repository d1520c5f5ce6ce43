# Étudiant en études, sans chercher d'emploi : hors du CEP, orienté avec tact vers le service d'orientation.
> /start
>> 1
> Je suis étudiant en 2e année de licence de droit à Lille, j'ai 20 ans, je voudrais changer de filière.
= recapitulatif
>> 1
= orientation
~ service d'orientation de votre université
>> 2
= fin
