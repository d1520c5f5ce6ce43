# « je comprend pas » à la question de la situation : ce que la réponse décide, puis la question à nouveau.
> /start
>> 1
> bonjour je voudrais changer de métier, 40 ans, Rennes
= statut
> je comprend pas
= statut
~ La situation professionnelle décide de l'organisme compétent
> je suis salarié dans une PME
