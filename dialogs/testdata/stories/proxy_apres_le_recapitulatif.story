# Un père décrit une situation puis dit au récapitulatif « c'est pas pour moi c'est pour ma fille » : la demande
# est reprise pour sa fille (sa description est demandée), pas « Je n'ai pas compris votre réponse ».
> /start
>> 1
> je suis au chômage depuis 3 mois, 52 ans, à Tours
>> 1
>> 1
= recapitulatif
> c'est pas pour moi c'est pour ma fille
!~ Je n'ai pas compris
= demande
~ vous écrivez pour votre fille
!~ 52 ans
> elle a 24 ans, elle cherche du travail, elle habite à Lille
= recapitulatif
~ pour votre fille
~ 24 ans
~ Lille
!~ Tours
>> 1
~ L'organisme qui peut accompagner votre fille : la Mission locale.
# Le même, dit avec les faits de la fille, à la question du handicap : la phrase est lue comme sa description.
> /start
>> 1
> je suis au chômage, 52 ans, à Tours
= handicap
> non en fait c'est pour ma fille, elle a 19 ans, elle est au chômage à Blois
= recapitulatif
~ pour votre fille
~ 19 ans
~ Blois
