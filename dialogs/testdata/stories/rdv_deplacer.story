# /rdv puis "déplacer" : nouveau créneau, l'ancien est libéré, même référent proposé d'abord.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
>> 1
= suivi
> /rdv
= rendez_vous
~ Que souhaitez-vous faire ?
>> 2
= creneau
~ votre conseiller précédent
>> 2
= confirmation
>> 1
= suivi
~ Votre ancien rendez-vous
~ Référence : CEP-
