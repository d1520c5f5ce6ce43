# Un demandeur d'emploi qui écrit au récapitulatif « en fait j'ai déménagé à Saint-Denis » : les communes homonymes sont proposées avec leur département, puis le récapitulatif corrigé (au lieu de « Je n'ai pas compris »).
> bonjour
= consentement
>> 1
> au chômage, 45 ans, j'habite à Tours, pas de handicap, pas cadre
= recapitulatif
> en fait j'ai déménagé à Saint-Denis
!~ Je n'ai pas compris
= commune
~ Saint-Denis (La Réunion, 974)
~ Saint-Denis (Seine-Saint-Denis, 93)
> celle de la Réunion
= recapitulatif
~ Lieu : Saint-Denis (La Réunion, 974)
~ Corrigé par vous : lieu
!~ Tours
