# Une personne demandée en mots au milieu du questionnaire : la demande est routée par ce qui est connu, le contact demandé, la demande enregistrée avec les contacts de l'agence, le questionnaire en pause, puis repris.
> /start
>> 1
> je suis au chômage à Lille
= age
> je veux parler à quelqu'un, pas à un robot
= conseiller_contact
~ Comment préférez-vous être recontacté(e) ?
>> 1
= conseiller_coordonnees
> 06 1
~ Il manque des chiffres
> 06.12.34.56.78
= conseiller_pause
~ votre demande de contact est enregistrée
~ Un conseiller de France Travail
~ par téléphone au 06 12 34 56 78
~ Horaires :
~ Le questionnaire est en pause
!~ Plateforme d'accueil
> reprendre
= age
~ Quel âge avez-vous ?
> /conseiller
~ déjà enregistrée
= age
