# Une cadre dit qu'elle l'est dans sa description : le récapitulatif affiche « Cadre : oui » et dit aussi que
# c'est compris dans ses messages, comme la situation et l'âge (le fait affiché n'était rangé nulle part).
> /start
>> 1
> je suis salariée dans une banque à Tours, 45 ans, cadre, je veux changer de métier
>> 1
>> 1
= recapitulatif
~ Cadre : oui
~ Compris dans vos messages : situation, âge et cadre ou bac+3.
# Donné en réponse à la question : rangé avec les réponses.
> /start
>> 1
> je suis salariée dans une banque à Tours, 45 ans, je veux changer de métier
>> 1
>> 2
>> 1
= recapitulatif
~ Précisé en réponse à mes questions : handicap, cadre ou bac+3 et lieu.
