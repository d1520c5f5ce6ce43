# Quand seul le département est connu, une agence hors du département est annoncée comme telle, sans distance ; téléphone et visio sont proposés d'abord.
> bonjour
= consentement
>> 1
> Je suis salariée en CDI dans une boulangerie, 41 ans, j'habite dans le Maine-et-Loire, je veux me reconvertir.
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
~ L'agence la plus proche dans l'annuaire est à Nantes (Loire-Atlantique), hors de votre département : un rendez-vous par téléphone ou en visio vous évite le déplacement.
!~ km
~ 1. Par téléphone
