# À l'orientation, « visio » ou « rendez-vous » tapés prennent le rendez-vous proposé ; la visio nommée est prise
# (pas redemandée), les créneaux suivent.
> bonjour
= consentement
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
= recapitulatif
>> 1
= orientation
> en visio
= creneau
~ le rendez-vous se fera en visio
!~ Je n'ai pas compris
