# Depuis la liste des réunions, « retour » ramène à l'orientation sans rien réserver.
> /start
>> 1
> Je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003
>> 1
>> 1
>> 1
> réunion
= reunions
> retour
= orientation
!~ Vous êtes inscrit
