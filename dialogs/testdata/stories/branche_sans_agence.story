# Agente hospitalière : pas d'entrée de l'annuaire pour sa fonction publique, donc pas de rendez-vous avec un organisme qui n'est pas compétent.
> bonjour
= consentement
>> 1
> Aide-soignante au centre hospitalier de Dax, titulaire, 44 ans, j'habite à Dax, RQTH
= partage
>> 1
= recapitulatif
>> 1
= orientation
~ direction des ressources humaines de votre établissement
~ Cap emploi (avec une RQTH) ou France Travail
~ L'annuaire ne propose pas de rendez-vous en ligne avec votre employeur
!~ Prendre rendez-vous avec votre employeur public
!~ Centre de gestion
