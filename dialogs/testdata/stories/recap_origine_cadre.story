# Une cadre dit qu'elle l'est dans sa description : le récapitulatif affiche « Cadre : oui » et dit aussi que
# c'est compris dans ses messages, comme la situation et l'âge (le fait affiché n'était rangé nulle part).
> /start
>> 1
> je suis salariée dans une banque à Tours, 45 ans, cadre, je veux changer de métier
>> 1
>> 1
= recapitulatif
~ Cadre : oui
~ Compris dans vos messages : situation, âge et cadre.
# Donné en réponse à la question : rangé avec les réponses.
> /start
>> 1
> je suis salariée dans une banque à Tours, 45 ans, je veux changer de métier
>> 1
>> 2
>> 1
= recapitulatif
~ Précisé en réponse à mes questions : handicap, cadre et lieu.
# Répondu « non », puis « en fait je suis cadre » à la question suivante : une correction, nommée comme
# la ligne du récapitulatif (« cadre »), et l'explication dit « Vous êtes cadre ».
> /start
>> 1
> je suis salariée dans une banque à Tours, 45 ans, je veux changer de métier
>> 1
> non
= lieu
> en fait je suis cadre
= lieu
> 37000
= recapitulatif
~ Corrigé par vous : cadre.
!~ Précisé en réponse à mes questions : handicap, cadre
>> 1
= orientation
~ Pourquoi ? Vous êtes cadre : l'Apec accompagne
!~ ou diplômé
# Un bac+3 sans être cadre : nommé comme tel, et l'explication ne le dit pas cadre.
> /start
>> 1
> je suis au chômage à Tours, 45 ans, j'ai un master
>> 1
= recapitulatif
~ Diplômé(e) bac+3 ou plus : oui
!~ Cadre : oui
>> 1
= orientation
~ Vous êtes diplômé(e) d'un bac+3 ou plus à la recherche d'un poste de cadre
!~ Vous êtes cadre
