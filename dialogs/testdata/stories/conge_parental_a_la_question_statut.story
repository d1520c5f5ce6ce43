# Une mère en congé parental écrit « bonjour » à la description, puis raconte tout à la question de la
# situation : son âge et sa ville sont gardés ; seuls le contrat et ce qui manque sont demandés.
> /start
>> 1
> bonjour
= statut
> je suis en congé parental depuis 2 ans, avant j'étais assistante dans un cabinet comptable à Rennes, 35 ans, je veux reprendre mais dans autre chose
~ Pendant un arrêt ou un congé, votre contrat continue
= statut
>> 2
!~ Quel âge avez-vous ?
= handicap
>> 1
>> 1
~ Vous m'avez indiqué où vous travaillez (Ille-et-Vilaine, 35)
