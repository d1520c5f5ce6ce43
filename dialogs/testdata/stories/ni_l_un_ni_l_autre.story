# « ni l'un ni l'autre » tapé à une question à deux branches : au secteur (public ou privé ?), c'est le doute
# (la question est reposée par qui verse le salaire) ; à la question cadre ou bac+3, c'est « non ».
> /start
>> 1
> je suis agent d'entretien, 50 ans, à Reims
= secteur
> ni l'un ni l'autre
!~ Je n'ai pas compris
~ qui vous verse votre salaire ?
> je suis payée par une société de nettoyage
= handicap
>> 1
= cadre
> ni l'un ni l'autre
!~ Je n'ai pas compris
= recapitulatif
~ Situation : salarié(e) du privé
!~ Cadre : oui
