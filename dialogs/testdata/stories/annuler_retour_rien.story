# « annuler », « retour », « retour au menu » là où ils ne veulent rien dire : ce qu'on peut faire ici, puis la
# question — pas « Je n'ai pas compris », et pas pris pour la description de la situation.
> /start
> retour
= consentement
~ C'est la première question
!~ Je n'ai pas compris
~ Êtes-vous d'accord ?
> annuler
= consentement
~ Il n'y a rien à annuler ici.
!~ Je n'ai pas compris
>> 1
= demande
> annuler
= demande
~ Il n'y a rien à annuler ici.
~ Décrivez votre situation
> retour
= demande
~ Je ne peux pas revenir à la question précédente.
> retour au menu
= demande
~ Commandes :
> je suis au chômage à Rennes
= age
> annuler
= age
~ Il n'y a rien à annuler ici.
!~ Je n'ai pas compris
~ Quel âge avez-vous ?
> 35
