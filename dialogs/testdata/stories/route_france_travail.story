# Demandeur d'emploi de 34 ans à Lyon : France Travail, rendez-vous réservé en tapant les numéros.
> /start
= consentement
~ gratuit et confidentiel
~ Êtes-vous d'accord ?
> oui
= demande
> Bonjour, je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003 et je voudrais me reconvertir
= handicap
> 1
= cadre
> 1
= recapitulatif
~ Si j'ai bien compris
~ 34 ans
~ Lyon
> 1
= orientation
~ France Travail
~ Pourquoi
> 1
= modalite
> 1
= creneau
~ Voici les prochains créneaux disponibles
> 1
= contact
> 1
= confirmation
~ Confirmez-vous ce rendez-vous ?
> 1
= suivi
~ Votre rendez-vous est confirmé.
~ Référence : CEP-
@ rendez-vous-cep.ics
