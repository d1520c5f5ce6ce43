# « c'est payant ? », « c'est confidentiel ? » d'une salariée en CDI à l'orientation et au choix du créneau : la fiche
# « Le CEP est-il gratuit et confidentiel ? » (avant la démission-reconversion : TestCEPCardFirstForAnyStatus).
# Demandée de nouveau, la fiche déjà montrée n'est pas réimprimée : un renvoi à la réponse plus haut, avec son titre.
> /start
>> 1
> je suis vendeuse à Tours, CDI, 29 ans, je veux me reconvertir
>> 1
>> 1
>> 1
= orientation
> c'est payant ?
= orientation
~ Le CEP est entièrement gratuit pour vous.
>> 1
>> 1
= creneau
> c'est payant ?
~ plus haut (« Le CEP est-il gratuit et confidentiel ? »)
!~ Démissionner pour se reconvertir
> c'est confidentiel ?
~ plus haut (« Le CEP est-il gratuit et confidentiel ? »)
> combien de temps ?
!~ Je ne sais pas répondre
