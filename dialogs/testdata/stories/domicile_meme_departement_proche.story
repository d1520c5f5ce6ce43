# Pour un proche dont seul le lieu de travail est connu, pas de bouton « J'habite dans le même département » : un bouton neutre, « Dans le même département ».
> bonjour
= consentement
>> 1
> mon fils de 30 ans est aide-soignant au CHU de Nantes, il veut se reconvertir
= lieu
~ Vous m'avez indiqué où travaille votre fils (Loire-Atlantique, 44). Et où habite-t-il ?
~ Dans le même département
!~ J'habite dans le même département
> Nantes
= recapitulatif
