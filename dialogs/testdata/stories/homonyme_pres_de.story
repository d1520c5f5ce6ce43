# Des communes homonymes désignées par une ville voisine : « près de Paris » est Saint-Denis de Seine-Saint-Denis, « près de Metz » Montigny-lès-Metz — pas Paris ni Metz.
> bonjour
= consentement
>> 1
> au chômage, 45 ans, j'habite à Saint-Denis, pas de handicap, pas cadre
= commune
> celui près de Paris
= recapitulatif
~ Lieu : Saint-Denis (Seine-Saint-Denis, 93)
!~ Lieu : Paris
>> 2
> le lieu
> j'habite à Montigny
= commune
> à côté de Metz
= recapitulatif
~ Lieu : Montigny-lès-Metz (Moselle, 57)
!~ Lieu : Metz
# « près de Paris » pour Montigny : deux homonymes y sont (Yvelines, Val-d'Oise) — la question revient avec eux seuls, Paris n'est pas pris pour le domicile.
>> 2
> le lieu
> j'habite à Montigny
= commune
> près de Paris
= commune
!~ Lieu : Paris
~ Montigny-le-Bretonneux (Yvelines, 78)
~ Montigny-lès-Cormeilles (Val-d'Oise, 95)
!~ Montigny-lès-Metz
> celui du Val-d'Oise
= recapitulatif
~ Lieu : Montigny-lès-Cormeilles (Val-d'Oise, 95)
