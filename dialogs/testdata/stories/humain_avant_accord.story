# Une personne demandée dès le premier message : l'accord d'abord (rien n'est enregistré sans lui), puis la demande aussitôt.
> je veux parler à un humain
= consentement
~ Êtes-vous d'accord ?
>> 1
= conseiller_situation
~ une seule question
> je suis salarié
# L'opérateur régional dépend du lieu : il est demandé une fois.
= conseiller_lieu
~ code postal
> 35000
= conseiller_contact
