# Pour un proche dont seul le lieu de travail est connu, pas de bouton « J'habite dans le même département ».
> bonjour
= consentement
>> 1
> mon fils de 30 ans est aide-soignant au CHU de Nantes, il veut se reconvertir
= lieu
~ Où habite votre fils ?
!~ J'habite dans le même département
> Nantes
= recapitulatif
