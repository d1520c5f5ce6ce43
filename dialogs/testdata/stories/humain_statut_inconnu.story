# « Je veux un humain » avant toute information : une seule question décide (la situation) ; « je ne sais pas » envoie à l'accueil général, jamais à France Travail par défaut.
> /start
>> 1
> je veux un humain
= conseiller_situation
~ une seule question
~ Je ne sais pas
> je ne sais pas
= conseiller_contact
> ici
= conseiller_pause
~ Un conseiller de la Plateforme d'accueil du CEP vous recontactera ici
~ Téléphone : 01 99 00 99 01
~ mon-cep.org
!~ France Travail
>> 2
= fin
