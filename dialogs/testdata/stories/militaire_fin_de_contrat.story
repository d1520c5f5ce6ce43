# Un militaire en fin de contrat reste agent public : Défense mobilité, pas France Travail.
> bonjour
= consentement
>> 1
> Sergent dans l'armée de terre, mon contrat se termine en mars, 31 ans, j'habite à Châlons-en-Champagne
= recapitulatif
~ agent public
>> 1
= orientation
~ Défense mobilité
