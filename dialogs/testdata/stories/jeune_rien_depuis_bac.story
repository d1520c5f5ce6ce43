# « il ne fait rien depuis le bac » : demandeur d'emploi pour l'orientation.
> /start
>> 1
> c'est pour mon fils
= statut
> il ne fait rien depuis le bac
!~ Je n'ai pas compris
= age
> 20
= lieu
> Nantes
= recapitulatif
~ demandeur d'emploi
