# Un visiteur écrit pour un proche et parle d'abord de lui-même : son statut (fonctionnaire, cadre, retraité),
# son employeur, son âge sont les siens, pas ceux du proche. Ce que le message ne dit pas du proche est demandé.
> /start
>> 1
> je suis fonctionnaire, j'écris pour mon fils qui est au chômage depuis 6 mois, il a 23 ans, on habite à Toulouse
= recapitulatif
~ Situation : demandeur d'emploi
~ Âge : 23 ans
>> 1
= orientation
~ L'organisme qui peut accompagner votre fils : la Mission locale.
!~ employeur
> /start
>> 1
> je suis fonctionnaire, je vous écris pour ma fille de 30 ans, on habite à Lyon
= statut
~ Quelle est la situation professionnelle de votre fille aujourd'hui ?
> /start
>> 1
> je suis cadre chez Airbus et j'écris pour mon mari qui est en arrêt maladie, il a 45 ans, on habite à Blagnac
= statut
~ Quelle est la situation professionnelle de votre mari aujourd'hui ?
> /start
>> 1
> moi je suis retraité, c'est pour mon fils intérimaire, il a 35 ans, il habite à Lille
= handicap
~ votre fils a-t-il une reconnaissance de handicap
> /start
>> 1
> moi je suis retraitée, c'est pour mon gendre qui est au chômage, il a 40 ans, il habite à Lille
= handicap
~ votre gendre a-t-il une reconnaissance de handicap
