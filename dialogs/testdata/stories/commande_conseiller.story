# /conseiller crée une demande urgente transmise à l'opérateur, puis reprend la question.
> /start
>> 1
> Je suis au chômage à Lille
= age
> /conseiller
~ un conseiller de France Travail vous recontactera
~ Quel âge avez-vous ?
= age
