# Au choix du créneau, « finalement je préfère par téléphone » change la manière de rencontrer le conseiller ; les créneaux restent proposés.
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
>> 1
= orientation
>> 1
= modalite
> sur place
= creneau
> finalement je préfère par téléphone
= creneau
~ C'est noté : le rendez-vous se fera par téléphone.
!~ Je n'ai pas compris
> le premier
= contact
~ Quel est votre numéro
user deux
> bonjour
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
>> 1
>> 1
= modalite
> vous pouvez m'appeler ?
= creneau
!~ Comment préférez-vous être recontacté
> le premier
= contact
~ Quel est votre numéro
