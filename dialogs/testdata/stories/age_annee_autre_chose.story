# « oui j'ai bien une RQTH depuis 2019 » à la question de l'âge : 2019 date la reconnaissance, ce n'est pas
# une année de naissance (elle donnait 7 ans et la fin « avant 16 ans »). Le handicap est noté, l'âge redemandé.
> /start
>> 1
> je travaille
= statut
> oui je suis salariée dans une entreprise privée
= age
> oui j'ai bien une RQTH depuis 2019
!~ Avant 16 ans
~ C'est noté.
= partage
>> 1
= age
> je suis née en 1982
!~ Avant 16 ans
> j'habite à Nantes
~ Âge : 44 ans
