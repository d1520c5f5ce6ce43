# « mon mari et moi sommes tous les deux au chômage » : une personne à la fois, la visiteuse d'abord — les deux
# âges ne sont pas mélangés, son mari pourra faire sa propre demande.
> /start
>> 1
> mon mari et moi sommes tous les deux au chômage à Metz, on a 50 et 48 ans
~ Je vous oriente une personne à la fois : commençons par vous. Votre mari pourra ensuite faire sa propre demande.
~ Quel âge avez-vous ?
= age
