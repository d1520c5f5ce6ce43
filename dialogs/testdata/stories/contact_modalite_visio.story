# Rendez-vous en visio : une adresse e-mail (ou un numéro) pour le lien, relue dans la confirmation.
> /start
>> 1
> Je suis au chômage, 30 ans, j'habite à Lille
>> 1
>> 1
>> 1
>> 1
= modalite
> en visio
= creneau
>> 1
= contact
~ Pour la visio
> jean.dupont@exemple.fr
= confirmation
~ Le lien de la visio vous sera envoyé à jean.dupont@exemple.fr.
