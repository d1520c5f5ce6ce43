# Un numéro illisible plusieurs fois de suite pendant une demande de contact : la demande est enregistrée avec cette conversation comme moyen de contact, jamais de boucle.
> /start
>> 1
> je suis au chômage à Lille, je veux un conseiller
= conseiller_contact
>> 1
= conseiller_coordonnees
> abc
> abc
> abc
~ Parler à un conseiller
> abc
= conseiller_pause
~ vous recontactera ici
