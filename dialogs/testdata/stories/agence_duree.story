# Pendant la prise de rendez-vous, « combien de temps dure le rendez-vous ? » a sa réponse (la durée des
# rendez-vous de l'agence), puis la même question — pas « je ne sais pas répondre ».
> /start
>> 1
> je suis au chômage, 30 ans, j'habite à Tours, pas de handicap, pas cadre
>> 1
>> 1
= modalite
> combien de temps dure le rendez-vous ?
= modalite
~ Le rendez-vous dure 45 minutes.
!~ Je ne sais pas répondre
~ Comment souhaitez-vous rencontrer
