# Une professeure de collège à Montpellier : le rectorat proposé est celui de son académie (Montpellier : Aude, Gard, Hérault, Lozère, Pyrénées-Orientales), pas celui de Toulouse, qui n'a pas compétence sur elle.
> bonjour
= consentement
>> 1
> Bonjour, je suis professeure de SVT dans un collège de Montpellier depuis 12 ans, j'ai 41 ans, j'habite à Montpellier et je voudrais me reconvertir
= recapitulatif
~ Éducation nationale
>> 1
= orientation
~ conseiller RH de proximité de votre académie
>> 1
= modalite
~ Rectorat de Montpellier
!~ Toulouse
