# Un étudiant qui cherche un emploi : la Mission locale au-delà du premier message (le souhait de travailler est gardé), jamais « sans chercher d'emploi ».
> bonjour
= consentement
>> 1
> je suis étudiant en L3 à Rennes, 21 ans, je cherche un job étudiant
= recapitulatif
>> 1
= orientation
~ la Mission locale
!~ sans chercher d'emploi
