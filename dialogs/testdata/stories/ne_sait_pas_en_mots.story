# « je sais pas », « chais pas », « pas sûre » tapés au lieu du bouton « Je ne sais pas » : compris, à chaque question qui l'offre.
> bonjour
= consentement
>> 1
> infirmière 34 ans Nantes
= secteur
> je sais pas
= secteur
~ qui vous verse votre salaire ?
!~ Je n'ai pas compris
> aucune idée
= statut
!~ Je n'ai pas compris
> salariée du privé
= handicap
> pas sûre
= cadre
!~ Je n'ai pas compris
user agent
> bonjour
>> 1
> Je suis fonctionnaire, 50 ans, j'habite à Brest
= branche
> chais pas
= recapitulatif
!~ Je n'ai pas compris
