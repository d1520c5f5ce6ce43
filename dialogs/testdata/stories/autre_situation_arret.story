# « En arrêt maladie » choisi dans « Autre situation » : le contrat continue, la situation de travail est demandée avec une explication.
> /start
>> 1
> bonjour
= statut
>> 6
= autre_situation
>> 3
= statut
~ votre contrat continue
>> 2
= age
