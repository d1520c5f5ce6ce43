# Un âge donné seul (« 34 ») en réponse à la question est dit « précisé en réponse » au récapitulatif.
> bonjour
= consentement
>> 1
> je suis demandeur d emploi depuis 6 mois, je voudrais me reconvertir dans le numérique
= age
> 34
= handicap
>> 1
= cadre
>> 1
= lieu
> Lyon
= recapitulatif
~ Compris dans vos messages : situation.
~ Précisé en réponse à mes questions : âge, handicap et lieu.
