# Une agence d'un autre département mais proche de la commune du visiteur (Orée d'Anjou → Nantes, 27 km à vol d'oiseau) n'est pas annoncée comme lointaine : la visite reste proposée d'abord.
> bonjour
= consentement
>> 1
> Je suis salariée en CDI dans une boulangerie, 41 ans, j'habite à Orée d'Anjou, je veux me reconvertir.
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ Orée d'Anjou (Maine-et-Loire, 49)
>> 1
= orientation
>> 1
= modalite
!~ L'agence la plus proche
~ 1. Sur place (32 place de la Gare, 44000 Nantes)
