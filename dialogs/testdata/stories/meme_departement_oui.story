# Une professeure des écoles lue au travail à Lille qui répond « oui » à « Et où habitez-vous ? », dont le seul bouton est « J'habite dans le même département » : le « oui » répond au bouton, sans « lieu non reconnu ».
> bonjour
= consentement
>> 1
> Je suis professeure des écoles à Lille, 34 ans, je veux devenir orthophoniste
= lieu
~ J'habite dans le même département
> oui
!~ Je n'ai pas reconnu ce lieu
= recapitulatif
~ Lieu : Nord (59)
