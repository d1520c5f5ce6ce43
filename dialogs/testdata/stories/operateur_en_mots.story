# « plutôt France Travail » à l'orientation, « finalement je préfère France Travail » au choix de la modalité : l'organisme change ; « pas France Travail » ne le choisit pas.
> bonjour
= consentement
>> 1
> je suis au chômage, 45 ans, RQTH, j'habite à Tours
= partage
>> 1
= recapitulatif
>> 1
= orientation
~ Cap emploi
> plutôt France Travail
= modalite
~ France Travail Tours
user deux
> bonjour
>> 1
> je suis au chômage, 45 ans, RQTH, j'habite à Tours
>> 1
>> 1
= orientation
>> 1
= modalite
~ Cap emploi
> finalement je préfère France Travail
= modalite
~ C'est noté.
~ France Travail Tours
user trois
> bonjour
>> 1
> je suis au chômage, 45 ans, RQTH, j'habite à Tours
>> 1
>> 1
= orientation
> pas France Travail
= orientation
