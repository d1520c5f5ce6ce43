# La question du secteur accepte une réponse écrite ; « privé » mène à l'opérateur régional.
> bonjour
= consentement
>> 1
> aide soignante 52 ans, mal au dos, je veux faire autre chose, j'habite Chartres
= secteur
> dans le privé, une clinique
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ salarié(e) du privé
>> 1
= orientation
~ l'opérateur régional du CEP
