# "En savoir plus" explique le traitement des données, puis repose la question.
> /start
> 3
= consentement
~ Vous pouvez voir vos données avec /mesdonnees
~ Êtes-vous d'accord ?
> d'accord
= demande
