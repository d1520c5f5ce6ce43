# Un retraité : pas de boucle sur la question de situation ; s'il ne cherche pas d'emploi, des contacts et une fin.
> /start
>> 1
> bonjour
= statut
~ Autre situation
>> 6
= autre_situation
> retraité
= retraite
~ s'adresse aux personnes qui travaillent ou qui cherchent un emploi
>> 2
= fin
~ Pour joindre
~ mon-cep.org
