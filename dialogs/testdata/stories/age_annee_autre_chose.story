# « oui j'ai bien une RQTH depuis 2019 » à la question de l'âge : 2019 date la reconnaissance, ce n'est pas
# une année de naissance (elle donnait 7 ans et la fin « avant 16 ans »). Le handicap est noté, l'âge redemandé.
# « je travaille depuis 2010 » ne donne pas 16 ans ; « j'ai 44 ans, je travaille depuis 2010 » donne 44 ans.
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
> je travaille depuis 2010
= age
~ Je n'ai pas compris votre âge.
> j'ai 44 ans, je travaille depuis 2010
> j'habite à Nantes
~ Âge : 44 ans
