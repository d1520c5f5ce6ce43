# À l'orientation, « visio » ou « rendez-vous » tapés prennent le rendez-vous proposé ; la manière de rencontrer le conseiller est demandée ensuite.
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
= recapitulatif
>> 1
= orientation
> en visio
= modalite
!~ Je n'ai pas compris
