# Une adresse au domaine douteux (« gmial.com ») tapée avant l'étape du contact n'est pas gardée sans vérification : elle est demandée à l'étape du contact.
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
>> 1
= orientation
>> 1
= modalite
> en visio
= creneau
> jean.dupont@gmial.com
= creneau
!~ J'ai noté ce contact
>> 1
= contact
