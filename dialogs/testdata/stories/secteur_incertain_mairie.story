# Une secrétaire qui répond à la question du secteur « aucune idée, je travaille pour la mairie » : la mairie dit l'employeur public territorial ; la question n'est pas reposée.
> bonjour
= consentement
>> 1
> secrétaire, 40 ans, j'habite à Mâcon
= secteur
> aucune idée, je travaille pour la mairie
= recapitulatif
~ agent public (fonction publique territoriale)
