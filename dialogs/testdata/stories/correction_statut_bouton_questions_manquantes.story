# Un agent public lu à tort qui corrige sa situation par le bouton « Corriger » : salarié du privé, il se voit demander le handicap et le statut cadre avant le récapitulatif.
> bonjour
= consentement
>> 1
> infirmier au CHU de Rennes, 38 ans, j'habite à Rennes
= recapitulatif
>> 2
= correction
> situation
= statut
>> 2
= handicap
>> 1
= cadre
>> 1
= recapitulatif
~ Situation : salarié(e) du privé
~ Handicap reconnu : non
