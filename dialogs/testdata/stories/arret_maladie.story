# En arrêt maladie : la situation est nommée dans le récapitulatif ; la fiche du médecin du travail, jamais la démission-reconversion.
> /start
>> 1
> je suis salariée en arrêt maladie depuis 8 mois à Reims, j'ai 46 ans, je veux me reconvertir
= handicap
>> 1
>> 1
= recapitulatif
~ salarié(e) du privé, en arrêt maladie
>> 1
= orientation
~ médecin du travail
!~ démission-reconversion
