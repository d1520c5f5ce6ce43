# /conseiller : comment être recontacté, la demande enregistrée auprès de l'opérateur avec ses contacts, puis la question en pause.
> /start
>> 1
> Je suis au chômage à Lille
= age
> /conseiller
= conseiller_contact
> 06 12 34 56 78
~ Un conseiller de France Travail
~ vous recontactera par téléphone au 06 12 34 56 78
~ Horaires :
= conseiller_pause
>> 1
~ Quel âge avez-vous ?
= age
