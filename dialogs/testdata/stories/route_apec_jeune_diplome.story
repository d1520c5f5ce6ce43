# Jeune diplômée bac+5 de 23 ans : l'Apec, la Mission locale en alternative.
# Un diplôme qui vient d'être obtenu, avec une recherche : la situation est demandée (étudiante ou
# demandeuse d'emploi, les corpus lisibles se partagent, round 27B) ; la route n'en dépend pas.
> /start
>> 1
> J'ai 23 ans, je viens de finir mon master en biologie et je cherche un emploi, j'habite à Montpellier.
= statut
>> 1
= recapitulatif
>> 1
= orientation
~ l'Apec
~ la Mission locale
