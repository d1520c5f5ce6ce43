# « Saint-Pierre » seul : demandé, avec le nom des départements, jamais un code nu.
> bonjour
= consentement
>> 1
> Je suis au chômage, j'ai 41 ans et j'habite à Saint-Pierre
= commune
~ Saint-Pierre (La Réunion, 974)
~ Saint-Pierre (Martinique, 972)
~ Saint-Pierre (Saint-Pierre-et-Miquelon, 975)
>> 3
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ Saint-Pierre (Martinique, 972)
