# « c'est combien ? », « ça coûte combien », « il faut payer ? » à n'importe quelle question : la fiche « Le CEP
# est-il gratuit et confidentiel ? », puis la question de nouveau — pas « Je ne sais pas répondre ». À la description,
# la question seule n'est pas prise pour la situation : la description est redemandée.
# Demandée de nouveau, la fiche déjà montrée n'est pas réimprimée : un renvoi à la réponse plus haut, avec son titre.
> /start
> c'est combien ?
= consentement
~ Le CEP est entièrement gratuit pour vous.
!~ Je ne sais pas répondre
~ Êtes-vous d'accord ?
>> 1
= demande
> ça coûte combien
= demande
~ plus haut (« Le CEP est-il gratuit et confidentiel ? »)
~ Décrivez votre situation
!~ Quelle est votre situation professionnelle
> je suis vendeuse à Tours, CDI, 29 ans
= handicap
> ça coûte combien
= handicap
~ plus haut (« Le CEP est-il gratuit et confidentiel ? »)
!~ Je ne sais pas répondre
> c combien
= handicap
~ plus haut (« Le CEP est-il gratuit et confidentiel ? »)
> il faut payer
= handicap
~ plus haut (« Le CEP est-il gratuit et confidentiel ? »)
~ reconnaissance de handicap
