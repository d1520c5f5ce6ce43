# « retour » à une question : pas de retour en arrière, mais une correction en mots est gardée — pas « Je n'ai pas
# compris votre âge » ; « menu » donne l'aide. Avant l'accord, il n'y a rien à corriger : pas ce conseil.
> /start
> retour
= consentement
!~ Je ne peux pas revenir à la question précédente.
>> 1
> je suis au chômage à Rennes
= age
> retour
= age
~ Je ne peux pas revenir à la question précédente.
!~ Je n'ai pas compris
~ Quel âge avez-vous ?
> menu
= age
~ Commandes :
> 35
>> 1
>> 1
= recapitulatif
> retour
= recapitulatif
~ Je ne peux pas revenir à la question précédente.
