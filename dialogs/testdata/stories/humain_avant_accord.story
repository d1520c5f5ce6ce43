# Une personne demandée dès le premier message : l'accord d'abord (rien n'est enregistré sans lui), puis la demande aussitôt.
> je veux parler à un humain
= consentement
~ Êtes-vous d'accord ?
>> 1
= conseiller_situation
~ une seule question
> je suis salarié
= conseiller_contact
