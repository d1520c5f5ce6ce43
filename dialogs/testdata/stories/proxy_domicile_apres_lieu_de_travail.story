# Pour un proche dont seul le lieu de travail est connu : la question dit où il ou elle travaille, le bouton est neutre, les messages parlent de sa commune.
> bonjour
= consentement
>> 1
> ma femme est infirmière au CHU de Rennes, elle a 50 ans et veut se reconvertir
= lieu
~ Vous m'avez indiqué où travaille votre femme (Ille-et-Vilaine, 35). Et où habite-t-elle ?
~ Dans le même département
!~ J'habite
> la lune
= lieu
~ le nom de sa commune
!~ votre commune
> dans le même département
= recapitulatif
~ Lieu : Ille-et-Vilaine (35)
