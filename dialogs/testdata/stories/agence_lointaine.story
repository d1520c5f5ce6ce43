# Une agence hors du département, loin de la commune du visiteur (Angers → Nantes, 80 km à vol d'oiseau), est annoncée avec la distance ; téléphone et visio sont proposés d'abord.
> bonjour
= consentement
>> 1
> Je suis salariée en CDI dans une boulangerie, 41 ans, j'habite à Angers, je veux me reconvertir.
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
~ L'agence la plus proche dans l'annuaire est à Nantes (Loire-Atlantique), hors de votre département, à environ 80 km de chez vous à vol d'oiseau : un rendez-vous par téléphone ou en visio vous évite le déplacement.
~ 1. Par téléphone
