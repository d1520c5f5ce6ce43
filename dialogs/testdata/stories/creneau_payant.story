# « c'est payant ? », « c'est confidentiel ? » d'une salariée en CDI à l'orientation et au choix du créneau : la fiche
# « Le CEP est-il gratuit et confidentiel ? » (avant la démission-reconversion : TestCEPCardFirstForAnyStatus).
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
~ Le CEP est entièrement gratuit pour vous.
!~ Démissionner pour se reconvertir
> c'est confidentiel ?
~ Le conseiller est tenu à la discrétion professionnelle.
> combien de temps ?
!~ Je ne sais pas répondre
