# Seul le lieu de travail est connu : « pareil » ou le bouton disent que la personne habite le même département.
> bonjour
= consentement
>> 1
> je suis professeur des écoles à Lille, 40 ans, je veux changer de métier
= lieu
~ Vous m'avez indiqué où vous travaillez (Nord, 59).
~ J'habite dans le même département
> pareil
= recapitulatif
~ Lieu : Nord (59)
~ Précisé en réponse à mes questions : lieu.
