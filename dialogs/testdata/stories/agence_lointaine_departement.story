# Une agence loin de chez soi dans son propre département (Brest → Quimper, 55 km à vol d'oiseau) est annoncée avec la distance ; téléphone et visio sont proposés d'abord.
> bonjour
= consentement
>> 1
> Je suis demandeur d'emploi depuis 8 mois, 38 ans, j'habite à Brest, je voudrais me former.
= handicap
>> 1
= cadre
>> 1
= recapitulatif
>> 1
= orientation
>> 1
= modalite
~ L'agence la plus proche dans l'annuaire est à Quimper, à environ 55 km de chez vous à vol d'oiseau : un rendez-vous par téléphone ou en visio vous évite le déplacement.
~ 1. Par téléphone
~ 3. Sur place (59 cours Gambetta, 29000 Quimper)
>> 1
= creneau
