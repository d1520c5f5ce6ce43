# Inscription à une réunion d'information collective, puis retour à l'orientation pour un rendez-vous :
# seulement ce qui peut se faire maintenant, l'orientation lue juste avant n'est pas réimprimée.
> /start
>> 1
> Je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003
>> 1
>> 1
>> 1
= orientation
~ M'inscrire à une réunion d'information
>> 2
= reunions
~ réunions d'information collectives
~ (25 places)
>> 1
= orientation
~ Vous êtes inscrit(e)
~ Référence : CEP-
@ rendez-vous-cep.ics
~ Vous pouvez aussi prendre un rendez-vous individuel.
~ Que souhaitez-vous faire maintenant ?
!~ Bon à savoir
!~ L'organisme qui peut vous accompagner
>> 1
= modalite
# Les réunions se lisent titre d'abord, sans « (25 places) : Réunion d'information : … ».
> /start
>> 1
> Je suis au chômage depuis 6 mois, j'ai 34 ans, j'habite à Lyon 69003
>> 1
>> 1
>> 1
>> 2
= reunions
~ 1. Réunion d'information : le conseil en évolution professionnelle — mardi 8 décembre à 9 h
!~ places) :
